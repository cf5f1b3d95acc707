"""A speech verb in the to-infinitive reports nothing ("declined to say", "it is important to note
that"), unless the verb it hangs on entails the act: "continued to insist" says the insisting went
on (the cue is then the chain of verbs), and a clause of purpose on an act done ("stood at the
meeting to say") says what the act was for."""

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
        ("A nurse from Tarrow stood at the hearing on Monday to say that the ward was short of staff.",
         "the ward was short of staff", "A nurse from Tarrow", "say"),
        ("The coach tweeted on Friday to say he had never criticised the referee.",
         "he had never criticised the referee", "The coach", "say"),
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
        "The nurses will stand at the hearing to say that the ward is short of staff.",
        "The coach did not call a press conference to say that the referee had been wrong.",
        "It is important to note that the figures are early.",
    ],
)
def test_a_speech_verb_in_the_infinitive_otherwise_reports_nothing(nlp, text):
    assert extract(text, nlp=nlp).quotes == []
