"""End to end: our own sample articles (three formats) and the shared example, coded by the
real pipeline; golden must-contain / must-not-contain expectations and the JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tacitus import coder, output
from tacitus.ingest import read_articles
from tacitus.records import Failure

from .conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow

SCHEMA = json.loads((ROOT / "schema" / "event.schema.json").read_text())


def _code(path: Path, pipeline) -> tuple[list, list[dict]]:
    articles = [a for a in read_articles([str(path)]) if not isinstance(a, Failure)]
    analyses = list(coder.code_articles(articles, pipeline=pipeline))
    return analyses, [output.event_record(e) for a in analyses for e in a.events]


def _countries(side: list[dict]) -> set[str]:
    return {a["country"] or a["cameo_code"] for a in side}


def _has(records, ptype, actor, recipient=None, *, symmetric=False):
    for r in records:
        if r["plover"]["type"] != ptype:
            continue
        a, rc = _countries(r["actor"]), _countries(r["recipient"])
        if symmetric and {actor, recipient} <= a | rc:
            return r
        if actor in a and (recipient is None or recipient in rc):
            return r
    return None


def _check_offsets(analyses, records):
    bodies = {a.article.id: a.article.text for a in analyses}
    for r in records:
        jsonschema.validate(r, SCHEMA)
        body = bodies[r["article_id"]]
        ev = r["evidence"]
        assert body[ev["start"] : ev["end"]] == ev["text"]
        tr = r["trigger"]
        assert body[tr["start"] : tr["end"]] == tr["text"]
        assert ev["start"] <= tr["start"] < tr["end"] <= ev["end"]


def test_saved_page_text(pipeline):
    analyses, records = _code(EXAMPLES / "harbor-talks.txt", pipeline)
    _check_offsets(analyses, records)
    assert _has(records, "CONSULT", "PHL", "JPN", symmetric=True)
    assert _has(records, "ACCUSE", "CHN", "JPN")
    assert _has(records, "SUPPORT", "PHL", "JPN")  # Teodoro thanked Tokyo
    assert _has(records, "AGREE", "USA", "PHL")  # reaffirmed commitment
    talks = _has(records, "CONSULT", "PHL", "JPN", symmetric=True)
    assert talks["date"]["value"] == "2024-04-16" and talks["location"]["country"] == "PHL"
    text = " ".join(r["evidence"]["text"] for r in records)
    for boilerplate in (
        "shakes hands",
        "Link copied",
        "Related articles",
        "All rights reserved",
        "Marcos to visit Tokyo",
        "Advertisement",
    ):
        assert boilerplate not in text


def test_html_page(pipeline):
    analyses, records = _code(EXAMPLES / "border-clash.html", pipeline)
    _check_offsets(analyses, records)
    assert analyses[0].article.date == "2024-06-11"
    assert _has(records, "ACCUSE", "ARM", "AZE")
    assert _has(records, "REQUEST", "ARM", "AZE")
    text = " ".join(r["evidence"]["text"] for r in records)
    assert "cookie" not in text.lower()


def test_jsonl_keeps_ids_and_codes_each_article(pipeline):
    analyses, records = _code(EXAMPLES / "wire.jsonl", pipeline)
    _check_offsets(analyses, records)
    ids = {a.article.id for a in analyses}
    assert len(ids) == 3 and {r["article_id"] for r in records} <= ids
    assert _has(records, "AGREE", "KOR", "UKR")  # Seoul's aid pledge to Kyiv
    assert _has(records, "CONSULT", "KOR", "UKR", symmetric=True)


def test_shared_example_reports_its_interactions(shipped_pipeline, shared_example):
    """The Korea Herald / Yonhap story (read from ../shared, never copied): the seven interactions,
    as the shipped pipeline codes them."""
    analyses, records = _code(shared_example, shipped_pipeline)
    _check_offsets(analyses, records)
    consult = _has(records, "CONSULT", "USA", "JPN", symmetric=True)
    support = _has(records, "SUPPORT", "USA", "JPN")
    accuse = _has(records, "ACCUSE", "PRK", "JPN")
    assert consult and support and accuse
    assert consult["date"]["value"] == "2023-10-04" and consult["date"]["precision"] == "day"
    assert support["date"]["value"] == "2023-10-04"
    assert consult["location"] and consult["location"]["country"] == "USA"
    assert "Pentagon" in consult["location"]["name"]
    assert _has(records, "THREATEN", "PRK", "JPN")
    purchase = next(r for r in records if r["cameo"]["code"] == "0312")
    assert _countries(purchase["actor"]) == {"JPN"} and _countries(purchase["recipient"]) == {"USA"}
    assert purchase["flags"]["future"] and purchase["date"]["value"] == "2025"
    assert _has(records, "AGREE", "USA", "JPN")  # reaffirmed security commitment
    summit = next(r for r in records if r["plover"]["type"] == "CONSULT" and r is not consult)
    assert _countries(summit["actor"]) | _countries(summit["recipient"]) == {"KOR", "USA", "JPN"}
    assert summit["date"]["value"] == "2023-08" and summit["flags"]["historical"]
    # the lead's background clause: "Washington and Tokyo are tightening security coordination"
    assert _has(records, "COOPERATE", "USA", "JPN", symmetric=True)
    # nothing invented, nothing from the page furniture
    assert len(records) == 8
    assert not any("honor cordon" in r["evidence"]["text"] for r in records)
    # one real-world event once: the talks are mentioned three times, coded once
    assert (
        sum(
            r["plover"]["type"] == "CONSULT"
            and {"USA", "JPN"} == _countries(r["actor"]) | _countries(r["recipient"])
            for r in records
        )
        == 1
    )
