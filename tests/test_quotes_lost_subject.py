"""A reported clause whose subject the parse hung on the cue as its object ('promised [her plan]
would be paid for') still opens with that subject: the content is the whole clause."""

import pytest

from geonews_extract import extract


def contents(nlp, text):
    return [(q.kind, q.content.text, q.cue.text.lower() if q.cue else None) for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The governor promised her whole rail scheme would be funded from parking fees.",
         "her whole rail scheme would be funded from parking fees", "promised"),
        ("Two former governors say Senator Ann Lowe, has not been tested in a real crisis.",
         "Senator Ann Lowe, has not been tested in a real crisis", "say"),
        ("The coach argued his push to give younger players more minutes is paying off.",
         "his push to give younger players more minutes is paying off", "argued"),
    ],
)
def test_the_subject_taken_for_the_cues_object_opens_the_content(nlp, text, content, cue):
    assert ("indirect", content, cue) in contents(nlp, text)


def test_a_clause_with_its_own_subject_keeps_its_start(nlp):
    found = contents(nlp, "The coach told the local paper the young players are ready for the final.")
    assert ("indirect", "the young players are ready for the final", "told") in found


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("The council blamed the long drought, which farmers say ruined the harvest.", "ruined the harvest"),
        ("The parking charge, which the governor has repeatedly said was an error, was dropped in June.", "was an error"),
    ],
)
def test_a_relative_pronoun_hung_on_the_cue_is_the_reported_clauses_subject(nlp, text, after):
    quotes = extract(text, nlp=nlp).quotes
    parts = [[p.text for p in q.parts] for q in quotes if q.cue is not None]
    assert ["which", after] in parts
