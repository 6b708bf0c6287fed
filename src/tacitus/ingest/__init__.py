"""Ingest and clean: turn files, folders, globs or stdin into cleaned :class:`Article` records.

>>> for item in read_articles(["news/"], date="2024-03-05"):
...     print(item.message() if isinstance(item, Failure) else item.id)

Bad input never stops the stream: it becomes a :class:`Failure` with its location,
the reason and a hint, and reading goes on with the next input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article, Failure, RawDocument
from .dates import parse_date
from .html import clean_html
from .jsonl import clean_record_text, read_records
from .sources import STDIN_LOCATION, iter_documents, sniff
from .text import CLEANER, Cleaned, clean_text

__all__ = [
    "CLEANER",
    "Cleaned",
    "article_from_document",
    "article_from_string",
    "clean_html",
    "clean_text",
    "parse_date",
    "read_articles",
]

_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2}-\d{2}-\d{2})(?!\d)")
_NO_DATE_HINT = "pass --date YYYY-MM-DD or add a 'date' field"


def read_articles(
    paths: Iterable[str], *, date: str | None = None, publisher: str | None = None
) -> Iterator[Article | Failure]:
    """Read and clean every article named by ``paths`` (files, folders, globs, ``-`` for stdin).

    ``date`` (YYYY-MM-DD) sets the publication date of every article; ``publisher`` is used
    where the input names none. Raises InputError at once for a ``date`` that is not a date.
    """
    return _read(paths, date=_check_date(date), publisher=publisher)


def _read(
    paths: Iterable[str], *, date: str | None, publisher: str | None
) -> Iterator[Article | Failure]:
    seen: dict[str, str] = {}
    for doc in iter_documents(paths):
        for item in _articles(doc, date=date, publisher=publisher):
            if isinstance(item, Article):
                first = seen.setdefault(item.id, item.source or "")
                if first != item.source:
                    yield Failure(
                        item.source or item.id,
                        f"duplicate article id {item.id!r} (first at {first})",
                        "give each article a unique id, or remove the duplicate",
                    )
                    continue
            yield item


def article_from_string(
    content: str,
    *,
    format: str | None = None,
    location: str = STDIN_LOCATION,
    date: str | None = None,
    publisher: str | None = None,
) -> Article | Failure:
    """Clean one article given as a string (text, HTML, or a single JSON object)."""
    doc = RawDocument(location, location, format or sniff(content), content)
    items = list(_articles(doc, date=_check_date(date), publisher=publisher))
    if not items:
        return Failure(location, "no article found", "pass the article text")
    return items[0]


def _check_date(date: str | None) -> str | None:
    if date is None:
        return None
    parsed = parse_date(date)
    if parsed is None:
        raise InputError("date", f"{date!r} is not a date", "write it as YYYY-MM-DD")
    return parsed


def _articles(
    doc: RawDocument | Failure, *, date: str | None, publisher: str | None
) -> Iterator[Article | Failure]:
    if isinstance(doc, Failure):
        yield doc
    elif doc.format == "jsonl":
        for rec in read_records(doc):
            yield (
                rec
                if isinstance(rec, Failure)
                else article_from_document(rec, date=date, publisher=publisher)
            )
    else:
        yield article_from_document(doc, date=date, publisher=publisher)


def article_from_document(
    doc: RawDocument, *, date: str | None = None, publisher: str | None = None
) -> Article | Failure:
    """Clean one RawDocument into an Article, or say why it cannot be one."""
    cleaned = _clean(doc)
    if not cleaned.text.strip() and cleaned.title and len(cleaned.title.split()) >= 4:
        # a headline alone is the story ("Troops kill 12 rebels in Darfur clash")
        cleaned.text = cleaned.title
    if not cleaned.text.strip():
        return Failure(
            doc.location,
            "no article text left after removing page furniture",
            "check that the input holds the article body (menus, captions and buttons are dropped)",
        )
    fields = doc.fields
    published = (
        date
        or fields.get("date")
        or cleaned.date
        or fields.get("fallback_date")  # e.g. a WARC record's crawl date
        or _date_from_name(doc)
    )
    if not published:
        return Failure(doc.location, "no publication date found", _NO_DATE_HINT)
    article = Article(
        id="",
        text=cleaned.text,
        title=fields.get("title") or cleaned.title,
        date=published,
        url=fields.get("url") or cleaned.url,
        publisher=fields.get("publisher") or cleaned.publisher or publisher,
        byline=fields.get("byline") or cleaned.byline,
        dateline=cleaned.dateline,
        source=doc.location,
        format=doc.format,
        dropped=cleaned.dropped,
    )
    article.id = fields.get("id") or _derived_id(doc, article.content_hash)
    return article


def _clean(doc: RawDocument) -> Cleaned:
    if doc.format == "html":
        return clean_html(doc.content)
    if doc.format == "jsonl":
        return clean_record_text(doc.content)
    return clean_text(doc.content)


def _date_from_name(doc: RawDocument) -> str | None:
    """A date written in the file name ("korea-herald-2023-10-05-....txt"), as a last resort."""
    if doc.source == STDIN_LOCATION or doc.format == "jsonl":
        return None
    m = _DATE_IN_NAME.search(Path(doc.source).stem)
    return parse_date(m.group(1)) if m else None


def _derived_id(doc: RawDocument, digest: str) -> str:
    """A stable id: the file name as a slug plus the start of the body's hash."""
    if doc.source == STDIN_LOCATION:
        return f"stdin-{digest[:8]}"
    slug = re.sub(r"[^a-z0-9]+", "-", Path(doc.source).stem.lower()).strip("-")[:60].strip("-")
    return f"{slug or 'article'}-{digest[:6]}"
