"""A speech verb in the to-infinitive reports nothing ("declined to say", "it is important to note
that"), unless the verb it hangs on entails the act: "continued to insist" says the insisting went
on. The cue is then the chain of verbs."""

import pytest
from quoting import quote_by

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The mayor continued to insist that the ferry would run all winter.", "the ferry would run all winter",
         "The mayor", "continued to insist"),
        ("Harbour officials have continued to say the pier is safe.", "the pier is safe", "Harbour officials",
         "continued to say"),
    ],
)
def test_a_speech_verb_after_a_verb_that_entails_it_reports_its_clause(nlp, text, content, speaker, cue):
    quote = quote_by(extract(text, nlp=nlp), content)
    assert (quote.speaker.text, quote.cue.text) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to say that the talks had failed.",
        "The mayor wants to say that the ferry will run all winter.",
        "The mayor did not continue to insist that the ferry would run.",
        "The mayor continued to believe that the ferry would run all winter.",
        "It is important to note that the figures are early.",
    ],
)
def test_a_speech_verb_in_the_infinitive_otherwise_reports_nothing(nlp, text):
    assert extract(text, nlp=nlp).quotes == []
