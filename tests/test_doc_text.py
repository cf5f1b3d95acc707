"""`text_of(doc)` is ``doc.text``, built once per Doc and never stored on it."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin

from geonews_extract.annotations import original_text, remember_text, set_input, span_text, text_of

BLANK = spacy.blank("en")


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_text_of_is_doc_text_for_any_text(text):
    doc = BLANK(text)
    assert text_of(doc) == doc.text == text
    assert text_of(doc) == text  # read again, from the cache


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_the_text_a_doc_was_made_from_is_its_text(text):
    doc = BLANK(text)
    remember_text(doc, text)
    assert text_of(doc) == text == doc.text


@settings(max_examples=60, deadline=None)
@given(st.text(), st.integers(0, 40), st.integers(0, 40))
def test_span_text_is_the_spans_text(text, start, length):
    doc = BLANK(text)
    start = min(start, len(doc))
    span = doc[start : min(start + length, len(doc))]
    assert span_text(span) == span_text(span, text) == span.text


def test_span_text_keeps_line_breaks_and_spaces_inside_the_span():
    doc = BLANK("Mayor  Ines Duarte\nPORTO - Rain")
    span = doc[0:6]
    assert span_text(span) == span.text == "Mayor  Ines Duarte\nPORTO"


def test_a_text_the_doc_was_not_made_from_is_not_kept():
    doc = BLANK("Rain fell on Lima.")
    remember_text(doc, "Rain fell on Lima. And more.")
    assert text_of(doc) == "Rain fell on Lima."


def test_the_text_is_not_stored_on_the_doc():
    doc = BLANK("Floods closed the road to Kisumu on Friday.")
    before = doc.to_bytes()
    text_of(doc)
    assert doc.to_bytes() == before
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    assert DocBin(store_user_data=True, docs=[BLANK("Floods closed the road to Kisumu on Friday.")]).to_bytes() == stored


def test_merging_tokens_keeps_the_text():
    doc = BLANK("The port of Mombasa reopened.")
    assert text_of(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:4])
    assert text_of(doc) == doc.text == "The port of Mombasa reopened."


def test_an_empty_doc_filled_in_place_is_read_again():
    filled = BLANK("A strike began in Accra on Monday.")
    doc = Doc(BLANK.vocab)
    assert text_of(doc) == ""
    doc.from_bytes(filled.to_bytes())
    assert text_of(doc) == doc.text == "A strike began in Accra on Monday."


def test_each_doc_has_its_own_text():
    docs = [BLANK(text) for text in ("Rain in Lima.", "Snow in Oslo.", "Rain in Lima.")]
    assert [text_of(doc) for doc in docs] == ["Rain in Lima.", "Snow in Oslo.", "Rain in Lima."]


def test_original_text_is_the_callers_text_or_the_docs():
    doc = BLANK("A <b>bold</b> claim.")
    assert original_text(doc) == "A <b>bold</b> claim."
    masked = BLANK("A    bold     claim.")
    set_input(masked, original="A <b>bold</b> claim.")
    assert original_text(masked) == "A <b>bold</b> claim."


def test_an_empty_doc_has_an_empty_text():
    assert text_of(Doc(BLANK.vocab, words=[])) == ""


def test_headline_lines_found_once_are_not_stored_on_the_doc():
    from geonews_extract.layout import headline_lines, headlines_of

    text = "Floods Cut Off Northern Towns\nKISUMU, Kenya - Rivers rose on Friday.\n"
    doc = BLANK(text)
    before = doc.to_bytes()
    assert headlines_of(doc) == headline_lines(text) == [(0, 29)]
    assert headlines_of(doc) is headlines_of(doc)
    assert doc.to_bytes() == before
