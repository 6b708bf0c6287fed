"""Actor gaps, round 13 (agents.tsv, organizations.tsv): the trades that strike in the news
(pilots, air traffic controllers, civil servants, dockers, transport and postal workers) are
labour, placed by "in X" like other role nouns, and "West African leaders" is how wire copy names
ECOWAS's heads of state acting as a bloc. Sentences are ours."""

from __future__ import annotations

import pytest

from tacitus import coder

from .conftest import coded_mention_codes


def _analysis(pipeline, text: str, date: str = "2019-06-01"):
    return coder.code_text(text, date=date, pipeline=pipeline)


def _codes(pipeline, text: str, date: str = "2019-06-01") -> dict[str, str | None]:
    return coded_mention_codes(pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Airline pilots in Portugal walked out on Friday over pay.",
         "Airline pilots in Portugal", "PRTLAB"),
        ("Flights were grounded after air traffic controllers in Greece went on strike.",
         "air traffic controllers in Greece", "GRCLAB"),
        ("Civil servants in Ghana stayed at home to demand a pay rise.",
         "Civil servants in Ghana", "GHALAB"),
        ("Dockers in Argentina blocked the port of Buenos Aires.",
         "Dockers in Argentina", "ARGLAB"),
        ("Postal workers in Canada began a rotating strike on Monday.",
         "Postal workers in Canada", "CANLAB"),
    ],
)  # fmt: skip
def test_striking_trades_are_labour_of_the_place_named(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


def test_a_strike_by_a_trade_is_a_domestic_protest(pipeline):
    analysis = _analysis(pipeline, "Public sector workers in Nigeria went on strike over wages.")
    assert [
        (e.plover["type"], [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in analysis.events
    ] == [("PROTEST", ["NGA"], ["NGA"])]


def test_a_trade_with_nothing_to_place_it_has_no_country(pipeline):
    codes = _codes(pipeline, "Pilots flew the stranded passengers home on Sunday.")
    assert codes.get("Pilots") is None
    assert not _analysis(pipeline, "Pilots flew the stranded passengers home on Sunday.").events


def test_west_african_leaders_are_ecowas(pipeline):
    analysis = _analysis(
        pipeline,
        "West African leaders gave Guinea's junta six months to hand power to civilians.",
        "2021-09-20",
    )
    assert (
        _codes(pipeline, "West African leaders met in Accra on Thursday.").get(
            "West African leaders"
        )
        == "IGOWAFECW"
    )
    assert any(
        e.plover["type"] == "THREATEN" and [a.cameo_code for a in e.actor] == ["IGOWAFECW"]
        for e in analysis.events
    )


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Opposition groups accused the ruling Al Khalifa family of rigging the vote.",
         "Al Khalifa family", "BHRGOV"),
        ("The House of Saud tightened its grip on power.", "House of Saud", "SAUGOV"),
        ("Rebels vowed to bring down the Assad family.", "Assad family", "SYRGOV"),
    ],
)  # fmt: skip
def test_ruling_families_are_their_states_government(pipeline, text, mention, code):
    # "Al Khalifa" had resolved through the given name of the UAE's president
    assert _codes(pipeline, text, "2012-03-01").get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Special Court for Sierra Leone convicted three former militia leaders.",
         "Special Court for Sierra Leone"),
        ("The Special Tribunal for Lebanon charged two more suspects.", "Special Tribunal for Lebanon"),
        ("The Khmer Rouge tribunal sentenced the prison chief to life.", "Khmer Rouge tribunal"),
    ],
)  # fmt: skip
def test_hybrid_war_crimes_courts_are_international(pipeline, text, mention):
    # the court named after a state is the UN's, not that state's judiciary
    assert _codes(pipeline, text, "2012-03-01").get(mention) == "IGOUNOJUD"
