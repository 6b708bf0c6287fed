"""Cross-article linking (tacitus.store.dedup): the rule on hand-built events, then our
multi-article corpus (tests/fixtures/corpus) coded and stored end to end."""

from __future__ import annotations

import pytest

from tacitus.output import event_record
from tacitus.records import Actor, Event, When, Where
from tacitus.store import Store
from tacitus.store.dedup import Linker, link_fields

from .conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def ev(
    eid: str,
    *,
    actor: str = "PRK",
    recipient: str | None = "JPN",
    cameo: str = "130",
    ptype: str = "THREATEN",
    day: str | None = "2025-03-11",
    precision: str = "day",
    place: Where | None = None,
    negated: bool = False,
) -> dict:
    return event_record(
        Event(
            event_id=eid,
            article_id="a-" + eid,
            sentence_index=0,
            evidence={"text": "x", "start": 0, "end": 1},
            trigger={"text": "x", "start": 0, "end": 1, "lemma": "x"},
            actor=[Actor(actor, actor, actor, ["GOV"], actor + "GOV")],
            recipient=[Actor(recipient, recipient, recipient)] if recipient else [],
            plover={"type": ptype, "mode": None, "contexts": []},
            cameo={"code": cameo, "root": cameo[:2], "quad_class": 3, "goldstein": -4.4},
            date=When(day, precision) if day else None,
            location=place,
            flags={"negated": negated, "hypothetical": False, "future": False},
            rule="test.rule",
        )
    )


def roots(*records: dict, published: str = "2025-03-11") -> list[str]:
    linker = Linker()
    return [linker.link(r["event_id"], link_fields(r, published)) for r in records]


def test_a_reprint_and_a_next_day_follow_up_are_one_event():
    assert roots(ev("a"), ev("b"), ev("c", day="2025-03-12")) == ["a", "a", "a"]


def test_day_dates_more_than_two_days_apart_stay_apart():
    assert roots(ev("a"), ev("b", day="2025-03-14")) == ["a", "b"]


def test_a_month_contains_its_days_and_a_year_its_months():
    month = ev("m", day="2025-03", precision="month")
    assert roots(month, ev("d", day="2025-03-28")) == ["m", "m"]
    assert roots(ev("y", day="2025", precision="year"), month) == ["y", "y"]
    assert roots(month, ev("d", day="2025-04-02")) == ["m", "d"]


def test_a_week_has_a_wider_window():
    assert roots(ev("w", day="2025-03-11", precision="week"), ev("d", day="2025-03-15")) == [
        "w",
        "w",
    ]


def test_undated_events_use_the_publication_date():
    assert roots(ev("a", day=None), ev("b", day="2025-03-12")) == ["a", "a"]
    assert roots(ev("a", day=None), ev("b", day=None), published="2025-03-11") == ["a", "a"]


def test_type_sides_and_negation_must_match():
    assert roots(ev("a"), ev("b", cameo="112", ptype="ACCUSE")) == ["a", "b"]
    assert roots(ev("a"), ev("b", actor="CHN")) == ["a", "b"]
    assert roots(ev("a"), ev("b", recipient="KOR")) == ["a", "b"]
    assert roots(ev("a"), ev("b", recipient=None)) == ["a", "b"]
    assert roots(ev("a"), ev("b", negated=True)) == ["a", "b"]


def test_a_meeting_links_in_either_direction():
    meet = {"cameo": "040", "ptype": "CONSULT"}
    assert roots(
        ev("a", actor="JPN", recipient="KOR", **meet), ev("b", actor="KOR", recipient="JPN", **meet)
    ) == ["a", "a"]


def test_places_named_in_the_text_must_agree_but_datelines_do_not_count():
    seoul = Where("Seoul", "KOR", reason="'in Seoul' attached to the event")
    busan = Where("Busan", "KOR", reason="'in Busan' attached to the event")
    tokyo_dateline = Where("Tokyo", "JPN", reason="dateline; gazetteer")
    assert roots(ev("a", place=seoul), ev("b", place=busan)) == ["a", "b"]
    assert roots(ev("a", place=seoul), ev("b", place=seoul)) == ["a", "a"]
    assert roots(ev("a", place=seoul), ev("b", place=tokyo_dateline)) == ["a", "a"]
    assert roots(ev("a", place=seoul), ev("b")) == ["a", "a"]


def test_a_mention_joins_the_closest_linked_event():
    # two threats three days apart, then a mention between them but nearer the second
    assert roots(ev("a"), ev("b", day="2025-03-14"), ev("c", day="2025-03-13")) == [
        "a",
        "b",
        "b",
    ]


@pytest.mark.slow
def test_the_corpus_links_reprints_and_follow_ups_and_keeps_two_meetings_apart(tmp_path):
    from tacitus.coding import CodingRun

    db = tmp_path / "corpus.duckdb"
    # in the order a news crawl would meet them (the first stored mention is the root)
    names = [
        "talks-seoul-2025-03-03.txt",
        "wire-harbor-daily-2025-03-11.txt",
        "wire-northern-courier-2025-03-11.txt",
        "followup-harbor-daily-2025-03-12.txt",
        "talks-tokyo-2025-03-20.txt",
    ]
    run = CodingRun(paths=[str(CORPUS / n) for n in names], db=str(db)).run()
    assert not run.failures and run.articles_coded == 5
    with Store.open(db, read_only=True) as store:
        rows = store.query(
            "SELECT plover_type, cameo_code, actor_countries, recipient_countries, date_value, "
            "location_name, num_mentions, num_sources, num_articles FROM linked_events "
            "ORDER BY date_value, cameo_code"
        )[1]
        publishers = store.query(
            "SELECT m.publisher FROM mentions m JOIN events e USING (event_id) "
            "WHERE e.plover_type = 'THREATEN' ORDER BY m.article_date, m.publisher"
        )[1]
    by_type = {(r[0], r[4]): r for r in rows}
    # the wire threat: reprinted by two outlets, repeated by one of them the next day
    threat = by_type["THREATEN", "2025-03-11"]
    assert (threat[2], threat[3], threat[6:]) == (["PRK"], ["JPN"], (3, 2, 3))
    assert publishers == [("Harbor Daily",), ("The Northern Courier",), ("Harbor Daily",)]
    # the accusation of the wire story: two mentions in the two reprints
    assert by_type["ACCUSE", "2025-03-11"][6:] == (2, 2, 2)
    # the two meetings of the same ministers stay two events
    meetings = [r for r in rows if r[0] == "CONSULT"]
    assert [(m[4], m[5], m[6]) for m in meetings] == [
        ("2025-03-03", "Seoul", 1),
        ("2025-03-20", "Tokyo", 1),
    ]
    # threat 3, accusation 2, sanctions 2 (reprints), Seoul's condemnation 1 and support 1,
    # meetings 1 + 1, and the data sharing the Tokyo meeting announced ("both countries would
    # share missile warning data": intended cooperation, AGREE)
    assert by_type["SUPPORT", "2025-03-12"][2:4] == (["KOR"], ["JPN"])
    assert by_type["AGREE", "2025-03-20"][1:4] == ("0314", ["KOR"], ["JPN"])
    assert sum(r[6] for r in rows) == 12 and len(rows) == 8
