"""A that-clause the parse hangs on the noun of the cue's phrase ("said in a tribute [that ...]"),
with its "that" tagged as a relative word: the clause has a subject of its own, so it is what
the cue reports, not a relative clause on the noun."""

import pytest
from quoting import quote_by

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('The rowing club, where he coached for thirty years, said in a tribute that he had '
         '"taught half the town to love the river".',
         'he had "taught half the town to love the river"', "The rowing club"),
        ("The orchestra, which she led until 2019, said in a tribute that she had "
         '"given the hall its voice".',
         'she had "given the hall its voice"', "The orchestra"),
    ],
)
def test_a_that_clause_on_the_noun_after_the_cue_is_what_it_reports(nlp, text, content, speaker):
    quote = quote_by(extract(text, nlp=nlp), content.split()[0] + " " + content.split()[1])
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.kind == "mixed"
