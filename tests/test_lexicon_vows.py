"""Vows, ultimatums, denials and naval deployments (``events/plover_rules.py`` and the pattern
files): a vow, pledge or oath whose content is harm to another party is THREATEN, not AGREE; an
order with a penalty attached ("or share their fate") is an ultimatum; a charge or a claim called
baseless is denied, not an accusation of the accuser; a navy, fleet or coast guard sent somewhere
is MOBILIZE. News-style sentences we wrote, each coded with the expected PLOVER type, actor
country and recipient country, and look-alikes that must not code the type in question."""

from __future__ import annotations

import pytest

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- THREATEN: a vow of harm to another party ---
    ("Ukraine vowed to repel Russian forces.", ("THREATEN", "UKR", "RUS", False)),
    ("Russia vowed to make Sweden pay for the expulsions.", ("THREATEN", "RUS", "SWE", False)),
    ("Israel vowed to teach Hezbollah a lesson.", ("THREATEN", "ISR", "LBN", False)),
    ("Venezuela vowed to defeat the Colombian paramilitaries.",
     ("THREATEN", "VEN", "COL", False)),
    ("Iran vowed to make the United States regret the attack.",
     ("THREATEN", "IRN", "USA", False)),
    ("Azerbaijan pledged to drive out Armenian forces and to smash them.",
     ("THREATEN", "AZE", "ARM", False)),
    ("Pakistan vowed to avenge the killing of its soldiers by India.",
     ("THREATEN", "PAK", "IND", False)),
    ("Iran promised a harsh response to Israel.", ("THREATEN", "IRN", "ISR", False)),
    ("North Korea vowed to retaliate against South Korea.", ("THREATEN", "PRK", "KOR", False)),
    ("Colombia pledged to crush the FARC.", ("THREATEN", "COL", "COL", False)),
    # --- AGREE: a vow to cooperate, rebuild, protect or answer ---
    ("France pledged to protect civilians in Mali.", ("AGREE", "FRA", "FRA", False)),
    ("China promised to respond to the letter from Japan.", ("AGREE", "CHN", "JPN", False)),
    ("Germany pledged to send more aid to Ukraine.", ("AGREE", "DEU", "UKR", False)),
    # --- THREATEN: ultimatums, an order with a penalty attached ---
    ("The United States told the Taliban to hand over the leaders or share their fate.",
     ("THREATEN", "USA", "AFG", False)),
    ("Turkey told the Kurdish fighters to withdraw or face an offensive.",
     ("THREATEN", "TUR", "TUR", False)),
    ("Russia told Ukrainian troops to lay down their arms or share their fate.",
     ("THREATEN", "RUS", "UKR", False)),
    ("Washington told Tehran to halt enrichment or face new sanctions.",
     ("THREATEN", "USA", "IRN", False)),
    # --- MOBILIZE: navies, fleets and coast guards sent somewhere ---
    ("Russia ordered its navy to deploy near the coast of Ukraine.",
     ("MOBILIZE", "RUS", "UKR", False)),
    ("Britain sent its navy to Libya.", ("MOBILIZE", "GBR", "LBY", False)),
    ("China sent its coast guard near the Philippines.", ("MOBILIZE", "CHN", "PHL", False)),
    ("The United States dispatched its fleet to the coast of North Korea.",
     ("MOBILIZE", "USA", "PRK", False)),
    ("India deployed air force jets along the border with Pakistan.",
     ("MOBILIZE", "IND", "PAK", False)),
    ("Turkey deployed its navy near Cyprus.", ("MOBILIZE", "TUR", "CYP", False)),
    ("Greece moved its navy toward Turkey.", ("MOBILIZE", "GRC", "TUR", False)),
    # --- REJECT and the accuser's ACCUSE kept when a charge is denied ---
    ("Pakistan rejected India's allegations, calling them baseless.",
     ("ACCUSE", "IND", "PAK", False)),
    ("Pakistan rejected India's allegations, calling them baseless.",
     ("REJECT", "PAK", "IND", False)),
    ("Iran denied accusations by the United States that it supplied drones, calling them "
     "baseless.", ("ACCUSE", "USA", "IRN", False)),
    ("Tehran dismissed the American accusations as baseless.", ("ACCUSE", "USA", "IRN", False)),
    ("Iran rejected an offer of trade incentives from Britain, calling it unacceptable.",
     ("REJECT", "IRN", "GBR", False)),
    # --- ACCUSE: calling another's act names still accuses ---
    ("China called the sanctions illegal.", ("ACCUSE", "CHN", None, False)),
    ("Zimbabwe's opposition rejected the result of the election, calling it a farce.",
     ("ACCUSE", "ZWE", "ZWE", False)),
]  # fmt: skip

NEGATIVES = [
    # vows that are no threats
    ("Japan vowed to rebuild the town.", "THREATEN"),
    ("Brazil vowed to eradicate poverty.", "THREATEN"),
    ("Kenya pledged to defeat malaria.", "THREATEN"),
    ("China promised to respond to the letter from Japan.", "THREATEN"),
    ("Indonesia promised to reply to the request from Australia.", "THREATEN"),
    ("France pledged to protect civilians in Mali.", "THREATEN"),
    # a charge called baseless accuses no one
    ("Iran dismissed the accusations, calling them groundless.", "ACCUSE"),
    ("The Kremlin rejected the charges, calling them baseless.", "ACCUSE"),
    ("China called the reports false.", "ACCUSE"),
    ("Turkey called the claims baseless.", "ACCUSE"),
    ("Brazil's president defended Venezuela, calling accusations of fraud a narrative.",
     "ACCUSE"),
    # a refusal's reason is no accusation
    ("Iran rejected an offer of trade incentives from Britain, calling it unacceptable.",
     "ACCUSE"),
    # an order without a penalty is no ultimatum; a fleet of buses is no force
    ("Kenya told the students to return to class.", "THREATEN"),
    ("The company sent its fleet of buses to the stadium.", "MOBILIZE"),
    ("The coach told the players to share the ball.", "THREATEN"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_vows_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_vows_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_vow_of_harm_is_no_agreement(code):
    """ "vowed to repel ...": the pledge sense read it; the manual's THREATEN recodes it."""
    got = code("Ukraine vowed to repel Russian forces.")
    assert not [g for g in got if g[0] == "AGREE"], got
