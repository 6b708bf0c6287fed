"""Lexicon breadth for 1990s and early-2000s agency ledes (``events/data/patterns/older.yaml``
and three guard changes elsewhere: "consul" in ``sanction.expel``, "hunt" in ``threaten.vow``,
"house" out of ``co.aid.treat``): self-immolation, crowds pouring into a city or gathering "to
protest", consuls and high commissioners expelled, governments dismissed, rulers ousted, groups
held without charge, curfews clamped or extended, families dragged out of their homes,
hangings, "would hit back" and "will hunt down" threats, "took X to task", "came under
criticism from", accords and drafts blocked or vetoed, no-fly zones and counter-terrorist
operations. News-style sentences we wrote, each with its date (officeholders of that day),
coded with the expected PLOVER type, actor country and recipient country, and uses of the same
words outside politics that must not code the type."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as, triple

S = True  # symmetric: the two sides may come out in either order

# (sentence, date, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- PROTEST: self-immolation ---
    (
        "A Tibetan monk set himself on fire in Sichuan province on Monday.",
        "2012-03-05",
        ("PROTEST", "CHN", "CHN", False),
    ),
    (
        "Two Tibetan nuns burned themselves to death in western China.",
        "2012-03-05",
        ("PROTEST", "CHN", "CHN", False),
    ),
    # --- PROTEST: crowds that pour in or gather to protest ---
    (
        "Thousands of opposition supporters poured into central Tbilisi to protest against the "
        "election result.",
        "2003-11-20",
        ("PROTEST", "GEO", "GEO", False),
    ),
    (
        "Hundreds of students gathered outside the parliament in Dhaka to protest against the job "
        "quota system.",
        "2018-04-09",
        ("PROTEST", "BGD", "BGD", False),
    ),
    (
        "Thousands of students gathered outside the parliament in Manama to protest against the "
        "king.",
        "2011-02-15",
        ("PROTEST", "BHR", "BHR", False),
    ),
    (
        "Opposition supporters gathered in Bangkok to demand the resignation of Prime Minister "
        "Suchinda Kraprayoon.",
        "1992-05-06",
        ("PROTEST", "THA", "THA", False),
    ),
    (
        "Tens of thousands of Egyptians turned out in Cairo to protest against President Hosni "
        "Mubarak.",
        "2011-01-25",
        ("PROTEST", "EGY", "EGY", False),
    ),
    # --- AID: the displaced housed ---
    (
        "Turkey housed Syrian families in camps along the border.",
        "2014-06-01",
        ("AID", "TUR", "SYR", False),
    ),
    # --- SANCTION: consuls and high commissioners expelled ---
    (
        "India expelled Pakistan's acting high commissioner on Wednesday.",
        "2001-12-26",
        ("SANCTION", "IND", "PAK", False),
    ),
    (
        "Russia expelled the Polish consul in Kaliningrad.",
        "2019-05-20",
        ("SANCTION", "RUS", "POL", False),
    ),
    # --- COERCE: governments dismissed, rulers ousted ---
    (
        "President Boris Yeltsin dismissed the entire Russian government on Monday.",
        "1998-03-23",
        ("COERCE", "RUS", "RUS", False),
    ),
    (
        "Pakistan's president dismissed the government of Benazir Bhutto on Tuesday.",
        "1996-11-05",
        ("COERCE", "PAK", "PAK", False),
    ),
    (
        "King Gyanendra dismissed Nepal's government on Tuesday.",
        "2005-02-01",
        ("COERCE", "NPL", "NPL", False),
    ),
    (
        "Ukraine's parliament ousted President Viktor Yanukovych on Saturday.",
        "2014-02-22",
        ("COERCE", "UKR", "UKR", False),
    ),
    (
        "Malian soldiers ousted President Amadou Toumani Toure in a coup.",
        "2012-03-22",
        ("COERCE", "MLI", "MLI", False),
    ),
    (
        "Sierra Leone soldiers ousted President Ahmad Tejan Kabbah in a coup on Sunday.",
        "1997-05-25",
        ("COERCE", "SLE", "SLE", False),
    ),
    # --- COERCE: groups held without charge, curfews clamped or extended ---
    (
        "Israeli troops held dozens of Palestinians without charge in the West Bank.",
        "1996-01-20",
        ("COERCE", "ISR", "PSE", False),
    ),
    (
        "Pakistan clamped a curfew on the city of Karachi after a wave of killings.",
        "1995-04-05",
        ("COERCE", "PAK", "PAK", False),
    ),
    (
        "Indian authorities extended the curfew in Srinagar for a fifth day.",
        "1990-05-25",
        ("COERCE", "IND", "IND", False),
    ),
    # --- COERCE: settlers and families dragged out of their homes ---
    (
        "Israeli troops began dragging Jewish settlers out of their homes in the Gaza Strip.",
        "2005-08-17",
        ("COERCE", "ISR", "ISR", False),
    ),
    (
        "Israeli police hauled Palestinian families out of their homes in east Jerusalem.",
        "1996-02-10",
        ("COERCE", "ISR", "PSE", False),
    ),
    # --- ASSAULT: hangings ---
    (
        "Nigeria's military government hanged writer Ken Saro-Wiwa on Friday.",
        "1995-11-10",
        ("ASSAULT", "NGA", None, False),
    ),
    # --- THREATEN: "would hit back", "will hunt down" ---
    (
        "Pakistan will hit back at India at a time and place of its choosing, the army said.",
        "2002-01-01",
        ("THREATEN", "PAK", "IND", False),
    ),
    (
        "Iran will strike back against any aggressor, the defence minister said.",
        "2004-08-01",
        ("THREATEN", "IRN", None, False),
    ),
    (
        "India will hunt down the masterminds of the Mumbai attacks, Prime Minister Manmohan Singh "
        "said.",
        "2008-11-28",
        ("THREATEN", "IND", None, False),
    ),
    (
        "French President Jacques Chirac vowed to hunt down the bombers.",
        "1995-07-26",
        ("THREATEN", "FRA", None, False),
    ),
    # --- ACCUSE: "took X to task", "came under criticism from" ---
    (
        "Syria's foreign minister took Washington to task over its new sanctions.",
        "2004-05-12",
        ("ACCUSE", "SYR", "USA", False),
    ),
    (
        "The European Union took Hungary to task for curbing the independence of its central bank.",
        "2012-01-11",
        ("ACCUSE", "IGO", "HUN", False),
    ),
    (
        "Iraq's deputy prime minister Tariq Aziz took the United Nations to task for dragging out "
        "the inspections.",
        "1998-02-10",
        ("ACCUSE", "IRQ", "IGO", False),
    ),
    (
        "Turkey came under sharp criticism from the European Union over its treatment of "
        "journalists.",
        "2010-11-10",
        ("ACCUSE", "IGO", "TUR", False),
    ),
    (
        "Austria's government came under heavy criticism from the European Union over the "
        "coalition deal.",
        "2000-02-07",
        ("ACCUSE", "IGO", "AUT", False),
    ),
    # --- REJECT: accords and drafts blocked or vetoed ---
    (
        "Greece blocked the European Union's trade accord with Turkey.",
        "1995-04-20",
        ("REJECT", "GRC", "IGO", False),
    ),
    (
        "The United States vetoed a draft condemning Israeli settlements.",
        "2011-02-18",
        ("REJECT", "USA", "ISR", False),
    ),
    # --- COERCE: no-fly zones ---
    (
        "France and Britain imposed a no-fly zone over Libya.",
        "2011-03-18",
        ("COERCE", "FRA+GBR", "LBY", False),
    ),
    (
        "NATO began enforcing a no-fly zone over Bosnia on Monday.",
        "1993-04-12",
        ("COERCE", "IGO", "BIH", False),
    ),
    # --- ASSAULT: counter-terrorist operations ---
    (
        "Russia launched a counter-terrorist operation in Chechnya on Friday.",
        "1999-10-01",
        ("ASSAULT", "RUS", None, False),
    ),
    (
        "Turkey launched an anti-terror campaign against Kurdish rebels in northern Iraq.",
        "2007-10-20",
        ("ASSAULT", "TUR", "IRQ", False),
    ),
]

NEGATIVES = [
    ("Fans set off flares outside the stadium in Naples.", "PROTEST"),
    ("The chef set the dessert on fire at the table.", "PROTEST"),
    ("Tourists poured into central Rome for the Easter celebrations.", "PROTEST"),
    ("Families gathered in the square in Madrid to celebrate the new year.", "PROTEST"),
    ("The football club expelled its commissioner for misusing funds.", "SANCTION"),
    ("The bank dismissed the complaint from its customers in London.", "COERCE"),
    ("The company sacked its entire board after the losses.", "COERCE"),
    ("The shareholders ousted the chairman of the board.", "COERCE"),
    ("The museum in Paris hung a portrait of the queen in the main hall.", "ASSAULT"),
    ("The striker said his team would hit back after the defeat in Madrid.", "THREATEN"),
    ("Collectors will hunt down rare stamps at the fair in Berlin.", "THREATEN"),
    ("The old hotel in Cairo was blown up to make way for a shopping centre.", "ASSAULT"),
    ("The film came under criticism from critics in Britain for its length.", "ACCUSE"),
    ("The goalkeeper blocked the shot in the final minute of the match in Madrid.", "REJECT"),
    ("Iran fired missiles at two Iraqi bases housing U.S. troops.", "AID"),
    ("The hospital in Cairo housed the new scanner in its basement.", "AID"),
    ("Army engineers launched a mine clearance operation in southern Lebanon.", "ASSAULT"),
    ("The airline dismissed the cabin crew's complaint in Dublin.", "COERCE"),
    ("The fans held the banner without help from the club in Madrid.", "COERCE"),
    ("The museum in London extended the exhibition for a month.", "COERCE"),
    ("Parents in Berlin extended the curfew for their teenage children.", "COERCE"),
    ("Firefighters in London pulled the residents out of the burning building.", "COERCE"),
]


@pytest.fixture(scope="module")
def code_on(code_text):
    return lambda text, date: [(*triple(e), e.rule.split(" | ")[0]) for e in code_text(text, date)]


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES, ids=[s[:48] for s, _, _ in CASES])
def test_older_lexicon(code_on, sentence, date, expected):
    ptype, actor, recipient, symmetric = expected
    got = code_on(sentence, date)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_older_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_dismissing_a_government_is_no_rejection(code_text):
    """reject.reject lists "dismiss": a dismissed government or cabinet is COERCE 172."""
    got = [triple(e) for e in code_text("Yeltsin dismissed the Russian government.", "1998-03-23")]
    assert ("REJECT", "RUS", "RUS") not in got and ("COERCE", "RUS", "RUS") in got, got


def test_vowing_to_hunt_down_is_no_pledge(code_text):
    got = [triple(e) for e in code_text("President Joe Biden vowed to hunt down those "
                                        "responsible.", "2021-08-26")]  # fmt: skip
    assert not [g for g in got if g[0] == "AGREE"], got
    assert [g for g in got if g[0] == "THREATEN"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("older.")]
    assert len(ours) >= 15
    for p in ours:
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        assert guarded, f"{p.id}: no guard"
