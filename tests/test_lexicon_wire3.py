"""Lexicon breadth for agency-copy force, seizure, de-escalation, bans, aid and refusals
(``events/data/patterns/wire3.yaml``): a state's forces seizing another side's sailors,
soldiers or pilots, air strikes halted and attacks suspended, a party or group declared
illegal, state troops entering a town, towns, homes and campuses sealed off, snipers picking
people off, sums extended in loans, compensation paid, and results not recognised.
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, and uses of the same words outside politics (or in another sense) that
must not code the type in question."""

from __future__ import annotations

import pytest

from .conftest import assert_part_file_prefixed_and_guarded, coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- ASSAULT: a state's forces seize another side's men (an abduction, not an arrest) ---
    ("Iranian naval forces seized eight British marines in the Shatt al-Arab.",
     ("ASSAULT", "IRN", "GBR", False)),
    ("North Korean troops seized two South Korean soldiers near the border.",
     ("ASSAULT", "PRK", "KOR", False)),
    ("Eritrean troops grabbed three Ethiopian soldiers on the border.",
     ("ASSAULT", "ERI", "ETH", False)),
    ("Chinese forces seized two Vietnamese sailors near the Paracel Islands.",
     ("ASSAULT", "CHN", "VNM", False)),
    ("Russian troops snatched four Georgian servicemen near South Ossetia.",
     ("ASSAULT", "RUS", "GEO", False)),
    ("Yemeni troops seized two Eritrean soldiers on the island.", ("ASSAULT", "YEM", "ERI", False)),
    ("The Pakistani army seized three Indian soldiers along the Line of Control.",
     ("ASSAULT", "PAK", "IND", False)),
    ("Indian troops seized two Pakistani soldiers in Kashmir.", ("ASSAULT", "IND", "PAK", False)),
    # --- RETREAT: air strikes halted or suspended ---
    ("The United States suspended air strikes on Iraq for the holy month.",
     ("RETREAT", "USA", "IRQ", False)),
    ("Saudi Arabia suspended its air strikes on Yemen.", ("RETREAT", "SAU", "YEM", False)),
    ("France halted its air strikes on Iraq on Sunday.", ("RETREAT", "FRA", "IRQ", False)),
    ("Britain stopped air strikes on Libya after the rebels took Tripoli.",
     ("RETREAT", "GBR", "LBY", False)),
    ("Israel paused its airstrikes on Gaza for 48 hours.", ("RETREAT", "ISR", "PSE", False)),
    # --- RETREAT: attacks suspended ---
    ("Tamil rebels suspended attacks on Sri Lankan troops.", ("RETREAT", "LKA", "LKA", False)),
    ("Colombian rebels ceased attacks on the army during the talks.",
     ("RETREAT", "COL", "COL", False)),
    ("Maoist rebels suspended attacks on police in Nepal.", ("RETREAT", "NPL", "NPL", False)),
    ("The Sudanese army paused its offensive against rebels in Darfur.",
     ("RETREAT", "SDN", "SDN", False)),
    # --- COERCE: a party, group or rally declared illegal ---
    ("Algeria's government declared the Islamic party illegal.", ("COERCE", "DZA", "DZA", False)),
    ("Kenya's government declared the Mungiki sect illegal.", ("COERCE", "KEN", "KEN", False)),
    ("The Tunisian government declared the Ennahda movement illegal.",
     ("COERCE", "TUN", "TUN", False)),
    ("Malaysian police declared the opposition rally illegal.", ("COERCE", "MYS", "MYS", False)),
    ("The Nigerian government declared the separatist group illegal.",
     ("COERCE", "NGA", "NGA", False)),
    ("Egypt's government declared the April 6 youth movement illegal.",
     ("COERCE", "EGY", "EGY", False)),
    # --- COERCE: state troops enter a town ---
    ("Ethiopian troops entered the Somali town of Baidoa.", ("COERCE", "ETH", "SOM", False)),
    ("Rwandan troops entered the Congolese city of Kisangani.", ("COERCE", "RWA", "COD", False)),
    ("Ugandan troops entered the Congolese town of Bunia.", ("COERCE", "UGA", "COD", False)),
    ("Israeli troops re-entered the West Bank city of Nablus.", ("COERCE", "ISR", "PSE", False)),
    ("Sri Lankan troops entered the rebel town of Kilinochchi.", ("COERCE", "LKA", "LKA", False)),
    ("Ethiopian troops entered the Eritrean town of Barentu.", ("COERCE", "ETH", "ERI", False)),
    ("Liberian troops entered the northern town of Voinjama.", ("COERCE", "LBR", "LBR", False)),
    # --- COERCE: a town, home or campus sealed off ---
    ("Burmese troops sealed off the monastery in Yangon.", ("COERCE", "MMR", "MMR", False)),
    ("Egyptian police cordoned off the headquarters of the opposition party.",
     ("COERCE", "EGY", "EGY", False)),
    ("Thai soldiers sealed off the campus of a Bangkok university.",
     ("COERCE", "THA", "THA", False)),
    ("Zimbabwean riot police sealed off the home of the opposition leader.",
     ("COERCE", "ZWE", "ZWE", False)),
    ("Indian police sealed off the mosque in Srinagar.", ("COERCE", "IND", "IND", False)),
    ("Indonesian police sealed off the house of the separatist leader.",
     ("COERCE", "IDN", "IDN", False)),
    ("Kenyan police cordoned off the offices of the electoral commission.",
     ("COERCE", "KEN", "KEN", False)),
    # --- ASSAULT: snipers pick people off ---
    # "Serb" as a modifier in a sentence placed in Bosnia (Sarajevo) names Bosnia's Serbs
    # (BIH), not Serbia; "Serbian" forces, or Serb forces in Kosovo, stay SRB
    ("Serb snipers picked off civilians on the streets of Sarajevo.",
     ("ASSAULT", "BIH", "BIH", False)),
    ("Israeli snipers picked off Palestinian gunmen in Jenin.", ("ASSAULT", "ISR", "PSE", False)),
    ("Russian snipers picked off Chechen fighters in Grozny.", ("ASSAULT", "RUS", "RUS", False)),
    # --- AID: sums extended or lent, compensation paid ---
    ("Japan extended $300 million in emergency loans to Thailand.", ("AID", "JPN", "THA", False)),
    ("Kuwait granted $250 million in soft loans to Jordan.", ("AID", "KWT", "JOR", False)),
    ("Libya paid compensation to Italy for the colonial era.", ("AID", "LBY", "ITA", False)),
    ("Germany paid reparations to Poland.", ("AID", "DEU", "POL", False)),
    ("Iraq paid compensation to Kuwait for the invasion.", ("AID", "IRQ", "KWT", False)),
    # --- REJECT: a result not recognised or not accepted ---
    ("Kenya's opposition said it would not accept the results of the election.",
     ("REJECT", "KEN", "KEN", False)),
    ("Ivory Coast's opposition said it would not recognise the outcome of the vote.",
     ("REJECT", "CIV", "CIV", False)),
    ("Zimbabwe's opposition will not accept the result of the presidential poll.",
     ("REJECT", "ZWE", "ZWE", False)),
]  # fmt: skip

NEGATIVES = [
    ("Customs officers seized 20 kilos of heroin from a sailor.", "ASSAULT"),
    ("The navy seized a tanker carrying smuggled fuel.", "ASSAULT"),
    ("Malian soldiers seized power in a coup on Thursday.", "ASSAULT"),
    ("Nigerian doctors suspended their strike on Monday.", "RETREAT"),
    ("Bangladesh's opposition called off its general strike.", "RETREAT"),
    ("Dockers halted their strike after the pay deal.", "RETREAT"),
    ("Government troops halted the rebel attack on the city.", "RETREAT"),
    ("The court declared the election illegal.", "COERCE"),
    ("The referee declared the goal illegal.", "COERCE"),
    ("Tourists entered the old city through the Jaffa Gate.", "COERCE"),
    ("The team entered the city to a hero's welcome.", "COERCE"),
    ("Turkish troops entered northern Iraq.", "COERCE"),
    ("The company sealed off the factory after the gas leak.", "COERCE"),
    ("Firefighters sealed off the area around the burning warehouse.", "COERCE"),
    ("The shortstop picked off the runner at second base.", "ASSAULT"),
    ("The coach picked off the best players from the rival club.", "ASSAULT"),
    ("Japan extended the deadline for Thailand.", "AID"),
    ("The company paid compensation to its workers.", "AID"),
    ("India paid $2 billion to Russia for the aircraft carrier.", "AID"),
    ("The bank extended $3 billion in loans to small businesses.", "AID"),
    ("Kenya's opposition accepted the results of the election.", "REJECT"),
    ("Ghana's parliament recognised the outcome of the vote.", "REJECT"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_wire3_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_wire3_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_seized_sailors_are_abducted_not_arrested(code):
    """A state's forces seizing another state's sailors capture combatants: ASSAULT, no COERCE."""
    got = code("Iranian naval forces seized eight British marines in the Shatt al-Arab.")
    assert any(g[3] == "wire3.assault.seize_combatants" for g in got), got
    assert not [g for g in got if g[0] == "COERCE"], got


def test_part_file_ids_are_prefixed_and_guarded():
    assert_part_file_prefixed_and_guarded("wire3", at_least=10)
