"""A quote the parse read as the subject of the cue after it ('"People like the plans," Ruiz said':
"People" and "Ruiz" both the subject of "said"): the speaker is the subject after the closing mark,
and the quoted words are the direct quote."""

import pytest
from quoting import quote_by

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('"People like the plans that he is talking about," Ruiz said.',
         "People like the plans that he is talking about", "Ruiz"),
        ('"People like him and the plans," Ruiz said.', "People like him and the plans", "Ruiz"),
    ],
)
def test_a_quote_read_as_the_cues_subject_speaks_for_the_subject_after_it(nlp, text, content, speaker):
    quote = quote_by(extract(text, nlp=nlp), content)
    assert quote.kind == "direct" and quote.speaker.text == speaker


def test_a_noun_phrase_after_an_inverted_cue_speaks_whatever_the_parse_hung_it_on(nlp):
    """'"...," said the woman, who ...': the parse may take the noun for the subject of a verb in the
    relative clause after it; the noun phrase right after the cue, up to its comma, still speaks."""
    text = ('"One man came in and said we should close the mill," said the woman, who like many in the town '
            "did not want to be named.")
    quote = quote_by(extract(text, nlp=nlp), "One man came in")
    assert quote.kind == "direct" and quote.speaker.text == "the woman"
