"""Event extractor: events whose actor sits somewhere other than a resolved subject: passives
of moving forces whose patient names the state that moved them, passives of handing people
over "from" one state "to" another, passives on a party's place in a body, event nouns that
are the subjects of their own coming into force with both sides named, and sentence openers
that the parser let swallow the main clause's subject. Look-alikes must not code: an
agentless passive naming no actor anywhere, a background noun, forces moved by another, the
victim taken for the actor.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples


def _got(pipeline, text, date="1995-06-01"):
    return coded_triples(pipeline, text, date)


def _either(t: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    """A two-sided event, in either direction."""
    return {t, (t[0], t[2], t[1])}


# (case, sentence, triples of which one must be coded, triples that must not)
CASES = [
    # a. forces moved: the forces' own state withdraws or mobilizes
    (
        "troops withdrawn from a country",
        "The last Cuban troops were withdrawn from Angola on Wednesday.",
        {("RETREAT", "CUB", "AGO")},
        set(),
    ),
    (
        "soldiers pulled out of a country",
        "Several hundred Russian soldiers were pulled out of Moldova last month.",
        {("RETREAT", "RUS", "MDA")},
        set(),
    ),
    (
        "soldiers withdrawn, a number first",
        "About 3,000 Syrian soldiers were withdrawn from Lebanon over the weekend.",
        {("RETREAT", "SYR", "LBN")},
        set(),
    ),
    (
        "marines redeployed",
        "American marines were redeployed to the Gulf on Thursday.",
        {("MOBILIZE", "USA", "")},
        set(),
    ),
    (
        "forces withdrawn with the agent named",
        "Vietnamese troops were withdrawn from Cambodia by Hanoi in September.",
        {("RETREAT", "VNM", "KHM")},
        set(),
    ),
    # b. handed over from one state to another
    (
        "extradited from one state to another",
        "Two suspected smugglers were extradited from Mexico to the United States on Monday.",
        {("COOPERATE", "MEX", "USA")},
        set(),
    ),
    (
        "extradited, the sending state in the 'from' phrase",
        "A former militia leader was extradited from Belgium to Rwanda last week.",
        {("COOPERATE", "BEL", "RWA")},
        set(),
    ),
    (
        "handed over by a named state",
        "The wanted businessman was handed over by Tanzania to Burundi on Sunday.",
        {("COOPERATE", "TZA", "BDI")},
        set(),
    ),
    (
        "deported from one state to another",
        "Forty Tunisian migrants were deported from Italy to Tunisia on Tuesday.",
        {("COERCE", "ITA", "TUN")},
        set(),
    ),
    # c. a party's place in a body: the body acts on the party
    (
        "membership of a body suspended",
        "Syria's membership of the Arab League was suspended on Saturday.",
        {("SANCTION", "IGO", "SYR")},
        set(),
    ),
    (
        "membership in a body suspended",
        "Egypt's membership in the Arab League was suspended after the treaty.",
        {("SANCTION", "IGO", "EGY")},
        set(),
    ),
    (
        "seat at a body frozen",
        "Libya's seat at the OAU was frozen on Monday after the coup.",
        {("SANCTION", "IGO", "LBY")},
        set(),
    ),
    (
        "envoy summoned to a foreign ministry",
        "The ambassador of Iran was summoned to the Foreign Ministry in Berlin on Friday.",
        {("ACCUSE", "DEU", "IRN")},
        set(),
    ),
    # d. event nouns that come into force, with both sides named
    (
        "a ceasefire took effect",
        "A ceasefire between Armenia and Azerbaijan took effect at noon on Saturday.",
        _either(("RETREAT", "ARM", "AZE")),
        set(),
    ),
    (
        "a truce took hold",
        "A truce between Israel and Hamas took hold early on Friday.",
        _either(("RETREAT", "ISR", "PSE")),
        set(),
    ),
    (
        "a ceasefire came into force",
        "A ceasefire between Ethiopia and Eritrea came into force at midnight.",
        _either(("RETREAT", "ETH", "ERI")),
        set(),
    ),
    (
        "an armistice went into effect",
        "An armistice between Peru and Ecuador went into effect on Wednesday.",
        _either(("RETREAT", "PER", "ECU")),
        set(),
    ),
    (
        "a truce held",
        "The truce between India and Pakistan held through the weekend.",
        _either(("RETREAT", "IND", "PAK")),
        set(),
    ),
    (
        "talks resumed between the sides",
        "Talks between India and Pakistan resumed in Islamabad on Monday.",
        _either(("CONSULT", "IND", "PAK")),
        set(),
    ),
    (
        "fighting erupted between two forces",
        "Fighting between Armenian and Azerbaijani forces erupted near the border on Sunday.",
        _either(("ASSAULT", "ARM", "AZE")),
        set(),
    ),
    # e. openers that the parser let swallow the main clause's subject
    (
        "a purpose participle before two sides that met",
        "Seeking to ease tension along the frontier, Indian and Pakistani commanders met and"
        " agreed to hold talks.",
        _either(("CONSULT", "IND", "PAK")),
        set(),
    ),
    (
        "a purpose participle, the agreement after it",
        "Seeking to ease tension along the frontier, Indian and Pakistani commanders met and"
        " agreed to hold talks.",
        _either(("AGREE", "IND", "PAK")),
        set(),
    ),
    (
        "a hope before two states that signed",
        "Hoping to end the dispute, Peru and Ecuador signed a border treaty.",
        _either(("COOPERATE", "PER", "ECU")) | _either(("SUPPORT", "PER", "ECU")),
        set(),
    ),
    (
        "in a bid to",
        "In a bid to end the crisis, Greece and Turkey agreed to resume talks.",
        _either(("AGREE", "GRC", "TUR")),
        set(),
    ),
    (
        "talks with a mission led by a named person",
        "After talks with a mission led by former President Jimmy Carter, Haiti's military"
        " rulers agreed to step down.",
        _either(("CONSULT", "HTI", "USA")),
        set(),
    ),
    (
        "talks with a delegation headed by a named minister",
        "Following talks with a delegation headed by Secretary of State James Baker, Syria"
        " agreed to attend the conference.",
        _either(("CONSULT", "SYR", "USA")),
        set(),
    ),
    (
        "an eager opener",
        "Eager to end the war, Iraq accepted the ceasefire.",
        {("AGREE", "IRQ", "")},
        set(),
    ),
    (
        "a trying opener",
        "Trying to calm the region, Egypt hosted talks with Israel.",
        _either(("CONSULT", "EGY", "ISR")),
        set(),
    ),
    (
        "a delegation headed by a named minister met",
        "A delegation headed by Foreign Minister Sergei Lavrov met Syrian officials in Damascus.",
        _either(("CONSULT", "RUS", "SYR")),
        set(),
    ),
]

# (case, sentence, triples that must not be coded, types that must not be coded at all)
LOOK_ALIKES = [
    (
        "forces driven out by another: no retreat of their own",
        "Iraqi troops were driven out of Kuwait.",
        {("RETREAT", "IRQ", "KWT")},
        {"RETREAT"},
    ),
    (
        "forces forced out by another",
        "Iraqi troops were forced out of Kuwait in February.",
        {("RETREAT", "IRQ", "KWT")},
        {"RETREAT"},
    ),
    (
        "troops of no named state withdrawn",
        "The troops were withdrawn from the region on Friday.",
        set(),
        {"RETREAT"},
    ),
    (
        "extradited with no sending state named",
        "The suspect was extradited to Peru on Monday.",
        set(),
        {"COOPERATE"},
    ),
    (
        "suspects from a country: their origin is no actor",
        "Three suspects from Colombia were extradited to the United States.",
        {("COOPERATE", "COL", "USA")},
        set(),
    ),
    (
        "membership suspended with no body named",
        "Egypt's membership was suspended.",
        set(),
        {"SANCTION"},
    ),
    (
        "a background ceasefire with no sides",
        "The ceasefire held.",
        set(),
        {"RETREAT"},
    ),
    (
        "a ceasefire took effect with no sides named",
        "The ceasefire took effect at dawn on Monday.",
        set(),
        {"RETREAT"},
    ),
    (
        "a ceasefire between sides that collapsed is no truce",
        "A ceasefire between Iran and Iraq collapsed on Friday.",
        {("RETREAT", "IRN", "IRQ"), ("RETREAT", "IRQ", "IRN")},
        set(),
    ),
    (
        "diplomats expelled from a state: the expelled are no actor",
        "Two Cuban diplomats were expelled from Angola on Monday.",
        {("COERCE", "CUB", "AGO")},
        set(),
    ),
    (
        "the victims of a passive are not its actor",
        "Twelve Turkish workers were deported from Germany on Monday.",
        {("COERCE", "TUR", "DEU")},
        set(),
    ),
    (
        "a real subject after a long subject phrase is kept",
        "The foreign ministers of France, Germany and Italy met in Rome on Monday.",
        {("CONSULT", "DEU", "ITA"), ("CONSULT", "ITA", "DEU")},
        set(),
    ),
]


def test_there_are_forty_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 40


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_actor_named_elsewhere(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert must & got, (case, got)
    assert not (must_not & got), (case, got)


@pytest.mark.parametrize(
    ("case", "sentence", "must_not", "types"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not (must_not & got), (case, got)
    assert not {t for t, _, _ in got} & types, (case, got)
