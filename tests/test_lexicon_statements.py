"""Lexicon breadth for the verbal types of agency copy (``events/data/patterns/statements.yaml``):
calls and demands renewed or reiterated, opposition voiced, a side challenged to act, a "no" said
to a proposal, demands and claims dropped, agreeing to another's proposal (its author the
recipient) or to its demands (a concession), commitments a side will honour or abide by, a
contract with another state scrapped; and the look-alike of a warning of weather, disease or
recession, which is a forecast and no threat. News-style sentences we wrote, each coded with the
expected PLOVER type, actor country and recipient country, and uses of the same words outside
politics (or in another sense) that must not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None))
CASES = [
    # --- REQUEST: a call or demand renewed, reiterated, repeated ---
    ("Tokyo renewed its call on Beijing to free the detained diplomat.", ("REQUEST", "JPN", "CHN")),
    ("Kenya reiterated its call for Ethiopia to reopen the border.", ("REQUEST", "KEN", "ETH")),
    (
        "Paris repeated its appeal to Tehran to release the French aid worker.",
        ("REQUEST", "FRA", "IRN"),
    ),
    ("Canada restated its call on India to grant consular access.", ("REQUEST", "CAN", "IND")),
    ("Germany renewed its call on Serbia to recognise Kosovo.", ("REQUEST", "DEU", "SRB")),
    # --- REQUEST: a side challenged to act ---
    ("Washington challenged Moscow to prove that its troops had left.", ("REQUEST", "USA", "RUS")),
    ("India challenged Pakistan to hand over the suspects.", ("REQUEST", "IND", "PAK")),
    ("Seoul challenged Pyongyang to return to the negotiating table.", ("REQUEST", "KOR", "PRK")),
    # --- REJECT: opposition voiced or expressed ---
    ("Egypt voiced opposition to Ethiopia's plan to fill the dam.", ("REJECT", "EGY", "ETH")),
    ("Jordan expressed its rejection of the Israeli settlement plan.", ("REJECT", "JOR", "ISR")),
    ("Greece reiterated its opposition to Turkey's drilling plan.", ("REJECT", "GRC", "TUR")),
    ("Hungary voiced opposition to Ukraine's bid for membership.", ("REJECT", "HUN", "UKR")),
    # --- REJECT: a "no" said to a proposal ---
    ("Tehran said no to the American offer of direct talks.", ("REJECT", "IRN", "USA")),
    ("Belgrade said no to Brussels's plan.", ("REJECT", "SRB", "IGO")),
    # --- CONCEDE: a demand or claim dropped ---
    ("Iraq dropped its demand that Turkish troops leave Bashiqa.", ("CONCEDE", "IRQ", "IRQ")),
    ("Bolivia abandoned its claim to a corridor through Chile.", ("CONCEDE", "BOL", "BOL")),
    ("Guatemala dropped its claim to Belize.", ("CONCEDE", "GTM", "BLZ")),
    ("Hamas withdrew its precondition for talks with Israel.", ("CONCEDE", "PSE", "ISR")),
    # --- CONCEDE: agreeing to another side's demands ---
    ("Colombia agreed to the demands of the striking truckers.", ("CONCEDE", "COL", "COL")),
    ("Mali's junta agreed to ECOWAS's demands.", ("CONCEDE", "MLI", "IGO")),
    # --- AGREE: agreeing to another side's proposal or offer ---
    ("Sudan agreed to Ethiopia's proposal for talks.", ("AGREE", "SDN", "ETH")),
    ("Armenia agreed to Russia's offer of mediation.", ("AGREE", "ARM", "RUS")),
    ("Venezuela consented to Norway's plan for negotiations.", ("AGREE", "VEN", "NOR")),
    ("Ukraine agreed to Turkey's proposal for a grain corridor.", ("AGREE", "UKR", "TUR")),
    # --- AGREE: a commitment that will be kept ---
    ("Iran said it would honour its commitments to the IAEA.", ("AGREE", "IRN", "IGO")),
    ("Serbia will respect the agreement with Kosovo, the president said.", ("AGREE", "SRB", "XKX")),
    ("Ethiopia will abide by the African Union ruling.", ("AGREE", "ETH", "IGO")),
    ("Baku said it would adhere to the truce with Yerevan.", ("AGREE", "AZE", "ARM")),
    ("Kyiv will fulfil its obligations under the deal with Moscow.", ("AGREE", "UKR", "RUS")),
    # --- SANCTION: a contract with another state scrapped ---
    ("Canberra scrapped a submarine contract with Paris.", ("SANCTION", "AUS", "FRA")),
    ("Ankara cancelled its gas contract with Tehran.", ("SANCTION", "TUR", "IRN")),
    ("Poland terminated the gas contract with Russia.", ("SANCTION", "POL", "RUS")),
    # --- THREATEN: a response promised to the other side's hostile act ---
    (
        "Seoul will respond firmly to any provocation by Pyongyang, the minister said.",
        ("THREATEN", "KOR", "PRK"),
    ),
    ("Beijing will retaliate against any new sanctions by Washington.", ("THREATEN", "CHN", "USA")),
    ("Moscow would respond to any attack by NATO, the Kremlin said.", ("THREATEN", "RUS", "IGO")),
    # --- THREATEN: ultimatums (a deadline set; an order with a penalty attached) ---
    ("The Security Council set Iraq a deadline to withdraw.", ("THREATEN", "IGO", "IRQ")),
    (
        "The African Union set Sudan's army a deadline to hand over power.",
        ("THREATEN", "IGO", "SDN"),
    ),
    (
        "Washington told Tehran to halt enrichment or face new sanctions.",
        ("THREATEN", "USA", "IRN"),
    ),
    (
        "The EU urged Minsk to free the prisoners or face further sanctions.",
        ("THREATEN", "IGO", "BLR"),
    ),
    (
        "Ankara told Stockholm to expel the militants or risk losing its NATO bid.",
        ("THREATEN", "TUR", "SWE"),
    ),
    # --- the neighbouring senses still read as before ---
    ("Moscow warned Kyiv of serious consequences.", ("THREATEN", "RUS", "UKR")),
    ("China warned the Philippines against further provocations.", ("THREATEN", "CHN", "PHL")),
    ("Japan reiterated its request to China for information.", ("REQUEST", "JPN", "CHN")),
    ("Moscow withdrew its objection to the UN resolution.", ("CONCEDE", "RUS", "IGO")),
    ("Israel agreed with Egypt on a new border arrangement.", ("AGREE", "ISR", "EGY")),
    ("Turkey rejected Sweden's request to lift its veto.", ("REJECT", "TUR", "SWE")),
    ("Iran honoured the ceasefire with Iraq for ten years.", ("RETREAT", "IRN", "IRQ")),
]

NEGATIVES = [
    # weather, disease and the economy warned of: forecasts, not threats
    ("The Japan Meteorological Agency warned of heavy snow in Hokkaido.", "THREATEN"),
    ("Forecasters warned of a powerful typhoon approaching Okinawa.", "THREATEN"),
    ("The Indian weather office warned of flash floods in Assam.", "THREATEN"),
    ("The IMF warned of a global recession next year.", "THREATEN"),
    ("The Brazilian health ministry warned of a dengue outbreak.", "THREATEN"),
    ("The Chilean government warned of landslides after the storms.", "THREATEN"),
    # the words in other senses
    ("The coach set the players a deadline to report for training.", "THREATEN"),
    ("The teacher told the pupils to study or risk failing the exam.", "THREATEN"),
    ("Iran will respond to the European proposal next week, a spokesman said.", "THREATEN"),
    ("Egypt will reply to the letter from the Ethiopian ministry.", "THREATEN"),
    ("The singer renewed her call for fans to donate blood.", "REQUEST"),
    ("The chess champion challenged the prodigy to a rematch.", "REQUEST"),
    ("Egypt challenged the ruling at the court of arbitration.", "REQUEST"),
    ("The president said no one would be punished for the protests.", "REJECT"),
    ("The opposition expressed support for the government's plan.", "REJECT"),
    ("The club dropped its claim for damages against the league.", "CONCEDE"),
    ("Iran honoured the ceasefire with Iraq for ten years.", "AGREE"),
    ("Russia respected the agreement with Turkey during the war.", "AGREE"),
    ("The ministry cancelled a contract with a local builder.", "SANCTION"),
    ("The club cancelled the contract of its French striker.", "SANCTION"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_statements_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, False), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_statements_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_weather_warning_codes_nothing(code):
    """Without the hazard sense threaten.warn coded a weather office's forecast as a threat."""
    assert code("Meteorologists warned of heavy rain across western Germany.") == []


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("statements.")]
    assert len(ours) >= 8
    for p in ours:
        assert p.cameo[:2] in ("03", "08", "10", "12", "13", "16"), p.id
        assert p.needs_object or p.needs_word, f"{p.id}: no guard"
        if not p.no_event:
            assert p.needs_actor_sector or p.prep, f"{p.id}: everyday verb without a guard"
    assert ps.by_id["statements.warn_of_hazard"].no_event
    assert "will" in ps.by_id["statements.agree.will_honour"].needs_word
