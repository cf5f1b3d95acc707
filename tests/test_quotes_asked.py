"""A cue clause that ends with a colon right before the next quote introduces that quote: it is
no attribution of the quote before it ('"A." Asked about X, Frost said: "B."')."""

from geonews_extract import extract


def test_a_clause_introducing_the_next_quote_is_not_the_previous_quotes_attribution(nlp):
    document = extract(
        'The captain, Ida Frost, said: "We were lucky." Asked about the storm, Frost said: "It came from nowhere."',
        nlp=nlp,
    )
    cues = {q.content.text: (q.cue.text, q.cue.start) for q in document.quotes}
    text = document.text
    assert cues["We were lucky."] == ("said", text.index("said"))
    assert cues["It came from nowhere."] == ("said", text.rindex("said"))

