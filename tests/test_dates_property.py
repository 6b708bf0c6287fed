"""Property tests (hypothesis) for date normalization: what must hold for any publication day."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.when import local_day, normalize_date

DAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]  # fmt: skip
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
published = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
zones = st.sampled_from(
    ["Asia/Seoul", "America/New_York", "Europe/London", "Australia/Sydney", "Pacific/Auckland",
     "America/Los_Angeles", "Asia/Kolkata", "UTC"]
)  # fmt: skip


def _day(when) -> date:
    assert when is not None and when.precision == "day", when
    return date.fromisoformat(when.value)


@given(published, st.integers(0, 6), st.sampled_from(["on ", "", "last ", "this past "]))
def test_past_weekday_is_that_weekday_within_the_week_before(pub, wd, lead):
    got = _day(normalize_date(f"{lead}{DAYS[wd]}", published=pub))
    assert got.weekday() == wd
    low = 1 if lead.strip() in ("last", "this past") else 0
    assert low <= (pub - got).days <= 6 + low


@given(published, st.integers(0, 6))
def test_future_weekday_is_that_weekday_within_the_week_after(pub, wd):
    got = _day(normalize_date(f"on {DAYS[wd]}", published=pub, tense="future"))
    assert got.weekday() == wd
    assert 0 <= (got - pub).days <= 6


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31)),
    zones,
    zones,
    st.integers(0, 6),
)
def test_weekday_across_time_zones_stays_within_a_day_of_the_calendars(naive, home, there, wd):
    """A weekday read with the writer's and the event place's clocks is that weekday, on or
    before the later of the two local days, and never more than a week before the earlier."""
    moment = naive.replace(tzinfo=UTC)
    home_day, there_day = local_day(moment, home), local_day(moment, there)
    when = normalize_date(
        f"on {DAYS[wd]}", published=home_day, moment=moment, zone=there, home_zone=home
    )
    got = _day(when)
    assert got.weekday() == wd
    assert got <= max(home_day, there_day)
    assert (min(home_day, there_day) - got).days < 7


@given(published, st.integers(1, 12))
def test_in_month_is_never_in_the_future_and_within_a_year(pub, month):
    when = normalize_date(f"in {MONTHS[month - 1]}", published=pub)
    assert when.precision == "month"
    year, mo = map(int, when.value.split("-"))
    assert mo == month
    assert (year, mo) <= (pub.year, pub.month)
    assert (pub.year - year) * 12 + pub.month - mo < 12


@given(published, st.integers(1, 12))
def test_future_month_is_never_in_the_past_and_within_a_year(pub, month):
    when = normalize_date(f"in {MONTHS[month - 1]}", published=pub, tense="future")
    year, mo = map(int, when.value.split("-"))
    assert (year, mo) >= (pub.year, pub.month)
    assert (year - pub.year) * 12 + mo - pub.month < 12


@given(published, st.integers(1, 10), st.booleans())
def test_days_ago_arithmetic(pub, n, as_word):
    count = NUMBER_WORDS[n - 1] if as_word else str(n)
    unit = "day" if n == 1 else "days"
    assert _day(normalize_date(f"{count} {unit} ago", published=pub)) == pub - timedelta(days=n)
    later = normalize_date(f"{count} {unit} later", published=pub)
    assert _day(later) == pub + timedelta(days=n)


@given(published, st.integers(1, 10))
def test_weeks_ago_is_the_monday_of_that_week(pub, n):
    when = normalize_date(f"{n} weeks ago", published=pub)
    assert when.precision == "week"
    monday = date.fromisoformat(when.value)
    assert monday.weekday() == 0
    assert 0 <= ((pub - timedelta(weeks=n)) - monday).days <= 6


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), published)
def test_explicit_formats_round_trip(d, pub):
    month = MONTHS[d.month - 1]
    forms = [
        d.isoformat(),
        f"{month} {d.day}, {d.year}",
        f"{ABBR[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        f"on {d.day} {month} {d.year}",
        f"{month} {d.day} {d.year}",
    ]
    for form in forms:
        when = normalize_date(form, published=pub)
        assert when is not None, form
        assert (when.value, when.precision) == (d.isoformat(), "day"), form


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), published)
def test_month_and_year_round_trip(d, pub):
    when = normalize_date(f"{MONTHS[d.month - 1]} {d.year}", published=pub)
    assert (when.value, when.precision) == (f"{d.year:04d}-{d.month:02d}", "month")
    when = normalize_date(f"in {d.year}", published=pub)
    assert (when.value, when.precision) == (f"{d.year:04d}", "year")


@given(published, st.integers(1, 12), st.integers(1, 28))
def test_yearless_date_lies_in_the_year_around_publication(pub, month, day):
    got = _day(normalize_date(f"on {MONTHS[month - 1]} {day}", published=pub))
    assert (got.month, got.day) == (month, day)
    assert -45 <= (pub - got).days < 366


@given(published, st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_anchored_expressions_count_from_the_reference(pub, ref):
    nxt = normalize_date("the next day", published=pub, reference=ref)
    assert _day(nxt) == ref + timedelta(days=1)
    before = normalize_date("two days earlier", published=pub, reference=ref)
    assert _day(before) == ref - timedelta(days=2)
    # a publication-relative expression ignores the reference
    assert _day(normalize_date("yesterday", published=pub, reference=ref)) == pub - timedelta(1)


@settings(max_examples=300, deadline=None)  # dateparser warms up on first use
@given(st.text(max_size=60), published, st.sampled_from(["past", "future"]))
def test_never_raises_on_arbitrary_text(text, pub, tense):
    when = normalize_date(text, published=pub, tense=tense)
    assert when is None or when.precision in ("day", "week", "month", "year")


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["on", "last", "next", "the", "day", "week", "month", "year", "ago", "since", "in",
             "early", "late", "mid", "fiscal", "between", "and", "to", "-", "Monday", "May",
             "March", "2023", "12", "31", "two", "later", "earlier", "this", "that", "(local",
             "time)", "Seoul", "weekend", "previous", "following"]
        ),
        max_size=7,
    ),
    published,
)  # fmt: skip
def test_never_raises_on_date_like_word_salad(words, pub):
    when = normalize_date(" ".join(words), published=pub)
    assert when is None or when.value
