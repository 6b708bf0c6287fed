"""Lexicon breadth for codebook-style wire leads of 1990-2012 (``events/data/patterns/codebook.yaml``)
and the actors of that era added in ``actors/data/people/codebook.tsv`` and
``actors/data/organizations/codebook.tsv``: a state leaving a treaty, pact or accord (REJECT, coded
by detection.yaml's senses, which the era's wording must reach), a faction freeing captured peacekeepers, soldiers or monitors (RETREAT), an enclave, port or garrison
captured by force (COERCE), an incumbent accepting defeat (CONCEDE), and a flight back that is no
show of force. News-style sentences we wrote, each coded with the expected PLOVER type, actor country
and recipient country; uses of the same words outside politics that must not code; and sentences
naming the added people and groups, which must resolve to their country."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as, coded_mention_codes, triple


@pytest.fixture(scope="module")
def code(code_text):
    def run(text: str, date: str = "1998-06-01"):
        return [(*triple(e), e.rule.split(" | ")[0]) for e in code_text(text, date=date)]

    return run


# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- REJECT: a treaty, pact or accord left ---
    ("Moscow renounced the 1987 treaty with Washington on Friday.", ("REJECT", "RUS", "USA", False)),
    ("Iraq abrogated its 1975 border accord with Iran on Monday.", ("REJECT", "IRQ", "IRN", False)),
    ("Russia withdrew from the arms treaty with the United States on Thursday.",
     ("REJECT", "RUS", "USA", False)),
    ("Washington pulled out of the 1994 accord with Pyongyang.", ("REJECT", "USA", "PRK", False)),
    ("Russia announced its withdrawal from the arms treaty with Washington.",
     ("REJECT", "RUS", "USA", False)),
    # --- RETREAT: captured troops, peacekeepers or monitors freed ---
    ("UNITA freed 20 U.N. monitors on Tuesday.", ("RETREAT", "AGO", "IGO", False)),
    ("Bosnian Serbs released 30 U.N. peacekeepers on Sunday.", ("RETREAT", "BIH", "IGO", False)),
    ("Rebels in Sierra Leone freed 50 Indian peacekeepers on Friday.",
     ("RETREAT", "SLE", "IND", False)),
    ("Chechen rebels freed four Russian soldiers on Sunday.", ("RETREAT", "RUS", "RUS", False)),
    # --- COERCE: an enclave, port or garrison captured by force ---
    ("Somali militiamen seized the port of Kismayo on Friday.", ("COERCE", "SOM", "SOM", False)),
    ("Tamil Tiger rebels overran the army garrison at Elephant Pass on Saturday.",
     ("COERCE", "LKA", "LKA", False)),
    ("Croatian forces recaptured the Serb-held enclave of Western Slavonia on Monday.",
     ("COERCE", "HRV", "SRB", False)),
    # --- CONCEDE: defeat accepted ---
    ("Nicaraguan President Daniel Ortega accepted defeat in Sunday's election.",
     ("CONCEDE", "NIC", "NIC", False)),
    ("Zambia's President Kenneth Kaunda conceded defeat to Frederick Chiluba on Thursday.",
     ("CONCEDE", "ZMB", "ZMB", False)),
]  # fmt: skip

NEGATIVES = [
    ("Daimler pulled out of the deal to buy the carmaker.", "REJECT"),
    ("The bank withdrew from the loan agreement with the mining company.", "REJECT"),
    ("The army released a statement on the fighting.", "RETREAT"),
    ("The hospital released two soldiers after treatment.", "RETREAT"),
    ("The ferry company took the port of Dover as its base.", "COERCE"),
    ("The champions accepted defeat with grace.", "CONCEDE"),
    ("The airline flew back 200 stranded tourists on Sunday.", "MOBILIZE"),
    ("The Israeli foreign minister flew back to Jerusalem on Monday.", "CONSULT"),
    ("Turkish police captured the rebel commander and flew him back to Ankara on Monday.",
     "MOBILIZE"),
]  # fmt: skip

# (sentence, date, (PLOVER type, actor countries, recipient countries or None, symmetric))
ACTOR_CASES = [
    ("Hassan al-Turabi accused Washington on Monday of plotting against Sudan.", "1998-06-01",
     ("ACCUSE", "SDN", "USA", False)),
    ("Vojislav Seselj threatened on Tuesday to quit the Serbian government.", "1999-06-01",
     ("THREATEN", "SRB", "SRB", False)),
    ("Abdel Aziz al-Rantissi vowed revenge against Israel on Sunday.", "2003-06-15",
     ("THREATEN", "PSE", "ISR", False)),
    ("Said Abdullo Nuri met Tajik President Emomali Rakhmonov in Moscow on Friday.", "1997-06-01",
     ("CONSULT", "TJK", "TJK", True)),
    ("The CNDD attacked army positions near Bujumbura on Tuesday.", "1997-06-01",
     ("ASSAULT", "BDI", "BDI", False)),
    ("The Iraqi National Congress urged Washington on Monday to arm Iraqi exiles.", "1998-06-01",
     ("REQUEST", "IRQ", "USA", False)),
    ("The HVO shelled Muslim-held east Mostar on Saturday.", "1993-06-01",
     ("ASSAULT", "BIH", "BIH", False)),
    ("Yossi Beilin met Palestinian negotiators in Stockholm on Wednesday.", "1995-06-01",
     ("CONSULT", "ISR", "PSE", True)),
    ("Leonard Nyangoma called on the Burundian army to stop attacking civilians.", "1997-06-01",
     ("REQUEST", "BDI", "BDI", False)),
    ("Yugoslav army chief Dragoljub Ojdanic accused NATO of war crimes on Thursday.",
     "1999-04-15", ("ACCUSE", "SRB", "IGO", False)),
    ("The Somali National Alliance accused the United Nations of killing civilians.",
     "1998-06-01", ("ACCUSE", "SOM", "IGO", False)),
    ("Ghazi Jabali ordered his police to arrest Islamic militants in Gaza.", "1997-06-01",
     ("COERCE", "PSE", "PSE", False)),
]  # fmt: skip

# (sentence, date, mention, CAMEO actor code)
MENTIONS = [
    ("Nebojsa Pavkovic said on Monday that the army would stay in Kosovo.", "1999-06-01",
     "Nebojsa Pavkovic", "SRBMIL"),
    ("Vlajko Stojiljkovic said on Monday that the police would stay.", "1998-06-01",
     "Vlajko Stojiljkovic", "SRBGOV"),
    ("Akbar Turajonzoda said on Monday that the talks would go on.", "1996-06-01",
     "Akbar Turajonzoda", "TJKREB"),
    ("Yasser Abed Rabbo said on Monday that the talks would go on.", "1999-06-01",
     "Yasser Abed Rabbo", "PSEGOV"),
    ("Jean-Bosco Ndayikengurukiye said on Monday that his men would fight on.", "2000-06-01",
     "Jean-Bosco Ndayikengurukiye", "BDIREB"),
    ("The SDLP said on Monday that it backed the accord.", "1998-06-01", "SDLP", "GBRPTY"),
    ("Herri Batasuna said on Monday that it backed the truce.", "1998-09-20", "Herri Batasuna",
     "ESPPTY"),
    ("The Islamic Salvation Army said on Monday that it would observe the truce.", "1997-10-01",
     "Islamic Salvation Army", "DZAINS"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_codebook_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_codebook_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


@pytest.mark.parametrize(
    ("sentence", "date", "expected"), ACTOR_CASES, ids=[s[:48] for s, _, _ in ACTOR_CASES]
)
def test_codebook_actors_code_their_country(code, sentence, date, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence, date)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(
    ("sentence", "date", "mention", "actor"), MENTIONS, ids=[m for _, _, m, _ in MENTIONS]
)
def test_codebook_actors_resolve(pipeline, sentence, date, mention, actor):
    assert coded_mention_codes(pipeline, sentence, date).get(mention) == actor


def test_treaty_exit_is_no_pullout_from_a_place(code):
    """ "pulled out of the accord": the accord is left (REJECT), no territory retreated from."""
    got = code("Washington pulled out of the 1994 accord with Pyongyang.")
    assert any(g[3] == "dt.reject.pull_out" for g in got), got
    assert not [g for g in got if g[0] == "RETREAT"], got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "codebook.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for row in data["verbs"] + data.get("nouns", [])]
    assert len(ids) >= 4
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("codebook."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        assert guarded, f"{p.id}: no guard"
