"""Ingest and cleaning: sources, text/HTML/JSONL cleaning, failures, and golden samples."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.errors import InputError
from tacitus.ingest import article_from_string, clean_html, clean_text, parse_date, read_articles
from tacitus.ingest.text import (
    boilerplate_reason,
    doubled,
    find_dateline,
    is_photo_caption,
    split_paragraphs,
)
from tacitus.records import Article, Failure

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "examples" / "articles"
SHARED_EXAMPLE = ROOT / ".." / "shared" / "examples" / "korea-herald-2023-10-05-austin-kihara.txt"

BODY = (
    "Foreign ministers from Chile and Peru met in Lima on Monday and agreed to reopen "
    "a joint border commission that has not met since 2019."
)
BODY2 = "Peru's foreign ministry said the commission would hold its first session in June."


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _only(items: list[Article | Failure]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct. 5, 2023 - 09:21", "2023-10-05"),
        ("March 3, 2024", "2024-03-03"),
        ("2024-03-03", "2024-03-03"),
        ("3 March 2024 10:15 GMT", "2024-03-03"),
        ("Tuesday 5 March 2024 10.15 GMT", "2024-03-05"),
        ("2024-03-03T23:30:00-05:00", "2024-03-03"),
        ("Sept. 12th, 2023", "2023-09-12"),
        ("2023.10.05 14:00", "2023-10-05"),
        ("yesterday", None),
        ("March 2024", None),
        ("2024-02-30", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
    shape=st.sampled_from(
        ["%Y-%m-%d", "%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%A, %d %b %Y %H:%M"]
    ),
)
def test_parse_date_round_trips(day: date, shape: str) -> None:
    assert parse_date(day.strftime(shape)) == day.isoformat()


# --- paragraph rules -------------------------------------------------------------------------


def test_hard_wrapped_lines_are_rejoined_but_header_lines_are_not() -> None:
    wrapped = (
        "Foreign ministers from Chile and Peru met in Lima on Monday and\n"
        "agreed to reopen a joint border commission that has not met since\n"
        "2019, officials said."
    )
    assert split_paragraphs(wrapped) == [" ".join(wrapped.split())]
    assert split_paragraphs("The Daily Star\nBy Jane Roe\n") == ["The Daily Star", "By Jane Roe"]


def test_whitespace_is_normalised_inside_paragraphs() -> None:
    assert split_paragraphs("a\u00a0 b\u200b c\r\n\r\n\td  e") == ["a b c", "d e"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("• Link copied", "share-button"),
        ("Share | Print | Email", "share-button"),
        ("Facebook  Twitter  LinkedIn  WhatsApp", "share-button"),
        ("Advertisement", "advertisement"),
        ("Read more: Ministers meet in Lima", "related-links"),
        ("Related articles", "related-links"),
        ("Subscribe to our daily newsletter", "subscribe"),
        ("© 2024 Example Media Ltd.", "copyright"),
        ("Copyright 2024 Example. All rights reserved.", "copyright"),
        ("Click here to read the full report", "boilerplate"),
        ("Reporting by Jane Roe; Editing by John Doe", "credits"),
        ("Tags: diplomacy, Peru, Chile", "tags"),
        ("Photo: Ministers in Lima", "photo-caption"),
        ("한국어 뉴스", "non-english"),
        ("(END)", "contact"),
    ],
)
def test_boilerplate_reasons(text: str, reason: str) -> None:
    assert boilerplate_reason(text) == reason


@pytest.mark.parametrize("text", [BODY, BODY2, "Share prices fell sharply in Seoul on Monday."])
def test_article_text_is_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


def test_caption_printed_twice_is_detected() -> None:
    caption = "Ministers shake hands in Lima on Monday. (AFP-Yonhap)"
    assert doubled(f"{caption} {caption}") == caption
    assert doubled(BODY) is None


@pytest.mark.parametrize(
    "caption",
    [
        "Chile's foreign minister (left) meets his Peruvian counterpart in Lima. (AFP-Yonhap)",
        "Protesters gather outside the embassy on Monday. (AP Photo/Jane Roe)",
        "Police officers stand guard in Lima on Monday. [Getty Images]",
        "Chile's foreign minister speaks during a news conference. Photo: Reuters",
        "Chile's foreign minister (right) shakes hands with his counterpart in Lima. (Reuters)",
    ],
)
def test_photo_captions(caption: str) -> None:
    assert is_photo_caption(caption)


def test_story_ending_in_agency_tag_is_not_a_caption() -> None:
    last = "The ministers will meet again in June, officials said. (Yonhap)"
    assert not is_photo_caption(last, last=True)
    assert not is_photo_caption(BODY + " (Reuters)", last=False)  # no picture described


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        ("SEOUL, May 30 (Reuters) - South Korea said...", "SEOUL"),
        ("WASHINGTON (AP) — The United States said...", "WASHINGTON"),
        ("TOKYO, Oct 4 (Yonhap) -- Japan said...", "TOKYO"),
        ("NEW YORK -- The UN said...", "NEW YORK"),
        ("KYIV, Ukraine (AP) — Ukraine said...", "KYIV"),
        ("Seoul, May 30 (Reuters) - South Korea said...", "Seoul"),
        ("US Defense Secretary Lloyd Austin said...", None),
        ("BREAKING - The minister resigned.", None),
    ],
)
def test_dateline(body: str, dateline: str | None) -> None:
    found = find_dateline(body)
    assert (found[0] if found else None) == dateline


# --- whole saved pages -------------------------------------------------------------------------


def test_saved_page_header_is_split_from_body() -> None:
    raw = _page(
        "The Andes Herald",
        "By Jane Roe | March 3, 2024",
        "Chile and Peru agree to reopen border commission",
        "Share  |  Print",
        "LIMA, March 3 (Reuters) - " + BODY,
        "Advertisement",
        BODY2,
        "Most read",
        "Unrelated headline about football",
        "© 2024 The Andes Herald",
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Chile and Peru agree to reopen border commission"
    assert cleaned.publisher == "The Andes Herald"
    assert cleaned.byline == "Jane Roe"
    assert cleaned.date == "2024-03-03"
    assert cleaned.dateline == "LIMA"
    assert cleaned.text == "LIMA, March 3 (Reuters) - " + BODY + "\n\n" + BODY2
    reasons = {d.reason for d in cleaned.dropped}
    assert {"masthead", "byline", "title", "share-button", "advertisement", "copyright"} <= reasons


def test_published_beats_updated() -> None:
    raw = _page("Updated: March 5, 2024", "Published: March 3, 2024 10:15 GMT", BODY)
    assert clean_text(raw).date == "2024-03-03"


@pytest.mark.parametrize(
    "line",
    ["Posted on March 3, 2024", "3 March 2024 10:15 GMT", "2024-03-03", "Updated: Mar. 3, 2024"],
)
def test_date_lines(line: str) -> None:
    cleaned = clean_text(_page("Ministers agree to reopen commission", line, BODY))
    assert cleaned.date == "2024-03-03"
    assert line not in cleaned.text


def test_sentence_mentioning_a_date_is_kept() -> None:
    text = "Posted on the border since March 3, 2024, the troops were withdrawn on Monday."
    cleaned = clean_text(_page(text, BODY))
    assert cleaned.text.startswith(text)


def test_trailing_agency_tag_is_recorded_and_removed() -> None:
    cleaned = clean_text(_page(BODY, BODY2 + " (Yonhap)"))
    assert cleaned.text.endswith("in June.")
    assert cleaned.byline == "Yonhap"
    assert ("(Yonhap)", "agency-tag") in [(d.text, d.reason) for d in cleaned.dropped]


def test_repeated_paragraph_is_dropped_once() -> None:
    cleaned = clean_text(_page(BODY, BODY2, BODY))
    assert cleaned.text == BODY + "\n\n" + BODY2
    assert [d.reason for d in cleaned.dropped] == ["duplicate"]


def test_plain_body_without_header_is_kept_whole() -> None:
    cleaned = clean_text(_page(BODY, BODY2))
    assert cleaned.text == BODY + "\n\n" + BODY2
    assert cleaned.title is None and cleaned.dropped == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels agreed to a ceasefire.",
        "Kenya asked Britain for aid.\n\nShare this article",
        "Rebels freed six soldiers on Monday.\n\nTroops left the town.",
    ],
)
def test_a_short_report_of_plain_sentences_is_the_story(text: str) -> None:
    # a sentence too short to count as running text is not taken for a masthead or footer when
    # the page holds nothing longer ("tacitus explain" on one sentence)
    cleaned = clean_text(text + "\n")
    assert cleaned.text.startswith(text.split("\n")[0])
    assert "Share" not in cleaned.text


@pytest.mark.parametrize("text", ["The Korea Herald\n\nWorld", "World\n\nNews", "Link copied"])
def test_furniture_alone_is_still_no_story(text: str) -> None:
    assert clean_text(text + "\n").text == ""


# --- sources and failures --------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_read_recursively_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", _page("Published: 2024-03-03", BODY))
    _write(tmp_path / "sub" / "b.md", _page("Published: 2024-03-04", BODY2))
    _write(tmp_path / ".hidden.txt", _page("Published: 2024-03-04", BODY))
    _write(tmp_path / ".git" / "c.txt", _page("Published: 2024-03-04", BODY))
    _write(tmp_path / "notes.csv", "a,b\n")
    items = list(read_articles([str(tmp_path)]))
    assert [Path(a.source).name for a in items if isinstance(a, Article)] == ["a.txt", "b.md"]
    assert all(isinstance(a, Article) for a in items)


def test_glob_and_duplicate_paths_read_each_file_once(tmp_path: Path) -> None:
    path = _write(tmp_path / "chile-peru.txt", _page("Published: 2024-03-03", BODY))
    items = list(read_articles([str(tmp_path / "*.txt"), str(path)]))
    article = _only(items)
    assert article.id.startswith("chile-peru-") and len(article.id) == len("chile-peru-") + 6
    assert article.format == "text" and article.source == str(path)


def test_ids_are_stable_and_content_based(tmp_path: Path) -> None:
    one = _write(tmp_path / "x" / "Story One!.txt", _page("Published: 2024-03-03", BODY))
    two = _write(tmp_path / "y" / "Story One!.txt", _page("Published: 2024-03-03", BODY2))
    first = _only(list(read_articles([str(one)])))
    assert first.id == _only(list(read_articles([str(one)]))).id
    assert first.id.startswith("story-one-")
    items = list(read_articles([str(one), str(two)]))
    assert len({a.id for a in items if isinstance(a, Article)}) == 2


def test_identical_files_give_a_duplicate_failure(tmp_path: Path) -> None:
    a = _write(tmp_path / "x" / "s.txt", _page("Published: 2024-03-03", BODY))
    b = _write(tmp_path / "y" / "s.txt", _page("Published: 2024-03-03", BODY))
    items = list(read_articles([str(a), str(b)]))
    assert isinstance(items[0], Article) and isinstance(items[1], Failure)
    assert "duplicate article id" in items[1].reason and items[1].location == str(b)


def test_missing_path_and_empty_glob_fail_with_hints(tmp_path: Path) -> None:
    items = list(read_articles([str(tmp_path / "nope.txt"), str(tmp_path / "*.html")]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert items[0].location == str(tmp_path / "nope.txt") and items[0].hint
    assert "matched no files" in items[1].reason


def test_binary_and_latin1_and_empty_fail(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (tmp_path / "latin.txt").write_bytes("Montréal talks, 2024-03-03.".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"  \n\n ")
    items = {Path(f.location).name: f for f in read_articles([str(tmp_path)])}
    assert all(isinstance(f, Failure) for f in items.values())
    assert "binary" in items["bin.txt"].reason
    assert "not UTF-8" in items["latin.txt"].reason and "iconv" in items["latin.txt"].hint
    assert items["empty.txt"].reason == "empty file"


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + _page("Published: 2024-03-03", BODY).encode())
    assert _only(list(read_articles([str(path)]))).text == BODY


def test_page_of_furniture_only_fails(tmp_path: Path) -> None:
    path = _write(tmp_path / "menu.txt", _page("Share | Print", "Advertisement", "Subscribe"))
    failure = list(read_articles([str(path)], date="2024-03-03"))[0]
    assert isinstance(failure, Failure) and "no article text" in failure.reason


def test_a_headline_alone_is_the_story(tmp_path: Path) -> None:
    path = _write(tmp_path / "headline.txt", "Troops kill 12 rebels in Darfur clash\n")
    article = _only(list(read_articles([str(path)], date="2005-03-03")))
    assert article.text == "Troops kill 12 rebels in Darfur clash"


def test_no_date_fails_unless_given(tmp_path: Path) -> None:
    path = _write(tmp_path / "story.txt", _page(BODY, BODY2))
    failure = list(read_articles([str(path)]))[0]
    assert isinstance(failure, Failure)
    assert failure.reason == "no publication date found" and "--date" in failure.hint
    article = _only(list(read_articles([str(path)], date="2024-03-07", publisher="Lima Post")))
    assert article.date == "2024-03-07" and article.publisher == "Lima Post"


def test_date_in_file_name_is_a_last_resort(tmp_path: Path) -> None:
    path = _write(tmp_path / "lima-2024-03-09-talks.txt", _page(BODY))
    assert _only(list(read_articles([str(path)]))).date == "2024-03-09"


def test_bad_date_option_raises_at_once() -> None:
    with pytest.raises(InputError):
        read_articles([], date="someday")


def test_headline_repeated_in_body_is_dropped() -> None:
    title = "Chile and Peru agree to reopen border commission"
    cleaned = clean_text(_page(title, "March 3, 2024", BODY, title, BODY2))
    assert cleaned.title == title and title not in cleaned.text


def test_stdin_text_html_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(_page("Published: 2024-03-03", BODY)))
    article = _only(list(read_articles(["-"])))
    assert article.id.startswith("stdin-") and len(article.id) == 14
    assert article.source == "<stdin>" and article.format == "text"

    line = json.dumps({"id": 7, "text": BODY, "date": "2024-03-03"})
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n" + line + "\n{oops\n"))
    items = list(read_articles(["-"]))
    assert items[0].id == "7" and items[0].format == "jsonl"
    assert isinstance(items[1], Failure) and items[1].location == "<stdin>:3"

    html = f"<html><body><p>{BODY}</p><p>{BODY2}</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.StringIO(html))
    assert _only(list(read_articles(["-"], date="2024-03-03"))).format == "html"


# --- JSONL -------------------------------------------------------------------------------------


def test_jsonl_lines_fail_one_by_one_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "a", "text": "  One   two.\n\n\nThree  four. ", "date": "2024-03-03T10:00Z"}
        ),
        "",
        '{"id": "b", "text": ',
        json.dumps({"id": "c", "date": "2024-03-03"}),
        json.dumps({"id": "", "text": BODY}),
        json.dumps({"id": "d", "text": BODY, "date": "next week"}),
        json.dumps({"id": "e", "text": BODY}),
        json.dumps({"id": "f", "text": BODY, "date": "2024-03-03", "language": "fr"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a", "text": BODY2, "date": "2024-03-03"}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_articles([str(path)]))
    first = items[0]
    assert isinstance(first, Article) and first.text == "One two.\n\nThree four."
    assert first.date == "2024-03-03" and first.source == f"{path}:1"
    failures = {f.location.rsplit(":", 1)[1]: f for f in items[1:]}
    assert all(isinstance(f, Failure) for f in failures.values())
    assert "not valid JSON" in failures["3"].reason
    assert failures["4"].reason == "'text' is required"
    assert failures["5"].reason == "'id' is required"
    assert "'date' must be a date" in failures["6"].reason
    assert failures["7"].reason == "no publication date found"
    assert "not supported" in failures["8"].reason
    assert "JSON object" in failures["9"].reason
    assert "duplicate article id 'a'" in failures["10"].reason


def test_jsonl_publisher_option_only_fills_gaps(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": BODY, "date": "2024-03-03", "publisher": "Lima Post"},
        {"id": "b", "text": BODY2, "date": "2024-03-03"},
    ]
    path = _write(tmp_path / "p.ndjson", "\n".join(json.dumps(r) for r in rows))
    items = list(read_articles([str(path)], publisher="Fallback"))
    assert [a.publisher for a in items] == ["Lima Post", "Fallback"]


def test_json_file_with_a_list(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": BODY, "date": "2024-03-03"}, {"id": "b", "text": BODY2}]
    path = _write(tmp_path / "list.json", json.dumps(rows, indent=2))
    items = list(read_articles([str(path)]))
    assert isinstance(items[0], Article) and isinstance(items[1], Failure)
    assert items[1].location == f"{path}[1]"


# --- HTML --------------------------------------------------------------------------------------


def test_html_metadata_and_body() -> None:
    html = f"""<html><head><title>Talks resume | Lima Post</title>
<meta property="og:title" content="Chile and Peru agree to reopen border commission">
<meta property="og:site_name" content="Lima Post">
<meta property="article:published_time" content="2024-03-03T09:00:00-05:00">
<meta name="author" content="Jane Roe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Chile and Peru agree to reopen border commission</h1>
<p>LIMA (AP) — {BODY}</p><p>Share</p><p>{BODY2}</p></article>
<footer><p>© 2024 Lima Post. All rights reserved.</p></footer></body></html>"""
    cleaned = clean_html(html)
    assert cleaned.title == "Chile and Peru agree to reopen border commission"
    assert cleaned.date == "2024-03-03"
    assert cleaned.byline == "Jane Roe" and cleaned.publisher == "Lima Post"
    assert cleaned.dateline == "LIMA"
    assert cleaned.text == f"LIMA (AP) — {BODY}\n\n{BODY2}"


def test_html_without_metadata_date_uses_text_rules() -> None:
    html = f"<html><body><p>Published: March 3, 2024</p><p>{BODY}</p><p>{BODY2}</p></body></html>"
    article = article_from_string(html)
    assert isinstance(article, Article) and article.date == "2024-03-03"
    assert article.text == f"{BODY}\n\n{BODY2}"


# --- the shared real-world example ---------------------------------------------------------------


@pytest.mark.skipif(not SHARED_EXAMPLE.exists(), reason="../shared example not present")
def test_korea_herald_saved_page() -> None:
    cleaned = clean_text(SHARED_EXAMPLE.read_text(encoding="utf-8"))
    assert cleaned.title == (
        "Pentagon chief renews support for Japan's 'counterstrike' capabilities "
        "amid N. Korean threats"
    )
    assert cleaned.date == "2023-10-05"
    assert cleaned.byline == "Yonhap"
    assert cleaned.publisher == "The Korea Herald"
    assert cleaned.text.startswith("US Defense Secretary Lloyd Austin reiterated")
    assert "Link copied" not in cleaned.text and "honor cordon" not in cleaned.text
    assert "Camp David" in cleaned.text and "Tomahawk" in cleaned.text
    assert cleaned.text.endswith("in the event of a common threat.")
    reasons = [d.reason for d in cleaned.dropped]
    for reason in ("masthead", "non-english", "byline", "published-line", "share-button"):
        assert reason in reasons
    assert "duplicate-caption" in reasons
    assert len(cleaned.text.split("\n\n")) == 12


# --- golden tests on our own samples -------------------------------------------------------------


GOLDEN = {
    "harbor-talks.txt": {
        "date": "2024-04-16",
        "title": "Japan, Philippines defense chiefs agree to expand patrols as China warns of "
        "countermeasures",
        "publisher": "The Pacific Ledger",
        "byline": "Pacific Wire",
        "dateline": "MANILA",
        "starts": "MANILA -- Philippine Defense Secretary Gilberto Teodoro and Japanese",
        "must": ["coastal surveillance radars", "resolute countermeasures", "Malacanang Palace",
                 'reaffirmed Washington\'s "ironclad" commitment', "Second Thomas Shoal"],
        "must_not": ["Pacific Ledger", "国際", "Link copied", "shakes hands", "Advertisement",
                     "Related articles", "Scarborough", "All rights reserved", "(Pacific Wire)",
                     "Published :"],
    },
    "border-clash.html": {
        "date": "2024-06-11",
        "title": "Armenia accuses Azerbaijan of deadly border shelling; Baku denies",
        "publisher": "Highland Monitor",
        "byline": "Lena Hartmann",
        "dateline": "YEREVAN",
        "starts": "YEREVAN, June 11 (Highland Monitor) - Armenia's defense ministry",
        "must": ["completely false", "protested outside the government building",
                 "maximum restraint", "civilian monitors", "in Almaty next week"],
        "must_not": ["cookies", "Subscribe", "Share on", "Related stories", "Peace talks stall",
                     "All rights reserved", "Advertisement", "Privacy policy", "page-view",
                     "deadly border shelling"],
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_samples(name: str) -> None:
    gold = GOLDEN[name]
    article = _only(list(read_articles([str(SAMPLES / name)])))
    for key in ("date", "title", "publisher", "byline", "dateline"):
        assert getattr(article, key) == gold[key], key
    assert article.text.startswith(gold["starts"])
    for phrase in gold["must"]:
        assert phrase in article.text, phrase
    for phrase in gold["must_not"]:
        assert phrase not in article.text, phrase
    assert 8 <= len(article.text.split("\n\n")) <= 12


def test_golden_wire_jsonl() -> None:
    items = list(read_articles([str(SAMPLES / "wire.jsonl")]))
    assert [a.id for a in items] == [
        "wire-2024-04-22-eu-iran-sanctions",
        "ledger-2024-04-23-eu-iran-sanctions",
        "wire-2024-05-09-korea-ukraine-aid",
    ]
    assert [a.date for a in items] == ["2024-04-22", "2024-04-23", "2024-05-09"]
    assert [a.dateline for a in items] == ["LUXEMBOURG", None, "SEOUL"]
    original, reprint = items[0].text.split("\n\n"), items[1].text.split("\n\n")
    assert original[1:] == [p.removesuffix(" (Pacific Wire)") for p in reprint[1:]]
    assert original[0] != reprint[0]
    assert "humanitarian aid to Ukraine" in items[2].text


def test_bad_samples_each_fail_with_location_and_hint() -> None:
    items = list(read_articles([str(SAMPLES / "bad")]))
    articles = [i for i in items if isinstance(i, Article)]
    failures = {Path(f.location).name: f for f in items if isinstance(f, Failure)}
    assert [a.id for a in articles] == ["ok-1"]
    assert set(failures) == {
        "binary.txt", "broken.jsonl:2", "broken.jsonl:3", "empty.txt", "latin1.txt", "nodate.txt",
    }  # fmt: skip
    assert all(f.hint for f in failures.values())
    assert failures["nodate.txt"].reason == "no publication date found"
