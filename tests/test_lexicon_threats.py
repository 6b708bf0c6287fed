"""Lexicon breadth for threats (PLOVER THREATEN, CAMEO 13) and accusations (ACCUSE, CAMEO 11),
and the narrow senses that replaced over-broad ones ("commit" pledges only "to" something,
"turn" disarms only "in"/"over", "shelter" grants refuge only to someone, an order with a
named author is a demand). News-style sentences we wrote, each coded with the expected PLOVER
type, actor country and recipient country, and look-alikes that must not code the type in
question. Most senses tested here live in ``events/data/patterns/threats.yaml``."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import part_file_unguarded

# (sentence, (PLOVER type, actor countries, recipient countries or None for no recipient))
CASES = [
    # --- THREATEN (13): warnings issued, vows of revenge, ultimatums, menaces ---
    ("China issued a stern warning to the Philippines over the reef.", ("THREATEN", "CHN", "PHL")),
    (
        "Poland renewed its warning to Belarus over the border crossings.",
        ("THREATEN", "POL", "BLR"),
    ),
    ("Turkey delivered a veiled threat to Greece over the islands.", ("THREATEN", "TUR", "GRC")),
    ("Serbia sent a warning to Kosovo after the arrests.", ("THREATEN", "SRB", "XKX")),
    ("North Korea threatened retaliation against South Korea.", ("THREATEN", "PRK", "KOR")),
    ("Hamas pledged vengeance against Israel after the raid.", ("THREATEN", "PSE", "ISR")),
    ("Iraq's prime minister promised a harsh response against Turkey.", ("THREATEN", "IRQ", "TUR")),
    ("Kim Jong Un threatened Seoul with nuclear annihilation.", ("THREATEN", "PRK", "KOR")),
    ("Washington menaced Caracas with an oil embargo.", ("THREATEN", "USA", "VEN")),
    (
        "Brussels threatened Budapest with the loss of its voting rights.",
        ("THREATEN", "IGO", "HUN"),
    ),
    ("Ethiopia served notice on Egypt that it would fill the dam.", ("THREATEN", "ETH", "EGY")),
    ("Venezuela gave Guyana an ultimatum over the disputed region.", ("THREATEN", "VEN", "GUY")),
    ("Iran cautioned Azerbaijan against hosting Israeli forces.", ("THREATEN", "IRN", "AZE")),
    # --- ACCUSE (11): branding, describing as, blaming on ---
    ("Russia branded the Ukrainian government a neo-Nazi regime.", ("ACCUSE", "RUS", "UKR")),
    ("Turkey branded the PKK a terrorist group.", ("ACCUSE", "TUR", None)),
    ("Venezuela called the American sanctions criminal.", ("ACCUSE", "VEN", "USA")),
    ("China described Japan's defence plan as a provocation.", ("ACCUSE", "CHN", "JPN")),
    ("Kyiv characterised the Russian attacks as terrorism.", ("ACCUSE", "UKR", "RUS")),
    ("Armenia portrayed the Azerbaijani offensive as ethnic cleansing.", ("ACCUSE", "ARM", "AZE")),
    ("Moscow blamed the drone attack on Ukraine.", ("ACCUSE", "RUS", "UKR")),
    ("Baghdad pinned the bombing on Islamic State.", ("ACCUSE", "IRQ", "IRQ")),
    ("Seoul accused Pyongyang of jamming GPS signals.", ("ACCUSE", "KOR", "PRK")),
    ("India slammed Pakistan for sponsoring cross-border terrorism.", ("ACCUSE", "IND", "PAK")),
    # --- demands: an order or directive with its author named (CAMEO 10) ---
    ("Venezuelan soldiers defied an order from President Maduro.", ("REQUEST", "VEN", "VEN")),
    (
        "Serbian police ignored an instruction from the Security Council to withdraw.",
        ("REQUEST", "IGO", "SRB"),
    ),
    # --- the narrowed senses still code their proper use ---
    ("Ecuador sheltered the dissident in its embassy for five years.", ("AID", "ECU", "ECU")),
    ("FARC rebels turned in their weapons to the peacekeepers.", ("RETREAT", "COL", "IGO")),
    ("Kosovo Albanian guerrillas turned over their arms to NATO.", ("RETREAT", "XKX", "IGO")),
    ("Japan committed to doubling its aid to Ukraine.", ("AGREE", "JPN", "UKR")),
    ("Germany committed 500 troops to the NATO mission.", ("AGREE", "DEU", "IGO")),
    ("Canada committed $2 billion in aid to Ukraine.", ("AGREE", "CAN", "UKR")),
]

NEGATIVES = [
    # intransitive "shelter" is taking shelter, not granting asylum
    ("Venezuelan students were sheltering in a church in Caracas.", "AID"),
    ("Ukrainian families sheltered in metro stations during the raids.", "AID"),
    # "turn guns on" is no disarming
    ("Colombian rebels turned their guns on themselves as police closed in.", "RETREAT"),
    ("Syrian soldiers turned their weapons on the protesters.", "RETREAT"),
    # committing a wrong is no pledge
    ("Pakistan said India had committed a grave violation of its airspace.", "AGREE"),
    ("Amnesty said Myanmar's army committed atrocities in Rakhine.", "AGREE"),
    ("The UN said Sudanese forces had committed abuses in Darfur.", "AGREE"),
    # purchases and court orders without an author are no demands
    ("India placed an order for 36 Rafale jets from France.", "REQUEST"),
    ("Kenya received its first order of coffee machines.", "REQUEST"),
    # weather, fees, courts, markets
    (
        "Forecasters issued a warning to residents of coastal Bangladesh about the cyclone.",
        "THREATEN",
    ),
    ("The striker vowed revenge against the referee after the match.", "THREATEN"),
    ("Droughts threatened harvests across East Africa.", "THREATEN"),
    ("The report described the economy as a growth engine for the region.", "ACCUSE"),
    ("The museum described the exhibition as a tribute to Polish artists.", "ACCUSE"),
    ("The bank blamed the losses on higher interest rates.", "ACCUSE"),
    ("Analysts branded the merger a success for both companies.", "ACCUSE"),
]

#: verbs with everyday senses besides threatening or accusing: a sense here must be guarded
AMBIGUOUS = {
    "commit",
    "turn",
    "issue",
    "give",
    "send",
    "fire",
    "keep",
    "leave",
    "put",
    "serve",
    "call",
    "describe",
    "paint",
    "signal",
    "flag",
    "promise",
    "pledge",
    "order",
}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_threats_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    triples = [(t, a, r) for t, a, r, _ in got]
    assert (ptype, actor, recipient or "") in triples, got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_threats_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_part_file_ids_are_prefixed_and_ambiguous_verbs_guarded():
    assert part_file_unguarded("thr.", AMBIGUOUS, 15, {f"{i:02d}" for i in range(3, 21)}) == []


def test_overbroad_senses_stay_narrow():
    ps = patterns.default()
    assert "commit" not in ps.by_id["agree.pledge"].lemmas
    assert "turn" not in ps.by_id["retreat.disarm"].lemmas
    assert ps.by_id["aid.asylum"].needs_object
