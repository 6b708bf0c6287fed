"""Groups, states and places that news names without a proper name (tacitus.actors.resolve):
"Kurdish rebels", "Greek Cypriot negotiators", "officials in Kabul", "the government" in a
sentence about one country, "Saudi oil facilities"; and what must stay unresolved."""

from __future__ import annotations

import pytest

from tacitus.actors.kb import KnowledgeBase
from tacitus.actors.resolve import group_tables, resolve_text

from .conftest import mention_codes


def _codes(nlp, text, date="1999-05-01"):
    return mention_codes(nlp, text, date)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # nationality + group noun
        ("Serbian police arrested the men.", "Serbian police", "SRBCOP"),
        ("Palestinian gunmen opened fire on a bus.", "Palestinian gunmen", "PSEINS"),
        ("Turkish troops crossed the border.", "Turkish troops", "TURMIL"),
        ("Chinese students protested in the square.", "Chinese students", "CHNEDU"),
        ("Afghan refugees crossed into Iran.", "Afghan refugees", "AFGREF"),
        ("Israeli settlers attacked a village.", "Israeli settlers", "ISRCVL"),
        ("Russian diplomats were expelled.", "Russian diplomats", "RUSGOV"),
        ("Colombian drug traffickers bribed a judge.", "Colombian drug traffickers", "COLCRM"),
        # a state adjective wins over the ethnic or religious word after it
        ("Iraqi Shiite militiamen clashed with troops.", "Iraqi Shiite militiamen", "IRQUAF"),
        # a state's peacekeepers are its troops
        ("Indian peacekeepers withdrew from the island.", "Indian peacekeepers", "INDMIL"),
        # ethnic groups get the state they live and fight in
        ("Kurdish rebels attacked an army post.", "Kurdish rebels", "TURREB"),
        ("Chechen separatists seized a school.", "Chechen separatists", "RUSSEP"),
        ("Tamil insurgents bombed a bus.", "Tamil insurgents", "LKAINS"),
        ("Hutu militias killed dozens.", "Hutu militias", "RWAUAF"),
        ("Basque separatists set off a bomb.", "Basque separatists", "ESPSEP"),
        ("Ethnic Albanian guerrillas ambushed a convoy.", "Ethnic Albanian guerrillas", "XKXREB"),
        # a multi-word modifier wins over the state adjective inside it
        ("Greek Cypriot negotiators rejected the plan.", "Greek Cypriot negotiators", "CYPGOV"),
        ("Turkish Cypriot leaders walked out.", "Turkish Cypriot leaders", "CYPGOV"),
        ("Bosnian Serb forces shelled the town.", "Bosnian Serb forces", "BIHMIL"),
        # a region's people and bodies belong to the state the region is part of
        (
            "Transnistria's separatist authorities asked for help.",
            "Transnistria's separatist authorities",
            "MDASEP",
        ),
        # facilities and missions named as targets belong to their country
        ("Saudi oil facilities were attacked.", "Saudi oil facilities", "SAU"),
        ("Protesters stormed the Iranian consulate.", "Iranian consulate", "IRNGOV"),
        ("Rebels attacked a US embassy.", "US embassy", "USAGOV"),
        # people counted are the population, not the state
        ("Thousands of Georgians marched on parliament.", "Georgians", "GEOCVL"),
        ("About 200 Afghans crossed the border.", "Afghans", "AFGCVL"),
        # "X-led" forces are the leader's
        ("US-led coalition forces bombed the airport.", "US-led coalition forces", "USAMIL"),
        (
            "Saudi-led coalition warplanes struck the port.",
            "Saudi-led coalition warplanes",
            "SAUMIL",
        ),
        # weapons platforms named with a nationality act for that state's military
        ("Russian bombers flew over the Baltic.", "Russian bombers", "RUSMIL"),
        # plural role words are the government, not one officeholder
        ("Polish leaders condemned the decision.", "Polish leaders", "POLGOV"),
        # state bodies placed in a capital or country
        ("Officials in Kabul said the attack failed.", "Officials in Kabul", "AFGGOV"),
        ("Police in Islamabad detained the protesters.", "Police in Islamabad", "PAKCOP"),
        ("Authorities in Nigeria arrested a journalist.", "Authorities in Nigeria", "NGAGOV"),
        # capitals and seats of power
        ("Moscow condemned the strike.", "Moscow", "RUSGOV"),
        ("The Kremlin said it would respond.", "The Kremlin", "RUSGOV"),
        ("Whitehall rejected the claim.", "Whitehall", "GBRGOV"),
        ("Foggy Bottom criticized the move.", "Foggy Bottom", "USAGOV"),
        ("Baghdad rejected the demand.", "Baghdad", "IRQGOV"),
    ],
)
def test_groups_get_their_state_and_sector(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


def test_ethnic_and_religious_groups_take_the_state_the_article_names(nlp):
    codes = _codes(nlp, "Syria's war dragged on as Kurdish fighters seized the town.")
    assert codes["Kurdish fighters"] == "SYRINS"  # not the default (Turkey)
    codes = _codes(nlp, "Iraq faces a crisis. Shiite militiamen attacked a base near Basra.")
    assert codes["Shiite militiamen"] == "IRQUAF"
    codes = _codes(nlp, "Shiite rebels in Yemen fired missiles.")
    assert codes["Shiite rebels"] == "YEMREB"
    # a religious group with no state named keeps its sector only
    codes = _codes(nlp, "Shiite militiamen attacked the base.")
    assert codes.get("militiamen") is None and "Shiite militiamen" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian cuisine is rich.",
        "He bought a Kurdish rug and two Tamil films.",
        "Kurdish language classes opened this week.",
        "Pro-Kurdish protesters marched through the city.",
    ],
)
def test_modifiers_without_a_group_noun_are_not_actors(nlp, text):
    resolved = [
        m.text for m in resolve_text(nlp, text, date="1999-05-01") if m.actor and m.actor.country
    ]
    assert resolved == []


def test_a_longer_name_is_not_the_ethnic_group(nlp):
    # Tamil Nadu is an Indian state: its police are not Sri Lanka's
    codes = _codes(nlp, "Tamil Nadu police arrested the men.")
    assert all(code != "LKACOP" for code in codes.values())


def test_weapons_and_bases_are_actors_only_with_a_country(nlp):
    codes = _codes(nlp, "Kurdish rebels attacked a base. Russian warplanes bombed the town.")
    assert "base" not in codes and codes["Russian warplanes"] == "RUSMIL"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Fighting flared in Somalia on Monday, and the government said it would act.",
            "government",
            "SOMGOV",
        ),
        ("In Somalia, police arrested 12 suspects.", "police", "SOMCOP"),
        (
            "Heavy fighting in Chad left 30 dead, and the rebels said they had taken the town.",
            "rebels",
            "TCDREB",
        ),
        # the one country named acts on them: the rebels are not Russia's
        ("Russia accused the rebels of breaking the truce.", "rebels", None),
        # no country in sight
        ("The government said it would raise taxes.", "government", None),
    ],
)
def test_bare_bodies_take_the_one_country_of_their_sentence(nlp, text, mention, code):
    assert _codes(nlp, text)[mention] == code


def test_an_article_without_dateline_gives_its_country_to_the_government(pipeline):
    from tacitus import coder

    text = (
        "Kenya's opposition called for new protests on Tuesday. Kenyan lawmakers passed the "
        "finance bill, and the government said the new taxes would stay."
    )
    a = coder.code_text(text, date="2024-06-25", pipeline=pipeline)
    gov = next(m for m in a.mentions if m.text == "government")
    assert gov.actor.cameo_code == "KENGOV" and gov.actor.resolution == "article-country"
    # two countries named as often: no country is the article's
    text = "Kenya and Uganda signed a trade deal. The government said taxes would stay."
    a = coder.code_text(text, date="2024-06-25", pipeline=pipeline)
    gov = next(m for m in a.mentions if m.text == "government")
    assert gov.actor.country is None


def test_group_tables_name_known_countries_and_sectors():
    kb = KnowledgeBase.default()
    tables = group_tables()
    for group in tables.ethnic.values():
        for code in group.states:
            assert kb.country_by_code(code) is not None, (group.name, code)
    assert tables.ethnic["greek cypriot"].country == "CYP"
    entity, alone = tables.nouns["militiamen"]
    assert entity.sectors == ("UAF",) and alone
    assert tables.nouns["facilities"] == (tables.nouns["facility"][0], False)


@pytest.mark.parametrize(
    ("name", "date", "entity", "code"),
    [
        ("Radovan Karadzic", "1995-06-01", "bih.karadzic_radovan", "BIHGOV"),
        ("Aslan Maskhadov", "1998-01-01", "rus.maskhadov_aslan", "RUSSEP"),
        ("Jonas Savimbi", "1999-01-01", "ago.savimbi_jonas", "AGOREB"),
        ("Foday Sankoh", "1999-01-01", "sle.sankoh_foday", "SLEREB"),
        ("Ahmad Shah Massoud", "1998-01-01", "afg.massoud_ahmad_shah", "AFGREB"),
        ("UNITA", None, "ago.unita", "AGOREB"),
        ("Kosovo Liberation Army", None, "xkx.kla", "XKXREB"),
        ("Interahamwe", None, "rwa.interahamwe", "RWAUAF"),
    ],
)
def test_leaders_and_armed_groups_of_the_1990s(name, date, entity, code):
    [first, *_] = KnowledgeBase.default().lookup(name, date=date)
    assert (first.id, first.cameo_code) == (entity, code)


def test_eval_actors_scores_what_the_actor_stage_outputs(nlp):
    """`tacitus eval actors` sees the dateline-country and quote-speaker steps of the pipeline,
    not only the resolver."""
    from tacitus.evaluate import actors

    rec = {
        "id": "t",
        "date": "2024-03-03",
        "text": "MANILA -- Police arrested 12 protesters in the capital on Sunday. "
        '"We will not back down," Philippine Foreign Secretary Enrique Manalo said.',
    }
    mentions = {m.text: m for m in actors.actor_stage_mentions(rec, nlp, actors.actor_stages())}
    assert mentions["Police"].actor.cameo_code == "PHLCOP"  # the dateline's country
    assert "MANILA" not in mentions  # the dateline is not an actor
    assert mentions["We"].actor.country == "PHL"  # the quotation's speaker


def test_plural_role_words_are_the_government_not_one_officeholder(nlp):
    found = {m.text: m.actor for m in resolve_text(nlp, "Polish leaders met.", date="2004-05-01")}
    assert found["Polish leaders"].cameo_code == "POLGOV"
    assert found["Polish leaders"].entity_id == "pol"  # not the president of the day
    found = {
        m.text: m.actor for m in resolve_text(nlp, "The Polish leader met.", date="2004-05-01")
    }
    assert found["Polish leader"].entity_id == "pol.kwasniewski_aleksander"


def test_a_capital_that_names_a_body_is_a_place_after_in(nlp):
    assert _codes(nlp, "European leaders met in Brussels.").get("Brussels") is None
    assert _codes(nlp, "Brussels fined the company.")["Brussels"] == "IGOWSTEEC"


def test_placed_bodies_need_a_plain_place(nlp):
    # "its leaders" are the owner's, met in Brussels; officials in Brussels may be the EU's
    text = "The European Union opened talks, days after its leaders in Brussels endorsed them."
    assert all(code != "BELGOV" for code in _codes(nlp, text).values())
    assert _codes(nlp, "Police in Brussels arrested two men.")["Police in Brussels"] == "BELCOP"


def test_an_uncounted_plural_demonym_stays_the_state(nlp):
    codes = _codes(nlp, "The Georgians rejected the proposal, and thousands of Serbs protested.")
    assert codes["Georgians"] == "GEO" and codes["Serbs"] == "SRBCVL"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Caracas rejected the demand.", "Caracas", "VENGOV"),
        ("Bamako expelled the envoy.", "Bamako", "MLIGOV"),
        ("Ouagadougou denied the report.", "Ouagadougou", "BFAGOV"),
        ("Bogota accused Quito of sheltering rebels.", "Quito", "ECUGOV"),
        ("The government in Juba rejected the report.", "government in Juba", "SSDGOV"),
        ("Officials in Tegucigalpa denied the claim.", "Officials in Tegucigalpa", "HNDGOV"),
        ("Police in Monrovia arrested two men.", "Police in Monrovia", "LBRCOP"),
    ],
)
def test_capitals_of_smaller_states_name_their_government(nlp, text, mention, code):
    assert _codes(nlp, text)[mention] == code


def test_a_capital_as_a_place_is_not_its_government(nlp):
    codes = _codes(nlp, "The minister flew to Caracas on Monday.")
    assert codes.get("Caracas") is None
    # "Congolese" is both Congos' adjective: it stays with the DRC, not Brazzaville
    assert _codes(nlp, "Congolese troops attacked.")["Congolese troops"] == "CODMIL"


def test_regions_are_groups_of_states_without_a_country(nlp):
    assert _codes(nlp, "Russia accused the West of meddling.")["the West"] == "WST"
    assert _codes(nlp, "The Gulf states condemned the attack.")["The Gulf states"] == "PGS"
    assert _codes(nlp, "Western governments imposed sanctions.")["Western governments"] == "WST"
    # longer names and places
    assert _codes(nlp, "Troops fired on protesters in the West Bank.").get("West Bank") == "PSE"
    assert "WST" not in _codes(nlp, "The West African bloc suspended Mali.").values()
    assert _codes(nlp, "He moved to the West in 1990.") == {}
    assert "PGS" not in _codes(nlp, "Migrants in the Gulf states face abuse.").values()


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The G5 Sahel force attacked militants.", "G5 Sahel force", "IGOG5S"),
        ("The Collective Security Treaty Organisation sent troops.", "Collective Security Treaty Organisation", "IGOCSTO"),
        ("The OPCW blamed Syria.", "OPCW", "IGOOPCW"),
        ("SADC condemned the coup.", "SADC", "IGOSADC"),
    ],
)  # fmt: skip
def test_regional_igos(nlp, text, mention, code):
    assert _codes(nlp, text)[mention] == code


def test_crown_princes_emirs_and_sultans_are_the_officeholder_of_the_day(nlp):
    found = {
        m.text: m.actor
        for m in resolve_text(nlp, "The Saudi crown prince met him.", date="2019-01-01")
    }
    assert found["Saudi crown prince"].entity_id == "sau.mohammed_bin_salman"
    found = {
        m.text: m.actor
        for m in resolve_text(nlp, "The Saudi crown prince met him.", date="2016-01-01")
    }
    assert found["Saudi crown prince"].entity_id == "sau.muhammad_bin_nayef"
    found = {
        m.text: m.actor
        for m in resolve_text(nlp, "The Qatari emir visited Paris.", date="2019-01-01")
    }
    assert found["Qatari emir"].entity_id == "qat.tamim_bin_hamad"
    # no officeholder recorded: the country's government
    assert _codes(nlp, "The Kuwaiti crown prince met them.")["Kuwaiti crown prince"] == "KWTGOV"


def test_opposition_supporters_take_the_country_named_for_them(nlp):
    text = "In Zimbabwe, thousands of opposition supporters marched on parliament."
    assert _codes(nlp, text)["opposition supporters"] == "ZWEOPP"
    text = "Thousands of opposition supporters in Kenya marched."
    assert _codes(nlp, text)["opposition supporters in Kenya"] == "KENOPP"
    # the country acting on them is not theirs; without a country they stay open
    assert (
        _codes(nlp, "Russia accused opposition supporters of rioting.")["opposition supporters"]
        is None
    )
    assert _codes(nlp, "Opposition supporters marched.")["Opposition supporters"] is None
    # a sentence about two countries: "opposition parties in Seoul" are South Korea's
    text = "Tokyo welcomed the plan and opposition parties in Seoul denounced it."
    assert _codes(nlp, text)["opposition parties in Seoul"] == "KOROPP"


def test_opposition_of_a_local_story_is_the_datelines(pipeline):
    from tacitus import coder

    text = (
        "HARARE, Zimbabwe (Reuters) - Thousands of opposition supporters marched through the "
        "capital on Saturday. Zimbabwe's government said the march was illegal."
    )
    a = coder.code_text(text, date="2018-08-01", pipeline=pipeline)
    found = {m.text: m.actor for m in a.mentions}
    assert found["opposition supporters"].cameo_code == "ZWEOPP"
    # without a dateline, the article's most-named country does not own its opposition
    text = "Japan and Japanese firms were named. Japan said so. Opposition supporters marched."
    a = coder.code_text(text, date="2018-08-01", pipeline=pipeline)
    found = {m.text: m.actor for m in a.mentions}
    assert found["Opposition supporters"].country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese and Russian bombers flew over the sea.", {"Chinese": "CHNMIL", "Russian bombers": "RUSMIL"}),
        ("British, French and US troops landed.", {"British": "GBRMIL", "French": "FRAMIL", "US troops": "USAMIL"}),
        ("Israeli and Palestinian negotiators met.", {"Israeli": "ISRGOV", "Palestinian negotiators": "PSEGOV"}),
    ],
)  # fmt: skip
def test_coordinated_nationalities_are_one_actor_each(nlp, text, expected):
    codes = _codes(nlp, text)
    for mention, code in expected.items():
        assert codes[mention] == code


def test_a_country_name_before_and_is_not_a_coordinated_nationality(nlp):
    codes = _codes(nlp, "Iran and Russian officials met.")
    assert codes["Iran"] == "IRN" and codes["Russian officials"] == "RUSGOV"
    # one officeholder is not coordinated with another state's
    assert "CHNMIL" not in _codes(nlp, "Russian bombers flew over the sea.").values()


def test_another_countrys_congress(nlp, pipeline):
    from tacitus import coder

    assert _codes(nlp, "Brazil's Congress approved the reform.")["Brazil's Congress"] == "BRALEG"
    assert _codes(nlp, "The Peruvian Congress voted.")["Peruvian Congress"] == "PERLEG"
    assert _codes(nlp, "Congress passed the bill.")["Congress"] == "USALEG"
    text = "BRASILIA, Brazil (Reuters) - Congress rejected the pension reform on Tuesday."
    a = coder.code_text(text, date="2024-06-25", pipeline=pipeline)
    assert {m.text: m.actor.cameo_code for m in a.mentions}["Congress"] == "BRALEG"
    # the story names the United States: "Congress" stays the US Congress
    text = "BRASILIA, Brazil (Reuters) - Congress rejected it, and the United States objected."
    a = coder.code_text(text, date="2024-06-25", pipeline=pipeline)
    assert {m.text: m.actor.cameo_code for m in a.mentions}["Congress"] == "USALEG"


def test_international_organisations_and_aid_agencies_are_sectors_without_a_country(nlp):
    found = {
        m.text: m.actor
        for m in resolve_text(nlp, "International organisations and aid agencies criticised it.")
    }
    assert found["International organisations"].sectors == ["IGO"]
    assert found["aid agencies"].sectors == ["NGO"]
    assert found["aid agencies"].country is None and found["aid agencies"].cameo_code is None
    # an owner in front wins
    assert (
        _codes(nlp, "Sudanese aid agencies warned of famine.")["Sudanese aid agencies"] == "SDNNGO"
    )


def test_congress_in_a_story_about_a_country_without_one_stays_american(pipeline):
    from tacitus import coder

    text = "KYIV, Ukraine (Reuters) - Congress approved more aid on Tuesday."
    a = coder.code_text(text, date="2024-06-25", pipeline=pipeline)
    assert {m.text: m.actor.cameo_code for m in a.mentions}["Congress"] == "USALEG"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a state's own people placed in it: students, workers, rioters, rebels
        ("Students in Dhaka clashed with police on Monday.", "Students in Dhaka", "BGDEDU"),
        ("Rioters in France set cars on fire.", "Rioters in France", "FRACVL"),
        ("Rebels in Chad ambushed a convoy.", "Rebels in Chad", "TCDREB"),
        # the people of the one state whose own government the sentence names
        ("Protesters demanded reforms from the Thai government.", "Protesters", "THAOPP"),
        ("The opposition demanded the resignation of the Peruvian president.", "opposition",
         "PEROPP"),
        ("French farmers blocked roads near Lyon.", "French farmers", "FRACVL"),
    ],
)  # fmt: skip
def test_a_states_people_take_its_country(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a crowd at a state's embassy or around its flag is not of that state
        ("Protesters gathered outside the American embassy.", "Protesters"),
        # troops placed in a country are often foreign troops
        ("Troops in Afghanistan came under fire.", "Troops"),
    ],
)
def test_a_crowd_at_a_foreign_mission_or_troops_abroad_stay_unplaced(nlp, text, mention):
    codes = _codes(nlp, text)
    assert codes.get(mention) is None, codes


def test_a_states_envoy_to_an_international_body_is_the_states(nlp):
    codes = _codes(nlp, "Pyongyang's U.N. envoy walked out of the chamber.", date="2006-10-14")
    assert codes.get("U.N. envoy") == "PRKGOV", codes


def test_a_bare_congress_beside_one_country_with_a_congress_is_that_countrys(pipeline):
    from tacitus import coder

    an = coder.code_text(
        "Colombian prosecutors opened an inquiry into members of Congress.",
        date="2006-10-14",
        pipeline=pipeline,
    )
    codes = {m.text: m.actor.cameo_code for m in an.mentions if m.actor}
    assert codes.get("Congress") == "COLLEG", codes


@pytest.mark.parametrize(
    ("date", "code"),
    [("1999-04-01", "SRBREB"), ("2008-02-16", "SRBREB"), ("2008-02-17", "XKXREB")],
)
def test_kosovo_before_independence_is_serbias(pipeline, date, code):
    from tacitus import coder

    an = coder.code_text("The Kosovo Liberation Army ambushed a police patrol.", date=date,
                         pipeline=pipeline)  # fmt: skip
    codes = {m.text: m.actor.cameo_code for m in an.mentions if m.actor}
    assert codes.get("Kosovo Liberation Army") == code, codes


def test_successions_name_known_states_and_dates():
    from tacitus.actors.kb import country_on, successions

    table = successions()
    kb = KnowledgeBase.default()
    for state, (since, before) in table.items():
        assert kb.country_by_code(state) is not None and kb.country_by_code(before) is not None
        assert country_on(state, since) == state
    assert country_on("SSD", "2011-07-08") == "SDN"
    assert country_on("SSD", None) == "SSD"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Myanmar's army carried out ethnic cleansing of the Rohingya.", "the Rohingya", "MMRCVL"),
        # the state of the one acting on them, where the group lives there too
        ("Saddam Hussein's forces attacked the Kurds.", "the Kurds", "IRQCVL"),
    ],
)
def test_an_ethnic_group_named_as_a_people_is_its_states_civilians(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Islamic militants killed 30 villagers in Algeria.", "militants", "DZAINS"),
        ("Militants attacked a police station in northern Kenya.", "Militants", "KENINS"),
        # the country belongs to another actor: the fighters stay unplaced
        ("Militants killed 30 Israeli soldiers.", "militants", None),
    ],
)
def test_armed_men_take_the_country_where_they_act(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # a leader's surname before "administration" or "regime": the leader's government
        ("The Clinton administration warned the junta.", "1995-07-10", "Clinton administration",
         "USAGOV"),
        ("The Bush administration imposed sanctions on Syria.", "2005-07-10",
         "Bush administration", "USAGOV"),
        # the doer of a passive is not acted on by the sufferer's state
        ("Burmese opposition leader Aung San Suu Kyi was freed by the ruling military junta.",
         "1995-07-10", "military junta", "MMRMIL"),
        # the subject of a reported clause is the reporter's, not acted on by him
        ("Russian President Vladimir Putin said the army had repelled the attack.",
         "2015-07-10", "army", "RUSMIL"),
    ],
)  # fmt: skip
def test_state_bodies_named_around_their_leaders(nlp, text, date, mention, code):
    assert _codes(nlp, text, date=date).get(mention) == code
