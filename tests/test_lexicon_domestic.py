"""Lexicon breadth for domestic politics and unrest (``events/data/patterns/domestic.yaml`` and
``n.strike_kind`` in ``patterns.yaml``): strikes named by their kind, sit-ins by lawmakers,
judges and armed movements, street protests joined by officials, seats of power occupied by
crowds, staying away from parliament or work, stations taken off the air and papers shut, people taken away by police, meetings
broken up or dispersed, candidates disqualified or unseated, rises in prices suspended,
officials reinstated and resignations sent. News-style sentences we wrote, each coded with the
expected PLOVER type, actor country and recipient country, and uses of the same words outside
politics (or in another sense) that must not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- PROTEST: a strike named by its kind is never an air strike ---
    (
        "Argentina's General Confederation of Labour called a general strike against the "
        "austerity plan.",
        ("PROTEST", "ARG", "ARG", False),
    ),
    (
        "France's CGT union began a 24-hour strike against the pension reform.",
        ("PROTEST", "FRA", "FRA", False),
    ),
    (
        "Finland's transport unions staged a two-day strike over the labour reforms.",
        ("PROTEST", "FIN", "FIN", False),
    ),
    (
        "Greek civil servants held a 48-hour strike against the austerity cuts.",
        ("PROTEST", "GRC", "GRC", False),
    ),
    # --- PROTEST: sit-ins by lawmakers, judges and armed movements ---
    (
        "Hundreds of Houthi supporters began a sit-in outside the cabinet offices in Sanaa.",
        ("PROTEST", "YEM", "YEM", False),
    ),
    (
        "Judges in Islamabad held a sit-in outside the Supreme Court.",
        ("PROTEST", "PAK", "PAK", False),
    ),
    # --- PROTEST: street and mass protests joined by officials or professionals ---
    (
        "Lebanese judges joined the street protests against the government in Beirut.",
        ("PROTEST", "LBN", "LBN", False),
    ),
    (
        "Sudanese doctors joined mass protests against the government in Khartoum.",
        ("PROTEST", "SDN", "SDN", False),
    ),
    # --- PROTEST: staying away in protest ---
    (
        "Kenya's opposition lawmakers stayed away from parliament in protest at the vote.",
        ("PROTEST", "KEN", "KEN", False),
    ),
    (
        "Zimbabwe's nurses stayed away from work over unpaid salaries.",
        ("PROTEST", "ZWE", "ZWE", False),
    ),
    # --- PROTEST: a crowd occupying or seizing a seat of power ---
    (
        "Thai protesters occupied Government House in Bangkok.",
        ("PROTEST", "THA", "THA", False),
    ),
    (
        "Students occupied the rector's residence in Caracas.",
        ("PROTEST", "VEN", "VEN", False),
    ),
    # --- COERCE: broadcasters taken off the air, papers shut ---
    (
        "Zambian authorities took the private television station off the air.",
        ("COERCE", "ZMB", "ZMB", False),
    ),
    (
        "The Nicaraguan government pulled the opposition channel off the air.",
        ("COERCE", "NIC", "NIC", False),
    ),
    ("Iranian authorities closed the reformist weekly.", ("COERCE", "IRN", "IRN", False)),
    # --- COERCE: people taken away by police ---
    (
        "Police took away several opposition activists in Harare.",
        ("COERCE", "ZWE", "ZWE", False),
    ),
    (
        "Belarusian police hauled away dozens of protesters in Minsk.",
        ("COERCE", "BLR", "BLR", False),
    ),
    # --- ASSAULT (175): meetings broken up or dispersed ---
    (
        "Ugandan police broke up a meeting of opposition supporters in Kampala.",
        ("ASSAULT", "UGA", "UGA", False),
    ),
    ("Egyptian soldiers broke up a vigil in Cairo.", ("ASSAULT", "EGY", "EGY", False)),
    (
        "Police dispersed a meeting of opposition leaders in Nairobi.",
        ("ASSAULT", "KEN", "KEN", False),
    ),
    # --- COERCE (1722): disqualified or unseated ---
    (
        "Kenya's Supreme Court unseated two lawmakers of the ruling party.",
        ("COERCE", "KEN", "KEN", False),
    ),
    (
        "Pakistan's election commission disqualified the opposition leader.",
        ("COERCE", "PAK", "PAK", False),
    ),
    # --- CONCEDE: rises in prices halted, officials reinstated ---
    (
        "Ecuador's government suspended the fuel price increase after the protests.",
        ("CONCEDE", "ECU", "ECU", False),
    ),
    (
        "Nigeria's government froze the electricity tariff hike.",
        ("CONCEDE", "NGA", "NGA", False),
    ),
    (
        "Turkey's government reinstated thousands of dismissed teachers.",
        ("CONCEDE", "TUR", "TUR", False),
    ),
    # --- RETREAT: a resignation sent ---
    (
        "Nepal's prime minister sent his resignation to the president.",
        ("RETREAT", "NPL", "NPL", False),
    ),
    # --- ACCUSE: an official protest lodged by a state stays an official protest ---
    ("China lodged a protest with Japan over the visit.", ("ACCUSE", "CHN", "JPN", False)),
]

NEGATIVES = [
    ("Israel carried out an air strike on a building in Gaza.", "PROTEST"),
    ("Russia launched missile strikes on Kyiv.", "PROTEST"),
    ("France's CGT union began a 24-hour strike against the pension reform.", "ASSAULT"),
    ("Finland's transport unions staged a two-day strike over the labour reforms.", "ASSAULT"),
    ("The network took the comedy show off the air after complaints.", "COERCE"),
    ("The movers took away the old furniture.", "COERCE"),
    ("The storm broke up the meeting early.", "ASSAULT"),
    ("Fans broke up the party after midnight.", "ASSAULT"),
    ("The referee disqualified the boxer for a low blow.", "COERCE"),
    ("The president said Washington had disqualified itself as a mediator.", "COERCE"),
    ("The company suspended the increase in ticket prices.", "CONCEDE"),
    ("The bank froze the rate hike.", "CONCEDE"),
    ("Tourists stayed away from the coast after the storm.", "PROTEST"),
    ("The farmers kept away from the flooded fields.", "PROTEST"),
    ("The club reinstated its former coach.", "CONCEDE"),
    ("The author signed copies of her book.", "RETREAT"),
    ("The singer joined the street parade in Rio.", "PROTEST"),
    ("The publisher closed the weekly after losing advertisers.", "COERCE"),
    ("Birds scattered across the field.", "ASSAULT"),
    ("Rebels seized the governor's office in Goma.", "PROTEST"),
    ("Police seized the opposition party's headquarters in Phnom Penh.", "PROTEST"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_domestic_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_domestic_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_strike_of_a_kind_comes_before_the_attack_reading():
    """n.strike_kind must be tried before n.attack, or "a 24-hour strike" by a country-level
    actor is an attack again."""
    nouns = [p.id for p in patterns.default().nouns["strike"]]
    assert nouns.index("n.strike_kind") < nouns.index("n.attack"), nouns


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("domestic.")]
    assert len(ours) >= 12
    for p in ours:
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
