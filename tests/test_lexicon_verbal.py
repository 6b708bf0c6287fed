"""Lexicon breadth for verbal conflict in 2010-2025 agency copy
(``events/data/patterns/verbal.yaml``): moves called unjust, reckless or a dangerous escalation,
moves called a mistake when the sentence names whose move it was, comparisons with the Nazis,
criticism hit back at or pushed back against, infringement procedures, denials of a charge,
sit-ins, hartals and strikes observed, embassy walls scaled and flags torn down, consulates
ordered shut, and aircraft or tankers forced down or diverted by a state. News-style sentences
we wrote, each coded with the expected PLOVER type, actor country and recipient country, and uses
of the same words outside politics (or without a party to blame) that must not code the type in
question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- ACCUSE: calling a move names that only condemn ---
    ("Pakistan called India's water decision reckless.", ("ACCUSE", "PAK", "IND", False)),
    ("Ethiopia called Egypt's statement inflammatory.", ("ACCUSE", "ETH", "EGY", False)),
    ("Cuba termed Washington's new measures inhumane.", ("ACCUSE", "CUB", "USA", False)),
    ("Serbia called Pristina's decision unfriendly.", ("ACCUSE", "SRB", "XKX", False)),
    (
        "Beijing called Manila's naval patrols a dangerous escalation.",
        ("ACCUSE", "CHN", "PHL", False),
    ),
    ("Moscow called Tokyo's new sanctions unjust.", ("ACCUSE", "RUS", "JPN", False)),
    ("Hungary called Brussels's decision unjust.", ("ACCUSE", "HUN", "IGO", False)),
    # --- ACCUSE: milder words, with the party named ---
    ("Mexico called Washington's tariffs a mistake.", ("ACCUSE", "MEX", "USA", False)),
    (
        "South Africa called Israel's offensive disproportionate.",
        ("ACCUSE", "ZAF", "ISR", False),
    ),
    ("Japan called China's seafood ban excessive.", ("ACCUSE", "JPN", "CHN", False)),
    (
        "Britain called the Russian strike a dangerous escalation.",
        ("ACCUSE", "GBR", "RUS", False),
    ),
    # --- ACCUSE: comparisons with the infamous ---
    (
        "Colombian President Gustavo Petro compared Israel's defence minister to the Nazis.",
        ("ACCUSE", "COL", "ISR", False),
    ),
    ("Turkey compared Israel with Nazi Germany.", ("ACCUSE", "TUR", "ISR", False)),
    # --- ACCUSE / REJECT: answering criticism ---
    (
        "China hit back at U.S. criticism of its human rights record.",
        ("ACCUSE", "CHN", "USA", False),
    ),
    ("India pushed back against Canada's allegations.", ("REJECT", "IND", "CAN", False)),
    (
        "Israel pushed back against American pressure for a ceasefire.",
        ("REJECT", "ISR", "USA", False),
    ),
    # --- ACCUSE: infringement procedures ---
    (
        "The European Commission opened an infringement procedure against Hungary.",
        ("ACCUSE", "IGO", "HUN", False),
    ),
    (
        "The European Commission launched a legal procedure against Italy.",
        ("ACCUSE", "IGO", "ITA", False),
    ),
    # --- REJECT: denials of a charge, told as a noun ---
    (
        "India's denial of the Canadian allegations came within hours.",
        ("REJECT", "IND", "CAN", False),
    ),
    (
        "Tehran issued a flat denial of the Saudi accusations.",
        ("REJECT", "IRN", "SAU", False),
    ),
    # --- PROTEST: sit-ins, hartals, strikes observed ---
    (
        "Kenyan teachers held a sit-in outside the education ministry.",
        ("PROTEST", "KEN", "KEN", False),
    ),
    (
        "Thai pro-democracy activists staged a sit-in outside the Bangkok police headquarters.",
        ("PROTEST", "THA", "THA", False),
    ),
    (
        "Bangladeshi opposition activists enforced a hartal in Dhaka.",
        ("PROTEST", "BGD", "BGD", False),
    ),
    (
        "Pakistani traders observed a strike against the new sales tax.",
        ("PROTEST", "PAK", "PAK", False),
    ),
    (
        "Bangladeshi opposition activists enforced a shutdown in Dhaka.",
        ("PROTEST", "BGD", "BGD", False),
    ),
    # --- PROTEST: a crowd over an embassy's walls, a flag torn down ---
    (
        "Pakistani protesters scaled the walls of the French consulate in Karachi.",
        ("PROTEST", "PAK", "FRA", False),
    ),
    (
        "Serbian protesters tore down the American flag at the embassy in Belgrade.",
        ("PROTEST", "SRB", "USA", False),
    ),
    # --- SANCTION: consulates ordered shut ---
    (
        "Russia ordered the Estonian consulate in Pskov to close.",
        ("SANCTION", "RUS", "EST", False),
    ),
    (
        "The United States ordered the closure of the Russian consulate in Seattle.",
        ("SANCTION", "USA", "RUS", False),
    ),
    (
        "China ordered the Lithuanian embassy in Beijing to close.",
        ("SANCTION", "CHN", "LTU", False),
    ),
    (
        "Lithuania announced the closure of the Russian consulate in Klaipeda.",
        ("SANCTION", "LTU", "RUS", False),
    ),
    # --- COERCE: aircraft and ships forced down or diverted ---
    ("Iran diverted a Greek tanker to Bandar Abbas.", ("COERCE", "IRN", "GRC", False)),
    (
        "Iranian forces forced a British tanker to stop in the Strait of Hormuz.",
        ("COERCE", "IRN", "GBR", False),
    ),
    (
        "Chinese coast guard ships forced a Philippine supply vessel to turn back.",
        ("COERCE", "CHN", "PHL", False),
    ),
]

# (sentence, PLOVER type that must not be coded)
NEGATIVES = [
    ("The doctor called the situation dangerous.", "ACCUSE"),
    ("Russia called the situation dangerous.", "ACCUSE"),
    ("The coach called the referee's decision a mistake.", "ACCUSE"),
    ("The weather service called the storm dangerous.", "ACCUSE"),
    ("Italy called the second half a disaster.", "ACCUSE"),
    ("The United Nations called the escalation in Gaza alarming.", "ACCUSE"),
    ("Turkey called Kenya's drought a disaster.", "ACCUSE"),
    ("Ukrainian forces hit back at Russian positions near Bakhmut.", "ACCUSE"),
    ("The army pushed back against the rebel advance.", "REJECT"),
    ("Beijing hit back at new EU sanctions by imposing its own.", "ACCUSE"),
    ("Germany compared its growth with that of France.", "ACCUSE"),
    ("Brazil's president compared the war in Gaza to the Holocaust.", "ACCUSE"),
    ("Japan compared its trade figures to those of South Korea.", "ACCUSE"),
    ("The airline diverted the flight to Dubai because of fog.", "COERCE"),
    ("Storms forced the ship to return to port.", "COERCE"),
    ("The pilot forced the damaged jet to land in a field.", "COERCE"),
    ("The mayor ordered the closure of schools because of the flu.", "SANCTION"),
    ("The museum announced the closure of its gallery in Paris.", "SANCTION"),
    ("The embassy ordered new furniture for its office.", "SANCTION"),
    ("Indonesia observed a minute of silence for the victims.", "PROTEST"),
    ("Pakistani Muslims observed the holy month of Ramadan.", "PROTEST"),
    ("The bill sat in committee for months.", "PROTEST"),
    ("Israel's denial of entry to the envoy angered the United Nations.", "REJECT"),
    ("The company's denial of the report lifted its shares.", "REJECT"),
    ("Nigerian workers observed the national holiday.", "PROTEST"),
    ("Climbers scaled the walls of the old fort in Lahore.", "PROTEST"),
    ("Mexican migrants scaled the border fence into Texas.", "PROTEST"),
    ("Unions called off the strike after talks with the government.", "PROTEST"),
    ("The commission opened a procedure to hire new staff.", "ACCUSE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_verbal_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_verbal_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_mild_words_need_a_party(code):
    """verbal.accuse.call_fault codes only when the sentence names whose move it was."""
    named = code("Mexico called Washington's tariffs a mistake.")
    assert [g for g in named if g[3] == "verbal.accuse.call_fault"], named
    bare = code("Mexico called the tariffs a mistake.")
    assert not [g for g in bare if g[0] == "ACCUSE"], bare


def test_ordered_closure_is_no_demand(code):
    """An ordered consulate closure is the sanction itself, not a request to the consulate."""
    got = code("The United States ordered the closure of the Russian consulate in Seattle.")
    assert not [g for g in got if g[0] == "REQUEST"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("verbal.")]
    assert len(ours) >= 10
    for p in ours:
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        assert guarded, f"{p.id}: no guard"
