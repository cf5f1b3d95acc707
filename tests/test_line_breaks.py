"""The line_breaks stage: sentences start where a news line ends one, and the parser keeps them."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract import load_pipeline
from geonews_extract.stages.line_breaks import _after_line_breaks


def starts(nlp, text):
    return {s.start_char for s in nlp(text).sents}


def line_starts(text):
    return [i + 1 for i, char in enumerate(text) if char == "\n" and i + 1 < len(text) and text[i + 1] != "\n"]


HEADLINE = (
    "Taliban Warns US Over Drones\n"
    "KABUL - The Taliban posted a warning on Twitter.\n"
    "Washington said it would review the strikes"
)


def test_a_headline_and_each_paragraph_start_a_sentence(nlp):
    assert set(line_starts(HEADLINE)) <= starts(nlp, HEADLINE)


def test_a_line_ending_in_a_closing_quote_ends_its_sentence(nlp):
    text = 'The commander told reporters: "We will not leave"\n"The fighting goes on," he added.'
    assert set(line_starts(text)) <= starts(nlp, text)


def test_a_hard_wrapped_sentence_is_not_cut(nlp):
    text = "The ministry said the talks with the\nrebel delegation would resume in Doha next week."
    assert not set(line_starts(text)) & starts(nlp, text)


def test_a_blank_line_always_starts_a_sentence(nlp):
    text = "Fighting resumed near the border\n\nAid groups said convoys were stopped."
    assert text.index("Aid") in starts(nlp, text)


def test_without_the_stage_the_parser_reads_across_the_headline():
    bare = load_pipeline(stages=[])
    assert HEADLINE.index("KABUL") not in starts(bare, HEADLINE)


def test_a_line_ending_in_a_title_abbreviation_runs_on_into_the_name(nlp):
    text = "The rally was led by former Ohio Gov.\nMartha Keeling, who spoke for an hour.\nCrowds left at noon."
    found = starts(nlp, text)
    assert text.index("Martha") not in found
    assert text.index("Crowds") in found


def test_a_line_ending_in_another_abbreviation_still_ends_its_sentence(nlp):
    text = "Talks were held in the U.S.\nDelegates flew home on Friday."
    assert text.index("Delegates") in starts(nlp, text)


_BLANK = spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t\r\"'"), max_size=60))
def test_the_tokens_after_line_breaks_are_those_after_a_token_holding_one(text):
    doc = _BLANK(text)
    expected = [t.i for t in doc[1:] if "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_]
    assert _after_line_breaks(doc, doc.text) == expected
