"""Lexicon breadth for codebook-style copy of 1995-2008 (``events/data/patterns/manual.yaml``),
the town read as a place after "in" (``actors/people.py``) and open questions flagged as
hypothetical (``events/flags.py``), all found with the blind dev set ``manual_dev.jsonl``:
reserves called up and forces massing (MOBILIZE), armour rolling across a border (ASSAULT), troops
pouring into the streets (MOBILIZE), a crowd defying a curfew (PROTEST), independence recognised
(SUPPORT), a grant in a named currency (AID), relief goods brought (AID), a suspect handed to a
tribunal (COOPERATE), a weapons programme given up (RETREAT), a verdict by a jury (SANCTION) and an
air force destroyed (ASSAULT). Sentences we wrote, each with the expected (PLOVER type, actor
countries, recipient countries) triple; uses of the same words that must not code that type."""

from __future__ import annotations

import pytest

from tacitus.events import patterns
from tacitus.events.flags import flags_for

from .conftest import coded_mention_codes, coded_triples

# (date, sentence, (PLOVER type, actor codes, recipient codes; "" for none))
CASES = [
    # --- MOBILIZE: reserves called up, forces massing ---
    ("1999-03-20", "Belgrade mobilised its army reserves on Saturday as talks on Kosovo collapsed.",
     ("MOBILIZE", "SRB", "")),
    ("2002-06-01", "Pakistan called up its reservists on Saturday.", ("MOBILIZE", "PAK", "")),
    ("2006-07-15", "Israeli warships massed off the coast of Lebanon on Saturday.",
     ("MOBILIZE", "ISR", "LBN")),
    # --- ASSAULT: armour pushing into a town, forces destroyed ---
    ("1998-06-05", "Eritrean tanks rolled across the border on Friday.", ("ASSAULT", "ERI", "")),
    ("1999-09-05", "Russian warplanes destroyed the rebel garrison in Dagestan on Sunday.",
     ("ASSAULT", "RUS", "RUS")),
    # --- MOBILIZE: troops into the streets ---
    ("2006-09-20", "Thai soldiers poured into the streets of Bangkok on Wednesday after the coup.",
     ("MOBILIZE", "THA", "")),
    # --- PROTEST: a crowd defies a curfew ---
    ("2001-06-18", "Ethnic Albanian students in Skopje defied a curfew on Monday.",
     ("PROTEST", "MKD", "")),
    # --- SUPPORT: independence recognised ---
    ("1992-01-15", "Germany recognised the independence of Croatia and Slovenia on Wednesday.",
     ("SUPPORT", "DEU", "HRV+SVN")),
    # --- AID: a grant counted in a named currency ---
    ("1998-03-02", "Japan granted Jordan 10 billion yen on Monday to build water plants.",
     ("AID", "JPN", "JOR")),
    # --- COOPERATE: a suspect handed to a tribunal ---
    ("2005-04-25", "Croatia transferred a former army general to the war crimes tribunal on Monday.",
     ("COOPERATE", "HRV", "IGO")),
    # --- RETREAT: a weapons programme given up ---
    ("1993-03-24", "South Africa gave up its nuclear arsenal, President F.W. de Klerk told "
     "parliament on Wednesday.", ("RETREAT", "ZAF", "")),
    # --- SANCTION: a verdict by a jury ---
    ("2002-10-11", "A French jury found two Algerians guilty on Friday of planning bombings in Paris.",
     ("SANCTION", "FRA", "DZA")),
]  # fmt: skip

# (date, sentence, type that must not be coded)
NEGATIVES = [
    ("2001-05-02", "The central bank tapped its foreign reserves to defend the peso.", "MOBILIZE"),
    ("2004-08-02", "Pilgrims gathered near the shrine in Najaf on Monday for prayers.", "MOBILIZE"),
    ("2000-11-07", "Prosecutors sent the case to the court on Tuesday.", "COOPERATE"),
    ("2003-07-14", "Floods destroyed hundreds of homes and a bridge in the north on Monday.",
     "ASSAULT"),
    ("2005-02-01", "Shoppers poured into the streets of Dubai for the festival.", "MOBILIZE"),
]  # fmt: skip


def test_part_file_is_read():
    ids = set(patterns.load().by_id)
    assert {i for i in ids if i.startswith("manual.")} >= {
        "manual.mobilize.call_up_reserves",
        "manual.assault.roll_across",
        "manual.protest.defy_curfew",
        "manual.support.recognize_independence",
        "manual.aid.give_currency",
        "manual.cooperate.hand_to_tribunal",
        "manual.assault.destroy_forces",
    }


@pytest.mark.parametrize(("date", "text", "want"), CASES, ids=[c[1][:40] for c in CASES])
def test_coded(pipeline, date, text, want):
    got = coded_triples(pipeline, text, date)
    ptype, actor, recipient = want
    if recipient:
        assert want in got, got
    else:
        assert any(t == ptype and a == actor for t, a, _r in got), got


@pytest.mark.parametrize(("date", "text", "barred"), NEGATIVES, ids=[n[1][:40] for n in NEGATIVES])
def test_not_coded(pipeline, date, text, barred):
    got = coded_triples(pipeline, text, date)
    assert barred not in {t for t, _a, _r in got}, got


def test_big_town_after_in_is_a_place(pipeline):
    # Chile's President Lagos was in office in 2002; "in Lagos" is still Nigeria's city
    got = coded_triples(pipeline, "Police in Lagos arrested 40 traders on Monday.", "2002-05-13")
    assert any(t == "COERCE" and a == "NGA" for t, a, _r in got), got
    codes = coded_mention_codes(pipeline, "Lagos met Fox in Santiago on Monday.", "2002-05-13")
    assert codes.get("Lagos") == "CHLGOV", codes  # the bare surname as a subject is still him


def test_open_question_is_hypothetical(nlp):
    doc = nlp("Prosecutors are examining whether the governor had ordered the police to fire.")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert flags_for(ordered)["hypothetical"]
    doc = nlp("Prosecutors said the governor had ordered the police to fire.")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert not flags_for(ordered)["hypothetical"]
