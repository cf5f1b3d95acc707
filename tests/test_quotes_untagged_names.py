"""An organisation's name the tagger missed, headed by a noun that else refers back to one ("The
Fair Fares Alliance said"): a name of its own, not "the alliance" that was named before."""

from quoting import entity_of, quote_by

from geonews_extract import extract


def test_a_capitalised_name_with_an_organisation_noun_is_not_the_one_before(nlp):
    text = ("The Northfield Transport Authority said fares rose by a fifth. "
            "The Fair Fares Alliance said both figures were true but told different stories.")
    document = extract(text, nlp=nlp)
    entity = entity_of(document, quote_by(document, "both figures were true"))
    assert entity is not None and entity.name == "Fair Fares Alliance"
