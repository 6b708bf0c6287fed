"""Event extractor: the side a deployment faces, and orders that deploy one's own forces.

A deployment to a border or front faces the state named with it ("massed divisions near the
border with Ukraine", "moved units to the frontier with India", where the parser often hangs
"with India" on the verb). A deployment to a named place of the actor's own state is domestic:
the recipient is that state ("put police on alert in Vlora", "rushed troops to the Swat
valley"). Forces sent to one's own territory "to help police" are deployed, not given as
military aid. An order to one's own forces with a guarding purpose ("ordered Marines to protect
the embassies") deploys them: a MOBILIZE, not a demand.

Look-alikes: a border with no neighbour named codes no own-state recipient; troops sent to help
another state stay military aid; an order to another party ("ordered the rebels to disarm")
stays a demand; an order whose purpose is itself an act ("ordered troops to crush the
protest") is that act.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2023-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples of which one must be coded, triples that must not)
CASES = [
    # a'. the state whose act an alert answers ("after X did Y")
    (
        "alert after another state's act",
        "South Korea raised its military alert after North Korea fired two missiles.",
        {("MOBILIZE", "KOR", "PRK")},
        {("MOBILIZE", "KOR", "")},
    ),
    (
        "forces on alert after a neighbour's move",
        "Taiwan put its military on alert after Chinese warships sailed near the island.",
        {("MOBILIZE", "TWN", "CHN")},
        set(),
    ),
    (
        "an alert after the state's own people acted keeps them",
        "Police were put on alert after protesters stormed the parliament in Lima.",
        {("MOBILIZE", "PER", "PER")},
        set(),
    ),
    # a. the state across a border
    (
        "border with",
        "Russia massed two armoured divisions near the border with Ukraine on Monday.",
        {("MOBILIZE", "RUS", "UKR")},
        {("MOBILIZE", "RUS", "")},
    ),
    (
        "frontier with, on the verb",
        "India moved armoured units to the frontier with Pakistan.",
        {("MOBILIZE", "IND", "PAK")},
        {("MOBILIZE", "IND", "")},
    ),
    (
        "its border with",
        "Colombia moved troops to its border with Venezuela on Tuesday.",
        {("MOBILIZE", "COL", "VEN")},
        {("MOBILIZE", "COL", "")},
    ),
    (
        "rushed to the border with",
        "Armenia rushed tanks to its border with Azerbaijan overnight.",
        {("MOBILIZE", "ARM", "AZE")},
        set(),
    ),
    (
        "deployed along the frontier with",
        "Thailand deployed extra soldiers along the frontier with Cambodia on Sunday.",
        {("MOBILIZE", "THA", "KHM")},
        set(),
    ),
    (
        "sent to the border with",
        "Turkey sent more commandos to the border with Syria.",
        {("MOBILIZE", "TUR", "SYR")},
        set(),
    ),
    # a. a named place of the actor's own state: a domestic deployment
    (
        "alert in a port",
        "Albania's government put police on maximum alert in the port of Vlora "
        "after rioters burned a police station.",
        {("MOBILIZE", "ALB", "ALB")},
        set(),
    ),
    (
        "rushed to a valley",
        "Pakistan rushed 3,000 paramilitary troops to the Swat valley on Thursday.",
        {("MOBILIZE", "PAK", "PAK")},
        set(),
    ),
    (
        "deployed to provinces",
        "President Cyril Ramaphosa deployed 2,000 soldiers to "
        "KwaZulu-Natal and Gauteng after looting spread.",
        {("MOBILIZE", "ZAF", "ZAF")},
        set(),
    ),
    (
        "rushed to a province",
        "Indonesia rushed two battalions of troops to Papua on Friday.",
        {("MOBILIZE", "IDN", "IDN")},
        set(),
    ),
    (
        "sent to a region",
        "Russia sent 5,000 extra troops to Grozny on Saturday.",
        {("MOBILIZE", "RUS", "RUS")},
        set(),
    ),
    (
        "deployed in a city",
        "Kenya deployed thousands of riot police in Mombasa ahead of the vote.",
        {("MOBILIZE", "KEN", "KEN")},
        set(),
    ),
    # b. own forces sent to help at home: a deployment, not aid
    (
        "help police at home",
        "Ecuador's government deployed soldiers to Guayaquil to help police restore order.",
        {("MOBILIZE", "ECU", "ECU")},
        {("AID", "ECU", "ECU")},
    ),
    (
        "army into the streets to help",
        "Bolivia's government ordered the army into the streets "
        "of La Paz to help police restore order.",
        {("MOBILIZE", "BOL", "BOL")},
        {("AID", "BOL", "BOL")},
    ),
    (
        "Marines to protect",
        "President Barack Obama ordered additional Marines to protect "
        "American diplomatic posts in the region.",
        {("MOBILIZE", "USA", ""), ("MOBILIZE", "USA", "USA")},
        {("REQUEST", "USA", ""), ("AID", "USA", "USA")},
    ),
    (
        "army to guard",
        "Venezuela's president ordered the army to guard the state oil company.",
        {("MOBILIZE", "VEN", "")},
        set(),
    ),
    (
        "troops to secure",
        "Peru's president ordered troops to secure the main highways.",
        {("MOBILIZE", "PER", "")},
        set(),
    ),
    (
        "soldiers to reinforce",
        "The Nigerian president ordered soldiers to reinforce police posts in Kano.",
        set(),
        {("REQUEST", "NGA", "")},
    ),
    # c. an agentless passive deployment after a state actor's own clause
    (
        "passive after martial law",
        "General Wojciech Jaruzelski declared martial law across "
        "Poland, and army tanks were deployed on the streets of Warsaw.",
        {("MOBILIZE", "POL", "POL"), ("MOBILIZE", "POL", "")},
        set(),
    ),
    (
        "passive after a decree",
        "Peru's president declared a state of emergency, and troops were sent to Lima.",
        {("MOBILIZE", "PER", "PER"), ("MOBILIZE", "PER", "")},
        set(),
    ),
    # d. "they" after two coordinated states
    (
        "they in the next sentence",
        "China and Japan held talks in Beijing. They agreed to reopen a military hotline.",
        {("AGREE", "CHN", "JPN"), ("AGREE", "JPN", "CHN")},
        set(),
    ),
    (
        "they in a coordinated clause",
        "Russia and Ukraine exchanged prisoners on Sunday, and they agreed to hold more talks.",
        {("AGREE", "RUS", "UKR"), ("AGREE", "UKR", "RUS")},
        set(),
    ),
]

# (case, sentence, triples that must not be coded, barred types)
LOOK_ALIKES = [
    (
        "border with no neighbour",
        "Pakistan moved armoured units close to the border in Punjab.",
        {("MOBILIZE", "PAK", "PAK")},
        set(),
    ),
    (
        "border without a place",
        "India moved troops toward the border on Friday.",
        {("MOBILIZE", "IND", "IND")},
        set(),
    ),
    (
        "open water",
        "Britain ordered 26,000 troops to the Gulf on Monday.",
        {("MOBILIZE", "GBR", "GBR")},
        set(),
    ),
    (
        "help another state",
        "France sent troops to Mali to help the government fight jihadists.",
        {("MOBILIZE", "FRA", "FRA"), ("AID", "FRA", "FRA")},
        set(),
    ),
    ("order to another party", "The government ordered the rebels to disarm.", set(), {"MOBILIZE"}),
    (
        "order to rebels to leave",
        "Colombia's president ordered the guerrillas to leave the town.",
        set(),
        {"MOBILIZE"},
    ),
    (
        "order purpose is an act",
        "Putin ordered troops to crush the protest.",
        {("MOBILIZE", "RUS", "")},
        set(),
    ),
    ("UN peacekeepers", "The UN ordered peacekeepers to protect civilians.", set(), {"MOBILIZE"}),
    (
        "foreign troops to help foreign",
        "Kenya sent soldiers to Somalia to help the government.",
        {("MOBILIZE", "KEN", "KEN")},
        set(),
    ),
    ("no place", "Russia massed troops on Monday.", {("MOBILIZE", "RUS", "RUS")}, set()),
    (
        "deployed to a foreign capital",
        "Russia deployed paratroopers to Almaty.",
        {("MOBILIZE", "RUS", "RUS")},
        set(),
    ),
    (
        "met at the border",
        "Leaders of Chile and Peru met at the border with Bolivia.",
        set(),
        {"MOBILIZE"},
    ),
    (
        "passive after rebels",
        "Rebels seized the town, and troops were sent to the region.",
        set(),
        {"MOBILIZE"},
    ),
    (
        "passive after protesters",
        "Protesters stormed parliament, and troops were deployed in the capital.",
        set(),
        {"MOBILIZE"},
    ),
    (
        "they after one state",
        "China held talks with Japan. They agreed to reopen a hotline.",
        {("AGREE", "CHN+JPN", "")},
        set(),
    ),
    (
        "they after armed groups",
        "Rebels and soldiers clashed in the town. They agreed to a truce.",
        set(),
        {"AGREE"},
    ),
]


def test_there_are_thirty_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 30


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_side_coded(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must, must_not), (case, got)


@pytest.mark.parametrize(("case", "sentence", "must_not", "types"), LOOK_ALIKES,
                         ids=[c[0] for c in LOOK_ALIKES])  # fmt: skip
def test_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)
