"""Lexicon breadth for what groups below the state do, and what states do to them, in news of
1980-2015 (``events/data/patterns/groups.yaml``): an armed struggle suspended, renounced, given
up or called off (PLOVER CONCEDE), an armed group's units disbanded (RETREAT), a ceasefire or
truce signed and a right to exist recognised (SUPPORT), crowds gathering for or at a rally and
a crowd's act done to protest or in protest (PROTEST), an embargo imposed whose kind the parser
coordinates with it (SANCTION) and a leader's order to his fighters (REQUEST, not a purchase
of fighter jets). News-style
sentences we wrote, each coded with the expected PLOVER type, actor country and recipient
country, and uses of the same words outside politics (or in another sense) that must not code
the type in question; also the festive crowd that pours into the streets
(``cd.protest.pour_into_celebrate``, added beside the sense it must come before)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as, events_of, triple

DATE = "2000-06-01"

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- CONCEDE: an armed struggle suspended, renounced, abandoned or ended ---
    ("The Kurdish rebels of the PKK suspended their armed struggle against Turkey.",
     ("CONCEDE", "TUR", "TUR", False)),
    ("Hamas suspended its armed struggle against Israel for six months.",
     ("CONCEDE", "PSE", "ISR", False)),
    ("Basque separatists of ETA renounced their armed struggle against Spain.",
     ("CONCEDE", "ESP", "ESP", False)),
    ("The Free Aceh Movement renounced its armed struggle against Jakarta.",
     ("CONCEDE", "IDN", "IDN", False)),
    ("The Karen National Union ended its armed struggle against Myanmar's government.",
     ("CONCEDE", "MMR", "MMR", False)),
    ("The Moro National Liberation Front abandoned its rebellion against the Philippine "
     "government.", ("CONCEDE", "PHL", "PHL", False)),
    # --- CONCEDE: called off, given up ---
    ("Fatah called off its armed struggle against Israel.", ("CONCEDE", "PSE", "ISR", False)),
    ("The Kurdish rebels of the PKK called off their insurgency against Turkey.",
     ("CONCEDE", "TUR", "TUR", False)),
    ("The FMLN guerrillas gave up the armed struggle against the Salvadoran army.",
     ("CONCEDE", "SLV", "SLV", False)),
    ("Tamil separatists gave up their armed struggle against the government of Sri Lanka.",
     ("CONCEDE", "LKA", "LKA", False)),
    # --- SUPPORT: a ceasefire or truce signed ---
    ("The Sudanese government signed a ceasefire with the SPLA rebels.",
     ("SUPPORT", "SDN", "SDN", True)),
    ("Indonesia signed a truce with Free Aceh Movement rebels in Geneva.",
     ("SUPPORT", "IDN", "IDN", True)),
    ("The Philippine government signed a truce with communist rebels of the New People's Army.",
     ("SUPPORT", "PHL", "PHL", True)),
    ("Ethiopia and Eritrea signed a ceasefire in Algiers.", ("SUPPORT", "ETH", "ERI", True)),
    ("Angola's government and UNITA signed a ceasefire in Lusaka.",
     ("SUPPORT", "AGO", "AGO", True)),
    # --- SUPPORT: a right to exist recognised ---
    ("Yasser Arafat recognised Israel's right to exist.", ("SUPPORT", "PSE", "ISR", False)),
    ("Jordan recognized Israel's right to exist in peace.", ("SUPPORT", "JOR", "ISR", False)),
    ("Egypt acknowledged Israel's right to secure borders.", ("SUPPORT", "EGY", "ISR", False)),
    ("Saudi Arabia accepted Israel's right to exist within secure borders.",
     ("SUPPORT", "SAU", "ISR", False)),
    ("Syria recognised Lebanon's right to sovereignty.", ("SUPPORT", "SYR", "LBN", False)),
    # --- PROTEST: a crowd gathers for, or at, a rally ---
    ("Opposition supporters in Lome gathered for a banned rally.",
     ("PROTEST", "TGO", "TGO", False)),
    ("Nepalese students gathered for a protest outside parliament in Kathmandu.",
     ("PROTEST", "NPL", "NPL", False)),
    ("Kurdish students assembled for a demonstration in Diyarbakir.",
     ("PROTEST", "TUR", "TUR", False)),
    ("Bolivian tin miners gathered for a march to La Paz.", ("PROTEST", "BOL", "BOL", False)),
    ("Armenian students gathered for a vigil outside parliament in Yerevan.",
     ("PROTEST", "ARM", "ARM", False)),
    ("Hundreds of Buddhist monks gathered at a rally in Colombo.",
     ("PROTEST", "LKA", "LKA", False)),
    ("Venezuelan opposition supporters massed at a rally in Caracas.",
     ("PROTEST", "VEN", "VEN", False)),
    ("Iraqi Kurdish students assembled at a protest in Sulaimaniyah.",
     ("PROTEST", "IRQ", "IRQ", False)),
    # --- RETREAT: an armed group's units disbanded ---
    ("The Ulster Volunteer Force disbanded its units, a loyalist statement said.",
     ("RETREAT", "GBR", "GBR", False)),
    ("Lebanese Christian militiamen disbanded their brigades under the Taif accord.",
     ("RETREAT", "LBN", "LBN", False)),
    ("The Kurdish rebels of the PKK dismantled their units in southeastern Turkey.",
     ("RETREAT", "TUR", "TUR", False)),
    # --- PROTEST: a crowd's act done to protest, or in protest ---
    ("Farmers in France dumped manure outside government offices to protest against falling "
     "prices.", ("PROTEST", "FRA", "FRA", False)),
    ("Spanish fishermen blockaded the port of Vigo to protest against the fishing quotas.",
     ("PROTEST", "ESP", "ESP", False)),
    ("Students in Seoul marched in protest against the election result.",
     ("PROTEST", "KOR", "KOR", False)),
    ("Indian farmers parked their tractors on the highway in protest against the new laws.",
     ("PROTEST", "IND", "IND", False)),
    # --- REQUEST: a leader orders his fighters (no purchase of fighter jets) ---
    ("Moqtada al-Sadr ordered his fighters to stop attacking American troops.",
     ("REQUEST", "IRQ", "IRQ", False)),
    # --- SANCTION: an embargo imposed, its kind coordinated with it ---
    ("The United Nations imposed an arms and oil embargo on Liberia.",
     ("SANCTION", "IGO", "LBR", False)),
    ("Washington imposed trade and financial sanctions on Nicaragua.",
     ("SANCTION", "USA", "NIC", False)),
    ("The Security Council imposed an air and arms embargo on Libya.",
     ("SANCTION", "IGO", "LBY", False)),
    ("The European Union imposed an arms embargo on China.", ("SANCTION", "IGO", "CHN", False)),
    ("The Arab League slapped an economic embargo on Egypt.", ("SANCTION", "IGO", "EGY", False)),
    ("The United States imposed a trade and investment embargo on Burma.",
     ("SANCTION", "USA", "MMR", False)),
]  # fmt: skip

NEGATIVES = [
    # a government crushing the insurgency, a campaign or a struggle of no armed group
    ("The Salvadoran army ended the insurgency with a final offensive.", "CONCEDE"),
    ("The candidate suspended his campaign after the primary.", "CONCEDE"),
    ("The novelist ended her long struggle with cancer.", "CONCEDE"),
    ("The company ended its struggle to stay afloat.", "CONCEDE"),
    # a state or a firm disbanding a unit
    ("The football club disbanded its youth team.", "RETREAT"),
    # a lorry's load, a protest word outside the act's purpose
    ("The lorry dumped its load on the motorway near Lyon.", "PROTEST"),
    ("The farmer dumped the rotten potatoes behind his barn near Amritsar.", "PROTEST"),
    # signing and recognising outside a truce or a right of a named party
    ("The striker signed a new contract with the club.", "SUPPORT"),
    ("The court recognised her right to appeal.", "SUPPORT"),
    # gatherings that are no protest
    ("Fans gathered for a concert in Kingston.", "PROTEST"),
    ("Foreign ministers of the European Union gathered for a meeting in Brussels.", "PROTEST"),
    ("Pilgrims gathered for prayers at the shrine in Karbala.", "PROTEST"),
    ("Relatives gathered at a wedding in Kabul.", "PROTEST"),
    # festive crowds
    ("Fans in Buenos Aires poured into the streets to celebrate the World Cup win.", "PROTEST"),
    ("Students in Seoul poured into the streets to celebrate the team's victory over Spain.",
     "PROTEST"),
    ("Crowds poured into the main square to welcome the returning champions.", "PROTEST"),
    # the embargo's kind is no trade
    ("The UN Security Council imposed a sweeping trade and financial embargo on Iraq.",
     "COOPERATE"),
    ("The United States imposed an arms and oil embargo on Haiti.", "COOPERATE"),
    # a blockade is coercion (n.blockade), no embargo
    ("Israel imposed a blockade on Gaza.", "SANCTION"),
    # fighter jets ordered abroad are no order to fighters
    ("India ordered 36 Rafale fighters from France.", "REQUEST"),
]  # fmt: skip


@pytest.fixture(scope="module")
def code(pipeline):
    return lambda text: [
        (*triple(e), e.rule.split(" | ")[0]) for e in events_of(pipeline, text, DATE)
    ]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_groups_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_groups_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_truce_signed_is_no_ceasefire_observed(code):
    """ "signed a ceasefire with the rebels": the signing (SUPPORT), not the noun's RETREAT."""
    got = code("The Sudanese government signed a ceasefire with the SPLA rebels.")
    assert any(g[3] == "groups.support.sign_truce" for g in got), got
    assert not [g for g in got if g[0] == "RETREAT"], got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "groups.yaml"
    top = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for row in top["verbs"]]
    assert len(ids) >= 10
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("groups."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
