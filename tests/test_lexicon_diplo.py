"""Lexicon breadth for diplomacy, domestic politics and economic pressure as the wires report
them (``events/data/patterns/diplo.yaml``): results and verdicts branded a sham or a fraud,
impeachment, removal from office, raids on institutions, coups told with "toppled" or
"overthrew", referrals to an international court, suspensions lifted, firms added to
blacklists, foreign apps, airlines or dealings banned, and talks frozen. News-style sentences
we wrote, each coded with the expected PLOVER type, actor country and recipient country, and
uses of the same words outside politics (or in another sense) that must not code the type in
question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

S = True  # symmetric: the two sides may come out in either order

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- ACCUSE: branded a sham, a fraud, a coup ---
    ("Belarus's opposition called the election a sham.", ("ACCUSE", "BLR", "BLR", False)),
    ("Kenya's opposition branded the result a fraud.", ("ACCUSE", "KEN", "KEN", False)),
    (
        "Zimbabwe's opposition described the presidential vote as a farce.",
        ("ACCUSE", "ZWE", "ZWE", False),
    ),
    ("Tehran called the British report a fabrication.", ("ACCUSE", "IRN", "GBR", False)),
    ("Moscow called the Dutch trial a charade.", ("ACCUSE", "RUS", "NLD", False)),
    # --- ACCUSE: impeachment (manual, ACCUSE `allege`: "indict, or charge; bring to trial") ---
    (
        "South Korea's parliament impeached President Park Geun-hye.",
        ("ACCUSE", "KOR", "KOR", False),
    ),
    (
        "Peru's Congress voted to impeach President Pedro Pablo Kuczynski.",
        ("ACCUSE", "PER", "PER", False),
    ),
    ("Paraguay's Senate impeached President Fernando Lugo.", ("ACCUSE", "PRY", "PRY", False)),
    # --- COERCE: removal from office ---
    (
        "Peru's Congress removed President Pedro Castillo from office.",
        ("COERCE", "PER", "PER", False),
    ),
    (
        "Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office.",
        ("COERCE", "THA", "THA", False),
    ),
    # --- COERCE: raids on institutions ---
    ("Guatemalan prosecutors raided the electoral tribunal.", ("COERCE", "GTM", "GTM", False)),
    (
        "Russian police searched the apartment of opposition activist Lyubov Sobol.",
        ("COERCE", "RUS", "RUS", False),
    ),
    # --- COERCE: coups ---
    ("Sudan's army toppled President Omar al-Bashir.", ("COERCE", "SDN", "SDN", False)),
    ("Guinean soldiers overthrew President Alpha Conde.", ("COERCE", "GIN", "GIN", False)),
    (
        "Gabonese soldiers overthrew President Ali Bongo.",
        ("COERCE", "GAB", "GAB", False),
    ),
    ("Burkina Faso's army toppled President Roch Kabore.", ("COERCE", "BFA", "BFA", False)),
    # --- ACCUSE: referrals to an international court ---
    (
        "The Security Council referred Sudan to the International Criminal Court.",
        ("ACCUSE", "IGO", "SDN", False),
    ),
    ("The IAEA board referred Iran to the Security Council.", ("ACCUSE", "IGO", "IRN", False)),
    # --- CONCEDE: suspensions lifted ---
    ("The African Union lifted Mali's suspension.", ("CONCEDE", "IGO", "MLI", False)),
    ("ECOWAS lifted the suspension of Guinea.", ("CONCEDE", "IGO", "GIN", False)),
    # --- SANCTION: blacklists, foreign apps, dealings and airlines banned ---
    (
        "The U.S. Commerce Department added 33 Chinese companies to its entity list.",
        ("SANCTION", "USA", "CHN", False),
    ),
    ("New Delhi banned 59 Chinese apps.", ("SANCTION", "IND", "CHN", False)),
    ("Washington barred dealings in new Venezuelan debt.", ("SANCTION", "USA", "VEN", False)),
    ("Pakistan banned Indian airlines from its airspace.", ("SANCTION", "PAK", "IND", False)),
    # --- SANCTION: talks frozen ---
    ("Beijing froze talks with Washington on climate.", ("SANCTION", "CHN", "USA", False)),
    ("Seoul paused its dialogue with Pyongyang.", ("SANCTION", "KOR", "PRK", False)),
]

NEGATIVES = [
    ("The mayor called the new stadium a waste of money.", "ACCUSE"),
    ("The coach called the referee's decision a farce.", "ACCUSE"),
    ("Critics called the film a fraud.", "ACCUSE"),
    ("The company branded its new phone a revolution.", "ACCUSE"),
    ("The doctor referred the patient to a specialist.", "ACCUSE"),
    ("The minister referred the question to a committee.", "ACCUSE"),
    ("The league lifted the suspension of the striker.", "CONCEDE"),
    ("The school lifted the suspension of two pupils.", "CONCEDE"),
    ("She added salt to the list of ingredients.", "SANCTION"),
    ("The bank added two firms to its list of suppliers.", "SANCTION"),
    ("The city banned flights of drones over the stadium.", "SANCTION"),
    ("The school banned phone apps in class.", "SANCTION"),
    ("The storm toppled trees across the capital.", "COERCE"),
    ("The striker overthrew the goalkeeper with a lob.", "COERCE"),
    ("Workers removed the statue from the square.", "COERCE"),
    ("Police raided a birthday party in the suburbs.", "COERCE"),
    ("The hikers searched the station for their lost bag.", "COERCE"),
    ("The company froze hiring talks with the union.", "SANCTION"),
    ("The bank paused talks with the buyer.", "SANCTION"),
    ("Washington removed Cuba from its list of state sponsors of terrorism.", "COERCE"),
    ("Gabon's junta released deposed President Ali Bongo from house arrest.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_diplo_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_diplo_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_foreign_apps_banned_are_no_coercion(code):
    got = code("New Delhi banned 59 Chinese apps.")
    assert not [g for g in got if g[0] == "COERCE"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("diplo.")]
    assert len(ours) >= 10
    for p in ours:
        guarded = (
            p.needs_object
            or p.needs_word
            or p.prep
            or p.needs_recipient
            or p.needs_actor_sector
            or p.requires_light
        )
        assert guarded, f"{p.id}: no guard"
