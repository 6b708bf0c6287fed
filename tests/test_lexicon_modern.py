"""Lexicon breadth for 2012-2025 agency phrasing (``events/data/patterns/modern.yaml`` and two
guard changes in ``patterns.yaml``): sanctions reimposed or answered in kind, visas revoked or
eased, terrorist designations, rulings declared void, rights to respond reserved, candidate
status granted, contingents and rescue teams sent abroad, drills halted, autonomy revoked, direct
rule imposed, protest camps cleared, standby forces activated, fugitives handed over, and vows of
countermeasures. News-style sentences we wrote, each coded with the expected PLOVER type, actor
country and recipient country, and uses of the same words outside politics (or in another sense)
that must not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as, triple

S = True  # symmetric: the two sides may come out in either order

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- SANCTION: sanctions put back ---
    ("Russia reimposed sanctions on Georgian wine producers.", ("SANCTION", "RUS", "GEO", False)),
    (
        "The United States reinstated sanctions on Venezuela's oil sector.",
        ("SANCTION", "USA", "VEN", False),
    ),
    ("Washington restored tariffs on Argentine steel.", ("SANCTION", "USA", "ARG", False)),
    ("Britain reintroduced an arms embargo on Sudan.", ("SANCTION", "GBR", "SDN", False)),
    # --- SANCTION: answered in kind ---
    ("Beijing retaliated with tariffs on Canadian canola.", ("SANCTION", "CHN", "CAN", False)),
    (
        "China responded with sanctions on two American drone makers.",
        ("SANCTION", "CHN", "USA", False),
    ),
    ("Ottawa hit back with tariffs on American whiskey.", ("SANCTION", "CAN", "USA", False)),
    # --- SANCTION: visas revoked ---
    ("Washington revoked the visas of Nicaraguan officials.", ("SANCTION", "USA", "NIC", False)),
    ("Britain suspended visas for Pakistani officials.", ("SANCTION", "GBR", "PAK", False)),
    ("Moscow cancelled the visas of Latvian diplomats.", ("SANCTION", "RUS", "LVA", False)),
    # --- SANCTION: designations ---
    (
        "Australia designated Hamas as a terrorist organisation.",
        ("SANCTION", "AUS", "PSE", False),
    ),
    (
        "Canada listed the Houthis as a terrorist entity.",
        ("SANCTION", "CAN", "YEM", False),
    ),
    # --- SANCTION: intelligence sharing halted ---
    (
        "The United States paused intelligence sharing with Ukraine.",
        ("SANCTION", "USA", "UKR", False),
    ),
    (
        "Britain suspended the sharing of intelligence with Israel.",
        ("SANCTION", "GBR", "ISR", False),
    ),
    # --- CONCEDE: visas eased (no longer read by concede.ease's object list) ---
    ("China eased visa rules for Australian travellers.", ("CONCEDE", "CHN", "AUS", False)),
    ("Thailand waived visas for Indian tourists.", ("CONCEDE", "THA", "IND", False)),
    ("Indonesia scrapped visas for Malaysian visitors.", ("CONCEDE", "IDN", "MYS", False)),
    # --- THREATEN: rights reserved, countermeasures vowed, attacks vowed ---
    (
        "Tehran reserved the right to retaliate against Israel.",
        ("THREATEN", "IRN", "ISR", False),
    ),
    (
        "North Korea reserves the right to respond to the United States, its foreign ministry said.",
        ("THREATEN", "PRK", "USA", False),
    ),
    ("China vowed firm countermeasures against Lithuania.", ("THREATEN", "CHN", "LTU", False)),
    ("Moscow vowed countermeasures against Helsinki.", ("THREATEN", "RUS", "FIN", False)),
    ("Hezbollah vowed to attack Israel.", ("THREATEN", "LBN", "ISR", False)),
    # --- REJECT: declared void ---
    (
        "Venezuela's government declared the opposition's tally invalid.",
        ("REJECT", "VEN", None, False),
    ),
    ("Azerbaijan declared the separatist election invalid.", ("REJECT", "AZE", None, False)),
    # --- SUPPORT: status granted ---
    ("The European Union granted Moldova candidate status.", ("SUPPORT", "IGO", "MDA", False)),
    ("Brussels granted Georgia candidate status.", ("SUPPORT", "IGO", "GEO", False)),
    # --- AID: contingents and rescue teams abroad ---
    ("Kenya deployed a police contingent to Haiti.", ("AID", "KEN", "HTI", False)),
    ("Rwanda dispatched a contingent to Mozambique.", ("AID", "RWA", "MOZ", False)),
    ("Spain sent a rescue team to Morocco.", ("AID", "ESP", "MAR", False)),
    ("Japan sent a medical team to Turkey.", ("AID", "JPN", "TUR", False)),
    # --- RETREAT: drills halted ---
    ("Seoul suspended joint drills near the border.", ("RETREAT", "KOR", None, False)),
    ("Taiwan cancelled its annual military exercises.", ("RETREAT", "TWN", None, False)),
    ("Pyongyang postponed military drills.", ("RETREAT", "PRK", None, False)),
    # --- COERCE: autonomy revoked, constitution suspended, direct rule ---
    ("India revoked the autonomy of Jammu and Kashmir.", ("COERCE", "IND", "IND", False)),
    ("Guinea's junta suspended the constitution.", ("COERCE", "GIN", "GIN", False)),
    ("Madrid imposed direct rule on Catalonia.", ("COERCE", "ESP", "ESP", False)),
    ("New Delhi imposed presidential rule in Manipur.", ("COERCE", "IND", "IND", False)),
    ("Bangkok imposed emergency rule across the country.", ("COERCE", "THA", "THA", False)),
    # --- COERCE: internet cut ---
    (
        "Ethiopian authorities cut internet services in the Amhara region.",
        ("COERCE", "ETH", "ETH", False),
    ),
    (
        "Pakistan's government blocked internet access in Balochistan.",
        ("COERCE", "PAK", "PAK", False),
    ),
    # --- ASSAULT: protest camps cleared ---
    (
        "Bolivian police cleared a road blockade set up by supporters of the former president.",
        ("ASSAULT", "BOL", "BOL", False),
    ),
    ("Georgian police dismantled a protest camp in Tbilisi.", ("ASSAULT", "GEO", "GEO", False)),
    # --- MOBILIZE: forces activated ---
    ("Nigeria activated its reservists.", ("MOBILIZE", "NGA", None, False)),
    ("Israel activated reserve brigades.", ("MOBILIZE", "ISR", None, False)),
    # --- COOPERATE: people handed over ---
    ("Colombia handed over a drug lord to the United States.", ("COOPERATE", "COL", "USA", False)),
    ("Mexico handed over a cartel boss to the United States.", ("COOPERATE", "MEX", "USA", False)),
]

NEGATIVES = [
    ("Stocks rallied in Tokyo after the central bank left rates unchanged.", "PROTEST"),
    ("The court restored the licence of the bus company.", "SANCTION"),
    ("Engineers restored power to the capital after the storm.", "SANCTION"),
    ("The club reserved the right to refuse entry to fans.", "THREATEN"),
    ("The manager called the referee's decision a disgrace.", "REJECT"),
    ("The referee declared the goal invalid.", "REJECT"),
    ("The university granted the professor emeritus status.", "SUPPORT"),
    ("The company sent a team of engineers to repair the bridge.", "AID"),
    ("The council designated the old mill as a heritage site.", "SANCTION"),
    ("Fans cleared the stadium after the match.", "ASSAULT"),
    ("The army activated its new air defence radar.", "MOBILIZE"),
    ("The firm handed over the keys to the new owners.", "COOPERATE"),
    ("The airline suspended flights to Madrid because of the storm.", "SANCTION"),
    ("The minister pledged to attack poverty in rural areas.", "THREATEN"),
    ("The central bank responded with a rate cut.", "SANCTION"),
    ("The city lifted the ban on food trucks in the old town.", "SANCTION"),
    ("The school cancelled the fire drill because of rain.", "RETREAT"),
    ("Turkey suspended the exercise of the mayor's powers.", "RETREAT"),
    ("The coach vowed countermeasures against the rival team's tactics.", "THREATEN"),
    ("The embassy suspended visa services for a week because of a power cut.", "SANCTION"),
    ("The regulator imposed strict rules on mobile phone makers.", "COERCE"),
    ("The storm cut internet services across the island.", "COERCE"),
    ("The company restricted sharing of its software code.", "SANCTION"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_modern_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_modern_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_revoked_visas_are_no_concession(code):
    """concede.ease no longer takes "visa": a revoked visa is a sanction, an eased one a
    concession."""
    revoked = code("Washington revoked the visas of Nicaraguan officials.")
    assert not [g for g in revoked if g[0] == "CONCEDE"], revoked
    eased = code("China eased visa rules for Australian travellers.")
    assert not [g for g in eased if g[0] == "SANCTION"], eased


def test_vowed_countermeasures_are_no_pledge(code):
    got = code("China vowed firm countermeasures against Lithuania.")
    assert not [g for g in got if g[0] == "AGREE"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("mod.")]
    assert len(ours) >= 18
    for p in ours:
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        assert guarded, f"{p.id}: no guard"


@pytest.mark.parametrize(
    "sentence, date, expected",
    [
        ("Ukrainian forces pushed back Russian troops near Kharkiv.", "2022-09-10",
         ("ASSAULT", "UKR", "RUS")),
        ("The Ukrainian army said its forces had beaten back Russian troops near Kupiansk.",
         "2023-08-10", ("ASSAULT", "UKR", "RUS")),
        ("Syrian government forces fought off rebel fighters near Aleppo.", "2019-10-20",
         ("ASSAULT", "SYR", "SYR")),
        ("The Turkish parliament ratified Finland's bid to join NATO.", "2023-03-30",
         ("SUPPORT", "TUR", "FIN")),
    ],
)  # fmt: skip
def test_attacks_turned_back_and_bids_ratified(code_text, sentence, date, expected):
    got = [triple(e) for e in code_text(sentence, date)]
    assert expected in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "The government pushed back the deadline for the reform by a year.",
        "The central bank held off raising interest rates.",
        "Parliament ratified the budget on Tuesday.",
    ],
)
def test_deadlines_pushed_back_are_no_attack(code_text, sentence):
    got = [triple(e) for e in code_text(sentence, "2023-03-30")]
    assert not [g for g in got if g[0] in ("ASSAULT", "SUPPORT")], got
