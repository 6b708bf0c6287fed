"""Event coding: pattern file validation, flags, in-article dedup, and coding of sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus import codes
from tacitus.dedup import merge_events
from tacitus.errors import DataFileError, PipelineError
from tacitus.events import patterns
from tacitus.events.flags import flags_for, intent_code
from tacitus.pipeline import Pipeline
from tacitus.records import Actor, Event, When

# --------------------------------------------------------------------------- pattern file


def test_packaged_patterns_are_valid_and_codes_exist():
    ps = patterns.default()
    assert len(ps.by_id) > 80
    for p in ps.by_id.values():
        assert codes.is_cameo(p.cameo), f"{p.id}: unknown CAMEO code {p.cameo}"
        for _, refined in p.object_refine:
            assert codes.is_cameo(refined), f"{p.id}: unknown refined code {refined}"
        if p.plover:
            assert p.plover in codes.plover_types(), p.id


def test_bad_pattern_file_lists_every_problem(tmp_path):
    bad = tmp_path / "patterns.yaml"
    bad.write_text(
        "version: 1\nclasses: {weapon: [missile]}\nverbs:\n"
        "  - {id: a, lemmas: [meet], cameo: 40}\n"
        '  - {id: a, lemmas: [], cameo: "040"}\n'
        '  - {id: c, lemmas: [buy], cameo: "061", object_refine: {tanks: "062"}, colour: red}\n'
        "nouns: []\n"
    )
    with pytest.raises(DataFileError) as err:
        patterns.load(bad)
    text = str(err.value)
    assert "patterns.yaml:4 (id=a): 'cameo' must be" in text
    assert "patterns.yaml:5 (id=a): 'lemmas' must be a non-empty list" in text
    assert "duplicate id" in text
    assert "unknown class 'tanks'" in text
    assert "unknown field(s) colour" in text


def test_object_refine_picks_the_specific_code():
    ps = patterns.default()
    buy = ps.by_id["cooperate.buy"]
    assert ps.refine(buy, "missile") == "062"
    assert ps.refine(buy, "wheat") == "061"


def test_intent_codes_for_future_cooperation():
    assert intent_code("062") == "0312"
    assert intent_code("040") == "036"
    assert intent_code("0731") == "0333" or intent_code("073") == "0333"
    assert codes.plover_for_cameo(intent_code("062"))["type"] == "AGREE"


# --------------------------------------------------------------------------- pipeline checks


class _Stage:
    def __init__(self, name, reads, writes):
        self.name, self.reads, self.writes = name, reads, writes

    def __call__(self, batch):
        return None


def test_pipeline_refuses_a_stage_whose_input_nothing_writes():
    with pytest.raises(PipelineError, match="reads mentions"):
        Pipeline(
            [
                _Stage("parse", ("article",), ("doc",)),
                _Stage("events", ("doc", "mentions"), ("events",)),
            ]
        )


# --------------------------------------------------------------------------- flags


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Japan did not agree to the proposal.", "agree", {"negated": True, "future": False}),
        ("Japan refused to meet the envoy.", "meet", {"negated": True}),
        (
            "Seoul will begin buying missiles from Washington.",
            "buying",
            {"future": True, "negated": False},
        ),
        ("Kyiv plans to buy tanks from Berlin.", "buy", {"future": True}),
        ("Ankara said it would sell drones to Baku.", "sell", {"future": True}),
        ("Hanoi could sanction the firms if talks fail.", "sanction", {"hypothetical": True}),
        (
            "Manila criticized Beijing on Monday.",
            "criticized",
            {"negated": False, "future": False, "hypothetical": False},
        ),
    ],
)
def test_flags(nlp, sentence, word, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    got = flags_for(tok)
    for key, value in expected.items():
        assert got[key] is value, (sentence, key, got)


# --------------------------------------------------------------------------- dedup


def _actor(country, sector="GOV"):
    return Actor(
        text=country,
        name=country,
        country=country,
        sectors=[sector],
        cameo_code=country + sector,
        confidence=0.9,
    )


def _event(i, ptype, cameo, actors, recipients, *, date=None, rule="x"):
    return Event(
        event_id=f"{i:016x}",
        article_id="a",
        sentence_index=i,
        evidence={"text": "s", "start": 0, "end": 1},
        trigger={"text": "t", "start": 0, "end": 1, "lemma": "t", "i": i},
        actor=[_actor(c) for c in actors],
        recipient=[_actor(c) for c in recipients],
        plover={"type": ptype, "mode": None, "contexts": []},
        cameo=codes.cameo_record(cameo),
        date=date,
        confidence=0.6,
        rule=rule,
    )


def test_dedup_merges_repeated_mentions_and_keeps_the_best_date():
    first = _event(
        0,
        "SUPPORT",
        "051",
        ["USA"],
        ["JPN"],
        date=When("2023-10-05", "day", None, "publication date"),
    )
    again = _event(
        3,
        "SUPPORT",
        "051",
        ["USA"],
        ["JPN"],
        date=When("2023-10-04", "day", "on Wednesday", "weekday"),
    )
    bare = _event(5, "SUPPORT", "051", ["USA"], [])
    out = merge_events([first, again, bare])
    assert len(out) == 1
    assert out[0].date.value == "2023-10-04"
    assert "merged mention in sentence 3" in out[0].rule


def test_dedup_treats_meetings_as_symmetric_but_keeps_different_dyads_apart():
    talks = _event(0, "CONSULT", "040", ["USA"], ["JPN"])
    same = _event(2, "CONSULT", "040", ["JPN"], ["USA"])
    other = _event(4, "CONSULT", "040", ["USA"], ["KOR"])
    accuse_a = _event(6, "ACCUSE", "112", ["PRK"], ["JPN"])
    accuse_b = _event(7, "ACCUSE", "112", ["PRK"], ["USA"])
    out = merge_events([talks, same, other, accuse_a, accuse_b])
    assert [e.sentence_index for e in out] == [0, 4, 6, 7]
