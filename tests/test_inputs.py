"""Bad input: a clear, typed error or a warning, never a crash inside spaCy."""

from datetime import UTC, date, datetime

import pytest

from geonews_extract import extract
from geonews_extract.inputs import mask_html, parse_published


@pytest.mark.parametrize("value", [42, None, ["a list"], 3.5])
def test_non_str_input_is_a_type_error_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)


def test_bytes_are_a_type_error_with_a_hint_to_decode():
    with pytest.raises(TypeError, match=r"bytes.*decode"):
        extract(b"KABUL - The Taliban said on Tuesday.")


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_or_whitespace_text_is_a_value_error(text):
    with pytest.raises(ValueError, match="empty text"):
        extract(text)


def test_text_over_the_limit_names_the_limit():
    with pytest.raises(ValueError, match="1,000"):
        extract("word " * 300, max_chars=1_000)


def test_default_limit_is_one_million_characters():
    with pytest.raises(ValueError, match="1,000,000"):
        extract("a" * 1_000_001)


def test_a_raised_limit_lets_spacy_take_long_text(nlp):
    text = "The ministry said the talks in Doha would resume." + " " * 1_000_000
    assert len(text) > 1_000_000
    doc = extract(text, max_chars=2_000_000, nlp=nlp)
    assert doc.entities


@pytest.mark.parametrize("value", ["not a date", "2021-13-45", "yesterday", "30/09/2021"])
def test_unparseable_published_is_a_value_error_quoting_it(value):
    with pytest.raises(ValueError, match=repr(value).replace("/", "/")):
        extract("The Taliban said on Tuesday that talks would go on.", published=value)


def test_published_accepts_dates_datetimes_iso_and_rss_strings():
    assert parse_published("2021-09-30") == date(2021, 9, 30)
    assert parse_published(date(2021, 9, 30)) == date(2021, 9, 30)
    assert parse_published("2021-09-30T08:15:00+00:00") == datetime(2021, 9, 30, 8, 15, tzinfo=UTC)
    assert parse_published("Thu, 30 Sep 2021 08:15:00 +0000") == datetime(2021, 9, 30, 8, 15, tzinfo=UTC)
    with pytest.raises(TypeError, match="int"):
        parse_published(20210930)


HTML = (
    "<html><head><title>x</title><style>p {color: red}</style></head><body>"
    "<h1>Taliban Warns Washington</h1>"
    "<p>KABUL &mdash; The Taliban said on <b>Tuesday</b> that &ldquo;foreign forces must leave "
    "Afghanistan&rdquo;, according to Al Jazeera.</p></body></html>"
)


def test_html_is_masked_with_offsets_into_the_original(nlp):
    doc = extract(HTML, published="2021-09-30", nlp=nlp)
    assert doc.text == HTML
    assert any("HTML" in w for w in doc.warnings)
    names = {m.text for e in doc.entities for m in e.mentions}
    assert {"Taliban", "Afghanistan", "Al Jazeera"} <= names
    assert not any("<" in m.text or ">" in m.text for e in doc.entities for m in e.mentions)
    for span in doc.spans():
        assert HTML[span.start : span.end] == span.text


def test_html_masking_keeps_length_and_decodes_entities():
    masked = mask_html(HTML)
    assert len(masked) == len(HTML)
    assert "color" not in masked and "<" not in masked
    assert "—" in masked and "“" in masked


def test_markup_only_html_is_empty():
    with pytest.raises(ValueError, match="empty text"):
        extract("<html><body><p></p><div></div></body></html>")


def test_plain_text_with_a_less_than_sign_is_not_treated_as_html(nlp):
    doc = extract("Turnout was <50% in Kabul, officials said on Tuesday.", nlp=nlp)
    assert not any("HTML" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Berlin hat am Dienstag neue Sanktionen gegen Russland beschlossen, "
        "teilte das Ministerium mit.",
        "Правительство России в четверг объявило о новых мерах против санкций Запада.",
        "طالبان اعلام کردند که نیروهای خارجی باید افغانستان را ترک کنند و مذاکرات ادامه دارد",
    ],
)
def test_non_english_text_gets_a_warning_not_a_crash(nlp, text):
    doc = extract(text, nlp=nlp)
    assert any("English" in w for w in doc.warnings)


def test_english_text_gets_no_language_warning(nlp):
    doc = extract("The Taliban said on Tuesday that it would not allow attacks from Afghanistan.", nlp=nlp)
    assert not any("English" in w for w in doc.warnings)
