"""One clock time for every stage: "15:40" and "9.30" on the 24-hour clock; a live blog's entry
that opens with either form is neither who speaks nor what was said."""

import pytest
from quoting import quote_by

from geonews_extract import extract
from geonews_extract.timex.lexicon import CLOCK_TIME


@pytest.mark.parametrize("word", ["15:40", "9:05", "09.45", "23:59", "0:00", "9.30"])
def test_a_clock_time_is_hours_and_minutes(word):
    assert CLOCK_TIME.fullmatch(word)


@pytest.mark.parametrize("word", ["25:10", "9:75", "3.1", "1530", "12:345"])
def test_what_no_clock_shows_is_no_clock_time(word):
    assert not CLOCK_TIME.fullmatch(word)


LIVE_BLOG = (
    "Budget day live\n"
    "09.45 Chancellor Rachel Whitmore tells MPs the plan will cut waiting lists within a year.\n"
    "10.02 Economists say the figures do not add up.\n"
)


def test_a_live_blog_time_with_a_full_stop_is_left_out_of_the_speaker(nlp):
    document = extract(LIVE_BLOG, nlp=nlp)
    assert quote_by(document, "the plan will cut").speaker.text == "Chancellor Rachel Whitmore"
    assert quote_by(document, "the figures do not").speaker.text == "Economists"
