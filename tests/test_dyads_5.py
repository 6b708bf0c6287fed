"""Event sides, round 5: who acted on whom when the target is a double national, the forces a
struck site houses, a body of the actor's own state named apart from it, the party a
complaint to an international body is about, and a place struck beside a border.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples


def _got(pipeline, text, date="2024-05-01"):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples that must be coded, triples that must not)
CASES = [
    # 1. a hyphened double nationality: the state other than the actor's
    (
        "a double national held by one of the two states is the other state's concern",
        "Russia detained a French-Russian historian in Moscow on Friday.",
        {("COERCE", "RUS", "FRA")},
        {("COERCE", "RUS", "RUS"), ("COERCE", "RUS", "FRA+RUS")},
    ),
    (
        "a double national freed by one of the two states",
        "Iran released a Swedish-Iranian doctor on Monday after two years in prison.",
        {("RETREAT", "IRN", "SWE")},
        {("RETREAT", "IRN", "IRN")},
    ),
    # 2. a struck site that houses another state's forces
    (
        "rockets at a camp hosting foreign troops are aimed at those troops",
        "Iraqi militias fired rockets at a camp hosting British troops near Basra on Sunday.",
        {("ASSAULT", "IRQ", "GBR")},
        {("ASSAULT", "IRQ", "IRQ")},
    ),
    (
        "a nationality on the struck base gives way to the forces it houses",
        "Syria fired missiles at two Jordanian airfields housing French troops on Tuesday.",
        {("ASSAULT", "SYR", "FRA")},
        set(),
    ),
    # 3. a named person and a bare body of the same state are two parties
    (
        "a named leader accusing his own state's government",
        "Governor Enrique Alfaro accused the federal government of starving the state of funds.",
        {("ACCUSE", "MEX", "MEX")},
        set(),
    ),
    (
        "the pronoun of a participle stands for a body of the actor's own state",
        "Ethiopian Prime Minister Abiy Ahmed sent troops against the Tigray regional"
        " government on Friday, accusing it of raiding a federal barracks.",
        {("ACCUSE", "ETH", "ETH")},
        set(),
    ),
    # 4. a complaint lodged with an international body is about the other party
    (
        "a complaint over another state's measure, lodged at a trade body",
        "Canada filed a complaint at the World Trade Organization over Beijing's tariffs on"
        " its canola.",
        {("ACCUSE", "CAN", "CHN")},
        {("ACCUSE", "CAN", "IGO")},
    ),
    (
        "a complaint coordinated with an accusation shares its target",
        "Ecuador accused Colombia of bombing a rebel camp on its soil and lodged a complaint"
        " with the Organization of American States.",
        {("ACCUSE", "ECU", "COL")},
        {("ACCUSE", "ECU", "IGO")},
    ),
    # 5. a place struck or seized beside a border is not that border's state's
    (
        "villages near the border with the attacker's own state lie in the other state named",
        "Residents of northern Iraq fled on Monday after Turkish jets bombed villages near the"
        " border with Turkey.",
        {("ASSAULT", "TUR", "IRQ")},
        {("ASSAULT", "TUR", "TUR")},
    ),
    (
        "a border town with no neighbour named gives no state across it",
        "Kenya accused Somalia on Monday of sheltering gunmen who raided the border town of"
        " Mandera, and closed its frontier with its neighbour.",
        set(),
        {("ASSAULT", "KEN", "SOM")},
    ),
]


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_dyads_round_5(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert must <= got, (case, got)
    assert not (must_not & got), (case, got)


def test_mobilizing_toward_a_border_still_names_the_state_beyond(pipeline):
    """Movement keeps the border's state: troops massed near it threaten the neighbour."""
    got = _got(pipeline, "Iraq massed two armoured divisions near the border with Kuwait.")
    assert ("MOBILIZE", "IRQ", "KWT") in got, got
