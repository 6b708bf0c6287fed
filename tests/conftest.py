"""Shared fixtures: one spaCy pipeline per test session, paths to our and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"
SHARED_EXAMPLE = SHARED / "examples" / "korea-herald-2023-10-05-austin-kihara.txt"


@pytest.fixture(scope="session")
def nlp():
    from tacitus import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from tacitus import coder

    return coder.build(nlp=nlp)


@pytest.fixture(scope="session")
def shared_example() -> Path:
    if not SHARED_EXAMPLE.exists():
        pytest.skip("../shared/examples is not present (only in the team's workspace)")
    return SHARED_EXAMPLE


def analysis_with_triggers(nlp, text, lemmas, *, date, dateline=None, verbs_only=False):
    """An Analysis of ``text`` with a bare event on every token whose lemma is in ``lemmas``
    (no actors or codes): for testing the stages that date and place events."""
    from tacitus.records import Analysis, Article, Event

    doc = nlp(text)
    analysis = Analysis(Article(id="t", text=text, date=date, dateline=dateline), doc=doc)
    for si, sent in enumerate(doc.sents):
        for tok in sent:
            if tok.lemma_ in lemmas and (tok.pos_ == "VERB" or not verbs_only):
                analysis.events.append(
                    Event(
                        event_id=f"t-{tok.i}",
                        article_id="t",
                        sentence_index=si,
                        evidence={
                            "text": sent.text,
                            "start": sent.start_char,
                            "end": sent.end_char,
                        },
                        trigger={
                            "text": tok.text,
                            "start": tok.idx,
                            "end": tok.idx + len(tok),
                            "lemma": tok.lemma_,
                            "i": tok.i,
                        },
                        actor=[],
                        recipient=[],
                        plover={},
                        cameo={},
                    )
                )
    return analysis
