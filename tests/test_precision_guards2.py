"""Precision guards, second set: look-alike senses the blind-set writers found (name-calling read
as a telephone call, armed strikes read as labour strikes, troops sent for search and rescue read
as a show of force, crowds welcoming a visitor read as a protest, legal charges read as an
allegation). Each look-alike codes no event of that type; the true uses of the same words still
code. Sentences written for this project."""

from __future__ import annotations

import pytest

# (sentence, type that must not be coded) by the extractor itself (no calibration floor)
LOOK_ALIKES = [
    # a call with a name-calling complement (the parser makes the person an oprd)
    (
        "Venezuelan President Nicolas Maduro called Colombian President Ivan Duque a criminal.",
        "CONSULT",
    ),
    (
        "Iranian President Ebrahim Raisi called Israeli Prime Minister Benjamin Netanyahu a "
        "murderer.",
        "CONSULT",
    ),
    (
        "Russian President Vladimir Putin called Ukrainian President Volodymyr Zelensky a puppet.",
        "CONSULT",
    ),
    # a strike named by its weapon is no labour strike, whoever makes it
    ("Ukrainian separatists carried out missile strikes on the city.", "PROTEST"),
    ("Syrian opposition fighters launched drone strikes on government positions.", "PROTEST"),
    ("Kurdish separatists carried out air strikes on Turkish army posts.", "PROTEST"),
    # a charge of a crime laid on a person is an allegation (manual, ACCUSE `allege`: "indict,
    # or charge"), not an arrest
    ("Russia charged an American journalist with espionage.", "COERCE"),
    ("Chinese police charged two Canadian businessmen with spying.", "COERCE"),
    ("Malaysian prosecutors charged two opposition politicians with sedition.", "COERCE"),
    # an impeachment inquiry is an investigation, not the removal itself
    (
        "Democrats in the US House of Representatives opened an impeachment inquiry into "
        "President Joe Biden.",
        "COERCE",
    ),
]

# (sentence, type that must not be coded): readings marked no_event, which code nothing at
# all (not even an event withheld under the calibration's floor)
NO_EVENT_LOOK_ALIKES = [
    ("Pakistan deployed troops to rescue people stranded by the floods.", "MOBILIZE"),
    ("Pakistan deployed troops to rescue people stranded by the floods.", "AID"),
    ("Greece dispatched troops to evacuate residents from the path of the fire.", "MOBILIZE"),
    ("Argentine fans rallied to welcome the team home.", "PROTEST"),
    ("Filipino crowds gathered to greet the pope in Manila.", "PROTEST"),
    ("Thousands rallied to celebrate the victory in Buenos Aires.", "PROTEST"),
]

# (sentence, (type, actor, recipient)): the true uses the guards keep
TRUE_USES = [
    ("Putin called Macron on Tuesday.", ("CONSULT", "RUS", "FRA")),
    (
        "Venezuelan President Nicolas Maduro called Colombian President Ivan Duque a criminal.",
        ("ACCUSE", "VEN", "COL"),
    ),
    ("Nigerian doctors went on strike over unpaid wages.", ("PROTEST", "NGA", "NGA")),
    ("South Korean truckers launched a strike over pay.", ("PROTEST", "KOR", "KOR")),
    ("Israel carried out air strikes on Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("Ukrainian separatists carried out missile strikes on the city.", ("ASSAULT", "UKR", "UKR")),
    ("Russia deployed troops to the Ukrainian border.", ("MOBILIZE", "RUS", "UKR")),
    ("Thousands of Kenyans rallied in Nairobi against the new tax.", ("PROTEST", "KEN", "KEN")),
    ("Russia charged an American journalist with espionage.", ("ACCUSE", "RUS", "USA")),
    ("Chinese police charged two Canadian businessmen with spying.", ("ACCUSE", "CHN", "CAN")),
    ("Seoul charged Pyongyang with sabotaging the talks.", ("ACCUSE", "KOR", "PRK")),
    ("The Peruvian Congress voted to impeach President Martin Vizcarra.", ("ACCUSE", "PER", "PER")),
    (
        "The United Nations opened an investigation into the killings of protesters in Myanmar.",
        ("ACCUSE", "IGO", "MMR"),
    ),
]


@pytest.mark.parametrize(("text", "kind"), [*LOOK_ALIKES, *NO_EVENT_LOOK_ALIKES])
def test_look_alike_codes_no_event_of_that_type(code, text, kind):
    got = code(text)
    assert not [g for g in got if g[0] == kind], got


@pytest.mark.parametrize(("text", "want"), TRUE_USES)
def test_true_use_still_codes(code, text, want):
    got = code(text)
    assert want in [g[:3] for g in got], got
