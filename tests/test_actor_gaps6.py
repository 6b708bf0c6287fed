"""Actor gaps found by probes and two blind dev sets (tacitus.actors.resolve, round 6): surnames
inside longer names, "X-based" groups, demonyms after "the North/South", verbs in tagged names,
epithets of states and bodies, armed groups sharing a name, companies and sub-national leaders."""

from __future__ import annotations

from .conftest import mention_codes


def _codes(nlp, text, date="2023-03-01"):
    return mention_codes(nlp, text, date)


# 1. a KB surname after another capitalised word is part of a longer name


def test_surname_after_company_word_is_no_person(nlp):
    codes = _codes(nlp, "Ireland's pension fund sold its shares in Lockheed Martin last year.")
    assert not any(c and c.startswith("IRL") and t.endswith("Martin") for t, c in codes.items())


def test_surname_after_unknown_first_name_is_another_person(nlp):
    codes = _codes(nlp, "The singer George Martin arrived in Dublin on Monday.", "2021-05-01")
    assert codes.get("Martin") is None and codes.get("George Martin") is None


def test_titled_or_dated_surname_still_resolves(nlp):
    codes = _codes(nlp, "Taoiseach Martin said Ireland would not join any alliance.", "2021-05-01")
    assert codes.get("Martin") == "IRLGOV"
    codes = _codes(nlp, "On Monday Martin told parliament the budget was balanced.", "2021-05-01")
    assert codes.get("Martin") == "IRLGOV"


def test_one_word_name_before_another_name_is_no_person(nlp):
    codes = _codes(nlp, "Serbian tennis star Novak Djokovic won the final in Melbourne.")
    assert "HUNGOV" not in codes.values()
    assert (
        _codes(nlp, "President Novak met the Polish president in Warsaw.").get("President Novak")
        == "HUNGOV"
    )


def test_surname_glued_by_hyphens_is_a_place(nlp):
    codes = _codes(nlp, "Drones struck an oil depot in Rostov-on-Don overnight, officials said.")
    assert "THAGOV" not in codes.values()


# 2. "X-based" groups are of the state they are based in


def test_based_group_takes_the_base(nlp):
    codes = _codes(nlp, "Afghan officials blamed Pakistan-based insurgents for the bombing.")
    assert codes.get("Pakistan-based insurgents") == "PAKINS"
    codes = _codes(nlp, "Israel said Gaza-based militants fired rockets at Sderot.")
    assert codes.get("Gaza-based militants") == "PSEINS"


def test_based_people_of_another_nationality_keep_it(nlp):
    codes = _codes(nlp, "Israeli aircraft struck Syria-based Iranian forces near Damascus.")
    assert codes.get("Iranian forces") == "IRNMIL"
    assert "SYRMIL" not in codes.values()
    codes = _codes(nlp, "London-based dissidents accused Tehran of torture.")
    assert "GBROPP" not in codes.values()


# 3. "the South Korean ..." is a demonym, not "the South"


def test_the_south_before_a_demonym_is_no_reference(nlp):
    codes = _codes(nlp, "Pyongyang condemned the South Korean exercises as rehearsals for war.")
    assert not any(t.startswith("the South") for t in codes)
    codes = _codes(nlp, "Seoul urged talks, but the North launched another missile on Sunday.")
    assert codes.get("the North") == "PRK"


# 4. a verb is never part of a name


def test_verb_tagged_inside_a_name_is_dropped(nlp):
    codes = _codes(nlp, "Poland's prime minister slammed Germany for its slow delivery of tanks.")
    assert not any("slammed" in t for t in codes)
    assert codes.get("Germany") == "DEU"


# 5. epithets of states


def test_fixed_epithets_of_states(nlp):
    codes = _codes(nlp, "Baghdad warned the Jewish state against any strike.", "1990-08-01")
    assert codes.get("Jewish state") == "ISR"
    codes = _codes(nlp, "Washington accused the Islamic Republic of arming rebels in Yemen.")
    assert codes.get("Islamic Republic") == "IRN"
    codes = _codes(nlp, "Tokyo protested after the Hermit Kingdom fired a missile.")
    assert codes.get("Hermit Kingdom") == "PRK"


def test_the_emirate_and_the_republic_need_one_such_state(nlp):
    codes = _codes(nlp, "Qatar rejected the ultimatum, and the emirate recalled its envoy.")
    assert codes.get("the emirate") == "QAT"
    codes = _codes(nlp, "Qatar and Kuwait met in Doha, and the emirate hosted the talks.")
    assert codes.get("the emirate") is None
    codes = _codes(nlp, "Moldova said the republic would apply to join the European Union.")
    assert codes.get("the republic") == "MDA"
    codes = _codes(nlp, "Moldova and Romania signed a pact; the republic will host the summit.")
    assert codes.get("the republic") is None


def test_the_island_nation(nlp):
    codes = _codes(
        nlp, "Beijing sent warships near Taiwan, and the island nation raised its alert."
    )
    assert codes.get("the island nation") == "TWN"


# 6. armed groups sharing a name: the story's countries and the date


def test_shared_group_name_by_date_and_story(nlp):
    text = "Commanders of the National Liberation Army held talks in Havana."
    assert _codes(nlp, text, "2000-06-01").get("National Liberation Army") == "COLREB"
    text = "Macedonian police fought the National Liberation Army near Tetovo."
    assert _codes(nlp, text, "2001-06-01").get("National Liberation Army") == "MKDREB"
    text = "The National Liberation Army said it would keep fighting."
    assert _codes(nlp, text, "2001-06-01").get("National Liberation Army") is None


# 7. bodies' epithets, companies, sub-national leaders


def test_epithets_of_bodies(nlp):
    codes = _codes(nlp, "The West African bloc suspended Guinea after the coup.")
    assert codes.get("West African bloc") == "IGOWAFECW"
    codes = _codes(nlp, "The world body appealed for aid to Sudan.")
    assert codes.get("world body") == "IGOUNO"


def test_company_officer_takes_the_companys_country(nlp):
    codes = _codes(
        nlp, "Canada detained Huawei's chief financial officer in Vancouver.", "2018-12-06"
    )
    assert codes.get("Huawei's chief financial officer") == "CHNBUS"
    codes = _codes(nlp, "Moscow cut gas after Gazprom accused Kyiv of theft.", "2009-01-05")
    assert codes.get("Gazprom") == "RUSBUS"


def test_sub_national_leader_takes_the_state(nlp):
    codes = _codes(nlp, "Scottish First Minister Moira Campbell demanded a new referendum.")
    assert codes.get("Scottish First Minister Moira Campbell") == "GBRGOV"
    codes = _codes(nlp, "The Welsh first minister criticised London over rail funding.")
    assert codes.get("Welsh first minister") == "GBRGOV"
