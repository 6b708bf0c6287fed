"""Lexicon breadth for security and unrest phrasing (``events/data/patterns/conflict.yaml``):
crowds forcing or breaking their way into buildings and through police lines, armed men forcing
their way in or entering towns, buildings and towns taken over, captives freed by trade or age,
people snatched by agents or gunmen, floggings, and families evicted. News-style sentences we
wrote, each coded with the expected PLOVER type, actor country and recipient country, and uses of
the same words outside politics (or in another sense) that must not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- PROTEST: crowds force or break their way in ---
    (
        "Thai protesters forced their way into Government House in Bangkok on Tuesday.",
        ("PROTEST", "THA", "THA", False),
    ),
    (
        "Serbian demonstrators forced their way into the state television building in Belgrade.",
        ("PROTEST", "SRB", "SRB", False),
    ),
    (
        "Kenyan protesters broke into the parliament building in Nairobi on Tuesday.",
        ("PROTEST", "KEN", "KEN", False),
    ),
    (
        "Iraqi protesters burst into the parliament in Baghdad's Green Zone on Saturday.",
        ("PROTEST", "IRQ", "IRQ", False),
    ),
    (
        "Armenian protesters broke into the government compound in Yerevan on Wednesday.",
        ("PROTEST", "ARM", "ARM", False),
    ),
    (
        "Georgian protesters broke through police lines outside parliament in Tbilisi on Sunday.",
        ("PROTEST", "GEO", "GEO", False),
    ),
    (
        "Albanian opposition supporters pushed through a police cordon in Tirana on Friday.",
        ("PROTEST", "ALB", "ALB", False),
    ),
    (
        "Sri Lankan protesters broke into the president's residence in Colombo on Saturday.",
        ("PROTEST", "LKA", "LKA", False),
    ),
    # --- ASSAULT: armed men force their way in, insurgents enter a town ---
    (
        "Al Shabaab gunmen forced their way into a hotel in Mogadishu on Saturday.",
        ("ASSAULT", "SOM", "SOM", False),
    ),
    (
        "Houthi rebels fought their way into the centre of Aden on Thursday.",
        ("ASSAULT", "YEM", "YEM", False),
    ),
    (
        "Tigrayan rebels entered the town of Dessie on Saturday, Ethiopian officials said.",
        ("COERCE", "ETH", "ETH", False),  # a town entered is taken (192)
    ),
    (
        "Tuareg rebels entered the town of Kidal on Friday, Malian officials said.",
        ("COERCE", "MLI", "MLI", False),  # a town entered is taken (192)
    ),
    (
        "Libyan militiamen forced their way into the foreign ministry in Benghazi on Monday.",
        ("ASSAULT", "LBY", "LBY", False),
    ),
    # --- COERCE: buildings and towns taken over ---
    (
        "Taliban fighters took over the presidential palace in Kabul on Sunday.",
        ("COERCE", "AFG", "AFG", False),
    ),
    (
        "Malian soldiers took over the state broadcaster in Bamako on Tuesday.",
        ("COERCE", "MLI", "MLI", False),
    ),
    (
        "Houthi rebels took over the state television building in Sanaa on Thursday.",
        ("COERCE", "YEM", "YEM", False),
    ),
    # --- RETREAT: captives freed by trade or age ---
    (
        "Boko Haram freed 21 Chibok schoolgirls on Thursday, the Nigerian government said.",
        ("RETREAT", "NGA", "NGA", False),
    ),
    (
        "Somali pirates released the crew of a Greek tanker on Friday.",
        ("RETREAT", "SOM", "GRC", False),
    ),
    (
        "Colombian rebels freed two Italian engineers in Antioquia on Monday.",
        ("RETREAT", "COL", "ITA", False),
    ),
    (
        "Abu Sayyaf militants released three Indonesian seafarers in Sulu on Sunday.",
        ("RETREAT", "PHL", "IDN", False),
    ),
    # --- ASSAULT: people snatched ---
    (
        "Venezuelan intelligence agents snatched an opposition lawmaker in Caracas on Monday.",
        ("ASSAULT", "VEN", "VEN", False),
    ),
    (
        "Nigerian gunmen grabbed two Chinese engineers in the Niger Delta on Monday.",
        ("ASSAULT", "NGA", "CHN", False),
    ),
    # --- RETREAT: captives freed by their kidnappers ---
    (
        "Nigerian gunmen freed three kidnapped Catholic priests in Enugu on Friday.",
        ("RETREAT", "NGA", "NGA", False),
    ),
    # --- ASSAULT: floggings ---
    (
        "Iranian authorities flogged a student activist in Tehran on Monday.",
        ("ASSAULT", "IRN", "IRN", False),
    ),
    (
        "Saudi authorities flogged the blogger Raif Badawi in Jeddah on Friday.",
        ("ASSAULT", "SAU", "SAU", False),
    ),
    (
        "Taliban fighters whipped women protesters in Kabul on Saturday.",
        ("ASSAULT", "AFG", "AFG", False),
    ),
    # --- COERCE: families evicted ---
    (
        "Iraqi Kurdish forces evicted Arab families from Kirkuk on Monday.",
        ("COERCE", "IRQ", "IRQ", False),
    ),
    (
        "Israeli authorities evicted Palestinian families from their homes in East Jerusalem.",
        ("COERCE", "ISR", "PSE", False),
    ),
    (
        "Burmese soldiers uprooted villagers from the border zone in Karen state on Sunday.",
        ("COERCE", "MMR", "MMR", False),
    ),
]

# Same words, no political event of that type.
NEGATIVES = [
    ("Thousands of fans forced their way into the stadium in Lagos before the final.", "PROTEST"),
    ("Firefighters broke into the burning building in Manila on Sunday.", "PROTEST"),
    ("Firefighters broke into the burning building in Manila on Sunday.", "ASSAULT"),
    ("The Kenyan runner broke through the pack in the last lap in Nairobi.", "PROTEST"),
    ("Tourists entered the city of Petra on Sunday, Jordanian officials said.", "ASSAULT"),
    ("The company took over the port of Piraeus in 2016, Greek officials said.", "COERCE"),
    ("The Spanish bank took over a rival lender in Madrid on Monday.", "COERCE"),
    ("The government freed up funds for schools in Nairobi, officials said.", "RETREAT"),
    ("The Chilean zoo released two condors into the wild on Monday.", "RETREAT"),
    ("The Ugandan opposition leader grabbed headlines in Kampala on Monday.", "ASSAULT"),
    ("The British party whipped its lawmakers ahead of the vote in London.", "ASSAULT"),
    ("The landlord evicted three tenants in Boston on Monday, police said.", "COERCE"),
    ("Chefs whipped cream for the banquet at the Elysee Palace in Paris.", "ASSAULT"),
    (
        "Heavy rain forced its way into the old parliament building in Rome, officials said.",
        "PROTEST",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_conflict_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(
    ("sentence", "forbidden"), NEGATIVES, ids=[f"{s[:40]}-{t}" for s, t in NEGATIVES]
)
def test_conflict_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_crowd_and_armed_senses_split_by_sector(code):
    """The same words code a riot for a crowd and an attack for armed men."""
    crowd = code("Thai protesters forced their way into Government House in Bangkok on Tuesday.")
    assert [g for g in crowd if g[0] == "PROTEST"], crowd
    assert not [g for g in crowd if g[0] == "ASSAULT"], crowd
    armed = code("Al Shabaab gunmen forced their way into a hotel in Mogadishu on Saturday.")
    assert [g for g in armed if g[0] == "ASSAULT"], armed
    assert not [g for g in armed if g[0] == "PROTEST"], armed


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("conflict.")]
    assert len(ours) >= 10
    for p in ours:
        assert p.needs_actor_sector, f"{p.id}: no actor-sector guard"
        guarded = p.needs_object or p.needs_word or p.prep
        assert guarded, f"{p.id}: no guard"
