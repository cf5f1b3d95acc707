"""Values, types and mods of time expressions where newswire writes them in forms the
rules once missed or misread, in sentences written for these tests. Values and mods
follow the TimeML (TIMEX3) guidelines."""

import pytest

from geonews_extract import extract

PUBLISHED = "2024-03-14"  # a Thursday


def found(sentence, nlp):
    return [(t.text, t.value, t.type, t.mod) for t in extract(sentence, published=PUBLISHED, nlp=nlp).times]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Critics blame the post-1990 reforms for the slump.", ("post-1990", "1990", "DATE", "AFTER")),
        ("The pre-2008 lending rules were far looser.", ("pre-2008", "2008", "DATE", "BEFORE")),
        ("Post-1945 housing makes up most of the district.", ("Post-1945", "1945", "DATE", "AFTER")),
    ],
)
def test_a_year_joined_to_pre_or_post_is_that_year_before_or_after(nlp, sentence, expected):
    assert found(sentence, nlp) == [expected]



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister resigned on Monday after weeks of protests.",
            [("Monday", "2024-03-11", "DATE", None), ("weeks", "PXW", "DURATION", None)],
        ),
        (
            "Rebels withdrew on Friday after months of fighting.",
            [("Friday", "2024-03-08", "DATE", None), ("months", "PXM", "DURATION", None)],
        ),
    ],
)
def test_a_day_before_after_and_a_length_is_the_day_and_the_length(nlp, sentence, expected):
    assert found(sentence, nlp) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The filing deadline expires at midnight on Friday.", ("midnight on Friday", "2024-03-15T24:00", "TIME", None)),
        ("The truce takes effect at dawn on Saturday.", ("dawn on Saturday", "2024-03-16TMO", "TIME", None)),
    ],
)
def test_a_clock_time_and_a_day_on_a_timetable_verb_lie_ahead(nlp, sentence, expected):
    assert found(sentence, nlp) == [expected]


@pytest.mark.parametrize(
    ("sentence", "holiday", "value"),
    [
        ("The fighting began in August 1914. By Christmas, a million men were dead.", "Christmas", "1914-12-25"),
        ("The river burst its banks in November 2019. On Thanksgiving, volunteers served hot meals.", "Thanksgiving", "2019-11-28"),
    ],
)
def test_a_holiday_in_a_passage_about_an_earlier_date_is_placed_around_it(nlp, sentence, holiday, value):
    assert (holiday, value) in [(t[0], t[1]) for t in found(sentence, nlp)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strikers were sent home on Easter Monday.", ("Easter Monday", "2023-04-10", "DATE", None)),
        ("The cathedral was packed on Easter Sunday.", ("Easter Sunday", "2023-04-09", "DATE", None)),
    ],
)
def test_a_day_named_from_easter_is_one_expression(nlp, sentence, expected):
    assert found(sentence, nlp) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A curfew is in force from 10 p.m. to 6 a.m.",
            [("10 p.m.", "2024-03-14T22:00", "TIME", None), ("6 a.m.", "2024-03-15T06:00", "TIME", None)],
        ),
        (
            "Artillery pounded the port from 11 p.m. Tuesday until 4 a.m.",
            [("11 p.m. Tuesday", "2024-03-12T23:00", "TIME", None), ("4 a.m.", "2024-03-13T04:00", "TIME", None)],
        ),
        (
            "Artillery pounded the port from 11 p.m. Tuesday until 4 a.m. Wednesday.",
            [("11 p.m. Tuesday", "2024-03-12T23:00", "TIME", None), ("4 a.m. Wednesday", "2024-03-13T04:00", "TIME", None)],
        ),
        (
            "The wake went on from 8 p.m. Saturday to 2 a.m. on Monday.",
            [("8 p.m. Saturday", "2024-03-09T20:00", "TIME", None), ("2 a.m.", "2024-03-11T02:00", "TIME", None), ("Monday", "2024-03-11", "DATE", None)],
        ),
    ],
)
def test_a_clock_range_past_midnight_ends_on_the_next_day_and_a_start_keeps_its_own_day(nlp, sentence, expected):
    assert found(sentence, nlp) == expected


@pytest.mark.parametrize(
    ("sentence", "extent"),
    [
        ("Food prices climbed 6 percent in the year to December.", "the year"),
        ("Wages rose 4 percent in the year to the end of June.", "the year"),
    ],
)
def test_the_year_to_a_month_is_twelve_months_closing_on_it(nlp, sentence, extent):
    assert (extent, "P1Y", "DURATION", None) in found(sentence, nlp)


@pytest.mark.parametrize(
    "sentence",
    [
        "A strong current dragged the swimmers out to sea.",
        "Only a minute quantity of gas escaped from the valve.",
    ],
)
def test_time_words_in_another_sense_name_no_time(nlp, sentence):
    assert found(sentence, nlp) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The network hired a former Monday Night Football host.", []),
        ("She watched the Thanksgiving Day Parade on television.", []),
        ("He wrote a book about the Christmas Truce of 1914.", ["1914"]),
    ],
)
def test_a_weekday_or_a_holiday_inside_a_longer_name_is_no_time(nlp, sentence, kept):
    assert [t[0] for t in found(sentence, nlp)] == kept


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Retail sales rose 2 percent in the quarter to March.", "2024-Q1"),
        ("Car exports slipped in the quarter to September.", "2023-Q3"),
    ],
)
def test_the_quarter_to_a_month_is_the_three_months_through_it(nlp, sentence, value):
    assert ("the quarter", value) in [(t[0], t[1]) for t in found(sentence, nlp)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The survey spans the years 1995 to 2005.", ["1995", "2005"]),
        ("Investors recall the years 2008 and 2009 with dread.", ["2008", "2009"]),
    ],
)
def test_each_year_after_the_years_is_an_expression(nlp, sentence, expected):
    assert [t[1] for t in found(sentence, nlp)] == expected
