"""Accuracy floors on our own actor gold articles (tests/golden/actors_*.jsonl).

`tacitus eval actors` scores every gold mention: right country and CAMEO code (and entity when
the gold names one), or left unresolved where the gold is null. The dev file is for looking at
errors; the test file is held out (only its totals are read). A drop below a floor fails; a gain
moves the floor. Changing a gold file changes its hash below: update it in the same reviewed
commit.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from tacitus.evaluate import actors

from .conftest import ROOT

GOLD = ROOT / "tests" / "golden"
#: file -> (sha256 prefix of the file, accuracy floor)
FLOORS = {
    "actors_dev.jsonl": ("1582f6d7bec75527", 0.98),
    "actors_test.jsonl": ("2abccc783bea553c", 0.92),
}


@pytest.fixture(scope="module")
def report():
    return actors.run(None)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_file_unchanged_and_large_enough(name):
    digest, _floor = FLOORS[name]
    path = GOLD / name
    assert hashlib.sha256(path.read_bytes()).hexdigest().startswith(digest), (
        f"{name} changed: review the change and update its hash and floor in this test"
    )
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 20 and sum(len(r["mentions"]) for r in records) >= 160
    for r in records:  # every gold mention points at text that is there
        for m in r["mentions"]:
            assert actors.find_span(r["text"], m["text"], m["occurrence"]), (r["id"], m)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_floor(report, name):
    _digest, floor = FLOORS[name]
    [result] = [f for f in report.data["files"] if f["file"].endswith(name)]
    assert result["accuracy"] >= floor, (
        f"{name}: actor accuracy {result['accuracy']:.3f} fell below {floor}"
    )


def test_report_shape(report):
    assert report.headline_name == "accuracy" and report.headline >= 0.9
    assert report.data["mentions"] >= 320
    text = report.text()
    for part in ("Per file", "By resolution kind", "errors", "pronoun", "metonym", "compound"):
        assert part in text


def test_judge_rules():
    from tacitus.records import Actor, Mention

    def mention(country, code, entity=None):
        actor = Actor(text="x", country=country, cameo_code=code, entity_id=entity)
        return Mention("a", 0, "x", 0, 1, "name", actor)

    gold = {"country": "USA", "cameo_code": "USAGOV", "entity": "usa.austin_lloyd"}
    assert actors.judge(gold, mention("USA", "USAGOV", "usa.austin_lloyd"))
    assert not actors.judge(gold, mention("USA", "USAGOV", "usa.hegseth_pete"))
    assert not actors.judge(gold, mention("USA", "USAMIL", "usa.austin_lloyd"))
    assert not actors.judge(gold, None)
    null = {"country": None, "cameo_code": None}
    assert actors.judge(null, None) and actors.judge(null, mention(None, None))
    assert not actors.judge(null, mention("PRK", "PRKGOV"))
    assert actors.find_span("he said the heat was high; he left", "he", 2) == (27, 29)
