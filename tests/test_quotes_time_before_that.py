"""A time phrase between the one told and the that-clause ('told the audience that evening that
...'): the parse hangs the clause on the time noun, and the clause is still what the cue reports."""

from geonews_extract import extract


def _quotes(nlp, text):
    return [(q.content.text, q.speaker.text if q.speaker else None, q.kind) for q in extract(text, nlp=nlp).quotes]


def test_a_that_clause_after_a_time_noun_is_what_was_told(nlp):
    text = 'The conductor Ivo Marsh gave his last concert in May. He told the audience that evening that he had "finally learned to listen."'
    assert ('he had "finally learned to listen."', "He", "mixed") in _quotes(nlp, text)

