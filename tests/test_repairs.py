"""Type and span errors a reader sees at once, repaired by general rules (see ner/repairs.py)."""

from itertools import pairwise

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from geonews_extract import extract
from geonews_extract.ner.repairs import repair


def mentions(document):
    return {(m.text, m.label) for e in document.entities for m in e.mentions}


def texts(document):
    return {m.text for e in document.entities for m in e.mentions}


@pytest.mark.parametrize("zone", ["GMT", "UTC", "EST", "CET"])
def test_a_time_zone_is_no_organisation(nlp, zone):
    document = extract(f"The polls closed at 1800 {zone} on Sunday, the Electoral Board said.", nlp=nlp)
    assert zone not in texts(document)


def test_a_lower_case_common_word_is_no_entity(nlp):
    document = extract("Villagers fled into the bush when the gunmen arrived in Tessalit.", nlp=nlp)
    assert "bush" not in texts(document)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Defense Minister Rafael Ortun met the generals on Monday.", "Defense"),
        ("Secretary of State Laura Whitcombe arrived in Seoul.", "State"),
        ("The Interior Ministry spokesman declined to comment, said Home Secretary Ann Pell.", "Home"),
    ],
)
def test_a_titles_department_word_is_no_entity_of_its_own(nlp, text, word):
    assert word not in texts(extract(text, nlp=nlp))


BLANK = spacy.blank("en")


def repaired(text, *marked):
    """`repair` over a blank Doc whose entities are the given (words, label) pairs, as a model might tag them."""
    doc = BLANK(text)
    ents = []
    for words, label in marked:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    return {(s.text, s.label_) for s in repair(doc, ents, text)}


def test_an_office_title_is_cut_from_the_place_before_it():
    found = repaired("Harlan County District Attorney Mae Colfax charged them.", ("Harlan County District", "GPE"))
    assert found == {("Harlan County", "GPE")}
    found = repaired("Lake County State's Attorney Ann Birch dropped it.", ("Lake County State", "GPE"))
    assert found == {("Lake County", "GPE")}


def test_a_state_police_force_is_an_organisation():
    found = repaired("The Punjab Police arrested four men.", ("Punjab Police", "GPE"))
    assert found == {("Punjab Police", "ORG")}


def test_a_byline_holds_people_and_places_only():
    text = "Troops left.\nReporting by Amina Yusuf in Kano; Editing by Tom Brandt\n"
    found = repaired(text, ("Reporting", "ORG"), ("Amina Yusuf", "PERSON"), ("Kano", "GPE"), ("Troops", "ORG"))
    assert found == {("Amina Yusuf", "PERSON"), ("Kano", "GPE"), ("Troops", "ORG")}


def test_a_person_never_runs_over_a_dash():
    found = repaired("Nobody trusted Malenkov - and few did.", ("Malenkov - and", "PERSON"))
    assert found == {("Malenkov", "PERSON")}
    assert repaired("Amara Okonkwo-Diallo left.", ("Amara Okonkwo-Diallo", "PERSON")) == {("Amara Okonkwo-Diallo", "PERSON")}


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["ORG", "PERSON", "GPE"]))
def test_the_repairs_keep_spans_inside_the_text_and_apart(text, label):
    doc = BLANK(text)
    ents = [Span(doc, t.i, t.i + 1, label=label) for t in doc if not t.is_space]
    out = repair(doc, ents, doc.text)
    assert all(0 <= s.start_char <= s.end_char <= len(text) and len(s) for s in out)
    assert all(a.end <= b.start for a, b in pairwise(out))


@pytest.mark.parametrize(
    "text, span, label, kept",
    [
        ("Batting: K. Olawale 117, P. Marsh 4-36", "K. Olawale 117", "PERSON", "K. Olawale"),
        ("Bowling: P. Marsh 4-36 and more", "P. Marsh 4-36", "PERSON", "P. Marsh"),
        ("Group A: Latvia 8.30 points", "Latvia 8.30", "GPE", "Latvia"),
    ],
)
def test_a_name_of_a_person_or_place_never_ends_in_a_figure(text, span, label, kept):
    assert repaired(text, (span, label)) == {(kept, label)}


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("The plane was a Boeing 747 bound for Lagos.", "Boeing 747", "PRODUCT"),
        ("He listened to BBC Radio 4 every morning.", "BBC Radio 4", "ORG"),
        ("Police closed Route 66 near the border.", "Route 66", "FAC"),
        ("Sales of Vistara 98 slowed.", "Vistara 98", "NORP"),  # the model's NORP holds products too
    ],
)
def test_names_that_end_in_a_number_keep_it(text, span, label):
    assert repaired(text, (span, label)) == {(span, label)}


@pytest.mark.parametrize(
    "text, span, label, kept",
    [
        ("Ada Moyo's goal won it.", "Ada Moyo's", "PERSON", "Ada Moyo"),
        ("Officials said the Eastern Union's panel met.", "the Eastern Union's", "ORG", "Eastern Union"),
        ("Lagos’s traffic stalled.", "Lagos’s", "GPE", "Lagos"),
    ],
)
def test_a_name_never_keeps_a_possessive(text, span, label, kept):
    assert repaired(text, (span, label)) == {(kept, label)}


@pytest.mark.parametrize(
    "text, span, label, kept",
    [
        ("The Interior Ministry denied the report.", "The Interior Ministry", "ORG", "Interior Ministry"),
        ("Aid was pledged by the Eastern Union on Friday.", "the Eastern Union", "ORG", "Eastern Union"),
        ("Ships crossed the Mondego Strait at night.", "the Mondego Strait", "LOC", "Mondego Strait"),
        ("Officials said the Greater Nile Accord was signed.", "the Greater Nile Accord", "LAW", "Greater Nile Accord"),
        ("THE RIVER PARTY WON THE VOTE", "THE RIVER PARTY", "ORG", "RIVER PARTY"),
        ("Trade with the Mondego Republic grew.", "the Mondego Republic", "GPE", "Mondego Republic"),
    ],
)
def test_a_leading_article_is_no_part_of_a_name(text, span, label, kept):
    assert repaired(text, (span, label)) == {(kept, label)}


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("The Hague court ruled on Monday.", "The Hague", "GPE"),  # names that hold their article
        ("The Economist reported the deal.", "The Economist", "ORG"),
        ("She wrote The Long Road North in 2004.", "The Long Road North", "WORK_OF_ART"),  # a title keeps it
        ("Talks with the United States resumed.", "the United States", "GPE"),  # and a state whose name takes it
        ("Ferries to the Philippines were cancelled.", "the Philippines", "GPE"),
        ("The is a word.", "The", "ORG"),  # nothing left without it
    ],
)
def test_an_article_that_is_part_of_the_name_stays(text, span, label):
    assert repaired(text, (span, label)) == {(span, label)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("A U.S. District Court judge blocked the order on Friday.", "U.S. District Court"),
        ("Lawyers asked the U.S. Court of Appeals to review the case.", "U.S. Court of Appeals"),
    ],
)
def test_a_state_modifying_the_organisation_after_it_is_part_of_its_name(nlp, text, name):
    assert (name, "ORG") in mentions(extract(text, nlp=nlp))


def test_a_state_that_modifies_nothing_stays_apart(nlp):
    found = mentions(extract("He said in Britain Labour had won the vote.", nlp=nlp))
    assert not any(text.startswith("Britain ") for text, _ in found)
