"""A surname the tagger typed as no person, after the person was named in full, is that person for
a later "he" or "she" ("Victor Mendes ... Mendes did not concede. ..., he said": Mendes, not the
clerk quoted in between)."""

from quoting import entity_of

from geonews_extract import extract


def test_he_after_a_mistyped_surname_is_the_person_named_in_full(nlp):
    text = ("PORT ELLIS, Maine - A newcomer narrowly won the race for mayor on Tuesday, defeating two-term councilman "
            "Victor Mendes by 412 votes.\n"
            "Turnout was 58 percent, City Clerk Janice Okafor said.\n"
            "Mendes did not concede immediately. Speaking to reporters at his campaign office on Commercial Street, "
            "he said he wanted to see the absentee ballots counted first.")
    document = extract(text, nlp=nlp)
    found = [(q.content.text, getattr(entity_of(document, q), "name", None)) for q in document.quotes]
    assert ("he wanted to see the absentee ballots counted first", "Victor Mendes") in found
