"""Lexicon breadth for political violence and coercion (``events/data/patterns/violence.yaml``):
fire returned or fired back, a side answering with tear gas, bullets or shelling, ordnance
rained on a place, opponents poisoned or forcibly disappeared, troops skirmishing, trains
derailed, vehicles driven into a crowd, poison gas released, people kicked or slapped,
fighters eliminated, targets taken out, people kept by the state from going somewhere, a
flotilla or convoy intercepted, a closure imposed on a territory and a war waged on a named
party. News-style sentences we wrote, each coded with the expected PLOVER type, actor country
and recipient country, and uses of the same words outside politics (or in another sense) that
must not code the type in question."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- ASSAULT: fire returned ---
    ("Israeli troops returned fire after gunmen shot at a patrol near Jenin.",
     ("ASSAULT", "ISR", None, False)),
    ("Pakistani troops returned fire at Indian posts in Kashmir.", ("ASSAULT", "PAK", "IND", False)),
    ("The Indian army returned fire across the Line of Control.", ("ASSAULT", "IND", None, False)),
    ("Georgia returned fire at South Ossetian separatists.", ("ASSAULT", "GEO", "GEO", False)),
    ("Thai soldiers returned fire at Cambodian troops near the temple.",
     ("ASSAULT", "THA", "KHM", False)),
    # --- ASSAULT: fired back ---
    ("Indian border guards fired back after smugglers opened fire near the river.",
     ("ASSAULT", "IND", "IND", False)),
    ("Greek coast guard officers fired back at Turkish smugglers.", ("ASSAULT", "GRC", "TUR", False)),
    # --- ASSAULT: a side answers with force ---
    ("Indian police responded with batons and tear gas.", ("ASSAULT", "IND", "IND", False)),
    ("Israeli troops retaliated with artillery fire on Lebanon.", ("ASSAULT", "ISR", "LBN", False)),
    ("Hamas retaliated with rocket fire on Israel.", ("ASSAULT", "PSE", "ISR", False)),
    ("Turkish troops responded with artillery fire on Syrian government positions.",
     ("ASSAULT", "TUR", "SYR", False)),
    ("Israeli border police answered with stun grenades and water cannon.",
     ("ASSAULT", "ISR", "ISR", False)),
    ("Kenyan police reacted with live bullets against demonstrators in Kisumu.",
     ("ASSAULT", "KEN", "KEN", False)),
    # --- ASSAULT: ordnance rained on a place ---
    ("Chechen rebels rained shells on Russian positions.", ("ASSAULT", "RUS", "RUS", False)),
    ("Ethiopian artillery rained shells on the Tigrayan town of Adigrat.",
     ("ASSAULT", "ETH", "ETH", False)),
    ("Israeli warplanes rained missiles on southern Lebanon.", ("ASSAULT", "ISR", "LBN", False)),
    # --- ASSAULT: opponents poisoned, people forcibly disappeared ---
    ("Russia poisoned Alexei Navalny with a nerve agent.", ("ASSAULT", "RUS", "RUS", False)),
    ("Iraqi agents poisoned an Iraqi dissident in London.", ("ASSAULT", "IRQ", "IRQ", False)),
    ("Egyptian security forces forcibly disappeared dozens of Egyptian students.",
     ("ASSAULT", "EGY", "EGY", False)),
    ("Chinese authorities forcibly disappeared human rights lawyers.", ("ASSAULT", "CHN", None, False)),
    # --- ASSAULT: troops skirmish ---
    ("Armenian and Azerbaijani troops skirmished on the border.", ("ASSAULT", "ARM", "AZE", True)),
    ("Indian and Chinese soldiers skirmished in the Himalayas.", ("ASSAULT", "CHN", "IND", True)),
    # --- ASSAULT: vehicles driven into a crowd, poison gas released ---
    ("Sudanese troops steered pickup trucks into a crowd of marchers in Omdurman.",
     ("ASSAULT", "SDN", "SDN", False)),
    ("Syrian troops sprayed chlorine on the rebel district.", ("ASSAULT", "SYR", "SYR", False)),
    # --- ASSAULT: a war waged on a named party ---
    ("Russia started a war against Georgia in August 2008.", ("ASSAULT", "RUS", "GEO", False)),
    ("Ethiopia waged war against Tigrayan rebels.", ("ASSAULT", "ETH", "ETH", False)),
    ("Saudi Arabia waged war on Yemen's Houthi rebels.", ("ASSAULT", "SAU", "YEM", False)),
    # --- ASSAULT: people kicked or slapped; fighters eliminated; targets taken out ---
    ("Belarusian riot police punched and kicked protesters in Minsk.",
     ("ASSAULT", "BLR", "BLR", False)),
    ("Israeli soldiers slapped a Palestinian teenager at a checkpoint.",
     ("ASSAULT", "ISR", "PSE", False)),
    ("Pakistani security forces eliminated 10 militants in North Waziristan.",
     ("ASSAULT", "PAK", "PAK", False)),
    ("Egyptian forces liquidated a militant cell in North Sinai.", ("ASSAULT", "EGY", "EGY", False)),
    ("Colombian troops took out a FARC camp.", ("ASSAULT", "COL", "COL", False)),
    ("Israel took out a Hezbollah rocket launcher in southern Lebanon.",
     ("ASSAULT", "ISR", "LBN", False)),
    # --- COERCE: people kept by the state from going somewhere ---
    ("Croatian police stopped dozens of migrants from crossing the bridge at Bajakovo.",
     ("COERCE", "HRV", "HRV", False)),
    ("Israeli police prevented Palestinian worshippers from entering the al-Aqsa mosque.",
     ("COERCE", "ISR", "PSE", False)),
    ("Turkish troops stopped Kurdish journalists from reaching Cizre.",
     ("COERCE", "TUR", "TUR", False)),
    ("Belarusian police barred opposition supporters from gathering in central Minsk.",
     ("COERCE", "BLR", "BLR", False)),
    # --- COERCE: a flotilla or convoy intercepted ---
    ("Israeli navy commandos intercepted a Turkish aid flotilla bound for Gaza.",
     ("COERCE", "ISR", "TUR", False)),
    ("The Israeli navy intercepted a Malaysian flotilla sailing to Gaza.",
     ("COERCE", "ISR", "MYS", False)),
    # --- COERCE: a closure imposed on a territory ---
    ("Israel imposed a closure on the West Bank.", ("COERCE", "ISR", "PSE", False)),
    ("Israel imposed a total closure on the Gaza Strip after the bombing.",
     ("COERCE", "ISR", "PSE", False)),
    ("The Israeli army tightened its closure on Palestinian towns.", ("COERCE", "ISR", "PSE", False)),
]  # fmt: skip

NEGATIVES = [
    ("The shop returned the faulty goods to the supplier.", "ASSAULT"),
    ("The team returned to the field after the break.", "ASSAULT"),
    ("The company responded with a statement denying the report.", "ASSAULT"),
    ("Investors reacted with alarm to the inflation figures.", "ASSAULT"),
    ("Fans responded with cheers and applause.", "ASSAULT"),
    ("Beijing fired back at Washington over the criticism.", "ASSAULT"),
    ("The prime minister shot back at his critics in parliament.", "ASSAULT"),
    ("The minister replied with a letter to the committee.", "ASSAULT"),
    ("It rained heavily on the capital on Monday.", "ASSAULT"),
    ("Critics showered the film with praise.", "ASSAULT"),
    ("Factory waste poisoned the river.", "ASSAULT"),
    ("The row poisoned relations between the two neighbours.", "ASSAULT"),
    ("The dispute poisoned the atmosphere at the talks.", "ASSAULT"),
    ("The magician made the coin disappear.", "ASSAULT"),
    ("Lawmakers skirmished over the budget on Tuesday.", "ASSAULT"),
    ("A landslide derailed a freight train in the Alps.", "ASSAULT"),
    ("The driver steered the bus into a crowd of fans by accident.", "ASSAULT"),
    ("The chemical plant released chlorine into the river.", "ASSAULT"),
    ("China launched a trade war against Australia.", "ASSAULT"),
    ("The president declared war on drugs.", "ASSAULT"),
    ("The government waged war on poverty.", "ASSAULT"),
    ("The striker kicked the ball into the net.", "ASSAULT"),
    ("The government eliminated fuel subsidies.", "ASSAULT"),
    ("The storm wiped out crops across the region.", "ASSAULT"),
    ("He took out a loan to buy a house.", "ASSAULT"),
    ("Heavy snow prevented residents from leaving their homes.", "COERCE"),
    ("The referee stopped the players from celebrating.", "COERCE"),
    ("The airline barred passengers from bringing liquids on board.", "COERCE"),
    ("Saudi air defences intercepted a Houthi missile over Riyadh.", "COERCE"),
    ("The firm announced the closure of its factory in Ohio.", "COERCE"),
    ("The museum announced the closure of its west wing for repairs.", "COERCE"),
    ("The council ordered the closure of the market over hygiene failings.", "COERCE"),
    ("The bloc censured the junta over the closure of parliament.", "COERCE"),
    ("The United States ordered the closure of a Chinese consulate in Houston.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_violence_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_violence_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_returned_fire_is_no_release(code):
    """ "returned fire": the fire is no prisoner or property handed back."""
    got = code("Israeli troops returned fire after gunmen shot at a patrol near Jenin.")
    assert any(g[3] == "violence.assault.return_fire" for g in got), got
    assert not [g for g in got if g[0] == "RETREAT"], got


def test_kept_from_is_coercion_not_a_sanction(code):
    """People kept by the state from a place are coerced (COERCE), not a state suspended from a
    body (SANCTION)."""
    got = code("Israeli police prevented Palestinian worshippers from entering the al-Aqsa mosque.")
    assert not [g for g in got if g[0] == "SANCTION"], got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "violence.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for key in ("verbs", "nouns") for row in data.get(key) or ()]
    assert len(ids) >= 14
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("violence."), pid
        p = ps.by_id[pid]
        guarded = (
            p.needs_object
            or p.needs_word
            or p.prep
            or p.needs_actor_sector
            or p.needs_recipient
            or p.no_event
        )
        assert guarded, f"{p.id}: no guard"
