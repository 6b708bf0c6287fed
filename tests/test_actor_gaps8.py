"""Actor gaps, round 8 (tacitus.actors.resolve): actors resolved to the wrong country. A body
named by a word it shares with another state's body, qualified by a state ("the Norwegian Labour
Party"), is that state's; a body's one-word name ending a person's name ("Edmond Pope") is the
person's; "Greek Cypriots" are Cyprus's people and Tamil Tigers Sri Lanka's; "the country"
after a participle is not its subject's own; "them" after a singular international body is the
crowd before it; a crowd at a named square is of the square's state; a person's later offices
(Mohamed ElBaradei after the IAEA); coca growers and oil workers as people. Sentences are ours."""

from __future__ import annotations

from tacitus.actors.resolve import resolve_text

from .test_actor_gaps7 import _code_at as code_at


def _code_at(nlp, text, word, n=1, date="2012-03-01"):
    """The CAMEO code of the mention covering the n-th whole-word ``word`` (None: none)."""
    return code_at(nlp, text, word, n, date=date)


def _countries(nlp, text, date="2012-03-01"):
    return {m.text: m.actor.country for m in resolve_text(nlp, text, date=date) if m.actor}


# 1. a state-qualified body named by a word another state's body owns


def test_a_qualified_party_is_the_qualifying_states(nlp):
    text = "The Norwegian Labour Party won the election and formed a government."
    assert _countries(nlp, text).get("Norwegian Labour Party") == "NOR"
    text = "The Irish Labour Party criticised the budget."
    assert _countries(nlp, text).get("Irish Labour Party") == "IRL"
    text = "The Nigeria Labour Congress called a general strike over fuel prices."
    assert _countries(nlp, text).get("Nigeria Labour Congress") == "NGA"


def test_an_unqualified_or_own_body_is_unchanged(nlp):
    assert _countries(nlp, "The Labour Party won the vote in London.").get("Labour Party") == "GBR"
    assert _code_at(nlp, "Hezbollah fighters fired rockets into Israel.", "fighters") == "LBNINS"
    # the adjective modifies another noun: "a US Hezbollah ban" is no American Hezbollah
    found = _countries(nlp, "A US Hezbollah ban took effect.")
    assert found.get("Hezbollah") == "LBN"
    assert "US Hezbollah" not in found


# 2. a body's one-word name ending a person's name


def test_a_surname_is_not_the_body(nlp):
    text = "Russian agents arrested American businessman Edmond Pope on spying charges."
    codes = {m.actor.cameo_code for m in resolve_text(nlp, text, date="2000-04-06") if m.actor}
    assert "VATGOV" not in codes


def test_the_pope_is_still_the_holy_see(nlp):
    assert _code_at(nlp, "The Pope urged an end to the war in Ukraine.", "Pope") == "VATGOV"


# 3. peoples and groups whose modifier names another state


def test_greek_cypriots_are_cyprus_people(nlp):
    text = "Greek Cypriots voted down the reunification plan."
    assert _countries(nlp, text, "2004-04-24").get("Greek Cypriots") == "CYP"
    text = "Thousands of Turkish Cypriots marched in the north."
    assert _countries(nlp, text, "2004-04-24").get("Turkish Cypriots") == "CYP"


def test_tamil_tigers_are_sri_lankas_even_in_a_story_about_india(nlp):
    text = "A Tamil Tiger suicide bomber killed a former Indian minister in Chennai."
    assert _countries(nlp, text, "1995-05-01").get("Tamil Tiger suicide bomber") == "LKA"
    # other Tamils still take the state the story names
    text = "Tamil protesters marched in Chennai against India's policy."
    assert _countries(nlp, text, "2009-05-01").get("Tamil protesters") == "IND"


# 4. "the country" after a participle or as an owner


def test_the_country_is_not_the_visitors_own(nlp):
    text = "The French president landed in Kenya on Monday, praising the country for its reforms."
    assert _countries(nlp, text, "2014-04-24").get("the country") == "KEN"
    text = "The German chancellor flew to Chile on Tuesday and praised the country's leaders."
    assert _countries(nlp, text, "2014-04-24").get("the country") == "CHL"
    text = "Japan's prime minister arrived in Vietnam, pledging to help the country build railways."
    assert _countries(nlp, text, "2014-04-24").get("the country") == "VNM"


def test_the_country_as_its_own_subject_is_unchanged(nlp):
    text = "Kenya held elections on Monday, and the country awaits the results."
    assert _countries(nlp, text).get("the country") == "KEN"


# 5. "them" after a singular international body


def test_them_is_the_crowd_not_the_union(nlp):
    text = (
        "Thousands of Armenians marched in Yerevan after the government froze talks with the "
        "European Union, and police used tear gas to disperse them."
    )
    assert _countries(nlp, text, "2014-04-24").get("them") == "ARM"


def test_they_after_two_bodies_is_unchanged(nlp):
    text = "The European Union warned Iran that they would impose sanctions."
    assert _code_at(nlp, text, "they", date="2014-04-24") == "IGOWSTEEC"


# 6. a crowd at a named square


def test_a_crowd_at_a_square_is_of_the_squares_state(nlp):
    text = "Troops opened fire on students in Tiananmen Square."
    assert _countries(nlp, text, "1989-06-04").get("students in Tiananmen Square") == "CHN"
    # the square is no actor, and an unknown square gives no state
    text = "Police dispersed students in Freedom Square."
    assert not any(c for c in _countries(nlp, text).values())


# 7. people and their later offices; growers and strikers


def test_elbaradei_after_the_iaea_is_egypts(nlp):
    text = "Mohamed ElBaradei called for the president to step down."
    assert _code_at(nlp, text, "Mohamed ElBaradei", date="2011-01-29") == "EGYOPP"
    assert _code_at(nlp, text, "Mohamed ElBaradei", date="2005-06-01").startswith("IGO")


def test_growers_and_oil_workers_take_their_nationality(nlp):
    text = "Bolivian coca growers blocked highways near Cochabamba."
    assert _countries(nlp, text).get("Bolivian coca growers") == "BOL"
    text = "Nigerian oil workers began a strike."
    assert _countries(nlp, text).get("Nigerian oil workers") == "NGA"


# 8. offices of an organisation; a movement's arms; local bodies


def test_an_office_of_a_body_is_the_bodys(nlp):
    text = "The chief prosecutor of the International Criminal Court charged Sudan's president."
    assert _code_at(nlp, text, "prosecutor", date="2008-07-14") == "IGOICC"
    # an office of a state is unchanged
    text = "The foreign ministers of Britain and France met in Paris."
    assert _code_at(nlp, text, "Britain", date="2008-07-14") == "GBRGOV"


def test_a_movements_arm_in_a_state_is_that_states(nlp):
    text = "Fighters from the Islamic State's affiliate in Mozambique attacked villages."
    assert (
        _countries(nlp, text, "2021-07-14").get("Islamic State's affiliate in Mozambique") == "MOZ"
    )
    text = "Al Qaeda's branch in Yemen claimed the attack on the base."
    assert _countries(nlp, text, "2021-07-14").get("Al Qaeda's branch in Yemen") == "YEM"
    text = "Hamas's armed wing fired rockets at Israel."
    assert _countries(nlp, text, "2021-07-14").get("Hamas's armed wing") == "PSE"
    # the movement alone keeps its own state
    text = "The Islamic State claimed the attack in Kabul."
    assert _countries(nlp, text, "2021-07-14").get("Islamic State") == "IRQ"


def test_local_police_are_of_the_place_named(nlp):
    text = "Somali refugees in the Kenyan town of Dadaab accused local police of extortion."
    assert _countries(nlp, text, "2019-07-14").get("police") == "KEN"
    # no place named: no state guessed
    assert (
        _countries(nlp, "Local police said the attack killed three people.").get("police") is None
    )


# 9. a state's party or union acting on a bare "the government"


def test_a_qualified_party_acting_on_the_government_makes_it_its_own(nlp):
    text = (
        "The Nigeria Labour Congress threatened a nationwide strike if the government did not "
        "cut fuel prices."
    )
    assert _code_at(nlp, text, "government", date="2003-06-25") == "NGAGOV"
    text = "The Norwegian Labour Party accused the government of neglecting the north."
    assert _code_at(nlp, text, "government") == "NORGOV"
    # a state acting on a bare body gives it no state
    assert _countries(nlp, "Russia accused the rebels of breaking the truce.").get("rebels") is None


def test_a_compass_word_before_a_nationality_is_part_of_it(nlp):
    # "South American leaders" are no Americans; "South Korean officials" are South Korea's
    assert "USA" not in _countries(nlp, "South American leaders met in Lima.").values()
    assert "KOR" in _countries(nlp, "South Korean officials met Japanese officials.").values()
