"""Senses that fired with the wrong type, as the writers of the conflict and diplomacy sets
reported them: a state suspending or dismissing its own officials (COERCE 172, not a break with
another state), people forcibly returned (deported, not released), crowds storming streets (no
riot), a court barring its own politician (COERCE 1722), leaving talks (SANCTION 164, not a
retreat), admission of a state to a body (SUPPORT), territorial claims (no accusation), travel
bans by a body of states (SANCTION), removal from a list that is no blacklist (no easing), a vote
to remove a president without "from office", and withdrawal from a body named by its acronym.
Each case is a sentence we wrote, with a look-alike that must keep its old reading."""

from __future__ import annotations

import pytest

from .conftest import triple

# (sentence, date, (PLOVER type, actor, recipient or None for "any"))
CASES = [
    # 1: officials suspended by their own state
    ("Nigeria's government suspended 40 police officers over the killing of protesters.",
     "2020-10-25", ("COERCE", "NGA", "NGA")),
    # 2: a forced return is a deportation
    ("Lebanon forcibly returned dozens of Syrian refugees to Syria this week, Amnesty said.",
     "2023-05-02", ("COERCE", "LBN", "SYR")),
    # 3: a crowd storming a building
    ("Protesters stormed the parliament building in Baghdad on Saturday.", "2022-07-30",
     ("PROTEST", "IRQ", "IRQ")),
    # 4: a court barring its own politician from running
    ("A Senegalese court barred Ousmane Sonko from running in the presidential election.",
     "2024-01-05", ("COERCE", "SEN", "SEN")),
    # 5: conviction is SANCTION 116 in the dev gold (cameo-116, b1114-116, dev-063)
    ("A Dhaka court convicted former prime minister Khaleda Zia of corruption on Thursday.",
     "2018-02-08", ("SANCTION", "BGD", "BGD")),
    # 6: leaving talks halts negotiations
    ("Sri Lanka's Tamil Tiger rebels pulled out of peace talks with Colombo on Monday.",
     "2003-04-21", ("SANCTION", "LKA", "LKA")),
    # 7: dismissing an officeholder
    ("Ukraine's president dismissed the head of the army on Thursday.", "2024-02-08",
     ("COERCE", "UKR", "UKR")),
    # 8: a body admitting a state as a member
    ("ASEAN admitted Timor-Leste as its 11th member on Sunday, the bloc said.", "2025-10-26",
     ("SUPPORT", "IGO", "TLS")),
    # 10: a travel ban by a body of states
    ("The European Union barred 12 officials from travelling to its territory on Monday.",
     "2005-11-14", ("SANCTION", "IGO", None)),
    # 12: voted to remove, no "from office"
    ("The Peruvian Congress voted to remove President Martin Vizcarra on Monday over bribery "
     "allegations.", "2020-11-10", ("COERCE", "PER", "PER")),
    # 13: withdrawal from, and quitting, a body named by its acronym
    ("Niger announced on Sunday its withdrawal from ECOWAS, citing the bloc's sanctions.",
     "2024-01-28", ("SANCTION", "NER", "IGO")),
    ("Mali quit ECOWAS on Sunday, the military government said in a statement.", "2024-01-28",
     ("SANCTION", "MLI", "IGO")),
    ("Burkina Faso withdrew from ECOWAS on Sunday, the junta said in a statement.",
     "2024-01-28", ("SANCTION", "BFA", "IGO")),
]  # fmt: skip

# look-alikes that keep their old reading: (sentence, date, (type, actor, recipient))
KEPT = [
    # 1: suspending a foreign state is still a break
    ("The African Union suspended Guinea on Friday after the coup.", "2021-09-10",
     ("SANCTION", "IGO", "GIN")),
    # 2: returning remains is a release
    ("Iran returned the remains of 20 Iraqi soldiers to Iraq on Tuesday.", "2023-05-02",
     ("RETREAT", "IRN", "IRQ")),
    # 4: a body barring a member state
    ("The AU barred Mali from all its activities on Friday.", "2021-06-04",
     ("SANCTION", "IGO", "MLI")),
    # 5: a sentence by a court stays COERCE
    ("A Cairo court sentenced the former president to 20 years in prison on Tuesday.",
     "2015-04-21", ("COERCE", "EGY", "EGY")),
    # 6: troops leaving a town retreat
    ("Israeli troops pulled out of the town of Jenin on Friday.", "2023-07-07",
     ("RETREAT", "ISR", "PSE")),
    # 7: dismissing an accusation rejects it
    ("Tehran dismissed the American accusations as baseless on Monday.", "2023-05-02",
     ("REJECT", "IRN", "USA")),
    # 8: letting inspectors in is access
    ("Myanmar's junta admitted UN inspectors to Rakhine state on Monday.", "2023-05-02",
     ("RETREAT", "MMR", "IGO")),
    # 9: claims of wrongdoing accuse
    ("Moscow rejected Kyiv's claims of atrocities in Bucha on Monday.", "2022-04-04",
     ("ACCUSE", "UKR", "RUS")),
    # 10: a state barring foreign officials (named) is still a sanction
    ("The EU barred 12 Belarusian officials from entering the bloc on Monday.", "2021-06-21",
     ("SANCTION", "IGO", "BLR")),
    # 11: off a blacklist is an easing
    ("Washington removed Cuba from its list of state sponsors of terrorism on Friday.",
     "2015-05-29", ("RETREAT", "USA", "CUB")),
    # 3: armed men storming a building attack it
    ("Gunmen stormed a hotel in Mogadishu on Sunday, killing 15 people, police said.",
     "2019-03-24", ("ASSAULT", "SOM", "SOM")),
    # 2: a promise to return people stays a pledge (the forced-return sense is not its reading)
    ("Kenya pledged to send 1,000 police officers to Haiti on Tuesday.", "2023-07-30",
     ("AGREE", "KEN", "HTI")),
    # barred objects leave the party readings alone
    ("Ugandan troops fought Congolese rebels near the border.", "2001-06-01",
     ("ASSAULT", "UGA", None)),
    ("Kenyan police are investigating the governor of Mombasa.", "2021-06-01",
     ("ACCUSE", "KEN", "KEN")),
    # 13: withdrawal from a country is a troop withdrawal
    ("The United States announced its withdrawal from Afghanistan on Tuesday.", "2021-04-13",
     ("RETREAT", "USA", "AFG")),
    # a call named as a phone call needs no light verb
    ("Scholz raised the gas dispute during a phone call with Putin on Friday.", "2022-05-13",
     ("CONSULT", "DEU", "RUS")),
    # advisers are expelled as diplomats are; coordination is cut as cooperation is
    ("Niger expelled three French military advisers on Monday.", "2023-09-04",
     ("SANCTION", "NER", "FRA")),
    ("Mali's junta suspended security coordination with France.", "2022-05-02",
     ("SANCTION", "MLI", "FRA")),
]  # fmt: skip

# the wrong reading must be gone: (sentence, date, forbidden type)
GONE = [
    ("Nigeria's government suspended 40 police officers over the killing of protesters.",
     "2020-10-25", "SANCTION"),
    ("Lebanon forcibly returned dozens of Syrian refugees to Syria this week, Amnesty said.",
     "2023-05-02", "RETREAT"),
    ("Thousands of Algerian fans stormed the streets of Marseille after Algeria beat Nigeria "
     "in Cairo.", "2019-07-15", "PROTEST"),
    ("Thousands of Algerian fans stormed the streets of Marseille after Algeria beat Nigeria "
     "in Cairo.", "2019-07-15", "ASSAULT"),
    ("Bangladesh's opposition suspended its general strike on Sunday.", "2013-11-10",
     "COERCE"),
    ("A Senegalese court barred Ousmane Sonko from running in the presidential election.",
     "2024-01-05", "SANCTION"),
    ("Sri Lanka's Tamil Tiger rebels pulled out of peace talks with Colombo on Monday.",
     "2003-04-21", "RETREAT"),
    ("Kenya's president dismissed the interior minister on Tuesday after the protests.",
     "2024-07-02", "REJECT"),
    ("ASEAN admitted Timor-Leste as its 11th member on Sunday, the bloc said.", "2025-10-26",
     "RETREAT"),
    ("China rejected the Philippines' claims in the South China Sea on Tuesday.", "2024-05-07",
     "ACCUSE"),
    ("The European Union barred 12 officials from travelling to its territory on Monday.",
     "2005-11-14", "COERCE"),
    ("The European Union removed Thailand from its list of safe countries on Friday.",
     "2024-05-03", "RETREAT"),
    ("Lawmakers voted to remove the tariffs on Chinese steel on Tuesday.", "2024-05-07",
     "COERCE"),
    ("Mali quit ECOWAS on Sunday, the military government said in a statement.", "2024-01-28",
     "RETREAT"),
    # a sense's barred objects: what is fought or investigated that is no party
    ("Spain's army joined efforts to fight the coronavirus in Madrid.", "2020-03-20", "ASSAULT"),
    ("Brazil's government pledged to battle corruption in the ports.", "2019-02-01", "ASSAULT"),
    ("Kenyan police are investigating the robbery of a bank in Mombasa.", "2021-06-01",
     "ACCUSE"),
    # what sanctions "target" is trade and money, no armed attack
    ("Canada imposed new sanctions on Iran on Monday, targeting its petroleum exports.",
     "2022-12-12", "ASSAULT"),
]  # fmt: skip


def _matches(got, expected) -> bool:
    ptype, actor, recipient = expected
    return any(
        t == ptype and a == actor and (recipient is None or r == recipient) for t, a, r in got
    )


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_sense_fixed(code_text, sentence, date, expected):
    got = [triple(e) for e in code_text(sentence, date)]
    assert _matches(got, expected), got


@pytest.mark.parametrize(("sentence", "date", "expected"), KEPT, ids=[c[0][:48] for c in KEPT])
def test_look_alike_keeps_reading(code_text, sentence, date, expected):
    got = [triple(e) for e in code_text(sentence, date)]
    assert _matches(got, expected), got


@pytest.mark.parametrize(("sentence", "date", "forbidden"), GONE, ids=[c[0][:48] for c in GONE])
def test_wrong_reading_gone(code_text, sentence, date, forbidden):
    got = [triple(e) for e in code_text(sentence, date)]
    assert not [g for g in got if g[0] == forbidden], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's president dismissed the interior minister on Tuesday.",
        # formerly pinned as no event in test_events.py
        "The Peruvian president fired his interior minister.",
    ],
)
def test_dismissal_is_coded_by_the_officeholder_sense(code_text, sentence):
    """Dismissing one's own minister is the officeholder sense (COERCE 172); the recipient is
    not pinned: the extractor drops a minister who shares the actor's code (both ...GOV)."""
    events = code_text(sentence, "2024-07-02")
    assert [(triple(e)[0], e.rule.split(" | ")[0]) for e in events] == [
        ("COERCE", "coerce.dismiss_official")
    ], [triple(e) for e in events]


def test_weapons_fired_are_no_dismissal(code_text):
    got = [
        (triple(e)[0], e.rule.split(" | ")[0])
        for e in code_text("Police fired tear gas at protesters in Lima on Tuesday.", "2024-07-02")
    ]
    assert not [g for g in got if g[1] == "coerce.dismiss_official"], got
