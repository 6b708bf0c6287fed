"""Actor gaps, round 9 (tacitus.actors.placing, tacitus.actors.resolve): bare actors placed by
the places and the dateline of their sentence. A town, region or landmark in a body's own phrase
("Soldiers in Mandalay", "doctors at hospitals in Kenya") or as its modifier ("Karachi police",
"Milan prosecutors") gives its state; crowds, workers and farmers acting in the places of one
state only are of that state, armed men too where they act ("a bank in Guayaquil", "the town of
Uruapan"); under a dateline, bare crowds of a sentence naming no other state take its country,
and bare armed men when they strike that state's own bodies or fire into the one other state
named; the people a domestic actor acts on share its state; a state's flag is no place of it.
A country word inside a longer landmark ("the Niger Delta", "Lake Chad", "the Congo Basin") is
no state. Look-alikes stay open: armies placed in a town with no domestic target, troops named
by nationality alone, settlers, raiders under a dateline, and places of aim ("fired rockets at
the town of Sderot"). Sentences are ours."""

from __future__ import annotations

import pytest

from .conftest import coded_mention_codes


def _codes(pipeline, text: str, date: str = "2015-06-01") -> dict[str, str | None]:
    """Each mention's CAMEO code (None: unresolved), by its text."""
    return coded_mention_codes(pipeline, text, date)


# 1. places in a body's own phrase, and towns as modifiers


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a town of one state in the body's own phrase
        ("Soldiers in Mandalay fired rubber bullets at student protesters on Sunday.",
         "Soldiers", "MMRMIL"),
        ("Police in Mombasa arrested dozens of opposition supporters.", "Police", "KENCOP"),
        ("Protesters in Maracaibo set up barricades on Tuesday.", "Protesters", "VENOPP"),
        # an alternate name after "in" (the tagger calls it an organisation)
        ("A court in Naypyitaw jailed the deposed leader for four years.", "court", "MMRJUD"),
        # a place deeper in the phrase: at hospitals in Kenya
        ("Doctors at public hospitals in Kenya went on strike over unpaid wages.", "Doctors",
         "KENHLH"),
        # a crowd outside a foreign mission is of the town's state
        ("Protesters outside the U.S. embassy in Jakarta burned flags.", "Protesters", "IDNOPP"),
        # a landmark of one state
        ("Militants in the Niger Delta blew up an oil pipeline.", "Militants", "NGAINS"),
    ],
)  # fmt: skip
def test_a_place_in_the_own_phrase_gives_its_state(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Milan prosecutors opened an investigation into the former minister.",
         "Milan prosecutors", "ITAJUD"),
        # a city the small tagger calls an organisation, big enough to be the city
        ("Karachi police detained three suspects after the bombing.", "Karachi police",
         "PAKCOP"),
        ("Niger Delta militants blew up a pipeline.", "Niger Delta militants", "NGAINS"),
    ],
)  # fmt: skip
def test_a_town_as_modifier_gives_its_state(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


def test_a_firm_named_like_a_town_is_no_place(pipeline):
    # "Honda" is a small Colombian town, and a Japanese firm
    codes = _codes(pipeline, "Honda employees staged a walkout on Monday.")
    assert not any(c and c.startswith("COL") for c in codes.values()), codes


# 2. crowds and armed men acting in the places of one state


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Gunmen stormed a bank in Guayaquil on Friday.", "Gunmen", "ECUINS"),
        ("Farmers drove their tractors into central Lyon to protest against fuel taxes.",
         "Farmers", "FRACVL"),
        ("Striking dockworkers shut down the port of Durban on Monday.", "dockworkers",
         "ZAFLAB"),
        # the agent of a passive, placed by "the town of ..."
        ("The mayor was shot dead by a gunman in the town of Uruapan.", "gunman", "MEXINS"),
    ],
)  # fmt: skip
def test_a_group_acting_in_one_states_places_is_of_it(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


def test_a_crowd_in_a_sentence_of_two_states_stays_open(pipeline):
    # the crowd is in Lyon, but the sentence names Algeria too: whose crowd is open
    codes = _codes(pipeline, "Farmers drove tractors into central Lyon as Algeria cut gas.")
    assert codes.get("Farmers") is None


# 3. datelines


def test_armed_men_striking_the_dateline_state_are_its_own(pipeline):
    text = (
        "SUVA, May 19 (Reuters) - Armed men stormed parliament on Friday and took the prime "
        "minister and two ministers hostage, a police spokesman said."
    )
    assert _codes(pipeline, text, "2000-05-19").get("Armed men") == "FJIINS"


def test_a_crowd_under_a_dateline_is_its_states(pipeline):
    text = "LAGOS, May 2 (Reuters) - Protesters blocked roads across the city on Tuesday."
    assert _codes(pipeline, text).get("Protesters") == "NGAOPP"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # raiders who strike no body of the state: they may come from abroad
        ("KABUL, March 3 (Reuters) - Gunmen killed four aid workers in an ambush on Monday.",
         "Gunmen"),
        # rockets fired into the dateline's own state come from outside it
        ("JERUSALEM, July 8 (Reuters) - Militants fired rockets into southern Israel on "
         "Tuesday.", "Militants"),
        # two other states named: from where the rockets came is open
        ("BEIRUT, Aug 3 (Reuters) - Militants fired rockets into northern Israel from Syria on "
         "Monday.", "Militants"),
        # a crowd in a sentence naming another state
        ("LAGOS, May 2 (Reuters) - Protesters marched against Ghana's border closure on "
         "Tuesday.", "Protesters"),
    ],
)  # fmt: skip
def test_dateline_look_alikes_stay_open(pipeline, text, mention):
    assert _codes(pipeline, text).get(mention) is None


def test_a_states_flag_is_no_place_of_it(pipeline):
    codes = _codes(pipeline, "Protesters burned a Ghanaian flag on Tuesday.")
    assert codes.get("Protesters") is None
    # under a dateline the crowd is the dateline's, burning another state's flag
    text = "LAGOS, May 2 (Reuters) - Protesters burned a Ghanaian flag on Tuesday."
    assert _codes(pipeline, text).get("Protesters") != "GHAOPP"


def test_armed_men_firing_into_the_one_other_state_are_the_datelines(pipeline):
    text = "GAZA, July 8 (Reuters) - Militants fired rockets into southern Israel on Tuesday."
    assert _codes(pipeline, text).get("Militants") == "PSEINS"


# 4. people acted on by a domestic actor


def test_people_acted_on_share_the_domestic_actors_state(pipeline):
    codes = _codes(pipeline, "Soldiers in Mandalay fired on hundreds of monks on Sunday.")
    assert codes.get("Soldiers") == "MMRMIL"
    assert codes.get("monks") == "MMRREL"
    codes = _codes(pipeline, "Police in Mombasa arrested dozens of opposition supporters.")
    assert codes.get("opposition supporters") == "KENOPP"


def test_people_acted_on_by_troops_of_a_named_state_stay_open(pipeline):
    # Russian troops may be abroad: the protesters may be anyone's
    codes = _codes(pipeline, "Russian troops fired on protesters.")
    assert codes.get("protesters") is None


# 5. armies and other look-alikes


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an army placed in a town with no domestic target: maybe a foreign one
        ("Troops in Kabul came under fire on Tuesday.", "Troops"),
        # another state named in the sentence
        ("Troops in Yangon fired on protesters as Chinese troops massed on the border.",
         "Troops"),
        # a town aimed at is not where the shooters are
        ("Militants fired rockets at the town of Sderot.", "Militants"),
        # settlers are another state's people by what they are
        ("Settlers in the Jordan Valley attacked Palestinian farmers.", "Settlers"),
    ],
)  # fmt: skip
def test_placing_look_alikes_stay_open(pipeline, text, mention):
    assert _codes(pipeline, text).get(mention) is None


def test_the_victims_state_is_not_the_raiders(pipeline):
    # the nationality names the people struck, not the armed men who struck them
    codes = _codes(pipeline, "American tourists were attacked by gunmen on Tuesday.")
    assert codes.get("gunmen") != "USAINS"
    # where the attack happened still places them
    codes = _codes(pipeline, "American tourists in Luxor were attacked by gunmen.")
    assert codes.get("gunmen") == "EGYINS"


def test_an_owner_in_the_phrase_is_kept(pipeline):
    # the group named after "from" owns the gunmen; the mall's town does not
    codes = _codes(pipeline, "Gunmen from al Shabaab stormed a mall in Nairobi.")
    assert codes.get("Gunmen") != "KENINS"
    # a possessor's soldiers in a foreign town are the possessor's
    codes = _codes(pipeline, "Britain said its soldiers in Basra detained two men.")
    assert codes.get("soldiers") != "IRQMIL"


# 6. country words inside a landmark


def test_a_country_word_inside_a_landmark_is_no_state(pipeline):
    codes = _codes(pipeline, "Boko Haram fighters attacked a village near Lake Chad.")
    assert "Chad" not in codes
    assert not any(c and c.startswith("TCD") for c in codes.values()), codes
    codes = _codes(pipeline, "Militants in the Niger Delta blew up an oil pipeline.")
    assert not any(c and c.startswith("NER") for c in codes.values()), codes
    codes = _codes(pipeline, "Loggers are clearing the Congo Basin faster than ever.")
    assert not any(c and c.startswith(("COD", "COG")) for c in codes.values()), codes


def test_a_country_inside_a_landmark_of_its_own_stays(pipeline):
    # "the Gaza Strip" is the Palestinian territory's own landmark
    codes = _codes(pipeline, "Israeli aircraft struck a camp in the Gaza Strip.")
    assert codes.get("Gaza Strip") == "PSE"
