"""'also known as', 'aka', 'better known as': two names the text gives one actor (see resolution/aka.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract import extract
from geonews_extract.resolution.aka import joins_names
from geonews_extract.scoring import entity_of_form


@pytest.mark.parametrize(
    "between",
    [", also known as ", " (also known as ", " aka ", ", a.k.a. ", ", better known as ", ", otherwise known as ",
     " - also known as ", ", who is also known as ", ", who was better known as ", ", popularly known as ",
     " (commonly known as "],
)
def test_the_words_between_two_names_that_join_them(between):
    assert joins_names(between)


@pytest.mark.parametrize("between", [" and ", ", ", " said ", " met ", ", known for ", ", who is ", ", who was known for "])
def test_other_words_do_not_join(between):
    assert not joins_names(between)


@given(st.text(max_size=40))
def test_joining_never_fails_on_any_text(text):
    assert joins_names(text) in (True, False)


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("The court sentenced Idris Mahamat Kello, also known as Abu Talha, to life in prison.",
         "Idris Mahamat Kello", "Abu Talha"),
        ("Police arrested Samuel Otieno Wafula, better known as Commander Jackal, in a raid on Tuesday.",
         "Samuel Otieno Wafula", "Commander Jackal"),
        ("The broker Dmitri Vasko aka Mr Ice was released on bail.", "Dmitri Vasko", "Mr Ice"),
        ("Captain Moussa Kaboré, who is also known as Papa Lion, took power in the coup.", "Moussa Kaboré", "Papa Lion"),
        ("The smuggler Rashid Faraj Omar, popularly known as Abu Saif, was sentenced on Monday.",
         "Rashid Faraj Omar", "Abu Saif"),
    ],
)
def test_a_person_and_the_name_they_are_known_by_are_one_entity(nlp, text, a, b):
    document = extract(text, nlp=nlp)
    first, second = entity_of_form(document, a), entity_of_form(document, b)
    assert first is not None and second is not None
    assert first.id == second.id


def test_two_people_listed_side_by_side_stay_apart(nlp):
    document = extract("Ruth Amadi and Grace Nyambura, both known for their work on land rights, spoke.", nlp=nlp)
    assert entity_of_form(document, "Ruth Amadi").id != entity_of_form(document, "Grace Nyambura").id
