"""RSS/Atom feed files (feedparser) and WARC crawls (warcio) as inputs: one article per
entry or HTML response, with metadata; our own fixture feeds, a WARC built here."""

from __future__ import annotations

import gzip
from io import BytesIO

import pytest

from tacitus.ingest import read_articles
from tacitus.ingest.sources import count_inputs, expand
from tacitus.records import Article, Failure

from .conftest import ROOT

FEEDS = ROOT / "tests" / "fixtures" / "corpus" / "feeds"

PAGE = """<!DOCTYPE html>
<html><head><title>{title}</title>{meta}</head>
<body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Share this story</footer></body></html>"""

STORIES = [
    (
        "Chile and Peru agree on border crossings",
        '<meta property="article:published_time" content="2025-05-06T08:00:00Z">',
        [
            "SANTIAGO, May 6 (Andes Ledger) - Chile and Peru agreed on Tuesday to open two "
            "new border crossings for trucks carrying fruit and copper.",
            "The foreign ministers of both countries signed the accord in Santiago.",
        ],
    ),
    (
        "Bolivia protests over river dam",
        "",  # no date in the page: the WARC record's date is used
        [
            "LA PAZ (Andes Ledger) - Bolivia's government protested to Brazil over a "
            "planned dam on a shared river, officials said.",
        ],
    ),
]


def _page(title: str, meta: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, meta=meta, paragraphs=body).encode("utf-8")


def write_warc(path, *, gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for n, (title, meta, paragraphs) in enumerate(STORIES):
            uri = f"https://andes-ledger.example/2025/05/story-{n}"
            writer.write_record(
                writer.create_warc_record(uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n"))
            )
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(_page(title, meta, paragraphs)),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": "2025-05-07T12:00:00Z"},
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://andes-ledger.example/logo.png",
                "response",
                payload=BytesIO(b"\x89PNG\r\n\x1a\n"),
                http_headers=image,
            )
        )


def test_rss_entries_become_articles_with_their_metadata():
    items = list(read_articles([str(FEEDS / "harbor-daily.rss")]))
    first, teaser, empty = items
    assert isinstance(first, Article) and isinstance(teaser, Article)
    assert first.title == "Manila and Hanoi sign coast guard pact"
    assert first.url == "https://harbor-daily.example/2025/04/02/manila-hanoi-coast-guard"
    assert (first.date, first.publisher, first.dateline) == ("2025-04-02", "Harbor Daily", "MANILA")
    assert first.source.endswith("harbor-daily.rss:1") and first.format == "html"
    assert "content below replaces" not in first.text  # content:encoded wins over the teaser
    assert "Marcos Jr. praised Vietnam" in first.text
    assert teaser.text.startswith("Indonesia's foreign minister criticized Australia")
    assert isinstance(empty, Failure) and empty.location.endswith("harbor-daily.rss:3")
    assert "no content" in empty.reason


def test_atom_entries_and_feeds_in_folders():
    items = list(read_articles([str(FEEDS)]))
    atom = [i for i in items if isinstance(i, Article) and i.source.endswith(".atom:1")]
    assert len(atom) == 1
    assert (atom[0].date, atom[0].publisher) == ("2025-04-05", "The Northern Courier")
    assert atom[0].url.endswith("/arctic-talks") and "Arctic security" in atom[0].text
    assert len({i.id for i in items if isinstance(i, Article)}) == 3
    assert count_inputs([str(FEEDS)]) is None  # entries are not known before reading


def test_a_file_that_is_not_a_feed_is_named(tmp_path):
    bad = tmp_path / "news.rss"
    bad.write_text("this is not XML at all", encoding="utf-8")
    [failure] = list(read_articles([str(bad)]))
    assert isinstance(failure, Failure) and failure.location == str(bad)
    assert "no feed entries found" in failure.reason


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_become_articles(tmp_path, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped=gzipped)
    if gzipped:
        assert gzip.open(path).read(4) == b"WARC"
    assert list(expand([str(tmp_path)])) == [path]  # found in a folder by its suffix
    items = list(read_articles([str(path)]))
    assert [type(i) for i in items] == [Article, Article]  # requests and the image skipped
    chile, bolivia = items
    assert chile.url == "https://andes-ledger.example/2025/05/story-0"
    assert chile.title == "Chile and Peru agree on border crossings"
    assert chile.date == "2025-05-06"  # the page's own date, not the crawl date
    assert bolivia.date == "2025-05-07"  # no date in the page: the record's date
    assert "Share this story" not in chile.text and "Home | World" not in chile.text
    assert chile.text.startswith("SANTIAGO, May 6 (Andes Ledger) - Chile and Peru agreed")
    assert chile.source == f"{path}:1" and bolivia.source == f"{path}:2"


def test_a_broken_warc_is_named(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file\r\n\r\n")
    items = list(read_articles([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].location == str(path) and "WARC" in items[0].reason
