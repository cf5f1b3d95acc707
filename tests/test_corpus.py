"""Reading a corpus: every input becomes one item with an id, its text or why it cannot be read."""

import io
import json
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.corpus import Fields, InputError, decode, read_jsonl, read_sources, source_problem


def _jsonl(*lines: bytes) -> io.BytesIO:
    return io.BytesIO(b"\n".join(lines) + b"\n")


def test_directory_items_are_sorted_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text("Kabul is calm.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Doha talks.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    assert [(i.id, i.text) for i in items] == [("a.txt", "Doha talks."), ("b/one.txt", "Kabul is calm.")]


def test_unreadable_files_become_errors_not_text(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"PNG\x00\x01\x02")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Beirut".encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes("\ufeffKabul".encode("utf-8"))
    (tmp_path / "huge.txt").write_text("x" * 41, encoding="utf-8")
    items = {i.id: i for i in read_sources([str(tmp_path)], max_chars=10)}
    assert "NUL" in str(items["binary.txt"].error)
    assert "not UTF-8" in str(items["latin1.txt"].error) and items["latin1.txt"].text is None
    assert items["bom.txt"].text == "Kabul"
    assert isinstance(items["huge.txt"].error, InputError) and "over the limit" in str(items["huge.txt"].error)


def test_a_directory_that_cannot_be_listed_is_an_error_item(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "z.txt").write_text("Kabul", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_sources([str(tmp_path)]))
    assert [i.id for i in items] == ["locked/", "z.txt"]
    assert isinstance(items[0].error, PermissionError)


def test_a_jsonl_file_that_cannot_be_opened_is_an_error_item(tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "Kabul"}\n')
    real_open = Path.open

    def open_(self, *args, **kwargs):
        if self.name == "feed.jsonl":
            raise PermissionError(13, "denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    (item,) = read_sources([str(feed)])
    assert item.id == "feed.jsonl" and isinstance(item.error, PermissionError)


def test_a_file_under_the_byte_bound_is_read_and_left_to_the_character_check(tmp_path):
    (tmp_path / "long.txt").write_text("x" * 11, encoding="utf-8")
    (item,) = read_sources([str(tmp_path / "long.txt")], max_chars=10)
    assert item.id == "long.txt" and item.text == "x" * 11


def test_jsonl_records_and_bad_lines_get_ids():
    stream = _jsonl(
        b'{"id": 7, "text": "Kabul", "published": "2021-09-30"}',
        b"",
        b'{"id": "x", "text": ',
        b"[1, 2]",
        b'{"text": "Doha"}',
        b'{"id": "nt", "body": "Doha"}',
        b'{"id": "bin", "text": "\xff"}',
    )
    items = list(read_jsonl(stream, "news.jsonl"))
    assert [i.id for i in items] == ["7", "news.jsonl:3", "news.jsonl:4", "news.jsonl:5", "nt", "news.jsonl:7"]
    assert (items[0].text, items[0].published) == ("Kabul", "2021-09-30")
    assert "not JSON" in str(items[1].error)
    assert "JSON object" in str(items[2].error)
    assert items[3].text == "Doha" and items[3].error is None
    assert "no 'text' field" in str(items[4].error)
    assert "not UTF-8" in str(items[5].error)


def test_field_names_are_configurable():
    stream = _jsonl(b'{"guid": "g1", "body": "Kabul", "date": "2021-09-30"}')
    (item,) = read_jsonl(stream, "feed.jsonl", Fields(id="guid", text="body", published="date"))
    assert (item.id, item.text, item.published) == ("g1", "Kabul", "2021-09-30")


def test_jsonl_ids_use_the_file_name_however_the_path_is_written(tmp_path, monkeypatch):
    (tmp_path / "feed.jsonl").write_bytes(b'{"text": "Kabul"}\n')
    monkeypatch.chdir(tmp_path)
    assert [i.id for i in read_sources(["feed.jsonl"])] == [i.id for i in read_sources([str(tmp_path / "feed.jsonl")])] == ["feed.jsonl:1"]


def test_stdin_is_jsonl():
    items = list(read_sources(["-"], stdin=_jsonl(b'{"text": "Kabul"}')))
    assert [(i.id, i.text) for i in items] == [("stdin:1", "Kabul")]


def test_reading_is_lazy(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Kabul", encoding="utf-8")
    items = read_sources([str(tmp_path)])
    assert next(items).id == "0.txt"
    (tmp_path / "2.txt").write_text("changed after the run started", encoding="utf-8")
    assert [i.text for i in items] == ["Kabul", "changed after the run started"]


def test_source_problems(tmp_path):
    (tmp_path / "data.csv").write_text("id,text\n", encoding="utf-8")
    assert source_problem("-") is None and source_problem(str(tmp_path)) is None
    assert "no such file" in source_problem(str(tmp_path / "missing"))
    assert "not a directory" in source_problem(str(tmp_path / "data.csv"))


@given(st.text())
def test_decode_reads_back_any_text_without_nul(text):
    if "\x00" in text:
        return
    assert decode(text.encode("utf-8")) == text.removeprefix("\ufeff")


@given(st.dictionaries(st.sampled_from(["id", "text", "published", "other"]), st.none() | st.integers() | st.text()))
def test_every_jsonl_line_gives_exactly_one_item(record):
    stream = _jsonl(json.dumps(record).encode("utf-8"), b"{broken")
    items = list(read_jsonl(stream, "f.jsonl"))
    assert len(items) == 2 and items[1].id == "f.jsonl:2"
    assert (items[0].error is None) == ("text" in record)
    assert items[0].id == (str(record["id"]) if record.get("id") is not None else "f.jsonl:1")
