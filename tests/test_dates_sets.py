"""Sets told by an adverb of frequency, and set words that name no time. Sentences written
for these tests."""

import pytest

from geonews_extract import extract

PUBLISHED = "2024-06-12"


#: A set word just after a percentage is the period of a growth rate, as "year-on-year" is: no time.
RATES = [
    ("Rents are expected to rise 4% annually until 2030.", ["2030"]),
    ("The chain says sales have grown 6 percent yearly since it listed.", []),
    ("Fares will go up 2 per cent annually, the operator said.", []),
]


@pytest.mark.parametrize(("sentence", "times"), RATES)
def test_a_set_word_after_a_percentage_is_a_rate_not_a_time(nlp, sentence, times):
    assert [t.text for t in extract(sentence, published=PUBLISHED, nlp=nlp).times] == times


def test_a_set_word_after_a_count_stays_a_set(nlp):
    found = {t.text: t.type for t in extract("The festival is held annually in May.", published=PUBLISHED, nlp=nlp).times}
    assert found["annually"] == "SET"
