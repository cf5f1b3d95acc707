"""'A spokesman' alone, with no organisation named in its phrase, speaks for the organisation the
story has just had speak; 'a spokesman for X' speaks for X."""

from quoting import entity_of, quote_by

from geonews_extract import extract


def test_a_bare_spokesman_speaks_for_the_organisation_just_spoken_of(nlp):
    text = ("The Harbour Board said on Monday that the new tolls would stay. It warned that ships could be delayed. "
            "A spokeswoman urged captains to book their berths early.\n")
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "captains to book")).name == "Harbour Board"


def test_a_spokesman_for_someone_named_speaks_for_them(nlp):
    text = ("The Harbour Board said on Monday that the new tolls would stay. "
            "A spokesman for the Dockers Union said the union would appeal.\n")
    document = extract(text, nlp=nlp)
    entity = entity_of(document, quote_by(document, "the union would appeal"))
    assert entity is None or entity.name != "Harbour Board"
