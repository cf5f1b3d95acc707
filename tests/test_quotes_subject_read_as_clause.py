"""A cue whose subject the parse read as a clause the cue reports: the words before the cue open
with the speaker and run up to it, and the clause after the cue, with a subject of its own, is
what was said ("Smith offered a job, then says [he ...]"). A pronoun before a comma and the cue
is a report whose speaker follows ("He had a say in it, said a former aide")."""

import pytest
from quoting import quote_by

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Okafor handed the clerk a form, then says she will take questions from anyone.",
         "she will take questions from anyone", "Okafor"),
        ("The coach praised the squad twice, then says the team will need a new keeper.",
         "the team will need a new keeper", "The coach"),
    ],
)
def test_the_clause_after_a_cue_without_subject_is_reported_by_the_subject_before(nlp, text, content, speaker):
    quote = quote_by(extract(text, nlp=nlp), content)
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.text == speaker


def test_a_pronoun_clause_before_a_comma_and_the_cue_does_not_speak(nlp):
    document = extract("He also had a say in the budget talks, said a former aide to the governor.", nlp=nlp)
    assert all(q.speaker is None or q.speaker.text != "He" for q in document.quotes)
