"""RSS and Atom feed files: one article per entry, through the HTML path.

feedparser reads the file (no network); each entry's content (else its summary) is HTML and is
cleaned as a page is. The entry's title, link and published (else updated) date, and the feed's
title as publisher, become the article's metadata. Entries are located as ``FILE:N`` (N from 1).
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..records import Failure, RawDocument

FEED_SUFFIXES = frozenset({".rss", ".atom"})


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    for c in contents:
        if c.get("value"):
            return str(c["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def entry_page(title: str | None, body: str) -> str:
    """A minimal HTML page around an entry's content, for the HTML cleaner."""
    if "<" not in body:  # plain-text summary: one paragraph per line
        body = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line.strip())
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def read_feed(path: Path) -> Iterator[RawDocument | Failure]:
    """Every entry of an RSS/Atom file as an HTML RawDocument (or a Failure)."""
    import feedparser

    location = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(location, f"cannot read file: {exc.strerror or exc}", "check its permissions")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        yield Failure(
            location,
            "no feed entries found" + (f" ({problem})" if problem else ""),
            "pass an RSS or Atom file with <item> or <entry> elements",
        )
        return
    publisher = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, 1):
        where = f"{location}:{n}"
        body = _body(entry)
        if not body.strip():
            yield Failure(where, "feed entry has no content or summary", "nothing to code in it")
            continue
        title = entry.get("title") or None
        fields = {
            k: v
            for k, v in {
                "title": title,
                "url": entry.get("link") or None,
                "date": _date(entry),
                "publisher": publisher,
            }.items()
            if v
        }
        yield RawDocument(location, where, "html", entry_page(title, body), fields)
