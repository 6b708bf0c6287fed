"""Event extractor: events lost today to a clause taken for another's or to a missing actor.

A head whose complement codes nothing keeps its own sense, and the one the complement makes
act is its target ("threatened to make Kyiv regret"). A participle of saying set off by a
comma after a complement ("agreed to admit Ukraine, praising Kyiv") is the speaker's own act;
so is a simple past coordinated after an infinitive ("asked Turkey to mediate and offered to
host talks"), which keeps its own tense; a clause with its own subject coordinated after a
complement ("demanded that the king step down, and police fired") is told as done. A gerund
the parser made the object of "after" takes the subject of its clause. Talks a trip is made
for ("flew to Cairo to meet") take place. An agentless passive done under a frame whose author
is named ("freed under an amnesty announced by the president", "delivered under Washington's
aid package") is that author's act.

Look-alikes must not code: a complement that codes on its own does not also yield the head's
sense; what is demanded or threatened stays undone; an agentless passive with no actor named
anywhere stays uncoded; orders to another party stay demands; a frame of no named author
("under pressure from", "under a deal with") names no actor.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2023-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, date, triples of which one must be coded, triples that must not)
CASES = [
    # a. the head's own sense where the complement codes nothing
    (
        "urge with an uncoded complement",
        "Berlin urged Moscow to rethink its position on the arms treaty.",
        NOW,
        {("REQUEST", "DEU", "RUS")},
        set(),
    ),
    (
        "agree to look into",
        "Cairo agreed to look into the complaint raised by Khartoum.",
        NOW,
        {("AGREE", "EGY", "SDN")},
        set(),
    ),
    (
        "demand that X explain",
        "Warsaw demanded that Minsk explain the border incident.",
        NOW,
        {("REQUEST", "POL", "BLR")},
        set(),
    ),
    (
        "threaten to make X regret: X is the target",
        "Moscow threatened to make Kyiv regret its decision.",
        NOW,
        {("THREATEN", "RUS", "UKR")},
        set(),
    ),
    (
        "threaten to make X pay",
        "Caracas threatened to make Guyana pay dearly for the oil deal.",
        NOW,
        {("THREATEN", "VEN", "GUY")},
        set(),
    ),
    (
        "refuse to let X join",
        "Budapest refused to let Stockholm join the alliance.",
        NOW,
        {("REJECT", "HUN", "SWE")},
        set(),
    ),
    # b. a comma participle of saying after a complement is the speaker's act
    (
        "agree ..., praising X",
        "The European Union agreed on Friday to make Moldova a candidate, praising Chisinau "
        "for its reforms.",
        NOW,
        {("SUPPORT", "IGO", "MDA")},
        set(),
    ),
    (
        "urge ..., criticising",
        "Seoul urged Tokyo to drop its export curbs, accusing Japan of breaking trade rules.",
        NOW,
        {("ACCUSE", "KOR", "JPN")},
        set(),
    ),
    (
        "vow ..., blaming X",
        "Hamas vowed to avenge the death of its commander, blaming Israeli agents for the blast.",
        NOW,
        {("ACCUSE", "PSE", "ISR")},
        set(),
    ),
    # b. a past tense coordinated after an infinitive goes with the head
    (
        "asked X to mediate and offered",
        "Russia asked Turkey to mediate and offered to host the talks.",
        NOW,
        {("AGREE", "RUS", "TUR")},
        set(),
    ),
    (
        "urged X to show restraint and pledged",
        "Washington urged Kyiv to show restraint and pledged more air defence systems.",
        NOW,
        {("AGREE", "USA", "UKR")},
        set(),
    ),
    (
        "agreed to resume talks and released: done, not promised",
        "Iran agreed to resume talks and released two French prisoners.",
        NOW,
        {("RETREAT", "IRN", "FRA")},
        {("AGREE", "IRN", "FRA")},
    ),
    (
        "agreed to the deal and released: done",
        "Iran agreed to the deal and released two French prisoners.",
        NOW,
        {("RETREAT", "IRN", "FRA")},
        set(),
    ),
    (
        "promised help and sent aid: done",
        "Iran promised help and sent two planes of aid to Turkey.",
        NOW,
        {("AID", "IRN", "TUR")},
        set(),
    ),
    # b. a clause with its own subject after a complement happened
    (
        "demanding that ... step down, and police fired",
        "Thousands of students marched through Jakarta demanding that the president step down, "
        "and riot police fired tear gas at them.",
        NOW,
        {("ASSAULT", "IDN", "IDN")},
        set(),
    ),
    (
        "urged X to ..., and Y rejected",
        "China urged Japan to exercise restraint, and Tokyo rejected the demand.",
        NOW,
        {("REJECT", "JPN", "CHN")},
        set(),
    ),
    # b. a gerund after "after" takes its clause's subject
    (
        "said after meeting X",
        "Macron said after meeting Zelensky that France would send more air defence systems.",
        NOW,
        {("CONSULT", "FRA", "UKR")},
        set(),
    ),
    (
        "spoke after meeting X",
        "The Turkish foreign minister spoke to reporters after meeting Vladimir Putin in Sochi.",
        NOW,
        {("CONSULT", "TUR", "RUS")},
        set(),
    ),
    (
        "opening gerund after: meeting",
        "After meeting Chinese President Xi Jinping, Biden said the talks had been frank.",
        NOW,
        {("CONSULT", "USA", "CHN")},
        set(),
    ),
    # b. the talks a trip is made for
    (
        "flew to X to ask Y",
        "Argentina's president flew to Washington to ask the IMF for fresh loans.",
        NOW,
        {("REQUEST", "ARG", "IGO")},
        set(),
    ),
    (
        "flew to X to meet Y",
        "Blinken flew to Cairo to meet Egyptian President Abdel Fattah al-Sisi.",
        NOW,
        {("CONSULT", "USA", "EGY")},
        set(),
    ),
    (
        "travelled to X to discuss",
        "Britain's foreign secretary travelled to Beijing to discuss trade with Chinese officials.",
        NOW,
        {("CONSULT", "GBR", "CHN")},
        set(),
    ),
    # passives done under a frame with a named author
    (
        "freed under an amnesty announced by the president",
        "More than 300 prisoners were freed from jails across Egypt on Monday under an amnesty "
        "announced by President Abdel Fattah al-Sisi.",
        NOW,
        {("RETREAT", "EGY", "EGY")},
        set(),
    ),
    (
        "delivered under Washington's aid package",
        "Two hundred tanks were delivered to the Polish army under Washington's military aid "
        "package.",
        NOW,
        {("AID", "USA", "POL")},
        set(),
    ),
    # c. orders to one's own forces that name where they go
    (
        "ordered the army to deploy to the border with X",
        "Putin ordered the army to deploy to the border with Ukraine.",
        NOW,
        {("MOBILIZE", "RUS", "UKR")},
        {("REQUEST", "RUS", "RUS")},
    ),
    (
        "ordered the army to mobilise against X",
        "The Iranian president ordered the army to mobilise against Iraq.",
        NOW,
        {("MOBILIZE", "IRN", "IRQ")},
        {("REQUEST", "IRN", "IRN")},
    ),
    (
        "placed its troops on high alert along the border with X",
        "Pakistan placed its troops on high alert along the border with India.",
        NOW,
        {("MOBILIZE", "PAK", "IND")},
        set(),
    ),
]

# (case, sentence, date, triples that must not be coded, types that must not be coded)
LOOK_ALIKES = [
    (
        "a coded complement does not also yield the head's sense",
        "Iran agreed to release two French prisoners.",
        NOW,
        {("RETREAT", "IRN", "FRA")},
        set(),
    ),
    (
        "a demanded act stays undone",
        "Warsaw demanded that Minsk release the detained journalists.",
        NOW,
        {("RETREAT", "BLR", "BLR")},
        set(),
    ),
    (
        "a threatened act is no act",
        "Moscow threatened to cut gas supplies to Moldova.",
        NOW,
        {("SANCTION", "RUS", "MDA")},
        set(),
    ),
    (
        "an infinitive coordinated with an infinitive stays under the head",
        "Egypt agreed to open the crossing and to allow aid into Gaza.",
        NOW,
        set(),
        {"RETREAT"},
    ),
    (
        "a base form coordinated under a demand stays demanded",
        "Iran demanded that Israel withdraw and that Hamas free the hostages.",
        NOW,
        {("RETREAT", "PSE", "ISR")},
        set(),
    ),
    (
        "a participle that is no saying stays in the complement",
        "Washington urged Israel to halt the offensive, sparing civilians in Rafah.",
        NOW,
        set(),
        {"ACCUSE", "SUPPORT"},
    ),
    (
        "'after the meeting' is no gerund",
        "The talks ended after the meeting of the two delegations.",
        NOW,
        set(),
        {"CONSULT"},
    ),
    (
        "a trip to help is no talks",
        "Japanese rescuers flew to Turkey to search for survivors.",
        NOW,
        set(),
        {"CONSULT", "REQUEST"},
    ),
    (
        "agentless passive with no actor anywhere",
        "Two activists were freed on Tuesday.",
        NOW,
        set(),
        {"RETREAT"},
    ),
    (
        "a frame of no named author: under pressure",
        "The activists were released under pressure from Washington.",
        NOW,
        {("RETREAT", "USA", "USA")},
        set(),
    ),
    (
        "a frame of no named author: a two-sided deal",
        "The grain ships were released under a deal with Russia.",
        NOW,
        {("RETREAT", "RUS", "RUS")},
        set(),
    ),
    (
        "an order to another party stays a demand",
        "Putin ordered Ukraine to withdraw its troops from the border.",
        NOW,
        {("RETREAT", "UKR", "RUS"), ("RETREAT", "RUS", "UKR")},
        set(),
    ),
    (
        "an order to another state's troops is no mobilisation of one's own",
        "Washington ordered Israel to move its troops away from Rafah.",
        NOW,
        {("MOBILIZE", "USA", "ISR")},
        set(),
    ),
    (
        "a background participle with no agent is not coded",
        "The tanker seized off Oman last year was returned to Greece on Monday.",
        NOW,
        set(),
        {"COERCE"},
    ),
]


def test_there_are_forty_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 40


@pytest.mark.parametrize(
    ("case", "sentence", "date", "must", "must_not"), CASES, ids=[c[0] for c in CASES]
)
def test_clause_coded(pipeline, case, sentence, date, must, must_not):
    got = _got(pipeline, sentence, date)
    assert not triple_problems(got, must, must_not), (case, got)


@pytest.mark.parametrize(
    ("case", "sentence", "date", "must_not", "types"),
    LOOK_ALIKES,
    ids=[c[0] for c in LOOK_ALIKES],
)
def test_look_alikes(pipeline, case, sentence, date, must_not, types):
    got = _got(pipeline, sentence, date)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)
