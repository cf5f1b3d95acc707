""""According to X" attributes the whole clause it modifies, before or after it, and no more:
the content stops where a second report begins."""

import pytest

from geonews_extract import extract


def reported(nlp, text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None, q.cue.text.lower() if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the coast guard, the ferry ran aground at noon and four passengers were hurt.",
         "the ferry ran aground at noon and four passengers were hurt"),
        ("The ferry ran aground at noon and four passengers were hurt, according to the coast guard.",
         "The ferry ran aground at noon and four passengers were hurt"),
        ("The ferry ran aground at noon, according to the coast guard.", "The ferry ran aground at noon"),
    ],
)
def test_according_to_covers_its_whole_clause_on_either_side(nlp, text, content):
    assert ("indirect", content, "the coast guard", "according to") in reported(nlp, text)


@pytest.mark.parametrize(
    ("text", "content", "second"),
    [
        ("According to the union, the plant will close in June, and the owners said they would sell it.",
         "the plant will close in June", ("they would sell it", "the owners")),
        ("According to residents, the water ran brown for days, while the council said the pipes were clean.",
         "the water ran brown for days", ("the pipes were clean", "the council")),
    ],
)
def test_according_to_stops_before_a_second_attribution(nlp, text, content, second):
    found = reported(nlp, text)
    first = [q for q in found if q[3] == "according to"]
    assert len(first) == 1 and first[0][1] == content
    assert any(q[1] == second[0] and q[2] == second[1] for q in found)
