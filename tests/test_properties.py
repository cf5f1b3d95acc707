"""Properties that hold for any input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geonews_extract import Document, extract

NEWSY = st.lists(
    st.sampled_from(
        ["KABUL -", "The Taliban", "said", "on Tuesday", '"We will fight,"', "ISIS-K", "US", "Washington",
         "last month", "according to", "Al Jazeera", "officials", "warned that", "\n", ".", ",", "“", "”",
         "<p>", "&amp;", "Twitter", "August 26", "Abu Omar", "é", "🙂", "\u200b", "  "]
    ),
    min_size=1,
    max_size=40,
).map(" ".join)
ANY_TEXT = st.text(min_size=1, max_size=300)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def extract_or_empty(text, nlp):
    """extract, or None for the one error arbitrary text may rightly raise: nothing to read."""
    try:
        return extract(text, published="2021-09-30", nlp=nlp)
    except ValueError as err:
        assert str(err).startswith("empty text")
        return None


def check_spans(document: Document, text: str) -> None:
    assert document.text == text
    for span in document.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


@SETTINGS
@given(text=st.one_of(NEWSY, ANY_TEXT))
def test_spans_index_the_text_and_nothing_raises(nlp, text):
    document = extract_or_empty(text, nlp)
    if document is not None:
        check_spans(document, text)


@SETTINGS
@given(text=NEWSY)
def test_same_input_same_output(nlp, text):
    first, second = extract_or_empty(text, nlp), extract_or_empty(text, nlp)
    assert (first and first.model_dump_json()) == (second and second.model_dump_json())
