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
