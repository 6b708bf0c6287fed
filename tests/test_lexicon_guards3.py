"""Guards on senses of the main lexicon that fired on look-alikes (a result left behind read
as a pull-out, forces sent read as aid, a sit-in read as a seizure of territory, a welcomed
decision read as a guest received, a vow of self-defence read as support) and parse repairs
for hyphenated verbs and a verb read as a modifier. Sentences written for this project."""

from __future__ import annotations

import pytest

# (sentence, pattern id, (PLOVER type, actor, recipient)): the sense fires with this reading
POSITIVE = [
    (
        "Protesters have occupied the main shopping district of Bangkok for weeks.",
        "protest.occupy",
        ("PROTEST", "THA", "THA"),
    ),
    (
        "Russian troops occupied the port city of Berdyansk.",
        "fp.coerce.annex",
        ("COERCE", "RUS", "UKR"),
    ),
    (
        '"We welcome the decision of the Security Council," the Iranian foreign minister said.',
        "support.welcome_decision",
        ("SUPPORT", "IRN", "IGO"),
    ),
    (
        "Japan welcomed the announcement by North Korea on Tuesday.",
        "support.welcome_decision",
        ("SUPPORT", "JPN", "PRK"),
    ),
    (
        "Armenia will defend itself against any aggression by Azerbaijan, its defence minister said.",
        "threaten.defend_against",
        ("THREATEN", "ARM", "AZE"),
    ),
    (
        "India will defend its borders against Chinese aggression, the army chief said.",
        "threaten.defend_against",
        ("THREATEN", "IND", "CHN"),
    ),
    (
        "France defended Mali against the jihadists.",
        "support.defend",
        ("SUPPORT", "FRA", "MLI"),
    ),
    (
        "Indian police lathi-charged the crowd outside the assembly in Patna.",
        "fp.assault.repress",
        ("ASSAULT", "IND", "IND"),
    ),
    (
        "Kenyan police lathi-charged farmers in Nakuru on Monday.",
        "fp.assault.crowd_control_verb",
        ("ASSAULT", "KEN", "KEN"),
    ),
    (
        "Kenyan police tear-gassed demonstrators in Nairobi.",
        "fp.assault.repress",
        ("ASSAULT", "KEN", "KEN"),
    ),
    (
        "Sudanese soldiers gang-raped women in the village, the UN said.",
        "fp.assault.rape",
        ("ASSAULT", "SDN", "SDN"),
    ),
    (
        "Russian jets carpet-bombed Aleppo.",
        "fp.assault.air_raid",
        ("ASSAULT", "RUS", "SYR"),
    ),
    (
        "Turkey scrambled fighter jets to intercept Greek aircraft.",
        "fp.mobilize.scramble",
        ("MOBILIZE", "TUR", "GRC"),
    ),
]


@pytest.mark.parametrize(("text", "rule", "want"), POSITIVE)
def test_sense_keeps_its_use(code, text, rule, want):
    got = code(text)
    assert (*want, rule) in got, got


# (sentence, senses that must not fire, PLOVER type that must not be coded)
NEGATIVE = [
    ("The suicide attack left 20 dead in Kabul.", {"retreat.pullout"}, "RETREAT"),
    ("The Taliban offensive has left residents starving.", {"retreat.pullout"}, "RETREAT"),
    ("The rebel assault left thousands homeless in Darfur.", {"retreat.pullout"}, "RETREAT"),
    (
        "Colombia sent troops and armoured vehicles to the Venezuelan border.",
        {"aid.give"},
        "AID",
    ),
    ("Protesters occupied a shopping district in Hong Kong.", {"fp.coerce.annex"}, "COERCE"),
    ("Students occupied the campus of Dhaka University.", {"coerce.occupy"}, "COERCE"),
    (
        '"We welcome the decision of the Security Council," the Iranian foreign minister said.',
        {"consult.host", "co.consult.greet"},
        "CONSULT",
    ),
    (
        "Germany defended its decision against criticism from Poland.",
        {"threaten.defend_against"},
        "THREATEN",
    ),
    (
        "Ukrainian troops defended the town against a Russian assault.",
        {"threaten.defend_against"},
        "THREATEN",
    ),
    ("Opposition parties in Nepal scrambled to form a coalition.", set(), "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "rules", "kind"), NEGATIVE)
def test_sense_stays_silent_on_look_alike(code, text, rules, kind):
    got = code(text)
    assert not [g for g in got if g[3] in rules or g[0] == kind], got


def test_rebels_leaving_a_town_still_pull_out(code):
    got = code("Houthi rebels left the port city of Hodeidah on Sunday.")
    assert [g for g in got if g[0] == "RETREAT"], got


def test_forces_with_goods_are_a_deployment(code):
    got = code("Colombia sent troops and armoured vehicles to the Venezuelan border.")
    assert [g for g in got if g[0] == "MOBILIZE" and g[1] == "COL"], got


def test_relief_goods_with_teams_are_still_aid(code):
    got = code("Japan sent rescue teams and relief supplies to Nepal.")
    assert ("AID", "JPN", "NPL", "aid.give") in got, got


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Police lathi-charged protesters in Patna.", "lathi-charged", "lathi-charge"),
        ("Police tear-gassed demonstrators in Nairobi.", "tear-gassed", "tear-gas"),
        ("Soldiers gang-raped women in the village.", "gang-raped", "gang-rape"),
        ("Militants fire-bombed a police station.", "fire-bombed", "firebomb"),
    ],
)
def test_hyphenated_verb_is_one_verb(nlp, text, word, lemma):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert tok.pos_ == "VERB" and tok.lemma_ == lemma, [(t.text, t.tag_, t.dep_) for t in doc]
    assert any(c.dep_ == "dobj" for c in tok.children), [(t.text, t.dep_) for t in doc]


def test_hyphenated_adjective_stays_a_modifier(nlp):
    doc = nlp("Tear-gassed protesters fled the square.")
    assert doc[0].pos_ != "VERB" or doc[0].dep_ == "amod"


def test_verb_with_subject_read_as_modifier(nlp):
    doc = nlp("Turkey scrambled fighter jets after Greek planes entered its airspace.")
    verb = doc[1]
    assert verb.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj", "advcl"}
