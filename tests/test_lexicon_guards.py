"""Guards on lexicon senses that fired outside their meaning: each sense keeps its news use
(positive cases) and stays silent on the look-alike (negative cases). Sentences written for
this project."""

from __future__ import annotations

import pytest

# (sentence, pattern id, (PLOVER type, actor, recipient)): the sense fires with this reading
POSITIVE = [
    (
        "The United States halted aid to Niger after the coup.",
        "sanction.halt_aid",
        ("SANCTION", "USA", "NER"),
    ),
    (
        "Washington suspended military assistance to Egypt.",
        "sanction.halt_aid",
        ("SANCTION", "USA", "EGY"),
    ),
    (
        "Israel cut off fuel to Gaza on Monday.",
        "sanction.halt_aid_goods",
        ("SANCTION", "ISR", "PSE"),
    ),
    (
        "The World Bank halted lending to Ethiopia.",
        "sanction.halt_aid_goods",
        ("SANCTION", "IGO", "ETH"),
    ),
    (
        "Russia handed 90 Ukrainian prisoners of war to Ukraine.",
        "co.retreat.release_hand_to",
        ("RETREAT", "RUS", "UKR"),
    ),
    (
        # "over 90" read as a quantity: the phrasal verb's own sense still fires
        "Russia handed over 90 Ukrainian prisoners of war to Ukraine.",
        "census.retreat.hand_over_captives",
        ("RETREAT", "RUS", "UKR"),
    ),
    (
        "Hamas handed 13 hostages to the Red Cross.",
        "co.retreat.release_hand_to",
        ("RETREAT", "PSE", "NGO"),
    ),
    (
        "Spain handed over the suspect to France on Tuesday.",
        "cooperate.hand_over",
        ("COOPERATE", "ESP", "FRA"),
    ),
    (
        "Turkey handed over two Islamic State members to Iraq.",
        "cooperate.hand_over",
        ("COOPERATE", "TUR", "IRQ"),
    ),
    (
        "Venezuela expropriated the oil fields of ExxonMobil.",
        "fp.coerce.expropriate",
        ("COERCE", "VEN", "VEN"),
    ),
    (
        "Russia granted access to International Atomic Energy Agency inspectors.",
        "co.retreat.access_grant",
        ("RETREAT", "RUS", "IGO"),
    ),
    (
        "Venezuela welcomed European Union observers.",
        "co.retreat.access",
        ("RETREAT", "VEN", "IGO"),
    ),
    ("Israeli jets struck Gaza on Monday.", "assault.attack", ("ASSAULT", "ISR", "PSE")),
]


@pytest.mark.parametrize(("text", "rule", "want"), POSITIVE)
def test_sense_keeps_its_use(code, text, rule, want):
    got = code(text)
    assert (*want, rule) in got, got


# (sentence, senses that must not fire, PLOVER type that must not be coded)
NEGATIVE = [
    (
        "The Nigerian government cut fuel prices on Monday.",
        {"sanction.halt_aid", "sanction.halt_aid_goods", "fp.sanction.stop_aid"},
        "SANCTION",
    ),
    (
        "Kenya cut gasoline prices for consumers.",
        {"sanction.halt_aid", "sanction.halt_aid_goods", "fp.sanction.stop_aid"},
        "SANCTION",
    ),
    (
        "The central bank of Turkey cut its lending rate by two points.",
        {"sanction.halt_aid", "sanction.halt_aid_goods", "fp.sanction.stop_aid"},
        "SANCTION",
    ),
    (
        "Hamas handed Israel a list of prisoners on Friday.",
        {"co.retreat.release", "co.retreat.release_hand_over", "co.retreat.release_hand_to"},
        "RETREAT",
    ),
    ("Britain handed over Hong Kong to China in 1997.", {"cooperate.hand_over"}, "COOPERATE"),
    (
        "The German government froze construction of coal plants.",
        {"fp.coerce.expropriate", "fp.coerce.freeze_property"},
        "COERCE",
    ),
    (
        "Iraq gave inspectors until Sunday to leave the country.",
        {"co.retreat.access", "co.retreat.access_grant"},
        "RETREAT",
    ),
    (
        "The UN General Assembly granted Palestine observer status.",
        {"co.retreat.access", "co.retreat.access_grant"},
        "RETREAT",
    ),
    ("Messi struck twice in the second half as Argentina beat France.", set(), "ASSAULT"),
    ("The striker struck the post twice in the first half.", set(), "ASSAULT"),
    ("Brazil attacked relentlessly in the second half.", set(), "ASSAULT"),
    ("Brazil beat Germany 7-1 in the semi-final.", set(), "ASSAULT"),
]


@pytest.mark.parametrize(("text", "rules", "kind"), NEGATIVE)
def test_sense_stays_silent_on_look_alike(code, text, rules, kind):
    got = code(text)
    assert not [g for g in got if g[3] in rules or g[0] == kind], got


def test_acquittal_is_not_a_guilty_verdict(code):
    # a guard word with its own negation ("not guilty") does not satisfy needs_word
    got = code("A Kenyan court found the former minister not guilty of corruption.")
    assert not [g for g in got if g[3] in ("accuse.find_guilty", "ac.sanction.find_guilty_clause")]


def test_guilty_verdict_still_codes(code):
    got = code("A Russian court found the American journalist guilty of espionage.")
    assert [g for g in got if g[3] == "ac.sanction.find_guilty_clause"], got
