"""The quotes stage: quotation marks, spans across sentences and paragraphs, speakers."""

from __future__ import annotations

import pytest

from tacitus import coder
from tacitus.quotes import STAGE_NAME, find_spans


def _quoted(text):
    return [text[s.start : s.end] for s in find_spans(text)]


def test_marks_straight_curly_and_single():
    assert _quoted('"We are ready," he said.') == ["We are ready,"]
    assert _quoted("\u201cWe are ready,\u201d he said.") == ["We are ready,"]
    assert _quoted("He called it \u2018a new chapter\u2019 for both.") == ["a new chapter"]
    assert _quoted("He called it \u2018a new chapter for Japan\u2019s navy\u2019.") == [
        "a new chapter for Japan\u2019s navy"
    ]
    assert _quoted("She called it 'a new chapter' for both.") == ["a new chapter"]


def test_apostrophes_and_stray_marks_are_not_quotations():
    assert _quoted("Japan's and the states' envoys met in Tokyo's old hall.") == []
    assert _quoted('A lone " mark.\n\nThen a new paragraph.') == []


def test_a_quotation_continued_in_the_next_paragraph():
    text = '"We will keep talking.\n\n"Nothing is agreed yet," she said.'
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We will keep talking.",
        "Nothing is agreed yet,",
    ]
    assert [s.continues for s in spans] == [False, True]


def test_the_stage_runs_after_actors_and_before_events(pipeline):
    assert STAGE_NAME in pipeline.names
    i = coder.DEFAULT_STAGES.index(STAGE_NAME)
    assert coder.DEFAULT_STAGES[i - 1] == "tacitus.actors.resolve.v1"
    assert coder.DEFAULT_STAGES[i + 1] == "tacitus.events.patterns.v1"


def _quotes(pipeline, text):
    a = coder.code_text(text, date="2024-03-01", pipeline=pipeline)
    return a, [(q.text, q.speaker.country if q.speaker else None, q.cue) for q in a.quotes]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We will not accept this," Japanese Foreign Minister Yoko Kamikawa said on Tuesday.',
         [("We will not accept this,", "JPN", "said")]),
        ("\u201cOur forces are ready. We will answer any provocation,\u201d said North Korean "
         "leader Kim Jong Un.",
         [("Our forces are ready. We will answer any provocation,", "PRK", "said")]),
        ('US Secretary of Defense Lloyd Austin said: "The alliance has never been stronger." '
         "He added that talks would continue.",
         [("The alliance has never been stronger.", "USA", "said")]),
        ('The meeting was "productive and frank," according to the Kremlin.',
         [("productive and frank,", "RUS", "according to")]),
        ("Indian Prime Minister Narendra Modi said the partnership was 'a pillar of stability' "
         "in the region.", [("a pillar of stability", "IND", "said")]),
        ('"Is this a threat?" asked Chinese Foreign Minister Wang Yi.',
         [("Is this a threat?", "CHN", "asked")]),
        ('"The drills will go on as planned," Pentagon Press Secretary Brig. Gen. Pat Ryder said.',
         [("The drills will go on as planned,", "USA", "said")]),
        ("Chinese Foreign Minister Wang Yi said: 'The door to dialogue remains open.'",
         [("The door to dialogue remains open.", "CHN", "said")]),
        ('North Korea condemned the drills and warned of "a firm response" on Friday.',
         [("a firm response", "PRK", "warned")]),
    ],
)  # fmt: skip
def test_speakers(pipeline, text, want):
    _, got = _quotes(pipeline, text)
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil's foreign minister Mauro Vieira had a short answer for the envoys on Monday: "
         '"We will not take sides in this war."', ("BRA", "had")),
        ('The reply from Seoul came within the hour: "Any provocation will be met firmly."',
         ("KOR", "came")),
        ("Kenya's message to the summit was plain: \"We need funds, not promises.\"",
         ("KEN", "was")),
    ],
)  # fmt: skip
def test_a_colon_lead_in_without_a_reporting_verb(pipeline, text, want):
    a, got = _quotes(pipeline, text)
    assert [(c, cue) for _, c, cue in got] == [want]
    assert "before the colon" in a.quotes[0].reason


@pytest.mark.parametrize(
    "text",
    [
        'The banner outside the Chinese embassy read: "We will never forget."',
        'The slogan painted on the wall of the Russian embassy was clear: "Go home."',
    ],
)
def test_a_colon_lead_in_whose_subject_is_no_speaker(pipeline, text):
    _, got = _quotes(pipeline, text)
    assert [c for _, c, _ in got] == [None]


def test_pronoun_speaker_and_continuation(pipeline):
    text = (
        'German Chancellor Olaf Scholz arrived in Tokyo on Monday. "The talks were candid," he '
        'told reporters. "We agreed to meet again."'
    )
    a, got = _quotes(pipeline, text)
    assert got == [("The talks were candid,", "DEU", "told reporters"),
                   ("We agreed to meet again.", "DEU", "told reporters")]  # fmt: skip
    assert a.quotes[0].speaker.resolution == "coref-pronoun"
    assert "continues" in a.quotes[1].reason
    q = a.quotes[0]
    assert text[q.start : q.end] == q.text and q.sentence_index == 1


def test_unresolved_speaker_is_none_with_a_reason(pipeline):
    _, got = _quotes(pipeline, '"Prices will rise," a local shopkeeper said.')
    assert got == [("Prices will rise,", None, "said")]


def test_a_quoted_report_of_an_event_keeps_its_own_actors(pipeline):
    a, got = _quotes(
        pipeline,
        '"Russia attacked Ukraine without provocation," German Chancellor Olaf Scholz said.',
    )
    assert got[0][1] == "DEU"
    assert [(e.plover["type"], e.actor[0].country) for e in a.events] == [("ASSAULT", "RUS")]


def test_a_quoted_clause_without_its_own_subject_is_not_the_speakers_event(pipeline):
    a, got = _quotes(
        pipeline,
        '"Ready to impose new sanctions on Iran," British Prime Minister Rishi Sunak said.',
    )
    assert got[0][1] == "GBR"
    assert [e.plover["type"] for e in a.events if e.plover["type"] == "SANCTION"] == []


# ---------------------------------------------------------------- scare quotes


@pytest.mark.parametrize(
    "text",
    [
        'Washington reaffirmed its "ironclad" commitment to Manila.',
        'China condemned what it called "provocations" by the Philippines.',
        "Seoul described the launch as a \u201cgrave threat\u201d to the region.",
    ],
)
def test_scare_quotes_are_not_quotations(pipeline, text):
    _, got = _quotes(pipeline, text)
    assert got == []


def test_short_quotations_with_a_cue_or_standing_alone_are_kept(pipeline):
    _, got = _quotes(pipeline, '"Never," the Turkish foreign minister said on Friday.')
    assert got == [("Never,", "TUR", "said")]
    _, got = _quotes(pipeline, 'Canada said the vote was "deeply flawed".')
    assert got == [("deeply flawed", "CAN", "said")]


# ---------------------------------------------------------------- first person in quotations


def _first_person(a):
    return [
        (m.text, m.actor.cameo_code, m.actor.entity_id)
        for m in a.mentions
        if m.actor is not None and m.actor.resolution == "quote-speaker"
    ]


def _sorted_and_apart(a):
    ms = a.mentions
    return all(x.end <= y.start for x, y in zip(ms, ms[1:], strict=False))


def test_we_in_a_quotation_is_the_speakers_government(pipeline):
    text = (
        '"We will retaliate against any aggression," the Iranian foreign minister said on '
        'Sunday. "Our patience has limits."'
    )
    a, _ = _quotes(pipeline, text)
    assert _first_person(a) == [("We", "IRNGOV", "irn"), ("Our", "IRNGOV", "irn")]
    we = next(m for m in a.mentions if m.text == "We")
    assert we.kind == "pronoun" and 0 < we.actor.confidence < 0.8
    assert text[we.start : we.end] == "We" and we.sentence_index == 0
    assert _sorted_and_apart(a)


def test_i_is_the_speaker_and_we_is_the_body_they_speak_for(pipeline):
    a, _ = _quotes(
        pipeline,
        '"I will meet President Biden next week," Japanese Prime Minister Fumio Kishida told '
        'reporters. UN Secretary-General Antonio Guterres said: "We call on all sides to stop."',
    )
    assert _first_person(a) == [("I", "JPNGOV", "jpn.kishida_fumio"), ("We", "IGOUNO", "un")]
    assert _sorted_and_apart(a)


def test_a_state_or_an_officer_speaking(pipeline):
    a, _ = _quotes(pipeline, 'North Korea said: "We will punish the United States."')
    assert _first_person(a) == [("We", "PRK", "prk")]
    a, _ = _quotes(
        pipeline,
        '"We will respond to any provocation," Pentagon Press Secretary Brig. Gen. Pat Ryder said.',
    )
    assert _first_person(a) == [("We", "USAMIL", "usa")]
    # a body does not say "I"; "US" in a quotation is the country, "us" the speaker
    a, _ = _quotes(pipeline, 'China said: "I think the US must respect us."')
    assert _first_person(a) == [("us", "CHN", "chn")]
    assert [m.actor.cameo_code for m in a.mentions if m.text == "US"] == ["USA"]


def test_no_speaker_no_first_person_mention(pipeline):
    a, _ = _quotes(pipeline, '"We will not give up," a local shopkeeper said.')
    assert _first_person(a) == []
    assert all(m.text != "We" for m in a.mentions)


def test_the_events_stage_sees_first_person_mentions(pipeline):
    a, _ = _quotes(
        pipeline,
        'Chinese foreign ministry spokesperson Mao Ning said on Monday: "We urge Washington to '
        'stop arming Taiwan."',
    )
    events = [(e.plover["type"], e.actor[0].text, e.actor[0].cameo_code) for e in a.events]
    assert ("REQUEST", "We", "CHNGOV") in events
