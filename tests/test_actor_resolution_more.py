"""Actor resolution, more shapes: ruling bodies named generically and placed by their sentence
("the military rulers", "the junta", "clan elders in Mogadishu", "the governor of Helmand");
group actors named by a compound ethnic-political term ("Bosnian Serb leaders", "Kosovo
Albanian leaders", "Greek and Turkish Cypriot leaders"); wrong places (a border phrase names a
neighbour, "Oxford University" is no town called "University", "the Pan Africanist Congress" is
no US Congress); and workers and crowds that act against the one government their sentence
names. Each comes with look-alikes that must stay unplaced or keep their state. Sentences are
ours."""

from __future__ import annotations

import pytest

from tacitus import coder

from .conftest import find_mention


def _analysis(pipeline, text: str, date: str = "2020-03-02"):
    return coder.code_text(text, date=date, pipeline=pipeline)


def _country(pipeline, text: str, needle: str, date: str = "2020-03-02") -> str | None:
    """The country of the mention whose text is ``needle`` (else the first containing it);
    None where no mention holds it or it has no country."""
    m = find_mention(pipeline, text, needle, date)
    return m.actor.country if m is not None and m.actor is not None else None


def _event_countries(pipeline, text: str, date: str = "2020-03-02") -> set[str]:
    """Every country on either side of the events coded for ``text``."""
    out: set[str] = set()
    for e in _analysis(pipeline, text, date).events:
        out |= {a.country for a in (*e.actor, *e.recipient) if a.country}
    return out


# (sentence, date, mention, country)
PLACED = [
    # a. ruling bodies and local leaders named generically
    ("U.S. troops landed in Haiti after the military rulers agreed to step down.",
     "1994-09-19", "military rulers", "HTI"),
    ("French soldiers arrived in Niger as the junta expelled the ambassador.",
     "2023-08-30", "junta", "NER"),
    ("Tribal leaders in Anbar condemned the bombing of the market.",
     "2007-03-01", "Tribal leaders", "IRQ"),
    ("Clan elders in Mogadishu called for an end to the fighting.",
     "1993-02-01", "Clan elders", "SOM"),
    ("Elders in Kandahar urged the Taliban to free the hostages.",
     "2008-06-01", "Elders", "AFG"),
    ("Village elders in Kunduz asked for more police.",
     "2010-06-01", "Village elders", "AFG"),
    ("The transitional council in Sudan rejected the proposal.",
     "2019-06-01", "transitional council", "SDN"),
    ("The provincial governor of Helmand accused Taliban fighters of killing civilians.",
     "2009-08-01", "governor of Helmand", "AFG"),
    ("The mayor of Kharkiv accused Russian forces of shelling homes.",
     "2022-05-01", "mayor of Kharkiv", "UKR"),
    ("The governor of Anbar criticised the central government.",
     "2013-12-30", "governor of Anbar", "IRQ"),
    ("The ruling party in Zimbabwe expelled two senior members.",
     "2017-11-01", "ruling party", "ZWE"),
    # b. compound ethnic-political terms
    ("Bosnian Serb leaders rejected the peace plan on Tuesday.",
     "1994-07-20", "Bosnian Serb leaders", "BIH"),
    ("Bosnian Serb forces shelled Sarajevo overnight.",
     "1994-07-20", "Bosnian Serb forces", "BIH"),
    ("Kosovo Albanian leaders rejected the Serbian proposal.",
     "2020-03-02", "Kosovo Albanian leaders", "XKX"),
    ("Kosovar Albanian leaders met Serbian officials in Belgrade.",
     "2020-03-02", "Kosovar Albanian leaders", "XKX"),
    ("Kosovo Albanian leaders rejected the Serbian proposal.",
     "1998-06-01", "Kosovo Albanian leaders", "SRB"),  # before independence: Serbia's
    ("Iraqi Kurdish leaders met Turkish officials in Ankara.",
     "2005-03-01", "Iraqi Kurdish leaders", "IRQ"),
    ("Kurdish leaders Massoud Barzani and Jalal Talabani signed an accord in Baghdad.",
     "2006-01-15", "Massoud Barzani", "IRQ"),
    ("Turkish Cypriots rejected the United Nations plan.",
     "2004-04-25", "Turkish Cypriots", "CYP"),
    ("Greek and Turkish Cypriot leaders met in Nicosia on Friday.",
     "2008-09-05", "Turkish Cypriot leaders", "CYP"),
    ("Croatian Serb rebels shelled the outskirts of Zagreb.",
     "1995-05-02", "Croatian Serb rebels", "HRV"),
    # c. places that must not mislead
    ("Rebels attacked a village in Honduras.",
     "1986-03-01", "Rebels", "HND"),
    ("Gunmen killed ten villagers near the Afghan border in Pakistan.",
     "2010-06-01", "Gunmen", "PAK"),
    ("Students at Tehran University protested against the Iranian government.",
     "2009-06-20", "Students", "IRN"),
    ("Congress approved new sanctions against Iran.",
     "2010-06-20", "Congress", "USA"),
    ("The Philippine Congress rejected the plan.",
     "2010-06-20", "Philippine Congress", "PHL"),
    ("The African National Congress criticised the government.",
     "1992-06-20", "African National Congress", "ZAF"),
    # e. workers and crowds acting against the one government named
    ("Truck drivers protested against the Brazilian government.",
     "2018-05-25", "Truck drivers", "BRA"),
    ("Striking miners marched against the Bolivian government.",
     "2018-05-25", "miners", "BOL"),
    ("Thousands of workers protested against the Argentine government in Buenos Aires.",
     "2018-05-25", "workers", "ARG"),
    ("Teachers went on strike against the Kenyan government.",
     "2018-05-25", "Teachers", "KEN"),
    ("Farmers protested against the French government's new rules.",
     "2018-05-25", "Farmers", "FRA"),
    ("Hundreds of farmers blocked roads in northern France.",
     "2018-05-25", "farmers", "FRA"),
    ("Farmers in Kenya protested against the Ugandan government.",
     "2018-05-25", "Farmers in Kenya", "KEN"),
    ("Workers from Nepal protested against the Qatari government.",
     "2018-05-25", "Workers from Nepal", "NPL"),  # a group abroad keeps its own state
    ("Serbian forces shelled villages in southern Serbia.",
     "2001-03-01", "Serbian forces", "SRB"),
    # f. more shapes seen on the dev sets
    ("Indigenous groups in Bolivia blocked highways to demand land titles.",
     "2005-06-01", "Indigenous groups", "BOL"),
    ("Indigenous leaders rejected the Ecuadorean government's offer.",
     "2019-10-10", "Indigenous leaders", "ECU"),
    ("Peru's striking bus drivers turned down the government's offer.",
     "2019-10-10", "Peru's striking bus drivers", "PER"),
    ("Students in Caracas and workers marched against the government.",
     "2017-05-01", "workers", "VEN"),
    ("Monks marched through the streets of Yangon in a protest against the military "
     "government.", "2007-09-24", "military government", "MMR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "country"), PLACED)
def test_actor_takes_its_state(pipeline, text, date, mention, country):
    assert _country(pipeline, text, mention, date) == country


# (sentence, date, mention, a country it must not take)
NOT_PLACED = [
    # a border phrase names a neighbour
    ("Rebels attacked a village near the Honduran border on Sunday.",
     "1986-03-01", "Rebels", "HND"),
    ("Rebels based near the Ugandan border attacked a Congolese army post.",
     "2001-03-01", "Rebels", "UGA"),
    ("Guerrillas ambushed an army patrol near the Thai border.",
     "1985-03-01", "Guerrillas", "THA"),
    # a university is no town
    ("Students at Oxford University protested against tuition fees.",
     "2010-11-10", "Students", "USA"),
    ("Students at Cambridge University occupied a lecture hall.",
     "2010-11-10", "Students", "USA"),
    # a body abroad, or a side, is not the place's
    ("The junta met Russian envoys in Moscow.",
     "2023-01-01", "junta", "RUS"),
    ("Russia accused the junta of breaking the deal.",
     "2023-01-01", "junta", "RUS"),
    ("Village elders met American officers in Helmand.",
     "2010-06-01", "Village elders", "USA"),
    # workers: no side, abroad, or two states
    ("Foreign workers protested against the Qatari government.",
     "2018-05-25", "workers", "QAT"),
    ("Workers protested against the Russian and Chinese governments.",
     "2018-05-25", "Workers", "RUS"),
    ("Workers protested against the Russian and Chinese governments.",
     "2018-05-25", "Workers", "CHN"),
    ("Iranian students and workers from Iraq protested outside the embassy.",
     "2018-05-25", "workers", "IRN"),  # their own owner phrase
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "country"), NOT_PLACED)
def test_actor_does_not_take_a_wrong_state(pipeline, text, date, mention, country):
    assert _country(pipeline, text, mention, date) != country


def test_pan_africanist_congress_is_no_us_congress(pipeline):
    text = "The Pan Africanist Congress condemned the South African government."
    assert "USA" not in _event_countries(pipeline, text, "1990-02-01")
    assert all(
        m.actor is None or m.actor.country != "USA" for m in _analysis(pipeline, text).mentions
    )


def test_trade_union_congress_is_no_us_congress(pipeline):
    text = "The Congress of South African Trade Unions called a strike against the government."
    assert "USA" not in _event_countries(pipeline, text, "1995-02-01")


def test_greek_in_a_cypriot_compound_is_a_cypriot_mention(pipeline):
    # (the events stage still adds Greece from the adjective: see the report)
    text = "Greek and Turkish Cypriot leaders met in Nicosia on Friday."
    assert _country(pipeline, text, "Greek", "2008-09-05") == "CYP"
    text = "Turkish and Greek Cypriot negotiators resumed talks in Nicosia."
    assert _country(pipeline, text, "Turkish", "2008-09-05") == "CYP"


def test_greek_and_turkish_leaders_stay_two_states(pipeline):
    countries = _event_countries(
        pipeline, "Greek and Turkish leaders met in Brussels on Friday.", "2008-09-05"
    )
    assert "CYP" not in countries


def test_governor_of_a_central_bank_is_not_placed(pipeline):
    text = "The governor of the central bank criticised the finance minister."
    assert _country(pipeline, text, "governor") is None


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("Truck drivers protested against the Brazilian government.", "2018-05-25",
         ("PROTEST", ["BRA"], ["BRA"])),
        ("Clan elders in Mogadishu called for an end to the fighting.", "1993-02-01",
         ("REQUEST", ["SOM"], ["SOM"])),
        ("The mayor of Kharkiv accused Russian forces of shelling homes.", "2022-05-01",
         ("ACCUSE", ["UKR"], ["RUS"])),
    ],
)  # fmt: skip
def test_events_code_with_the_right_dyad(pipeline, text, date, want):
    events = [
        (e.plover["type"], [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in _analysis(pipeline, text, date).events
    ]
    assert want in events
