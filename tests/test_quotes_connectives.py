"""A connective that opens the sentence of a fronted report ("Still, ..., the mayor said.") is the
writer's link to the sentence before, not the speaker's words (docs/quotes.md, "A connective
before a fronted report")."""

import pytest

from geonews_extract import extract


def contents(nlp, text, cue):
    return [q.content.text for q in extract(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The ferry was late again on Tuesday. Still, the harbour will open a second pier in May, the mayor said.",
         "said", "the harbour will open a second pier in May"),
        ("Few riders complained about the fares. In fact, ticket sales rose by a third last year, the operator said.",
         "said", "ticket sales rose by a third last year"),
        ("The storm closed two schools. What's more, the roads near the river may stay shut for a week, officials warned.",
         "warned", "the roads near the river may stay shut for a week"),
    ],
)
def test_a_connective_before_a_fronted_report_is_the_writers(nlp, text, cue, content):
    assert contents(nlp, text, cue) == [content]

