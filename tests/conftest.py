"""Shared fixtures: one spaCy pipeline per test session, paths to our and shared data."""

from __future__ import annotations

import functools
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
def shipped_pipeline(nlp):
    """The default pipeline exactly as shipped (events under the calibration's floor withheld)."""
    from tacitus import coder

    return coder.build(nlp=nlp)


@pytest.fixture(scope="session")
def pipeline(nlp):
    """The default pipeline, except that no event is withheld under the calibration's floor:
    the tests that use it are about what the extractor finds (the floor is an emission policy
    with tests of its own, and the gold floors score the shipped pipeline)."""
    import dataclasses

    from tacitus import coder

    pipe = coder.build(nlp=nlp)
    last = pipe.steps[-1]
    last.model = dataclasses.replace(last.model, floor=0.0)
    return pipe


def events_of(pipeline, text: str, date: str = "2024-05-01") -> list:
    """The events ``pipeline`` codes in one text, taken as an article of ``date``."""
    from tacitus import coder
    from tacitus.records import Article

    (analysis,) = coder.code_articles([Article(id="t", text=text, date=date)], pipeline=pipeline)
    return analysis.events


def coded_triples(pipeline, text: str, date: str) -> set:
    """The (type, actor, recipient) triples ``pipeline`` codes in one text of ``date``."""
    return {triple(e) for e in events_of(pipeline, text, date)}


@pytest.fixture(scope="session")
def code_text(pipeline):
    """``run(text, date=...)``: the events the session's pipeline codes in one text."""
    return functools.partial(events_of, pipeline)


@pytest.fixture(scope="session")
def code(code_text):
    """(type, actor, recipient, pattern id) of each event coded in one sentence (a test file
    may define its own ``code`` with a date or a type filter)."""
    return lambda text: [(*triple(e), e.rule.split(" | ")[0]) for e in code_text(text)]


def mention_codes(nlp, text: str, date: str) -> dict[str, str | None]:
    """Mention text -> CAMEO actor code (None when unresolved), from the actor stage alone."""
    from tacitus.actors.resolve import resolve_text

    return {
        m.text: (m.actor.cameo_code if m.actor is not None else None)
        for m in resolve_text(nlp, text, date=date)
    }


def coded_mention_codes(pipeline, text: str, date: str) -> dict[str, str | None]:
    """Mention text -> CAMEO actor code (None when unresolved), after the whole pipeline (quote
    speakers and the events stage's own readings included)."""
    from tacitus import coder

    analysis = coder.code_text(text, date=date, pipeline=pipeline)
    return {m.text: m.actor.cameo_code if m.actor is not None else None for m in analysis.mentions}


def find_mention(pipeline, text: str, needle: str, date: str):
    """The coded mention whose text is ``needle`` (else the first containing it), or None."""
    from tacitus import coder

    mentions = coder.code_text(text, date=date, pipeline=pipeline).mentions
    found = [m for m in mentions if m.text == needle] or [m for m in mentions if needle in m.text]
    return found[0] if found else None


def triple(event) -> tuple[str, str, str]:
    """(type, actor codes, recipient codes) of a coded event, codes sorted and joined by "+";
    the type is the PLOVER type, or CAMEO01-style for roots PLOVER leaves out."""
    from tacitus.evaluate import actor_codes
    from tacitus.evaluate.events import predicted_type

    return (
        predicted_type(event),
        "+".join(sorted(actor_codes(event.actor))),
        "+".join(sorted(actor_codes(event.recipient))),
    )


def triple_problems(
    got: set, must: set = frozenset(), must_not: set = frozenset(), types: set = frozenset()
) -> list[str]:
    """What is wrong with the coded ``got`` triples: none of ``must`` coded (where one is
    asked), one of ``must_not`` coded, or an event of one of the barred ``types``."""
    out = []
    if must and not must & got:
        out.append(f"none of {sorted(must)} coded")
    if must_not & got:
        out.append(f"coded {sorted(must_not & got)}")
    if barred := {t for t, _, _ in got} & types:
        out.append(f"coded barred types {sorted(barred)}")
    return out


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


def coded_as(got, ptype, actor, recipient, symmetric) -> bool:
    """Whether ``got`` (type, actors, recipients, pattern) rows hold the event ``ptype`` from
    ``actor`` to ``recipient`` (codes joined by "+"; None for no recipient); ``symmetric``: a
    meeting or a pair, whose sides may be written in either order."""

    def sides(a: str, r: str | None) -> frozenset[str]:
        return frozenset(x for x in [*a.split("+"), *(r or "").split("+")] if x)

    for t, a, r, _ in got:
        if t != ptype:
            continue
        if (a, r) == (actor, recipient or ""):
            return True
        if symmetric and sides(a, r) == sides(actor, recipient):
            return True
    return False


def expectation_problems(code_text, cases, date: str, *, hypothetical_counts=False) -> list[str]:
    """For (expectation, sentence) ``cases``, each sentence's failures as text. An expectation is
    a list of tokens: ``TYPE`` (an event of that type is coded), ``TYPE:mode`` (with that mode)
    and ``-TYPE`` (no such event). Negated events never count; hypothetical ones only when
    ``hypothetical_counts`` (a threat under a condition, "unless Baghdad withdrew", carries the
    hypothetical flag and is still the threat)."""
    problems = []
    for expect, sentence in cases:
        events = code_text(sentence, date=date)
        live = [
            (e.plover.get("type"), e.plover.get("mode"))
            for e in events
            if not (
                e.flags.get("negated") or (e.flags.get("hypothetical") and not hypothetical_counts)
            )
        ]
        fails = []
        for tok in expect.split():
            if tok.startswith("-"):
                if any(t == tok[1:] for t, _ in live):
                    fails.append(tok)
                continue
            ptype, _, mode = tok.partition(":")
            if not any(t == ptype and (not mode or m == mode) for t, m in live):
                fails.append(tok)
        if fails:
            got = [(e.plover.get("type"), e.plover.get("mode")) for e in events]
            problems.append(f"{sentence!r}: {fails} (got {got})")
    return problems


def part_file_unguarded(prefix: str, ambiguous: frozenset[str], at_least: int, roots: set[str]):
    """Check a lexicon part file: at least ``at_least`` senses with ids starting ``prefix``,
    each a verb or noun with a CAMEO root in ``roots``; return the ids of senses with an
    ``ambiguous`` lemma but no guard (object, word, actor sector or particle)."""
    from tacitus.events import patterns

    ours = [p for p in patterns.default().by_id.values() if p.id.startswith(prefix)]
    assert len(ours) >= at_least, len(ours)
    for p in ours:
        assert p.kind in ("verb", "noun") and p.cameo[:2] in roots, p.id
    return [
        p.id
        for p in ours
        if ambiguous & set(p.lemmas)
        and not (p.needs_object or p.needs_word or p.needs_actor_sector or p.prep)
    ]


def partial_day(value: str) -> str:
    """A partial date as the knowledge base reads it: '1998-03' starts on the month's first day."""
    if len(value) == 4:
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value


def office_clashes(kb, rows: list[dict], skip_roles=frozenset()) -> tuple[list[tuple], int]:
    """Terms of the offices that ``rows`` (a people file's rows) fill which overlap another
    holder's term of the same office, where one of the two is the file's own (a clash between
    other files is theirs to settle); and how many offices were checked."""
    dated = [r for r in rows if r.get("role_key") and r.get("term_start")]
    mine = {(r["id"], r["role_key"], r["term_start"]) for r in dated}
    offices = {(r.get("org") or r["country"], r["role_key"]) for r in dated}
    clashes = []
    for office, role in sorted(offices):
        if role in skip_roles:
            continue
        terms = [e for e in kb._offices.get((office, role), ()) if e.term_start]
        for i, a in enumerate(terms):
            for b in terms[i + 1 :]:
                if not {(a.id, a.role_key, a.term_start), (b.id, b.role_key, b.term_start)} & mine:
                    continue
                a_end = partial_day(a.term_end) if a.term_end else "9999-12-31"
                b_end = partial_day(b.term_end) if b.term_end else "9999-12-31"
                if partial_day(a.term_start) < b_end and partial_day(b.term_start) < a_end:
                    clashes.append((office, role, a.id, a.term_start, b.id, b.term_start))
    return clashes, len(offices)


def assert_part_file_prefixed_and_guarded(name: str, at_least: int) -> None:
    """Every verb sense of the lexicon part file ``patterns/<name>.yaml`` (at least
    ``at_least``) has an id starting "<name>." and a guard (object, word, particle or actor
    sector)."""
    import yaml

    from tacitus.events import patterns

    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / f"{name}.yaml"
    ids = [row["id"] for row in yaml.safe_load(part.read_text(encoding="utf-8"))["verbs"]]
    assert len(ids) >= at_least, len(ids)
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith(f"{name}."), pid
        p = ps.by_id[pid]
        assert p.needs_object or p.needs_word or p.prep or p.needs_actor_sector, f"{pid}: no guard"
