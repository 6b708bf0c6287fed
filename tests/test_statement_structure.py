"""Statements and quotations read by their structure: a participle of saying after the reporting
clause is the speaker's act, "hold X responsible" accuses X, a quoted order is a demand on its
addressee, a refused intent ("will not accept", "cannot support", "there will be no talks") is a
rejection, and saying that another party committed an act of aggression, behaved in a reckless
manner or was behind an attack accuses it.

Every sentence here is written by us for these tests; the negative cases check the look-alikes
that must not be coded so."""

from __future__ import annotations

import pytest

from .conftest import events_of, triple


def _triples(pipeline, text, date="2023-05-01"):
    return {triple(e) for e in events_of(pipeline, text, date)}


def _types_by(pipeline, text, date="2023-05-01"):
    return {(t[0], t[1]) for t in _triples(pipeline, text, date)}


# --- 1. participles of asking and answering after the reporting clause ----------------------


@pytest.mark.parametrize(
    "sentence, dyad",
    [
        ("The talks made no progress, the Egyptian foreign ministry said, asking Israel to "
         "reopen the Rafah crossing.", ("REQUEST", "EGY", "ISR")),
        ('"Our position has not changed," the Iranian foreign minister told reporters, '
         "dismissing a demand by France.", ("REJECT", "IRN", "FRA")),
        ('"Enrichment will continue," the Iranian negotiator said, brushing aside the demand '
         "of Germany.", ("REJECT", "IRN", "DEU")),
    ],
)  # fmt: skip
def test_participle_of_saying_is_the_speakers_act(pipeline, sentence, dyad):
    assert dyad in _triples(pipeline, sentence)


def test_other_participles_after_a_report_keep_no_speaker(pipeline):
    # the killing is part of what is reported, not an act of the army that reports it
    text = "Al-Shabaab fighters attacked a base, the Kenyan army said, killing three soldiers."
    assert not any(t[0] == "ASSAULT" and t[1] == "KEN" for t in _triples(pipeline, text))
    # "holding" without a word of blame is no act of saying
    text = "Rebels seized the town, the Malian army said, holding it for two days."
    assert not any(t[0] == "ACCUSE" for t in _triples(pipeline, text))


# --- 2. hold X responsible ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, dyad",
    [
        ("Kenya held Somalia responsible for the attack on its border post.",
         ("ACCUSE", "KEN", "SOM")),
        ('"We hold the Indian government fully responsible for this crime," Pakistan\'s foreign '
         "ministry said.", ("ACCUSE", "PAK", "IND")),
        ("Militants attacked a checkpoint near Quetta, Pakistan's foreign ministry said, "
         "holding the Afghan government responsible.", ("ACCUSE", "PAK", "AFG")),
    ],
)  # fmt: skip
def test_holding_a_party_responsible_accuses_it(pipeline, sentence, dyad):
    assert dyad in _triples(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah is holding two Israeli soldiers in southern Lebanon.",
        "The foreign ministers of Egypt and Jordan held talks in Cairo on Monday.",
    ],
)
def test_hold_without_blame_accuses_nobody(pipeline, sentence):
    assert not any(t[0] == "ACCUSE" for t in _triples(pipeline, sentence))


# --- 3. quoted orders --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, dyad",
    [
        ('"Stop the shelling of our villages now," the Armenian prime minister told '
         "Azerbaijan.", ("REQUEST", "ARM", "AZE")),
        ('"Open the border crossings today," the UN secretary-general told Israel on Tuesday.',
         ("REQUEST", "IGO", "ISR")),
        ('The Polish president had a short message for Moscow: "Release our citizens."',
         ("REQUEST", "POL", "RUS")),
    ],
)  # fmt: skip
def test_quoted_order_is_a_demand_on_its_addressee(pipeline, sentence, dyad):
    assert dyad in _triples(pipeline, sentence)


def test_quoted_order_is_not_the_speakers_own_act(pipeline):
    text = '"Lift the sanctions on our diplomats," the British foreign secretary told China.'
    found = _triples(pipeline, text)
    assert ("REQUEST", "GBR", "CHN") in found
    assert not any(t[0] == "RETREAT" for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposal that includes the speaker, a figure of speech, a statement of intent
        '"Let us work together for peace," the Indian prime minister told Pakistan.',
        '"Make no mistake, we will defend our land," the Israeli minister told Iran.',
        '"We will lift the sanctions next month," the EU told Belarus.',
    ],
)
def test_no_order_no_demand(pipeline, sentence):
    assert not any(t[0] == "REQUEST" for t in _triples(pipeline, sentence))


# --- 4. refused intent -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, dyad",
    [
        ("The Serbian government said it would not attend the summit with Kosovo.",
         ("REJECT", "SRB", "XKX")),
        ("Japan said it will not lift its sanctions on North Korea.", ("REJECT", "JPN", "PRK")),
        ('"There will be no negotiations with Washington," the Iranian president said.',
         ("REJECT", "IRN", "USA")),
    ],
)  # fmt: skip
def test_refused_intent_is_a_rejection(pipeline, sentence, dyad):
    assert dyad in _triples(pipeline, sentence)


def test_never_recognise_is_no_agreement(pipeline):
    text = "Lithuania will never recognise the annexation of Crimea, its foreign minister said."
    found = _types_by(pipeline, text)
    assert ("REJECT", "LTU") in found
    assert ("AGREE", "LTU") not in found


def test_past_negation_is_a_negated_event_not_a_refusal(pipeline):
    events = events_of(pipeline, "The Serbian government did not attend the summit with Kosovo.")
    assert not any(triple(e)[0] == "REJECT" for e in events)
    assert any(triple(e)[0] == "CONSULT" and e.flags["negated"] for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "India will not hesitate to support Bangladesh, the minister said.",
        "The president said he would not meet the rebel leaders if they kept fighting.",
        "Without the sanctions, Serbia would not have held talks with Kosovo, the envoy said.",
    ],
)
def test_no_refusal_in_a_hesitation_or_a_condition(pipeline, sentence):
    assert not any(t[0] == "REJECT" for t in _triples(pipeline, sentence))


# --- 5. wrongs said of another party -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, dyad",
    [
        ('"Georgia has committed an act of aggression against our peacekeepers," the Russian '
         "defence minister said.", ("ACCUSE", "RUS", "GEO")),
        ('"The Chinese ships behaved in a dangerous and unprofessional manner," a Philippine '
         "coast guard spokesman said.", ("ACCUSE", "PHL", "CHN")),
        ('"The evidence shows that elements in Iran were behind the attacks," the Saudi foreign '
         "minister said.", ("ACCUSE", "SAU", "IRN")),
    ],
)  # fmt: skip
def test_wrong_said_of_another_party_accuses_it(pipeline, sentence, dyad):
    assert dyad in _triples(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Our soldiers behaved in a professional manner," the Israeli army said.',
        '"Russia committed an act of goodwill by releasing the prisoners," the French president '
        "said.",
    ],
)
def test_no_wrong_named_no_accusation(pipeline, sentence):
    assert not any(t[0] == "ACCUSE" for t in _triples(pipeline, sentence))
