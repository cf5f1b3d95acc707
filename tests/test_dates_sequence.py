"""A season or a day the event followed a length by ("the spring after two years of
drought"): the model may end its entity on "after", leaving the length as an entity of its
own; "after" is then the length's preposition, and the season is an expression by itself, as
it is with a comma before "after". Sentences written for these tests."""

import pytest
from dating import time_failure

from geonews_extract import extract

PUBLISHED = "2024-09-20"

CASES = [
    (
        "The rains returned in the spring after two years of drought.",
        {"the spring": {"value": "2024-SP", "type": "DATE"}, "two years": {"value": "P2Y", "type": "DURATION"}},
    ),
    (
        "The farm was flooded in the spring after two years of drought.",
        {"the spring": {"value": "2024-SP"}, "two years": {"value": "P2Y"}},
    ),
    (
        "Fishing boats went back to sea in the autumn after three years of bans.",
        {"the autumn": {"type": "DATE"}, "three years": {"value": "P3Y"}},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_season_before_after_and_a_length_is_its_own_expression(nlp, sentence, expected):
    failure = time_failure(extract(sentence, published=PUBLISHED, nlp=nlp).times, expected)
    assert failure is None, failure
