"""Wire sign-offs name the office that filed a story: an organisation, not its town (ner/bylines.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract import extract
from geonews_extract.ner.bylines import signoff_offices


def offices(text):
    return [text[s:e] for s, e in signoff_offices(text)]


def test_a_sign_off_names_its_office():
    text = "Shares rose.\n-- Lena Hart, Lisbon Newsroom +351 21 555 0100\n-- Energy Trading Desk, 212-555-0199"
    assert offices(text) == ["Lisbon Newsroom", "Energy Trading Desk"]


def test_an_office_noun_in_prose_is_left_to_the_model():
    assert offices("The Lisbon Newsroom said on Monday that it would move.") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_offices_lie_inside_the_text(text):
    for start, end in signoff_offices(text):
        assert 0 <= start < end <= len(text)


def test_the_office_is_an_organisation_and_not_the_city(nlp):
    document = extract("Markets in Lisbon closed higher on Friday.\n-- Lena Hart, Lisbon Newsroom +351 21 555 0100\n", nlp=nlp)
    found = {(m.text, m.label) for e in document.entities for m in e.mentions}
    assert ("Lisbon Newsroom", "ORG") in found
    assert ("Lisbon", "GPE") in found
