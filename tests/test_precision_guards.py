"""Precision guards from the dev extras (events we coded that the gold does not have): each
look-alike codes no event of that type, and the true uses of the same words still code.
Sentences written for this project."""

from __future__ import annotations

import pytest

# (sentence, type that must not be coded): idioms and home decisions that look like events
LOOK_ALIKES = [
    # "strike gold/silver/bronze", "strike a balance/tone": no attack, no labour strike
    ("The Kenyan runner struck gold at the world championships in Budapest.", "ASSAULT"),
    ("The Chinese swimmer struck silver in Tokyo.", "ASSAULT"),
    ("The Ethiopian athlete struck bronze in the 10,000 metres in Paris.", "ASSAULT"),
    ("The two sides struck a balance between security and trade.", "ASSAULT"),
    ("The Indian prime minister struck a conciliatory tone in his speech in London.", "ASSAULT"),
    ("The Argentine striker struck gold with a late winner against Brazil.", "PROTEST"),
    ("The Argentine striker struck gold with a late winner against Brazil.", "ASSAULT"),
    # "ending decades of one-party rule", "ending their state of war": no eased restriction
    (
        "Zambia's president ended nearly three decades of one-party rule by allowing rival "
        "parties to register.",
        "CONCEDE",
    ),
    ("Kenya's president ended three decades of one-party rule on Friday.", "CONCEDE"),
    ("The two countries formally ended their state of war.", "CONCEDE"),
    (
        "Ethiopia and Eritrea signed a joint declaration formally ending their state of war.",
        "CONCEDE",
    ),
    ("The rebels seized the capital, ending the general's long rule.", "CONCEDE"),
    # an order with nobody addressed is a decision at home, not a demand on another party
    ("President Lula ordered a federal takeover of security in the capital.", "REQUEST"),
    ("The prime minister ordered an inquiry into the shooting.", "REQUEST"),
    ("The Turkish president ordered a recount of the votes in Istanbul.", "REQUEST"),
    ("The Nigerian president ordered the closure of schools in the north.", "REQUEST"),
    # crowds defying a curfew protest; ", defying warnings from X" colours another event
    ("Thousands of students defied a curfew in Bangkok on Saturday.", "REJECT"),
    ("Pakistan carried out a missile test on Friday, defying warnings from India.", "REJECT"),
    ("The Greek president visited Cyprus, defying warnings from Turkey.", "REJECT"),
]

# (sentence, (type, actor, recipient)): the true uses the guards keep
TRUE_USES = [
    (
        "Milosevic ordered that the opposition's election victories be recognised.",
        ("REQUEST", "SRB", "SRB"),  # the opposition's: his own country's people
    ),
    ("North Korea defied the UN Security Council.", ("REJECT", "PRK", "IGO")),
    ("Hungary defied a ruling of the European Court of Justice.", ("REJECT", "HUN", "IGO")),
    (
        "The Kenyan opposition defied the government and held a rally in Nairobi.",
        ("REJECT", "KEN", "KEN"),
    ),
    ("Thailand ended the state of emergency in Bangkok.", ("CONCEDE", "THA", "THA")),
    ("Sri Lanka ended the curfew in Colombo.", ("CONCEDE", "LKA", "LKA")),
    ("Peru ended the lockdown in Lima on Monday.", ("CONCEDE", "PER", "PER")),
    ("India ended its ban on Chinese apps.", ("CONCEDE", "IND", "CHN")),
    ("Egypt lifted the curfew in Cairo.", ("CONCEDE", "EGY", "EGY")),
    ("Jordan lifted its ban on Syrian imports.", ("RETREAT", "JOR", "SYR")),  # CAMEO 085
    (
        "The Security Council ordered Libya to hand over the two suspects.",
        ("REQUEST", "IGO", "LBY"),
    ),
    (
        "Iran was ordered by the International Court of Justice to release the American hostages.",
        ("REQUEST", "IGO", "IRN"),
    ),
    (
        "The European Commission instructed Poland to suspend the judicial reform.",
        ("REQUEST", "IGO", "POL"),
    ),
    ("Ukraine demanded that Russia withdraw its troops.", ("REQUEST", "UKR", "RUS")),
    ("Israeli jets attacked Hamas positions in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("Russian forces struck the Ukrainian city of Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("Russia launched a strike against Ukrainian power plants.", ("ASSAULT", "RUS", "UKR")),
    (
        "Ghanaian nurses began a strike against the health minister's pay reform.",
        ("PROTEST", "GHA", "GHA"),
    ),
    ("The Pentagon ordered two destroyers to the coast of Libya.", ("MOBILIZE", "USA", "LBY")),
    (
        "Chinese officials attacked the US decision as a violation of the trade agreement.",
        ("ACCUSE", "CHN", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "kind"), LOOK_ALIKES)
def test_look_alike_codes_no_event_of_that_type(code, text, kind):
    got = code(text)
    assert not [g for g in got if g[0] == kind], got


@pytest.mark.parametrize(("text", "want"), TRUE_USES)
def test_true_use_still_codes(code, text, want):
    got = code(text)
    assert want in [g[:3] for g in got], got
