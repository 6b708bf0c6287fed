"""Places settle generic actors: "rebels in Dagestan", "police in Plateau State", "the Oromia
regional government", "the Kano State governor", a dateline's state for a bare chamber, and
"Indian peasants in Chiapas" (a state's indigenous people in the Americas). Region names that
are also common words or people's names ("Karen", "Unity", "Plateau", "Rivers") settle nothing
without their place word. Sentences are ours; states and regions are facts."""

from __future__ import annotations

import pytest

from .conftest import find_mention, triple

DATE = "2021-03-01"


def _code(pipeline, text: str) -> str | None:
    """The CAMEO code of the sentence's first mention (its subject in these sentences)."""
    from tacitus import coder

    mentions = coder.code_text(text, date=DATE, pipeline=pipeline).mentions
    first = min(mentions, key=lambda m: m.start) if mentions else None
    return first.actor.cameo_code if first is not None and first.actor is not None else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "<actors> in <region>": first-level regions under their news forms
        ("Police in Plateau State arrested 20 people after clashes between herders.", "NGACOP"),
        ("Gunmen in Rivers State kidnapped three oil workers on Sunday.", "NGAINS"),
        ("Gunmen in Zamfara abducted thirty villagers from their homes.", "NGAINS"),
        ("Protesters in Oromia clashed with security forces on Monday.", "ETHOPP"),
        ("Police in Amhara arrested a journalist who had criticised the army.", "ETHCOP"),
        ("Separatists in Ambazonia kidnapped a school principal.", "CMRSEP"),
        ("Militants in Ingushetia attacked a police checkpoint overnight.", "RUSINS"),
        ("Rebels in Dagestan attacked a police post on Tuesday.", "RUSREB"),
        ("Police in Chechnya detained a blogger who had mocked the republic's leader.", "RUSCOP"),
        ("Fighters in Panjshir ambushed a Taliban convoy.", "AFGINS"),
        ("Militants in Kurram killed four soldiers near the Afghan border.", "PAKINS"),
        ("Rebels in Karen State attacked an army base.", "MMRREB"),
        ("Protesters in Rakhine clashed with police in the state capital.", "MMROPP"),
        ("Rebels in the Moluccas burned a church.", "IDNREB"),
        ("Protesters in Kurdistan demanded unpaid salaries.", "IRQOPP"),
        ("Demonstrators in Inner Mongolia protested against the new language policy.", "CHNOPP"),
        ("Militants in Sistan-Baluchestan attacked a border post.", "IRNINS"),
        ("Rebels in Catatumbo clashed with a rival armed group.", "COLREB"),
        ("Police in Michoacan arrested a cartel leader on Friday.", "MEXCOP"),
        ("Police in Kharkiv region detained a man suspected of spying.", "UKRCOP"),
        ("Fighters in Tigray shelled the town of Alamata.", "ETHINS"),
        # the region's name as a modifier, with "regional" or an office after it
        ("The Oromia regional government accused the rebels of killing civilians.", "ETHGOV"),
        ("The Kano State governor met community leaders on Tuesday.", "NGAGOV"),
        ("The Plateau State governor visited the villages that were attacked.", "NGAGOV"),
        ("The governor of Plateau State condemned the killings.", "NGAGOV"),
        ("The Kharkiv mayor said three people were killed in the strike.", "UKRGOV"),
        ("Manipur police arrested three insurgents on Sunday.", "INDCOP"),
        # peoples of a region
        ("Chechen rebels attacked a Russian convoy.", "RUSREB"),
        ("Dagestani police killed two suspected militants.", "RUSCOP"),
        ("Karen rebels attacked an army base near the border.", "MMRREB"),
    ],
)  # fmt: skip
def test_a_region_gives_its_actors_their_state(pipeline, text, code):
    assert _code(pipeline, text) == code


@pytest.mark.parametrize(
    ("text", "needle", "country"),
    [
        ("KABUL (Reuters) - The parliament rejected the president's nominee for defence minister.",
         "parliament", "AFG"),
        ("MANILA (AP) - The Senate approved a bill to extend martial law in Mindanao.",
         "Senate", "PHL"),
        ("MAIDUGURI, Nigeria - Soldiers killed ten insurgents on Friday.", "Soldiers", "NGA"),
    ],
)  # fmt: skip
def test_a_dateline_settles_a_bare_chamber_or_force(pipeline, text, needle, country):
    m = find_mention(pipeline, text, needle, DATE)
    assert m is not None and m.actor is not None and m.actor.country == country


@pytest.mark.parametrize(
    ("text", "needle", "country"),
    [
        ("Indian peasants in Chiapas blocked a highway to demand land.", "Indian peasants", "MEX"),
        ("Hundreds of Indian peasants seized three towns in Chiapas on Saturday.",
         "Indian peasants", "MEX"),
        ("Indian leaders in Ecuador rejected the government's oil plan.", "Indian leaders", "ECU"),
        ("Indian villagers in Kashmir protested against the curfew.", "Indian villagers", "IND"),
        ("Indian farmers in Punjab blocked a highway.", "Indian farmers", "IND"),
    ],
)  # fmt: skip
def test_indian_people_in_the_americas_are_that_states(pipeline, text, needle, country):
    m = find_mention(pipeline, text, needle, DATE)
    assert m is not None and m.actor is not None and m.actor.country == country


def test_indigenous_leaders_are_no_government(pipeline):
    m = find_mention(pipeline, "Indian leaders in Ecuador rejected the oil plan.", "Indian", DATE)
    assert m.actor.cameo_code == "ECUCVL"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Karen Bass said the city would hire more police.", "Karen"),
        ("Unity is what the party needs, the opposition leader said.", "Unity"),
        ("Rivers of refugees crossed the border.", "Rivers"),
        ("Plateau prices hit farmers as police blocked the roads.", "police"),
    ],
)  # fmt: skip
def test_a_look_alike_word_settles_no_state(pipeline, text, needle):
    m = find_mention(pipeline, text, needle, DATE)
    assert m is None or m.actor is None or m.actor.country not in ("MMR", "SSD", "NGA")


def test_world_powers_stay_unresolved_as_the_golds_code_them(pipeline):
    m = find_mention(pipeline, "World powers urged Iran to return to the talks.", "powers", DATE)
    assert m is None or m.actor is None or not m.actor.cameo_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("G7 leaders condemned the missile test.", "IGOG7"),
        ("The Quartet called on both sides to resume talks.", "IGOQUARTET"),
        ("The West imposed new sanctions on Russia.", "WST"),
        ("Western powers condemned the coup.", "WST"),
    ],
)  # fmt: skip
def test_groupings_of_states_code_as_their_tables_give_them(pipeline, text, code):
    assert _code(pipeline, text) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels in the Moluccas burned a church on Sunday.", ("ASSAULT", "IDN", "IDN")),
        ("Police in Plateau State arrested twenty people.", ("COERCE", "NGA", "NGA")),
        ("Gunmen in Rivers State kidnapped three oil workers.", ("ASSAULT", "NGA", "NGA")),
        ("Indian peasants in Chiapas blocked a highway to demand land.", ("PROTEST", "MEX", "MEX")),
        ("Militants in Sistan-Baluchestan attacked a border post.", ("ASSAULT", "IRN", "IRN")),
    ],
)  # fmt: skip
def test_an_event_by_actors_in_a_region_is_that_states(pipeline, text, expected):
    from tacitus import coder

    events = coder.code_text(text, date=DATE, pipeline=pipeline).events
    assert expected in {triple(e) for e in events}
