"""Publication dates as news pages print them, normalised to ``YYYY-MM-DD``.

Common shapes are matched by hand-written patterns (fast and predictable); anything else
goes to dateparser, always with ``languages=["en"]`` because it is slow without.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
TIME = (
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}))?"
)

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_MDY = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})(?!\d)", re.I)
_DMY = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\.?\s*,?\s+(\d{{4}})(?!\d)", re.I
)

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

#: A line that is nothing but a date (with weekday, time and zone around it).
DATE_ONLY = re.compile(
    rf"^(?:{WEEKDAY}\s*,?\s*)?"
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?\s*,?\s+\d{{4}})"
    rf"(?:\s*(?:[-|,•·/]|at)?\s*{TIME})?\s*$",
    re.I,
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full date (day, month and year) written in ``text``, as ``YYYY-MM-DD``."""
    found: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((m.start(), iso))
            break
    for m in _MDY.finditer(text):
        iso = _valid(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
        if iso:
            found.append((m.start(), iso))
            break
    for m in _DMY.finditer(text):
        iso = _valid(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
        if iso:
            found.append((m.start(), iso))
            break
    return min(found)[1] if found else None


def parse_date(text: str) -> str | None:
    """Normalise a date string ("Oct. 5, 2023 - 09:21", "2024-03-03T10:00Z", ...) to ``YYYY-MM-DD``.

    Returns None when no full date can be read (a year or month alone is not enough).
    """
    text = text.strip()
    if not text:
        return None
    found = find_date(text)
    # dateparser also reads "yesterday" or "3 hours ago", which depend on today: only
    # hand it strings that carry a year of their own.
    if found or len(text) > 80 or not _YEAR.search(text):
        return found
    import dateparser  # slow to import; only needed for unusual shapes

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None
