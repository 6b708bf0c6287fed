"""The scorer's diagnostics on hand-made gold and events: type accuracy, where the dyad is lost,
reliability by confidence band (ECE, Brier). No spaCy except the GSR report test."""

from __future__ import annotations

import json

import pytest

from tacitus.evaluate import events, gsr

from .test_eval import ev, g


def test_type_accuracy_counts_gold_paired_by_actors_and_leaves_missed_out():
    s = events.Score()
    s.add(
        [g("ACCUSE", ["CHN"], ["JPN"]), g("THREATEN", ["PRK"], ["KOR"]), g("AID", ["USA"], ["UKR"])],
        [ev("ACCUSE", ["CHN"], ["JPN"]),  # paired, type right
         ev("REJECT", ["PRK"], ["KOR"]),  # paired (same dyad), type wrong
         ev("SUPPORT", ["DEU"], ["FRA"])],  # spurious; the AID gold is MISSED
    )  # fmt: skip
    ta = s.as_dict()["type_accuracy"]
    assert ta == {"paired": 2, "type_right": 1, "accuracy": 0.5}
    assert s.confusion["AID"]["MISSED"] == 1  # not counted in type accuracy
    assert events.Score().as_dict()["type_accuracy"]["accuracy"] == 0.0


def test_where_the_dyad_is_lost():
    s = events.Score()
    s.add(
        [g("ACCUSE", ["CHN"], ["JPN"]), g("THREATEN", ["PRK"], ["KOR"]),
         g("AID", ["USA"], ["UKR"]), g("SANCTION", ["USA"], ["RUS"]),
         g("CONSULT", ["USA"], ["JPN"]), g("PROTEST", ["FRA"], ["FRA"])],
        [ev("ACCUSE", ["CHN"], ["USA"]),  # recipient wrong country
         ev("THREATEN", ["PRK"]),  # recipient missing
         ev("AID", ["DEU"], ["UKR"]),  # actor wrong country
         ev("SANCTION", [None], ["RUS"]),  # actor without a country
         ev("CONSULT", ["JPN"]),  # a meeting with one side only: the other side is missing
         ev("PROTEST", ["FRA"], ["FRA"], negated=True),  # dyad right, negation not
         ev("SUPPORT", ["FRA"], ["UKR"])],  # no gold of its type: not counted
    )  # fmt: skip
    assert s.correct == 0
    assert s.as_dict()["dyad_lost"] == {
        "actor_missing": 1, "actor_wrong_country": 1, "recipient_missing": 2,
        "recipient_wrong_country": 1, "negation_differs": 1, "extra_mention": 0,
    }  # fmt: skip


def test_dyad_lost_prefers_the_gold_whose_actor_agrees_and_counts_extra_mentions():
    s = events.Score()
    # the first AID gold has the predicted recipient, the second its actor: the loss is the recipient
    s.add([g("AID", ["USA"], ["UKR"]), g("AID", ["DEU"], ["POL"])], [ev("AID", ["DEU"], ["UKR"])])
    assert s.dyad_lost == {"recipient_wrong_country": 1}
    s = events.Score()
    s.add([g("ACCUSE", ["CHN"], ["JPN"])], [ev("ACCUSE", ["CHN"], ["JPN"]), ev("ACCUSE", ["CHN"])])
    assert s.correct == 1 and s.dyad_lost == {"extra_mention": 1}
    # a meeting whose sides are both written, one of them wrongly
    s = events.Score()
    s.add([g("CONSULT", ["USA"], ["JPN"])], [ev("CONSULT", ["USA"], ["KOR"])])
    assert s.dyad_lost == {"recipient_wrong_country": 1}


def test_reliability_bands_ece_and_brier():
    s = events.Score()
    s.add(
        [g("ACCUSE", ["CHN"], ["JPN"]), g("AID", ["USA"], ["UKR"])],
        [ev("ACCUSE", ["CHN"], ["JPN"], confidence=0.95),  # right
         ev("ACCUSE", ["CHN"], ["KOR"], confidence=0.95),  # wrong
         ev("AID", ["USA"], ["UKR"], confidence=0.6),  # right
         ev("SUPPORT", ["FRA"], ["UKR"], confidence=0.2)],  # wrong
    )  # fmt: skip
    rel = s.as_dict()["reliability"]
    assert rel["events"] == 4 and "raw" not in rel  # nothing was calibrated
    by_band = {b["band"]: b for b in rel["bands"]}
    assert by_band["0.9-1.0"]["events"] == 2 and by_band["0.9-1.0"]["precision"] == 0.5
    assert by_band["0.9-1.0"]["mean_confidence"] == pytest.approx(0.95)
    assert by_band["0.5-0.7"]["precision"] == 1.0 and by_band["0.0-0.3"]["precision"] == 0.0
    assert by_band["0.3-0.5"] == {"band": "0.3-0.5", "events": 0, "correct": 0,
                                  "precision": None, "mean_confidence": None}  # fmt: skip
    # bins 9, 6, 2: (2 * |0.5 - 0.95| + |1 - 0.6| + |0 - 0.2|) / 4
    assert rel["ece"] == pytest.approx(0.375)
    assert rel["brier"] == pytest.approx((0.05**2 + 0.95**2 + 0.4**2 + 0.2**2) / 4)


def test_band_edges():
    from tacitus.events import calibrate

    got = calibrate.bands([(0.3, True), (0.5, True), (0.9, False), (1.0, True), (0.0, False)])
    assert [b["events"] for b in got] == [1, 1, 1, 0, 2]
    assert calibrate.ece([]) == 0.0 and calibrate.brier([]) == 0.0
    assert calibrate.ece([(1.0, True), (0.0, False)]) == 0.0


def test_calibrated_events_also_report_the_raw_confidence():
    s = events.Score()
    s.add(
        [g("ACCUSE", ["CHN"], ["JPN"])],
        [ev("ACCUSE", ["CHN"], ["JPN"], confidence=0.9, rule="a.b | how | raw confidence 0.400"),
         ev("ACCUSE", ["CHN"], ["KOR"], confidence=0.2, rule="a.b | how | raw confidence 0.600")],
    )  # fmt: skip
    rel = s.as_dict()["reliability"]
    assert rel["calibrated_events"] == 2
    assert {b["band"]: b["events"] for b in rel["raw"]["bands"]} == {
        "0.0-0.3": 0, "0.3-0.5": 1, "0.5-0.7": 1, "0.7-0.9": 0, "0.9-1.0": 0}  # fmt: skip
    # calibrated: bins 9 (right, 0.9) and 2 (wrong, 0.2); raw: bins 4 (right) and 6 (wrong)
    assert rel["ece"] == pytest.approx((0.1 + 0.2) / 2)
    assert rel["raw"]["ece"] == pytest.approx((0.6 + 0.6) / 2)


def test_report_text_and_json_keep_old_keys_and_add_the_new_sections():
    s = events.Score()
    s.add([g("ACCUSE", ["CHN"], ["JPN"])], [ev("ACCUSE", ["CHN"], ["USA"], confidence=0.8)])
    rep = events.report(s, title="t")
    d = rep.as_dict()
    for key in ("records", "sentences", "gold_events", "predicted_events", "type", "type_actor",
                "type_actor_recipient", "extra_per_sentence", "per_type", "confusion"):  # fmt: skip
        assert key in d
    assert {"type_accuracy", "dyad_lost", "reliability"} <= set(d)
    json.dumps(d)  # serialisable as --json prints it
    text = rep.text()
    assert "type accuracy 1.000 (1/1 gold events paired" in text
    assert "Where the dyad is lost" in text and "recipient wrong country" in text
    assert "Reliability" in text and "ECE (10 bins) 0.800" in text
    assert text.index("type+actor+recipient") < text.index("type accuracy") < text.index("Per type")


FAKE_GSR = [
    {"id": "h", "event": "DOCUMENT", "text": ""},
    {"id": "t1", "date": "2024-03-01", "event": "ACCUSE", "text": "Japan accused China of spying.",
     "source": [{"code": "JAP"}], "target": [{"code": "CHN"}]},
    {"id": "t2", "date": "2024-03-01", "event": "CONSULT", "text": "The weather was mild.",
     "source": [{"code": "NOR"}], "target": [{"code": "SWE"}]},
]  # fmt: skip


def test_gsr_report_prints_the_new_sections_as_figures_only(tmp_path, pipeline):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(FAKE_GSR), encoding="utf-8")
    report = gsr.run(path, pipeline=pipeline)
    data = report.as_dict()
    assert data["type_accuracy"]["paired"] >= 1 and data["reliability"]["events"] >= 1
    assert set(data["dyad_lost"]) == {key for key, _ in events.DYAD_LOST}
    text = report.text()
    assert "type accuracy" in text and "Where the dyad is lost" in text and "ECE" in text
    for rec in FAKE_GSR[1:]:
        assert rec["text"] not in text
