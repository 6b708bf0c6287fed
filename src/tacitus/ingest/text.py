"""Cleaning plain-text articles as people save them from a browser.

A saved page holds the article body among page furniture: a masthead, the headline, a
byline, a "Published :" line, share buttons, photo captions (often printed twice), links
to other stories and a copyright line. :func:`clean_text` finds the title, byline,
publication date and dateline, keeps the body paragraphs, and records every piece it
dropped with the reason, so that nothing disappears without a trace.

The rules are general (they look at the shape of a paragraph, not at one outlet's page),
and the title is kept out of the body: all offsets point into the body alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..records import Dropped
from .dates import DATE_ONLY, find_date, parse_date

#: Versioned name of these rules; bump it when cleaning changes what it keeps.
CLEANER = "tacitus.ingest.clean.v1"

# --- news agencies and publishers ---------------------------------------------------------

AGENCIES = (
    "Yonhap", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Kyodo",
    "Kyodo News", "Jiji", "Jiji Press", "Xinhua", "Bloomberg", "dpa", "DPA", "ANI", "PTI",
    "IANS", "UNI", "EFE", "ANSA", "TASS", "RIA Novosti", "Interfax", "Anadolu", "Anadolu Agency",
    "Bernama", "Antara", "UPI", "KCNA", "Ukrinform", "IRNA", "WAFA", "APA", "AAP", "PA",
    "CNA", "Newsis", "News1", "NHK", "KUNA", "SPA", "MENA", "BSS", "PNA", "Lusa", "CTK", "PAP",
)  # fmt: skip
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AGENCY_RE = re.compile(rf"^(?:{_AGENCY})$", re.I)

#: Words that end the names of newspapers, broadcasters and news sites.
_MASTHEAD_RE = re.compile(
    r"^(?:the\s+)?(?:[\w.&'’-]+\s+){0,4}(?:herald|times|post|journal|news|tribune|guardian|"
    r"telegraph|daily|gazette|independent|observer|chronicle|express|mail|star|standard|"
    r"economist|review|press|monitor|agency|wire|today|insider|politico|shimbun|ilbo|"
    r"inquirer|globe|sun|mirror|dispatch|courier|bulletin|record|reporter|online|world|"
    r"network|broadcasting|television|radio|tv|jazeera|bbc|cnn|nhk|afp|reuters|yonhap|"
    r"ledger|sentinel|examiner|register|enquirer|beacon|leader|advocate|messenger|"
    r"recorder|voice|eagle|bugle|clarion|digest|wire|report|correspondent|magazine)"
    r"(?:\s+(?:online|news|world|international|agency|network))?$",
    re.I,
)

# --- shapes of paragraphs --------------------------------------------------------------------

_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")
_WORD = re.compile(r"[^\W_][\w'’.-]*")

_BUTTON_WORDS = {
    "share", "share this", "share this article", "share this story", "share article",
    "share full article", "share on facebook", "share on twitter", "share on x",
    "share via email", "share via", "facebook", "twitter", "x", "linkedin", "whatsapp",
    "telegram", "reddit", "email", "e-mail", "mail", "print", "print this", "print article",
    "copy link", "copy url", "link copied", "copied", "copy", "tweet", "pin", "pinterest",
    "kakaotalk", "kakao", "kakao story", "naver", "band", "line", "weibo", "wechat", "more",
    "save", "bookmark", "comment", "comments", "font size", "text size", "a+", "a-", "aa",
    "listen", "gift article", "gift this article", "flipboard", "messenger", "sms",
    "copy article link", "article link copied", "url copied",
}  # fmt: skip
_BUTTON_SPLIT = re.compile(r"\s*(?:[|•·/,;]|\s{2,})\s*")
_BULLETS = "•·●▪‣◦-–—*>»|"

_GENERIC = [
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|"
                                 r"(?:story|article) continues (?:below|after)(?: advertisement)?)"
                                 r"(?:\s*[·|•-]?\s*scroll to continue(?: with content)?)?$|"
                                 r"^scroll to continue(?: with content)?$", re.I)),
    ("related-links", re.compile(
        r"^(?:read more|read also|also read|see also|related(?: articles?| stories| content|"
        r" news| coverage| links| topics)?|more on this(?: story)?|more from [\w' ]+|"
        r"recommended(?: stories| articles| for you)?|most (?:read|popular|viewed)|"
        r"trending(?: now)?|you may also like|you might also like|what to read next|"
        r"latest(?: news| stories)?|top stories|editor'?s picks|more stories|"
        r"more in [\w' ]+|don'?t miss|explore more(?: on these topics)?)(?:\s*[:»>|-]\s*.*)?$",
        re.I)),
    ("subscribe", re.compile(
        r"^(?:subscribe|sign up|sign in|log in|login|register|get (?:our|the) newsletter|"
        r"join our newsletter|newsletter)\b", re.I)),
    ("copyright", re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.I)),
    ("boilerplate", re.compile(
        r"^(?:click here\b|follow us\b|follow [@\w]+ on\b|download (?:our|the) app|"
        r"get the app\b|skip to (?:main )?content|back to top|loading\W*$|"
        r"listen to (?:this|the) (?:article|story)|\d+\s*min(?:ute)?s?\s+read$|"
        r"(?:text|font) size\b|we use cookies|this (?:site|website) uses cookies|"
        r"accept (?:all )?cookies|cookie (?:policy|settings|preferences)|"
        r"(?:privacy policy|terms of (?:use|service))(?:\s*[|•·]\s*.*)?$|"
        r"report (?:an error|a correction|typo)|send us your feedback|"
        r"our standards:|tip us\b|contact us\b|\d+\s+comments?$)", re.I)),
    ("credits", re.compile(r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|"
                           r"translated|produced)\s+by\b|\bcontributed (?:to )?(?:this|the) "
                           r"(?:report|story|article)\b", re.I)),
    ("tags", re.compile(r"^(?:tags|topics|filed under|categories|keywords)\s*[:：]", re.I)),
    ("photo-caption", re.compile(
        r"^(?:file\s+)?(?:photo|image|picture|photograph|video|graphic)"
        r"(?:\s+(?:credit|source|caption))?\s*[:：|]|"
        r"^(?:image|photo|picture) (?:source|credit|caption)\s*,", re.I)),
    ("contact", re.compile(r"^\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$|^\(END\)$", re.I)),
]  # fmt: skip
_SHORT_ONLY = {"related-links", "subscribe", "boilerplate", "tags", "credits"}

# A photo credit at the end of a paragraph that can only belong to a picture.
_STRONG_CREDIT = re.compile(
    r"(?:\((?:[^()]*\bphotos?\b[^()]*|[A-Z][\w.]*(?:\s*[-/]\s*[A-Z][\w.]*)+|"
    r"[^()]*\b(?:getty|images|shutterstock|pool|epa|file)\b[^()]*)\)"
    r"|\[[^\[\]]*\b(?:photos?|getty|images|shutterstock|pool|epa|afp|reuters|ap|yonhap|"
    r"file|newsis|news1|xinhua)\b[^\[\]]*\]"
    r"|\b(?:photo|image|picture)\s*(?:credit)?\s*[:/]\s*[^.]{2,60})\s*$",
    re.I,
)
# A bare agency credit, which may end a caption or a story: a caption only if it shows a picture.
_WEAK_CREDIT = re.compile(rf"[(\[](?:{_AGENCY})[)\]]\s*$", re.I)
_PICTURE_CUE = re.compile(
    r"\((?:left|right|center|centre|front|back|top|bottom|[LRC]|(?:second|third) from \w+)\)"
    r"|\b(?:pictured|poses?|posing|look(?:s)? on|gestures?|waves?|shakes? hands|shaking hands|"
    r"(?:is|are) seen|seen here|in this (?:file )?(?:photo|picture|image)|stands?|sits?|"
    r"holds?|salutes?|walks?|arrives?|attends?|speaks? (?:during|at|to)|pose for|pays? "
    r"(?:tribute|respects)|place their|places? (?:his|her|a)|talks? (?:with|to) reporters)\b",
    re.I,
)

_TRAILING_TAG = re.compile(
    rf"\s*(?:[(\[](?:{_AGENCY})(?:\s*[-/]\s*[\w.]+)?[)\]]|(?:--|—|–|/)\s*(?:{_AGENCY}))\s*$"
)

_CLOSING_CREDIT = re.compile(r"\s*(?:[(\[][^()\[\]]{1,40}[)\]]|(?:--|—|–)\s*[\w .-]{1,30})\s*$")

_PUBLISHED = re.compile(
    r"\b(first\s+published|published|posted|last\s+updated|updated|modified|released|"
    r"issued|date)(?:\s+on)?\s*[:：]?\s*",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|just now)\b", re.I)
_BYLINE = re.compile(r"^by\s*[:：]?\s+(?P<who>[^\W\d_].*)$", re.I)

_DATELINE_CAPS = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[^()]{1,40})\))?"
    r"\s*(?:--|—|–|-)\s+"
)
_DATELINE_TITLE = re.compile(
    r"^(?P<place>[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2})"
    r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"
    r",?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*\((?P<agency>[^()]{1,40})\)"
    r"\s*(?:--|—|–|-)\s+"
)
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS WATCH LIVE OPINION EDITORIAL PHOTOS VIDEO "
    "NOTE CORRECTION FACTBOX".split()
)


@dataclass(slots=True)
class Cleaned:
    """What cleaning found in one page: the body and its metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    byline: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    url: str | None = None
    dropped: list[Dropped] = field(default_factory=list)


# --- whitespace and paragraphs -----------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalise_line(line: str) -> str:
    """Collapse every run of whitespace (NBSP and other Unicode spaces too) to one space."""
    return " ".join(line.translate(_INVISIBLE).split())


def split_paragraphs(raw: str) -> list[str]:
    """Paragraphs of a saved page: blank-line separated blocks, hard-wrapped lines re-joined.

    In a text wrapped at a fixed width (no line longer than about 100 characters, most
    lines nearly as long as the longest) the lines of a block are joined, and a short
    line ends a paragraph; otherwise each line is a paragraph of its own.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    raw = raw.replace("\u2029", "\n\n").replace("\f", "\n\n")
    blocks = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [x for x in (normalise_line(x) for x in block.split("\n")) if x]
        if lines:
            blocks.append(lines)
    width = _wrap_width(blocks)
    paragraphs: list[str] = []
    for lines in blocks:
        paragraphs.extend(_join_wrapped(lines, width) if width else _join_continuations(lines))
    return paragraphs


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text is hard-wrapped at, or None if its lines are not wrapped."""
    lengths = [len(x) for b in blocks for x in b]
    width = max(lengths, default=0)
    if not 40 <= width <= 100:
        return None
    inner = [len(x) for b in blocks for x in b[:-1]]  # lines followed by one in the same block
    full = sum(1 for n in inner if n >= 0.6 * width)
    return width if full >= 2 and full >= 0.7 * len(inner) else None


def _join_wrapped(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and len(lines[i - 1]) >= 0.6 * width:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _join_continuations(lines: list[str]) -> list[str]:
    """Join a line to the one before when that one stops mid-sentence and this starts lowercase."""
    out: list[str] = []
    for line in lines:
        if out and line[0].islower() and not _END_PUNCT.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# --- what a paragraph is ---------------------------------------------------------------------


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_non_english(text: str) -> bool:
    """Mostly letters outside the Latin script (a Korean or Arabic line in an English page)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250" or "LATIN" in unicodedata.name(c, ""))
    return latin < 0.5 * len(letters)


def is_prose(text: str) -> bool:
    """A paragraph of running text: a sentence or more, ending as sentences end."""
    words = word_count(text)
    if words >= 30:
        return True
    return words >= 8 and ends_like_sentence(text)


def is_short_report(text: str) -> bool:
    """A plain sentence too short to count as running text ("Rebels freed six soldiers."),
    which is the story when a page holds nothing longer (never a masthead's name)."""
    return word_count(text) >= 4 and ends_like_sentence(text) and not masthead_name(text)


def ends_like_sentence(text: str) -> bool:
    """Ends with sentence punctuation, perhaps followed by a credit such as "(Yonhap)"."""
    return bool(_END_PUNCT.search(_CLOSING_CREDIT.sub("", text)))


def is_title_like(text: str) -> bool:
    """Short, starting like a headline, not ending like a sentence (questions allowed)."""
    words = word_count(text)
    if not 2 <= words <= 30 or len(text) > 250 or is_non_english(text):
        return False
    first = text.lstrip("\"'“‘")[:1]
    return (first.isupper() or first.isdigit()) and not re.search(r"[.,;:]$", text)


def doubled(text: str) -> str | None:
    """The half of a paragraph that is one text printed twice in a row, if it is."""
    n = len(text)
    if n < 40:
        return None
    for k in range(n // 2 - 2, n // 2 + 3):
        head, tail = text[:k].strip(), text[k:].strip()
        if head and head == tail:
            return head
    return None


def is_share_buttons(text: str) -> bool:
    """A row of share/print/copy-link buttons, or what clicking one of them printed."""
    parts = [p.strip(_BULLETS + " ").lower() for p in _BUTTON_SPLIT.split(text)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in _BUTTON_WORDS for p in parts)


def is_photo_caption(text: str, *, last: bool = False) -> bool:
    """A caption: ends in a photo credit, or in an agency credit while describing a picture.

    A story (not a caption) may end in a bare "(Yonhap)" tag, so the ``last`` paragraph
    is a caption only by a credit that names a photo.
    """
    if word_count(text) > 80:
        return False
    if _STRONG_CREDIT.search(text):
        return True
    return not last and bool(_WEAK_CREDIT.search(text)) and bool(_PICTURE_CUE.search(text))


def boilerplate_reason(text: str, *, last: bool = False) -> str | None:
    """Why a paragraph is page furniture rather than article text, or None if it is text."""
    if not any(c.isalnum() for c in text):
        return "empty"
    if is_non_english(text):
        return "non-english"
    if is_share_buttons(text):
        return "share-button"
    if doubled(text):
        return "duplicate-caption"
    short = word_count(text) <= 25
    for reason, pattern in _GENERIC:
        if pattern.search(text) and (short or reason not in _SHORT_ONLY):
            if reason == "copyright" and not short:
                continue
            return reason
    if is_photo_caption(text, last=last):
        return "photo-caption"
    return None


# --- header lines: published, byline, masthead --------------------------------------------------


def published_date(text: str) -> tuple[str | None, bool] | None:
    """Read a "Published : Oct. 5, 2023 - 09:21" line: (date, is_first_publication).

    Returns None when the paragraph is not such a line. When a line gives both the
    published and the updated time, the published one wins.
    """
    if len(text) > 160 or not _PUBLISHED.match(text):
        return None
    marks = list(_PUBLISHED.finditer(text))
    dates: list[tuple[bool, str]] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        segment = text[m.end() : end].strip(" |•·-–—,")
        found = parse_date(segment) if word_count(segment) <= 8 else None
        if found:
            dates.append(("updat" not in m.group(1).lower() and "modif" not in m.group(1), found))
    if not dates:
        relative = _RELATIVE.search(text[marks[0].end() :]) and word_count(text) <= 8
        return (None, False) if relative else None
    dates.sort(key=lambda d: not d[0])
    return dates[0][1], dates[0][0]


def parse_byline(text: str) -> tuple[str, str | None] | None:
    """Read a "By Jane Doe | March 3, 2024" line: (who, date-or-None); None if not a byline."""
    m = _BYLINE.match(text)
    if not m or word_count(text) > 16:
        return None
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s+[-–—]\s+", m.group("who")) if p.strip()]
    who = [p for p in parts if not find_date(p) and not _PUBLISHED.match(p)]
    when = next((find_date(p) for p in parts if find_date(p)), None)
    if not who:
        return None
    return who[0].rstrip(",;"), when


def agency_name(text: str) -> str | None:
    """The news agency a short line names ("Yonhap", "Reuters"), as written."""
    text = text.strip(" ()[]-—–/")
    return text if _AGENCY_RE.match(text) else None


def masthead_name(text: str) -> str | None:
    """The publisher a masthead line names ("The Korea Herald"), or None if not recognisable."""
    if agency_name(text):
        return text
    if not 2 <= word_count(text) <= 6:  # a lone "World" or "News" is a section, not a name
        return None
    return text if _MASTHEAD_RE.match(text) else None


# --- the body --------------------------------------------------------------------------------


def dateline_end(body: str) -> int:
    """Offset where the opening dateline ("SEOUL, May 30 (Reuters) -") ends; 0 if none."""
    m = _DATELINE_CAPS.match(body) or _DATELINE_TITLE.match(body)
    return m.end() if m and find_dateline(body) else 0


def find_dateline(body: str) -> tuple[str, str | None] | None:
    """The dateline opening a story: ("SEOUL", "Reuters") from "SEOUL, May 30 (Reuters) -"."""
    m = _DATELINE_CAPS.match(body) or _DATELINE_TITLE.match(body)
    if not m:
        return None
    place = m.group("place").strip()
    if place in _NOT_PLACES or len(place.strip(".")) < 2:
        return None
    return place, (m.group("agency") or "").strip() or None


def strip_agency_tag(paragraph: str, *, byline: str | None = None) -> tuple[str, str | None]:
    """Take a closing "(Yonhap)" / "-- AFP" tag off the end of a story's last paragraph.

    A tag naming the story's own ``byline`` ("By Pacific Wire" ... "(Pacific Wire)") counts too.
    """
    m = _TRAILING_TAG.search(paragraph)
    if not m and byline and word_count(byline) <= 4:
        m = re.search(rf"\s*[(\[]{re.escape(byline)}[)\]]\s*$", paragraph, re.I)
    if not m or m.start() == 0:
        return paragraph, None
    return paragraph[: m.start()].rstrip(), m.group(0).strip()


class _Cleaner:
    """One pass over a page's paragraphs; collects the body, metadata and what was dropped."""

    def __init__(self, paragraphs: list[str], *, title: str | None = None) -> None:
        self.paragraphs = paragraphs
        self.known_title = title
        self.out = Cleaned(text="", title=title)
        self.reasons: list[str | None] = [None] * len(paragraphs)
        self.published: tuple[str, bool] | None = None

    def drop(self, i: int, reason: str) -> None:
        self.reasons[i] = reason

    def run(self) -> Cleaned:
        for i, p in enumerate(self.paragraphs):
            self.reasons[i] = boilerplate_reason(p, last=True) or self._meta_line(p)
        self._captions_with_agency_credit()
        start = self._body_start()
        self._header(start)
        self._body(start)
        self._finish()
        return self.out

    def _captions_with_agency_credit(self) -> None:
        # A bare "(Yonhap)" ends the story itself, so it marks a caption only when more
        # running text follows it.
        text_after = False
        for i in reversed(range(len(self.paragraphs))):
            p = self.paragraphs[i]
            if self.reasons[i] is not None:
                continue
            if text_after and is_photo_caption(p, last=False):
                self.drop(i, "photo-caption")
            text_after = text_after or is_prose(p)

    def _meta_line(self, p: str) -> str | None:
        pub = published_date(p)
        if pub is not None:
            if pub[0] and (self.published is None or pub[1] and not self.published[1]):
                self.published = (pub[0], pub[1])
            return "published-line"
        agency = agency_name(p)
        if agency:
            self.out.byline = self.out.byline or agency
            return "agency-tag" if p.strip()[0] in "([-—–/" else "byline"
        by = parse_byline(p)
        if by is not None:
            self.out.byline = self.out.byline or by[0]
            if by[1] and self.published is None:
                self.published = (by[1], False)
            return "byline"
        return None

    def _body_start(self) -> int:
        for i, p in enumerate(self.paragraphs):
            if self.reasons[i] is None and is_prose(p) and not self._is_title(p):
                return i
        # no paragraph long enough to be running text: a short report of one or two plain
        # sentences ("Rebels freed six soldiers.") starts at its first sentence, not a masthead
        for i, p in enumerate(self.paragraphs):
            if self.reasons[i] is None and is_short_report(p) and not self._is_title(p):
                return i
        return len(self.paragraphs)

    def _is_title(self, p: str) -> bool:
        return self.out.title is not None and _same(p, self.out.title)

    def _header(self, start: int) -> None:
        candidates = [i for i in range(start) if self.reasons[i] is None]
        for i in candidates:
            p = self.paragraphs[i]
            if self._is_title(p):
                self.drop(i, "title")
            elif DATE_ONLY.match(p):
                self.published = self.published or (find_date(p) or "", True)
                self.drop(i, "published-line")
        titles = [
            i for i in candidates if self.reasons[i] is None and is_title_like(self.paragraphs[i])
        ]
        chosen = None if self.known_title else _choose_title(self.paragraphs, titles, self.reasons)
        for i in candidates:
            if self.reasons[i] is not None:
                continue
            if i == chosen:
                self.out.title = self.paragraphs[i]
                self.drop(i, "title")
            elif (chosen is None or i < chosen) and masthead_name(self.paragraphs[i]):
                self.out.publisher = self.out.publisher or masthead_name(self.paragraphs[i])
                self.drop(i, "masthead")
            else:
                self.drop(i, "masthead" if i == 0 else "header")

    def _body(self, start: int) -> None:
        seen: set[str] = set()
        in_related = False
        for i in range(start, len(self.paragraphs)):
            p = self.paragraphs[i]
            if self.reasons[i] == "related-links":
                in_related = True
            elif self.reasons[i] is None:
                key = " ".join(p.lower().split())
                if key in seen:
                    self.drop(i, "duplicate")
                elif in_related and not is_prose(p):
                    self.drop(i, "related-links")
                elif self._is_title(p):
                    self.drop(i, "title")
                else:
                    in_related = False
                    seen.add(key)
        kept = [i for i in range(start, len(self.paragraphs)) if self.reasons[i] is None]
        prose = [i for i in kept if is_prose(self.paragraphs[i])] or [
            i for i in kept if is_short_report(self.paragraphs[i])
        ]
        for i in kept:
            if not prose or (i > prose[-1] and not ends_like_sentence(self.paragraphs[i])):
                self.drop(i, "footer")

    def _finish(self) -> None:
        body = [p for p, r in zip(self.paragraphs, self.reasons, strict=True) if r is None]
        self.out.dropped = [
            Dropped(p, r)
            for p, r in zip(self.paragraphs, self.reasons, strict=True)
            if r and r != "empty"
        ]
        if body:
            body[-1], tag = strip_agency_tag(body[-1], byline=self.out.byline)
            if tag:
                self.out.dropped.append(Dropped(tag, "agency-tag"))
                self.out.byline = self.out.byline or tag.strip(" ()[]-—–/")
            dateline = find_dateline(body[0])
            if dateline:
                self.out.dateline = dateline[0]
                self.out.byline = self.out.byline or dateline[1]
        self.out.text = "\n\n".join(body)
        if self.published and self.published[0]:
            self.out.date = self.published[0]


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _choose_title(
    paragraphs: list[str], candidates: list[int], reasons: list[str | None]
) -> int | None:
    """The headline among the header's short lines.

    The longest line that is not a masthead wins; a line right before the byline or the
    date line counts a few words more, as headlines usually stand there.
    """

    def score(i: int) -> tuple[int, int]:
        words = word_count(paragraphs[i])
        after = next((r for r in reasons[i + 1 :] if r not in (None, "empty")), None)
        bonus = 3 if after in ("byline", "published-line") else 0
        if words < 4 or masthead_name(paragraphs[i]):
            bonus -= 100
        return words + bonus, -i

    return max(candidates, key=score) if candidates else None


def clean_paragraphs(paragraphs: list[str], *, title: str | None = None) -> Cleaned:
    """Clean already-split paragraphs; a known ``title`` is dropped wherever it repeats."""
    return _Cleaner(paragraphs, title=title).run()


def clean_text(raw: str) -> Cleaned:
    """Clean one saved page of plain text: body paragraphs joined by a blank line, plus metadata."""
    return clean_paragraphs(split_paragraphs(raw))
