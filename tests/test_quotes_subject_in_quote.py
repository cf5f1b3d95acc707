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
