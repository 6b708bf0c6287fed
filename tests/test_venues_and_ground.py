"""Venues are not parties, occupied ground is the occupier's, and plural back-references.

A city named after "in"/"at" for a non-violent act is where it happened, not whom it was done
to (force keeps its place targets); an unnamed army or settlers placed only by ground another
state holds under military occupation are the occupier's; "the four NATO members", "both
countries", "the seven governments" stand for the states named before them.
"""

from __future__ import annotations

import pytest

from .conftest import coded_triples

# (case, sentence, date, triples that must be coded, triples that must not)
CASES = [
    (
        "talks in a third state's city: the host is no party to a walk-out",
        "Iran pulled out of the nuclear talks in Vienna on Tuesday.",
        "2019-05-01",
        set(),
        {("SANCTION", "IRN", "AUT")},
    ),
    (
        "talks in a city that is no capital: the city's state is no party",
        "Iranian and American envoys held talks in Geneva on Monday.",
        "2013-10-14",
        set(),
        {("CONSULT", "IRN", "CHE"), ("CONSULT", "USA", "CHE")},
    ),
    (
        "a resignation signed abroad is not made to the host",
        "The Kyrgyz president signed his resignation in Moscow on Monday.",
        "2005-04-04",
        set(),
        {("RETREAT", "KGZ", "RUS")},
    ),
    (
        "a veto dropped at a summit is not dropped towards the host city's state",
        "Poland dropped its veto at a summit in Brussels on Thursday.",
        "2020-12-10",
        set(),
        {("CONCEDE", "POL", "BEL")},
    ),
    (
        "force keeps the struck city's state",
        "Russian missiles struck apartment blocks in Kharkiv on Sunday.",
        "2023-02-05",
        {("ASSAULT", "RUS", "UKR")},
        set(),
    ),
    (
        "aid that arrives in a capital goes to its state",
        "Aid sent by Japan arrived in Kabul on Monday.",
        "2002-01-14",
        {("AID", "JPN", "AFG")},
        set(),
    ),
    (
        "an unnamed army on occupied ground is the occupier's, its captives the ground's people",
        "Soldiers arrested four men in Nablus on Tuesday, witnesses said.",
        "2015-03-03",
        {("COERCE", "ISR", "PSE")},
        {("COERCE", "PSE", "PSE")},
    ),
    (
        "settlers on occupied ground are the occupier's",
        "Armed settlers attacked Palestinian farmers near Hebron on Friday.",
        "2021-10-15",
        {("ASSAULT", "ISR", "PSE")},
        {("ASSAULT", "PSE", "PSE")},
    ),
    (
        "police on the ground keep its state",
        "Police in Gaza arrested three men accused of spying for Israel.",
        "2012-05-01",
        set(),
        {("COERCE", "ISR", "PSE"), ("COERCE", "ISR", "ISR")},
    ),
    (
        "a numbered plural noun stands for the states just listed, not the body on it",
        "Serbia cut diplomatic ties with the United States, Britain, France and Germany, "
        "accusing the four NATO members of aggression.",
        "1999-03-25",
        {("ACCUSE", "SRB", "DEU+FRA+GBR+USA")},
        {("ACCUSE", "SRB", "IGO")},
    ),
    (
        "'both countries' leaves out the speaker's own state",
        "Ankara threatened to block Norway and Denmark from joining the bloc, accusing both "
        "countries of sheltering militants.",
        "2022-05-16",
        {("ACCUSE", "TUR", "DNK+NOR")},
        set(),
    ),
    (
        "'the seven governments' after 'seven countries, including ...': the ones named there",
        "Venezuela expelled diplomats from seven countries, including Argentina, Chile and "
        "Peru. The Venezuelan foreign minister accused the seven governments of meddling in the vote.",
        "2024-07-30",
        {("ACCUSE", "VEN", "ARG+CHL+PER")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "date", "want", "unwanted"), CASES, ids=[c[0] for c in CASES]
)
def test_venues_ground_and_plurals(pipeline, case, text, date, want, unwanted):
    got = coded_triples(pipeline, text, date)
    assert want <= got, f"{case}: missing {want - got}; got {got}"
    assert not (unwanted & got), f"{case}: coded {unwanted & got}"


@pytest.mark.parametrize(("city", "venue"), [("Beijing", False), ("Geneva", True)])
def test_talks_in_a_capital_are_with_its_host(nlp, city, venue):
    # a capital hosting talks is its government's side (CONSULT); another city is only a venue
    from tacitus.events import extract

    doc = nlp(f"The envoy held talks in {city} on Monday.")
    tok = next(t for t in doc if t.text == city)
    assert extract.venue_city(tok, "040") is venue
