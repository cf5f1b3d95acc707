"""The one data loader: word lists read as frozensets, errors that name the file."""

import json
from typing import NamedTuple

import pytest

from geonews_extract.datafiles import DataFileError, read_json, read_word_sets


class Words(NamedTuple):
    heads: frozenset[str]
    stops: frozenset[str]


def test_word_sets_are_frozensets_in_field_order(tmp_path):
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"stops": ["the", "a", "the"], "heads": ["police"], "_about": "x"}), encoding="utf-8")
    words = read_word_sets(path, Words)
    assert words == Words(heads=frozenset({"police"}), stops=frozenset({"the", "a"}))


def test_a_missing_list_is_named_with_its_file(tmp_path):
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"heads": ["police"]}), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        read_word_sets(path, Words)
    assert str(path) in str(raised.value) and "stops" in str(raised.value)


def test_invalid_json_is_a_data_file_error_naming_the_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"broken\.json"):
        read_json(path)
