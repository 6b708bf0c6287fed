"""Lexicon breadth for yielding, conceding, sanctioning, aiding and investigating
(``events/data/patterns/yield.yaml`` and two guard changes in ``patterns.yaml``): remains handed
back, weapons put beyond use or given up, offensives called off, resignations announced,
fighters demobilised, apologies issued, wrongdoing admitted or responsibility taken, plans put on
hold, autonomy approved, ceasefires approved (AGREE), bodies quit, members expelled by their
body, lending to a named party, questioning by police, hearings into, and prisoners handed over
(a release, not an extradition).
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, plus the neighbouring senses of the same families that must keep working, and
uses of the same words outside politics (or in another sense) that must not code the type in
question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

S = True  # symmetric: the two sides may come out in either order
D = "2024-05-01"

# (sentence, date, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- RETREAT: remains and bodies handed back ---
    (
        "Vietnam returned the remains of two American pilots to the United States.",
        "2016-05-20",
        ("RETREAT", "VNM", "USA", False),
    ),
    (
        "Azerbaijan repatriated the remains of 12 Armenian soldiers to Armenia.",
        "2021-03-10",
        ("RETREAT", "AZE", "ARM", False),
    ),
    # --- RETREAT: prisoners handed over are released (cooperate.hand_over no longer takes
    # the whole `person` class through its word "person") ---
    (
        "Iran handed over 300 Iraqi prisoners of war to the Red Cross.",
        "1998-04-05",
        ("RETREAT", "IRN", "NGO", False),
    ),
    # --- RETREAT: decommissioning, demobilisation ---
    ("The IRA put its arsenal beyond use.", "2005-09-26", ("RETREAT", "GBR", "GBR", False)),
    (
        "The Philippine government demobilized 10,000 former rebel fighters.",
        "2019-09-07",
        ("RETREAT", "PHL", None, False),
    ),
    # --- RETREAT: arms given up, offensives called off or halted ---
    ("Ukraine relinquished its nuclear arsenal.", "1994-12-05", ("RETREAT", "UKR", None, False)),
    (
        "Kazakhstan gave up the nuclear arsenal it inherited from the Soviet Union.",
        "1995-05-20",
        ("RETREAT", "KAZ", None, False),
    ),
    ("Russia called off its offensive on Kyiv.", "2022-03-29", ("RETREAT", "RUS", "UKR", False)),
    (
        "The Ethiopian army halted its advance on Mekelle.",
        "2021-11-30",
        ("RETREAT", "ETH", "ETH", False),
    ),
    # --- RETREAT: resignations announced or tendered ---
    (
        "Ukraine's defence minister announced his resignation on Friday.",
        "2023-09-01",
        ("RETREAT", "UKR", "UKR", False),
    ),
    (
        "The Peruvian prime minister tendered his resignation to President Pedro Castillo.",
        "2022-08-03",
        ("RETREAT", "PER", "PER", False),
    ),
    # --- RETREAT: neighbours that must keep working ---
    (
        "Vietnam freed 18 Chinese fishermen detained in the Gulf of Tonkin.",
        D,
        ("RETREAT", "VNM", "CHN", False),
    ),
    ("Israel allowed 200 aid trucks into Gaza on Sunday.", D, ("RETREAT", "ISR", "PSE", False)),
    ("Egypt reopened the Rafah crossing to Palestinians.", D, ("RETREAT", "EGY", "PSE", False)),
    # --- CONCEDE: apologies issued or offered (the light verb "offer" read them as offers) ---
    (
        "Japan issued an apology to China for the wartime massacre.",
        D,
        ("CONCEDE", "JPN", "CHN", False),
    ),
    (
        "The Japanese government offered an apology to South Korea for the remarks.",
        D,
        ("CONCEDE", "JPN", "KOR", False),
    ),
    # --- CONCEDE: wrongdoing admitted in a clause ---
    (
        "Russia admitted that its troops had entered Ukrainian territory.",
        D,
        ("CONCEDE", "RUS", "UKR", False),
    ),
    (
        "The Nigerian army admitted that an air strike had mistakenly killed villagers.",
        D,
        ("CONCEDE", "NGA", "NGA", False),
    ),
    (
        "India took responsibility for the accidental missile launch into Pakistan.",
        "2022-03-11",
        ("CONCEDE", "IND", "PAK", False),
    ),
    # --- CONCEDE: plans put on hold, autonomy approved ---
    (
        "The Serbian government put the lithium mine project on ice.",
        D,
        ("CONCEDE", "SRB", "SRB", False),
    ),
    (
        "The Philippine Congress approved expanded autonomy for Muslim Mindanao.",
        "1999-02-20",
        ("CONCEDE", "PHL", "PHL", False),
    ),
    # --- CONCEDE: neighbours that must keep working ---
    (
        "Somalia's government caved in to opposition demands.",
        D,
        ("CONCEDE", "SOM", "SOM", False),
    ),
    (
        "Zimbabwe's president commuted the death sentences of 30 prisoners.",
        D,
        ("CONCEDE", "ZWE", "ZWE", False),
    ),
    ("Pakistan lifted its ban on the opposition party.", D, ("CONCEDE", "PAK", "PAK", False)),
    # --- AGREE: a ceasefire approved is intent, not a truce taking hold ---
    (
        "Israel's cabinet approved a ceasefire deal with Hamas.",
        D,
        ("AGREE", "ISR", "PSE", False),
    ),
    # --- SANCTION: bodies quit ---
    (
        "The Maldives pulled out of the Commonwealth.",
        "2016-10-13",
        ("SANCTION", "MDV", "IGO", False),
    ),
    ("Gambia pulled out of the ICC.", "2016-10-26", ("SANCTION", "GMB", "IGO", False)),
    # --- SANCTION: a member expelled by its body (coerce.deport now wants a state as actor) ---
    ("The Commonwealth expelled Fiji.", "2009-09-01", ("SANCTION", "IGO", "FJI", False)),
    ("Russia expelled a Dutch journalist.", D, ("COERCE", "RUS", "NLD", False)),
    # --- SANCTION: neighbours that must keep working ---
    ("Nicaragua severed diplomatic ties with Taiwan.", D, ("SANCTION", "NIC", "TWN", S)),
    ("The African Union suspended Guinea after the coup.", D, ("SANCTION", "IGO", "GIN", False)),
    ("China halted imports of Australian coal.", D, ("SANCTION", "CHN", "AUS", False)),
    ("The United States barred entry to 12 Saudi officials.", D, ("SANCTION", "USA", "SAU", False)),
    # --- AID: lending to a named party, and neighbours ---
    ("China lent heavily to Zambia.", D, ("AID", "CHN", "ZMB", False)),
    ("Ghana wrote off Zambia's debt.", D, ("AID", "GHA", "ZMB", False)),
    ("China extended a $2 billion credit line to Sri Lanka.", D, ("AID", "CHN", "LKA", False)),
    ("Sweden granted refuge to the Belarusian opposition leader.", D, ("AID", "SWE", "BLR", False)),
    ("Turkey evacuated 200 Sudanese students from Khartoum.", D, ("AID", "TUR", "SDN", False)),
    # --- ACCUSE (investigate): questioning by police, hearings into ---
    (
        "Indian police questioned the opposition leader over the money-laundering case.",
        D,
        ("ACCUSE", "IND", "IND", False),
    ),
    (
        "The U.S. Senate held hearings into the CIA's interrogation programme.",
        D,
        ("ACCUSE", "USA", "USA", False),
    ),
    # --- ACCUSE (investigate): neighbours that must keep working ---
    (
        "Prosecutors in Seoul launched an investigation into President Yoon Suk Yeol.",
        D,
        ("ACCUSE", "KOR", "KOR", False),
    ),
    (
        "Kenya's president ordered an inquiry into police killings of protesters.",
        D,
        ("ACCUSE", "KEN", "KEN", False),
    ),
    # --- COOPERATE: a suspect handed over is still an extradition ---
    (
        "Colombia handed over a drug trafficker to the United States.",
        D,
        ("COOPERATE", "COL", "USA", False),
    ),
]

# (sentence, date, PLOVER type that must not be coded)
NEGATIVES = [
    ("Opposition parties in Belgrade called for the prime minister's resignation.", D, "RETREAT"),
    ("Toyota's chief executive announced his resignation.", D, "RETREAT"),
    ("The hospital returned the body to the family.", D, "RETREAT"),
    ("The court put the case beyond doubt.", D, "RETREAT"),
    ("Colombia handed over a drug trafficker to the United States.", D, "RETREAT"),
    ("The airline issued an apology to passengers after the delays.", D, "CONCEDE"),
    ("Iran put the nuclear talks on hold.", D, "CONCEDE"),
    # an offer of autonomy is a pledge (AGREE), not a grant
    ("Morocco offered Western Sahara broad autonomy.", "2007-04-11", "CONCEDE"),
    ("Sweden's parliament approved the budget.", D, "CONCEDE"),
    ("Sweden's parliament approved the budget.", D, "AGREE"),
    ("The Egyptian army approved the purchase of new tanks.", D, "AGREE"),
    ("Kenya pulled out of the tournament.", D, "SANCTION"),
    ("Hungary pulled out of the Eurovision Song Contest.", D, "SANCTION"),
    ("Manchester United lent the striker to Everton.", D, "AID"),
    ("The Israeli army dismantled a Hamas rocket launcher.", D, "RETREAT"),
    ("The union called off the strike.", D, "RETREAT"),
    ("The Pakistani Taliban took responsibility for the bombing.", D, "CONCEDE"),
    ("Germany's opposition questioned the chancellor's decision.", D, "ACCUSE"),
    ("The U.S. Senate held a hearing on the budget.", D, "ACCUSE"),
    ("The Commonwealth expelled Fiji.", "2009-09-01", "COERCE"),
    ("Japan's central bank lent 2 trillion yen to commercial banks.", D, "AID"),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_yield_lexicon(code_text, sentence, date, expected):
    ptype, actor, recipient, symmetric = expected
    got = [_row(e) for e in code_text(sentence, date)]
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(
    ("sentence", "date", "forbidden"), NEGATIVES, ids=[f"{s[:40]}-{t}" for s, _, t in NEGATIVES]
)
def test_yield_lexicon_negatives(code_text, sentence, date, forbidden):
    got = [_row(e) for e in code_text(sentence, date)]
    assert not [g for g in got if g[0] == forbidden], got


def test_offered_apology_is_no_offer(code_text):
    """ "offered an apology" is an apology (CONCEDE 055), not an offer recoded as intent."""
    got = [
        _row(e)
        for e in code_text(
            "Belgium offered an apology to Rwanda for its failures during the genocide.", D
        )
    ]
    assert coded_as(got, "CONCEDE", "BEL", "RWA", False), got
    assert not [g for g in got if g[0] == "AGREE"], got


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("yield.")]
    assert len(ours) >= 18
    for p in ours:
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        # a verb needs one of these; an event noun stands alone only with a light verb or author
        guarded = guarded or (p.kind == "noun" and p.requires_light)
        assert guarded, f"{p.id}: no guard"


def _row(event):
    from .conftest import triple

    return (*triple(event), event.rule.split(" | ")[0])
