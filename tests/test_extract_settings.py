"""Event extractor: events told as the setting or backdrop of another (time clauses, talks,
caused crowds, retaliation), owned places and missions, repeats of one act, and look-alikes
that are no political event.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, events_of, triple


def _got(pipeline, text, date="2024-05-01"):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples that must be coded, triples that must not)
CASES = [
    # 1. a bare group in a time clause, placed by its sentence
    (
        "armed men who struck the main actor belong to the other state it acts on",
        "Israeli jets struck targets in the Gaza Strip on Monday, hours after militants"
        " fired rockets into southern Israel.",
        {("ASSAULT", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR")},
        set(),
    ),
    (
        "'the rebels' take the country of the group named before them",
        "Nigerian troops pounded Boko Haram camps near Lake Chad, a week after the militants"
        " stormed a school in Borno state.",
        {("ASSAULT", "NGA", "NGA")},
        set(),
    ),
    (
        "a crowd of a sentence that names one state only is that state's",
        "Peru's president declared a curfew in Lima on Friday after rioters looted shops in"
        " the capital's centre.",
        {("PROTEST", "PER", "PER")},
        set(),
    ),
    (
        "nothing places the group: no event without a source",
        "The central bank raised interest rates on Tuesday, days after gunmen attacked a bus.",
        set(),
        {("ASSAULT", "", "")},
    ),
    # 2. talks as a setting
    (
        "a meeting during which the sides agreed is their CONSULT",
        "The presidents of Kenya and Tanzania agreed to open a new border post during their"
        " meeting in Arusha.",
        {("CONSULT", "KEN", "TZA")},
        set(),
    ),
    (
        "a mediator consults with both sides",
        "Armenia and Azerbaijan agreed to exchange prisoners after two days of talks hosted by"
        " Kazakhstan in Almaty.",
        {("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM+AZE")},
        set(),
    ),
    # 3. a protest caused by another event
    (
        "a crowd set moving is placed by what it marches against",
        "Police in Istanbul fired tear gas at a sit-in on Saturday, prompting thousands to"
        " march against Erdogan's government.",
        {("PROTEST", "TUR", "TUR")},
        set(),
    ),
    # 4. retaliation against the other side's measures
    (
        "the levies answered are the other side's SANCTION",
        "Beijing raised duties on American soybeans on Friday, hitting back at Washington's"
        " new tariffs on Chinese electric cars.",
        {("SANCTION", "CHN", "USA"), ("SANCTION", "USA", "CHN")},
        set(),
    ),
    (
        "in retaliation for the other side's sanctions",
        "Moscow banned imports of Polish apples in retaliation for EU sanctions.",
        {("SANCTION", "IGO", "RUS")},
        set(),
    ),
    (
        "an unowned measure answered is no event of its own",
        "Ottawa hit back at the tariffs with levies on steel.",
        set(),
        {("SANCTION", "", "CAN")},
    ),
    # 5. an owned attack on places
    (
        "places attacked are not the owner's own people",
        "Israeli artillery shelled southern Lebanon in response to Hezbollah's drone attacks on"
        " border communities.",
        {("ASSAULT", "LBN", "ISR")},
        {("ASSAULT", "LBN", "LBN")},
    ),
    # 6. a mission owned through a pronoun
    (
        "'its embassy' is the state the pronoun stands for, not its host",
        "Bahrain expelled Iran's envoy after a mob ransacked its embassy in Tehran.",
        {("PROTEST", "IRN", "BHR")},
        {("PROTEST", "IRN", "IRN")},
    ),
    (
        "one's own envoy recalled is no party of the recall",
        "Peru recalled its ambassador to Caracas.",
        {("SANCTION", "PER", "VEN")},
        set(),
    ),
    # 7. the speaker's own act coordinated after a reported clause
    (
        "the coordinated verb is the speaker's",
        "Scholz said Iran had shipped drones to Moscow and urged Tehran to halt the deliveries.",
        {("REQUEST", "DEU", "IRN")},
        {("REQUEST", "IRN", "IRN")},
    ),
    # 8. a vow whose infinitive is parsed as a purpose clause
    (
        "the recipient of a vow comes from the infinitive's phrase",
        "BAGHDAD, May 3 (Reuters) - Iraq's prime minister vowed on Sunday to retaliate against"
        " Turkey for the bombing.",
        {("THREATEN", "IRQ", "TUR")},
        set(),
    ),
]


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_settings_and_backdrops(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert must <= got, (case, got)
    assert not (must_not & got), (case, got)


def test_one_act_told_by_two_rules_is_one_event(pipeline):
    events = events_of(
        pipeline, "A Russian missile strike on Odesa killed eight civilians on Tuesday."
    )
    assert [triple(e) for e in events].count(("ASSAULT", "RUS", "UKR")) == 1, [
        e.rule for e in events
    ]


def test_two_coordinated_acts_with_one_dyad_stay_two(pipeline):
    events = events_of(
        pipeline,
        "Riyadh expelled the Canadian ambassador and froze all new trade with Canada.",
    )
    assert [triple(e) for e in events].count(("SANCTION", "SAU", "CAN")) == 2, [
        e.rule for e in events
    ]


def test_arresting_activists_is_still_coercion(pipeline):
    assert ("COERCE", "ZWE", "ZWE") in _got(
        pipeline, "Police arrested thirty opposition activists in Harare."
    )


def test_refusing_to_leave_danger_is_no_rejection(pipeline):
    got = _got(
        pipeline,
        "MANILA, Philippines - The Taal volcano spewed ash over nearby towns on Sunday, and"
        " hundreds of farmers who had refused to leave the danger zone were rescued.",
    )
    assert not any(t == "REJECT" for t, _, _ in got), got
    got = _got(
        pipeline,
        "KYIV - Protesters refused to leave the square despite a police order to disperse.",
    )
    assert any(t == "REJECT" for t, _, _ in got), got
