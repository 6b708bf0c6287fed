"""Lexicon breadth for military and civil mobilization and protest
(``events/data/patterns/mobilize.yaml``): reservists and divisions called up, drafted or
recalled, air-defence systems moved into place, work stopped and jobs walked off, human chains,
protest camps and packed squares, marches led, and a delegation walking out of a meeting.
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, and uses of the same words outside politics (or in another sense) that must
not code the type in question."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- MOBILIZE: forces called up (not an appeal "on" the day named) ---
    ("Russia called up 300,000 reservists on Wednesday.", ("MOBILIZE", "RUS", None, False)),
    ("Israel called up two reserve brigades on Sunday.", ("MOBILIZE", "ISR", None, False)),
    ("Armenia called up thousands of reservists.", ("MOBILIZE", "ARM", None, False)),
    ("Ukraine called up a fresh division of conscripts.", ("MOBILIZE", "UKR", None, False)),
    ("Azerbaijan called up reservists for the war against Armenia.",
     ("MOBILIZE", "AZE", "ARM", False)),
    # --- MOBILIZE: reservists recalled or drafted ---
    ("Israel recalled 20,000 reservists on Monday.", ("MOBILIZE", "ISR", None, False)),
    ("Eritrea drafted thousands of reservists.", ("MOBILIZE", "ERI", None, False)),
    ("Serbia summoned reservists to its units.", ("MOBILIZE", "SRB", None, False)),
    # --- MOBILIZE: air-defence systems moved into place ---
    ("Russia moved S-300 systems to the border with Georgia.", ("MOBILIZE", "RUS", "GEO", False)),
    ("Greece has installed missile batteries along its border with Turkey.",
     ("MOBILIZE", "GRC", "TUR", False)),
    ("India positioned missile launchers along the border with Pakistan.",
     ("MOBILIZE", "IND", "PAK", False)),
    ("Iran deployed air defence systems near the border with Iraq.",
     ("MOBILIZE", "IRN", "IRQ", False)),
    # --- MOBILIZE: a presence stepped up ---
    ("Israel stepped up its military presence along the Gaza border.",
     ("MOBILIZE", "ISR", "PSE", False)),
    ("India stepped up troop deployments along its border with China.",
     ("MOBILIZE", "IND", "CHN", False)),
    # --- PROTEST: work stopped ---
    ("Nigerian doctors stopped work to protest unpaid salaries.", ("PROTEST", "NGA", "NGA", False)),
    ("Kenyan teachers halted classes across the country.", ("PROTEST", "KEN", "KEN", False)),
    ("South African miners downed tools over wages.", ("PROTEST", "ZAF", "ZAF", False)),
    ("French students boycotted lectures against the reform.", ("PROTEST", "FRA", "FRA", False)),
    # --- PROTEST: the job walked off ---
    ("Argentine workers walked off the job against the austerity plan.",
     ("PROTEST", "ARG", "ARG", False)),
    ("Nigerian nurses walked off the job over unpaid wages.", ("PROTEST", "NGA", "NGA", False)),
    # --- PROTEST: chains, camps and packed squares ---
    ("Lithuanian protesters formed a human chain outside parliament.",
     ("PROTEST", "LTU", "LTU", False)),
    ("Pakistani students formed a human chain against the ban.", ("PROTEST", "PAK", "PAK", False)),
    ("Thai protesters camped outside Government House.", ("PROTEST", "THA", "THA", False)),
    ("Indian farmers camped on highways near the capital.", ("PROTEST", "IND", "IND", False)),
    ("Mexican opposition supporters set up camps in the main square.",
     ("PROTEST", "MEX", "MEX", False)),
    ("Ukrainian students pitched tents on Independence Square.", ("PROTEST", "UKR", "UKR", False)),
    ("Egyptian protesters packed Tahrir Square.", ("PROTEST", "EGY", "EGY", False)),
    ("Sudanese demonstrators crowded the streets of Khartoum.", ("PROTEST", "SDN", "SDN", False)),
    ("Georgian protesters jammed the main avenue of Tbilisi.", ("PROTEST", "GEO", "GEO", False)),
    # --- PROTEST: marches led ---
    ("Kenyan opposition leader Raila Odinga led thousands of supporters through Nairobi "
     "to protest against the election result.", ("PROTEST", "KEN", "KEN", False)),
    # --- PROTEST: leaders heckled ---
    ("Moldovan opposition supporters heckled the president in Chisinau.",
     ("PROTEST", "MDA", "MDA", False)),
    # --- SANCTION: a delegation walks out of a meeting ---
    ("Israel's delegation walked out of the conference.", ("SANCTION", "ISR", None, False)),
    ("Iran's ministers walked out of the meeting.", ("SANCTION", "IRN", None, False)),
]  # fmt: skip

NEGATIVES = [
    ("The company halted work on the bridge after the flood.", "PROTEST"),
    ("The builder stopped work on the new stadium.", "PROTEST"),
    ("The coach called up three new players for the match.", "MOBILIZE"),
    ("The club recalled two players from loan.", "MOBILIZE"),
    ("The airline installed a new booking system.", "MOBILIZE"),
    ("The firm moved its computer systems to a new data centre.", "MOBILIZE"),
    ("Fans packed the stadium for the final.", "PROTEST"),
    ("Tourists crowded the square on New Year's Eve.", "PROTEST"),
    ("The retailer formed a chain of stores across the north.", "PROTEST"),
    ("Hikers camped on the mountain overnight.", "PROTEST"),
    ("Scouts pitched tents near the lake.", "PROTEST"),
    ("The guide led hundreds of tourists through the old city.", "PROTEST"),
    ("The singer walked out of the interview.", "SANCTION"),
    ("The boy walked off the pitch after the final whistle.", "PROTEST"),
    ("Israel called up three reserve divisions on Friday.", "REQUEST"),
    ("Israel recalled 20,000 reservists on Monday.", "RETREAT"),
    ("Fans booed the referee at the end of the match.", "PROTEST"),
    ("The bakery stepped up production before the holidays.", "MOBILIZE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_mobilize_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_mobilize_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_call_up_is_no_appeal(code):
    """ "called up ... on Friday": the day is no party appealed to."""
    got = code("Israel called up three reserve divisions on Friday.")
    assert any(g[3] == "mobilize.call_up_forces" for g in got), got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "mobilize.yaml"
    ids = [row["id"] for row in yaml.safe_load(part.read_text(encoding="utf-8"))["verbs"]]
    assert len(ids) >= 11
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("mobilize."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
