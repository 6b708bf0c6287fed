"""Actor resolution, extra shapes: international courts placed where they sit ("a UN-backed
court in the Netherlands" is no Dutch court), a place word shared across a coordination of
peoples ("Bosnian Serb and Croat leaders" are Bosnia's), institutions named after their city
("Oxford University", "Seoul National University students"), blocs named by their size ("the
27-nation bloc") and disputed frontier places the gazetteer now knows ("the Siachen glacier").
Each comes with look-alikes that must keep their state or stay unplaced. Sentences are ours."""

from __future__ import annotations

import pytest

from tacitus import coder
from tacitus.places import Gazetteer

from .conftest import find_mention


def _analysis(pipeline, text: str, date: str):
    return coder.code_text(text, date=date, pipeline=pipeline)


def _code(pipeline, text: str, needle: str, date: str) -> str | None:
    """The country of the mention, or "IGO" for an international body; None when the mention
    is missing or unresolved."""
    m = find_mention(pipeline, text, needle, date)
    if m is None or m.actor is None:
        return None
    if m.actor.country:
        return m.actor.country
    code = m.actor.cameo_code or ""
    return code[:3] if code.startswith("IGO") else None


# (sentence, date, mention, code)
RESOLVED = [
    # c. international courts and tribunals
    ("A UN-backed court in the Netherlands jailed a former warlord for 40 years.",
     "2012-05-30", "court", "IGO"),
    ("A U.N.-backed tribunal in Cambodia convicted two former Khmer Rouge leaders.",
     "2018-11-16", "tribunal", "IGO"),
    ("The Hague tribunal indicted two Croatian generals on Friday.",
     "2001-06-08", "tribunal", "IGO"),
    ("An international tribunal in The Hague ruled against Beijing's claims.",
     "2016-07-12", "tribunal", "IGO"),
    ("An arbitration tribunal rejected Beijing's claims in the South China Sea.",
     "2016-07-12", "tribunal", "IGO"),
    ("The U.N. tribunal in The Hague sentenced a Bosnian Serb general.",
     "2004-04-19", "tribunal", "IGO"),
    ("The special court in Sierra Leone convicted three former rebel commanders.",
     "2009-02-25", "special court", "IGO"),
    ("A court in The Hague ordered the Dutch state to cut greenhouse gas emissions.",
     "2015-06-24", "court", "NLD"),
    ("A Dutch court ordered Shell to cut its emissions.",
     "2021-05-26", "court", "NLD"),
    ("A Bangladeshi war crimes tribunal sentenced an Islamist leader to death.",
     "2013-07-15", "tribunal", "BGD"),
    ("A war crimes court in Belgrade convicted a former paramilitary commander.",
     "2010-01-20", "court", "SRB"),
    ("A special court in Islamabad sentenced the former president to death.",
     "2019-12-17", "court", "PAK"),
    # b. a place word shared across a coordination of peoples
    ("Bosnian Serb and Croat leaders rejected the new map on Tuesday.",
     "1994-07-20", "Bosnian Serb", "BIH"),
    ("Bosnian Serb and Croat leaders rejected the new map on Tuesday.",
     "1994-07-20", "Croat leaders", "BIH"),
    ("Bosnian Croat and Muslim forces attacked Serb positions near Mostar.",
     "1995-08-01", "Muslim forces", "BIH"),
    ("Bosnian Muslim and Croat commanders signed a truce with the Serbs.",
     "1994-02-23", "Croat commanders", "BIH"),
    ("Bosnian Croat forces shelled the Muslim side of the town.",
     "1993-06-01", "Bosnian Croat forces", "BIH"),
    ("Serbian and Croatian leaders signed a peace accord.",
     "1995-11-21", "Serbian", "SRB"),
    ("Serbian and Croatian leaders signed a peace accord.",
     "1995-11-21", "Croatian leaders", "HRV"),
    ("Serbian leaders rejected the plan.",
     "1995-07-01", "Serbian leaders", "SRB"),
    ("Greek and Turkish Cypriot leaders met in Nicosia on Monday.",
     "2008-09-08", "Turkish Cypriot leaders", "CYP"),
    # d. institutions named after their city
    ("Students at Oxford University protested against the visit of the minister.",
     "2015-03-01", "Students", "GBR"),
    ("Oxford University condemned the arrest of one of its researchers.",
     "2015-03-01", "Oxford University", "GBR"),
    ("Seoul National University students protested against the president.",
     "2016-11-01", "students", "KOR"),
    ("Thousands of students rallied at Tehran University against the government.",
     "2009-06-20", "students", "IRN"),
    ("Cairo University students clashed with police outside the campus.",
     "2013-11-20", "students", "EGY"),
    ("Students at the University of Mississippi in Oxford, Mississippi, protested "
     "against the governor.", "2015-03-01", "Students", "USA"),
    # a. blocs named by their size
    ("The 27-nation bloc imposed new sanctions on Belarus.",
     "2021-06-24", "27-nation bloc", "IGO"),
    ("The 32-member alliance condemned the missile strike.",
     "2024-06-01", "32-member alliance", "IGO"),
    ("ASEAN leaders met in Jakarta. The 10-member bloc urged Myanmar's generals to end "
     "the violence.", "2023-09-05", "10-member bloc", "IGO"),
    ("EU foreign ministers met in Brussels, and the bloc agreed to sanction Iranian officials.",
     "2022-10-17", "the bloc", "IGO"),
    ("The Quartet urged Israel and the Palestinians to return to talks.",
     "2010-03-19", "Quartet", "IGO"),
    ("Southeast Asian leaders agreed on a plan with the Myanmar junta chief.",
     "2021-04-24", "Southeast Asian leaders", "IGO"),
    # g. a people named "the Serbs" takes the state the story is about; "Serb police" as a
    # modifier stays the state's demonym
    ("Bosnian Serb forces shelled Gorazde, and the Serbs ignored a UN demand to stop.",
     "1994-04-10", "the Serbs", "BIH"),
    ("Croatia's president urged rebel Serbs in the Krajina region to disarm.",
     "1995-05-01", "Serbs", "HRV"),
    ("Serb police raided ethnic Albanian villages in the Drenica region.",
     "1998-03-05", "Serb police", "SRB"),
    ("Serbs shelled the town.", "1993-06-01", "Serbs", "SRB"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "code"), RESOLVED)
def test_actor_resolves(pipeline, text, date, mention, code):
    assert _code(pipeline, text, mention, date) == code


# (sentence, date, mention, a code it must not take)
NOT_RESOLVED = [
    ("A UN-backed court in the Netherlands jailed a former warlord for 40 years.",
     "2012-05-30", "court", "NLD"),
    ("The Hague tribunal indicted two Croatian generals on Friday.",
     "2001-06-08", "tribunal", "NLD"),
    ("A Bangladeshi war crimes tribunal sentenced an Islamist leader to death.",
     "2013-07-15", "tribunal", "IGO"),
    ("Bosnian Serb and Croat leaders rejected the new map on Tuesday.",
     "1994-07-20", "Croat leaders", "HRV"),
    ("Bosnian Serb and Croat leaders rejected the new map on Tuesday.",
     "1994-07-20", "Bosnian Serb", "SRB"),
    ("Serbian police arrested two opposition activists in Belgrade.",
     "1998-03-05", "Serbian police", "BIH"),
    ("Students at Georgetown University protested against the war.",
     "2003-03-20", "Students", "GUY"),
    ("Students at the University of Mississippi in Oxford, Mississippi, protested "
     "against the governor.", "2015-03-01", "Students", "GBR"),
    # ten members: ASEAN now, the EU in 1981; fifteen: ECOWAS, and the EU of 1995
    ("The 10-member bloc urged the generals to end the violence.",
     "2023-09-05", "bloc", "IGO"),
    ("The 15-nation bloc suspended Niger after the coup.",
     "2023-08-01", "bloc", "IGO"),
    # a size a bloc had at another date
    ("The 27-nation bloc imposed new sanctions on Belarus.",
     "2016-06-24", "bloc", "IGO"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "code"), NOT_RESOLVED)
def test_actor_does_not_resolve_wrongly(pipeline, text, date, mention, code):
    assert _code(pipeline, text, mention, date) != code


def _events(pipeline, text: str, date: str) -> list[tuple[set[str], set[str]]]:
    out = []
    for e in _analysis(pipeline, text, date).events:
        actor = {a.country or (a.cameo_code or "")[:3] for a in e.actor}
        recipient = {a.country or (a.cameo_code or "")[:3] for a in e.recipient}
        out.append((actor - {""}, recipient - {""}))
    return out


def test_un_backed_court_sentences_as_an_international_body(pipeline):
    text = "A UN-backed court in the Netherlands sentenced Charles Taylor to 50 years in prison."
    events = _events(pipeline, text, "2012-05-30")
    assert events and all("NLD" not in a for a, _r in events)
    assert any("IGO" in a and "LBR" in r for a, r in events)


def test_bosnian_coordination_codes_bosnia_not_its_neighbours(pipeline):
    text = "Bosnian Croat and Muslim forces attacked Serb positions near Mostar."
    events = _events(pipeline, text, "1995-08-01")
    assert events
    assert all(a == {"BIH"} for a, _r in events)


def test_institution_acts_for_its_state(pipeline):
    text = "Oxford University condemned the arrest of one of its researchers in Iran."
    events = _events(pipeline, text, "2015-03-01")
    assert all("IRN" not in a for a, _r in events)


def test_sized_bloc_sanctions_as_the_eu(pipeline):
    events = _events(pipeline, "The 27-nation bloc imposed new sanctions on Belarus.", "2021-06-24")
    assert ({"IGO"}, {"BLR"}) in events


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Siachen glacier", "IND"),
        ("the Siachen Glacier", "IND"),
        ("Aksai Chin", "CHN"),
        ("Kuril Islands", "RUS"),
        ("Bakassi peninsula", "CMR"),
        ("Essequibo", "GUY"),
        ("Northern Cyprus", "CYP"),
        ("Golan Heights", "SYR"),
        ("Transnistria", "MDA"),
        ("Nagorno-Karabakh", "AZE"),
        ("Western Sahara", "ESH"),
    ],
)
def test_frontier_places_carry_their_state(name, country):
    place = Gazetteer.default().best(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    "name", ["Doklam plateau", "Galwan Valley", "Kerch Strait", "Spratly Islands"]
)
def test_disputed_frontier_places_carry_no_state(name):
    place = Gazetteer.default().best(name)
    assert place is not None and place.country is None


def test_troops_leaving_a_disputed_plateau_do_not_act_on_themselves(pipeline):
    events = _events(pipeline, "Indian troops withdrew from the Doklam plateau.", "2017-08-28")
    assert all(r != {"IND"} for _a, r in events)
