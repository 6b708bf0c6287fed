"""Event extractor: recipients of violent and military acts taken from what they hit.

A foreign mission a violent act hits is its state's, not the state of the city it stands in
("outside the Indian embassy in Kabul"); a city named on a struck street or quarter gives its
state ("a crowded Tel Aviv street", "the Damascus suburbs"); forces sent across a border no
state is named on enter the one other state the sentence names; a deployment whose purpose
clause guards a foreign party aids that party's state ("to protect Libya's government"), and
"the government" a deployment helps is the destination's; clashes named by two hyphened states
take both sides as actors.

Look-alikes must not code those readings: an embassy that is only a meeting place or the scene
of an arrest of others; a struck quarter of the actor's own city (domestic); two other states
named and no way to choose; a purpose clause guarding the sender's own mission or two states.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2024-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples of which one must be coded, triples that must not)
CASES = [
    # a. the state whose mission or city was hit
    (
        "bomber outside a foreign embassy in a third city",
        "A Taliban suicide bomber blew himself up outside the Pakistani embassy in Kabul.",
        {("ASSAULT", "AFG", "PAK")},
        {("ASSAULT", "AFG", "AFG")},
    ),
    (
        "gunmen fire on a foreign consulate",
        "Islamic State gunmen opened fire on the French consulate in Jeddah, wounding a guard.",
        {("ASSAULT", "IRQ", "FRA"), ("ASSAULT", "SAU", "FRA")},
        {("ASSAULT", "IRQ", "SAU")},
    ),
    (
        "bomber in a market of a named city",
        "A Hamas suicide bomber blew himself up in a busy Jerusalem market.",
        {("ASSAULT", "PSE", "ISR")},
        {("ASSAULT", "PSE", "PSE")},
    ),
    (
        "bomber on a street of a named city",
        "An Islamic Jihad bomber blew himself up on a crowded Haifa street on Monday.",
        {("ASSAULT", "PSE", "ISR")},
        {("ASSAULT", "PSE", "PSE")},
    ),
    (
        "government forces shell the suburbs of their own capital",
        "Syrian government forces shelled the Damascus suburbs.",
        {("ASSAULT", "SYR", "SYR")},
        set(),
    ),
    (
        "chemical attack on a capital's suburbs",
        "Syrian government forces launched a chemical attack on the Damascus suburbs.",
        {("ASSAULT", "SYR", "SYR")},
        set(),
    ),
    # b. forces sent across a border: the one other state named
    (
        "tanks across the border after the neighbour's assault",
        "Ethiopian forces raided a rebel camp, and Eritrea sent tanks across the border in "
        "response.",
        {("ASSAULT", "ERI", "ETH")},
        set(),
    ),
    (
        "troops across the border in reply to shelling",
        "Sudanese troops shelled a border town, and Chad sent troops across the border in reply.",
        {("ASSAULT", "TCD", "SDN")},
        set(),
    ),
    (
        "responded by sending tanks across the border",
        "Georgian forces attacked the breakaway region of Abkhazia, and Russia responded by "
        "sending tanks across the border.",
        {("ASSAULT", "RUS", "GEO")},
        set(),
    ),
    (
        "into a named state already worked",
        "Moscow sent tanks across the border into Georgia on Friday.",
        {("ASSAULT", "RUS", "GEO")},
        set(),
    ),
    # c. the party a deployment's purpose clause guards
    (
        "troops to protect a foreign government",
        "Turkey sent troops to protect Libya's government.",
        {("AID", "TUR", "LBY")},
        {("AID", "TUR", "TUR")},
    ),
    (
        "paratroopers to defend a foreign government",
        "Russia deployed paratroopers to defend Kazakhstan's government.",
        {("AID", "RUS", "KAZ")},
        set(),
    ),
    (
        "troops to help a foreign army",
        "Egypt sent troops to help Sudan's army.",
        {("AID", "EGY", "SDN")},
        set(),
    ),
    (
        "the government helped is the destination's",
        "France deployed fighter jets and about 550 troops to Mali on Saturday to help the "
        "government halt an advance by Islamist rebels.",
        {("AID", "FRA", "MLI")},
        {("AID", "FRA", "FRA")},
    ),
    (
        "troops to a state to support the government",
        "Kenya sent troops to Somalia to support the government.",
        {("AID", "KEN", "SOM")},
        {("AID", "KEN", "KEN")},
    ),
    # d. clashes named by two hyphened states
    (
        "hyphened clashes kill soldiers: both sides",
        "Armenian-Azerbaijani clashes killed four soldiers on Tuesday.",
        {("ASSAULT", "ARM+AZE", "")},
        {("ASSAULT", "AZE", ""), ("ASSAULT", "ARM", "")},
    ),
    (
        "one side's shelling keeps its victims",
        "Azerbaijani shelling killed four Armenian soldiers.",
        {("ASSAULT", "AZE", "ARM")},
        set(),
    ),
]

# (case, sentence, triples that must not be coded, barred types)
LOOK_ALIKES = [
    (
        "an embassy that is only a meeting place",
        "Ministers met at the American embassy in Kabul on Tuesday.",
        set(),
        {"ASSAULT", "COERCE", "PROTEST"},
    ),
    (
        "arrests outside an embassy hit the protesters, not the mission",
        "Police arrested two protesters outside the Israeli embassy in Amman.",
        {("COERCE", "JOR", "ISR")},
        set(),
    ),
    (
        "a bomber in a market of the actor's own capital: domestic",
        "A Taliban suicide bomber blew himself up in a crowded Kabul market, killing nine people.",
        {("ASSAULT", "AFG", "PAK"), ("ASSAULT", "AFG", "USA")},
        set(),
    ),
    (
        "an arrest in a named city's street keeps the person arrested",
        "Israeli police arrested a Hamas bomber in a Jerusalem street.",
        {("COERCE", "ISR", "ISR")},
        set(),
    ),
    (
        "two other states named: no neighbour chosen",
        "Russia sent tanks across the border as Ukraine and Georgia protested.",
        {("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "GEO"), ("ASSAULT", "RUS", "GEO+UKR")},
        set(),
    ),
    (
        "no other state named: no neighbour",
        "Russia sent tanks across the border.",
        {("ASSAULT", "RUS", "RUS")},
        set(),
    ),
    (
        "a purpose clause guarding the sender's own mission",
        "France deployed troops to protect its embassy.",
        {("AID", "FRA", "FRA")},
        set(),
    ),
    (
        "a purpose clause naming two states: none chosen",
        "Britain sent warships to protect Greek and Cypriot ships.",
        {("AID", "GBR", "GRC"), ("AID", "GBR", "CYP")},
        set(),
    ),
    (
        "own forces sent to a home city to help the police",
        "Nigeria deployed troops to Lagos to help the police restore order.",
        {("AID", "NGA", "NGA")},
        set(),
    ),
    (
        "hyphened talks are no clash",
        "Israeli-Palestinian talks resumed in Washington.",
        set(),
        {"ASSAULT"},
    ),
]


def test_there_are_twenty_five_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 25


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_target_coded(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must, must_not), (case, got)


@pytest.mark.parametrize(
    ("case", "sentence", "must_not", "types"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)
