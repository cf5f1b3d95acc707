"""A verb of finding whose subject is a study, survey, poll or record reports the clause before it
("Most parents back the plan, the survey found."; docs/quotes.md, "What a study found")."""

from geonews_extract import extract


def _quotes(nlp, text):
    return [(q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


def test_the_clause_before_a_survey_found_is_its_finding(nlp):
    text = "Among nurses, 61 percent opposed the longer shifts, the survey found."
    assert _quotes(nlp, text) == [("Among nurses, 61 percent opposed the longer shifts", "the survey", "found")]
    text = ("Children who read aloud every day do better in maths at eleven, a study published on Monday "
            "in the journal Early Years found.")
    found = _quotes(nlp, text)
    assert [(c, cue) for c, _, cue in found] == [("Children who read aloud every day do better in maths at eleven", "found")]
    # a finding of the police is a deed, and a clause after the verb is left as it was
    assert _quotes(nlp, "Divers found the missing boat near the pier, police said.") == [
        ("Divers found the missing boat near the pier", "police", "said")
    ]
    assert _quotes(nlp, "The car was found in a lake near the town.") == []
