"""Single news sentences whose day hangs on a word around it: "this past" before a holiday,
a part of the day before "on" and its weekday, a verb that closes a period, a present tense
that states a timetable, and a month without a year beside a year the same story names. Sentences written for these
tests; TimeML (TIMEX3) values."""

import pytest

from geonews_extract import extract

#: (publication date, sentence, {extent: value})
SENTENCES = [
    # "this past" and "past" before a holiday: the last one before the publication day
    ("2025-01-08", "\"We spent this past Christmas in a shelter,\" she said.", {"this past Christmas": "2024-12-25"}),
    ("2024-12-02", "Shops reported record sales this past Thanksgiving.", {"this past Thanksgiving": "2024-11-28"}),
    # a part of the day, "on" and a weekday: that part of that day, the preposition left out
    ("2024-06-12", "Soldiers raided the village before dawn on Monday.", {"dawn on Monday": "2024-06-10TMO"}),
    # "the week", "the month" just after a verb that opens or closes it: the period under way
    ("2023-06-30", "Oil ended the month 4% higher.", {"the month": "2023-06"}),
    # a timetable in the present tense: the next such day
    ("2024-06-12", "Polls are open on Sunday.", {"Sunday": "2024-06-16"}),
    (
        "2024-06-12",
        "Polls are open from 7 a.m. to 8 p.m. on Sunday.",
        {"7 a.m.": "2024-06-16T07:00", "8 p.m. on Sunday": "2024-06-16T20:00"},
    ),
    # a month without a year joined by "and" to a verb dated by a year: that year's month
    ("2024-06-12", "The museum opened in May and closed in 2019.", {"May": "2019-05", "2019": "2019"}),
    ("2024-06-12", "The line was shut in March and reopened in 2021.", {"March": "2021-03", "2021": "2021"}),
    # a midnight told of in the past with no day: the one gone by, which closed the day before
    ("2024-06-12", "Residents said the shooting started shortly after midnight.", {"midnight": "2024-06-11T24:00"}),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), SENTENCES, ids=[f"sentence-{i}" for i in range(len(SENTENCES))])
def test_day_words_place_the_day(nlp, published, sentence, expected):
    found = {t.text: t.value for t in extract(sentence, published=published, nlp=nlp).times}
    for extent, value in expected.items():
        assert extent in found, f"{extent!r} not found in {sorted(found)}"
        assert found[extent] == value, (extent, found[extent])
