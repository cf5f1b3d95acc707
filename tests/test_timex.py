"""The anchoring rules on their own: expression, tense and anchors -> TIMEX3 value and type."""

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.timex import Context, Point, resolve
from geonews_extract.timex.normalise import normalise

PUBLISHED = date(2021, 9, 30)  # a Thursday


def value(text, published=PUBLISHED, tense=None, reference=None):
    found = resolve(text, Context(published, tense, reference))
    return None if found is None else (found.value, found.type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last month", ("2021-08", "DATE")),
        ("this month", ("2021-09", "DATE")),
        ("next month", ("2021-10", "DATE")),
        ("last week", ("2021-W38", "DATE")),
        ("earlier this week", ("2021-W39", "DATE")),
        ("last year", ("2020", "DATE")),
        ("yesterday", ("2021-09-29", "DATE")),
        ("tomorrow", ("2021-10-01", "DATE")),
        ("Tuesday", ("2021-09-28", "DATE")),
        ("Thursday", ("2021-09-30", "DATE")),
        ("last Thursday", ("2021-09-23", "DATE")),
        ("next Tuesday", ("2021-10-05", "DATE")),
        ("September 11, 2001", ("2001-09-11", "DATE")),
        ("11 September 2001", ("2001-09-11", "DATE")),
        ("Sept. 27", ("2021-09-27", "DATE")),
        ("March 2019", ("2019-03", "DATE")),
        ("2019", ("2019", "DATE")),
        ("fiscal 2019", ("2019", "DATE")),
        ("mid-August", ("2021-08", "DATE")),
        ("the 2010s", ("201", "DATE")),
        ("the nineties", ("199", "DATE")),
        ("the 20th century", ("19", "DATE")),
        ("this summer", ("2021-SU", "DATE")),
        ("last winter", ("2020-WI", "DATE")),
        ("the third quarter", ("2021-Q3", "DATE")),
        ("the second half of 2020", ("2020-H2", "DATE")),
        ("the weekend", ("2021-W38-WE", "DATE")),
        ("this morning", ("2021-09-30TMO", "TIME")),
        ("last night", ("2021-09-29TNI", "TIME")),
        ("Tuesday evening", ("2021-09-28TEV", "TIME")),
        ("3:30 p.m. Wednesday", ("2021-09-29T15:30", "TIME")),
        ("noon", ("2021-09-30T12:00", "TIME")),
        ("2021-08-26", ("2021-08-26", "DATE")),
        ("30.09.2021", ("2021-09-30", "DATE")),
        ("three years", ("P3Y", "DURATION")),
        ("two days", ("P2D", "DURATION")),
        ("five hours", ("PT5H", "DURATION")),
        ("a decade", ("P1DE", "DURATION")),
        ("the past decade", ("201", "DATE")),
        ("the past two months", ("P2M", "DURATION")),
        ("several weeks", ("PXW", "DURATION")),
        ("two and a half years", ("P2Y6M", "DURATION")),
        ("every Friday", ("XXXX-WXX-5", "SET")),
        ("each year", ("P1Y", "SET")),
        ("weekly", ("P1W", "SET")),
        ("every July", ("XXXX-07", "SET")),
        ("now", ("PRESENT_REF", "DATE")),
        ("currently", ("PRESENT_REF", "DATE")),
        ("recently", ("PAST_REF", "DATE")),
        ("formerly", ("PAST_REF", "DATE")),
        ("soon", ("FUTURE_REF", "DATE")),
        ("three years ago", ("2018", "DATE")),
        ("two weeks ago", ("2021-09-16", "DATE")),
        ("Christmas", ("2021-12-25", "DATE")),
        ("last Thanksgiving", ("2020-11-26", "DATE")),
    ],
)
def test_values_against_the_publication_date(text, expected):
    assert value(text) == expected


def test_the_tense_picks_the_year_of_a_date_without_one():
    assert value("August 26", tense="past") == ("2021-08-26", "DATE")
    assert value("August 26", date(2021, 8, 20), tense="future") == ("2021-08-26", "DATE")
    assert value("August 26", date(2021, 8, 30), tense="future") == ("2022-08-26", "DATE")
    assert value("March 3", tense="past") == ("2021-03-03", "DATE")
    assert value("March 3", tense="future") == ("2022-03-03", "DATE")
    assert value("March 3") == ("2022-03-03", "DATE")  # no tense: the nearest


def test_past_tense_may_still_name_a_day_just_ahead():
    assert value("Oct. 15", tense="past") == ("2021-10-15", "DATE")


def test_future_tense_may_still_name_a_day_just_behind():
    # "must decide by Sept. 28" in a story printed two days later: a deadline just passed
    # (or a story written ahead), not the same day a year on
    assert value("Sept. 28", tense="future") == ("2021-09-28", "DATE")
    assert value("Sept. 29", tense="future") == ("2021-09-29", "DATE")
    assert value("Sept. 26", tense="future") == ("2022-09-26", "DATE")  # four days back: next year's


def test_weekdays_follow_the_tense():
    assert value("Tuesday", tense="past") == ("2021-09-28", "DATE")
    assert value("Tuesday", tense="future") == ("2021-10-05", "DATE")
    assert value("Thursday", tense="future") == ("2021-09-30", "DATE")


def test_months_follow_the_tense():
    assert value("November", tense="past") == ("2020-11", "DATE")
    assert value("November", tense="future") == ("2021-11", "DATE")
    assert value("last April") == ("2021-04", "DATE")


def test_relative_expressions_anchor_on_the_date_the_text_named():
    reference = Point("day", date(2021, 8, 29))
    found = resolve("two days later", Context(PUBLISHED, "past", reference))
    assert (found.value, found.anchor) == ("2021-08-31", "text")
    quarter = Point("quarter", date(2021, 7, 1))
    assert value("a year earlier", reference=quarter) == ("2020-Q3", "DATE")
    assert value("the year-earlier quarter", reference=quarter) == ("2020-Q3", "DATE")
    assert value("the following year", reference=Point("year", date(2016, 1, 1))) == ("2017", "DATE")


def test_a_year_ago_period_is_a_year_before_the_period_the_report_is_about():
    def year_ago(text, reference):
        found = resolve(text, Context(PUBLISHED, "past", reference))
        return found.value

    last_year = Point("year", date(2020, 1, 1))  # "profit fell from the 2020 period; the year-ago results ..."
    assert year_ago("the year-ago", last_year) == "2020"
    assert year_ago("year-earlier", last_year) == "2020"
    assert year_ago("a year earlier", last_year) == "2019"  # a shift told from the date named
    this_quarter = Point("quarter", date(2021, 7, 1))
    assert year_ago("the year-ago quarter", this_quarter) == "2020-Q3"
    january = Point("month", date(2021, 1, 1))
    assert year_ago("the year-earlier month", january) == "2020-01"
    ahead = Point("quarter", date(2022, 7, 1))  # "expects a loss until the third quarter of 2022"
    assert year_ago("the year-ago period", ahead) == "2020-Q2"
    assert year_ago("the year-ago period", None) == "2020-Q2"


def test_quarters_and_halves_written_as_codes():
    assert value("Q3") == ("2021-Q3", "DATE")
    assert value("Q3 2020") == ("2020-Q3", "DATE")
    assert value("H1 2020") == ("2020-H1", "DATE")
    assert value("2020 H2") == ("2020-H2", "DATE")
    assert value("fiscal Q2") == ("2021-Q2", "DATE")


def test_a_year_less_quarter_follows_the_tense():
    assert value("the first quarter", tense="future") == ("2022-Q1", "DATE")  # already over this year
    assert value("the fourth quarter", tense="future") == ("2021-Q4", "DATE")
    assert value("the second quarter", tense="future") == ("2021-Q2", "DATE")  # "will report second-quarter results"
    assert value("the fourth quarter", tense="past") == ("2020-Q4", "DATE")
    assert value("Q1", tense="past") == ("2021-Q1", "DATE")


def test_fiscal_years_written_short():
    assert value("FY22") == ("2022", "DATE")
    assert value("fiscal '98") == ("1998", "DATE")
    assert value("fiscal year 2022") == ("2022", "DATE")


def test_a_length_used_as_an_adjective_is_no_set():
    assert value("a 10-year") == ("P10Y", "DURATION")
    assert value("every 10 years") == ("P10Y", "SET")


def test_one_more_of_a_unit_and_a_report_s_stretch_of_months_are_lengths():
    assert value("another year") == ("P1Y", "DURATION")
    assert value("an additional week") == ("P1W", "DURATION")
    assert value("the latest nine months") == ("P9M", "DURATION")
    assert value("the year-earlier six months") == ("P6M", "DURATION")


def test_a_half_of_a_decade_is_the_decade_at_its_start_or_end():
    found = resolve("the latter half of the '70s", Context(PUBLISHED))
    assert (found.value, found.mod) == ("197", "END")
    found = resolve("the first half of the 2010s", Context(PUBLISHED))
    assert (found.value, found.mod) == ("201", "START")
    assert value("the first half of 2020") == ("2020-H1", "DATE")


def test_a_part_of_a_bare_unit_is_of_the_current_one():
    for text, expected in [("midweek", "2021-W39"), ("mid-month", "2021-09"), ("mid-year", "2021"), ("early week", "2021-W39")]:
        found = resolve(text, Context(PUBLISHED))
        assert (found.value, found.type) == (expected, "DATE"), text
    assert resolve("midweek", Context(PUBLISHED)).mod == "MID"
    found = resolve("the end of the decade", Context(PUBLISHED, "future"))
    assert (found.value, found.mod) == ("202", "END")
    assert value("midday") == ("2021-09-30T12:00", "TIME")
    found = resolve("end-March", Context(PUBLISHED, "past"))
    assert (found.value, found.mod) == ("2021-03", "END")


def test_prior_is_previous():
    assert value("the prior year") == ("2020", "DATE")
    assert value("the prior quarter", reference=Point("quarter", date(2021, 4, 1))) == ("2021-Q1", "DATE")


def test_the_same_period_of_last_year_is_the_quarter_under_discussion_a_year_back():
    quarter = Point("quarter", date(2021, 4, 1))
    assert value("the same period last year", reference=quarter) == ("2020-Q2", "DATE")
    assert value("the corresponding quarter last year", reference=quarter) == ("2020-Q2", "DATE")
    assert value("the same quarter last year") == ("2020-Q2", "DATE")  # the last complete one's


def test_the_remainder_of_a_period_is_that_period():
    assert value("the remainder of the year") == ("2021", "DATE")
    assert value("the balance of the year") == ("2021", "DATE")


def test_a_quarter_of_a_named_year_is_the_quarter_under_discussion():
    assert value("the 2020 quarter", reference=Point("quarter", date(2021, 4, 1))) == ("2020-Q2", "DATE")
    assert value("the 2020 quarter", reference=Point("year", date(2020, 1, 1))) == ("2020-Q2", "DATE")  # the last complete one's
    assert value("the 2020 period", reference=Point("year", date(2020, 1, 1))) == ("2020", "DATE")
    assert value("the 2020 quarter", published=None) == ("2020", "DATE")


def test_without_a_publication_date_unknown_parts_stay_x_and_relative_ones_unresolved():
    assert value("August 26", published=None) == ("XXXX-08-26", "DATE")
    assert value("Tuesday", published=None) == ("XXXX-WXX-2", "DATE")
    assert value("September 11, 2001", published=None) == ("2001-09-11", "DATE")
    assert value("three years", published=None) == ("P3Y", "DURATION")
    for relative in ("last month", "yesterday", "two days ago", "the weekend", "next week"):
        found = resolve(relative, Context(None))
        assert found.value is None and found.problem, relative


def test_a_datetime_publication_date_resolves_hours():
    moment = datetime(2021, 9, 30, 15, 20)
    assert value("two hours ago", published=moment) == ("2021-09-30T13:20", "TIME")
    assert value("yesterday", published=moment) == ("2021-09-29", "DATE")


@pytest.mark.parametrize("text", ["February 30", "Feb. 30, 2021", "99999", "in 12345", "13/45/2020"])
def test_impossible_dates_have_no_value_and_say_why(text):
    found = resolve(text, Context(PUBLISHED))
    assert found is not None and found.value is None and found.problem


@pytest.mark.parametrize("text", ["around 80", "44", "a 6-year-old", "52 years old", "the", "and", "ISIS"])
def test_non_times_are_not_times(text):
    assert resolve(text, Context(PUBLISHED)) is None


def test_dateparser_failures_become_problems(monkeypatch):
    from geonews_extract.timex import rules

    def broken(*args, **kwargs):
        raise RuntimeError("dateparser broke")

    monkeypatch.setattr(rules, "parse_absolute", broken)
    found = resolve("30.09.2021", Context(PUBLISHED))
    assert found.value is None and "dateparser" in found.problem


def test_normalised_forms():
    assert normalise("Sept. 30th, 1998") == "sept 30th 1998"
    assert normalise("the twenty-four hours") == "the 24 hours"
    assert normalise("nineteen ninety-six") == "1996"
    assert normalise("the third-quarter") == "the 3th quarter"
    assert normalise("a few days") == "x days"
    assert normalise("last year's") == "last year"


@given(st.text(alphabet="0123456789-/. abcdefghijklmnopqrstuvwxyzMS", max_size=40))
def test_dateparser_is_asked_only_about_numeric_dates_or_a_month_and_a_digit(text):
    from geonews_extract.timex.rules import _looks_absolute

    lowered = text.lower()
    month = re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", lowered) is not None
    numeric = re.search(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", lowered) is not None
    if not numeric and not any(c.isdigit() for c in text):
        assert not _looks_absolute(text)
    if not numeric and not month:
        assert not _looks_absolute(text)
    if numeric:
        assert _looks_absolute(text)


def test_a_long_run_of_years_and_dashes_is_no_expression_and_is_read_to_the_end():
    # one 4,000-year "date" such as a fuzzer or a broken table produces; benchmarks/dates_speed.py
    # --scaling shows the time stays linear in its length
    assert resolve("2021-" * 4000, Context(PUBLISHED)) is None


def reading(text, published=PUBLISHED, tense=None, reference=None):
    return resolve(text, Context(published, tense, reference))


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("about two years", "APPROX"),
        ("around noon", "APPROX"),
        ("two weeks or so", "APPROX"),
        ("early August", "START"),
        ("earlier this month", "START"),
        ("the beginning of 2019", "START"),
        ("mid-August", "MID"),
        ("the middle of the year", "MID"),
        ("late last year", "END"),
        ("the end of the year", "END"),
        ("more than two weeks", "MORE_THAN"),
        ("less than an hour", "LESS_THAN"),
        ("at least ten days", "EQUAL_OR_MORE"),
        ("no more than sixty days", "EQUAL_OR_LESS"),
        ("more than three years ago", "BEFORE"),
        ("less than a week ago", "AFTER"),
        ("2024 or later", "ON_OR_AFTER"),
        ("last month", None),
        ("three years", None),
    ],
)
def test_mod_comes_from_the_words_that_qualify_the_expression(text, mod):
    assert reading(text).mod == mod


def test_more_than_a_length_later_is_after_the_day_it_counts_from():
    """Counted from a day the text named, the point is after the one a month on (AFTER);
    with no such day it is the length, more than a month (MORE_THAN)."""
    named = Point("day", date(2021, 6, 1))
    counted = reading("more than a month later", reference=named)
    assert (counted.value, counted.mod) == ("2021-07", "AFTER")
    alone = reading("more than a month later")
    assert (alone.value, alone.type, alone.mod) == ("P1M", "DURATION", "MORE_THAN")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("last month", "2021-08-01", "2021-08-31"),
        ("2021", "2021-01-01", "2021-12-31"),
        ("yesterday", "2021-09-29", "2021-09-29"),
        ("last week", "2021-09-20", "2021-09-26"),
        ("the weekend", "2021-09-25", "2021-09-26"),
        ("the third quarter", "2021-07-01", "2021-09-30"),
        ("the second half of 2020", "2020-07-01", "2020-12-31"),
        ("last winter", "2020-12-01", "2021-02-28"),
        ("February 2024", "2024-02-01", "2024-02-29"),
        ("the 1990s", "1990-01-01", "1999-12-31"),
        ("the 20th century", "1900-01-01", "1999-12-31"),
        ("this morning", "2021-09-30", "2021-09-30"),
        ("early August", "2021-08-01", "2021-08-31"),
    ],
)
def test_range_is_the_calendar_stretch_of_the_value_inclusive(text, first, last):
    assert reading(text).range == (first, last)


def test_a_shift_from_a_date_in_the_text_has_the_range_of_the_shifted_stretch():
    found = reading("a month earlier", reference=Point("month", date(2021, 3, 1)))
    assert (found.value, found.range) == ("2021-02", ("2021-02-01", "2021-02-28"))


@pytest.mark.parametrize("text", ["three years", "every Friday", "weekly", "recently", "now", "August 26"])
def test_durations_sets_references_and_unanchored_dates_have_no_range(text):
    published = None if text == "August 26" else PUBLISHED
    assert reading(text, published=published).range is None


@given(st.dates(min_value=date(2, 1, 1), max_value=date(9000, 12, 31)), st.sampled_from(["day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century"]))
def test_every_range_contains_its_point_and_is_ordered(day, grain):
    point = Point(grain, day, "SU" if grain == "season" else None)
    first, last = point.first_and_last_day()
    assert first <= last
    if grain == "weekend":  # the weekend of the day's ISO week
        assert (first.isoweekday(), last.isoweekday()) == (6, 7) and first.isocalendar()[:2] == day.isocalendar()[:2]
    elif grain != "season":
        assert first <= day <= last


def test_the_last_or_past_unit_is_the_stretch_before_unless_a_preposition_makes_it_a_length():
    assert value("the last week") == ("2021-W38", "DATE")
    assert value("the past year") == ("2020", "DATE")
    for lead in ("for", "over", "during", "throughout", "within"):
        found = resolve("the past year", Context(PUBLISHED, lead=lead))
        assert (found.value, found.type, found.range) == ("P1Y", "DURATION", None), lead
    assert resolve("the next decade", Context(PUBLISHED, lead="over")).value == "P1DE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("recent weeks", "PXW"),
        ("recent months", "PXM"),
        ("recent years", "PXY"),
        ("the coming days", "PXD"),
        ("the weeks ahead", "PXW"),
        ("coming years", "PXY"),
    ],
)
def test_recent_and_coming_units_are_lengths_of_unknown_count(text, expected):
    assert value(text) == (expected, "DURATION")


def test_decades_are_points_as_names_and_lengths_as_counts():
    assert value("the 1990s") == ("199", "DATE")
    assert value("a decade") == ("P1DE", "DURATION")
    assert value("two decades") == ("P2DE", "DURATION")


def test_today_is_the_day_unless_the_sentence_speaks_of_the_present_in_general():
    assert value("today") == ("2021-09-30", "DATE")
    assert resolve("today", Context(PUBLISHED, "present", generic_present=True)).value == "PRESENT_REF"


def test_a_passage_about_an_earlier_date_anchors_its_year_less_days():
    narrated_day = Point("day", date(2012, 7, 4))  # a Wednesday
    found = resolve("Sunday", Context(PUBLISHED, "past", narrative=narrated_day))
    assert (found.value, found.anchor) == ("2012-07-01", "text")
    found = resolve("March 3", Context(PUBLISHED, "past", narrative=narrated_day))
    assert (found.value, found.anchor) == ("2012-03-03", "text")
    narrated_month = Point("month", date(2012, 7, 1))
    found = resolve("Sunday night", Context(PUBLISHED, "past", narrative=narrated_month))
    assert (found.value, found.anchor) == ("2012-WXX-7TNI", "text")
    found = resolve("8 pm Sunday", Context(PUBLISHED, "past", narrative=narrated_day))
    assert found.value == "2012-07-01T20:00"
    # explicit relatives stay on the publication date
    assert resolve("last Sunday", Context(PUBLISHED, "past", narrative=narrated_day)).value == "2021-09-26"


@pytest.mark.parametrize(
    ("left", "right", "completed"),
    [
        ("March", "May 2020", "March 2020"),
        ("May 1", "June 3, 2020", "May 1 2020"),
        ("1", "3 June", "1 June"),
        ("1", "June 3, 2020", "June 1, 2020"),
        ("12", "18 months", "12 months"),
        ("two", "three weeks", "two weeks"),
        ("2019", "2020", None),
        ("March", "May", None),
        ("the spring", "2020", None),
        ("Monday", "Tuesday nights", "Monday nights"),
        ("Monday", "Tuesday", None),
    ],
)
def test_the_left_end_of_a_range_takes_what_it_leaves_out_from_the_right(left, right, completed):
    from geonews_extract.timex.ranges import complete_left

    assert complete_left(left, right) == completed


@pytest.mark.parametrize(
    ("left", "right", "completed"),
    [("1990", "91", "1991"), ("2014", "15", "2015"), ("1999", "01", None), ("2009", "10", "2010"), ("1998", "03", None), ("1990", "2000", None)],
)
def test_a_two_digit_year_ending_a_range_takes_the_century_of_its_start(left, right, completed):
    from geonews_extract.timex.ranges import complete_right

    assert complete_right(left, right) == completed


def test_year_end_and_possessive_years():
    assert (reading("year-end").value, reading("year-end").mod) == ("2021", "END")
    assert reading("year's end").value == "2021"
    assert resolve("year-end", Context(PUBLISHED, "past", lead="since")).value == "2020"
    assert value("this year's third quarter") == ("2021-Q3", "DATE")
    assert value("next year's first quarter") == ("2022-Q1", "DATE")
    assert value("fourth-quarter") == ("2021-Q4", "DATE")


def test_clock_lengths_and_halves():
    assert value("2:03:59") == ("PT2H3M59S", "DURATION")
    assert resolve("2:03:59", Context(PUBLISHED, lead="at")).value == "2021-09-30T02:03:59"
    assert value("a minute and a half") == ("PT1M30S", "DURATION")
    assert value("an hour and a half") == ("PT1H30M", "DURATION")
    assert value("two years and a half") == ("P2Y6M", "DURATION")
    assert value("eight years from now") == ("2029", "DATE")


def test_the_previous_or_following_weekday_counts_from_the_day_the_text_named():
    friday = Point("day", date(2021, 8, 27))
    assert value("the previous Friday", reference=friday) == ("2021-08-20", "DATE")
    assert value("the following Monday", reference=friday) == ("2021-08-30", "DATE")
    assert value("the preceding Wednesday", reference=friday) == ("2021-08-25", "DATE")
    # no date named yet: counted from the publication day (a Thursday)
    assert value("the previous Friday") == ("2021-09-24", "DATE")
    assert value("the following Monday", published=None) == ("XXXX-WXX-1", "DATE")
    assert value("the following Monday", reference=Point("month", date(2021, 8, 1))) == ("2021-10-04", "DATE")


def test_a_fractional_shift_of_years_is_counted_in_months():
    assert value("a year and a half ago") == ("2020-03", "DATE")
    assert value("2.5 years ago") == ("2019-03", "DATE")
    # shorter units: the length at least
    assert value("a day and a half later") == ("P1DT12H", "DURATION")


def test_second_before_a_part_of_a_year_is_an_ordinal():
    assert value("the 1988 second quarter") == ("1988-Q2", "DATE")
    assert value("the second half of 2020") == ("2020-H2", "DATE")
    assert value("two second") == ("PT2S", "DURATION")


def test_one_day_ahead_is_a_day_to_come_and_a_length_elsewhere():
    assert resolve("one day", Context(PUBLISHED, "future", lead="will")).value == "FUTURE_REF"
    assert resolve("One day", Context(PUBLISHED, "future")).value == "FUTURE_REF"
    assert resolve("some day", Context(PUBLISHED, "future", lead="could")).value == "FUTURE_REF"
    assert resolve("one day", Context(PUBLISHED, "future", lead="for")).value == "P1D"
    assert resolve("one day", Context(PUBLISHED, "past", lead="will")).value == "P1D"


def test_a_unit_read_as_a_rate_is_a_set_and_a_length_elsewhere():
    assert resolve("a day", Context(PUBLISHED, rate=True)).value == "P1D"
    assert resolve("a day", Context(PUBLISHED, rate=True)).type == "SET"
    assert (resolve("a day", Context(PUBLISHED)).value, resolve("a day", Context(PUBLISHED)).type) == ("P1D", "DURATION")


def test_overnight_is_the_night_leading_into_the_day_it_is_told_on():
    friday = Point("day", date(2021, 9, 24))
    assert resolve("overnight", Context(PUBLISHED, "past", friday, lead="after")).value == "2021-09-23TNI"
    assert resolve("overnight", Context(PUBLISHED, "past", lead="by")).value == "2021-09-29TNI"
    assert resolve("overnight", Context(PUBLISHED, "future", lead="until")).value == "2021-09-30TNI"


def test_a_part_of_the_day_alone_needs_a_preposition_that_places_the_event():
    def part(text, lead, reference=None):
        found = resolve(text, Context(PUBLISHED, reference=reference, lead=lead))
        return None if found is None else found.value

    assert part("the morning", "in") == "2021-09-30TMO"
    assert part("mid afternoon", "by") == "2021-09-30TAF"
    assert part("the evening", "during", Point("day", date(2021, 9, 27))) == "2021-09-27TEV"
    assert part("morning", "'s") is None
    assert part("evening", "good") is None


def test_a_weekday_before_its_date_leaves_the_date_to_decide():
    assert value("this coming Monday, October 4") == ("2021-10-04", "DATE")
    assert value("last Friday, Sept. 24, 2021") == ("2021-09-24", "DATE")


def test_four_digits_before_a_time_zone_are_a_clock_time():
    assert value("1930 GMT") == ("2021-09-30T19:30", "TIME")
    assert value("0815 GMT Tuesday") == ("2021-09-28T08:15", "TIME")
    assert value("1930") == ("1930", "DATE")
    assert value("2475 GMT") is None


def test_or_so_before_a_shift_is_an_approximate_shift():
    found = resolve("a week or so ago", Context(PUBLISHED))
    assert (found.value, found.mod) == ("2021-09-23", "APPROX")


@pytest.mark.parametrize("text", ["the year", "the fiscal year", "the year to date"])
def test_a_year_closing_on_a_named_day_is_a_length_and_the_year_alone_a_point(text):
    closing = resolve(text, Context(PUBLISHED, closes_on_a_day=True))
    alone = resolve(text, Context(PUBLISHED))
    assert (alone.value, alone.type) == ("2021", "DATE")
    if text.endswith("to date"):
        assert (closing.value, closing.type) == ("2021", "DATE")
    else:
        assert (closing.value, closing.type, closing.range) == ("P1Y", "DURATION", None)


def test_last_and_next_before_a_month_day_point_away_from_the_publication_day():
    assert value("last Oct. 12", tense="future") == ("2020-10-12", "DATE")
    assert value("last Sept. 12") == ("2021-09-12", "DATE")
    assert value("next Sept. 12", tense="past") == ("2022-09-12", "DATE")
    assert value("last Feb. 29") == ("2020-02-29", "DATE")


def test_an_hour_of_a_named_part_of_the_day():
    assert value("5 in the morning") == ("2021-09-30T05:00", "TIME")
    assert value("4 in the afternoon on Friday", tense="past") == ("2021-09-24T16:00", "TIME")
    assert value("2 at night") == ("2021-09-30T02:00", "TIME")
    assert value("10 at night") == ("2021-09-30T22:00", "TIME")


def test_the_week_of_a_day_is_that_week():
    assert value("the week of Oct. 4", tense="future") == ("2021-W40", "DATE")
    assert value("week of Sept. 13", tense="past") == ("2021-W37", "DATE")
    assert value("the weekend of Sept. 13", tense="past") == ("2021-W37-WE", "DATE")


def test_the_week_of_a_holiday_is_the_iso_week_that_holds_it():
    assert value("Easter week 2000") == ("2000-W16", "DATE")  # Easter Sunday was April 23
    assert value("Christmas week", tense="future") == ("2021-W51", "DATE")
    assert value("Christmas") == ("2021-12-25", "DATE")


def test_a_season_recurs_once_a_year():
    assert value("each season") == ("P1Y", "SET")
    assert value("every season") == ("P1Y", "SET")
    assert value("a season") is None or value("a season")[1] != "SET"  # a length, not a rate, alone


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert value("Election Day", tense="future") == ("2021-11-02", "DATE")
    assert value("Election Day 2022") == ("2022-11-08", "DATE")  # November 1, 2022 was a Tuesday
    assert value("last Election Day") == ("2020-11-03", "DATE")
    assert value("New Year's Eve", tense="past") == ("2020-12-31", "DATE")
    assert value("Christmas Day 2019") == ("2019-12-25", "DATE")


def test_the_early_hours_of_a_day_are_its_morning_from_the_start():
    found = resolve("the early hours of Tuesday", Context(PUBLISHED, "past"))
    assert (found.value, found.type, found.mod) == ("2021-09-28TMO", "TIME", "START")
    found = resolve("the small hours of Sunday", Context(PUBLISHED, "past"))
    assert (found.value, found.mod) == ("2021-09-26TMO", "START")
    alone = resolve("the early hours", Context(PUBLISHED, "past", lead="in"))
    assert (alone.value, alone.type, alone.mod) == ("2021-09-30TMO", "TIME", "START")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twice a week", ("P1W", "SET", None, "2X")),
        ("three times a year", ("P1Y", "SET", None, "3X")),
        ("once every month", ("P1M", "SET", "EVERY", "1X")),
        ("every Tuesday", ("XXXX-WXX-2", "SET", "EVERY", None)),
        ("each month", ("P1M", "SET", "EACH", None)),
        ("every other week", ("P2W", "SET", "EVERY", None)),
        ("each summer", ("XXXX-SU", "SET", "EACH", None)),
        ("weekly", ("P1W", "SET", None, None)),
        ("last week", ("2021-W38", "DATE", None, None)),
        ("two weeks", ("P2W", "DURATION", None, None)),
    ],
)
def test_sets_carry_timeml_quant_and_freq(text, expected):
    # TimeML: quant is the quantifier of a set ("every", "each"), freq how often it recurs in
    # each period ("twice" -> 2X); neither belongs to a date or a duration
    found = resolve(text, Context(PUBLISHED))
    assert (found.value, found.type, found.quant, found.freq) == expected


_SET_WORDS = st.sampled_from(["every", "each", "once", "twice", "3 times", "a", "per", "other", "week", "month", "Tuesday", "last", "daily", "two", "years", "ago"])


@given(st.lists(_SET_WORDS, min_size=1, max_size=5).map(" ".join))
def test_only_sets_carry_quant_and_freq(text):
    found = resolve(text, Context(PUBLISHED))
    if found is not None and found.type != "SET":
        assert (found.quant, found.freq) == (None, None)
    if found is not None and found.freq is not None:
        assert re.fullmatch(r"(\d+|X)X", found.freq)


def test_a_day_named_again_takes_the_day_or_month_the_text_is_in():
    day, month = Point("day", date(2019, 6, 14)), Point("month", date(2019, 3, 1))
    assert value("that same day", reference=day) == ("2019-06-14", "DATE")
    assert value("that same morning", reference=day) == ("2019-06-14TMO", "TIME")
    assert value("that day", reference=month) == ("2019-03-XX", "DATE")  # a day of March, which unknown


def test_a_part_of_the_year_is_of_the_publication_year_as_the_year_is():
    year = Point("year", date(1990, 1, 1))
    assert value("the first half of the year") == ("2021-H1", "DATE")
    assert value("the fourth quarter of the year", tense="past") == ("2021-Q4", "DATE")
    assert value("the second quarter of the year", reference=year) == ("2021-Q2", "DATE")
    assert value("later in the year", reference=year) == ("2021", "DATE")


def test_a_weekday_of_a_week_named_relative_to_the_publication():
    assert value("Friday last week") == ("2021-09-24", "DATE")
    assert value("Tuesday of next week") == ("2021-10-05", "DATE")
    assert value("Monday this week") == ("2021-09-27", "DATE")


def test_a_quarter_of_a_year_named_is_the_quarter_under_discussion_in_that_year():
    assert value("last year's quarter", tense="past") == ("2020-Q2", "DATE")
    assert value("last year's quarter", reference=Point("quarter", date(2021, 7, 1))) == ("2020-Q3", "DATE")


def test_a_couple_of_units_is_about_two():
    found = resolve("a couple of years", Context(PUBLISHED))
    assert (found.value, found.mod) == ("P2Y", "APPROX")
    assert resolve("the next couple of weeks", Context(PUBLISHED, lead="over")).mod == "APPROX"
    assert resolve("two years", Context(PUBLISHED)).mod is None


def test_a_day_of_the_month_without_its_month():
    # "the 15th" alone: a day of the month around the publication day the tense points to
    assert value("the 15th", tense="past") == ("2021-09-15", "DATE")
    assert value("the 15th", tense="future") == ("2021-10-15", "DATE")
    assert value("the 29th", tense="past") == ("2021-09-29", "DATE")
    assert value("the 31st", tense="past") == ("2021-08-31", "DATE")  # September has no 31st
    assert value("the 29th", date(2021, 9, 20), tense="past") == ("2021-08-29", "DATE")  # still ahead in September
    assert value("the 2nd", tense="future") == ("2021-10-02", "DATE")
    assert value("the 30th") == ("2021-09-30", "DATE")  # no tense: the nearest
    assert value("the 15th of the month", tense="past") == ("2021-09-15", "DATE")
    assert value("the 15th of last month") == ("2021-08-15", "DATE")
    assert value("the 3rd of next month") == ("2021-10-03", "DATE")
    # after a month the text named ("In March, ... on the 15th"): a day of that month
    assert value("the 15th", tense="past", reference=Point("month", date(2019, 3, 1))) == ("2019-03-15", "DATE")
    assert value("the 31st", tense="past", reference=Point("month", date(2019, 2, 1))) == (None, "DATE")  # no such day
    assert value("the 45th") is None
    assert value("the 15th", published=None) == ("XXXX-XX-15", "DATE")


def test_a_month_or_season_named_from_the_date_the_text_told_of():
    november = Point("month", date(2016, 11, 1))
    assert value("the following January", tense="past", reference=november) == ("2017-01", "DATE")
    assert value("the next March", tense="past", reference=november) == ("2017-03", "DATE")
    assert value("the previous December", tense="past", reference=november) == ("2015-12", "DATE")
    assert value("the preceding June", tense="past", reference=november) == ("2016-06", "DATE")
    assert value("that January", tense="past", reference=november) == ("2016-01", "DATE")
    assert value("the following spring", tense="past", reference=Point("month", date(2018, 3, 1))) == ("2019-SP", "DATE")
    assert value("the following spring", tense="past", reference=Point("year", date(2018, 1, 1))) == ("2019-SP", "DATE")
    assert value("that summer", tense="past", reference=Point("month", date(2014, 5, 1))) == ("2014-SU", "DATE")
    assert value("the previous winter", tense="past", reference=Point("month", date(2014, 5, 1))) == ("2013-WI", "DATE")
    # with no date told of: from the publication day; "that January" refers to nothing
    assert value("the following January") == ("2022-01", "DATE")
    assert value("the previous summer") == ("2021-SU", "DATE")
    assert value("that January") == (None, "DATE")


def test_a_part_of_the_day_before_or_after_the_day_told_of():
    election = Point("day", date(2016, 11, 8))
    assert value("the previous night", tense="past", reference=election) == ("2016-11-07TNI", "TIME")
    assert value("the preceding evening", tense="past", reference=election) == ("2016-11-07TEV", "TIME")
    assert value("the night before", tense="past", reference=election) == ("2016-11-07TNI", "TIME")
    assert value("the morning after", tense="past", reference=election) == ("2016-11-09TMO", "TIME")
    assert value("the night before") == ("2021-09-29TNI", "TIME")  # no day told of: the publication day's eve


def test_that_weekend_and_that_decade_are_those_of_the_date_told_of():
    day = Point("day", date(2019, 9, 3))
    assert value("that weekend", tense="past", reference=day) == ("2019-W36-WE", "DATE")
    assert value("that same weekend", tense="past", reference=day) == ("2019-W36-WE", "DATE")
    assert value("that decade", tense="past", reference=day) == ("201", "DATE")
    assert value("that century", tense="past", reference=Point("year", date(1848, 1, 1))) == ("18", "DATE")
    assert value("that weekend") == (None, "DATE")  # nothing told of


def test_that_quarter_and_the_short_term():
    quarter = Point("quarter", date(2020, 4, 1))
    assert value("that quarter", tense="past", reference=quarter) == ("2020-Q2", "DATE")
    assert value("that same half", tense="past", reference=quarter) == ("2020-H1", "DATE")
    assert value("the short term") == ("FUTURE_REF", "DATE")
    assert value("as soon as possible") == ("FUTURE_REF", "DATE")
    assert value("that quarter", tense="past", reference=Point("day", date(2020, 10, 31))) is None


def test_the_same_period_last_year_after_the_day_a_quarter_ended():
    # "for the third quarter ended Sept. 30 ... compared with the same period last year"
    closing_day = Point("day", date(2021, 9, 30))
    assert value("the same period last year", tense="past", reference=closing_day) == ("2020-Q3", "DATE")
    assert value("the corresponding period last year", tense="past", reference=closing_day) == ("2020-Q3", "DATE")
    assert value("the same period last year", tense="past", reference=Point("day", date(2021, 9, 28))) == ("2020", "DATE")  # no period told of


def test_later_in_the_week_is_of_the_day_told_of():
    monday = Point("day", date(2021, 9, 27))
    found = reading("later in the week", tense="past", reference=monday)
    assert (found.value, found.type, found.mod) == ("2021-W39", "DATE", "END")
    found = reading("Earlier in the month", tense="past", reference=monday)
    assert (found.value, found.mod) == ("2021-09", "START")
    assert value("later in the week", tense="future") == ("2021-W39", "DATE")  # nothing told of: the publication's
    assert value("later in the week", tense="past", reference=Point("day", date(2015, 3, 3))) == ("2015-W10", "DATE")


def test_past_and_future_with_a_bare_plural_unit_are_references():
    # "in past years", "will cut taxes in future quarters": an indefinite past or future;
    # "the past few years" and "recent years" stay lengths
    assert value("past years") == ("PAST_REF", "DATE")
    assert value("future quarters") == ("FUTURE_REF", "DATE")
    assert value("future years") == ("FUTURE_REF", "DATE")
    assert value("the past few years") == ("PXY", "DURATION")
    assert value("recent years") == ("PXY", "DURATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five years ago this week", ("2016-W39", "DATE")),
        ("ten years ago this month", ("2011-09", "DATE")),
        ("a year ago today", ("2020-09-30", "DATE")),
        ("this time last year", ("2020-09-30", "DATE")),
        ("this time next year", ("2022-09-30", "DATE")),
    ],
)
def test_a_shift_narrowed_to_the_publications_week_month_or_day(text, expected):
    assert value(text) == expected


def test_a_shift_in_weeks_is_not_narrowed_to_this_month():
    assert value("two weeks ago this month") is None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("the day after Christmas", "past", ("2020-12-26", "DATE")),
        ("the day before New Year's Day", "future", ("2021-12-31", "DATE")),
        ("the day before last Tuesday", None, ("2021-09-27", "DATE")),
    ],
)
def test_the_day_next_to_a_day_named(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_the_day_next_to_what_is_no_day_reads_as_nothing():
    assert value("the day after the funeral") is None
    assert value("the day after Christmas", published=None) == ("XXXX-12-26", "DATE")


def test_weekends_after_on_or_at_are_a_set():
    found = resolve("weekends", Context(PUBLISHED, lead="on"))
    assert (found.value, found.type) == ("XXXX-WXX-WE", "SET")
    assert resolve("weekends", Context(PUBLISHED, lead="at")).type == "SET"
    assert resolve("weekends", Context(PUBLISHED, lead="for")).type == "DURATION"


def test_some_before_a_count_is_about_that_count():
    found = resolve("some three weeks", Context(PUBLISHED))
    assert (found.value, found.type, found.mod) == ("P3W", "DURATION", "APPROX")
    assert value("some years") == ("PXY", "DURATION")


def test_a_day_of_the_month_after_a_day_of_another_month_is_in_that_month():
    march = Point("day", date(2021, 3, 3))
    assert value("the 15th", tense="past", reference=march) == ("2021-03-15", "DATE")
    this_month = Point("day", date(2021, 9, 28))  # a day of the publication's month: the tense decides
    assert value("the 15th", tense="future", reference=this_month) == ("2021-10-15", "DATE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Labor Day weekend", ("2021-W35-WE", "DATE")),  # Monday, September 6: the weekend before it
        ("Thanksgiving weekend", ("2021-W47-WE", "DATE")),  # Thursday: the weekend after it
        ("the Memorial Day weekend 2019", ("2019-W21-WE", "DATE")),
        ("Christmas night", ("2020-12-25TNI", "TIME")),
    ],
)
def test_a_holidays_weekend_and_night(text, expected):
    assert value(text, tense="past") == expected


def test_a_holiday_after_the_is_no_expression_alone():
    assert value("the Christmas") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January", ("2021-01", "DATE")),  # not the January ahead, nearer in a present-tense sentence
        ("Nov. 15", ("2020-11-15", "DATE")),  # not the one six weeks ahead
        ("Monday", ("2021-09-27", "DATE")),
        ("the third quarter", ("2021-Q3", "DATE")),
    ],
)
def test_a_point_after_since_lies_behind_whatever_the_tense(text, expected):
    found = resolve(text, Context(PUBLISHED, "present", lead="since"))
    assert (found.value, found.type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half a century ago", ("1971", "DATE")),
        ("a quarter of a century ago", ("1996", "DATE")),
        ("half a century", ("P50Y", "DURATION")),
        ("a quarter-century", ("P25Y", "DURATION")),
        ("half a decade", ("P5Y", "DURATION")),
    ],
)
def test_parts_of_a_decade_or_century_are_counted_in_years(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a further three months", ("P3M", "DURATION")),
        ("an extra week", ("P1W", "DURATION")),
        ("a fortnight", ("P2W", "DURATION")),
        ("twice daily", ("P1D", "SET")),
    ],
)
def test_one_more_length_a_fortnight_and_a_frequency_before_a_set_adverb(text, expected):
    assert value(text) == expected


def test_a_frequency_before_a_set_adverb_is_its_freq():
    assert resolve("twice daily", Context(PUBLISHED)).freq == "2X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two years running", ("P2Y", "DURATION")),
        ("a single month", ("P1M", "DURATION")),
        ("those four years", ("P4Y", "DURATION")),
        ("every fiscal year", ("P1Y", "SET")),
        ("a long time ago", ("PAST_REF", "DATE")),
        ("years past", ("PAST_REF", "DATE")),
        ("these days", ("PRESENT_REF", "DATE")),
    ],
)
def test_more_ways_news_writes_a_length_a_set_or_the_past(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 ½ years", ("P5Y6M", "DURATION")),
        ("15 extra minutes", ("PT15M", "DURATION")),
    ],
)
def test_a_written_fraction_and_extra_units(text, expected):
    assert value(text) == expected


def test_the_same_night_is_the_night_of_the_day_told_of():
    assert value("the same night", reference=Point("day", date(2021, 9, 20))) == ("2021-09-20TNI", "TIME")


def test_a_chain_of_days_beside_days_and_a_huge_count_read_as_nothing():
    assert resolve("the day after " * 2000 + "Christmas", Context(PUBLISHED)) is None
    assert resolve("1" * 400 + " years", Context(PUBLISHED)).value is None


def test_written_fractions_are_read_in_linear_time():
    import time

    started = time.perf_counter()
    resolve("5 ½ " + "9" * 100_000, Context(PUBLISHED))
    assert time.perf_counter() - started < 5
