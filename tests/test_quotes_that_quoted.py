"""A clause opened by "that" whose words are all quoted ('She said that "the port will reopen."')
is the writer's report in the speaker's words: a mixed quote that opens with the "that"."""

import pytest

from geonews_extract import extract


def reported(nlp, text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None, q.cue.text.lower() if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The harbour master told reporters that \u201cthe channel will be dredged before the spring tides.\u201d",
         "that \u201cthe channel will be dredged before the spring tides.\u201d", "The harbour master", "told"),
        ("In a letter to parents, the principal wrote that \"no pupil will lose a place over the fees.\"",
         "that \"no pupil will lose a place over the fees.\"", "the principal", "wrote"),
        # a no-break space between the "that" and the mark, as web copy sets it
        ("She wrote to members in an email, saying that\u00a0\u201cthe vote was never in doubt.\u201d",
         "that\u00a0\u201cthe vote was never in doubt.\u201d", "She", "saying"),
    ],
)
def test_a_quoted_clause_after_that_is_a_mixed_quote_from_the_that(nlp, text, content, speaker, cue):
    assert ("mixed", content, speaker, cue) in reported(nlp, text)

