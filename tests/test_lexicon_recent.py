"""Lexicon breadth for news of 2016-2023 (``events/data/patterns/recent.yaml``) and the actors of
those years added in ``actors/data/people/recent.tsv`` and ``actors/data/organizations/recent.tsv``:
a crowd gathered or rallied "in protest" (PROTEST), a call between leaders named without "phone"
(CONSULT); UN ambassadors, regional governors and mayors of the war in Ukraine, ministry and military
spokespeople, Hong Kong's officials and activists, Kashmir's politicians, bodies of Yemen's, Iraq's
and Myanmar's politics, and human rights NGOs. News-style sentences we wrote, each coded with the
expected PLOVER type, actor country and recipient country; uses of the same words outside politics
that must not code; and sentences naming the added people and groups, which must resolve to their
country (or to an NGO code)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as, coded_mention_codes, triple


@pytest.fixture(scope="module")
def code(code_text):
    def run(text: str, date: str = "2022-06-01"):
        return [(*triple(e), e.rule.split(" | ")[0]) for e in code_text(text, date=date)]

    return run


# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- PROTEST: a crowd gathered in protest ---
    ("Thousands of Palestinians gathered near the Gaza fence on Friday in a mass protest against "
     "Israel's blockade.", ("PROTEST", "PSE", "ISR", False)),
    ("Hundreds of Iraqi students gathered outside the ministry in protest against the exam results.",
     ("PROTEST", "IRQ", "IRQ", False)),
    ("Thousands of Kenyan farmers converged on Nairobi on Tuesday in protest against maize imports.",
     ("PROTEST", "KEN", "KEN", False)),
    ("Hundreds of Sri Lankan teachers assembled outside the education ministry in a protest over pay.",
     ("PROTEST", "LKA", "LKA", False)),
    # --- CONSULT: a call between leaders ---
    ("French President Emmanuel Macron discussed grain exports in a call with Turkish President "
     "Tayyip Erdogan on Sunday.", ("CONSULT", "FRA", "TUR", True)),
    ("German Chancellor Olaf Scholz raised the fate of the hostages in a call with Qatar's emir on "
     "Monday.", ("CONSULT", "DEU", "QAT", True)),
    ("Japanese Prime Minister Fumio Kishida condemned the missile launch in a call with Australian "
     "Prime Minister Anthony Albanese.", ("CONSULT", "JPN", "AUS", True)),
]  # fmt: skip

NEGATIVES = [
    ("Fans gathered in the main square in celebration of the cup win.", "PROTEST"),
    ("Residents gathered at the bridge in a vigil for the flood victims.", "PROTEST"),
    ("Riot police gathered in the square in protest formation before the match.", "PROTEST"),
    ("The chief executive told investors in a call with analysts that profits had doubled.",
     "CONSULT"),
    ("The coach said in a call with reporters that the team was ready.", "CONSULT"),
    ("Shares rallied in Tokyo on Monday as investors bought chipmakers.", "PROTEST"),
    ("Peru's president rejected opposition calls to resign on Monday.", "CONSULT"),
]  # fmt: skip

# (sentence, date, (PLOVER type, actor countries, recipient countries or None, symmetric))
ACTOR_CASES = [
    ("Vassily Nebenzia accused Washington on Monday of prolonging the war.", "2022-06-01",
     ("ACCUSE", "RUS", "USA", False)),
    ("Linda Thomas-Greenfield urged Pyongyang on Tuesday to return to talks.", "2022-06-01",
     ("REQUEST", "USA", "PRK", False)),
    ("Kelly Craft accused Iran on Friday of attacking Saudi oil facilities.", "2019-09-20",
     ("ACCUSE", "USA", "IRN", False)),
    ("Vyacheslav Gladkov accused Ukraine on Sunday of shelling a village in his region.",
     "2022-06-01", ("ACCUSE", "RUS", "UKR", False)),
    ("Turki al-Malki accused the Houthis on Sunday of firing drones at Saudi Arabia.", "2021-03-07",
     ("ACCUSE", "SAU", "YEM", False)),
    ("Carrie Lam met Chinese President Xi Jinping in Beijing on Monday.", "2019-12-16",
     ("CONSULT", "HKG", "CHN", True)),
    ("Hong Kong police arrested Joshua Wong on Friday.", "2020-09-24",
     ("COERCE", "HKG", "HKG", False)),
    ("Mumtaz Zahra Baloch rejected India's remarks on Kashmir on Thursday.", "2023-06-01",
     ("REJECT", "PAK", "IND", False)),
    ("Farooq Abdullah called on New Delhi to restore statehood to Jammu and Kashmir.", "2021-06-01",
     ("REQUEST", "IND", "IND", False)),
    ("Jay Tarriela accused the Chinese coast guard of dangerous manoeuvres on Tuesday.",
     "2023-08-08", ("ACCUSE", "PHL", "CHN", False)),
    ("Yemen's Presidential Leadership Council accused the Houthis of attacking oil terminals.",
     "2022-11-01", ("ACCUSE", "YEM", "YEM", False)),
    ("Myanmar's National Unity Government called on the United Nations to recognise it.",
     "2021-09-01", ("REQUEST", "MMR", "IGO", False)),
    ("Ilan Shor called on his supporters to protest against the government in Chisinau.",
     "2022-10-01", ("REQUEST", "MDA", "MDA", False)),
    ("Gholamhossein Mohseni Ejei warned protesters on Monday of harsh punishment.", "2022-10-01",
     ("THREATEN", "IRN", "IRN", False)),
    ("B'Tselem accused Israel on Monday of demolishing Palestinian homes.", "2021-06-01",
     ("ACCUSE", "NGO", "ISR", False)),
]  # fmt: skip

# (sentence, date, mention, CAMEO actor code)
MENTIONS = [
    ("Oleh Synehubov said on Monday that the city was shelled again.", "2022-06-01",
     "Oleh Synehubov", "UKRGOV"),
    ("Vitali Klitschko said on Monday that the power was back.", "2022-11-01", "Vitali Klitschko",
     "UKRGOV"),
    ("Vitaliy Kim said on Monday that the port was hit.", "2022-06-01", "Vitaliy Kim", "UKRGOV"),
    ("Igor Konashenkov said on Monday that the strikes went on.", "2022-06-01", "Igor Konashenkov",
     "RUSMIL"),
    ("Zaw Min Tun said on Monday that the elections would go ahead.", "2022-06-01", "Zaw Min Tun",
     "MMRMIL"),
    ("Jimmy Lai said on Monday that he would stay in Hong Kong.", "2020-06-01", "Jimmy Lai",
     "HKGOPP"),
    ("Riyad Mansour said on Monday that the vote was historic.", "2022-06-01", "Riyad Mansour",
     "PSEGOV"),
    ("Majed al-Ansari said on Monday that the talks would go on.", "2023-11-01", "Majed al-Ansari",
     "QATGOV"),
    ("Mallikarjun Kharge said on Monday that the party would fight on.", "2023-06-01",
     "Mallikarjun Kharge", "INDOPP"),
    ("The Syrian Observatory for Human Rights said on Monday that the toll rose.", "2022-06-01",
     "Syrian Observatory for Human Rights", "NGOSOH"),
    ("OVD-Info said on Monday that the arrests went on.", "2022-06-01", "OVD-Info", "NGOOVD"),
    ("The Coordination Framework said on Monday that it would name a candidate.", "2022-06-01",
     "Coordination Framework", "IRQPTY"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_recent_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_recent_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


@pytest.mark.parametrize(
    ("sentence", "date", "expected"), ACTOR_CASES, ids=[s[:48] for s, _, _ in ACTOR_CASES]
)
def test_recent_actors_code_their_country(code, sentence, date, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence, date)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(
    ("sentence", "date", "mention", "actor"), MENTIONS, ids=[m for _, _, m, _ in MENTIONS]
)
def test_recent_actors_resolve(pipeline, sentence, date, mention, actor):
    assert coded_mention_codes(pipeline, sentence, date).get(mention) == actor


def test_reporters_without_borders_is_no_rapid_support_forces(pipeline):
    """RSF stays the Rapid Support Forces: Reporters Without Borders takes no such alias."""
    codes = coded_mention_codes(pipeline, "The RSF attacked army bases in Khartoum.", "2023-04-16")
    assert codes.get("RSF", "").startswith("SDN"), codes


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "recent.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for row in data["verbs"] + data.get("nouns", [])]
    assert len(ids) >= 2
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("recent."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
