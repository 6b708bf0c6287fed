"""Stage `segment/parse`: run spaCy over each article body and record its sentences."""

from __future__ import annotations

from typing import Any

from . import nlp as nlp_mod
from .pipeline import stages
from .records import Analysis, Sentence


@stages.register("tacitus.segment.spacy.v1")
class ParseSentences:
    """Parse article bodies in one `nlp.pipe` call per batch; sentences keep body offsets."""

    name = "tacitus.segment.spacy.v1"
    reads = ("article",)
    writes = ("doc", "sentences")

    def __init__(self, *, model: str | None = None, nlp: Any = None, n_process: int = 1) -> None:
        self.nlp = nlp if nlp is not None else nlp_mod.load(model)
        self.n_process = n_process

    def __call__(self, batch: list[Analysis]) -> None:
        texts = [a.article.text for a in batch]
        for analysis, doc in zip(
            batch, self.nlp.pipe(texts, n_process=self.n_process), strict=True
        ):
            analysis.doc = doc
            analysis.sentences = sentences_of(analysis.article.id, doc)
            remember_sentences(doc)


def sentences_of(article_id: str, doc: Any) -> list[Sentence]:
    """Sentences of a parsed doc, indexed by their position in ``doc.sents``.

    Offsets are trimmed of surrounding white space (the paragraph break a sentence
    swallows) so evidence spans start and end on words.
    """
    out: list[Sentence] = []
    body = nlp_mod.text_of(doc)  # (Span.text joins the tokens anew at each access)
    for index, span in enumerate(doc.sents):
        raw = body[span.start_char : span.end_char]
        text = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = span.start_char + lead
        out.append(Sentence(article_id, index, text, start, start + len(text)))
    return out


def remember_sentences(doc: Any) -> None:
    """Make ``Token.sent`` a lookup: spaCy scans the tokens for the sentence's bounds at every
    access, and the later stages ask dozens of times an article (the parse is final here)."""
    from spacy.tokens import Span

    # (bounds, not spans: a span kept on its doc would make a reference cycle)
    bounds: list[tuple[int, int]] = []
    for span in doc.sents:
        start, end = span.start, span.end  # (read once a sentence, not once a token)
        bounds += [(start, end)] * (end - start)
    doc.user_token_hooks["sent"] = lambda tok: Span(tok.doc, *bounds[tok.i])


def sentence_index(doc: Any, token_i: int) -> int:
    """Position in ``doc.sents`` of the sentence holding token ``token_i``."""
    target = doc[token_i].sent.start
    for index, span in enumerate(doc.sents):
        if span.start == target:
            return index
    raise ValueError(f"token {token_i} is in no sentence")
