"""Event extractor: records the coder left silent (a gold event and no event of its type).

a. A protest told as the setting or the cause of a clause ("resigned after weeks of student
   protests", "bowing to weeks of youth-led protests", "in the face of protests by teachers")
   codes when it names who protests by a word for a kind of people, even with no target
   named: the people of the clause's one country, against their own rulers. A protest that
   names neither its people nor a target ("after weeks of protests") still codes nothing, as
   for any background noun with no participants, and one whose people carry another
   nationality is not the clause country's.
b. "Bowing to" and "in the face of" tell a protest as done, like "after" and "during"; a verb
   whose only protest sense needs an object of its own ("bowed out of the race") does not
   make the protest one with the clause.
c. Arms or goods received: the giver may hang on the container the objects are counted in
   ("received the first batch of jets from Russia"), a giver phrase of no state may list its
   states after "including", and arms received with a nationality ("received Russian fighter
   jets") come from that state. Arms received are never a visit hosted.
d. Violence to people told by a noun with its author named is coded as its own event, as a
   condemned act is ("condemned the hanging of nine activists by the military government",
   "an inquiry into the shooting of protesters by police", "Iran's downing of an airliner");
   with no side named ("a shooting at a school") it codes nothing.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2024-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples of which one must be coded, triples that must not, barred types)
CASES = [
    # a./b. background protests with their people named
    (
        "after weeks of student protests",
        "Peru's prime minister resigned on Friday after weeks of student protests.",
        {("PROTEST", "PER", "PER")},
        set(),
        set(),
    ),
    (
        "bowing to youth-led protests",
        "Chile's president scrapped the fare rise on Monday, bowing to weeks of youth-led "
        "protests.",
        {("PROTEST", "CHL", "CHL")},
        set(),
        set(),
    ),
    (
        "protests by unions on the span",
        "The Portuguese government dropped the pension plan after two months of protests by "
        "unions.",
        {("PROTEST", "PRT", "PRT")},
        set(),
        set(),
    ),
    (
        "sparking protests by supporters",
        "Police in Kenya arrested an opposition senator, sparking protests by his supporters.",
        {("PROTEST", "KEN", "KEN")},
        set(),
        set(),
    ),
    # c. arms and offers received
    (
        "giver on the batch",
        "Iraq received the first batch of fighter jets from Russia on Saturday.",
        {("AID", "RUS", "IRQ")},
        set(),
        set(),
    ),
    (
        "nationality of arms received",
        "Mali received Russian attack helicopters on Tuesday.",
        {("AID", "RUS", "MLI")},
        {("CONSULT", "MLI", "RUS")},
        {"CONSULT"},
    ),
    (
        "states listed after including",
        "Turkey received offers of rescue teams from more than 70 countries, including Greece "
        "and Armenia.",
        {("AGREE", "ARM+GRC", "TUR")},
        set(),
        set(),
    ),
]

CASES += [
    (
        "hanging by a government",
        "Ghana condemned the hanging of six activists by Togo's military government.",
        {("ASSAULT", "TGO", "TGO")},
        set(),
        set(),
    ),
    (
        "shooting by police",
        "Lawmakers demanded an inquiry into the shooting of protesters by Kenyan police in "
        "Nairobi.",
        {("ASSAULT", "KEN", "KEN")},
        set(),
        set(),
    ),
    (
        "downing of an airliner",
        "Canada condemned Iran's downing of a Ukrainian airliner.",
        {("ASSAULT", "IRN", "UKR")},
        set(),
        set(),
    ),
]

MARCHED = "Thousands of students marched in Bogota after weeks of student protests."

LOOK_ALIKES = [
    (
        "no people and no target named",
        "The Nepalese king dismissed the cabinet after weeks of protests.",
        set(),
        {"PROTEST"},
    ),
    (
        "protesters of another nationality",
        "Ghana raised fuel prices after weeks of protests by Nigerian traders.",
        {("PROTEST", "GHA", "GHA")},
        set(),
    ),
    (
        "a protest verb of the clause is one protest",
        MARCHED,
        set(),
        set(),
    ),
    (
        "a shooting with no side named",
        "A shooting at a school in Texas killed ten people.",
        set(),
        {"ASSAULT"},
    ),
    (
        "a film shoot is no shooting of people",
        "The shooting of the film in Morocco was delayed by a week.",
        set(),
        {"ASSAULT"},
    ),
    (
        "a visitor received is still hosted",
        "Jordan's King Abdullah received the Egyptian president in Amman on Monday.",
        set(),
        {"AID"},
    ),
]


@pytest.mark.parametrize("case, sentence, must, must_not, types", CASES, ids=[c[0] for c in CASES])
def test_silent_records_code(pipeline, case, sentence, must, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must, must_not, types), (case, got)


@pytest.mark.parametrize(
    "case, sentence, must_not, types", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_silent_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)


def test_marched_after_protests_codes_one_protest(pipeline):
    """The clause's own protest is coded; the setting protest adds no second one."""
    from .conftest import events_of

    evs = [e for e in events_of(pipeline, MARCHED, NOW) if e.plover.get("type")]
    protests = [e for e in evs if e.plover["type"] == "PROTEST"]
    assert len(protests) == 1, [(e.trigger, e.rule) for e in protests]
