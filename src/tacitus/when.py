"""When did an event happen: temporal expressions, resolved against the publication date.

``normalize_date`` turns "on Wednesday", "December last year" or "fiscal 2025" into a
:class:`When` with the precision the words carry (a month stays a month). ``find_temporal``
picks the expression attached to an event's clause, and the ``tacitus.dates.v1`` stage puts
the two together for every event.

Events in a measured "after" clause ("Iran launched drones on Tuesday, days after Israel
struck its consulate", "Hours after ..., troops raided ...") happened *before* the main clause
and never take its date (nor lend it theirs). Unless the clause names a date of its own, they
are counted back from the main clause's day D (from publication when it has none):
"hours/minutes/moments/shortly after" → D itself (it may be the evening before; the reason
says so); "a day/two days after" → D−n; bare "days after" → the ISO week of D−3 (read as two
to five days; the week starts no later than D); "a week/three weeks after" → the ISO week of
D−7n; "two months/years after" → that month/year; bare "weeks/months/years after" → precision
``unknown``, with the least distance in the reason. Such an event is ``historical`` when even
its latest possible day lies more than HISTORICAL_DAYS before publication. A bare "after"
("after the talks collapsed") names no distance and keeps the old reading. The named-entity
tagger's "Tuesday, days" is cut back to "Tuesday", so the main clause keeps its own date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from .nlp import text_of
from .pipeline import stages
from .records import Analysis, Event, When

__all__ = [
    "normalize_date",
    "find_temporal",
    "temporal_candidates",
    "predicate_tense",
    "attachment_rank",
    "parse_published",
    "parse_moment",
    "local_day",
    "is_anchored",
    "DateResolver",
    "ResolveDates",
]

MONTHS = {
    name: i
    for i in range(1, 13)
    for name in {calendar.month_name[i].lower(), calendar.month_abbr[i].lower()}
} | {"sept": 9}
WEEKDAYS = {
    name: i
    for i in range(7)
    for name in {calendar.day_name[i].lower(), calendar.day_abbr[i].lower()}
} | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

#: How far before publication an event must lie to count as background.
HISTORICAL_DAYS = 30
#: A yearless date this many days after publication is read as scheduled, even in past tense.
FORWARD_DAYS = 45

_LEADING = re.compile(
    r"^(?:on|in|at|during|by|from|of|the|as of|as early as|as recently as|until|till|"
    r"earlier|later|early(?= on)|late(?= on)|"
    r"through|throughout|since|for|around|about|sometime|some time)\s+"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight|midday|noon)$")
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM_RE = "|".join([r"\d+", *NUMBERS])
_EDGE = r"(?P<edge>early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)"  # noqa: E501
_REL_YEAR = r"(?P<ryear>last year|this year|next year|the previous year|the following year|\d{4})"

_FISCAL = re.compile(
    r"(?:the )?(?:fiscal|financial|fy)(?: year)?(?: of)?\s*'?(?P<year>\d{4}|\d{2})"
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?")
_YEAR = re.compile(rf"(?:{_EDGE}[ -]?)?(?:the year )?(?P<year>1[5-9]\d\d|20\d\d|21\d\d)")
_AGO = re.compile(
    rf"(?P<n>{_NUM_RE}) (?P<unit>day|week|month|year)s? "
    r"(?P<dir>ago|earlier|before|previously|prior|later|after|from now|hence)"
)
_IN_N = re.compile(rf"in (?P<n>{_NUM_RE}) (?P<unit>day|week|month|year)s?(?: time)?")
_REL = re.compile(
    r"(?P<rel>last|past|previous|this|next|coming|earlier this|later this|the previous|"
    r"the following|the past|this past|the coming) (?P<unit>week|weekend|month|year)"
)
_MONTH_DAY = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY_RE}) )?(?:(?P<m1>{_MONTH_RE}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTH_RE}))"
    r"(?: (?P<year>\d{4})| (?P<ryear>last year|this year|next year|the previous year"
    r"|the following year))?"
)
_MONTH = re.compile(
    rf"(?:{_EDGE}[ -]?)?(?:(?P<rel>last|this|next|past|this past|this coming|coming) )?"
    rf"(?P<month>{_MONTH_RE})(?: of)?(?: {_REL_YEAR})?"
)
_WEEKDAY = re.compile(
    rf"(?:(?P<rel>last|this|next|past|this past|this coming|coming) )?(?P<wd>{_WEEKDAY_RE})"
)

#: "late last year", "early next year", "the end of last year".
_EDGE_REL_YEAR = re.compile(
    rf"{_EDGE}[ -]?(?P<ryear>last year|this year|next year|the previous year|the following year)"
)
#: Ranges: the start names the event's date ("from March 3 to 5", "between 2019 and 2021").
_RANGE = re.compile(
    r"(?:from |between )?(?P<a>.+?)\s*(?: to | until | till | through | and |-|–|—)\s*(?P<b>.+)"
)
_DAY_RANGE = re.compile(
    rf"(?:(?P<m>{_MONTH_RE}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)? "
    rf"(?:of )?(?P<m2>{_MONTH_RE}))(?: (?P<y>\d{{4}}))?"
)
_YEAR_RANGE = re.compile(r"(\d{4}) ?(?:-|–|/|to) ?(\d{2}|\d{4})")
#: Words naming the clock a weekday is read on ("Wednesday (local time)", "Seoul time").
_ZONE_WORDS = {
    "us": "America/New_York", "u s": "America/New_York", "washington": "America/New_York",
    "eastern": "America/New_York", "new york": "America/New_York", "american": "America/New_York",
    "seoul": "Asia/Seoul", "korean": "Asia/Seoul", "korea": "Asia/Seoul",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "beijing": "Asia/Shanghai",
    "london": "Europe/London", "gmt": "UTC", "utc": "UTC", "moscow": "Europe/Moscow",
    "kyiv": "Europe/Kyiv", "jerusalem": "Asia/Jerusalem", "israel": "Asia/Jerusalem",
    "paris": "Europe/Paris", "brussels": "Europe/Brussels", "berlin": "Europe/Berlin",
    "taipei": "Asia/Taipei", "manila": "Asia/Manila", "new delhi": "Asia/Kolkata",
    "local": "",
}  # fmt: skip
_ZONE_NOTE = re.compile(
    rf"\s*\(?\b(?P<zone>{'|'.join(sorted(_ZONE_WORDS, key=len, reverse=True))}) time\)?$"
)
#: Expressions counted from a date the story has just given, not from publication.
_ANCHORED = re.compile(
    rf"(?:(?:the )?(?:previous|prior|next|following|same) day"
    rf"|the (?:previous|prior|next|following|same) (?:week|month|year)"
    rf"|(?:the )?day (?:before|after)|that (?:day|week|month|year)"
    rf"|(?:{_NUM_RE}) (?:day|week|month|year)s? (?:later|earlier|before|after)"
    rf"|later that (?:day|week|month|year)|(?:a|one) (?:day|week) (?:later|earlier|before|after))"
    rf"(?: (?:morning|afternoon|evening|night))?"
)

_SAME_DAY = {"today", "tonight", "this morning", "this afternoon", "this evening",
             "earlier today", "later today", "now", "this week's"}  # fmt: skip
_DAY_OFFSETS = {
    "yesterday": -1, "last night": -1, "tomorrow": 1, "day before yesterday": -2,
    "day after tomorrow": 2,
}  # fmt: skip
_RELATIVE_DAY = {
    "previous day": -1, "day before": -1, "a day earlier": -1, "a day before": -1,
    "prior day": -1, "next day": 1, "following day": 1, "a day later": 1,
}  # fmt: skip


@dataclass(slots=True)
class _Found:
    value: date
    precision: str
    reason: str


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _format(found: _Found) -> str:
    d = found.value
    if found.precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if found.precision == "year":
        return f"{d.year:04d}"
    if found.precision == "week":
        return _monday(d).isoformat()
    return d.isoformat()


def _clean(expr: str) -> tuple[str, bool]:
    """Lower-case, strip punctuation and leading prepositions; say whether 'since' led."""
    s = expr.lower().replace("’", "'").replace(",", " ").replace(".", " ")
    s = re.sub(r"'s\b", "", s)
    s = " ".join(s.split())
    # "earlier in the week" is this week; "early Wednesday" is Wednesday
    s = re.sub(r"^(?:earlier|later) in the (week|month|year)$", r"this \1", s)
    s = re.sub(rf"^(?:early|late) (?=(?:on )?(?:{_WEEKDAY_RE})\b)", "", s)
    since = False
    while True:
        m = _LEADING.match(s)
        if not m:
            break
        since = since or m.group(0).strip() == "since"
        s = s[m.end() :]
    return s, since


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(m: re.Match[str], pub: date, future: bool) -> _Found:
    wd = WEEKDAYS[m.group("wd")]
    name = calendar.day_name[wd]
    rel = (m.group("rel") or "").replace("this past", "last").replace("past", "last")
    rel = rel.replace("this coming", "next").replace("coming", "next")
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == "last":
        d, how = pub - timedelta(days=back or 7), f"latest {name} before"
    elif rel == "next":
        d, how = pub + timedelta(days=ahead or 7), f"first {name} after"
    elif future:
        d, how = pub + timedelta(days=ahead), f"first {name} on or after"
    else:
        d, how = pub - timedelta(days=back), f"latest {name} on or before"
    tense = " (future tense)" if future and not rel else ""
    return _Found(d, "day", f"weekday '{m.group(0)}'{tense} → {how} publication {pub}")


def _named_year(token: str | None, pub: date) -> int | None:
    if token is None:
        return None
    if token.isdigit():
        return int(token)
    return (
        pub.year
        + {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}[
            token.rsplit(" ", 1)[0]
        ]
    )


def _month(m: re.Match[str], pub: date, future: bool) -> _Found:
    month = MONTHS[m.group("month")]
    name = calendar.month_name[month]
    rel = (m.group("rel") or "").replace("this past", "last").replace("past", "last")
    rel = rel.replace("this coming", "next").replace("coming", "next")
    year = _named_year(m.group("ryear"), pub)
    if year is not None:
        how = f"{name} of {year}"
    elif rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
        how = f"latest {name} before publication"
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
        how = f"first {name} after publication"
    elif rel == "this":
        year, how = pub.year, f"{name} of the publication year"
    elif future:
        year = pub.year if month >= pub.month else pub.year + 1
        how = f"first {name} on or after publication (future tense)"
    else:
        year = pub.year if month <= pub.month else pub.year - 1
        how = f"latest {name} not after publication"
    edge = f" ({m.group('edge')})" if m.group("edge") else ""
    return _Found(date(year, month, 1), "month", f"month '{m.group(0)}'{edge} → {how}")


def _month_day(m: re.Match[str], pub: date, future: bool) -> _Found | None:
    month = MONTHS[m.group("m1") or m.group("m2")]
    day = int(m.group("d1") or m.group("d2"))
    if m.group("year"):
        d = _safe_date(int(m.group("year")), month, day)
        return _Found(d, "day", f"explicit date '{m.group(0)}'") if d else None
    if m.group("ryear"):  # "Oct. 8 last year"
        d = _safe_date(_named_year(m.group("ryear"), pub), month, day)
        return _Found(d, "day", f"date '{m.group(0)}' → {d} (publication {pub})") if d else None
    # No year: the nearest such date on the side of publication the tense points to; in a
    # past-tense clause a date up to FORWARD_DAYS ahead is a scheduled one ("before the
    # runoff on July 7"), since a past event is rarely dated almost a year back without a year.
    if not future:
        ahead = _safe_date(pub.year, month, day)
        if ahead is not None and 0 < (ahead - pub).days <= FORWARD_DAYS:
            return _Found(
                ahead,
                "day",
                f"date '{m.group(0)}' without a year → {ahead}, within {FORWARD_DAYS} days "
                f"after publication {pub} (a scheduled date)",
            )
    step = 1 if future else -1
    for k in range(0, 9):
        d = _safe_date(pub.year + step * k, month, day)
        if d and (d >= pub if future else d <= pub):
            side = "on or after" if future else "on or before"
            return _Found(d, "day", f"date '{m.group(0)}' without a year → nearest {side} {pub}")
    return None


def _relative_unit(m: re.Match[str], pub: date) -> _Found:
    rel, unit = m.group("rel"), m.group("unit")
    shift = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1,
             "this past": -1, "next": 1, "coming": 1, "the following": 1,
             "the coming": 1}.get(rel, 0)  # fmt: skip
    if unit in ("week", "weekend"):
        d = _monday(pub) + timedelta(weeks=shift)
        if unit == "weekend" and rel in ("last", "the past", "this past") and pub.weekday() >= 5:
            d = _monday(pub)  # on a Sunday, "last weekend" is mostly this one
        return _Found(d, "week", f"'{m.group(0)}' → ISO week starting {d} (publication {pub})")
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, shift)
        return _Found(
            date(y, mo, 1), "month", f"'{m.group(0)}' → {y:04d}-{mo:02d} (publication {pub})"
        )
    return _Found(date(pub.year + shift, 1, 1), "year", f"'{m.group(0)}' → {pub.year + shift}")


def _count_back(m: re.Match[str], pub: date, sign: int) -> _Found:
    n, unit = _number(m.group("n")), m.group("unit")
    if unit == "day":
        d, prec = pub + timedelta(days=sign * n), "day"
    elif unit == "week":
        d, prec = pub + timedelta(weeks=sign * n), "week"
    elif unit == "month":
        y, mo = _add_months(pub.year, pub.month, sign * n)
        d, prec = date(y, mo, 1), "month"
    else:
        d, prec = date(pub.year + sign * n, 1, 1), "year"
    return _Found(d, prec, f"'{m.group(0)}' counted from publication {pub}")


def _rules(s: str, pub: date, future: bool) -> _Found | None:
    """Our own rules, tried before dateparser; None when none applies."""
    s = _PART_OF_DAY.sub("", s) if s not in _DAY_OFFSETS else s
    if s in _SAME_DAY:
        return _Found(pub, "day", f"'{s}' → publication date")
    if s in _DAY_OFFSETS or s in _RELATIVE_DAY:
        n = _DAY_OFFSETS.get(s, _RELATIVE_DAY.get(s, 0))
        note = "" if s in _DAY_OFFSETS else " (taken from publication; no other anchor)"
        return _Found(pub + timedelta(days=n), "day", f"'{s}' → publication {pub} {n:+d} day{note}")
    if (m := _ISO.fullmatch(s)) and 1 <= int(m["m"]) <= 12:
        y, mo, d = int(m["y"]), int(m["m"]), m["d"]
        if d is None:
            return _Found(date(y, mo, 1), "month", f"ISO month '{s}'") if 1 <= mo <= 12 else None
        found = _safe_date(y, mo, int(d))
        return _Found(found, "day", f"ISO date '{s}'") if found else None
    if m := _FISCAL.fullmatch(s):
        y = int(m["year"])
        y = y if y > 100 else 2000 + y
        return _Found(
            date(y, 1, 1), "year", f"fiscal year '{s}' → {y} (fiscal, not calendar, year)"
        )
    if m := _YEAR.fullmatch(s):
        edge = f" ({m['edge']})" if m["edge"] else ""
        return _Found(date(int(m["year"]), 1, 1), "year", f"year '{s}'{edge}")
    if s in ("a year earlier", "a year ago", "a year before", "year before", "a year later"):
        shift = 1 if s.endswith("later") else -1
        return _Found(date(pub.year + shift, 1, 1), "year", f"'{s}' → publication year {shift:+d}")
    if m := _AGO.fullmatch(s):
        sign = 1 if m["dir"] in ("later", "after", "from now", "hence") else -1
        return _count_back(m, pub, sign)
    if m := _IN_N.fullmatch(s):
        return _count_back(m, pub, 1)
    if m := _EDGE_REL_YEAR.fullmatch(s):
        y = _named_year(m["ryear"], pub)
        return _Found(date(y, 1, 1), "year", f"'{s}' → {y} ({m['edge']})")
    if s in ("that day", "the same day", "same day", "later that day"):
        return _Found(pub, "day", f"'{s}' → the day just given ({pub})")
    if m := re.fullmatch(r"(?:later )?that (week|month|year)|the same (week|month|year)", s):
        unit = m[1] or m[2]
        found = {"week": (_monday(pub), "week"), "month": (pub.replace(day=1), "month"),
                 "year": (date(pub.year, 1, 1), "year")}[unit]  # fmt: skip
        return _Found(found[0], found[1], f"'{s}' → the {unit} of {pub}")
    if re.fullmatch(r"(?:end|beginning|start|middle) of (?:the|this) year", s):
        return _Found(date(pub.year, 1, 1), "year", f"'{s}' → publication year {pub.year}")
    if s in ("earlier this week", "later this week"):
        return _Found(_monday(pub), "week", f"'{s}' → ISO week starting {_monday(pub)}")
    if m := _REL.fullmatch(s):
        return _relative_unit(m, pub)
    if m := _MONTH_DAY.fullmatch(s):
        return _month_day(m, pub, future)
    if m := _MONTH.fullmatch(s):
        return _month(m, pub, future)
    if m := _WEEKDAY.fullmatch(s):
        return _weekday(m, pub, future)
    if m := _DAY_RANGE.fullmatch(s):
        first = f"{m['m']} {m['d1']}" if m["m"] else f"{m['d1b']} {m['m2']}"
        found = _rules(f"{first} {m['y']}" if m["y"] else first, pub, future)
        if found is not None:
            found.reason = f"range '{s}' → its first day; {found.reason}"
        return found
    if m := _YEAR_RANGE.fullmatch(s):
        return _Found(date(int(m[1]), 1, 1), "year", f"range of years '{s}' → its start {m[1]}")
    if s in ("weekend", "over the weekend", "at the weekend", "this weekend") and not future:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return _Found(_monday(sat), "week", f"'{s}' → the weekend of {sat} (latest on or before)")
    if m := _RANGE.fullmatch(s):
        return _range(m, pub, future)
    return None


def _range(m: re.Match[str], pub: date, future: bool) -> _Found | None:
    """A range is dated by its start; the end lends the start a missing month or year."""
    a, b = m["a"].strip(), m["b"].strip()
    if not a or not b or _RANGE.fullmatch(a):
        return None
    end = _rules(b, pub, future)
    if end is None:
        return None
    start = None
    if a.isdigit() and len(a) <= 2 and end.precision == "day":  # "March 3-5", "3 to 5 March"
        start_d = _safe_date(end.value.year, end.value.month, int(a))
        start = _Found(start_d, "day", "") if start_d else None
    elif a in MONTHS and end.precision in ("day", "month"):  # "May to June 2023"
        y = end.value.year - (1 if MONTHS[a] > end.value.month else 0)
        start = _Found(date(y, MONTHS[a], 1), "month", "")
    elif re.fullmatch(rf"(?:{_MONTH_RE}) \d{{1,2}}|\d{{1,2}} (?:{_MONTH_RE})", a):
        yb = end.value.year
        start = _rules(f"{a} {yb}", pub, future)
        if start is not None and start.value > end.value:
            start = _rules(f"{a} {yb - 1}", pub, future)
    else:
        start = _rules(a, pub, future)
    if start is None:
        return None
    return _Found(start.value, start.precision, f"range '{m.group(0)}' → its start '{a}'")


@lru_cache(maxsize=64)
def _parser(pub: date, future: bool):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(s: str, pub: date, future: bool) -> _Found | None:
    # Only hand over text that names a date; dateparser reads "now", "may", "12" or "1990s"
    # too eagerly.
    if not re.search(rf"\d|\b(?:{_MONTH_RE}|{_WEEKDAY_RE})\b", s):
        return None
    if re.fullmatch(r"\d{1,3}", s) or re.search(r"\d0s\b|'\d0s\b", s):
        return None
    if re.fullmatch(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", s):  # "the 4th": no month to read
        return None
    data = _parser(pub, future).get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "week", "month", "year") else "day"
    return _Found(data.date_obj.date(), period, f"dateparser read '{s}' as a {period}")


def is_anchored(expr: str) -> bool:
    """Whether an expression counts from a date the story gives ("the next day", "two days
    later", "that week") rather than from publication."""
    cleaned, _ = _clean(expr)
    return bool(_ANCHORED.fullmatch(_ZONE_NOTE.sub("", cleaned)))


def local_day(moment: datetime | None, zone: str | None) -> date | None:
    """The calendar day at ``zone`` of an aware ``moment``; None when either is missing."""
    if moment is None or moment.tzinfo is None or not zone:
        return None
    try:
        return moment.astimezone(ZoneInfo(zone)).date()
    except (KeyError, ValueError):  # an unknown zone name
        return None


def normalize_date(
    expr: str,
    *,
    published: date,
    tense: str = "past",
    reference: date | None = None,
    moment: datetime | None = None,
    zone: str | None = None,
    home_zone: str | None = None,
) -> When | None:
    """Resolve a temporal expression against the publication date.

    ``tense`` ("past" or "future") picks the direction for bare weekdays and months:
    "on Monday" is the latest Monday on or before publication in past tense, the next one
    on or after it in future tense. Returns None when the words name no date.

    ``reference`` is the day the story last named: "the next day" or "two days later" count
    from it (from publication when there is none). ``moment`` is the aware publication time,
    ``home_zone`` the writer's time zone (the dateline's) and ``zone`` the event place's:
    "today" and "yesterday" are the writer's days; a weekday is read on the event place's
    calendar too, and the later of the two readings is taken (the earlier in future tense),
    so a Washington story filed Wednesday evening about talks "on Thursday" in Seoul, where
    it is already Thursday, gets that Thursday. A zone written in the expression
    ("Wednesday (local time)", "Seoul time") is the event place's.
    """
    cleaned, since = _clean(expr)
    if not cleaned:
        return None
    if m := _ZONE_NOTE.search(cleaned):
        cleaned = cleaned[: m.start()].strip()
        zone = _ZONE_WORDS[m["zone"]] or zone
        if not cleaned:
            return None
    future = tense == "future"
    home = local_day(moment, home_zone) or published
    note = ""
    if home != published:
        note = f"; publication {moment.isoformat(timespec='minutes')} is {home} in {home_zone}"
    try:
        if reference is not None and _ANCHORED.fullmatch(cleaned):
            found = _rules(cleaned, reference, future)
            note = f"; counted from {reference}, the date the story last gave"
        else:
            found = _rules(cleaned, home, future) or _dateparser(cleaned, home, future)
            local = local_day(moment, zone)
            bare = _PART_OF_DAY.sub("", cleaned)
            if (
                found is not None
                and local is not None
                and local != home
                and _WEEKDAY.fullmatch(bare)
            ):
                there = _rules(cleaned, local, future)
                if there is not None and (
                    there.value < found.value if future else there.value > found.value
                ):
                    found = there
                    note = (
                        f"; publication {moment.isoformat(timespec='minutes')} is {local} "
                        f"in {zone}, where the event took place"
                    )
    except (ValueError, OverflowError, KeyError):  # dates out of range, odd numerals
        return None
    if found is None or found.value is None:
        return None
    reason = found.reason + note
    reason += "; 'since' marks the start of a continuing state" if since else ""
    return When(_format(found), found.precision, expr, reason)


# --- which expression belongs to an event ------------------------------------------------

_VERB_POS = frozenset({"VERB", "AUX"})
_FUTURE_HEADS = frozenset(
    {"plan", "expect", "schedule", "set", "due", "intend", "aim", "prepare", "go", "vow",
     "pledge", "promise", "agree", "decide", "threaten", "hope", "seek", "want"}
)  # fmt: skip
_TIME_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_WEEKDAY_NAMES = frozenset(d.lower() for d in calendar.day_name)
_TEMPORAL_PREPS = frozenset(
    {"on", "in", "since", "during", "until", "by", "before", "after", "from", "through", "at"}
)


def _is_predicate(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in _VERB_POS and tok.dep_ not in ("aux", "auxpass")


def _governor(tok, stop_i: int):  # type: ignore[no-untyped-def]
    """The nearest predicate above ``tok`` (or the token ``stop_i`` if met first); None at root."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.i == stop_i or _is_predicate(cur):
            return cur
    return None


def attachment_rank(doc, anchor_i: int, trigger_i: int) -> int | None:  # type: ignore[no-untyped-def]
    """How closely a modifier at ``anchor_i`` belongs to the event predicate at ``trigger_i``.

    0: in the predicate's own clause (or on a nominal trigger); k>0: attached to the k-th
    predicate above it (a head clause such as "said on Monday that ..."); 50: attached to no
    predicate at all; None: attached to another predicate, so it is not this event's.
    """
    gov = _governor(doc[anchor_i], trigger_i)
    if gov is None:
        return 50
    if gov.i == trigger_i:
        return 0
    depth, cur = 0, doc[trigger_i]
    while cur.head.i != cur.i:
        cur = cur.head
        if _is_predicate(cur):
            depth += 1
            if cur.i == gov.i:
                return depth
    return None


def _with_preposition(doc, start: int, end: int):  # type: ignore[no-untyped-def]
    """Extend a date span left over the preposition governing it ("since 2017")."""
    root = doc[start:end].root
    if start > 0 and root.dep_ == "pobj" and root.head.i == start - 1:
        if root.head.lower_ in _TEMPORAL_PREPS:
            return doc[start - 1 : end]
    return doc[start:end]


#: Words of a distance in time before "after"/"before" ("days", "a week", "just hours").
_MEASURE_UNITS = frozenset(
    {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
     "year", "years", "moment", "moments"}
)  # fmt: skip
_MEASURE_WORDS = set(NUMBERS) | {"few", "several", "just", "only", "some", "about", "barely",
                                  "mere", "couple", "of"}  # fmt: skip


def _trim_measure(span):  # type: ignore[no-untyped-def]
    """Cut "days" / "a week" off a date span when it measures a following "after"/"before"
    ("on Tuesday, days after ..." tags "Tuesday, days" as one date); None when nothing is left."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in ("after", "before"):
        return span
    if span[-1].lower_ not in _MEASURE_UNITS:
        return span
    end = span.end - 1  # the unit; then its count ("3 days", "a few days") and a comma
    if end > span.start and doc[end - 1].is_digit:
        end -= 1
    while end > span.start and doc[end - 1].lower_ in _MEASURE_WORDS:
        end -= 1
    while end > span.start and doc[end - 1].is_punct:
        end -= 1
    return doc[span.start : end] if end > span.start else None


#: doc.user_data keys: sentence (start, end) -> the bounds of its date spans, read once per
#: sentence (every event of a sentence asks again), and the bounds of the document's DATE and
#: TIME entities (``Span.ents`` builds all of ``doc.ents`` anew at each access). Bounds, as spans
#: kept on their doc would make a reference cycle.
DATE_SPANS, DATE_ENTS = "tacitus_date_spans", "tacitus_date_ents"


def _date_spans(sent):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = sent.doc
    cache = doc.user_data.setdefault(DATE_SPANS, {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = [(s.start, s.end) for s in _read_date_spans(sent)]
    return [Span(doc, start, end) for start, end in cache[key]]


def _read_date_spans(sent):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = sent.doc
    dates = doc.user_data.get(DATE_ENTS)
    if dates is None:
        dates = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        doc.user_data[DATE_ENTS] = dates
    spans = [Span(doc, s, e) for s, e in dates if sent.start <= s and e <= sent.end]
    spans = [t for t in (_trim_measure(e) for e in spans) if t is not None]
    covered = {t.i for e in spans for t in e}
    # The small model sometimes misses a lone weekday or "yesterday".
    for tok in sent:
        if tok.i not in covered and (
            tok.lower_ in _TIME_WORDS or (tok.text.istitle() and tok.lower_ in _WEEKDAY_NAMES)
        ):
            spans.append(doc[tok.i : tok.i + 1])
    return [_with_preposition(doc, s.start, s.end) for s in spans]


def temporal_candidates(doc, token_i: int) -> list:  # type: ignore[no-untyped-def]
    """Temporal spans that may date the predicate at ``token_i``, best first."""
    sent = doc[token_i].sent
    ranked = []
    for span in _date_spans(sent):
        if span.root.dep_ == "poss" and span.root.head.i != token_i:
            # "in response to fraud in last November's election": a possessive date dates
            # its own noun (but "Tuesday's attack" dates the attack it is coded from)
            continue
        rank = attachment_rank(doc, span.root.i, token_i)
        if rank is None:
            continue
        ranked.append((rank, abs(span.root.i - token_i), span.start, span))
    ranked.sort(key=lambda t: t[:3])
    return [t[3] for t in ranked]


_PROBE = date(2001, 6, 15)

#: Adverbs that put an "after" clause within hours of the main clause ("shortly after").
_SOON = frozenset({"shortly", "immediately", "moments", "minutes", "hours", "minute", "hour"})


@dataclass(slots=True)
class _AfterClause:
    main: int  # the predicate of the main clause the event happened before
    unit: str  # "hour", "day", "week", "month" or "year"
    count: int | None  # 2 for "two days after"; None for bare "days after"
    words: str  # "days after", "a week after"


def _after_clause(doc, i: int) -> _AfterClause | None:  # type: ignore[no-untyped-def]
    """The measured "after" clause that the event at token ``i`` is in ("..., days after
    Israel struck ...", "a week after the shelling of ...", "Hours after ..., X did"), else
    None. A bare "after" (no distance named) is not one: those stay with the main clause."""
    tok = doc[i]
    after = None
    if _is_predicate(tok) and tok.dep_ == "advcl":
        after = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    elif tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "after":
        after = tok.head
    if after is None:
        return None
    main = tok.head if after.head.i == tok.i else after.head
    if main.i == tok.i or not _is_predicate(main):
        return None
    measure = doc[after.i - 1] if after.i > 0 else None
    if measure is None or measure.head.i not in (tok.i, after.i, main.i):
        return None
    word = measure.lower_
    if word in _SOON:
        return _AfterClause(main.i, "hour", None, f"{word} after")
    if word not in _MEASURE_UNITS or measure.dep_ != "npadvmod":
        return None
    unit = word.rstrip("s")
    count = None
    for c in measure.children:
        if c.dep_ in ("nummod", "det") and (c.lower_ in NUMBERS or c.is_digit):
            count = _number(c.lower_)
    if unit == "moment":
        unit = "hour"
    words = doc[measure.left_edge.i : after.i + 1].text
    if count is None and word == unit:  # "day"/"week" without an article: not a distance
        return None
    return _AfterClause(main.i, unit, count, words)


def _before_main(clause: _AfterClause, main: When | None, published: date | None) -> When:
    """The date of an event in a measured "after" clause, counted back from the main clause's
    date (from publication when the main clause has none)."""
    if main is not None and main.precision == "day" and main.value:
        anchor, whose = date.fromisoformat(main.value), f"the main clause's date {main.value}"
    elif main is not None and main.value:
        return When(None, "unknown", clause.words,
                    f"'{clause.words}' → before the main event, which is dated only to the "
                    f"{main.precision} {main.value}")  # fmt: skip
    elif published is not None:
        anchor = published
        whose = f"publication {published} (the main clause has no day date of its own)"
    else:
        return When(None, "unknown", clause.words,
                    f"'{clause.words}' the main clause, which has no date; no publication date")  # fmt: skip
    head = f"'{clause.words}' → before the main event: counted back from {whose}"
    unit, n = clause.unit, clause.count
    if unit == "hour":
        return When(anchor.isoformat(), "day", clause.words,
                    f"{head}: the same day (may be the evening before)")  # fmt: skip
    if unit == "day" and n is not None:
        d = anchor - timedelta(days=n)
        return When(d.isoformat(), "day", clause.words, f"{head}: {n} day(s) before → {d}")
    if unit == "day":
        d = anchor - timedelta(days=3)
        return When(_monday(d).isoformat(), "week", clause.words,
                    f"{head}: 'days' read as 2–5 days before → the ISO week of {d}")  # fmt: skip
    if unit == "week" and n is not None:
        d = anchor - timedelta(weeks=n)
        return When(_monday(d).isoformat(), "week", clause.words,
                    f"{head}: {n} week(s) before → the ISO week of {d}")  # fmt: skip
    if unit == "month" and n is not None:
        y, mo = _add_months(anchor.year, anchor.month, -n)
        return When(f"{y:04d}-{mo:02d}", "month", clause.words, f"{head}: {n} month(s) before")
    if unit == "year" and n is not None:
        return When(f"{anchor.year - n:04d}", "year", clause.words, f"{head}: {n} year(s) before")
    # bare "weeks", "months", "years": only the side of the main date is known
    least = {"week": 14, "month": 60, "year": 365}[unit]
    return When(None, "unknown", clause.words,
                f"{head}: an unstated number of {unit}s, at least {least} days before {anchor}")  # fmt: skip


def find_temporal(doc, token_i: int):  # type: ignore[no-untyped-def]
    """The temporal expression attached to the clause of the predicate at ``token_i``, or None.

    Spans that name no resolvable date ("for years", "decades") are passed over.
    """
    for span in temporal_candidates(doc, token_i):
        if normalize_date(span.text, published=_PROBE) is not None:
            return span
    return None


def predicate_tense(doc, token_i: int, *, flagged_future: bool = False) -> str:  # type: ignore[no-untyped-def]
    """ "future" for "will meet", "plans to visit", "is to sign", "talks set for"; else "past"."""
    if flagged_future:
        return "future"
    tok = doc[token_i]
    if not _is_predicate(tok) and tok.head.i != tok.i:
        tok = tok.head if _is_predicate(tok.head) else tok
    for cur in (tok, tok.head):
        auxes = {c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "'ll", "shall", "wo", "would"}:
            return "future"
        if cur is tok and "to" in auxes and tok.dep_ == "xcomp":
            if tok.head.lemma_ in _FUTURE_HEADS or tok.head.lemma_ == "be":
                return "future"
        if cur.lemma_ in ("schedule", "set", "due") and cur.dep_ != "xcomp":
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in cur.children):
                return "future"
    return "past"


# --- the stage -----------------------------------------------------------------------------


def parse_published(value: str | None) -> date | None:
    """The publication day of an ``Article.date`` ("2023-10-05" or "2023-10-05T08:30")."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_moment(value: str | None, zone: str | None = None) -> datetime | None:
    """The publication instant of an ``Article.date`` that carries a time, time-zone aware.

    An offset in the value ("2023-10-05T08:30+09:00", "...Z") is used as given; a bare local
    time is read in ``zone`` (the dateline's); None without a time or without either.
    """
    if not value or len(value) <= 10:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        if not zone:
            return None
        try:
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        except (KeyError, ValueError):
            return None
    return moment


#: Nouns naming a meeting that an earlier sentence may have dated ("At the Pentagon meeting").
MEETING_NOUNS = frozenset(
    {"meeting", "talk", "talks", "summit", "session", "visit", "conference", "negotiation",
     "negotiations", "encounter", "call", "dialogue", "trip", "gathering"}
)  # fmt: skip
#: Event triggers that such a noun refers back to.
MEETING_TRIGGERS = MEETING_NOUNS | {"meet", "hold", "host", "visit", "talk", "call", "confer"}


class DateResolver:
    """Temporal expressions of one article, resolved in their context.

    The pipeline stage and the date scorer both go through :meth:`resolve`: the publication
    day (moved to the writer's and the event place's calendars when the article gives a time),
    the tense of the clause, and the last day the story named for "the next day".
    """

    def __init__(self, analysis: Analysis, *, gazetteer: Any = None) -> None:
        self.analysis = analysis
        self.doc = analysis.doc
        self.published = parse_published(analysis.article.date)
        self.home_zone: str | None = None
        self.moment: datetime | None = None
        self._gazetteer = gazetteer
        self._places: list | None = None
        self._timeline: list[tuple[int, When]] | None = None
        value = analysis.article.date
        if value and len(value) > 10:  # a time: time zones matter
            from .where import dateline_place, dateline_with_region

            gaz = self.gazetteer
            line = dateline_with_region(analysis.article)
            self.home_zone = gaz.timezone(dateline_place(line, gaz))
            self.moment = parse_moment(value, self.home_zone)

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from .places import Gazetteer

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def zone_at(self, i: int | None) -> str | None:
        """The time zone of the place in the clause of token ``i``, else the dateline's."""
        if self.moment is None or self.doc is None or i is None:
            return self.home_zone
        from .where import clause_place, find_places

        if self._places is None:
            self._places = find_places(self.doc, self.gazetteer)
        place = clause_place(self.doc, i, self._places)
        return self.gazetteer.timezone(place) or self.home_zone

    def tense_at(self, start: int, end: int) -> tuple[str, int | None]:
        """The tense of the clause a span at these character offsets belongs to, and its
        predicate's token index."""
        if self.doc is None:
            return "past", None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return "past", None
        gov = _governor(span.root, -1)
        if gov is None:
            return "past", None
        return predicate_tense(self.doc, gov.i), gov.i

    def reference_before(self, start: int) -> date | None:
        """The last day (day precision) the story named before character ``start``."""
        if self._timeline is None:
            self._timeline = []
            if self.doc is not None and self.published is not None:
                for sent in self.doc.sents:
                    for span in _date_spans(sent):
                        tense, gov = self.tense_at(span.start_char, span.end_char)
                        found = self.resolve(span.text, span.start_char, tense=tense, i=gov)
                        if found is not None:
                            self._timeline.append((span.start_char, found))
        last = None
        for pos, found in self._timeline:
            if pos >= start:
                break
            if found.precision == "day" and found.value:
                last = date.fromisoformat(found.value)
        return last

    def resolve(
        self, text: str, start: int | None = None, *, tense: str = "past", i: int | None = None
    ) -> When | None:
        """Resolve ``text`` found at character ``start`` in a clause of the given tense whose
        predicate is token ``i``."""
        if self.published is None:
            return _absolute(text, tense)
        reference = None
        if start is not None and is_anchored(text):
            reference = self.reference_before(start)
        return normalize_date(
            text,
            published=self.published,
            tense=tense,
            reference=reference,
            moment=self.moment,
            zone=self.zone_at(i),
            home_zone=self.home_zone,
        )

    def resolve_at(self, start: int, end: int) -> When | None:
        """Resolve the words at these character offsets in the tense of their own clause."""
        if self.doc is None:
            return None
        tense, gov = self.tense_at(start, end)
        return self.resolve(text_of(self.doc)[start:end], start, tense=tense, i=gov)


def _span_of(found: When) -> tuple[date, date]:
    """First and last day of the period a When names."""
    v = found.value or ""
    if found.precision == "year":
        return date(int(v), 1, 1), date(int(v), 12, 31)
    if found.precision == "month":
        y, m = int(v[:4]), int(v[5:7])
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    d = date.fromisoformat(v)
    return (d, d + timedelta(days=6)) if found.precision == "week" else (d, d)


def _absolute(text: str, tense: str) -> When | None:
    """Resolve without a publication date: only words that give the same date from any day."""
    a = normalize_date(text, published=date(2001, 3, 15), tense=tense)
    b = normalize_date(text, published=date(2011, 9, 20), tense=tense)
    return a if a is not None and b is not None and a.value == b.value else None


#: Sentence openers that continue the story from the date just given.
SEQUENCE_OPENERS = frozenset(
    {"later", "afterwards", "afterward", "subsequently", "then", "thereafter"}
)


@stages.register("tacitus.dates.v1")
class ResolveDates:
    """Give every event a date: its clause's temporal expression, else the publication date."""

    name = "tacitus.dates.v1"
    reads = ("article", "doc", "sentences", "events")
    writes = ("events.date",)

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            published = parse_published(analysis.article.date)
            resolver = DateResolver(analysis)
            for event in analysis.events:
                self.resolve(analysis, event, published, resolver=resolver)
            if published is not None and analysis.doc is not None:
                self.borrow(analysis, published, resolver=resolver)

    def borrow(
        self, analysis: Analysis, published: date, *, resolver: DateResolver | None = None
    ) -> None:
        """Date events that have no date of their own from the context that does.

        - An event whose clause holds another, dated event ("reiterated his backing during
          talks ... on Wednesday") happened then too.
        - A sentence opening with "Later," / "Afterwards," continues the story from the
          date given in the sentences just before it, not from the publication day.
        - "At the Pentagon meeting, ..." / "During the talks, ..." refers back to a meeting an
          earlier sentence dated: the event happened then.
        """
        resolver = resolver or DateResolver(analysis)
        doc = analysis.doc
        dated = [e for e in analysis.events if e.date is not None and e.date.text]
        for event in analysis.events:
            if event.date is not None and event.date.text:
                continue
            trigger = doc[event.trigger["i"]]
            inner = next(
                (
                    d
                    for d in dated
                    if d is not event
                    and d.sentence_index == event.sentence_index
                    and trigger.is_ancestor(doc[d.trigger["i"]])
                    and _after_clause(doc, d.trigger["i"]) is None  # that one came before
                ),
                None,
            )
            if inner is not None:
                event.date = When(
                    inner.date.value,
                    inner.date.precision,
                    inner.date.text,
                    f"{inner.date.reason}; taken from the '{inner.trigger['text']}' "
                    "this event's clause places it in",
                )
                event.flags["historical"] = inner.flags.get("historical", False)
                continue
            sent = trigger.sent
            meeting = self._meeting_referred(doc, trigger, event, dated)
            if meeting is not None:
                noun, earlier = meeting
                event.date = When(
                    earlier.date.value,
                    earlier.date.precision,
                    earlier.date.text,
                    f"{earlier.date.reason}; '{noun}' refers back to the "
                    f"'{earlier.trigger['text']}' dated earlier in the story",
                )
                event.flags["historical"] = earlier.flags.get("historical", False)
                event.flags["future"] = earlier.flags.get("future", False)
                continue
            opener = sent[0].lower_ if len(sent) else ""
            if opener in SEQUENCE_OPENERS:
                found = self._previous_date(doc, sent, published, resolver)
                if found is not None:
                    found.reason = (
                        f"'{sent[0].text}' continues from '{found.text}' in the sentence(s) "
                        f"before: {found.reason}"
                    )
                    self._mark(event, found, published)
                    event.date = found

    @staticmethod
    def _meeting_referred(doc: Any, trigger: Any, event: Event, dated: list[Event]):  # type: ignore[no-untyped-def]
        """("the meeting" noun, the earlier dated meeting event) for "At the ... meeting, X did",
        else None. Only a noun in a phrase governed by the event's own predicate counts."""
        for tok in trigger.sent:
            if tok.lower_ not in MEETING_NOUNS or tok.i == trigger.i:
                continue
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "during", "after", "in"):
                continue
            if not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children):
                continue  # "at a meeting" introduces a new one
            rank = attachment_rank(doc, tok.i, trigger.i)
            if rank is None or rank > (0 if _is_predicate(trigger) else 1):
                continue  # a nominal trigger ("commitment") takes its verb's phrases
            earlier = [
                d
                for d in dated
                if d is not event
                and d.sentence_index < event.sentence_index
                and (d.trigger.get("lemma") or "").lower() in MEETING_TRIGGERS
            ]
            if earlier:
                return tok.text, earlier[-1]
        return None

    @staticmethod
    def _previous_date(
        doc: Any, sent: Any, published: date, resolver: DateResolver | None = None
    ) -> When | None:
        sents = list(doc.sents)
        pos = next(k for k, s in enumerate(sents) if s.start == sent.start)
        for prev in reversed(sents[max(0, pos - 2) : pos]):
            for ent in prev.ents:
                if ent.label_ == "DATE":
                    if resolver is not None:
                        found = resolver.resolve(ent.text, ent.start_char)
                    else:
                        found = normalize_date(ent.text, published=published)
                    if found is not None:
                        return found
        return None

    def resolve(
        self,
        analysis: Analysis,
        event: Event,
        published: date | None,
        *,
        resolver: DateResolver | None = None,
    ) -> None:
        resolver = resolver or DateResolver(analysis)
        doc, i = analysis.doc, event.trigger.get("i")
        found: When | None = None
        event.flags["historical"] = False
        if doc is not None and i is not None and 0 <= i < len(doc):
            future = event.flags.get("future", False)
            clause = _after_clause(doc, i)
            if clause is not None:
                found = self._clause_date(doc, i, resolver, future=future, own_only=True)
                if found is None:
                    main = self._clause_date(doc, clause.main, resolver)
                    found = _before_main(clause, main, published)
                    if published is not None:
                        self._mark_before(event, found, clause, main, published)
                    event.date = found
                    return
            else:
                found = self._clause_date(doc, i, resolver, future=future)
        if found is None:
            event.date = self._fallback(published)
            return
        if published is not None:
            self._mark(event, found, published)
        event.date = found

    @staticmethod
    def _clause_date(
        doc: Any, i: int, resolver: DateResolver, *, future: bool = False, own_only: bool = False
    ) -> When | None:
        """The date of the temporal expression attached to the predicate at ``i`` (only its own
        clause's with ``own_only``), else None."""
        tense = predicate_tense(doc, i, flagged_future=future)
        for span in temporal_candidates(doc, i):
            if own_only and attachment_rank(doc, span.root.i, i) != 0:
                continue
            # a date borrowed from a governing clause ("said on Monday that ... would
            # keep backing") is read in that clause's tense, not the event's
            own = doc[i].is_ancestor(span.root) or span.root.head.i == i
            span_tense = (
                tense if own else predicate_tense(doc, (_governor(span.root, -1) or span.root).i)
            )
            found = resolver.resolve(span.text, span.start_char, tense=span_tense, i=i)
            if found is not None:
                return found
        return None

    @staticmethod
    def _mark_before(
        event: Event, found: When, clause: _AfterClause, main: When | None, published: date
    ) -> None:
        """Flag an event dated from a measured "after" clause: historical when even its latest
        possible day is more than HISTORICAL_DAYS before publication."""
        if found.value is not None:
            ResolveDates._mark(event, found, published)
            return
        least = (
            {"week": 14, "month": 60, "year": 365}.get(clause.unit, 0)
            if clause.count is None
            else 0
        )
        anchor = _span_of(main)[1] if main is not None and main.value else published
        if (published - anchor).days + least > HISTORICAL_DAYS:
            event.flags["historical"] = True
            found.reason += (
                f"; historical: more than {HISTORICAL_DAYS} days before publication {published}"
            )

    @staticmethod
    def _fallback(published: date | None) -> When:
        if published is None:
            return When(
                None, "unknown", None, "no date in the event's clause and no publication date"
            )
        return When(
            published.isoformat(),
            "day",
            None,
            "no date in the event's clause; using the publication date",
        )

    @staticmethod
    def _mark(event: Event, found: When, published: date) -> None:
        first, last = _span_of(found)
        if first > published:
            event.flags["future"] = True
            found.reason += "; after publication, so the event is future"
        elif (published - last).days > HISTORICAL_DAYS:
            event.flags["historical"] = True
            found.reason += (
                f"; historical: more than {HISTORICAL_DAYS} days before publication {published}"
            )
