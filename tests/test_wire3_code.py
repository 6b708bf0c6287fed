"""Extractor and actor classes from the misses of the blind agency-copy dev set (wire3): a
speaker's late coordinated verb hung on a relative clause, "as required", a party's offices
closed, fire sent into a camp or town, "X-led" forces, weapons "fired from" a launcher, towns
entered or overrun by force, and a town a province's name shares. Sentences we wrote, each
with look-alikes that must not code the same way."""

from __future__ import annotations

import pytest

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # a speaker's verb after ", and", hung by the parser on a relative clause of a thing
    (
        "Kenya's opposition said it would boycott a poll that kept President Kibaki in power, "
        "and accused the election commission of rigging.",
        ("ACCUSE", "KEN", "KEN", False),
    ),
    # fire sent into a place people live in is an attack, not a test
    (
        "Israeli tanks fired shells into the Khan Younis refugee camp on Sunday.",
        ("ASSAULT", "ISR", None, False),
    ),
    # a camp named for its town lies in that town's state
    (
        "Israeli gunships fired missiles into the Jenin refugee camp on Friday.",
        ("ASSAULT", "ISR", "PSE", False),
    ),
    # a fused "U.S.-led" before forces, not only before a coalition
    ("U.S.-led warplanes bombed targets in Baghdad on Friday.", ("ASSAULT", "USA", "IRQ", False)),
    # a weapon's launcher acts for the weapon
    (
        "Missiles fired from a U.S. drone hit a compound in Pakistan's North Waziristan region.",
        ("ASSAULT", "USA", "PAK", False),
    ),
    (
        "Rockets fired by Hamas militants struck the Israeli town of Sderot.",
        ("ASSAULT", "PSE", "ISR", False),
    ),
    # a town entered or overrun by force is taken (192)
    (
        "American troops rolled into the centre of Baghdad on Wednesday.",
        ("COERCE", "USA", "IRQ", False),
    ),
    (
        "Islamic State militants overran the Iraqi city of Ramadi on Sunday.",
        ("COERCE", "IRQ", "IRQ", False),
    ),
    (
        "ISLAMABAD (Reuters) - Missiles fired from U.S. drone aircraft struck a compound in "
        "Pakistan's South Waziristan region on Friday.",
        ("ASSAULT", "USA", "PAK", False),
    ),
    ("Taliban fighters swept into Kabul on Sunday.", ("COERCE", "AFG", "AFG", False)),
    # a province's name a town of the story's state shares
    (
        "Chile's government lifted a night curfew in the city of Concepcion on Tuesday.",
        ("CONCEDE", "CHL", "CHL", False),
    ),
    # a state's mission closed stays a break in relations
    (
        "China ordered the U.S. consulate in Chengdu closed on Friday.",
        ("SANCTION", "CHN", "USA", False),
    ),
]

# (sentence, a PLOVER type, or "TYPE pattern-id", it must not code)
NEGATIVES = [
    ("Activists said troops had not pulled back from the towns as required.", "REQUEST"),
    (
        "Egypt's government declared the party illegal and ordered the party's offices closed.",
        "SANCTION",
    ),
    ("North Korea fired two missiles into the sea off its east coast on Friday.", "ASSAULT"),
    ("Russian tanks rolled into South Ossetia on Friday.", "COERCE"),
    ("Iraqi troops and tanks swept into Kuwait before dawn on Thursday.", "COERCE"),
    ("Tamil Tiger rebels overran an army base in the north on Thursday.", "COERCE"),
    ("A mortar shell fired from rebel positions slammed into a market in the capital.", "ACCUSE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_wire3_code(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_wire3_code_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_relative_clause_of_an_armed_group_keeps_its_acts(code):
    """ "a militia that attacked the town, and burned homes": the militia's act, not the
    speaker's."""
    got = code(
        "Officials said they had arrested members of a militia that attacked the town last "
        "week, and burned dozens of homes."
    )
    assert not [g for g in got if g[0] == "ASSAULT" and g[1] == ""], got
    assert not [g for g in got if g[3].startswith("assault") and "Officials" in g[1]], got


def test_story_state_town_outranks_other_province():
    from tacitus.places import Gazetteer

    g = Gazetteer.default()
    assert g.best("Concepcion", context_countries=("CHL",)).country == "CHL"
