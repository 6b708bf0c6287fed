"""Structure of the event extractor: where the actor and recipient of a matched trigger are
found (relative clauses, participles, object phrases, passives, answers to a claim).

Every sentence here is written by us for these tests; each case names the construction it
exercises, and the negative cases check what must not be coded."""

from __future__ import annotations

import pytest


def _code(pipeline, text, date="2024-05-01"):
    from tacitus import coder
    from tacitus.evaluate import actor_codes
    from tacitus.records import Article

    (analysis,) = coder.code_articles([Article(id="t", text=text, date=date)], pipeline=pipeline)
    got = [
        (
            e.plover["type"] or f"CAMEO{e.cameo['root']}",
            "+".join(sorted(actor_codes(e.actor))),
            "+".join(sorted(actor_codes(e.recipient))),
            e.trigger["lemma"],
        )
        for e in analysis.events
    ]
    return got, analysis.events


def _dyads(got):
    return {g[:3] for g in got}


# (construction, sentence, events that must be there as (type, actors, recipients))
FOUND = [
    (
        "relative clause with a relative-pronoun subject",
        "The Malian junta, which accused France of arming the rebels, closed the border.",
        {("ACCUSE", "MLI", "FRA")},
    ),
    (
        "relative clause on a country",
        "Nicaragua, which blamed Costa Rica for the unrest, recalled its envoy.",
        {("ACCUSE", "NIC", "CRI")},
    ),
    (
        "participle of saying on a reporting verb is the speaker's act",
        "Tunisia announced its exit from the pact on Friday, accusing Algeria of bad faith.",
        {("ACCUSE", "TUN", "DZA")},
    ),
    (
        "participle after a parenthetical reporting clause",
        "Iranian boats harassed a tanker in the Gulf, the British government said, "
        "accusing Tehran of piracy.",
        {("ACCUSE", "GBR", "IRN")},
    ),
    (
        "target preposition on the object",
        "The IMF demanded access to Zambia's debt records.",
        {("REQUEST", "IGO", "ZMB")},
    ),
    (
        "author of the object (nationality adjective)",
        "Chile accepted Argentine mediation in the dispute.",
        {("AGREE", "CHL", "ARG")},
    ),
    (
        "author of the object (relative clause subject)",
        "Polish forces shot down five missiles that Belarus launched.",
        {("ASSAULT", "POL", "BLR")},
    ),
    (
        "author of the object (passive participle)",
        "Georgian prosecutors are investigating abuses committed by Russian soldiers.",
        {("ACCUSE", "GEO", "RUS")},
    ),
    (
        "an appeal about one's own people goes to whoever holds them",
        "Paris demanded the release of the French engineer from Mali.",
        {("REQUEST", "FRA", "MLI")},
    ),
    (
        "place named one level down the object",
        "Canada called for the release of its citizens held in China.",
        {("REQUEST", "CAN", "CHN")},
    ),
    (
        "own state body inside the object's phrase",
        "Rebels in Colombia called for negotiations with the government.",
        {("REQUEST", "COL", "COL")},
    ),
    (
        "passive subject undergoes the act",
        "A Turkish drone was shot down by Syrian forces.",
        {("ASSAULT", "SYR", "TUR")},
    ),
    (
        "the subject is an attack noun with a target",
        "A Russian drone strike on Kharkiv injured six people.",
        {("ASSAULT", "RUS", "UKR")},
    ),
    (
        "a denied charge answers whoever made it (relative clause)",
        "Colombia accused Venezuela of sheltering rebels, a charge that Venezuela denied.",
        {("ACCUSE", "COL", "VEN"), ("REJECT", "VEN", "COL")},
    ),
    (
        "a rejected claim answers whoever made it (coordination)",
        "Belgrade accused Pristina of provocations, and Kosovo rejected the claim.",
        {("ACCUSE", "SRB", "XKX"), ("REJECT", "XKX", "SRB")},
    ),
    (
        "'moved to' is the act itself, not a purpose",
        "Australia moved to expel two Chinese diplomats.",
        {("SANCTION", "AUS", "CHN")},
    ),
    (
        "relative pronoun object and pronoun subject of a relative clause",
        "Britain sanctioned three Iranian officials, whom it accused of plotting attacks.",
        {("SANCTION", "GBR", "IRN"), ("ACCUSE", "GBR", "IRN")},
    ),
    (
        "the leader of a '-led' coalition acts for it",
        "Saudi-led coalition jets carried out air strikes on rebel positions in Yemen.",
        {("ASSAULT", "SAU", "YEM")},
    ),
    (
        "an object pronoun resolved to the clause's own subject is a slip: its antecedent",
        "The Latvian foreign minister summoned the Belarusian envoy and warned him against "
        "further provocations.",
        {("THREATEN", "LVA", "BLR")},
    ),
    (
        "the first of two coordinated verbs takes the party the second names",
        "Tanzania moved troops to the border. Malawi demanded their withdrawal and accused "
        "Tanzania of provoking the clashes.",
        {("REQUEST", "MWI", "TZA"), ("ACCUSE", "MWI", "TZA")},
    ),
    (
        "an inquiry phrase hanging on the verb",
        "The UN opened an inquiry into killings in Sudan.",
        {("ACCUSE", "IGO", "SDN")},
    ),
]


@pytest.mark.parametrize("construction, sentence, expected", FOUND, ids=[c[0] for c in FOUND])
def test_actor_and_recipient_found(pipeline, construction, sentence, expected):
    got, events = _code(pipeline, sentence)
    assert expected <= _dyads(got), (construction, got, [e.rule for e in events])


def test_each_new_recipient_says_how_it_was_found(pipeline):
    cases = {
        "The IMF demanded access to Zambia's debt records.": "'to' phrase of the object",
        "Chile accepted Argentine mediation in the dispute.": "author of the object",
        "A Russian drone strike on Kharkiv injured six people.": "target of the attack",
        "Belgrade accused Pristina of provocations, and Kosovo rejected the claim.": (
            "who made the claim"
        ),
        "The Latvian foreign minister summoned the Belarusian envoy and warned him against "
        "further provocations.": "pronoun: its antecedent",
    }
    for sentence, how in cases.items():
        _, events = _code(pipeline, sentence)
        assert any(how in e.rule for e in events), (sentence, [e.rule for e in events])


# ------------------------------------------------------------------------ negative cases


def test_background_relative_clause_is_not_an_event(pipeline):
    # a description of the actor ("which seized power in 2021", "which has long ...")
    got, _ = _code(pipeline, "Guinea's junta, which seized power in 2021, met Malian officials.")
    assert not [g for g in got if g[3] == "seize"], got
    got, _ = _code(pipeline, "Norway, which has long mediated in the conflict, praised the deal.")
    assert not [g for g in got if g[3] == "mediate"], got


def test_participle_of_content_stays_content(pipeline):
    # "killing two" is what the accused allegedly did, not an act of the accuser
    got, _ = _code(pipeline, "Armenia accused Azerbaijan of shelling a village, killing two.")
    assert not [g for g in got if g[0] == "ASSAULT" and g[1] == "ARM"], got


def test_blame_does_not_code_the_attack_but_criticism_codes_the_act(pipeline):
    got, _ = _code(pipeline, "Kyiv blamed Moscow for the attack on the dam.")
    assert _dyads(got) == {("ACCUSE", "UKR", "RUS")}, got
    got, _ = _code(pipeline, "Norway criticised Iran for the arrest of opposition figures.")
    assert ("ACCUSE", "NOR", "IRN") in _dyads(got), got
    assert any(g[0] == "COERCE" and g[1] == "IRN" for g in got), got


def test_friendly_act_against_names_a_rival_not_the_recipient(pipeline):
    got, _ = _code(pipeline, "Vietnam expressed concern over tensions in the South China Sea.")
    assert all(g[2] == "" for g in got), got


def test_rejection_without_an_earlier_claim_has_no_recipient(pipeline):
    got, _ = _code(pipeline, "Venezuela rejected the claim on Monday.")
    assert all(g[2] == "" for g in got if g[0] == "REJECT"), got


def test_prefixed_nationality_is_not_a_country(pipeline):
    got, _ = _code(pipeline, "Bolivian miners blocked the Pan-American highway.")
    assert not [g for g in got if "USA" in g[2]], got


def test_one_attack_when_the_attack_noun_is_the_subject(pipeline):
    got, _ = _code(pipeline, "A Russian drone strike on Kharkiv injured six people.")
    assert len([g for g in got if g[0] == "ASSAULT"]) == 1, got


def test_meeting_place_is_not_a_participant(pipeline):
    got, _ = _code(pipeline, "Serbia and Kosovo held talks on the border in Brussels.")
    assert not [g for g in got if "BEL" in g[1] + g[2]], got


def test_first_coordinated_verb_with_its_own_object_keeps_it(pipeline):
    # "condemned the bombing" names its own object: it does not take Somalia from "accused"
    got, _ = _code(pipeline, "Kenya condemned the bombing and accused Somalia of negligence.")
    assert ("ACCUSE", "KEN", "SOM") in _dyads(got), got
    assert not [g for g in got if g[3] == "condemn" and g[2] == "SOM"], got


def test_a_decision_to_act_is_not_the_act(pipeline):
    got, _ = _code(pipeline, "Germany praised Poland's decision to deploy more troops.")
    assert ("SUPPORT", "DEU", "POL") in _dyads(got)
    assert not any(g[0] == "MOBILIZE" for g in got)
    got, _ = _code(pipeline, "Poland deployed more troops to its eastern border.")
    assert any(g[0] == "MOBILIZE" for g in got)  # the act itself still codes


def test_an_event_noun_object_is_not_read_by_its_compound(pipeline):
    # "security coordination" is cooperation, not a tightening of security measures
    got, _ = _code(pipeline, "Seoul and Tokyo tightened security coordination on Monday.")
    assert not any(g[0] == "MOBILIZE" for g in got)
    got, _ = _code(pipeline, "Kenyan police tightened security around the parliament in Nairobi.")
    assert any(g[0] == "MOBILIZE" for g in got)


def test_armed_settlers_attack_while_a_crowd_riots(pipeline):
    got, _ = _code(pipeline, "Israeli settlers attacked a Palestinian village near Nablus.")
    assert ("ASSAULT", "ISR", "PSE") in _dyads(got)
    got, _ = _code(pipeline, "Protesters stormed the parliament building in Colombo.")
    assert [g[0] for g in got] == ["PROTEST"]
