"""Sense conditions widened for ordinary news phrasing (``events/data/patterns.yaml`` and part
files): forces named by their units (battalions, commandos, paratroopers, mercenaries) in
withdrawals, trainings and deployments; troops sent or landing abroad to protect or reinforce
(military assistance, 074); asylum offered; aid withheld in a named currency; "curbs" eased and
duties lifted; talks blocked; acts named intimidation, coercion or collective punishment; relief
goods by name (ventilators, masks); "data" shared (the model's lemma is "datum"); a state
demolishing homes and places of worship; a deadline given in months; jailed dissidents, bloggers
and lawyers freed. News-style sentences we wrote, each with the expected PLOVER type, actor
country and recipient country, and look-alikes that must not take the type (the guards: a
purpose of protection, armed forces as the subject, a building as the object, a named
receiver)."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

S = True  # symmetric: the two sides may come out in either order

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- AID (074): troops sent abroad to protect or reinforce ---
    (
        "Rwanda sent troops to the Central African Republic to protect the capital.",
        ("AID", "RWA", "CAF", False),
    ),
    (
        "Chad deployed 400 soldiers to Niger to reinforce the regional force.",
        ("AID", "TCD", "NER", False),
    ),
    (
        "Kenya dispatched a battalion to Somalia to support the African Union mission.",
        ("AID", "KEN", "SOM", False),
    ),
    # --- AID (074): armed forces landing abroad to protect or help ---
    (
        "Jordanian troops arrived in Kuwait to help protect the oil fields.",
        ("AID", "JOR", "KWT", False),
    ),
    (
        "French paratroopers landed in Kinshasa to protect foreign nationals.",
        ("AID", "FRA", "COD", False),
    ),
    # --- AID (075): asylum offered ---
    ("Canada offered asylum to Afghan interpreters.", ("AID", "CAN", "AFG", False)),
    (
        "Ecuador extended asylum to a Honduran opposition leader.",
        ("AID", "ECU", "HND", False),
    ),
    # --- RETREAT (0872): units by their names ---
    ("Kenya withdrew its paratroopers from Somalia.", ("RETREAT", "KEN", "SOM", False)),
    ("France withdrew its commandos from Burkina Faso.", ("RETREAT", "FRA", "BFA", False)),
    ("Britain pulled its last battalion out of Basra.", ("RETREAT", "GBR", "IRQ", False)),
    ("Russia pulled its mercenaries out of Libya.", ("RETREAT", "RUS", "LBY", False)),
    # --- RETREAT (0841): jailed people freed ---
    ("Pakistan freed a jailed Indian fisherman.", ("RETREAT", "PAK", "IND", False)),
    ("Iran released a British-Iranian blogger.", ("RETREAT", "IRN", "GBR", False)),
    ("Belarus freed 20 jailed dissidents.", ("RETREAT", "BLR", "BLR", False)),
    # --- COOPERATE: training units, sharing data ---
    ("Britain trained Ukrainian battalions.", ("COOPERATE", "GBR", "UKR", False)),
    ("Japan shared radar data with South Korea.", ("COOPERATE", "JPN", "KOR", S)),
    # --- MOBILIZE: mercenaries deployed ---
    ("Russia deployed mercenaries to Mali.", ("MOBILIZE", "RUS", "MLI", False)),
    # --- SANCTION (162): aid withheld in a named currency ---
    ("Britain withheld 20 million pounds from Uganda.", ("SANCTION", "GBR", "UGA", False)),
    # --- CONCEDE (081): curbs eased ---
    ("Egypt lifted curbs on opposition newspapers.", ("CONCEDE", "EGY", "EGY", False)),
    # --- ASSAULT (1712): a state demolishing buildings ---
    (
        "Israeli authorities demolished Palestinian homes near Hebron.",
        ("ASSAULT", "ISR", "PSE", False),
    ),
    ("Chinese authorities demolished a mosque in Xinjiang.", ("ASSAULT", "CHN", "CHN", False)),
    # --- AID: relief goods by their ordinary names ---
    ("China sent ventilators to Italy.", ("AID", "CHN", "ITA", False)),
    ("Japan donated masks to Taiwan.", ("AID", "JPN", "TWN", False)),
    # --- AGREE: rulings, verdicts and compromises accepted ---
    ("Israel accepted the American compromise.", ("AGREE", "ISR", "USA", False)),
    (
        "Serbia accepted the European framework for ties with Kosovo.",
        ("AGREE", "SRB", None, False),
    ),
    # --- RETREAT (085): duties lifted ---
    ("Washington suspended duties on Mexican tomatoes.", ("RETREAT", "USA", "MEX", False)),
    # --- REJECT (120): talks blocked ---
    (
        "Greece blocked EU membership negotiations with North Macedonia.",
        ("REJECT", "GRC", "MKD", False),
    ),
    # --- ACCUSE (111): an act named as intimidation, collective punishment ---
    ("Beijing called the arrests an act of intimidation.", ("ACCUSE", "CHN", None, False)),
    ("The UN called the blockade collective punishment.", ("ACCUSE", "IGO", None, False)),
    # --- THREATEN (139): a deadline in months ---
    (
        "Washington gave Caracas six months to hold free elections.",
        ("THREATEN", "USA", "VEN", False),
    ),
]

# (sentence, PLOVER type it must not take)
NEGATIVES = [
    # a deployment with no protection purpose stays a show of force
    ("Russia sent troops to the Ukrainian border.", "AID"),
    ("China deployed troops to the Himalayan frontier to counter India.", "AID"),
    # forces sent "into" a country are a deployment, whatever the purpose named
    ("Turkey sent troops into northern Syria to protect its border posts.", "AID"),
    # a landing with no purpose of protection; an official landing to help is a visit
    ("Chinese troops arrived in Hong Kong for the handover ceremony.", "AID"),
    ("The foreign minister of Qatar arrived in Kabul to help negotiate a truce.", "AID"),
    # offering to act is a pledge, not asylum
    ("Germany offered to mediate between the two sides.", "AID"),
    # what a state destroys that is no building
    ("Syria destroyed its chemical weapons stockpile.", "ASSAULT"),
    ("Police destroyed five tonnes of seized cocaine.", "ASSAULT"),
    ("The city council demolished the old stadium.", "ASSAULT"),
    # money cut with no receiver named
    ("The government cut $5 billion from the defence budget.", "SANCTION"),
    # a company's division is no unit of troops
    ("Unilever withdrew its ice cream division from Russia.", "RETREAT"),
    # concerns shared are no intelligence
    ("Japan shared its concerns with South Korea.", "COOPERATE"),
    # a report about inmates frees nobody
    ("The ministry released a report on prison inmates.", "RETREAT"),
    # an award accepted is no agreement
    ("The minister accepted the award.", "AGREE"),
    # a meeting called is no name given; police blocking a road block no talks
    ("The president called a meeting on the occupation.", "ACCUSE"),
    ("Riot police blocked the road to the talks venue.", "REJECT"),
    # a ruling not accepted is no agreement (rulings stay out of agree.accept)
    ("China said it would not accept the tribunal's decision on the reef.", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_widened_sense_conditions(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_widened_sense_guards(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_new_senses_are_guarded():
    ps = patterns.default()
    for sid in (
        "aid.troops_to_protect",
        "ac.aid.troops_arrive_to_help",
        "aid.offer_asylum",
        "assault.demolish_property",
    ):
        p = ps.by_id[sid]
        assert p.needs_object or p.needs_word, sid
    # forces sent to protect need a receiver; the landing sense needs armed forces as subject
    assert ps.by_id["aid.troops_to_protect"].needs_recipient
    assert ps.by_id["ac.aid.troops_arrive_to_help"].needs_actor_sector == {"MIL"}
    # a state demolishing: no armed group's sense, and a receiver named
    assert ps.by_id["assault.demolish_property"].needs_recipient


def test_model_lemma_of_data_is_listed():
    """spaCy lemmatizes "data" as "datum": every class or sense that names data names both."""
    ps = patterns.default()
    for name, words in ps.classes.items():
        if "data" in words:
            assert "datum" in words, name
    assert "datum" in ps.by_id["cooperate.share"].needs_object
