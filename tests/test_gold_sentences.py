"""Accuracy floors on our own gold sentences (tests/golden): a drop fails, a gain moves the floor.

The dev set is for looking at errors while improving the coder; the test set is held out
(only its totals are read) so the figures say how the rules carry over to new text.
Changing a gold file changes its hash below: update it in the same reviewed commit.
"""

from __future__ import annotations

import hashlib

import pytest

from tacitus.evaluate import read_gold, score

from .conftest import ROOT

pytestmark = pytest.mark.slow

GOLD = ROOT / "tests" / "golden"
#: file → (sha256 prefix of the file, F1 floor for type+actor+recipient, type F1 floor)
FLOORS = {
    "sentences_dev.jsonl": ("7f95fb9ea56a6ca3", 0.43, 0.66),
    "sentences_test.jsonl": ("0efc7ddbc05602fd", 0.35, 0.56),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_floor(name, pipeline):
    digest, floor, type_floor = FLOORS[name]
    path = GOLD / name
    assert hashlib.sha256(path.read_bytes()).hexdigest().startswith(digest), (
        f"{name} changed: review the change and update its hash and floor in this test"
    )
    result = score(read_gold(path), pipeline=pipeline).as_dict()
    f1 = result["type_actor_recipient"]["f1"]
    assert f1 >= floor, f"{name}: type+actor+recipient F1 {f1:.3f} fell below {floor}"
    assert result["type"]["f1"] >= type_floor
    assert result["extra_per_sentence"] <= 0.5
