"""Stage `quotes`: find direct quotations and attribute each to its speaker.

Quotation marks: straight (``"``), curly (“ ”, ‘ ’) and straight single quotes that open after
a space or colon and close before a space or punctuation. A quotation may span sentences; a
paragraph that ends inside a quotation and a next paragraph that opens with a quotation mark
continue it (the newspaper convention), and the continuation keeps the speaker.

The speaker is found in the quotation's own sentence(s), in this order:

1. a reporting verb after the quotation — ``"...," he said.``, ``"...," said X.``,
   ``"...," X told reporters.`` — whose subject (or the name after it) is a mention;
2. ``according to X`` next to the quotation;
3. a reporting verb before it — ``X said: "..."``, ``X said that the talks were "useful"``;
4. a lead-in ending in a colon without a reporting verb, whose clause's subject is the actor
   (``X had a blunt answer: "..."``) or a message noun of the actor's (``The reply from X was
   short: "..."``, ``X's message was clear: "..."``);
5. otherwise the speaker of the previous quotation in the same paragraph, when that quotation
   ended in the previous sentence (``"...," she said. "..."``).

Speakers are the actors the actor stage resolved (pronouns included); a cue whose subject is
not a resolved mention leaves ``speaker`` None and says so in ``reason``.

Scare quotes (``its "ironclad" commitment``, ``what it called "provocations"``) are not
quotations: one to three quoted words inside a clause with no reporting cue are skipped.

First-person pronouns inside a quotation with a speaker become actor mentions (resolution
``quote-speaker``), added to ``analysis.mentions`` so that the events stage sees them: "I",
"me", "my" are the speaker when the speaker is one person (a named officeholder, a titled
person, "the foreign ministry spokesperson"); "we", "us", "our" are the body the speaker talks
for: an official's organisation (the UN for its secretary-general), else the official's
country government (its military for an officer), and a speaking state or organisation itself.
This is done here rather than in the actor stage because only this stage knows where
quotations are and who said them, and it runs right after the actor stage and before events.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .actors.kb import KnowledgeBase, cameo_for
from .pipeline import stages
from .records import Actor, Analysis, Mention, Quote

STAGE_NAME = "tacitus.quotes.v1"

#: Lemmas of verbs that introduce a quotation.
REPORTING = frozenset(
    """say tell add state declare announce write insist warn note stress explain reply respond
    argue claim continue recall remark tweet post acknowledge conclude comment emphasize emphasise
    assert confirm deny urge vow pledge promise caution ask predict complain admit""".split()
)
#: Words a cue may carry after the verb ("told reporters", "said in a statement").
_CUE_OBJECTS = frozenset({"reporters", "journalists", "parliament", "lawmakers", "supporters"})

#: First-person pronouns inside a quotation: the speaker (singular) or the body they speak for.
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: How sure a first-person pronoun is its quotation's speaker, relative to the speaker itself.
_QUOTE_PRONOUN_FACTOR = 0.8
#: Resolutions of a speaker that is one person even without a knowledge-base entry.
_ONE_PERSON = frozenset({"title", "counterpart", "coref-role", "role-date"})

_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019"}
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s:(\[—–-]))'(?=[^\s'])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?=[\s,.;:!?)\]—–-]|$)")
#: The marks a quotation may open with (the scan jumps from one to the next).
_OPENING_MARKS = re.compile("[\"'" + "".join(_PAIRS) + "]")


@dataclass
class Span:
    """A quoted stretch of text: offsets of the words inside the marks."""

    start: int
    end: int
    continues: bool = False  # opened by a paragraph that continues the previous quotation


def find_spans(text: str) -> list[Span]:
    """Quoted stretches in ``text``, in order, without the marks."""
    spans: list[Span] = []
    i, n, continues = 0, len(text), False
    while i < n:
        mark = _OPENING_MARKS.search(text, i)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == '"' or ch in _PAIRS:
            close = _close_for(text, i)
            if close is None:
                i, continues = i + 1, False
                continue
            end, next_i, continued = close
            spans.append(Span(i + 1, end, continues=continues))
            i, continues = next_i, continued
            continue
        if ch == "'" and _SINGLE_OPEN.match(text, i):
            m = _SINGLE_CLOSE.search(text, i + 1)
            if m and "\n" not in text[i + 1 : m.start()] and " " in text[i + 1 : m.start()]:
                spans.append(Span(i + 1, m.start()))
                i = m.end()
                continue
        i += 1
    return [s for s in spans if text[s.start : s.end].strip()]


def _close_for(text: str, i: int) -> tuple[int, int, bool] | None:
    """(end of the quoted words, where to go on, whether the next paragraph continues the
    quotation) for the opening mark at ``i``; None for a mark that closes nowhere."""
    opener = text[i]
    closers = {'"'} if opener == '"' else {_PAIRS[opener], '"'}
    j = i + 1
    while j < len(text):
        c = text[j]
        if c in closers and not (c == "\u2019" and text[j + 1 : j + 2].isalpha()):
            return j, j + 1, False  # (’ before a letter is an apostrophe: "Japan’s")
        if c == "\n":
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            if k < len(text) and text[k] == opener:
                return j, k, True  # a paragraph ends open and the next opens with a mark
            if k >= len(text) or "\n\n" in text[j:k]:
                return None
        j += 1
    return None


class _Index:
    def __init__(self, mentions: list[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.token_start is not None and m.token_end is not None:
                for t in range(m.token_start, m.token_end):
                    self.by_token[t] = m

    def in_subtree(self, tok: Any) -> Mention | None:
        m = self.by_token.get(tok.i)
        if m is not None:
            return m
        for t in tok.subtree:
            if t.i in self.by_token:
                return self.by_token[t.i]
        return None


def _speaker(m: Mention | None) -> Actor | None:
    if m is None or m.actor is None:
        return None
    a = m.actor
    if not (a.name or a.country or a.cameo_code):
        return None
    out = Actor.from_dict(a.to_dict())
    out.text, out.start, out.end = m.text, m.start, m.end
    return out


def _cue(verb: Any) -> str:
    words = [verb.text]
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ in _CUE_OBJECTS and c.i == verb.i + 1:
            words.append(c.text)
    return " ".join(words)


def _subject_mention(verb: Any, index: _Index, quote: Span) -> tuple[Mention | None, str]:
    """The speaker mention of a reporting verb: its subject, else the name right after it."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (quote.start <= c.idx < quote.end):
            return index.in_subtree(c), f"subject of '{verb.text}'"
    if verb.dep_ == "conj" and verb.head is not verb:  # "accused Japan ... and warned of '...'"
        m, how = _subject_mention(verb.head, index, quote)
        if m is not None:
            return m, f"{how} (shared by '{verb.text}')"
    # "said X" (inverted): the parser may hang X as a dobj/attr, or the next tokens name it
    for tok in verb.doc[verb.i + 1 : verb.i + 8]:
        if tok.is_punct:
            break
        m = index.by_token.get(tok.i)
        if m is not None:
            return m, f"name after '{verb.text}'"
    return None, f"no subject of '{verb.text}'"


def _abbreviation(tok: Any) -> bool:
    """A short title word glued to the next full stop ("Brig", "Gen", "Lt", "Dr")."""
    return tok.whitespace_ == "" and tok.is_title and len(tok.text) <= 4


def _after(
    doc: Any, text: str, quote: Span, index: _Index
) -> tuple[Any, Mention | None, str] | None:
    """A reporting verb right after the quotation (before the sentence ends)."""
    toks = []
    for tok in doc[_first_at(doc, quote.end + 1) :]:
        if tok.text == "." and toks and _abbreviation(toks[-1]):
            continue  # "Brig. Gen. Pat Ryder said"
        if tok.text in (".", "!", "?", '"', "\u201c") or "\n" in tok.text or len(toks) >= 14:
            break
        toks.append(tok)
    for tok in toks:
        if tok.lemma_.lower() in REPORTING and tok.pos_ in ("VERB", "AUX"):
            m, how = _subject_mention(tok, index, quote)
            return tok, m, f"{how} after the quotation"
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            m = index.in_subtree(doc[tok.i + 2])
            return doc[tok.i : tok.i + 2], m, "'according to' after the quotation"
    return None


def _before(doc: Any, quote: Span, index: _Index) -> tuple[Any, Mention | None, str] | None:
    """A reporting verb (or 'according to') before the quotation, in its sentence."""
    i = _first_at(doc, quote.start)
    if i >= len(doc):
        return None
    first = doc[i]
    sent = first.sent
    toks = [t for t in sent if t.idx + len(t) <= quote.start - 1]
    for tok in reversed(toks):
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return (
                doc[tok.i : tok.i + 2],
                index.in_subtree(doc[tok.i + 2]),
                "'according to' before the quotation",
            )
        if tok.lemma_.lower() in REPORTING and tok.pos_ in ("VERB", "AUX"):
            m, how = _subject_mention(tok, index, quote)
            return tok, m, f"{how} before the quotation"
    return None


#: Nouns that carry what an actor said, so that "The reply from Tehran was curt: '...'" is
#: Tehran's quotation (a "banner" or "sign" that reads something is not its owner speaking).
MESSAGE_NOUNS = frozenset(
    """message answer reply response reaction retort verdict warning statement words view position
    line demand request offer assessment appeal plea""".split()
)


def _colon_lead(doc: Any, colon: int, index: _Index) -> tuple[Any, Mention | None, str] | None:
    """The speaker of a quotation after a colon with no reporting verb: the subject of the
    clause before the colon when it is an actor mention, or the owner of a message noun there."""
    i = _first_at(doc, colon)
    if i >= len(doc) or doc[i].text != ":":
        return None
    before = [t for t in doc[i].sent if t.i < i]
    for tok in before:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i >= i:
            continue
        if tok.head.dep_ not in ("ROOT", "conj", "ccomp") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        m = index.by_token.get(tok.i)
        if m is not None:
            return tok.head, m, f"subject of '{tok.head.text}' before the colon"
        if tok.lemma_.lower() not in MESSAGE_NOUNS:
            continue
        for c in tok.children:
            owner = c
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "by"):
                owner = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ != "poss":
                continue
            m = index.by_token.get(owner.i) if owner is not None else None
            if m is not None:
                return tok.head, m, f"owner of the {tok.lemma_.lower()} before the colon"
    return None


def _attribution(
    doc: Any, text: str, span: Span, index: _Index
) -> tuple[Any, Mention | None, str] | None:
    """The cue and speaker of one quotation: a lead-in ending in ':' or a reporting verb right
    before the mark wins; else a cue after it (unless the quotation closed its sentence and the
    next one starts afresh); else a cue earlier in its sentence."""
    lead = text[: span.start - 1].rstrip()
    before = _before(doc, span, index)
    if before is not None and (lead.endswith(":") or lead.endswith(",")
                               and _ends_with_verb(doc, len(lead))):  # fmt: skip
        return before
    quoted = text[span.start : span.end].rstrip()
    tail = text[span.end + 1 :].lstrip()
    closed = quoted.endswith((".", "!", "?")) and (
        not tail or tail[0].isupper() or tail[0] in '"\u201c'
    )
    if not closed:
        after = _after(doc, text, span, index)
        if after is not None:
            return after
    if before is None and lead.endswith(":"):
        return _colon_lead(doc, len(lead) - 1, index)
    return before


def _ends_with_verb(doc: Any, char: int) -> bool:
    toks = [t for t in doc[: _first_at(doc, char)] if not t.is_punct]
    return bool(toks) and toks[-1].lemma_.lower() in REPORTING


def _first_at(doc: Any, char: int) -> int:
    """Index of the first token starting at or after character ``char`` (len(doc) if none)."""
    starts = doc.user_data.get("tacitus_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["tacitus_token_starts"] = [t.idx for t in doc]
    return bisect.bisect_left(starts, char)


def _sentence_index(analysis: Analysis, char: int) -> int:
    idx = 0
    for s in analysis.sentences:
        if s.start <= char:
            idx = s.index
    return idx


def quotes_of(analysis: Analysis) -> list[Quote]:
    """Every direct quotation of an analysed article, with its speaker where one is found."""
    text, doc = analysis.article.text, analysis.doc
    index = _Index(analysis.mentions)
    out: list[Quote] = []
    for span in find_spans(text):
        found = _attribution(doc, text, span, index)
        if _scare_quote(doc, text, span, found):
            continue
        cue: str | None = None
        speaker: Actor | None = None
        if found is not None:
            verb, mention, how = found
            cue = _cue(verb) if hasattr(verb, "dep_") else verb.text
            speaker = _speaker(mention)
            if mention is None:
                reason = how + "; no actor mention there"
            elif speaker is None:
                reason = how + f"; '{mention.text}' is not resolved"
            else:
                reason = how + f": '{mention.text}' ({mention.actor.resolution})"
        else:
            reason = "no reporting verb or 'according to' in its sentence"
        prev = out[-1] if out else None
        if (
            found is None
            and prev is not None
            and (
                span.continues
                or len(text[span.start : span.end].split()) >= 3
                and (
                    "\n\n" not in text[prev.end : span.start]
                    and _sentence_index(analysis, span.start) - _sentence_index(analysis, prev.end)
                    <= 1
                )
            )
        ):
            speaker, cue = prev.speaker, prev.cue
            reason = "continues the previous quotation (same speaker)"
        out.append(
            Quote(
                article_id=analysis.article.id,
                sentence_index=_sentence_index(analysis, span.start),
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker,
                cue=cue,
                reason=reason,
            )
        )
    return out


def _scare_quote(doc: Any, text: str, span: Span, found: Any) -> bool:
    """One to three quoted words inside a clause that no reporting cue governs: ``its
    "ironclad" commitment``, ``what it called "provocations"`` (a word marked, not a quotation).
    ``warned of "a firm response"`` and ``"Never," he said`` stay quotations."""
    if span.continues or not 1 <= len(text[span.start : span.end].split()) <= 3:
        return False
    before = text[: span.start - 1].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "%)"):
        return False  # opens a sentence or follows ':' / ',' / '('
    if found is None:
        return True
    cue = found[0]
    if not hasattr(cue, "dep_"):
        return False  # "according to"
    first = _first_at(doc, span.start)
    return first < len(doc) and not any(t.i == first for t in cue.subtree)


def _speaks_as_one(mention: Mention | None, actor: Actor) -> bool:
    """Whether a speaker is one person (so that "I" inside the quotation is them)."""
    kb = KnowledgeBase.default()
    if actor.entity_id and kb.terms(actor.entity_id):
        return True
    if actor.resolution in _ONE_PERSON or actor.text.lower() in ("he", "she"):
        return True
    if mention is None or mention.kind != "role" or mention.token_end is None:
        return False
    return _individual_noun(mention)


def _individual_noun(mention: Mention) -> bool:
    """ "the Chinese foreign ministry spokesperson": a role noun that names one person."""
    words = mention.text.split()
    agent = KnowledgeBase.default().agent(words[-1].lower()) if words else None
    if agent is None and len(words) > 1:
        agent = KnowledgeBase.default().agent(" ".join(words[-2:]).lower())
    return agent is not None and agent.individual and not mention.text.endswith("s")


def _body_of(actor: Actor, one_person: bool, date: str | None) -> Actor:
    """The body a speaker says "we" for: an official's organisation or country government (the
    military for an officer); a state or organisation speaking for itself."""
    kb = KnowledgeBase.default()
    if not one_person:
        return Actor.from_dict(actor.to_dict())
    if actor.entity_id and kb.terms(actor.entity_id):
        term = kb.term(actor.entity_id, date)
        org = kb.orgs.get(term.org) if term.org else None
        if org is not None:
            return Actor(text=actor.text, name=org.name, country=org.country,
                         sectors=list(org.sectors), cameo_code=org.cameo_code,
                         wikidata=org.wikidata, entity_id=org.id)  # fmt: skip
    if actor.country is None:
        return Actor(text=actor.text, sectors=list(actor.sectors), cameo_code=actor.cameo_code)
    sectors = ["MIL"] if actor.sectors[:1] == ["MIL"] else ["GOV"]
    country = kb.country_by_code(actor.country)
    return Actor(text=actor.text, name=country.name if country else None, country=actor.country,
                 sectors=sectors, cameo_code=cameo_for(actor.country, sectors),
                 entity_id=country.id if country else None)  # fmt: skip


def first_person_mentions(analysis: Analysis, quotes: list[Quote]) -> list[Mention]:
    """Mentions for I/me/my (the speaker) and we/us/our (the body they speak for) inside each
    quotation with a speaker, where the actor stage left those words free."""
    doc = analysis.doc
    if doc is None:
        return []
    index = _Index(analysis.mentions)
    speakers = {(m.start, m.end): m for m in analysis.mentions}
    out: list[Mention] = []
    for q in quotes:
        sp = q.speaker
        if sp is None:
            continue
        mention = speakers.get((sp.start, sp.end))
        one = _speaks_as_one(mention, sp)
        body: Actor | None = None
        for tok in doc[_first_at(doc, q.start) : _first_at(doc, q.end)]:
            low = tok.lower_
            if tok.i in index.by_token or tok.tag_ not in ("PRP", "PRP$") or tok.text == "US":
                continue
            if low in _FIRST_SINGULAR and one:
                actor = Actor.from_dict(sp.to_dict())
            elif low in _FIRST_PLURAL:
                body = body or _body_of(sp, one, analysis.article.date)
                actor = Actor.from_dict(body.to_dict())
            else:
                continue
            actor.text, actor.start, actor.end = tok.text, tok.idx, tok.idx + len(tok.text)
            actor.resolution = "quote-speaker"
            actor.confidence = round(min(sp.confidence or 0.5, 0.9) * _QUOTE_PRONOUN_FACTOR, 3)
            out.append(
                Mention(
                    article_id=analysis.article.id,
                    sentence_index=_sentence_index(analysis, tok.idx),
                    text=tok.text,
                    start=tok.idx,
                    end=tok.idx + len(tok.text),
                    kind="pronoun",
                    actor=actor,
                    token_start=tok.i,
                    token_end=tok.i + 1,
                )
            )
    return out


@stages.register(STAGE_NAME)
class FindQuotes:
    """Fill ``analysis.quotes`` with the article's direct quotations and their speakers, and add
    first-person pronouns inside them to ``analysis.mentions`` (sorted, non-overlapping)."""

    name = STAGE_NAME
    reads = ("article", "doc", "sentences", "mentions")
    writes = ("quotes", "mentions")

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.quotes = quotes_of(analysis)
            extra = first_person_mentions(analysis, analysis.quotes)
            if extra:
                analysis.mentions = sorted(analysis.mentions + extra, key=lambda m: m.start)
