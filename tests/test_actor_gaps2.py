"""Subjects that did not resolve and so cost whole events (tacitus.actors.resolve, round 2):
nationality + force/official/group nouns, coordinated nationalities, "X-led" coalitions, named
IGOs and the Pope, "pro-X" groups, bare plural nationalities of a people's acts."""

from __future__ import annotations

import pytest

from .conftest import mention_codes


def _codes(nlp, text, date="2015-05-05"):
    return mention_codes(nlp, text, date)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # 1. nationality + a force, official or group noun the agent table lacked
        ("American guards fired on the crowd.", "American guards", "USACOP"),
        ("Russian planes bombed the town.", "Russian planes", "RUSMIL"),
        ("Turkish gendarmes detained the suspects.", "Turkish gendarmes", "TURCOP"),
        ("Iranian prisoners began a hunger strike.", "Iranian prisoners", "IRNCVL"),
        ("Syrian detainees accused the guards.", "Syrian detainees", "SYRCVL"),
        ("Nigerian inmates escaped from the jail.", "Nigerian inmates", "NGACVL"),
        ("Chilean miners went on strike.", "Chilean miners", "CHLLAB"),
        ("Greek dockworkers went on strike.", "Greek dockworkers", "GRCLAB"),
        ("Burmese monks marched against the junta.", "Burmese monks", "MMRREL"),
        ("German deputies criticised the plan.", "German deputies", "DEULEG"),
        ("Turkish delegates rejected the proposal.", "Turkish delegates", "TURGOV"),
        ("Swiss mediators met the rebels.", "Swiss mediators", "CHEGOV"),
        ("Egyptian magistrates ordered his release.", "Egyptian magistrates", "EGYJUD"),
        ("Indian consuls protested the arrests.", "Indian consuls", "INDGOV"),
        # 2. coordinated nationalities: every side comes out with the noun's sector
        ("US and South Korean forces conducted joint drills.", "US", "USAMIL"),
        ("US and South Korean forces conducted joint drills.", "South Korean forces", "KORMIL"),
        ("North and South Korean border guards exchanged fire.", "North", "PRKCOP"),
        (
            "North and South Korean border guards exchanged fire.",
            "South Korean border guards",
            "KORCOP",
        ),
        ("Fighting between Armenian and Azerbaijani forces killed dozens.", "Armenian", "ARMMIL"),
        # 3. state bodies placed by their capital
        (
            "The foreign ministry in Beijing condemned the visit.",
            "foreign ministry in Beijing",
            "CHNGOV",
        ),
        ("Officials in Kabul accused Pakistan.", "Officials in Kabul", "AFGGOV"),
        # 4. blocs a state leads, the Pope, named IGOs
        ("The Saudi-led coalition launched air strikes.", "Saudi-led coalition", "SAUMIL"),
        ("The Saudi-led bloc imposed a blockade on Qatar.", "Saudi-led bloc", "SAUGOV"),
        ("The Pope condemned the attack.", "The Pope", "VATGOV"),
        ("The pontiff urged an end to the war.", "The pontiff", "VATGOV"),
        ("The Vatican criticised the law.", "Vatican", "VAT"),
        ("The OAU condemned the coup.", "OAU", "IGOAFRAFU"),
        ("KFOR troops arrested the suspects.", "KFOR troops", "IGOWSTNAT"),
        ("The CSCE sent observers.", "CSCE", "IGOOSC"),
        ("Interpol issued an arrest warrant.", "Interpol", "IGOINTERPOL"),
        # 6. a "pro-X" group is of the country it fights in, not of its patron
        ("Pro-Iranian militias in Iraq attacked a US base.", "Pro-Iranian militias", "IRQUAF"),
        (
            "Fighting in Ukraine continued. Pro-Russian separatists shelled Mariupol.",
            "Pro-Russian separatists",
            "UKRSEP",
        ),
        # 7. a bare plural nationality as subject is the people
        ("Belarusians voted in a referendum.", "Belarusians", "BLRCVL"),
        ("Iraqis protested against the government.", "Iraqis", "IRQCVL"),
    ],
)
def test_resolves(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # what must not change
        ("Russian separatists shelled Mariupol.", "Russian separatists", "RUSSEP"),
        ("The Iranians rejected the offer.", "Iranians", "IRN"),
        ("Israelis and Palestinians resumed talks.", "Israelis", "ISR"),
        # a bare plural with a verb of war or talks is a side, not the population
        ("Serbs shelled the town.", "Serbs", "SRB"),
        ("Palestinians rejected the proposal.", "Palestinians", "PSE"),
        # a bare "observers" or "monitors" is not made a mention (the events lexicon keys on it)
        ("Venezuela welcomed European Union observers.", "European Union", "IGOWSTEEC"),
        ("Thousands of Georgians marched on parliament.", "Georgians", "GEOCVL"),
        ("Iran's Revolutionary Guards seized a tanker.", "Revolutionary Guards", "IRNMIL"),
        ("Pope Francis visited Iraq.", "Pope Francis", "VATGOV"),
        ("Julie Bishop met Chinese officials.", "Julie Bishop", "AUSGOV"),
        ("Chinese and Russian bombers flew over the sea.", "Chinese", "CHNMIL"),
        ("British, French and US troops landed.", "French", "FRAMIL"),
        ("Russia and China vetoed the resolution.", "Russia", "RUS"),
        ("The US Senate approved the sanctions.", "US Senate", "USALEG"),
    ],
)
def test_unchanged(nlp, text, mention, code):
    assert _codes(nlp, text).get(mention) == code


def test_patron_is_not_the_group_country(nlp):
    # with no other country named, a "pro-X" group stays without one (never the patron's)
    codes = _codes(nlp, "Anti-American protesters burned flags.")
    assert all(c is None or not c.startswith("USA") for c in codes.values())
    codes = _codes(nlp, "Pro-Russian separatists shelled Mariupol.")
    assert all(c is None or not c.startswith("RUS") for c in codes.values())
