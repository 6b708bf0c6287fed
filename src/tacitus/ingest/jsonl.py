"""JSON Lines input: one article per line, ``{"id", "text", "title"?, "date"?, ...}``.

Every line is checked on its own; a bad line becomes a Failure at ``path:LINE`` that
names the field and the fix, and the lines after it are still read. A ``.json`` file
holding one object or a list of objects is read too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..records import Failure, RawDocument
from .dates import parse_date
from .text import Cleaned, find_dateline, split_paragraphs

OPTIONAL_STRINGS = ("title", "date", "url", "publisher", "language", "byline")
ENGLISH = {"en", "eng", "english"}
_SHAPE = 'each line must be one JSON object like {"id": "a1", "text": "...", "date": "2024-03-03"}'


def read_records(doc: RawDocument) -> Iterator[RawDocument | Failure]:
    """Split a JSON Lines document into one RawDocument per article (or a Failure per bad line)."""
    whole = _whole_file(doc.content)
    if whole is not None:
        items = whole if isinstance(whole, list) else [whole]
        for i, obj in enumerate(items):
            location = f"{doc.location}[{i}]" if isinstance(whole, list) else doc.location
            yield record(obj, source=doc.source, location=location)
        return
    for lineno, line in enumerate(doc.content.split("\n"), start=1):
        if not line.strip():
            continue
        location = f"{doc.location}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(location, f"not valid JSON ({exc.msg} at column {exc.colno})", _SHAPE)
            continue
        yield record(obj, source=doc.source, location=location)


def _whole_file(content: str) -> Any:
    """A document that is one JSON value spread over lines (a .json file), else None."""
    lines = [line for line in content.split("\n") if line.strip()]
    if len(lines) < 2 and not content.lstrip().startswith("["):
        return None
    try:
        value = json.loads(content)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, (dict, list)) else None


def record(obj: Any, *, source: str, location: str) -> RawDocument | Failure:
    """Check one decoded JSON object and turn it into a RawDocument with normalised fields."""
    if not isinstance(obj, dict):
        return Failure(location, f"expected a JSON object, got {type(obj).__name__}", _SHAPE)
    problem = _problem(obj)
    if problem:
        return Failure(location, problem[0], problem[1])
    fields = {k: obj[k] for k in OPTIONAL_STRINGS if isinstance(obj.get(k), str) and obj[k].strip()}
    fields["id"] = str(obj["id"]).strip()
    if "date" in fields:
        fields["date"] = parse_date(fields["date"])
    return RawDocument(source=source, location=location, format="jsonl", content=obj["text"],
                       fields=fields)  # fmt: skip


def _problem(obj: dict[str, Any]) -> tuple[str, str] | None:
    """The first thing wrong with an article object, as (reason, hint)."""
    ident = obj.get("id")
    if ident is None or (isinstance(ident, str) and not ident.strip()):
        return "'id' is required", 'give each article a unique "id"'
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return "'id' must be a string or an integer", 'e.g. "id": "a1"'
    text = obj.get("text")
    if text is None:
        return "'text' is required", 'put the article body in "text"'
    if not isinstance(text, str):
        return "'text' must be a string", 'put the article body in "text" as one string'
    if not text.strip():
        return "'text' is empty", "remove the line or fill in the article body"
    for key in OPTIONAL_STRINGS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return f"'{key}' must be a string", f'e.g. "{key}": "..." or leave it out'
    if isinstance(obj.get("date"), str) and obj["date"].strip() and not parse_date(obj["date"]):
        return f"'date' must be a date like 2024-03-03, not {obj['date']!r}", "fix or remove 'date'"
    language = obj.get("language")
    if isinstance(language, str) and language.strip() and _base_language(language) not in ENGLISH:
        return f"language {language!r} is not supported", "Tacitus codes English text only"
    return None


def _base_language(tag: str) -> str:
    return tag.strip().lower().replace("_", "-").split("-")[0]


def clean_record_text(text: str) -> Cleaned:
    """Light cleaning for text that arrives as data: whitespace only, paragraphs kept."""
    body = "\n\n".join(split_paragraphs(text))
    dateline = find_dateline(body)
    return Cleaned(text=body, dateline=dateline[0] if dateline else None)
