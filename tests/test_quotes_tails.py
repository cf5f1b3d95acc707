"""Where an indirect quote's content ends when the writer adds a participle saying what the
report did (docs/quotes.md, "Where an indirect quote's content ends")."""

import pytest

from geonews_extract import extract


def contents(nlp, text, cue):
    return [q.content.text for q in extract(text, nlp=nlp).quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The union said the strike would end on Monday, drawing complaints from shop owners.", "said",
         "the strike would end on Monday"),
        ("The governor announced that the bridge would reopen in May, prompting cheers from commuters.",
         "announced", "the bridge would reopen in May"),
        ("The council said it would cut the bus fares by half, reflecting a surge in ticket sales.", "said",
         "it would cut the bus fares by half"),
    ],
)
def test_a_participle_of_consequence_after_the_reported_clause_is_the_writers(nlp, text, cue, content):
    assert contents(nlp, text, cue) == [content]


def test_another_participle_after_the_reported_clause_stays_in_it(nlp):
    text = "The mayor said the new buses would run every ten minutes, saving riders an hour a day."
    assert contents(nlp, text, "said") == ["the new buses would run every ten minutes, saving riders an hour a day"]


def test_a_but_without_a_subject_of_its_own_goes_on_with_the_report(nlp):
    text = "The engineer said the bridge was sound, but needed new paint before winter."
    assert contents(nlp, text, "said") == ["the bridge was sound, but needed new paint before winter"]
