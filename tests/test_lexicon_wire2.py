"""Lexicon breadth for agency-copy threats, aid, concessions, police raids and trade bans
(``events/data/patterns/wire2.yaml``): a reply or response vowed or threatened, money deposited
or injected into another state's bank, relief meals and packages dropped or flown in, teams
arriving to help, plans and reforms paused, police raids on hotels and halls, and a ban on
imports or exports announced. News-style sentences we wrote, each coded with the expected
PLOVER type, actor country and recipient country, and uses of the same words outside politics
(or in another sense) that must not code the type in question."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- THREATEN: a reply or response vowed ---
    ("Indian Prime Minister Narendra Modi vowed a befitting reply to the attack.",
     ("THREATEN", "IND", None, False)),
    ("Pakistan's army chief vowed a crushing response to any Indian aggression.",
     ("THREATEN", "PAK", "IND", False)),
    ("North Korea threatened a merciless counterattack against South Korea.",
     ("THREATEN", "PRK", "KOR", False)),
    ("Azerbaijan's defence ministry vowed a harsh response against Armenia.",
     ("THREATEN", "AZE", "ARM", False)),
    ("China threatened a firm riposte against Taiwan.", ("THREATEN", "CHN", "TWN", False)),
    # --- AID: money deposited or injected into another state's bank ---
    ("Saudi Arabia has deposited $3 billion into Pakistan's central bank.",
     ("AID", "SAU", "PAK", False)),
    ("Kuwait deposited $1 billion into Egypt's central bank on Monday.",
     ("AID", "KWT", "EGY", False)),
    ("China deposited $500 million in Sri Lanka's central bank.", ("AID", "CHN", "LKA", False)),
    ("Qatar transferred $500 million to Lebanon's treasury.", ("AID", "QAT", "LBN", False)),
    # --- AID: relief meals and packages dropped or flown in ---
    ("U.S. military aircraft airdropped more than 30,000 meals into Gaza on Saturday.",
     ("AID", "USA", "PSE", False)),
    ("The Indian army flew relief packages to Nepal.", ("AID", "IND", "NPL", False)),
    ("French aircraft airdropped food rations to Chad.", ("AID", "FRA", "TCD", False)),
    ("The Turkish army delivered food parcels to Syria.", ("AID", "TUR", "SYR", False)),
    # --- AID: a team arrives to help ---
    ("A team of 52 Cuban doctors arrived in Italy on Sunday to help hospitals.",
     ("AID", "CUB", "ITA", False)),
    ("Russian military doctors arrived in Italy to help treat patients.",
     ("AID", "RUS", "ITA", False)),
    ("Chinese doctors arrived in Iran to help fight the outbreak.", ("AID", "CHN", "IRN", False)),
    # --- CONCEDE: a plan or reform paused ---
    ("Israeli Prime Minister Benjamin Netanyahu paused his plans to overhaul the judiciary.",
     ("CONCEDE", "ISR", "ISR", False)),
    ("The Nigerian government suspended its plan to raise fuel prices after a strike.",
     ("CONCEDE", "NGA", "NGA", False)),
    ("The Kenyan government froze the planned overhaul of the police after protests.",
     ("CONCEDE", "KEN", "KEN", False)),
    ("Serbia's government shelved its plans for a lithium mine after mass protests.",
     ("CONCEDE", "SRB", "SRB", False)),
    # --- COERCE: police raid a meeting place ---
    ("Tanzanian police raided a hotel where opposition officials were meeting.",
     ("COERCE", "TZA", "TZA", False)),
    ("Ugandan police stormed a hall where opposition lawmakers were holding a meeting.",
     ("COERCE", "UGA", "UGA", False)),
    ("Zimbabwean police raided a hotel where opposition activists were staying.",
     ("COERCE", "ZWE", "ZWE", False)),
    ("Belarusian police searched a conference of opposition delegates in Minsk.",
     ("COERCE", "BLR", "BLR", False)),
    # --- SANCTION: a ban on imports or exports ---
    ("China announced a blanket ban on seafood imports from Japan.",
     ("SANCTION", "CHN", "JPN", False)),
    ("Russia imposed a ban on wheat exports to Ukraine.", ("SANCTION", "RUS", "UKR", False)),
    ("Saudi Arabia announced a ban on imports from Lebanon.", ("SANCTION", "SAU", "LBN", False)),
    ("Ukraine imposed a ban on imports from Russia.", ("SANCTION", "UKR", "RUS", False)),
]  # fmt: skip

NEGATIVES = [
    ("The courier dropped the parcels at the office.", "AID"),
    ("Amazon shipped packages to Germany.", "AID"),
    ("The central bank injected $5 billion into the banking system.", "AID"),
    ("The investor pumped $200 million into the start-up.", "AID"),
    ("The trucker dropped his load at the port.", "AID"),
    ("Tourists arrived in Italy to see the Pope.", "AID"),
    ("The company paused its plans to build a new factory.", "CONCEDE"),
    ("The school shelved the plan for a new gym.", "CONCEDE"),
    ("Fans vowed a better response in the next match.", "THREATEN"),
    ("The singer promised a reply to every letter from her fans.", "THREATEN"),
    ("The team vowed a strong response after the defeat.", "THREATEN"),
    ("Police raided a restaurant suspected of selling alcohol without a license.", "COERCE"),
    ("The store announced a ban on plastic bags.", "SANCTION"),
    ("The club announced a ban on flares at the stadium.", "SANCTION"),
    ("The minister arrived in Paris for talks.", "AID"),
    ("Indian Prime Minister Narendra Modi vowed a befitting reply to the attack.", "AGREE"),
    ("The bank deposited the cheque into the customer's account.", "AID"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_wire2_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_wire2_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_vowed_reply_is_no_pledge(code):
    """ "vowed a befitting reply": a threat, not a promise of cooperation."""
    got = code("Indian Prime Minister Narendra Modi vowed a befitting reply to the attack.")
    assert any(g[3] == "wire2.threaten.vow_reply" for g in got), got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "wire2.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for row in [*data["verbs"], *data.get("nouns", [])]]
    assert len(ids) >= 7
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("wire2."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
