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


# Abbreviations: where a sentence starts after one, and where it never does.


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_a_clause_after_a_clock_time_starts_a_sentence(nlp):
    text = "The ferry service was suspended until 6 p.m. Gusts of up to 70 mph were recorded on the cliffs, the coastguard said."
    assert text.index("Gusts") in starts(nlp, text)
    text = "The count ended shortly after 2 a.m. In a brief statement the returning officer said turnout had been low."
    assert text.index("In a brief") in starts(nlp, text)


def test_a_zone_a_day_or_a_date_after_a_clock_time_goes_on_with_it(nlp):
    for text in (
        "The polls close at 8 p.m. Eastern time on Tuesday, officials said.",
        "The meeting starts at 10 a.m. Friday in the town hall.",
        "The vote was held at 9 a.m. GMT and lasted an hour.",
        "The ferry left at 7 p.m. Oct. 12 with forty people on board.",
        "The museum opens at 10 a.m. Moscow time, the guide said.",
    ):
        assert sentences(nlp, text) == [text]


def test_a_clock_time_that_names_a_service_goes_on_into_its_name(nlp):
    text = "Commuters crowded onto the 7 a.m. Express to reach the city in time."
    assert sentences(nlp, text) == [text]


def test_a_clause_opener_after_a_company_or_a_state_starts_a_sentence(nlp):
    for text, opener in (
        ("The order went to Tarrow Inc. In a filing the company said it expected no delay.", "In a filing"),
        ("The talks were moved to the U.S. On Monday the envoy said both sides would attend.", "On Monday"),
        ("He was named for his father, Alden Marsh Jr. He said the name had opened doors.", "He said"),
        ("The grant came from Pellow Ltd. As part of the deal the firm will train apprentices.", "As part"),
        ("Shares fell at Orrin Co. A spokeswoman said the sale was on track.", "A spokeswoman"),
    ):
        assert text.index(opener) in starts(nlp, text)


def test_a_name_after_a_company_or_a_state_goes_on_with_it(nlp):
    text = "A faulty switch can start a fire, the U.S. Consumer Product Safety Commission said on Thursday."
    assert sentences(nlp, text) == [text]


TITLE_ABBREVIATIONS = ("Lt.", "Sgt.", "Cpl.", "Capt.", "Col.", "Gen.", "Rev.", "Gov.", "Sen.", "Rep.", "Supt.", "Insp.", "Det.")


def test_a_title_abbreviation_is_one_token_and_never_ends_a_sentence(nlp):
    for title in TITLE_ABBREVIATIONS:
        text = f'"We knew the risks," said {title} Dana Hurst, who led the team. {title} Ravi Anand agreed.'
        doc = nlp(text)
        assert title in [t.text for t in doc], title
        assert [s.text for s in doc.sents] == [
            f'"We knew the risks," said {title} Dana Hurst, who led the team.',
            f"{title} Ravi Anand agreed.",
        ], title


def test_a_title_abbreviation_keeps_its_name_in_a_list(nlp):
    text = "Police named the officers as Det. Ravi Anand, Insp. Lena Moss and Supt. Ola Brandt."
    assert sentences(nlp, text) == [text]
