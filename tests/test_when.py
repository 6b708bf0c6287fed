"""Date normalization (table-driven and property tests) and the tacitus.dates.v1 stage."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tacitus.when import (
    DateResolver,
    ResolveDates,
    find_temporal,
    is_anchored,
    normalize_date,
    parse_moment,
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
    # ranges are dated by their start
    (THU, "from May 19 to 21", "past", "2023-05-19", "day"),
    (THU, "March 3-5, 2023", "past", "2023-03-03", "day"),
    (THU, "between 2019 and 2021", "past", "2019", "year"),
    (THU, "from June 2022 to March 2023", "past", "2022-06", "month"),
    (THU, "in 2019-20", "past", "2019", "year"),
    # more relative forms
    (THU, "late last year", "past", "2022", "year"),
    (THU, "early next year", "future", "2024", "year"),
    (THU, "early Wednesday", "past", "2023-10-04", "day"),
    (THU, "late on Tuesday", "past", "2023-10-03", "day"),
    (THU, "earlier in the week", "past", "2023-10-02", "week"),
    (THU, "over the weekend", "past", "2023-09-25", "week"),
    (MON, "over the weekend", "past", "2023-09-25", "week"),
    (THU, "Wednesday (local time)", "past", "2023-10-04", "day"),
    (THU, "in August last year", "past", "2022-08", "month"),
    # a yearless date shortly after publication is a scheduled one, even in past tense
    (date(2024, 7, 1), "on July 17", "past", "2024-07-17", "day"),
    (date(2024, 7, 1), "on June 17", "past", "2024-06-17", "day"),
    # a day with a year named relative to publication
    (THU, "on Oct. 8 last year", "past", "2022-10-08", "day"),
    (THU, "8 March next year", "future", "2024-03-08", "day"),
]


@pytest.mark.parametrize(("published", "expr", "tense", "value", "precision"), CASES)
def test_normalize_date(published, expr, tense, value, precision):
    when = normalize_date(expr, published=published, tense=tense)
    assert when is not None, expr
    assert (when.value, when.precision) == (value, precision)
    assert when.text == expr
    assert when.reason


@pytest.mark.parametrize(
    "expr",
    ["years", "decades", "the 1990s", "recent days", "Later", "12", "", "on the 4th", "local time"],
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


def test_anchored_expressions_count_from_the_story():
    ref = date(2023, 9, 11)
    assert normalize_date("the next day", published=THU, reference=ref).value == "2023-09-12"
    assert normalize_date("two days later", published=THU, reference=ref).value == "2023-09-13"
    assert normalize_date("that day", published=THU, reference=ref).value == "2023-09-11"
    assert (
        "the date the story last gave"
        in normalize_date("the previous day", published=THU, reference=ref).reason
    )
    # publication-relative words ignore the reference
    assert normalize_date("next year", published=THU, reference=ref).value == "2024"
    assert normalize_date("yesterday", published=THU, reference=ref).value == "2023-10-04"
    assert is_anchored("The following day") and not is_anchored("next week")


SEOUL_MORNING = datetime(2023, 10, 5, 8, 30, tzinfo=ZoneInfo("Asia/Seoul"))  # Wed evening in DC
DC_EVENING = datetime(2023, 10, 4, 20, 30, tzinfo=ZoneInfo("America/New_York"))  # Thu in Seoul


def test_weekdays_across_time_zones():
    # Seoul paper, Thursday morning, about Washington: "on Wednesday" is Wednesday
    kw = {"moment": SEOUL_MORNING, "zone": "America/New_York", "home_zone": "Asia/Seoul"}
    assert normalize_date("on Wednesday", published=THU, **kw).value == "2023-10-04"
    # ... and "on Thursday" is the writer's Thursday, not one a week back
    assert normalize_date("on Thursday", published=THU, **kw).value == "2023-10-05"
    # Washington paper, Wednesday evening, about Seoul where it is Thursday already
    kw = {"moment": DC_EVENING, "zone": "Asia/Seoul", "home_zone": "America/New_York"}
    when = normalize_date("on Thursday", published=date(2023, 10, 4), **kw)
    assert when.value == "2023-10-05" and "Asia/Seoul" in when.reason
    # a zone written in the expression wins
    assert normalize_date("Thursday (Seoul time)", published=date(2023, 10, 4), moment=DC_EVENING,
                          home_zone="America/New_York").value == "2023-10-05"  # fmt: skip


def test_timestamp_in_utc_is_read_on_the_writers_clock():
    moment = datetime(2023, 10, 5, 2, 15, tzinfo=ZoneInfo("UTC"))  # 22:15 on the 4th in DC
    when = normalize_date("today", published=THU, moment=moment, home_zone="America/New_York")
    assert when.value == "2023-10-04" and "America/New_York" in when.reason


def test_parse_moment():
    assert parse_moment("2023-10-05") is None
    assert parse_moment("2023-10-05T08:30") is None  # no zone known
    assert parse_moment("2023-10-05T08:30", "Asia/Seoul") == SEOUL_MORNING
    assert parse_moment("2023-10-05T02:15Z").utcoffset().total_seconds() == 0
    assert parse_moment("soon", "Asia/Seoul") is None


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


def test_stage_next_day_counts_from_the_date_just_given(nlp):
    text = "The envoys met in Oslo on Sept. 11. The next day, they signed the accord."
    analysis = _analysis(nlp, text, {"meet", "sign"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["meet"].date.value == "2023-09-11"
    assert ev["sign"].date.value == "2023-09-12" and "last gave" in ev["sign"].date.reason


def test_stage_meeting_referred_back_takes_its_date(nlp):
    text = (
        "Austin and Kihara held talks at the Pentagon on Wednesday. "
        "At the Pentagon meeting, Austin reaffirmed the alliance."
    )
    analysis = _analysis(nlp, text, {"hold", "reaffirm"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["hold"].date.value == "2023-10-04"
    assert ev["reaffirm"].date.value == "2023-10-04"
    assert "refers back" in ev["reaffirm"].date.reason
    # "at a meeting" introduces a new one: publication day
    analysis = _analysis(nlp, text.replace("At the Pentagon", "At a"), {"hold", "reaffirm"})
    ResolveDates()([analysis])
    assert _by_lemma(analysis)["reaffirm"].date.value == "2023-10-05"


def test_stage_uses_the_event_places_clock(nlp):
    from tacitus.records import Article

    text = "WASHINGTON (AP) -- The two ministers met in Seoul on Thursday, officials said."
    analysis = _analysis(nlp, text, {"meet"}, published="2023-10-04T20:30-04:00")
    analysis.article = Article(id="t", text=text, date="2023-10-04T20:30-04:00",
                               dateline="WASHINGTON")  # fmt: skip
    resolver = DateResolver(analysis)
    assert resolver.home_zone == "America/New_York"
    ResolveDates()([analysis])
    assert analysis.events[0].date.value == "2023-10-05"
    start = text.index("on Thursday")
    assert resolver.resolve_at(start, start + len("on Thursday")).value == "2023-10-05"


# --- events in a measured "after" clause happened before the main clause -----------------------


def test_days_after_clause_is_before_the_main_date_and_keeps_it(nlp):
    text = "Iran launched drones at Israel on Tuesday, days after Israel struck its consulate."
    analysis = _analysis(nlp, text, {"launch", "strike"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    # the main clause keeps its own Tuesday ("Tuesday, days" is tagged as one date)
    assert (ev["launch"].date.value, ev["launch"].date.precision) == ("2023-10-03", "day")
    struck = ev["strike"].date
    assert struck.precision == "week" and struck.value == "2023-09-25"
    assert date.fromisoformat(struck.value) < date(2023, 10, 3)
    assert "before the main event" in struck.reason and "2023-10-03" in struck.reason
    assert ev["strike"].flags["historical"] is False


def test_days_after_clause_in_front_and_nominal(nlp):
    text = (
        "Days after Ukraine hit a refinery, Russia fired missiles at Kyiv on Sunday. "
        "Ghana summoned the Nigerian envoy on Friday, days after the shooting of two traders."
    )
    analysis = _analysis(nlp, text, {"hit", "fire", "summon", "shooting"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["fire"].date.value == "2023-10-01"
    assert (ev["hit"].date.value, ev["hit"].date.precision) == ("2023-09-25", "week")
    assert ev["summon"].date.value == "2023-09-29"
    assert (ev["shooting"].date.value, ev["shooting"].date.precision) == ("2023-09-25", "week")


def test_hours_and_counted_days_after(nlp):
    text = (
        "Colombian troops raided a rebel camp on Monday, hours after guerrillas ambushed a "
        "patrol. Peru declared a state of emergency on Aug. 20, two days after protesters "
        "blocked a highway."
    )
    analysis = _analysis(nlp, text, {"raid", "ambush", "declare", "block"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["raid"].date.value == ev["ambush"].date.value == "2023-10-02"
    assert "evening before" in ev["ambush"].date.reason
    assert ev["declare"].date.value == "2023-08-20"
    assert (ev["block"].date.value, ev["block"].date.precision) == ("2023-08-18", "day")
    assert ev["block"].flags["historical"] is True and "historical" in ev["block"].date.reason


def test_weeks_after_is_unknown_but_before_and_can_be_historical(nlp):
    text = (
        "Pakistan recalled its envoy on Friday, a week after Afghan forces shelled a post. "
        "Chad expelled the French ambassador on Aug. 14, weeks after soldiers clashed."
    )
    analysis = _analysis(nlp, text, {"recall", "shell", "expel", "clash"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["recall"].date.value == "2023-09-29"
    assert (ev["shell"].date.value, ev["shell"].date.precision) == ("2023-09-18", "week")
    assert ev["expel"].date.value == "2023-08-14"
    clash = ev["clash"].date
    assert (clash.value, clash.precision) == (None, "unknown")
    assert "at least 14 days before 2023-08-14" in clash.reason
    assert ev["clash"].flags["historical"] is True


def test_after_clause_without_main_date_is_before_publication(nlp):
    text = "Kenya closed its border, days after Somali militants attacked a police station."
    analysis = _analysis(nlp, text, {"close", "attack"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    # the main event does not borrow the earlier event's date
    assert ev["close"].date.value == "2023-10-05" and ev["close"].date.text is None
    attack = ev["attack"].date
    assert attack.precision == "week" and date.fromisoformat(attack.value) < date(2023, 10, 5)
    assert "the main clause has no day date" in attack.reason
    # no publication date either: nothing to count from
    analysis = _analysis(nlp, text, {"close", "attack"}, published=None)
    ResolveDates()([analysis])
    assert _by_lemma(analysis)["attack"].date.precision == "unknown"


def test_after_clause_with_its_own_date_and_other_shapes(nlp):
    text = (
        "Rebels attacked a convoy in Mali on Thursday, days after the army raided a camp on "
        "Sept. 30. Thai police detained the activist on Sunday, days before the election. "
        "Vietnam protested on Monday after Chinese ships rammed a fishing boat. "
        "Hungary has blocked the aid since March."
    )
    analysis = _analysis(nlp, text, {"attack", "raid", "detain", "protest", "ram", "block"})
    ResolveDates()([analysis])
    ev = _by_lemma(analysis)
    assert ev["attack"].date.value == "2023-10-05"
    assert ev["raid"].date.value == "2023-09-30"  # its own date wins
    assert ev["detain"].date.value == "2023-10-01"  # "days before" leaves "Sunday" alone
    # a bare "after" names no distance: both keep the main clause's Monday
    assert ev["protest"].date.value == ev["ram"].date.value == "2023-10-02"
    assert ev["block"].date.value == "2023-03" and "since" in ev["block"].date.reason


def test_a_day_last_year_is_read_whole_in_an_article(code_text):
    text = "Japan accused China on Oct. 8 last year of violating its airspace near Okinawa."
    (event,) = [e for e in code_text(text, "2023-10-05") if e.plover["type"] == "ACCUSE"]
    assert (event.date.value, event.date.precision) == ("2022-10-08", "day")
    assert event.flags["historical"]
