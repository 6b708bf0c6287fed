"""Common nouns and bare bodies as actors: the country comes from the dateline, the sentence or
the story ("Troops opened fire", "the regime", "the coalition", "hardliners in Tehran"), and a
tempting context country is not taken when it is not theirs. Our own sentences."""

from __future__ import annotations

import pytest


def _actors(pipeline, text: str, date: str = "2015-06-01") -> dict[str, object]:
    from tacitus import coder

    a = coder.code_text(text, date=date, pipeline=pipeline)
    return {m.text: m.actor for m in a.mentions}


def _code(actors: dict[str, object], mention: str) -> str | None:
    a = actors.get(mention)
    return a.cameo_code if a is not None else None


def _country(actors: dict[str, object], mention: str) -> str | None:
    a = actors.get(mention)
    return a.country if a is not None else None


# --- positives: the country a bare noun takes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the agency in the dateline is no antecedent for "the president" (was GBR)
        ("LIMA, March 3 (Reuters) - Police detained dozens of protesters outside a courthouse on "
         "Thursday, and the president said order would be restored.", "the president", "PERGOV"),
        ("LIMA, March 3 (Reuters) - Police detained dozens of protesters outside a courthouse on "
         "Thursday, and the president said order would be restored.", "Police", "PERCOP"),
        ("HARARE, Aug 9 (Reuters) - The interior ministry banned a march planned by the "
         "opposition for Saturday, a spokesman said.", "The interior ministry", "ZWEGOV"),
        # armed men in a story about the dateline's state alone
        ("QUITO, Feb 2 (Reuters) - Soldiers fired tear gas at students marching on the "
         "presidential palace.", "Soldiers", "ECUMIL"),
        ("MOGADISHU, May 5 (Reuters) - Militiamen attacked a hotel near the airport on Sunday, "
         "police said.", "Militiamen", "SOMUAF"),
        ("KATHMANDU, Jan 9 (Reuters) - Rebels blew up a bridge on the main highway overnight, "
         "the army said.", "Rebels", "NPLREB"),
        ("ABUJA, June 1 (Reuters) - Troops killed 20 militants in a raid on a forest camp, the "
         "defence ministry said.", "Troops", "NGAMIL"),
        ("ABUJA, June 1 (Reuters) - Guerrillas ambushed a police convoy on a highway in the "
         "north, the defence ministry said.", "Guerrillas", "NGAREB"),
        ("DONETSK, Ukraine, May 2 (Reuters) - Pro-Russian rebels shelled the airport on "
         "Friday.", "rebels", "UKRREB"),
        # a capital's dateline names its state even when one other state is named once
        ("MANILA, Aug 3 (Reuters) - The government summoned China's ambassador on Tuesday over "
         "the collision near the shoal.", "government", "PHLGOV"),
        ("SEOUL, April 2 (Reuters) - The foreign ministry lodged a protest with Tokyo over a "
         "new school textbook.", "foreign ministry", "KORGOV"),
        # body nouns the tables lacked
        ("LUSAKA, Sept 2 (Reuters) - The ruling party expelled three senior members on Monday "
         "for disloyalty.", "ruling party", "ZMBGOV"),
        ("Hardliners in Moscow accused the foreign minister of weakness toward the West.",
         "Hardliners in Moscow", "RUSGOV"),
        ("Masked gunmen stormed a bank in Kabul on Tuesday, police said.", "Masked gunmen",
         "AFGINS"),
        ("Iranian exiles rallied outside the embassy in Paris on Tuesday.", "Iranian exiles",
         "IRNOPP"),
        ("Royal Marines boarded a tanker off Gibraltar on Thursday.", "Royal Marines", "GBRMIL"),
        # "the coalition" after a state-led coalition
        ("A French-led coalition launched strikes across the Sahel. The coalition said it had "
         "killed 40 fighters.", "The coalition", "FRAMIL"),
        # "U.S.-led" kept as one word by the tokenizer
        ("The U.S.-led coalition struck targets near Mosul on Sunday.", "U.S.-led coalition",
         "USAMIL"),
        # a bare body acting on one of the sentence's two states is the other one
        ("American jets bombed Tripoli on Tuesday, and the regime accused Washington of murder.",
         "regime", "LBYGOV"),
        ("Israeli jets struck targets near Damascus, and the government accused Israel of "
         "aggression.", "government", "SYRGOV"),
        # ... and in a story of two states, the one it does not expel the diplomats of
        ("Britain blamed Moscow for the poisoning of a former spy. The government expelled 23 "
         "Russian diplomats on Wednesday.", "government", "GBRGOV"),
        # a capital's dateline: its government acts on every other state the story names
        ("HONIARA, June 24 (Reuters) - The government asked Fiji and Papua New Guinea to send "
         "police to restore order.", "government", "SLBGOV"),
        # "the president" as an object in a local story
        ("LUSAKA, Sept 2 (Reuters) - The ruling party asked the president on Monday to step "
         "down.", "the president", "ZMBGOV"),
    ],
)  # fmt: skip
def test_bare_nouns_take_their_state(pipeline, text, mention, code):
    assert _code(_actors(pipeline, text), mention) == code


def test_hardliners_and_ruling_parties_are_state_bodies():
    from tacitus.actors.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    assert kb.agent("hardliners").sectors[0] == "GOV"
    assert list(kb.agent("ruling party").sectors[:2]) == ["GOV", "PTY"]


# --- negatives: a tempting context country that is not theirs ---------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "not_country"),
    [
        # the soldiers a strike killed are not the dateline's
        ("WASHINGTON, Nov 3 (Reuters) - The Iraqi foreign ministry said a U.S. air strike had "
         "killed 12 soldiers.", "soldiers", "USA"),
        # troops in a story about two states' war are nobody's by the dateline alone
        ("KYIV, March 3 (Reuters) - Russian forces shelled the city overnight, and troops "
         "advanced in the east.", "troops", "UKR"),
        # a seat of international bodies dates stories about other states
        ("BRUSSELS, March 1 (Reuters) - The ministers met Ukraine's foreign minister, and the "
         "government promised more aid.", "government", "BEL"),
        # several states' governments are not the dateline's
        ("LIMA, Jan 5 (Reuters) - Envoys from Chile and Bolivia met in the capital, and their "
         "governments rejected the plan.", "their governments", "PER"),
        # the agency is not the story's country
        ("CAIRO, Feb 11 (Reuters) - The president addressed the nation on television.",
         "The president", "GBR"),
        ("NAIROBI, July 2 (Reuters) - Opposition leaders said their supporters would march "
         "again.", "their", "GBR"),
        # rockets fired into a state: its armed men are not the ones firing
        ("Militants fired rockets into northern Israel from Lebanon on Sunday.", "Militants",
         "ISR"),
        # "He said he ...": the reporter, not the latest person named
        ("The U.S. president met the Russian leader in Vienna. He said later that he had "
         "warned Moscow of consequences.", "he", "RUS"),
        # "pro-Russian": the patron, not the fighters' state
        ("DONETSK, Ukraine, May 2 (Reuters) - Pro-Russian rebels shelled the airport on "
         "Friday.", "rebels", "RUS"),
        # the state acted on is not the body's own
        ("American jets bombed Tripoli on Tuesday, and the regime accused Washington of murder.",
         "regime", "USA"),
    ],
)  # fmt: skip
def test_a_tempting_country_is_not_taken(pipeline, text, mention, not_country):
    assert _country(_actors(pipeline, text), mention) != not_country


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # no dateline, no country in the story: bare soldiers stay nobody's
        ("Soldiers fired on the crowd on Sunday.", "Soldiers"),
        # three states named: which one "the regime" is stays open
        ("American jets bombed Tripoli as French officials watched, and the regime accused "
         "Washington of murder.", "regime"),
        # "the coalition" with no coalition named before it
        ("The coalition collapsed on Monday when a junior partner quit.", "The coalition"),
        # gunmen and militants are not given the dateline's country (they cross borders)
        ("BANGUI, Dec 5 (Reuters) - Armed men looted shops in the north of the city overnight, "
         "residents said.", "Armed men"),
        # hardliners placed nowhere
        ("Hardliners criticised the deal on Monday.", "Hardliners"),
        # no government summons its own ambassador: the story's state is not taken
        ("Kenya and Kenyan officials were named in the report. The government summoned the "
         "Kenyan ambassador.", "government"),
    ],
)  # fmt: skip
def test_unplaced_nouns_stay_open(pipeline, text, mention):
    assert _country(_actors(pipeline, text), mention) is None
