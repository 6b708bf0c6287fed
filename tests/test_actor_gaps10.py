"""Actor gaps, round 10 (tacitus.actors.bodies, tacitus.actors.references, tacitus.actors.base
and the actor data): subjects that did not resolve. Weapons and war machines act for their
owner, named by a nationality adjective ("a Turkish drone"), an owner after them ("warplanes from
a Saudi-led coalition", "jets of the Syrian air force", "rockets of Hezbollah") or the state that
announces what they will do ("Canberra said navy ships would ..."); ships of a state are that
state's. Institutions named by their role take the state as other bodies do: election
commissions, a party's Central Committee (written as a title too: "the Foreign Ministry" under a
dateline), "police snipers"; ships with a state's adjective right before them are its navy.
Members and leaders of a named group take the group's resolution
(Aum Shinrikyo, the Shan State Army). Known wrong resolutions: a country's ISO code names it only
in capitals ("Kim Jong Nam" is not Namibia), "Queen Elizabeth" is the British monarch, "Russian
agents" are intelligence, and diplomats stationed in a capital are not that state's. Look-alikes
stay open or keep their own country: a place after "from" ("missiles from Gaza"), a nerve agent,
a think tank, a ruling party or ministry in a sentence of two states, officials (not envoys) in
a capital, and "them" as the object of its own subject's verb. Sentences are ours."""

from __future__ import annotations

import pytest

from .conftest import coded_mention_codes


def _codes(pipeline, text: str, date: str = "2015-06-01") -> dict[str, str | None]:
    """Each mention's CAMEO code (None: unresolved), by its text."""
    return coded_mention_codes(pipeline, text, date)


# 1. weapons and war machines act for their owner


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an owner after "from" / "of": a led coalition, a state's force, an armed group
        ("Warplanes from a Saudi-led coalition pounded rebel positions near Hodeidah on Friday.",
         "Warplanes", "SAUMIL"),
        ("Jets of the Syrian air force bombed a market in Idlib.", "Jets", "SYRMIL"),
        ("Rockets of Hezbollah fell on the Israeli town of Kiryat Shmona.", "Rockets", "LBNINS"),
        # a nationality adjective on a weapon named in the singular
        ("A Turkish drone struck a vehicle in northern Iraq.", "Turkish drone", "TURMIL"),
        ("A North Korean missile flew over Japan on Tuesday.", "North Korean missile", "PRKMIL"),
        # the attacker's adjective, not the country of the town struck
        ("Russian warplanes struck Aleppo on Sunday.", "Russian warplanes", "RUSMIL"),
        # ships with a state's adjective right before them: its navy or coast guard
        ("Chinese ships rammed Vietnamese vessels near the Paracel Islands.", "Chinese ships",
         "CHNMIL"),
        ("Chinese ships rammed Vietnamese vessels near the Paracel Islands.",
         "Vietnamese vessels", "VNMMIL"),
        # a state announcing what its forces will do
        ("Canberra said navy ships would carry medical teams to Fiji.", "navy ships", "AUSMIL"),
        # ... but forces with an adjective keep their own
        ("Australia said Indonesian navy ships would patrol the strait.",
         "Indonesian navy ships", "IDNMIL"),
    ],
)  # fmt: skip
def test_weapons_act_for_their_owner(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


def test_a_possessor_owns_the_weapons(pipeline):
    codes = _codes(pipeline, "The Syrian regime's warplanes bombed Idlib.")
    assert codes.get("warplanes") == "SYRMIL"
    # a pronoun's weapons as the doer of their clause
    codes = _codes(pipeline, "Sudan's president vowed to crush the rebels as his warplanes "
                   "bombed villages across the border.", "2012-04-20")  # fmt: skip
    assert codes.get("warplanes") == "SDNMIL"


def test_tanks_as_subject_act_like_troops(pipeline):
    """ "Tanks surrounded parliament" under a dateline: that state's army, as "Troops" would
    be; tanks given or received are things, not actors."""
    codes = _codes(pipeline, "BANGKOK, May 22 (Reuters) - Tanks surrounded parliament on Thursday.",
                   "2014-05-22")  # fmt: skip
    assert codes.get("Tanks") == "THAMIL"
    codes = _codes(pipeline, "Ukraine received its first Abrams tanks from the United States.")
    assert not any("tanks" in k for k in codes), codes
    codes = _codes(pipeline, "Israel responded by sending tanks and warplanes into Lebanon.")
    assert not any("tanks" in k for k in codes), codes


def test_craft_with_a_word_between_stay_things(pipeline):
    """ "a Philippine supply vessel", "Chinese fishing boats": anyone's craft, no navy."""
    codes = _codes(pipeline, "Chinese fishing boats entered Indonesian waters on Monday.")
    assert not any(c and c.endswith("MIL") for c in codes.values()), codes
    codes = _codes(pipeline, "Chinese ships blocked a Philippine supply vessel near the shoal.")
    assert codes.get("Chinese ships") == "CHNMIL"
    assert not any(c and c.startswith("PHL") for c in codes.values()), codes


def test_a_place_after_from_is_no_owner(pipeline):
    """ "Missiles from Gaza": where they came from, not whose they are."""
    codes = _codes(pipeline, "Missiles from Gaza landed near the Israeli city of Ashkelon.")
    assert codes.get("Missiles") is None


@pytest.mark.parametrize(
    "text",
    [
        "A Russian think tank criticised the plan.",
        "Britain said Russia had used a nerve agent in Salisbury.",
        "Georgia's ruling party dropped the foreign agents law.",
        "British estate agents reported a fall in prices.",
        "Syria used chemical agents against civilians, France said.",
    ],
)
def test_weapon_and_agent_look_alikes_are_no_forces(pipeline, text):
    codes = _codes(pipeline, text)
    assert not any(c and c.endswith(("MIL", "SPY")) for c in codes.values()), codes


# 2. institutions named by their role


@pytest.mark.parametrize(
    ("text", "mention", "code", "date"),
    [
        ("Pakistan's election commission barred the former prime minister from the vote.",
         "Pakistan's election commission", "PAKGOV", "2024-01-20"),
        ("The electoral commission in Kenya declared the president the winner.",
         "electoral commission in Kenya", "KENGOV", "2017-08-11"),
        ("The Central Committee of the Communist Party of Vietnam expelled a former minister.",
         "Central Committee", "VNMPTY", "2018-05-01"),
        ("The Soviet Communist Party's Central Committee voted to end the party's monopoly on "
         "power.", "Soviet Communist Party's Central Committee", "RUSPTY", "1990-02-07"),
        # a ministry written as a title, under a dateline
        ("HANOI, May 7 (Reuters) - The Foreign Ministry said the rig was illegal.",
         "Foreign Ministry", "VNMGOV", "2014-05-07"),
        ("Zimbabwe's ruling party expelled the vice president.", "Zimbabwe's ruling party",
         "ZWEGOV", "2017-11-06"),
        # police snipers are police, placed by the town they fire in
        ("Police snipers fired on demonstrators in Caracas on Monday.", "Police snipers",
         "VENCOP", "2017-05-01"),
        ("KYIV, March 3 (Reuters) - Police snipers opened fire on protesters in central Kyiv.",
         "Police snipers", "UKRCOP", "2014-02-20"),
    ],
)  # fmt: skip
def test_institutions_take_their_state(pipeline, text, mention, code, date):
    assert _codes(pipeline, text, date).get(mention) == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # two states in the sentence and no possessive or dateline: whose is open
        ("China and Japan traded accusations on Monday, and the Foreign Ministry summoned the "
         "ambassador.", "Foreign Ministry"),
        ("Thailand criticised Cambodia on Monday, and the ruling party called for calm.",
         "ruling party"),
    ],
)  # fmt: skip
def test_institutions_in_a_sentence_of_two_states_stay_open(pipeline, text, mention):
    codes = _codes(pipeline, text)
    assert mention in codes and codes[mention] is None


# 3. members and leaders of a named group


@pytest.mark.parametrize(
    ("text", "mention", "code", "date"),
    [
        ("Members of the Aum Shinrikyo sect released nerve gas in Tokyo.", "Aum Shinrikyo sect",
         "JPNRAD", "1995-03-20"),
        ("Leaders of the Shan State Army met government negotiators.", "Shan State Army",
         "MMRREB", "2012-01-16"),
    ],
)  # fmt: skip
def test_named_groups_are_known(pipeline, text, mention, code, date):
    assert _codes(pipeline, text, date).get(mention) == code


# 4. known wrong resolutions


def test_a_country_code_names_it_only_in_capitals(pipeline):
    """ "Nam" in "Kim Jong Nam", "Per" and "Can" are no country codes."""
    assert "NAM" not in _codes(pipeline, "Kim Jong Nam was killed at Kuala Lumpur airport.",
                               "2017-02-20").values()  # fmt: skip
    assert _codes(pipeline, "Per capita income rose in Canada last year.") == {"Canada": "CAN"}
    codes = _codes(pipeline, "Can Peru and Mexico agree on trade, the Chilean president asked.")
    assert "Can" not in codes and codes.get("Peru") == "PER"


def test_the_code_rule_in_the_kb_matcher():
    from tacitus.actors.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    assert any(f == "code" for _e, f in kb.matches("NAM"))  # the KB still knows the code


def test_queen_elizabeth_is_the_british_monarch(pipeline):
    codes = _codes(pipeline, "Queen Elizabeth shook hands with the Irish president in Dublin.",
                   "2011-05-18")  # fmt: skip
    assert codes.get("Queen Elizabeth") == "GBRGOV"
    assert codes.get("Irish president") == "IRLGOV"


def test_agents_of_a_state_are_its_intelligence(pipeline):
    codes = _codes(pipeline, "Russian agents poisoned a defector in England.", "2018-03-10")
    assert codes.get("Russian agents") == "RUSSPY"
    codes = _codes(pipeline, "Israeli agents killed the scientist near Tehran.", "2020-11-27")
    assert codes.get("Israeli agents") == "ISRSPY"


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats in Kabul criticised the Taliban.",
        "Diplomats in Kinshasa said Zimbabwe had sent troops.",
    ],
)
def test_diplomats_in_a_capital_are_not_its_states(pipeline, text):
    codes = _codes(pipeline, text)
    assert not any("iplomats" in k and v for k, v in codes.items()), codes
    assert "AFGGOV" not in codes.values() and "CODGOV" not in codes.values()


def test_officials_in_a_capital_are_still_its_states(pipeline):
    codes = _codes(pipeline, "Officials in Kabul said the Taliban had attacked a checkpoint.")
    assert codes.get("Officials in Kabul") == "AFGGOV"


def test_them_is_not_its_own_verbs_subject(pipeline):
    """ "boats intercepted migrants and returned them": them are the migrants, not the boats."""
    codes = _codes(
        pipeline, "Libyan coast guard boats intercepted migrants and returned them to Tripoli."
    )
    assert codes.get("Libyan coast guard boats") == "LBYMIL"
    assert codes.get("them") != "LBYMIL"


def test_a_small_town_of_a_state_the_story_never_names_places_nothing(pipeline):
    """ "the besieged town of Madaya" in a story about Syria: the gazetteer's Madaya is in
    Myanmar, a namesake; a small town places a body only where the story names no other state,
    or names its state."""
    codes = _codes(
        pipeline,
        "Residents of the besieged town of Madaya said Syrian government forces had blocked "
        "food deliveries.",
        "2016-01-08",
    )
    assert codes.get("Residents") != "MMRCVL"
    assert codes.get("Syrian government forces") == "SYRGOV"
    # a story that names no state: the town's
    codes = _codes(pipeline, "Gunmen killed six people in the town of Handlova on Monday.")
    assert codes.get("Gunmen") == "SVKINS"


# 6. the ministry a foreign envoy is called in to is the host state's


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("WARSAW, March 25 (Reuters) - Russia's ambassador was summoned to the foreign ministry "
         "on Monday over repeated airspace violations.", "POLGOV"),
        ("BERLIN, May 2 (Reuters) - The Chinese envoy was called in to the foreign ministry on "
         "Tuesday after a spying arrest.", "DEUGOV"),
    ],
)  # fmt: skip
def test_the_ministry_an_envoy_is_summoned_to_is_the_dateline_states(pipeline, text, code):
    assert _codes(pipeline, text)["foreign ministry"] == code


def test_a_ministry_with_no_foreign_envoy_stays_open(pipeline):
    text = ("WARSAW, March 25 (Reuters) - Russia's army moved troops to the border, the foreign "
            "ministry said on Monday.")  # fmt: skip
    assert _codes(pipeline, text).get("foreign ministry") is None
