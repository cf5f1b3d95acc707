"""An untagged proper noun alone as the speaker, the first word of one organisation's longer name
named before, is that organisation ("Calder said" after "Calder Foods")."""

from quoting import entity_of

from geonews_extract import extract


def test_a_company_named_by_its_first_word_is_the_company(nlp):
    text = ("Shares in Calder Foods fell 14 percent on Wednesday after the ready-meal maker cut its forecast.\n"
            "Calder said it would close its bakery in Wrexham and move production to Leeds.")
    document = extract(text, nlp=nlp)
    found = [(q.content.text, getattr(entity_of(document, q), "name", None)) for q in document.quotes]
    assert ("it would close its bakery in Wrexham and move production to Leeds", "Calder Foods") in found
