"""Lexicon breadth for accusations, complaints, inquiries, lawsuits and rulings
(``events/data/patterns/accuse.yaml`` and three narrowed senses elsewhere): blame laid on a party
and not on the weather, cases taken to the WTO or dragged before a tribunal, applications and
claims filed against a state, complaints to a body about a third state, protest notes lodged,
investigators sent, rulings against a party, and the names one government calls another.
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, and uses of the same words outside politics (or in another sense) that must
not code the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None))
CASES = [
    # --- ACCUSE: blame laid on a party ---
    ("Egypt blamed Ethiopia for the failure of the dam talks.", ("ACCUSE", "EGY", "ETH")),
    ("Rwanda blamed the violence on Congolese troops.", ("ACCUSE", "RWA", "COD")),
    ("Iraq was blamed by Washington for the rocket attacks.", ("ACCUSE", "USA", "IRQ")),
    ("Seoul blamed Pyongyang for the sinking of the corvette.", ("ACCUSE", "KOR", "PRK")),
    # --- ACCUSE: cases taken to a body or before a tribunal ---
    ("Chile took Peru to the World Trade Organization over import rules.", ("ACCUSE", "CHL", "PER")),
    ("Brazil hauled Canada to the World Trade Organization over aircraft subsidies.",
     ("ACCUSE", "BRA", "CAN")),
    ("The Philippines dragged China before an arbitration tribunal in The Hague.",
     ("ACCUSE", "PHL", "CHN")),
    ("Croatia brought Serbia before the International Court of Justice.", ("ACCUSE", "HRV", "SRB")),
    # --- ACCUSE: applications, claims and complaints filed against a state ---
    ("Ukraine filed an application against Russia at the International Court of Justice.",
     ("ACCUSE", "UKR", "RUS")),
    ("Greece submitted a claim against Germany for wartime reparations.", ("ACCUSE", "GRC", "DEU")),
    ("Qatar filed a complaint with the WTO against the United Arab Emirates.",
     ("ACCUSE", "QAT", "ARE")),
    ("Nicaragua lodged a petition against Colombia at the World Court.", ("ACCUSE", "NIC", "COL")),
    # --- ACCUSE: complaints to a body about a third state ---
    ("Venezuela complained to the United Nations about the Colombian incursion.",
     ("ACCUSE", "VEN", "COL")),
    ("Cyprus complained to the European Union about Turkish drilling.", ("ACCUSE", "CYP", "TUR")),
    ("South Korea lodged a complaint with the WTO over Japanese export curbs.",
     ("ACCUSE", "KOR", "JPN")),
    ("Seoul complained to Tokyo about the textbook.", ("ACCUSE", "KOR", "JPN")),
    # --- ACCUSE: protest notes ---
    ("Lithuania lodged a protest note with the Belarusian charge d'affaires.",
     ("ACCUSE", "LTU", "BLR")),
    ("Vietnam filed a diplomatic protest with China over the oil rig.", ("ACCUSE", "VNM", "CHN")),
    ("Lithuania handed a protest note to Belarus.", ("ACCUSE", "LTU", "BLR")),
    # --- ACCUSE: names called ---
    ("Evo Morales called the American ambassador a liar.", ("ACCUSE", "BOL", "USA")),
    ("Argentina called the British government arrogant and colonialist.", ("ACCUSE", "ARG", "GBR")),
    ("Iran's foreign minister called the French president a hypocrite.", ("ACCUSE", "IRN", "FRA")),
    # --- ACCUSE: investigators sent ---
    ("The United Nations sent a team of investigators to Sri Lanka.", ("ACCUSE", "IGO", "LKA")),
    ("The OPCW dispatched investigators to Syria.", ("ACCUSE", "IGO", "SYR")),
    # --- ACCUSE: parties reported to a body, named as culprits, held to account ---
    ("The IAEA reported Iran to the U.N. Security Council over its nuclear programme.",
     ("ACCUSE", "IGO", "IRN")),
    ("Britain identified Russia as the perpetrator of the cyberattack.", ("ACCUSE", "GBR", "RUS")),
    ("The United States named North Korea as the culprit behind the Sony hack.",
     ("ACCUSE", "USA", "PRK")),
    ("The European Union will hold Belarus to account.", ("ACCUSE", "IGO", "BLR")),
    # --- ASSAULT (175): crowds blasted with water cannon (not criticised) ---
    ("Police blasted protesters with water cannon in Nairobi.", ("ASSAULT", "KEN", "KEN")),
    ("Riot police pelted demonstrators with rubber bullets in Santiago.", ("ASSAULT", "CHL", "CHL")),
    # --- SANCTION (CAMEO 116): rulings against a party ---
    ("The World Trade Organization ruled against the United States in the steel tariff dispute.",
     ("SANCTION", "IGO", "USA")),
    ("The European Court of Human Rights ruled against Russia over the Beslan siege.",
     ("SANCTION", "IGO", "RUS")),
    ("The International Court of Justice ruled that Serbia had breached its obligations.",
     ("SANCTION", "IGO", "SRB")),
    ("An Argentine judge issued a ruling against Britain over oil exploration.",
     ("SANCTION", "ARG", "GBR")),
]  # fmt: skip

# (sentence, PLOVER type that must not be coded)
NEGATIVES = [
    # blame laid on no party
    ("The Indonesian government blamed a faulty sensor for the plane crash.", "ACCUSE"),
    ("Egyptian officials blamed the heat wave for the power cuts.", "ACCUSE"),
    ("Nigeria's central bank blamed rising oil prices for inflation.", "ACCUSE"),
    ("The Brazilian president blamed the drought on climate change.", "ACCUSE"),
    ("Doctors in New Delhi blamed air pollution for a rise in asthma cases.", "ACCUSE"),
    # "bore responsibility" said of another party is no concession by it
    ("Indian officials said that China bore full responsibility for the clash.", "CONCEDE"),
    # complaints, cases and rulings outside politics
    ("Farmers filed a complaint with the local council about the smell from the plant.", "ACCUSE"),
    ("The minister lodged a complaint with the airline over lost luggage.", "ACCUSE"),
    ("Customers complained to the bank about hidden fees.", "ACCUSE"),
    ("A court in Madrid ruled against the football club in the transfer dispute.", "SANCTION"),
    ("The judge ruled that the contract was void.", "SANCTION"),
    ("The company brought the dispute before an arbitration panel.", "ACCUSE"),
    # names and investigators with no party named
    ("Critics called the film a masterpiece.", "ACCUSE"),
    ("The Chilean senator called the new stadium a white elephant.", "ACCUSE"),
    ("The minister called the figures dishonest.", "ACCUSE"),
    ("Police sent investigators to the scene of the crash.", "ACCUSE"),
    # reported, named and blasted in other senses
    ("Iran reported the incident to the United Nations.", "ACCUSE"),
    ("Kenya named Amina Mohamed as its new foreign minister.", "ACCUSE"),
    ("Police blasted protesters with water cannon in Nairobi.", "ACCUSE"),
    # a petition is a request unless it is filed against a party
    ("The opposition filed a petition with the electoral commission.", "SANCTION"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_accuse_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, False), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_accuse_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_application_against_a_state_is_a_case_not_a_request(code):
    """accuse.file_against outranks cd.request.submit when the filing names a party."""
    got = code("Ukraine filed an application against Russia at the International Court of Justice.")
    assert not [g for g in got if g[0] == "REQUEST"], got


def test_complaint_to_a_body_targets_the_state_complained_of(code):
    """The body a complaint goes to is the forum; the state complained of is the recipient."""
    got = code("Kuwait lodged a complaint with the Security Council over Iraqi troop movements.")
    assert coded_as(got, "ACCUSE", "KWT", "IRQ", False), got
    assert not coded_as(got, "ACCUSE", "KWT", "IGO", False), got


OURS = {
    "accuse.blame", "accuse.take_to_body", "accuse.take_before", "accuse.file_against",
    "accuse.complain_to_body", "accuse.lodge_protest_note", "accuse.call_insult",
    "accuse.send_investigators", "accuse.rule_against", "accuse.rule_violated",
    "accuse.n.complaint", "accuse.n.ruling_against", "accuse.report_to_body",
    "accuse.name_as_culprit", "accuse.hold_to_account", "accuse.assault.blast_with",
}  # fmt: skip


def test_part_file_senses_are_loaded_and_guarded():
    ps = patterns.default()
    for pid in OURS:
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.requires_light
        assert guarded, f"{pid}: no guard"
    # "blame" left the main file's general sense; "bear" the concession's
    assert "blame" not in ps.by_id["accuse.accuse"].lemmas
    assert "bear" not in ps.by_id["yield.concede.take_responsibility"].lemmas
