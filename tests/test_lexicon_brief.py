"""Lexicon breadth for short digest reports (``events/data/patterns/brief.yaml``): a state
quitting or withdrawing from an agency or a treaty body, a closure or cordon eased, force
against a state authorised, intelligence agents' attacks on ships, planes and offices, liners
and airliners hijacked, universities closed by the state, observers or monitors pulled out, an
armed group disarming, attacks suspended, sentences commuted, asylum sought, people stripped of a
passport or immunity, and people ordered out of a country.
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, and uses of the same words outside politics (or in another sense) that must
not code the type in question."""

from __future__ import annotations

import pytest

from .conftest import assert_part_file_prefixed_and_guarded, coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- SANCTION: an agency or treaty body left ---
    ("North Korea quit the International Atomic Energy Agency on Monday.",
     ("SANCTION", "PRK", "IGO", False)),
    ("Pyongyang withdrew from the International Atomic Energy Agency.",
     ("SANCTION", "PRK", "IGO", False)),
    ("Indonesia quit the International Atomic Energy Agency in protest.",
     ("SANCTION", "IDN", "IGO", False)),
    ("Venezuela withdrew from the Organization of American States.",
     ("SANCTION", "VEN", "IGO", False)),
    ("Gabon left the Organization of the Petroleum Exporting Countries.",
     ("SANCTION", "GAB", "IGO", False)),
    ("Ecuador withdrew from the Organization of the Petroleum Exporting Countries.",
     ("SANCTION", "ECU", "IGO", False)),
    # --- CONCEDE: a closure or cordon eased ---
    ("Israel eased its closure of the Gaza Strip on Sunday.", ("CONCEDE", "ISR", "PSE", False)),
    ("Israel relaxed the closure of the West Bank.", ("CONCEDE", "ISR", "PSE", False)),
    ("Israel lifted its closure of Gaza after the talks.", ("CONCEDE", "ISR", "PSE", False)),
    ("Israeli authorities partly lifted the closure of Hebron.", ("CONCEDE", "ISR", "PSE", False)),
    ("Indian troops lifted the cordon around the Golden Temple.",
     ("CONCEDE", "IND", "IND", False)),
    # --- THREATEN: force against a state authorised ---
    ("The Security Council authorized the use of force against Iraq.",
     ("THREATEN", "IGO", "IRQ", False)),
    ("The US Congress authorised military action against Iraq.",
     ("THREATEN", "USA", "IRQ", False)),
    ("The Arab League endorsed military action against Libya.",
     ("THREATEN", "IGO", "LBY", False)),
    ("NATO approved the use of force against Serbia.", ("THREATEN", "IGO", "SRB", False)),
    ("The Turkish parliament authorised military operations against Syria.",
     ("THREATEN", "TUR", "SYR", False)),
    # --- ASSAULT: intelligence agents' attacks ---
    ("French agents sank the Greenpeace ship in Auckland harbour.",
     ("ASSAULT", "FRA", None, False)),
    ("Israeli agents blew up a ship in the port of Limassol.", ("ASSAULT", "ISR", "CYP", False)),
    ("South African agents bombed the office of the ANC in London.",
     ("ASSAULT", "ZAF", "ZAF", False)),
    ("Libyan agents blew up an American airliner over Scotland.", ("ASSAULT", "LBY", "USA", False)),
    # --- ASSAULT: craft hijacked ---
    ("Palestinian gunmen hijacked an Italian cruise liner off Egypt.",
     ("ASSAULT", "PSE", "ITA", False)),
    ("Sikh militants hijacked an Indian jetliner to Lahore.", ("ASSAULT", "IND", "IND", False)),
    ("Lebanese gunmen hijacked a Kuwaiti jumbo at Bangkok.", ("ASSAULT", "LBN", "KWT", False)),
    ("Kashmiri militants hijacked an Indian airliner to Kandahar.",
     ("ASSAULT", "IND", "IND", False)),
    ("Chechen rebels seized a Turkish steamer in the Black Sea.",
     ("ASSAULT", "RUS", "TUR", False)),
    # --- COERCE: campuses closed ---
    ("The Burmese army closed all universities in Rangoon.", ("COERCE", "MMR", "MMR", False)),
    ("Israeli troops closed all universities in the West Bank.", ("COERCE", "ISR", "PSE", False)),
    ("The Kenyan government closed all universities after the riots.",
     ("COERCE", "KEN", "KEN", False)),
    ("South African police shut the colleges in Soweto.", ("COERCE", "ZAF", "ZAF", False)),
    ("The Chinese authorities closed the university campus in Beijing.",
     ("COERCE", "CHN", "CHN", False)),
    # --- SANCTION: observers pulled out ---
    ("The OAU withdrew its observers from Burundi.", ("SANCTION", "IGO", "BDI", False)),
    ("The European Union pulled its monitors out of Georgia.", ("SANCTION", "IGO", "GEO", False)),
    ("The United Nations withdrew its inspectors from Iraq.", ("SANCTION", "IGO", "IRQ", False)),
    ("The OSCE recalled its monitors from Kosovo.", ("SANCTION", "IGO", "XKX", False)),
    ("The Arab League withdrew its monitors from Syria.", ("SANCTION", "IGO", "SYR", False)),
    ("Sweden pulled its observers out of Sri Lanka.", ("SANCTION", "SWE", "LKA", False)),
    ("The Arab League pulled its observers out of Syria.", ("SANCTION", "IGO", "SYR", False)),
    # --- RETREAT: an armed group disarms ---
    ("Angolan rebels disarmed their fighters under the peace accord.",
     ("RETREAT", "AGO", "AGO", False)),
    ("The Salvadoran guerrillas began to disarm on Monday.", ("RETREAT", "SLV", "SLV", False)),
    ("Hezbollah disarmed its militia in Beirut.", ("RETREAT", "LBN", "LBN", False)),
    # --- RETREAT: attacks suspended ---
    ("Tamil rebels suspended attacks on army posts.", ("RETREAT", "LKA", "LKA", False)),
    ("Hamas ceased its attacks on Israel after the talks in Cairo.",
     ("RETREAT", "PSE", "ISR", False)),
    ("Colombian guerrillas renounced armed attacks on the army.", ("RETREAT", "COL", "COL", False)),
    # --- CONCEDE: sentences commuted ---
    ("The Nigerian junta commuted the death sentences of three opposition leaders.",
     ("CONCEDE", "NGA", "NGA", False)),
    ("Zambia's president commuted the death sentences of the coup plotters.",
     ("CONCEDE", "ZMB", "ZMB", False)),
    ("A Cuban court reduced the sentence of the American contractor.",
     ("CONCEDE", "CUB", "USA", False)),
    # --- REQUEST: asylum sought ---
    ("A Soviet defector sought political asylum in Britain.", ("REQUEST", "RUS", "GBR", False)),
    ("A Chinese dissident requested asylum at the American embassy in Beijing.",
     ("REQUEST", "CHN", "USA", False)),
    ("Cuban migrants sought asylum in the Peruvian embassy.", ("REQUEST", "CUB", "PER", False)),
    # --- COERCE: stripped of a right ---
    ("The South African government stripped the Anglican bishop of his passport.",
     ("COERCE", "ZAF", "ZAF", False)),
    ("The Turkish parliament stripped four Kurdish deputies of their immunity.",
     ("COERCE", "TUR", "TUR", False)),
    # --- COERCE / SANCTION: ordered out ---
    ("Ethiopia ordered all foreign journalists out of Tigray.", ("COERCE", "ETH", None, False)),
    ("Ethiopia ordered seven UN officials out of the country.", ("SANCTION", "ETH", "IGO", False)),
    ("Iraq ordered two British diplomats out of the country.", ("SANCTION", "IRQ", "GBR", False)),
    # --- more of the same families, other wordings ---
    ("The Security Council sanctioned the use of force against Haiti's military rulers.",
     ("THREATEN", "IGO", "HTI", False)),
    ("Israel relaxed its closure of the West Bank before the holiday.",
     ("CONCEDE", "ISR", "PSE", False)),
    ("Iran withdrew from the International Atomic Energy Agency.",
     ("SANCTION", "IRN", "IGO", False)),
    ("The Salvadoran army closed the National University in San Salvador.",
     ("COERCE", "SLV", "SLV", False)),
]  # fmt: skip

NEGATIVES = [
    ("She quit the advertising agency after ten years.", "SANCTION"),
    ("The engineer left the agency to join a bank.", "SANCTION"),
    ("The school closed for the summer holidays.", "COERCE"),
    ("The university closed its campus for the holidays.", "COERCE"),
    ("The club withdrew its observers from the tournament.", "SANCTION"),
    ("Workers eased the closure of the road after the storm.", "CONCEDE"),
    ("The council approved the use of the funds for the new bridge.", "THREATEN"),
    ("The board authorised the use of force-feeding tubes at the clinic.", "THREATEN"),
    ("A storm sank a fishing boat off the coast.", "ASSAULT"),
    ("The travel agents booked a cruise liner for the tour.", "ASSAULT"),
    ("The firm hired a jumbo jet for the band's tour.", "ASSAULT"),
    ("Students closed their books and left the college.", "COERCE"),
    ("Afghan guerrillas disarmed a group of government soldiers.", "RETREAT"),
    ("The bomb squad disarmed the device near the station.", "RETREAT"),
    ("The Indian army halted a rebel attack on the town.", "RETREAT"),
    ("The shop reduced the price of bread.", "CONCEDE"),
    ("The hikers sought refuge in a mountain hut during the storm.", "REQUEST"),
    ("Rwandan villagers sought refuge in a church near Butare.", "REQUEST"),
    ("The mechanics stripped the engine of its parts.", "COERCE"),
    ("The coach ordered the players out of the dressing room.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_brief_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_brief_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_quitting_an_agency_is_no_resignation(code):
    """ "quit the International Atomic Energy Agency": a state leaving a body, not an official
    leaving office."""
    got = code("North Korea quit the International Atomic Energy Agency on Monday.")
    assert any(g[3] == "brief.sanction.quit_body" for g in got), got
    assert not [g for g in got if g[0] == "RETREAT"], got


def test_part_file_ids_are_prefixed_and_guarded():
    assert_part_file_prefixed_and_guarded("brief", at_least=7)
