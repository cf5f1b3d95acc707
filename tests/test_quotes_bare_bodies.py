"""A body's noun alone ("Police said") after an organisation with that noun in its name was named
("Lothian Police") speaks for that organisation."""

from quoting import entity_of, quote_by

from geonews_extract import extract


def test_bare_police_after_a_named_police_force_speak_for_it(nlp):
    text = ("Officers from Lothian Police arrested two men in Leith on Sunday. "
            "Police said a third man had been released without charge.")
    document = extract(text, nlp=nlp)
    entity = entity_of(document, quote_by(document, "a third man had been released"))
    assert entity is not None and entity.name == "Lothian Police"
