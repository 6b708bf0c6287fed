"""Date normalization (table-driven and property tests) and the tacitus.dates.v1 stage."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tacitus.when import (
    ResolveDates,
    find_temporal,
    normalize_date,
    parse_published,
    predicate_tense,
)
from tests.conftest import analysis_with_triggers

THU = date(2023, 10, 5)  # a Thursday
NEW_YEAR = date(2024, 1, 2)  # a Tuesday, just after a year end
MON = date(2023, 10, 2)  # a Monday
LEAP = date(2024, 3, 1)  # the day after 29 February

CASES = [
    # (published, expression, tense, value, precision)
    (THU, "on Wednesday", "past", "2023-10-04", "day"),
    (THU, "Wednesday", "future", "2023-10-11", "day"),
    (THU, "on Thursday", "past", "2023-10-05", "day"),
    (THU, "on Thursday", "future", "2023-10-05", "day"),
    (THU, "on Friday", "past", "2023-09-29", "day"),
    (THU, "last Thursday", "past", "2023-09-28", "day"),
    (THU, "next Monday", "past", "2023-10-09", "day"),
    (THU, "Wednesday night", "past", "2023-10-04", "day"),
    (MON, "on Sunday", "past", "2023-10-01", "day"),
    (MON, "on Sunday", "future", "2023-10-08", "day"),
    (THU, "today", "past", "2023-10-05", "day"),
    (THU, "yesterday", "past", "2023-10-04", "day"),
    (THU, "tomorrow", "future", "2023-10-06", "day"),
    (NEW_YEAR, "the day before yesterday", "past", "2023-12-31", "day"),
    (THU, "the previous day", "past", "2023-10-04", "day"),
    (THU, "the day before", "past", "2023-10-04", "day"),
    (THU, "two days ago", "past", "2023-10-03", "day"),
    (THU, "three weeks ago", "past", "2023-09-11", "week"),
    (THU, "last week", "past", "2023-09-25", "week"),
    (THU, "earlier this week", "past", "2023-10-02", "week"),
    (THU, "this week", "past", "2023-10-02", "week"),
    (NEW_YEAR, "last week", "past", "2023-12-25", "week"),
    (THU, "last month", "past", "2023-09", "month"),
    (NEW_YEAR, "last month", "past", "2023-12", "month"),
    (THU, "this month", "past", "2023-10", "month"),
    (THU, "next month", "future", "2023-11", "month"),
    (THU, "December last year", "past", "2022-12", "month"),
    (THU, "last December", "past", "2022-12", "month"),
    (THU, "in August", "past", "2023-08", "month"),
    (THU, "in August", "future", "2024-08", "month"),
    (NEW_YEAR, "in December", "past", "2023-12", "month"),
    (NEW_YEAR, "in January", "past", "2024-01", "month"),
    (THU, "early March", "past", "2023-03", "month"),
    (THU, "late March", "past", "2023-03", "month"),
    (THU, "October 2023", "past", "2023-10", "month"),
    (THU, "Oct. 5, 2023", "past", "2023-10-05", "day"),
    (THU, "5 October 2023", "past", "2023-10-05", "day"),
    (THU, "2023-10-05", "past", "2023-10-05", "day"),
    (NEW_YEAR, "Dec. 28", "past", "2023-12-28", "day"),
    (NEW_YEAR, "Jan. 15", "future", "2024-01-15", "day"),
    (THU, "2023", "past", "2023", "year"),
    (THU, "in 2019", "past", "2019", "year"),
    (THU, "since 2017", "past", "2017", "year"),
    (THU, "last year", "past", "2022", "year"),
    (THU, "this year", "past", "2023", "year"),
    (THU, "next year", "future", "2024", "year"),
    (THU, "a year earlier", "past", "2022", "year"),
    (THU, "in the fiscal year of 2025", "past", "2025", "year"),
    (THU, "fiscal 2025", "past", "2025", "year"),
    (THU, "FY2025", "past", "2025", "year"),
    (LEAP, "yesterday", "past", "2024-02-29", "day"),
    (LEAP, "Feb. 29", "past", "2024-02-29", "day"),
    (date(2023, 3, 1), "Feb. 29", "past", "2020-02-29", "day"),
    (LEAP, "last month", "past", "2024-02", "month"),
    (date(2024, 2, 29), "a year ago", "past", "2023", "year"),
]


@pytest.mark.parametrize(("published", "expr", "tense", "value", "precision"), CASES)
def test_normalize_date(published, expr, tense, value, precision):
    when = normalize_date(expr, published=published, tense=tense)
    assert when is not None, expr
    assert (when.value, when.precision) == (value, precision)
    assert when.text == expr
    assert when.reason


@pytest.mark.parametrize(
    "expr", ["years", "decades", "the 1990s", "recent days", "Later", "12", ""]
)
def test_no_date(expr):
    assert normalize_date(expr, published=THU) is None


def test_reasons_explain():
    assert "Wednesday" in normalize_date("on Wednesday", published=THU).reason
    assert "since" in normalize_date("since 2017", published=THU).reason
    assert "fiscal" in normalize_date("fiscal 2025", published=THU).reason


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
published_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@given(published_dates, st.integers(0, 6))
def test_past_weekday_is_within_the_week_before(published, wd):
    when = normalize_date(f"on {DAYS[wd]}", published=published)
    got = date.fromisoformat(when.value)
    assert got.weekday() == wd
    assert timedelta(0) <= published - got < timedelta(days=7)


@given(published_dates, st.integers(0, 6))
def test_future_weekday_is_within_the_week_after(published, wd):
    when = normalize_date(f"on {DAYS[wd]}", published=published, tense="future")
    got = date.fromisoformat(when.value)
    assert got.weekday() == wd
    assert timedelta(0) <= got - published < timedelta(days=7)


@given(published_dates, st.integers(1, 12))
def test_past_month_is_never_in_the_future(published, month):
    when = normalize_date(f"in {MONTH_NAMES[month - 1]}", published=published)
    year, mo = map(int, when.value.split("-"))
    assert when.precision == "month" and mo == month
    assert (year, mo) <= (published.year, published.month)
    assert (year, mo) > (published.year - 1, published.month)


def test_parse_published():
    assert parse_published("2023-10-05T08:30") == THU
    assert parse_published(None) is None
    assert parse_published("soon") is None


# --- with spaCy ------------------------------------------------------------------------------


def _analysis(nlp, text, lemmas, *, published="2023-10-05", future=()):
    return analysis_with_triggers(nlp, text, lemmas, date=published)


def _by_lemma(analysis):
    return {e.trigger["lemma"]: e for e in analysis.events}


def test_stage_dates_each_clause(nlp):
    text = (
        "The envoys held talks in Oslo last week and will meet again in Rome next month. "
        "Officials said on Monday that rebels shelled the port in August. "
        "The navy seized a tanker, a spokesman added."
    )
    analysis = _analysis(nlp, text, {"hold", "meet", "shell", "seize"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert (ev["hold"].date.value, ev["hold"].date.precision) == ("2023-09-25", "week")
    assert (ev["meet"].date.value, ev["meet"].date.precision) == ("2023-11", "month")
    assert ev["meet"].flags["future"] is True
    assert ev["shell"].date.value == "2023-08"
    assert ev["shell"].flags["historical"] is True and "historical" in ev["shell"].date.reason
    assert ev["seize"].date.value == "2023-10-05"
    assert ev["seize"].date.reason == "no date in the event's clause; using the publication date"
    assert ev["seize"].flags["historical"] is False


def test_future_tense_picks_next_weekday(nlp):
    analysis = _analysis(nlp, "The two presidents will sign the accord on Tuesday.", {"sign"})
    ResolveDates()([analysis])
    event = analysis.events[0]
    assert event.date.value == "2023-10-10"
    assert event.flags["future"] is True


def test_date_of_another_predicate_is_not_taken(nlp):
    doc = nlp("Police arrested a man who had attacked a guard on Friday.")
    arrested = next(t for t in doc if t.lemma_ == "arrest")
    attacked = next(t for t in doc if t.lemma_ == "attack")
    assert find_temporal(doc, arrested.i) is None
    assert find_temporal(doc, attacked.i).text == "on Friday"


def test_nominal_trigger_and_tense(nlp):
    doc = nlp("Talks on Wednesday ended without a deal. The minister plans to visit Hanoi in May.")
    talks = next(t for t in doc if t.text == "Talks")
    assert find_temporal(doc, talks.i).text == "on Wednesday"
    visit = next(t for t in doc if t.lemma_ == "visit")
    assert predicate_tense(doc, visit.i) == "future"


def test_no_publication_date_keeps_only_absolute_dates(nlp):
    analysis = _analysis(
        nlp, "Troops crossed the river on March 3, 2021. Rebels fled on Monday.",
        {"cross", "flee"}, published=None,
    )  # fmt: skip
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["cross"].date.value == "2021-03-03"
    assert (ev["flee"].date.value, ev["flee"].date.precision) == (None, "unknown")
