"""Event extractor: what the words around a predicate tell about it. The object pronoun of
", accusing him of ..." stands for the side the main clause acted on; troops sent to join or
lead a peacekeeping force are military assistance (CAMEO 074), not a show of force; arms or
tanks sent to a border or front are a deployment there, not aid to the state beyond; captives
freed from others by force are rescued, not released by their captors; a rally that is only
where something else happened, against no one, is no protest; "asked X for Y" is read by its
"for" (an appeal for aid, an apology) before the plain "asked X"; what a deadline or
timetable sets ("the deadline for Iraq to withdraw") has not happened.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples


def _got(pipeline, text, date="2004-06-01"):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples that must be coded, triples that must not)
CASES = [
    # the pronoun of a participle: the side the main clause acted on
    (
        "expelled diplomats, accusing them",
        "Moscow expelled three Latvian diplomats on Friday, accusing them of espionage.",
        {("ACCUSE", "RUS", "LVA")},
        {("ACCUSE", "RUS", "")},
    ),
    (
        "the head of a named body, accusing him",
        "Uganda expelled the head of the U.N. refugee office in Kampala, accusing him of"
        " meddling in domestic politics.",
        {("ACCUSE", "UGA", "IGO")},
        set(),
    ),
    (
        "relations broken with a state, accusing it",
        "Bolivia broke off relations with Israel on Tuesday, accusing it of war crimes in Gaza.",
        {("ACCUSE", "BOL", "ISR")},
        set(),
    ),
    (
        "recalled from a state, accusing it",
        "Peru recalled its ambassador from Venezuela, accusing it of meddling in the election.",
        {("ACCUSE", "PER", "VEN")},
        set(),
    ),
    (
        "detained a national, accusing him",
        "Iranian authorities detained a French academic in Tehran, accusing him of spying.",
        {("ACCUSE", "IRN", "FRA")},
        set(),
    ),
    (
        "warned a state, urging it",
        "China summoned the Japanese ambassador on Monday, urging him to stop the visits to"
        " the shrine.",
        {("REQUEST", "CHN", "JPN")},
        set(),
    ),
    (
        "a participle with a subject of its own is no adjunct",
        "Britain expelled two Russian diplomats, with Moscow accusing it of hysteria.",
        set(),
        {("ACCUSE", "GBR", "RUS")},
    ),
    # troops sent for a peacekeeping force: military assistance
    (
        "as part of a multinational mission",
        "Benin deployed 200 police officers to Haiti as part of the multinational mission.",
        {("AID", "BEN", "HTI")},
        {("MOBILIZE", "BEN", "HTI")},
    ),
    (
        "to lead a U.N. peacekeeping force",
        "Brazil sent 1,200 soldiers to Haiti on Tuesday to lead a U.N. peacekeeping force.",
        {("AID", "BRA", "HTI")},
        {("MOBILIZE", "BRA", "HTI")},
    ),
    (
        "as part of an African Union protection force",
        "Nigeria sent 300 troops to Sudan's Darfur region as part of an African Union"
        " protection force.",
        {("AID", "NGA", "SDN")},
        set(),
    ),
    (
        "to join a named international force",
        "Ireland sent 400 soldiers to southern Lebanon to join the United Nations force there.",
        {("AID", "IRL", "LBN")},
        set(),
    ),
    (
        "an operation against militants stays a deployment",
        "Turkey deployed troops to northern Iraq as part of an operation against Kurdish"
        " militants.",
        set(),
        {("AID", "TUR", "IRQ")},
    ),
    # things sent to a border are deployed there
    (
        "tanks sent to a border",
        "Russia sent tanks and troops to the Ukrainian border on Sunday.",
        {("MOBILIZE", "RUS", "UKR")},
        {("AID", "RUS", "UKR")},
    ),
    (
        "missiles moved to the frontier with a state",
        "Pakistan sent missile batteries to the frontier with India.",
        set(),
        {("AID", "PAK", "IND")},
    ),
    (
        "tanks sent to a state are arms aid",
        "Poland sent tanks to Ukraine in April.",
        {("AID", "POL", "UKR")},
        set(),
    ),
    # a rescue is no release
    (
        "hostages held by a named group, freed by troops",
        "Malian soldiers freed 30 hostages held by jihadists near Gao on Monday.",
        set(),
        {("RETREAT", "MLI", "MLI")},
    ),
    (
        "freed in the course of storming a building",
        "Special forces stormed the school on Friday, freeing 40 children held by gunmen.",
        set(),
        {("RETREAT", "", "")},
    ),
    (
        "a raid that freed captives",
        "A raid by Colombian troops on a rebel camp freed 15 captives.",
        set(),
        {("RETREAT", "COL", "COL"), ("RETREAT", "COL", "")},
    ),
    (
        "captors releasing their own captives still release",
        "Colombian rebels freed six soldiers they had held for two years.",
        {("RETREAT", "COL", "COL")},
        set(),
    ),
    # a rally only as a setting
    (
        "shot at a peace rally",
        "A gunman shot dead Israeli Prime Minister Yitzhak Rabin at a peace rally in Tel Aviv.",
        set(),
        {("PROTEST", "ISR", "ISR")},
    ),
    (
        "declared at a rally",
        "Opposition leader Juan Guaido declared himself interim president at a rally in Caracas.",
        set(),
        {("PROTEST", "VEN", "VEN")},
    ),
    (
        "an anti-government rally is a protest",
        "Thousands attended an anti-government rally in Minsk on Sunday.",
        {("PROTEST", "BLR", "BLR")},
        set(),
    ),
    (
        "a rally held against a law is a protest",
        "A mass rally was held in Warsaw against the new abortion law.",
        {("PROTEST", "POL", "POL")},
        set(),
    ),
    # forces ordered abroad to defend a state: military assistance
    (
        "a leader orders troops abroad to defend a state",
        "President George Bush ordered U.S. troops to Saudi Arabia on Wednesday to defend the"
        " kingdom.",
        {("AID", "USA", "SAU")},
        set(),
    ),
    # a defeated text said nothing
    (
        "a vetoed resolution demanded nothing",
        "China vetoed a draft resolution that demanded Myanmar release political prisoners.",
        set(),
        {("REQUEST", "IGO", "MMR"), ("REQUEST", "", "MMR")},
    ),
    (
        "a vetoed resolution calling for a withdrawal urged no one",
        "Washington vetoed a Security Council resolution calling for an end to the blockade.",
        {("REJECT", "USA", "IGO")},
        {("REQUEST", "IGO", "USA"), ("REQUEST", "IGO", "")},
    ),
    (
        "a resolution that was blocked",
        "A resolution condemning the coup in Sudan was blocked by Russia.",
        set(),
        {("ACCUSE", "IGO", "SDN")},
    ),
    (
        "an adopted resolution does call",
        "The Security Council adopted a resolution calling on Israel to halt settlement building.",
        {("REQUEST", "IGO", "ISR")},
        set(),
    ),
    # a phrasal sense whose particle is there goes before a sense that only asks for an actor
    (
        "asked a state for forgiveness is an apology",
        "The Belgian king asked Congo for forgiveness for colonial abuses.",
        {("CONCEDE", "BEL", "COD")},
        {("REQUEST", "BEL", "COD")},
    ),
    (
        "asked a state for aid is an appeal for aid",
        "Malawi asked South Africa for food aid after the floods.",
        {("REQUEST", "MWI", "ZAF")},
        set(),
    ),
    (
        "a place after the object makes no phrasal verb",
        "Armenian police gave opposition protesters in Yerevan's Freedom Square an ultimatum to"
        " disperse.",
        {("THREATEN", "ARM", "ARM")},
        {("CONCEDE", "ARM", "ARM")},
    ),
    # an adjective read as one people with the next names no second state
    (
        "Greek and Turkish Cypriot leaders are both Cyprus's",
        "Greek and Turkish Cypriot leaders met in Nicosia on Monday.",
        set(),
        {("CONSULT", "CYP", "GRC"), ("CONSULT", "GRC", "CYP")},
    ),
    (
        "Greek and Turkish leaders are two states",
        "Greek and Turkish leaders met in Brussels on Monday.",
        {("CONSULT", "TUR", "GRC")},
        {("CONSULT", "CYP", "GRC")},
    ),
    # what a deadline or timetable sets has not happened
    (
        "a deadline for a state to withdraw",
        "The deadline for Iraq to withdraw its troops from Kuwait expired on Tuesday.",
        set(),
        {("RETREAT", "IRQ", "KWT")},
    ),
    (
        "a state that withdrew before a deadline",
        "Iraq withdrew from Kuwait before the deadline.",
        {("RETREAT", "IRQ", "KWT")},
        set(),
    ),
]


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_what_the_words_around_a_predicate_tell(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert must <= got, (case, got)
    assert not (must_not & got), (case, got)
