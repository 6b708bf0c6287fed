"""Actor references the small parser or the tables missed (tacitus.actors.resolve, round 4):
surnames tagged as common nouns at the start of a sentence, "the country" / "the island" /
"the North" after the country was named, the dateline counted as a mention of its country,
plural demonyms, and stateless peoples' forces placed by their own phrase."""

from __future__ import annotations

import pytest

from .conftest import mention_codes


def _codes(nlp, text, date="2025-08-15"):
    return mention_codes(nlp, text, date)


def _coded(pipeline, text, date="2024-03-05"):
    from tacitus.coder import code_text

    an = code_text(text, date=date, pipeline=pipeline)
    return {m.text: (m.actor.cameo_code if m.actor is not None else None) for m in an.mentions}


# 1. a sentence-initial surname the tagger calls a common noun or an ORG


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Putin in Alaska on Friday.",
        "Trump said he would impose new tariffs on steel.",
    ],
)
def test_sentence_initial_surname(nlp, text):
    assert _codes(nlp, text)["Trump"] == "USAGOV"


def test_sentence_initial_surname_gives_the_pronoun_its_person(nlp):
    from tacitus.actors.resolve import resolve_text

    ms = resolve_text(nlp, "Trump said he would impose new tariffs on Canada.", date="2025-08-15")
    he = next(m for m in ms if m.text == "he")
    assert he.actor is not None and he.actor.entity_id == "usa.trump_donald"


def test_common_word_surname_as_a_modifier_stays_a_word(nlp):
    # "Rice" (Condoleezza Rice in office in 2006) modifying "prices" is the grain
    codes = _codes(nlp, "Rice prices rose sharply across Asia on Monday.", date="2006-05-15")
    assert "Rice" not in codes and "Rice prices" not in codes


def test_sentence_initial_surname_out_of_office_stays_open(nlp):
    # in 2012 no Trump holds an office: the common noun is not made a person
    assert "Trump" not in _codes(nlp, "Trump said he would build a new tower.", date="2012-05-01")


def test_common_word_mid_sentence(nlp):
    from tacitus.actors.resolve import _common_word

    assert _common_word("trump") and _common_word("bush")
    assert not _common_word("putin")


# 2. "the country", "the island", "the North", "the kingdom": the country named before


def test_the_north_in_a_korea_story(nlp):
    codes = _codes(
        nlp,
        "South Korea accused North Korea of firing a missile on Monday. "
        "Seoul urged the North to return to talks.",
        date="2023-05-15",
    )
    assert codes["the North"] == "PRK"


def test_the_north_without_korea_stays_open(nlp):
    codes = _codes(nlp, "Nigeria said the North had suffered most from the drought.")
    assert "the North" not in codes


def test_the_island_and_the_kingdom(nlp):
    codes = _codes(
        nlp,
        "China warned Taiwan that the island would pay a price. "
        "Saudi Arabia said the kingdom would cut oil output.",
        date="2023-05-15",
    )
    assert codes["the island"] == "TWN"
    assert codes["the kingdom"] == "SAU"


def test_the_island_needs_an_island_state(nlp):
    # no island state named: "the island" is left alone
    codes = _codes(nlp, "Russia said the island would be defended.", date="2023-05-15")
    assert "the island" not in codes


def test_the_country_is_not_its_own_actor(nlp):
    # the subject's country is not the one it threatens
    codes = _codes(
        nlp,
        "Myanmar's military detained the country's leaders on Monday. "
        "U.S. President Joe Biden threatened to reimpose sanctions on the country.",
        date="2021-02-02",
    )
    assert codes["the country"] == "MMR"


def test_the_country_takes_the_sentence_topic(nlp):
    # the diplomats, not Venezuela, are to respect it: the countries they come from are out
    codes = _codes(
        nlp,
        "Venezuela urged diplomats from Argentina and Chile to respect the country.",
        date="2024-07-30",
    )
    assert codes["the country"] == "VEN"


def test_the_country_left_or_entered_is_a_place(nlp):
    codes = _codes(nlp, "Mali's junta ordered French soldiers to leave the country.")
    assert "the country" not in codes


def test_the_country_with_nothing_named_stays_open(nlp):
    assert "the country" not in _codes(nlp, "Officials said the country would recover.")


# 3. the dateline counts as a mention of its country


def test_dateline_breaks_a_two_country_tie(pipeline):
    codes = _coded(
        pipeline,
        "NAIROBI, Kenya (Reuters) - Kenyan officials accused Somalia of violating its "
        "sovereignty on Tuesday. The ministry said it would summon the Somali ambassador.",
    )
    assert codes["ministry"] == "KENGOV"


def test_dateline_does_not_outvote_a_story_about_another_country(pipeline):
    codes = _coded(
        pipeline,
        "NAIROBI, Kenya (Reuters) - Somalia accused Ethiopia of violating its sovereignty. "
        "Somalia said Ethiopian troops had crossed into Somalia. "
        "The ministry said it would summon the Ethiopian ambassador.",
    )
    assert codes.get("ministry") != "KENGOV"


# 4. plural demonyms


@pytest.mark.parametrize(
    ("people", "code"),
    [
        ("Serbians", "SRBCVL"),
        ("Thais", "THACVL"),
        ("Nepalis", "NPLCVL"),
        ("Laotians", "LAOCVL"),
        ("Sri Lankans", "LKACVL"),
        ("Swazis", "SWZCVL"),
    ],
)
def test_plural_demonyms(nlp, people, code):
    text = f"Thousands of {people} protested in the capital on Sunday."
    assert _codes(nlp, text, date="2023-05-15")[people] == code


def test_people_and_a_capital_give_police_their_country(nlp):
    codes = _codes(
        nlp,
        "Thousands of Georgians rallied outside parliament in Tbilisi on Sunday, "
        "and police detained dozens.",
        date="2024-12-01",
    )
    assert codes["police"] == "GEOCOP"


def test_the_state_still_acts(nlp):
    # "the Thais" rejecting an offer are the state, not a crowd
    codes = _codes(nlp, "The Thais rejected the Cambodian offer.", date="2023-05-15")
    assert codes.get("Thais") != "THACVL"


# 5. clans, stateless peoples' forces placed by their own phrase, "-led"


def test_warring_clans(nlp):
    codes = _codes(nlp, "Somalia's warring clans agreed to a ceasefire on Monday.")
    assert codes["Somalia's warring clans"] == "SOMUAF"


def test_kurdish_forces_placed_by_a_city(nlp):
    codes = _codes(nlp, "Islamic State fighters fired shells at Kurdish forces near Erbil.")
    assert codes["Kurdish forces"].startswith("IRQ")


def test_kurdish_forces_unplaced_keep_the_default(nlp):
    assert _codes(nlp, "Kurdish forces clashed with police.")["Kurdish forces"].startswith("TUR")


def test_kurdish_led_fighters_in_syria(nlp):
    codes = _codes(
        nlp,
        "The United States will withdraw troops from northern Syria, as Turkish forces "
        "captured the border town from Kurdish-led fighters.",
        date="2019-10-13",
    )
    assert codes["Kurdish-led fighters"] == "SYRINS"
    assert codes["Turkish forces"] == "TURMIL"


def test_opponents_nationality_still_counts_alone(nlp):
    # the only state named is the troops' own: the Hutu civilians are Burundi's
    codes = _codes(nlp, "Burundian troops massacred scores of Hutu civilians.", date="1995-03-25")
    assert codes["Hutu civilians"].startswith("BDI")
