"""HTML pages: the article text and its metadata via trafilatura, then the text rules.

trafilatura finds the main text and reads title, date, author, site name and URL from
the page's metadata (no network). Its output still carries captions, share rows and the
headline repeated as the first line, so the paragraphs go through the same rules as
saved plain text; metadata the page lacks is taken from what those rules found.
"""

from __future__ import annotations

import lxml.html
import trafilatura

from .dates import parse_date
from .text import Cleaned, clean_paragraphs, normalise_line


def extract(html: str) -> tuple[list[str], dict[str, str | None]]:
    """The main-text paragraphs of a page and its metadata (title, date, author, sitename, url)."""
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    meta: dict[str, str | None] = {}
    text = ""
    if doc is not None:
        fields = doc if isinstance(doc, dict) else doc.as_dict()
        meta = {k: fields.get(k) for k in ("title", "date", "author", "sitename", "url")}
        text = fields.get("text") or ""
    paragraphs = [p for p in (normalise_line(x) for x in text.split("\n")) if p]
    return paragraphs or _plain_paragraphs(html), meta


def _plain_paragraphs(html: str) -> list[str]:
    """Fallback for pages too small for trafilatura: the text of every <p>, else of <body>."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    paragraphs = [normalise_line(p.text_content()) for p in root.xpath("//p")]
    if not any(paragraphs):
        paragraphs = [normalise_line(x) for x in root.text_content().split("\n")]
    return [p for p in paragraphs if p]


def clean_html(html: str) -> Cleaned:
    """Clean one HTML page: body paragraphs joined by a blank line, plus metadata."""
    paragraphs, meta = extract(html)
    title = _text(meta.get("title"))
    cleaned = clean_paragraphs(paragraphs, title=title)
    cleaned.title = title or cleaned.title
    meta_date = _text(meta.get("date"))
    cleaned.date = (parse_date(meta_date) if meta_date else None) or cleaned.date
    cleaned.byline = _text(meta.get("author")) or cleaned.byline
    cleaned.publisher = _text(meta.get("sitename")) or cleaned.publisher
    cleaned.url = _text(meta.get("url"))
    return cleaned


def _text(value: str | None) -> str | None:
    value = normalise_line(value) if isinstance(value, str) else None
    return value or None
