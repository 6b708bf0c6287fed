"""Accuracy floors on our own date and place gold (tests/golden): a drop fails, a gain moves the
floor.

The dev files are for looking at errors while improving the rules; the test files are held out
(only their totals are read). Changing a gold file changes its hash below: update it in the same
reviewed commit.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from tacitus.evaluate import dates as date_eval
from tacitus.evaluate import places as place_eval

from .conftest import ROOT

GOLD = ROOT / "tests" / "golden"
#: file → (sha256 prefix, accuracy floor (value+precision))
DATE_FLOORS = {
    "dates_dev.jsonl": ("12c4f0e6d76836c0", 0.98),
    "dates_test.jsonl": ("3ff132f02c01c178", 0.96),
}
#: file → (sha256 prefix, exact-match floor, country floor)
PLACE_FLOORS = {
    "places_dev.jsonl": ("1369c242c31fa00d", 0.98, 0.98),
    "places_test.jsonl": ("6c24934ec4976edf", 0.97, 0.97),
}


def _check_hash(name: str, digest: str) -> None:
    path = GOLD / name
    assert hashlib.sha256(path.read_bytes()).hexdigest().startswith(digest), (
        f"{name} changed: review the change and update its hash and floor in this test"
    )


@pytest.mark.parametrize("name", sorted(DATE_FLOORS))
def test_date_accuracy_floor(name, nlp):
    digest, floor = DATE_FLOORS[name]
    _check_hash(name, digest)
    result = date_eval.score_file(GOLD / name, nlp)
    assert result["accuracy"] >= floor, f"{name}: date accuracy {result['accuracy']:.3f} < {floor}"


@pytest.mark.parametrize("name", sorted(PLACE_FLOORS))
def test_place_accuracy_floor(name, nlp):
    digest, floor, country_floor = PLACE_FLOORS[name]
    _check_hash(name, digest)
    result = place_eval.score_file(GOLD / name, nlp)
    assert result["exact_accuracy"] >= floor, f"{name}: exact {result['exact_accuracy']:.3f}"
    assert result["country_accuracy"] >= country_floor
    assert result["extras"] <= 0.1 * result["mentions"]  # few places listed that are none


def test_gold_sizes_and_splits():
    """The gold is big enough to measure (220+ dates, 170+ places) and dev/test are disjoint."""
    counts = {}
    ids: dict[str, set[str]] = {}
    for name in [*DATE_FLOORS, *PLACE_FLOORS]:
        rows = [json.loads(line) for line in (GOLD / name).read_text().splitlines() if line]
        key = "dates" if name.startswith("dates") else "places"
        counts[key] = counts.get(key, 0) + sum(len(r[key]) for r in rows)
        ids[name] = {r["id"] for r in rows}
        for r in rows:
            for item in r[key]:  # every gold expression is where it says it is
                date_eval.occurrence_span(r["text"], item["text"], item["occurrence"])
    assert counts["dates"] >= 220 and counts["places"] >= 170
    assert not ids["dates_dev.jsonl"] & ids["dates_test.jsonl"]
    assert not ids["places_dev.jsonl"] & ids["places_test.jsonl"]


def test_report_shape(nlp, tmp_path):
    """`tacitus eval dates|places` reports: headline, sections with a per-kind breakdown."""
    row = {
        "id": "r1",
        "date": "2023-10-05",
        "dateline": "SEOUL",
        "text": "SEOUL (Yonhap) -- The ministers met in Tbilisi on Wednesday.",
        "dates": [{"text": "on Wednesday", "occurrence": 1, "value": "2023-10-04",
                   "precision": "day"}],
        "places": [{"text": "Tbilisi", "occurrence": 1, "name": "Tbilisi", "country": "GEO",
                    "kind": "city"}],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n")
    dates = date_eval.score_file(path, nlp)
    assert (dates["expressions"], dates["correct"]) == (1, 1)
    assert dates["by_category"]["weekday"] == [1, 1]
    places = place_eval.score_file(path, nlp)
    assert (places["mentions"], places["exact"], places["country"]) == (1, 1, 1)
    assert places["listed"] == 2  # the dateline is listed too


def test_wrong_gold_is_counted_wrong(nlp, tmp_path):
    row = {
        "id": "w1",
        "date": "2023-10-05",
        "text": "Officials met in Paris on Monday.",
        "dates": [{"text": "on Monday", "occurrence": 1, "value": "2023-10-03",
                   "precision": "day"}],
        "places": [{"text": "Paris", "occurrence": 1, "name": "Paris", "country": "USA"}],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n")
    dates = date_eval.score_file(path, nlp)
    assert dates["correct"] == 0 and dates["errors"][0]["got"] == "2023-10-02 (day)"
    places = place_eval.score_file(path, nlp)
    assert places["exact"] == 0 and places["country"] == 0
