"""Gazetteer lookups and the tacitus.places.v1 stage."""

from __future__ import annotations

import pytest

from tacitus.places import Gazetteer, load_landmarks, normalize_name
from tacitus.records import Actor
from tacitus.where import ResolvePlaces, dateline_place
from tests.conftest import analysis_with_triggers


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def _top(gaz, name, *context):
    found = gaz.lookup(name, context_countries=context)
    assert found, name
    return found[0]


def test_landmarks_file_is_valid():
    rows = load_landmarks()
    assert len(rows) >= 50
    names = [p.name for p, _ in rows]
    assert len(names) == len(set(names))


def test_normalize_name():
    assert normalize_name("the U.S.") == "us"
    assert normalize_name("Élysée Palace") == "elysee palace"
    assert normalize_name("Seoul's") == "seoul"


@pytest.mark.parametrize(
    ("name", "context", "country", "precision"),
    [
        ("the Pentagon", (), "USA", "landmark"),
        ("Pentagon", (), "USA", "landmark"),
        ("Kyiv", (), "UKR", "city"),
        ("Kiev", (), "UKR", "city"),
        ("Paris", (), "FRA", "city"),
        ("Paris", ("USA",), "FRA", "city"),
        ("Georgia", ("RUS",), "GEO", "country"),
        ("Georgia", ("USA",), "USA", "admin1"),
        ("Georgia", (), "GEO", "country"),
        ("U.S.", (), "USA", "country"),
        ("Britain", (), "GBR", "country"),
        ("North Korea", (), "PRK", "country"),
        ("New York", (), "USA", "city"),
        ("Tokyo", (), "JPN", "city"),
        ("Panmunjom", (), None, "landmark"),
        ("Strait of Hormuz", (), None, "landmark"),
        ("Crimea", (), "UKR", "landmark"),
        ("Texas", (), "USA", "admin1"),
    ],
)
def test_lookup(gaz, name, context, country, precision):
    top = _top(gaz, name, *context)
    assert (top.country, top.precision) == (country, precision)


def test_lookup_details(gaz):
    pentagon = _top(gaz, "the Pentagon")
    assert pentagon.admin1 == "Virginia" and round(pentagon.lat) == 39
    washington = _top(gaz, "Washington", "USA")
    assert washington.admin1 == "District of Columbia" and washington.geonames_id
    assert gaz.lookup("Nowhereville") == []


def test_default_is_cached():
    # one instance per process (load time is a benchmark figure, not a test)
    assert Gazetteer.default() is Gazetteer.default()


def test_dateline(gaz):
    assert dateline_place("SEOUL", gaz).country == "KOR"
    assert dateline_place("KYIV, Ukraine", gaz).name == "Kyiv"
    assert dateline_place("WASHINGTON/SEOUL", gaz).country == "USA"
    assert dateline_place(None, gaz) is None


# --- with spaCy ------------------------------------------------------------------------------


def _analysis(nlp, text, lemmas, *, dateline=None):
    return analysis_with_triggers(
        nlp, text, lemmas, date="2024-05-09", dateline=dateline, verbs_only=True
    )


def _by_lemma(analysis):
    return {e.trigger["lemma"]: e for e in analysis.events}


def test_stage_locations(nlp):
    text = (
        "The defence chiefs met at the Pentagon on Tuesday. "
        "Their deputies held talks in Seoul and will travel to Manila. "
        "Japan accused China of provocations."
    )
    analysis = _analysis(nlp, text, {"meet", "hold", "accuse"}, dateline="TOKYO")
    ResolvePlaces()([analysis])
    ev = _by_lemma(analysis)
    met = ev["meet"].location
    assert (met.name, met.country, met.precision) == ("Pentagon", "USA", "landmark")
    assert text[met.start : met.end] == "the Pentagon"
    held = ev["hold"].location
    assert (held.name, held.country, held.precision) == ("Seoul", "KOR", "city")
    assert text[held.start : held.end] == "Seoul"
    # "Japan" and "China" are actor and recipient, not places of the event: dateline.
    accused = ev["accuse"].location
    assert (accused.name, accused.country) == ("Tokyo", "JPN") and "dateline" in accused.reason
    names = [p.text for p in analysis.places]
    assert names == ["the Pentagon", "Seoul", "Manila", "Japan", "China"]
    assert all(text[p.start : p.end] == p.text for p in analysis.places)


def test_actor_place_is_not_location(nlp):
    text = "Troops fired on protesters in Georgia."
    analysis = _analysis(nlp, text, {"fire"})
    start = text.index("Georgia")
    analysis.events[0].recipient = [Actor(text="Georgia", start=start, end=start + 7)]
    ResolvePlaces()([analysis])
    assert analysis.events[0].location is None


def test_context_country_resolves_ambiguous_name(nlp):
    text = "Police in Atlanta detained two men. Protesters marched in Georgia on Sunday."
    analysis = _analysis(nlp, text, {"march"})
    ResolvePlaces()([analysis])
    where = analysis.events[0].location
    assert (where.country, where.precision, where.admin1) == ("USA", "admin1", "Georgia")


def test_no_place_and_no_dateline(nlp):
    analysis = _analysis(nlp, "The rebels released the hostages.", {"release"})
    ResolvePlaces()([analysis])
    assert analysis.events[0].location is None
    assert analysis.places == []


def test_a_domestic_event_without_a_named_place_is_placed_in_its_country(nlp):
    text = "Police arrested dozens of opposition supporters."
    analysis = _analysis(nlp, text, {"arrest"})
    ev = analysis.events[0]
    ev.actor = [Actor(text="Police", country="KEN", sectors=["COP"], cameo_code="KENCOP")]
    ev.recipient = [Actor(text="opposition supporters", country="KEN", sectors=["OPP"])]
    ResolvePlaces()([analysis])
    where = ev.location
    assert (where.name, where.country, where.precision) == ("Kenya", "KEN", "country")
    assert "domestic" in where.reason and where.lat is not None
    # two countries, or no recipient: the text does not say where
    ev.recipient = [Actor(text="Ugandan traders", country="UGA")]
    ResolvePlaces()([analysis])
    assert ev.location is None


# --- country points, time zones, context and the places list ---------------------------------


def test_countries_have_a_representative_point(gaz):
    japan = _top(gaz, "Japan")
    assert (round(japan.lat), round(japan.lon)) == (36, 140)  # Tokyo, the capital
    assert "point: capital" in japan.reason
    for name in ("France", "Georgia", "South Korea", "Brazil", "Kenya"):
        top = _top(gaz, name)
        assert top.precision == "country" and top.lat is not None and top.lon is not None


def test_time_zones(gaz):
    assert gaz.timezone(_top(gaz, "Seoul")) == "Asia/Seoul"
    assert gaz.timezone(_top(gaz, "the Pentagon")) == "America/New_York"
    assert gaz.timezone(_top(gaz, "Texas")) == "America/Chicago"
    assert gaz.timezone(_top(gaz, "Japan")) == "Asia/Tokyo"
    assert gaz.timezone(_top(gaz, "Panmunjom")) is None
    assert gaz.timezone(None) is None


@pytest.mark.parametrize(
    ("name", "countries", "regions", "country", "precision"),
    [
        ("Paris", ("USA",), ("Texas",), "USA", "city"),
        ("Paris", ("USA",), (), "FRA", "city"),
        ("Victoria", ("CAN",), (), "CAN", "city"),
        ("Victoria", ("AUS",), (), "AUS", "admin1"),
        ("Springfield", ("USA",), ("Ohio",), "USA", "city"),
        ("Taiwan", ("CHN",), (), "TWN", "country"),
        ("Oklahoma", ("USA",), ("Oklahoma",), "USA", "admin1"),
        ("Scotland", (), (), "GBR", "admin1"),
    ],
)
def test_context_regions(gaz, name, countries, regions, country, precision):
    top = gaz.best(name, context_countries=countries, context_regions=regions)
    assert (top.country, top.precision) == (country, precision)
    if regions and precision == "city":
        assert top.admin1 == regions[0] and "named in the article" in top.reason


def test_dateline_with_region_and_state_abbreviation(gaz):
    from tacitus.records import Article
    from tacitus.where import dateline_with_region

    article = Article(id="t", text="PARIS, Texas (Reuters) - A storm hit.", dateline="PARIS")
    assert dateline_with_region(article) == "PARIS, Texas"
    assert dateline_place(dateline_with_region(article), gaz).country == "USA"
    article = Article(id="t", text="SEOUL, May 30 (Reuters) - ...", dateline="SEOUL")
    assert dateline_with_region(article) == "SEOUL"
    ga = dateline_place("ATLANTA, Ga.", gaz)
    assert (ga.name, ga.admin1) == ("Atlanta", "Georgia")


def test_places_list_dateline_untagged_names_and_not_people(nlp):
    text = (
        "KYIV (AP) -- Defense Secretary Lloyd Austin met officials in Kyiv and Lviv. "
        "Austin said Kyiv and Warsaw would sign a deal."
    )
    analysis = _analysis(nlp, text, {"meet"}, dateline="KYIV")
    ResolvePlaces()([analysis])
    listed = [(p.text, p.country, p.start) for p in analysis.places]
    assert listed[0] == ("KYIV", "UKR", 0)
    assert ("Kyiv", "UKR", text.rindex("Kyiv")) in listed  # tagged a person by the model
    assert not any(p.text == "Austin" for p in analysis.places)  # Lloyd Austin, not Texas
    assert all(text[p.start : p.end] == p.text for p in analysis.places)


def test_same_sentence_context_wins(nlp):
    text = (
        "Officials in Georgia counted ballots in Atlanta and Savannah. "
        "Observers came from Tbilisi, the capital of the former Soviet republic of Georgia."
    )
    analysis = _analysis(nlp, text, {"count"})
    ResolvePlaces()([analysis])
    georgia = [p for p in analysis.places if p.text == "Georgia"]
    assert [(p.country, p.precision) for p in georgia] == [("USA", "admin1"), ("GEO", "country")]


def test_place_naming_a_nominal_event_and_a_referred_meeting(nlp):
    text = "The Camp David summit ended. At the Pentagon meeting, Austin reaffirmed the pact."
    analysis = analysis_with_triggers(nlp, text, {"summit", "reaffirm"}, date="2024-05-09")
    ResolvePlaces()([analysis])
    ev = _by_lemma(analysis)
    assert ev["summit"].location.name == "Camp David"
    assert ev["reaffirm"].location.name == "Pentagon"


def test_dateline_is_listed_when_no_entity_covers_it(nlp):
    text = "ZORBA (AP) -- Officials met in Lviv."
    analysis = _analysis(nlp, text, {"meet"}, dateline="ZORBA")
    ResolvePlaces()([analysis])
    assert all(p.start != 0 for p in analysis.places)  # an unknown dateline lists nothing
    analysis = _analysis(nlp, "SEOUL (AP) -- Officials met.", {"meet"}, dateline="SEOUL")
    analysis.places = []  # as if neither the model nor the gazetteer had listed it
    ResolvePlaces._list_dateline(analysis, dateline_place("SEOUL", Gazetteer.default()))
    first = analysis.places[0]
    assert (first.text, first.country, first.start, first.end) == ("SEOUL", "KOR", 0, 5)
    assert "dateline" in first.reason


def test_bare_congo_is_the_drc_unless_the_article_says_otherwise():
    from tacitus.places import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.best("Congo").country == "COD"
    assert gaz.best("Congo", context_countries=["COG"]).country == "COG"
    assert gaz.best("Congo-Brazzaville").country == "COG"


def test_the_gulf_and_regions_spanning_states_have_no_country():
    from tacitus.places import Gazetteer

    g = Gazetteer.default()
    for name in ("the Gulf", "Balkans", "the Sahel", "the Caucasus", "the Middle East"):
        place = g.best(name)
        assert place is not None and place.country is None, (name, place)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Chechnya", "RUS"), ("Darfur", "SDN"), ("Aceh", "IDN"), ("Kashmir", "IND"),
     ("Azad Kashmir", "PAK"), ("South Ossetia", "GEO"), ("Northern Ireland", "GBR"),
     ("Tigray", "ETH"), ("Somaliland", "SOM")],
)  # fmt: skip
def test_regions_of_conflict_have_their_state(name, country):
    place = Gazetteer.default().best(name)
    assert place is not None and place.country == country, place
