"""The event scorer (three levels, per-type table, confusion matrix), the GSR reader and `tacitus eval`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tacitus.errors import TacitusError
from tacitus.evaluate import events, gsr, read_gold, score
from tacitus.records import Actor, Event

from .conftest import ROOT, SHARED


def ev(
    ptype, actor, recipient=(), *, negated=False, cameo_root="04", confidence=0.5, rule="test.rule"
):
    """A coded event made by hand; an empty actor code gives an actor with no country."""
    return Event(
        event_id="e", article_id="a", sentence_index=0, evidence={}, trigger={},
        actor=[Actor(text=c, country=c) if c else Actor(text="someone") for c in actor],
        recipient=[Actor(text=c, country=c) for c in recipient],
        plover={"type": ptype}, cameo={"code": cameo_root + "0", "root": cameo_root},
        flags={"negated": negated}, confidence=confidence, rule=rule,
    )  # fmt: skip


def g(ptype, actor, recipient=(), negated=False):
    return {"type": ptype, "actor": list(actor), "recipient": list(recipient), "negated": negated}


def test_three_levels():
    s = events.Score()
    s.add(
        [g("ACCUSE", ["CHN"], ["JPN"]), g("THREATEN", ["PRK"], ["KOR"]), g("AID", ["USA"], ["UKR"])],
        [ev("ACCUSE", ["CHN"], ["JPN"]),  # all three levels
         ev("THREATEN", ["PRK"], ["USA"]),  # type and actor, wrong recipient
         ev("AID", ["DEU"], ["UKR"]),  # type only
         ev("SUPPORT", ["FRA"], ["UKR"])],  # spurious
        sentences=2,
    )  # fmt: skip
    d = s.as_dict()
    assert (
        d["type"]["correct"],
        d["type_actor"]["correct"],
        d["type_actor_recipient"]["correct"],
    ) == (3, 2, 1)
    assert d["type"]["precision"] == 3 / 4 and d["type"]["recall"] == 1.0
    assert d["type_actor_recipient"]["f1"] == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert d["extra_per_sentence"] == 3 / 2 and d["records"] == 1 and d["sentences"] == 2
    assert d["per_type"]["ACCUSE"] == {"gold": 1, "predicted": 1, "correct": 1,
                                       "precision": 1.0, "recall": 1.0, "f1": 1.0}  # fmt: skip
    assert d["per_type"]["SUPPORT"]["predicted"] == 1 and d["per_type"]["SUPPORT"]["gold"] == 0


def test_gold_without_recipient_ignores_the_recipient_and_meetings_are_unordered():
    s = events.Score()
    s.add([g("PROTEST", ["KEN"]), g("CONSULT", ["JPN", "USA"])],
          [ev("PROTEST", ["KEN"], ["KEN"]), ev("CONSULT", ["USA"], ["JPN"])])  # fmt: skip
    assert s.correct == 2
    s = events.Score()
    s.add([g("CONSULT", ["JPN", "USA"])], [ev("CONSULT", ["USA"], ["KOR"])])
    assert s.correct == 0 and s.actor_correct == 1


def test_negation_must_agree_and_each_gold_event_counts_once():
    s = events.Score()
    s.add([g("ASSAULT", ["RUS"], ["UKR"], negated=True)], [ev("ASSAULT", ["RUS"], ["UKR"])])
    assert s.correct == 0 and s.type_correct == 1
    s = events.Score()
    s.add([g("ASSAULT", ["RUS"], ["UKR"])], [ev("ASSAULT", ["RUS"], ["UKR"])] * 2)
    assert s.correct == 1 and s.predicted == 2


def test_confusion_pairs_same_actors_and_counts_missed_and_spurious():
    s = events.Score()
    s.add(
        [g("THREATEN", ["PRK"], ["JPN"]), g("CONSULT", ["USA", "JPN"]), g("AID", ["CAN"], ["HTI"])],
        [ev("ACCUSE", ["PRK"], ["JPN"]), ev("CONSULT", ["USA"], ["JPN"]), ev("ASSAULT", ["ISR"], ["LBN"])],
    )  # fmt: skip
    c = s.as_dict()["confusion"]
    assert c["THREATEN"] == {"ACCUSE": 1}
    assert c["CONSULT"] == {"CONSULT": 1}
    assert c["AID"] == {events.MISSED: 1}
    assert c[events.SPURIOUS] == {"ASSAULT": 1}
    text = events.confusion_table(s.confusion)
    assert "MISSED" in text.splitlines()[0] and text.splitlines()[-1].startswith("SPURIOUS")


def test_untyped_cameo_roots_are_shown_by_root():
    s = events.Score()
    s.add([], [ev(None, ["USA"], cameo_root="01")])
    assert "CAMEO01" in s.as_dict()["per_type"]


def test_read_gold_errors(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="lacks 'events'"):
        read_gold(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(TacitusError, match=r"bad.jsonl:1: not valid JSON"):
        read_gold(bad)
    with pytest.raises(TacitusError, match="cannot read gold file"):
        read_gold(tmp_path / "missing.jsonl")


# -------------------------------------------------------------------- GSR reading (our own records)

#: Records in the GSR's shape, written by us for this test.
FAKE_GSR = [
    {"id": "DOC", "event": "DOCUMENT", "comment": "header"},
    {"id": "t1", "date": "2000-01-01", "event": "DEMAND", "mode": "", "text": "Japan demanded answers from Peru.",
     "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
     "target": [{"actorText": "Peru", "code": "PER", "sector": None}]},
    {"id": "t2", "date": "2000-01-01", "event": "FIGHT", "text": "UN troops fought rebels in Kivu.",
     "source": [{"actorText": "UN troops", "code": "UNO"}], "target": ""},
    {"id": "t3", "date": "2000-01-01", "event": "INVESTIGATE", "text": "Italy opened an inquiry.",
     "source": [{"actorText": "Italy", "code": "ITL"}], "target": None},
]  # fmt: skip


def test_gsr_records_become_gold_rows():
    rows = gsr.gold_rows(FAKE_GSR)
    assert [r["id"] for r in rows] == ["t1", "t2", "t3"]
    assert rows[0]["events"] == [g("REQUEST", ["JPN"], ["PER"])]
    assert rows[1]["events"] == [g("ASSAULT", ["IGO"])]
    assert rows[2]["events"] == [g("ACCUSE", ["ITA"])]


def test_gsr_path_override_and_missing_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_SHARED", str(tmp_path))
    assert gsr.default_path() == tmp_path / "eval" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
    with pytest.raises(TacitusError, match=r"PLOVER GSR not found at .*TACITUS_SHARED"):
        gsr.read()
    path = gsr.default_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(FAKE_GSR), encoding="utf-8")
    assert len(gsr.read()) == 3


def test_gsr_report_on_our_records(tmp_path, pipeline):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(FAKE_GSR), encoding="utf-8")
    report = gsr.run(path, pipeline=pipeline)
    data = report.as_dict()
    assert data["records"] == 3 and data["gold_events"] == 3
    agreement = data["actor_country_agreement"]
    assert agreement["records"] == 3 and 0.0 <= agreement["all_records"] <= 1.0
    text = report.text()
    assert "Actor-country agreement" in text and "type+actor+recipient" in text
    for rec in FAKE_GSR[1:]:
        assert rec["text"] not in text  # figures only, never the sentences


@pytest.mark.slow
def test_gsr_on_the_shared_file_prints_figures_only():
    path = SHARED / "eval" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        pytest.skip("../shared/eval/plover_gsr is not present")
    run = subprocess.run([sys.executable, "-m", "tacitus.cli", "eval", "plover-gsr", "--json"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["records"] == 322 and data["gold_events"] == 322
    assert "misses" not in data
    texts = {r["text"] for r in gsr.gold_rows(json.loads(path.read_text(encoding="utf-8")))}
    assert not any(t in run.stdout for t in texts)


@pytest.mark.slow
def test_eval_cli_on_our_gold_with_a_gate(tmp_path):
    gold = tmp_path / "g.jsonl"
    rows = [
        {"id": "1", "date": "2024-03-01", "text": "Japan accused China of violating its airspace.",
         "events": [g("ACCUSE", ["JPN"], ["CHN"])]},
        {"id": "2", "date": "2024-03-01", "text": "The weather in Oslo was mild.", "events": []},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def tacitus(*args):
        return subprocess.run([sys.executable, "-m", "tacitus.cli", "eval", str(gold), *args],
                              capture_output=True, text=True, timeout=300)  # fmt: skip

    out = tacitus()
    assert out.returncode == 0, out.stderr
    assert "type+actor+recipient F1: 1.000" in out.stdout and "Per type" in out.stdout
    assert "Confusion" in out.stdout
    assert tacitus("--min", "1.01").returncode == 1
    data = json.loads(tacitus("--json", "--limit", "1").stdout)
    assert data["records"] == 1 and data["type"]["f1"] == 1.0


def test_score_keeps_the_misses_of_our_gold(pipeline):
    rows = [{"id": "m", "date": "2024-03-01", "text": "The weather in Oslo was mild.",
             "events": [g("CONSULT", ["NOR"], ["SWE"])]}]  # fmt: skip
    result = score(rows, pipeline=pipeline)
    assert result.misses and result.misses[0]["id"] == "m"
