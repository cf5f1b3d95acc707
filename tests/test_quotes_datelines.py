"""A dateline ends with a dash, an ASCII hyphen as often as an em dash ("ROUEN, France - ..."):
the place says where the story was filed, never who speaks, whatever the parse hangs on it."""

import pytest
from quoting import entity_of

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "speaker", "place"),
    [
        ("Port Strike Ends\nROUEN, France - The Haropa port authority said on Friday that work would resume at dawn.",
         "The Haropa port authority", "Rouen"),
        ("Mill to Close\nTAMPERE - Nordkraft Paper, the Finnish maker of packaging board, said on Monday that "
         "it would close its oldest mill.", "Nordkraft Paper", "Tampere"),
    ],
)
def test_the_place_before_the_hyphen_is_no_speaker(nlp, text, speaker, place):
    document = extract(text, nlp=nlp)
    [quote] = document.quotes
    assert quote.speaker.text == speaker
    found = entity_of(document, quote)
    assert found is None or found.name.casefold() != place.casefold()

