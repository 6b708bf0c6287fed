"""Groups and people the sentence places well enough for a careful coder, which the actor stage
once left without a country (tacitus.actors): coordinated nationalities on a state body's name
("Indian and Pakistani army commanders") or on an ethnic modifier ("Greek and Turkish Cypriot
leaders"); a movement's member word ("Zapatista rebels", "Naxalite guerrillas"); a named
movement the knowledge base lacks acting on one state's own bodies ("Sendero guerrillas killed
Peruvian policemen"); a people named by place and faith ("Kashmiri Muslims"); a political
movement's people ("Nepal's Maoists"); people at a workplace of a state ("workers at South Korean
shipyards"); an armed group "based in" a state; a person's retinue ("two of her Sikh bodyguards", "his aides", "his supporters" where
the person's country is read late); and the movements of movements_extra.tsv. Look-alikes stay
unplaced: a group in a sentence naming two states with no side given, fire aimed across a
border, a possessive with no person before it. Sentences are ours."""

from __future__ import annotations

import pytest

from tacitus import coder

from .conftest import triple


def _analysis(pipeline, text: str, date: str):
    return coder.code_text(text, date=date, pipeline=pipeline)


def _countries(pipeline, text: str, date: str) -> dict[str, str | None]:
    """Mention text -> its actor's country (None when unresolved)."""
    return {
        m.text: (m.actor.country if m.actor is not None else None)
        for m in _analysis(pipeline, text, date).mentions
    }


PLACED = [
    # a. coordinated nationalities on one head, a state body's name among them
    ("Indian and Pakistani army commanders met in Lahore on Tuesday.", "1990-03-01",
     {"Indian": "IND", "Pakistani army commanders": "PAK"}),
    ("Syrian and Lebanese army officers discussed border security.", "1996-05-01",
     {"Syrian": "SYR", "Lebanese army officers": "LBN"}),
    ("Iranian and Iraqi army commanders exchanged prisoners of war.", "1990-09-01",
     {"Iranian": "IRN", "Iraqi army commanders": "IRQ"}),
    ("Ethiopian and Eritrean troops clashed near the border.", "1999-02-01",
     {"Ethiopian": "ETH", "Eritrean troops": "ERI"}),
    # ... and on an ethnic modifier: each group takes its own state
    ("Greek and Turkish Cypriot leaders agreed to resume talks.", "1999-02-01",
     {"Greek": "CYP", "Turkish Cypriot leaders": "CYP"}),
    ("Greek and Turkish Cypriot negotiators met at the UN compound.", "2004-02-01",
     {"Greek": "CYP", "Turkish Cypriot negotiators": "CYP"}),
    ("Hutu and Tutsi militias clashed in eastern Congo.", "2003-05-01",
     {"Hutu": "COD", "Tutsi militias": "COD"}),
    # b. a movement's member word gives the movement's state
    ("Zapatista rebels rejected an offer from the Mexican government.", "1995-01-01",
     {"Zapatista rebels": "MEX"}),
    ("Zapatista guerrillas seized four towns in Chiapas.", "1994-01-02",
     {"Zapatista guerrillas": "MEX"}),
    ("Naxalite rebels killed five Indian policemen.", "2008-06-01",
     {"Naxalite rebels": "IND"}),
    ("Sandinista soldiers shelled a rebel camp.", "1985-06-01",
     {"Sandinista soldiers": "NIC"}),
    # ... a named movement the knowledge base lacks, acting on one state's own bodies
    ("Sendero guerrillas killed six Peruvian policemen.", "1989-06-01",
     {"guerrillas": "PER"}),
    ("Sendero guerrillas rejected an offer from the Peruvian government.", "1991-06-01",
     {"guerrillas": "PER"}),
    ("Karamoja gunmen ambushed a Ugandan police patrol.", "1999-06-01",
     {"gunmen": "UGA"}),
    # ... a people by place and faith, a political movement's people
    ("Kashmiri Muslims protested against Indian rule.", "1990-02-01",
     {"Kashmiri Muslims": "IND"}),
    ("Thousands of Kashmiri Muslims marched in Srinagar.", "1990-02-01",
     {"Kashmiri Muslims": "IND"}),
    ("Nepal's Maoists suspended their general strike.", "2005-04-01",
     {"Maoists": "NPL"}),
    ("The Maoists called a strike in Nepal.", "2004-08-01",
     {"The Maoists": "NPL"}),
    # ... people at a workplace named by its state
    ("Workers at South Korean shipyards went on strike.", "2003-07-01",
     {"Workers at South Korean shipyards": "KOR"}),
    ("Students at Iranian universities protested against the election result.", "2009-06-20",
     {"Students at Iranian universities": "IRN"}),
    ("Doctors at Kenyan hospitals went on strike over pay.", "2017-01-01",
     {"Doctors at Kenyan hospitals": "KEN"}),
    # c. a person's retinue and followers take the person's country
    ("Indian Prime Minister Indira Gandhi was assassinated by two of her Sikh bodyguards.",
     "1984-10-31", {"Sikh bodyguards": "IND"}),
    ("Prime Minister Benazir Bhutto said her aides had met Indian officials.", "1989-05-01",
     {"aides": "PAK", "Indian officials": "IND"}),
    ("President Boris Yeltsin sacked two of his aides.", "1996-06-20",
     {"aides": "RUS"}),
    ("President Mobutu Sese Seko fled the capital. His bodyguards fired on a crowd.",
     "1997-05-16", {"bodyguards": "COD"}),
    # the leader's country comes only from the sentence; his supporters still follow him
    ("Opposition leader Benigno Aquino was shot dead at Manila airport, and his supporters "
     "blamed the Marcos government.", "1983-08-21", {"supporters": "PHL"}),
    # ... an armed group placed by where it is based
    ("Guerrillas based in southern Lebanon fired rockets into Israel.", "1996-04-01",
     {"Guerrillas": "LBN"}),
    ("Militants based in Pakistan attacked Indian troops in Kashmir.", "2001-10-01",
     {"Militants": "PAK", "Indian troops": "IND"}),
    # d. movements of movements_extra.tsv
    ("Kamajor militiamen attacked the AFRC junta in Freetown.", "1997-08-01",
     {"Kamajor militiamen": "SLE", "AFRC junta": "SLE"}),
    ("The Manuel Rodriguez Patriotic Front claimed the attack.", "1986-09-08",
     {"Manuel Rodriguez Patriotic Front": "CHL"}),
    ("The Libyan Islamic Fighting Group claimed responsibility for the ambush.", "1996-03-01",
     {"Libyan Islamic Fighting Group": "LBY"}),
    ("The United Tajik Opposition signed a peace accord in Moscow.", "1997-06-27",
     {"United Tajik Opposition": "TJK"}),
    ("PLOTE cadres clashed with the LTTE in Vavuniya.", "1990-06-01", {"PLOTE": "LKA"}),
    ("The Niger Movement for Justice attacked an army post near Agadez.", "2007-04-01",
     {"Niger Movement for Justice": "NER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "want"), PLACED)
def test_groups_the_sentence_places_take_that_state(pipeline, text, date, want):
    got = _countries(pipeline, text, date)
    for mention, country in want.items():
        assert got.get(mention) == country, (mention, got)


UNPLACED = [
    # a named movement meeting two states' officials: no side is given
    ("Sendero guerrillas met Peruvian and Bolivian officials.", "1991-06-01", "guerrillas"),
    # fire aimed at a state's troops may cross a border
    ("Qassam militants fired rockets at Israeli troops.", "2005-06-01", "militants"),
    # a bare group acting on a state's government is not placed by that alone
    ("Rebels rejected an offer from the Mexican government.", "1995-01-01", "Rebels"),
    # a possessive with no person before it
    ("Her bodyguards fired on protesters.", "1995-06-01", "bodyguards"),
    ("The rebels said his aides had been freed.", "1995-06-01", "aides"),
    # a group's own people ("their") are not a person's followers
    ("The rebels said their fighters had captured the town.", "1995-06-01", "fighters"),
    # protesters at another state's embassy are not of that state
    ("Protesters at the US embassy burned flags.", "2003-03-01", "Protesters"),
    # soldiers at a state's bases abroad: whose soldiers the sentence does not say
    ("Soldiers at Russian bases in Syria were put on alert.", "2017-06-01", "Soldiers"),
    # exiles are not the state they are based in
    ("Dissidents based in London denounced the Saudi government.", "2003-03-01", "Dissidents"),
    # rockets fired into a state by men the sentence does not name
    ("Militants fired rockets into Israel.", "2008-01-01", "Militants"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention"), UNPLACED)
def test_look_alikes_stay_unplaced(pipeline, text, date, mention):
    got = _countries(pipeline, text, date)
    assert got.get(mention) is None, got


def test_a_movement_word_is_no_state_without_one_movement(pipeline):
    # "Islamist" names no one movement of the knowledge base
    got = _countries(pipeline, "Islamist rebels attacked the Somali parliament.", "2009-05-01")
    assert got.get("Islamist rebels") is None, got


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("Indian and Pakistani army commanders met in Lahore on Tuesday.", "1990-03-01",
         ("CONSULT", frozenset({"IND", "PAK"}))),
        ("Zapatista rebels rejected an offer from the Mexican government.", "1995-01-01",
         ("REJECT", frozenset({"MEX"}))),
        ("Indian Prime Minister Indira Gandhi was assassinated by two of her Sikh bodyguards.",
         "1984-10-31", ("ASSAULT", frozenset({"IND"}))),
        ("Opposition leader Benigno Aquino was shot dead at Manila airport, and his supporters "
         "blamed the Marcos government.", "1983-08-21", ("ACCUSE", frozenset({"PHL"}))),
        ("Sendero guerrillas killed six Peruvian policemen.", "1989-06-01",
         ("ASSAULT", frozenset({"PER"}))),
        ("Kashmiri Muslims protested against Indian rule.", "1990-02-01",
         ("PROTEST", frozenset({"IND"}))),
        ("Workers at South Korean shipyards went on strike.", "2003-07-01",
         ("PROTEST", frozenset({"KOR"}))),
    ],
)  # fmt: skip
def test_the_placed_group_codes_its_event(pipeline, text, date, want):
    events = _analysis(pipeline, text, date).events
    got = set()
    for e in events:
        kind, actor, recipient = triple(e)
        got.add((kind, frozenset(c for c in f"{actor}+{recipient}".split("+") if c)))
    assert want in got, got
