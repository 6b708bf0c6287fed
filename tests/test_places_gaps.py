"""Places that gave the wrong country: shared names, squares and palaces, lowercase common
nouns, and names that contain another country's name. The sentences are ours."""

from __future__ import annotations

import pytest

from tacitus.places import Gazetteer, load_landmarks
from tests.conftest import triple


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def _country(gaz, name, *context):
    found = gaz.best(name, context_countries=context)
    return found.country if found is not None else "-"


# --------------------------------------------------------------------------- shared names


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        # a seat of government beats a department of another country...
        ("La Paz", (), "BOL"),
        # ... unless the article names that country
        ("La Paz", ("HND",), "HND"),
        ("La Paz", ("MEX",), "MEX"),
        # a metropolis abroad beats a first-level region
        ("Cordoba", (), "ARG"),
        ("Córdoba", (), "ARG"),
        ("Cordoba", ("COL",), "COL"),
        ("Cordoba", ("ESP",), "ESP"),
        ("Trujillo", (), "PER"),
        ("Trujillo", ("VEN",), "VEN"),
        # capitals and big cities over small towns elsewhere
        ("San Jose", (), "CRI"),
        ("San Jose", ("USA",), "USA"),
        ("Santiago", (), "CHL"),
        ("Valencia", ("ESP",), "ESP"),
        ("Tripoli", (), "LBY"),
        ("Tripoli", ("LBN",), "LBN"),
        ("Hyderabad", (), "IND"),
        ("Hyderabad", ("PAK",), "PAK"),
        ("Georgetown", (), "GUY"),
        ("Kingston", (), "JAM"),
        ("Alexandria", (), "EGY"),
        ("Alexandria", ("USA",), "USA"),
        ("Sidon", (), "LBN"),
        ("The Hague", (), "NLD"),
        # a region stays a region where no foreign metropolis shares its name
        ("Victoria", (), "AUS"),
        ("Texas", (), "USA"),
        ("New York", (), "USA"),
    ],
)
def test_shared_names_rank_capitals_and_big_cities_first(gaz, name, context, country):
    assert _country(gaz, name, *context) == country


def test_a_seat_of_government_ranks_like_a_capital(gaz):
    (top, *_) = gaz.lookup("La Paz")
    assert top.precision == "city" and top.country == "BOL"


# --------------------------------------------------------------------------- squares, palaces


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Tahrir Square", "EGY"),
        ("Taksim Square", "TUR"),
        ("the Maidan", "UKR"),
        ("Maidan Nezalezhnosti", "UKR"),
        ("Red Square", "RUS"),
        ("Tiananmen Square", "CHN"),
        ("Azadi Square", "IRN"),
        ("Pearl Roundabout", "BHR"),
        ("Plaza de Mayo", "ARG"),
        ("Casa Rosada", "ARG"),
        ("Miraflores Palace", "VEN"),
        ("Malacanang Palace", "PHL"),
        ("the Reichstag", "DEU"),
        ("the Green Zone", "IRQ"),
        ("Aso Rock", "NGA"),
    ],
)
def test_squares_and_palaces(gaz, name, country):
    found = gaz.best(name)
    assert found is not None and found.precision == "landmark" and found.country == country


@pytest.mark.parametrize(
    "name", ["Independence Square", "Martyrs' Square", "Freedom Square", "Presidential Palace"]
)
def test_squares_several_cities_share_are_not_listed(gaz, name):
    assert gaz.best(name) is None


def test_no_landmark_is_a_body_or_a_state():
    names = {n.lower() for _, names in load_landmarks() for n in names}
    assert not names & {"knesset", "the knesset", "duma", "the duma", "bundestag", "congress"}


# --------------------------------------------------------------------------- case


@pytest.mark.parametrize("name", ["West Bank", "the West Bank", "WEST BANK"])
def test_the_west_bank_capitalised_is_the_territory(gaz, name):
    assert _country(gaz, name) == "PSE"


@pytest.mark.parametrize(
    "name", ["west bank", "the west bank", "West bank", "the gulf", "the pentagon", "niger delta"]
)
def test_common_nouns_are_no_landmarks(gaz, name):
    found = gaz.best(name)
    assert found is None or found.precision != "landmark"


def test_lowercase_names_find_nothing(gaz):
    assert gaz.lookup("georgia") == []
    assert gaz.lookup("Georgia")


# --------------------------------------------------------------------------- names inside names


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("the Niger Delta", "NGA"),
        ("Lake Chad", None),
        ("the Lake Chad basin", None),
        ("the Congo Basin", None),
        ("the Congo basin", None),
        ("the Congo River", None),
        ("the Niger River", None),
        ("Lake Victoria", None),
        ("the Gulf of Mexico", None),
        ("the Gulf of Guinea", None),
        ("the Jordan Valley", "PSE"),
        ("the Kurdistan region of Iraq", "IRQ"),
        ("Iraqi Kurdistan", "IRQ"),
    ],
)
def test_names_containing_a_country_name(gaz, name, country):
    found = gaz.best(name)
    assert found is not None and found.precision == "landmark"
    assert found.country == country


def test_find_places_prefers_the_longer_name(nlp, gaz):
    from tacitus.where import find_places

    doc = nlp("Fishermen on Lake Chad and oil workers in the Niger Delta were kidnapped.")
    got = {p.text: p.country for p in find_places(doc, gaz)}
    assert got == {"Lake Chad": None, "the Niger Delta": "NGA"}


# --------------------------------------------------------------------------- end to end


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Russian forces shelled villages on the west bank of the Dnipro.", "UKR"),
        ("Israeli troops raided a refugee camp in the West Bank.", "PSE"),
        ("Rebels shelled Cordoba overnight.", "ARG"),
    ],
)
def test_recipient_country_from_the_place(code, text, recipient):
    got = code(text)
    assert got and got[0][2] == recipient, got


def test_event_located_in_la_paz_bolivia(code_text):
    (event, *_) = code_text("Police fired tear gas at protesters in La Paz on Tuesday.")
    assert triple(event)[0] == "ASSAULT"
    assert event.location is not None and event.location.country == "BOL"
