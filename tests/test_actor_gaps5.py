"""Actor gaps found by two blind dev sets (tacitus.actors.resolve, round 5): blocs led by a
state, bodies missing from the tables, bare bodies placed by their sentence or clause, followers
of a person, states dated by independence, ethnic minorities and a nationality before a name."""

from __future__ import annotations

import pytest

from .conftest import mention_codes


def _codes(nlp, text, date="2024-03-05"):
    return mention_codes(nlp, text, date)


def _res(nlp, text, date="2024-03-05"):
    from tacitus.actors.resolve import resolve_text

    return {m.text: m.actor for m in resolve_text(nlp, text, date=date)}


# 1. organisations and blocs


def test_named_bloc_led_by_a_state_is_the_bloc(nlp):
    codes = _codes(nlp, "Armenia asked the Russia-led CSTO alliance to send peacekeepers.")
    assert codes.get("CSTO alliance") == "IGOCSTO"
    assert "Russia" not in codes


def test_unnamed_alliance_led_by_a_state_is_an_igo(nlp):
    actor = _res(nlp, "Minsk turned to a Russian-led military alliance for help on Friday.")[
        "Russian-led military alliance"
    ]
    assert actor.country is None and actor.cameo_code == "IGO"


def test_led_coalition_stays_the_leaders(nlp):
    # a war coalition or an ad hoc bloc is coded as the state that leads it (unchanged)
    codes = _codes(nlp, "The Saudi-led coalition struck rebel positions outside Hodeidah.")
    assert codes["Saudi-led coalition"] == "SAUMIL"
    codes = _codes(nlp, "The Saudi-led bloc handed Qatar a list of demands.", "2017-06-23")
    assert codes["Saudi-led bloc"].startswith("SAU")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Inter-American Commission on Human Rights criticised the arrests.",
         "Inter-American Commission on Human Rights", "IGOWSTOAS"),
        ("The Inter-American Court of Human Rights ruled against the state.",
         "Inter-American Court of Human Rights", "IGOWSTOAS"),
        ("The Contact Group gave the Bosnian Serbs two weeks to accept the map.",
         "Contact Group", "IGOCG"),
        ("Eurozone finance ministers agreed a rescue for Cyprus.", "Eurozone", "IGOWSTEEC"),
        ("Euro zone leaders met in Brussels on Sunday.", "Euro zone leaders", "IGOWSTEEC"),
    ],
)  # fmt: skip
def test_missing_bodies(nlp, text, name, code):
    assert _codes(nlp, text)[name] == code


def test_contact_group_needs_its_capitals(nlp):
    assert "contact group" not in _codes(nlp, "The parents set up a contact group for the school.")


def test_ministry_placed_by_its_capital(nlp):
    codes = _codes(nlp, "The foreign ministry in Ankara summoned the Dutch envoy.", "2017-03-12")
    assert codes["foreign ministry in Ankara"] == "TURGOV"


def test_officials_of_several_countries(nlp):
    codes = _codes(nlp, "Syria held talks with the defence ministers of Russia and Turkey.")
    assert codes["Russia"] == "RUSGOV" and codes["Turkey"] == "TURGOV"
    assert _codes(nlp, "Syria held talks with Russia and Turkey.")["Russia"] == "RUS"


# 2. bare bodies by context


def test_government_beside_a_foreign_embassy(nlp):
    codes = _codes(
        nlp,
        "Iranian students marched on the British embassy in Tehran and the government "
        "expelled the ambassador.",
        "2011-11-29",
    )
    assert codes["government"] == "IRNGOV"


def test_embassy_does_not_free_a_loose_nationality(nlp):
    # "American flags" is no place: the protesters stay open, not American
    codes = _codes(nlp, "Demonstrators burned American flags outside the US consulate in Peshawar.")
    assert not (codes.get("Demonstrators") or "").startswith("USA")


def test_opposition_reacting_to_a_leader(nlp):
    codes = _codes(
        nlp, "Togo's President Faure Gnassingbe changed the constitution, drawing protests "
        "from the opposition.", "2024-04-20",
    )  # fmt: skip
    assert codes["opposition"] == "TGOOPP"


def test_his_supporters_are_the_persons_people(nlp):
    codes = _codes(
        nlp, "Police arrested Imamoglu on Wednesday and his supporters marched in Istanbul.",
        "2025-03-20",
    )  # fmt: skip
    assert codes["supporters"] == "TUROPP"


def test_supporters_of_an_unknown_owner_stay_open(nlp):
    assert _codes(nlp, "Supporters of the club marched through the town.").get("Supporters") in (
        None,
    )


def test_army_chief_takes_the_sentence_country(nlp):
    codes = _codes(
        nlp, "Sudanese President Omar al-Bashir stepped down after the army chief turned on him.",
        "2019-04-11",
    )  # fmt: skip
    assert codes["the army chief"] == "SDNMIL"


def test_lawmakers_defying_a_president(nlp):
    codes = _codes(
        nlp, "Peru's President Martin Vizcarra closed Congress, but lawmakers refused to leave.",
        "2019-09-30",
    )  # fmt: skip
    assert codes["lawmakers"] == "PERLEG"


def test_congress_dissolved_by_a_foreign_president(nlp):
    codes = _codes(
        nlp, "Washington cut aid to Lima after President Alberto Fujimori shut down Congress.",
        "1992-04-07",
    )  # fmt: skip
    assert codes["Congress"] == "PERLEG"


def test_congress_in_an_american_sentence_stays_american(nlp):
    codes = _codes(nlp, "President Joe Biden urged Congress to pass the aid bill.", "2023-10-20")
    assert codes["Congress"] == "USALEG"


@pytest.mark.parametrize(
    ("text", "word", "code", "date"),
    [
        ("Gunmen opened fire on a bus near Peshawar on Friday.", "Gunmen", "PAKINS", "2012-05-04"),
        ("Rebels shelled the centre of Bangui on Tuesday.", "Rebels", "CAFREB", "2013-03-19"),
        ("Militiamen burned a village near Bunia overnight.", "Militiamen", "CODUAF", "2003-05-10"),
        ("Riot police fired tear gas at students in Dhaka.", "Riot police", "BGDCOP", "2018-08-04"),
    ],
)  # fmt: skip
def test_bare_armed_men_placed_by_a_town_in_their_clause(nlp, text, word, code, date):
    assert _codes(nlp, text, date)[word] == code


def test_armed_men_of_a_named_group_are_not_placed_by_the_town(nlp):
    codes = _codes(
        nlp, "Gunmen from the Somali group al Shabaab attacked a hotel in Mombasa.", "2014-06-16"
    )
    assert codes.get("Gunmen") is None or not codes["Gunmen"].startswith("KEN")


def test_troops_are_not_placed_by_the_town_they_shell(nlp):
    # an army shelling a town may be a foreign one
    assert _codes(nlp, "Troops shelled Kharkiv on Tuesday.", "2022-03-01").get("Troops") is None


def test_place_left_or_in_another_clause_does_not_place(nlp):
    codes = _codes(nlp, "Police detained the reporter on his return from France.", "2021-01-18")
    assert not (codes.get("Police") or "").startswith("FRA")
    codes = _codes(
        nlp, "Gunmen killed six guards at a remote post, prompting Kabul to send troops.",
        "2021-01-18",
    )  # fmt: skip
    assert codes.get("Gunmen") is None


def test_town_named_like_a_foreign_capital_read_in_context(nlp):
    codes = _codes(
        nlp, "Militants attacked a checkpoint near Tripoli, the Lebanese army said.", "2007-05-20"
    )
    assert codes["Militants"] == "LBNINS"


def test_police_after_the_states_own_body(nlp):
    codes = _codes(
        nlp, "Demonstrators stormed Serbia's parliament in Belgrade, and police fired tear gas.",
        "2020-07-08",
    )  # fmt: skip
    assert codes["police"] == "SRBCOP"


# 3. wrong countries


def test_east_timor_keeps_its_own_code_before_independence(nlp):
    # news and our other dev sets code East Timor as its own actor in 1998-99 (the UN never
    # recognised the annexation); only the states in successions.tsv are folded into another
    from tacitus.actors.kb import country_on

    assert country_on("TLS", "1999-09-06") == "TLS"
    assert country_on("SSD", "2005-01-01") == "SDN"
    assert country_on("XKX", "1999-04-01") == "SRB"


@pytest.mark.parametrize(
    ("text", "word", "code", "date"),
    [
        ("Mobs attacked ethnic Uzbeks in the Kyrgyz town of Uzgen.", "ethnic Uzbeks", "KGZCVL",
         "2010-06-12"),
        ("Serb police rounded up ethnic Albanians in Kosovo.", "ethnic Albanians", "SRBCVL",
         "1999-04-01"),
    ],
)  # fmt: skip
def test_ethnic_minority_is_its_states_people(nlp, text, word, code, date):
    assert _codes(nlp, text, date)[word] == code


def test_karabakh_armenians_stay_armenian(nlp):
    codes = _codes(nlp, "Baku ordered the ethnic Armenians of Stepanakert to disarm.", "2023-09-20")
    assert codes["ethnic Armenians"] == "ARMCVL"


def test_plain_nationality_people_unchanged(nlp):
    codes = _codes(nlp, "Thousands of Albanians protested in Tirana.", "1997-03-01")
    assert codes.get("Albanians") == "ALBCVL"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Iran freed American Jason Rezaian on Saturday.", "American Jason Rezaian", "USACVL"),
        ("Egypt released Australian Peter Greste after 400 days.", "Australian Peter Greste",
         "AUSCVL"),
    ],
)  # fmt: skip
def test_nationality_before_an_unknown_name(nlp, text, word, code):
    assert _codes(nlp, text, "2016-01-17")[word] == code


def test_nationality_before_a_body_is_not_a_person(nlp):
    codes = _codes(nlp, "British Airways Group cancelled flights.", "2016-01-17")
    assert not any(v == "GBRCVL" for v in codes.values())
