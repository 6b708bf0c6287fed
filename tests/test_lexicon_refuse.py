"""Lexicon breadth for demands, refusals and ultimatums (``events/data/patterns/refuse.yaml``,
two guards in ``patterns.yaml`` and one in ``claims_and_demands.yaml``): demands put forward or
laid out as a list, bids and requests shot down or voted down, pressure held out against, a back
turned on a deal, acts in defiance of a ruling, a threat held out, observers and envoys turned
away, aid conditioned on reforms, proposals objected to; and the guards that keep "offered no
evidence" from being a pledge, "held out hope" or "held out the threat" from being a veto and an
objection to a proposal from being an accusation. News-style sentences we wrote, each coded with
the expected PLOVER type, actor country and recipient country, and uses of the same words outside
politics (or in another sense) that must not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None))
CASES = [
    # --- REQUEST: demands set out as a list ---
    ("Serbia laid out its demands to Kosovo.", ("REQUEST", "SRB", "XKX")),
    ("Hamas spelled out its demands for a truce with Israel.", ("REQUEST", "PSE", "ISR")),
    ("Iran put forward new demands to Britain.", ("REQUEST", "IRN", "GBR")),
    ("Armenia outlined its demands to Azerbaijan.", ("REQUEST", "ARM", "AZE")),
    ("Pakistan set out its preconditions for talks with India.", ("REQUEST", "PAK", "IND")),
    ("Beijing tabled a list of demands to Canberra.", ("REQUEST", "CHN", "AUS")),
    # --- REJECT: bids, requests and pacts shot down or voted down ---
    ("Turkey shot down Sweden's bid to join NATO.", ("REJECT", "TUR", "SWE")),
    ("Greece shot down Macedonia's application to join the alliance.", ("REJECT", "GRC", "MKD")),
    ("France shot down Britain's request for an exemption.", ("REJECT", "FRA", "GBR")),
    ("Russia shot down the Ukrainian ceasefire proposal.", ("REJECT", "RUS", "UKR")),
    ("Japan knocked down China's claim to the islands.", ("REJECT", "JPN", "CHN")),
    # --- REJECT: holding out against pressure or demands ---
    ("Iraq held out against U.N. demands for inspections.", ("REJECT", "IRQ", "IGO")),
    ("Greece held out against pressure from Germany.", ("REJECT", "GRC", "DEU")),
    ("Belgrade held out against NATO's ultimatum.", ("REJECT", "SRB", "IGO")),
    ("Caracas held out against Washington's demands.", ("REJECT", "VEN", "USA")),
    # --- REJECT: observers, envoys and missions turned away ---
    ("Moscow turned away the OSCE observers.", ("REJECT", "RUS", "IGO")),
    ("Belarus turned back the OSCE monitors at the border.", ("REJECT", "BLR", "IGO")),
    ("Myanmar turned away the United Nations envoy.", ("REJECT", "MMR", "IGO")),
    ("Syria turned away an Arab League delegation.", ("REJECT", "SYR", "IGO")),
    # --- REJECT: a back turned on a deal; acts in defiance of a ruling or demand ---
    ("Eritrea turned its back on the peace agreement with Ethiopia.", ("REJECT", "ERI", "ETH")),
    ("Israel built the barrier in defiance of the World Court ruling.", ("REJECT", "ISR", "IGO")),
    (
        "Serbia arrested the journalists in defiance of a European Union demand.",
        ("REJECT", "SRB", "IGO"),
    ),
    # --- THREATEN: a threat held out ---
    ("Washington held out the threat of sanctions against Caracas.", ("THREATEN", "USA", "VEN")),
    # --- REQUEST: what is given made conditional on the other side's act ---
    (
        "The United States conditioned its aid to Egypt on political reforms.",
        ("REQUEST", "USA", "EGY"),
    ),
    ("The IMF conditioned the loan to Pakistan on spending cuts.", ("REQUEST", "IGO", "PAK")),
    # --- REJECT: a proposal or bid objected to (conduct objected to stays ACCUSE) ---
    ("Israel objected to the French proposal.", ("REJECT", "ISR", "FRA")),
    ("Cyprus objected to Turkey's bid for membership.", ("REJECT", "CYP", "TUR")),
    ("Russia objected to NATO's expansion.", ("ACCUSE", "RUS", "IGO")),
    ("Iran refused to comply with the IAEA's demands.", ("REJECT", "IRN", "IGO")),
    # --- the neighbouring senses still read as before ---
    ("Kosovo rejected Serbia's demand to remove the barricades.", ("REJECT", "XKX", "SRB")),
    ("Tehran rebuffed the French request.", ("REJECT", "IRN", "FRA")),
    ("Vietnam demanded that China withdraw the oil rig.", ("REQUEST", "VNM", "CHN")),
    ("Russia offered Turkey a discount on gas.", ("AGREE", "RUS", "TUR")),
    ("Washington gave Baghdad 48 hours to comply.", ("THREATEN", "USA", "IRQ")),
    ("Hungary blocked the EU plan.", ("REJECT", "HUN", "IGO")),
]

NEGATIVES = [
    ("The factory issued a list of demands to its suppliers.", "REQUEST"),
    ("Demand for oil rose in Asia as refiners stepped up purchases.", "REQUEST"),
    ("The magazine published a list of the year's best films.", "REQUEST"),
    ("Ukraine shot down a Russian drone over Kyiv.", "REJECT"),
    ("Air defences shot down missiles fired from Yemen.", "REJECT"),
    ("Britain held out hope of a deal with the European Union.", "REJECT"),
    ("Egypt held out the prospect of talks with Ethiopia.", "REJECT"),
    ("The hotel turned away guests during the festival.", "REJECT"),
    ("Police turned back protesters at the bridge.", "REJECT"),
    ("Washington had offered no evidence of his guilt, the Taliban said.", "AGREE"),
    ("The ministry offered few details about the talks with Iran.", "AGREE"),
    ("Moscow offered no explanation for the delay.", "AGREE"),
    ("The goalkeeper held out against a late barrage of shots.", "REJECT"),
    ("The lawyer objected to the question.", "REJECT"),
    ("The soldier turned his back on the crowd.", "REJECT"),
    ("The singer dyed her hair in defiance of fashion.", "REJECT"),
    ("Thousands of Turks rallied in Istanbul in defiance of a protest ban.", "REJECT"),
    ("Washington held out the threat of sanctions against Caracas.", "REJECT"),
    ("Israel objected to the French proposal.", "ACCUSE"),
    ("Doctors said his condition had improved after the operation.", "REQUEST"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_refuse_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, False), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_refuse_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_shot_down_bid_is_no_shooting(code):
    """Without the bid sense "shot down Sweden's bid" read as a killing (assault.kill)."""
    got = code("Turkey shot down Sweden's bid to join NATO.")
    assert not [g for g in got if g[0] == "ASSAULT"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("refuse.")]
    assert len(ours) >= 5
    for p in ours:
        assert p.cameo[:2] in ("10", "12", "13"), p.id
        assert p.needs_object or p.needs_word or p.prep, f"{p.id}: no guard"
    assert "evidence" in ps.by_id["agree.offer"].bars_object
    assert "hope" in ps.by_id["reject.block"].bars_object
    assert "proposal" in ps.by_id["cd.accuse.object_to"].bars_object
