"""A definite noun for an orchestra, a theatre or a museum is the latest such organisation named
before as a subject or speaker, as "the club" or "the charity" are (sources.json, 'definite')."""

import pytest
from quoting import entity_of

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("The Northern Sinfonia Orchestra toured Spain last spring. The orchestra said its new season would open in May.",
         "The orchestra", "Northern Sinfonia Orchestra"),
        ("The Lyric Theatre in Belfast reopened on Friday. The theatre said every seat had been sold.",
         "The theatre", "Lyric Theatre"),
        ("The Bergen Maritime Museum bought two old sailing boats. The museum said they would go on show in June.",
         "The museum", "Bergen Maritime Museum"),
    ],
)
def test_the_orchestra_is_the_orchestra_named_before(nlp, text, speaker, name):
    document = extract(text, nlp=nlp)
    found = [(q.speaker.text if q.speaker else None, getattr(entity_of(document, q), "name", None)) for q in document.quotes]
    assert (speaker, name) in found
