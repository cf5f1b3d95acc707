"""A definite study, survey or poll speaks for whoever made the study named before it as a source
("the survey by Atlantic Opinion Research ... the poll" -> Atlantic Opinion Research)."""

from quoting import entity_of

from geonews_extract import extract


def test_the_poll_is_the_pollster_of_the_survey_before(nlp):
    text = ("Most drivers back the new speed limit, according to the survey by Northgate Research. "
            "Among cyclists, 70 percent backed it, the survey found. "
            "According to the poll, support was highest in the towns.")
    document = extract(text, nlp=nlp)
    found = [(q.speaker.text if q.speaker else None, getattr(entity_of(document, q), "name", None))
             for q in document.quotes]
    assert ("the survey", "Northgate Research") in found
    assert ("the poll", "Northgate Research") in found
