"""One Result type: the same line, row and data wherever a run's results go."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract import Document
from geonews_extract.results import NotAResultError, Result, is_output_record


def _document(doc_id="k1"):
    text = "KABUL - The Taliban met officials in Doha."
    start = text.index("Taliban")
    return Document.model_validate(
        {"id": doc_id, "text": text, "published": "2021-09-30",
         "entities": [{"id": "taliban", "name": "Taliban", "type": "ORG", "group": "taliban",
                       "mentions": [{"start": start, "end": start + 7, "text": "Taliban", "label": "ORG"}]}]}
    )


def test_a_document_line_is_exactly_the_model_json_and_reads_back():
    result = Result.of(_document())
    assert result.to_line() == _document().model_dump_json()
    assert Result.from_line(result.to_line()) == result
    assert Result.from_row(result.to_row()) == result
    assert Result.from_data(result.to_data()) == result


def test_an_error_line_is_id_and_error_only():
    result = Result.failed("x/1.txt", ValueError("empty text"))
    assert result.to_line() == '{"id":"x/1.txt","error":"ValueError: empty text"}'
    assert result.to_row() == {"id": "x/1.txt", "error": "ValueError: empty text", "document": None}
    assert Result.from_line(result.to_line()) == result and not result.ok


def test_a_result_is_a_document_or_an_error_never_both():
    with pytest.raises(ValueError, match="either a document or an error"):
        Result("a")
    with pytest.raises(ValueError, match="either a document or an error"):
        Result("a", document=_document(), error="E: x")


def test_lines_that_are_not_results_are_refused():
    for line in ("[1]", "not json", '{"id": "a", "text": "an input record"}', '{"id": "a", "error": "E", "more": 1}'):
        assert not is_output_record(json.loads(line)) if line.startswith(("{", "[")) else True
        with pytest.raises(NotAResultError):
            Result.from_line(line)


@given(st.text(max_size=30), st.text(max_size=60))
def test_any_id_and_message_make_a_utf8_line_that_reads_back(record_id, message):
    line = Result.failed(record_id, message).to_line()
    line.encode("utf-8")  # never a UnicodeEncodeError, lone surrogates included
    assert json.loads(line) == {"id": record_id, "error": message}
    assert is_output_record(json.loads(line))
