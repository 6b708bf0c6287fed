"""Event extractor: clauses whose actor the sentence names but not as their subject.

An agentless passive done in an act of armed forces takes the forces named on that act ("were
wounded by Russian shelling", "killed in an Israeli air strike"); one told by an armed force in
its own operation is that force's ("the army said 12 insurgents were killed in the
operation"); a two-sided act told in the passive takes the sides named on its subject
("relations between A and B were restored"); being kept from entering a place is that place's
state's act; asylum granted "where" or "in" a place is that place's state's. A gerund after
"for" on a verb of judging is the act of whom it judges ("praised Seoul for joining ..."); a
gerund after "by" or "in" is its clause subject's.

Look-alikes must not code: a passive with no agent anywhere ("killed in a car bomb", "in a
stampede", "heavy shelling"); losses the reporting force itself suffered; a gerund after
"without" (not done); a severed or cancelled relation with no sided act.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2024-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples of which one must be coded, triples that must not)
CASES = [
    # a. the forces named on the act an agentless passive was done in
    (
        "killed in a nationality's air strike",
        "Five Palestinians were killed in an Israeli air strike on Gaza on Monday, medics said.",
        {("ASSAULT", "ISR", "PSE")},
        set(),
    ),
    (
        "wounded by a nationality's shelling (the noun parsed as a gerund)",
        "Two civilians were wounded by Russian shelling in Kharkiv, the governor said.",
        {("ASSAULT", "RUS", "UKR")},
        {("ASSAULT", "UKR", "UKR")},
    ),
    (
        "destroyed in a coalition raid",
        "A hospital was destroyed in a Saudi-led coalition raid on Saada.",
        {("ASSAULT", "SAU", "YEM")},
        set(),
    ),
    (
        "injured when jets bombed: its own clause",
        "Four villagers were injured when Turkish jets bombed a village in northern Iraq.",
        {("ASSAULT", "TUR", "IRQ")},
        set(),
    ),
    (
        "an armed group's attack, told by the victims' army",
        "Two Israeli soldiers were killed in a Hezbollah attack, the Israeli army said.",
        set(),
        {("ASSAULT", "ISR", "ISR")},
    ),
    # b. the reporting force's own operation
    (
        "the army said ... were killed in the operation",
        "The Nigerian army said 12 insurgents were killed in the operation near Maiduguri.",
        {("ASSAULT", "NGA", "NGA")},
        set(),
    ),
    (
        "headline: army says ... killed in offensive",
        "Pakistan army says 25 militants killed in Waziristan offensive",
        {("ASSAULT", "PAK", "PAK")},
        set(),
    ),
    (
        "killed in a raid, the army said",
        "Twelve militants were killed in a raid on their hideout in Kandahar, the Afghan army said.",
        {("ASSAULT", "AFG", "AFG")},
        set(),
    ),
    (
        "killed in its offensive",
        "The Egyptian army said 30 gunmen were killed in its offensive in northern Sinai.",
        {("ASSAULT", "EGY", "EGY")},
        set(),
    ),
    (
        "police fired and dozens were arrested",
        "Police fired tear gas and dozens were arrested in Nairobi.",
        {("COERCE", "KEN", "KEN")},
        set(),
    ),
    # c. gerunds after prepositions
    (
        "responded by expelling",
        "China responded by expelling two Canadian diplomats.",
        {("SANCTION", "CHN", "CAN")},
        set(),
    ),
    (
        "retaliated by imposing",
        "Russia retaliated by imposing sanctions on Japan.",
        {("SANCTION", "RUS", "JPN")},
        set(),
    ),
    (
        "praised X for joining: X joins",
        "Washington praised Seoul for joining the sanctions against Moscow.",
        {("SANCTION", "KOR", "RUS")},
        {("SANCTION", "USA", "RUS")},
    ),
    (
        "praised X for joining: the praise itself",
        "Washington praised Seoul for joining the sanctions against Moscow.",
        {("SUPPORT", "USA", "KOR")},
        set(),
    ),
    (
        "thanked X for mediating",
        "Israel thanked Egypt for mediating the truce with Hamas.",
        {("SUPPORT", "ISR", "EGY")},
        set(),
    ),
    (
        "joined X in condemning",
        "Britain joined France in condemning the coup in Niger.",
        {("ACCUSE", "GBR", "NER")},
        set(),
    ),
    (
        "criticised X for sending",
        "Beijing criticised Manila for sending warships to the shoal.",
        {("ACCUSE", "CHN", "PHL")},
        set(),
    ),
    # the sides named on a passive's subject
    (
        "a truce between A and B was agreed",
        "A Russian-brokered truce between Armenia and Azerbaijan was agreed in Moscow.",
        {("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM"), ("AGREE", "ARM+AZE", "")},
        set(),
    ),
    (
        "relations between A and B were restored",
        "Diplomatic relations between Saudi Arabia and Iran were formally restored on Thursday.",
        {("SUPPORT", "SAU", "IRN"), ("SUPPORT", "IRN", "SAU"), ("SUPPORT", "IRN+SAU", "")},
        set(),
    ),
    # kept out of a place: that place's state
    (
        "barred from entering a state",
        "Two U.S. congresswomen were barred from entering Israel on Thursday.",
        {("SANCTION", "ISR", "USA"), ("REJECT", "ISR", "USA"), ("COERCE", "ISR", "USA")},
        set(),
    ),
    (
        "barred from landing in a city",
        "Turkey's foreign minister was barred from landing in Rotterdam on Saturday.",
        {("SANCTION", "NLD", "TUR"), ("REJECT", "NLD", "TUR"), ("COERCE", "NLD", "TUR")},
        set(),
    ),
    # asylum: the state where it is granted
    (
        "fled to X, where he was granted asylum",
        "The Syrian leader fled to Moscow, where he was granted asylum.",
        {("AID", "RUS", "SYR")},
        set(),
    ),
    (
        "granted asylum in X (the place on the retained object)",
        "A Saudi woman who fled her family was granted asylum in Canada.",
        {("AID", "CAN", "SAU")},
        set(),
    ),
]

# (case, sentence, triples that must not be coded, barred types)
LOOK_ALIKES = [
    (
        "killed in a car bomb",
        "Nine people were killed in a car bomb in Baghdad.",
        set(),
        {"ASSAULT"},
    ),
    ("died in a stampede", "Twelve pilgrims died in a stampede in Mecca.", set(), {"ASSAULT"}),
    (
        "wounded by shelling of no named author",
        "Three people were wounded by heavy shelling in Donetsk.",
        set(),
        {"ASSAULT"},
    ),
    (
        "killed in an explosion",
        "Eleven miners were killed in an explosion at a coal mine in Shanxi.",
        set(),
        {"ASSAULT"},
    ),
    (
        "the ministry said soldiers were killed: victims, no agent",
        "The Nigerian defence ministry said three soldiers were killed in the northeast.",
        set(),
        {"ASSAULT"},
    ),
    (
        "the army's own losses in a raid",
        "The Afghan army said two soldiers were killed in a raid on a checkpoint.",
        {("ASSAULT", "AFG", "AFG")},
        set(),
    ),
    (
        "the police's own losses in the raid",
        "Pakistani police said three policemen were wounded in the raid in Karachi.",
        {("ASSAULT", "PAK", "PAK")},
        set(),
    ),
    (
        "an ambush is no act of the reporting army",
        "The Malian army said 12 soldiers were killed in an ambush near Gao.",
        {("ASSAULT", "MLI", "MLI")},
        set(),
    ),
    (
        "killed in a raid, a ministry said: no force reports",
        "Twelve people were killed in a raid on a village, the health ministry said.",
        set(),
        {"ASSAULT"},
    ),
    (
        "without consulting: no consultation",
        "Germany sent tanks to Ukraine without consulting Paris.",
        {("CONSULT", "DEU", "FRA")},
        {"CONSULT"},
    ),
    (
        "without informing: no consultation",
        "Hungary vetoed the aid package without informing Brussels.",
        set(),
        {"CONSULT"},
    ),
    (
        "relations severed: no sided act of support",
        "Diplomatic relations between Saudi Arabia and Iran were severed in 2016.",
        set(),
        {"SUPPORT"},
    ),
    (
        "a truce between A and B violated: no agreement",
        "The truce between Armenia and Azerbaijan was violated on Monday.",
        set(),
        {"AGREE"},
    ),
    (
        "barred from speaking: no place, no actor",
        "Two opposition lawmakers were barred from speaking at the rally.",
        set(),
        {"SANCTION", "REJECT", "COERCE"},
    ),
    (
        "granted asylum with no place",
        "A dissident journalist was granted asylum last year.",
        set(),
        {"AID"},
    ),
    (
        "praised a deal for ending: no party acts",
        "Washington praised the deal for ending the fighting.",
        set(),
        {"ASSAULT", "COERCE"},
    ),
    (
        "the victims are no actors",
        "Three Ukrainian soldiers were killed in Russian shelling near Bakhmut.",
        {("ASSAULT", "UKR", "RUS"), ("ASSAULT", "UKR", "UKR")},
        set(),
    ),
]


def test_there_are_forty_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 40


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_clause_coded(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must, must_not), (case, got)


@pytest.mark.parametrize(
    ("case", "sentence", "must_not", "types"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)
