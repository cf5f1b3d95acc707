"""The corpus runner: one line per input in input order, errors with ids, resume, parquet."""

import json

import pytest

from geonews_extract import Document, Extractor
from geonews_extract.batch import JsonlOutput, OutputError, ParquetOutput, open_output, run, written_ids
from geonews_extract.corpus import InputError, Item
from geonews_extract.results import Result


@pytest.fixture(scope="module")
def extractor():
    return Extractor()

TEXTS = [
    "KABUL - The Taliban said on Tuesday that talks would resume.",
    "BEIRUT (Reuters) - Hezbollah warned Israel last week, the group said.",
    "The UN envoy met officials in Doha.",
]


def _items():
    return [
        Item("a", TEXTS[0]),
        Item("unreadable", error=InputError("not UTF-8 text")),
        Item("empty", "  "),
        Item("b", TEXTS[1], published="2020-01-02"),
        Item("bad-date", TEXTS[2], published="someday"),
        Item("c", TEXTS[2]),
    ]


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_line_per_input_in_input_order(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    summary = run(_items(), JsonlOutput(out), published="2021-09-30", extractor=extractor, batch_size=2)
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["a", "unreadable", "empty", "b", "bad-date", "c"]
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert errors == {
        "unreadable": "InputError: not UTF-8 text",
        "empty": "ValueError: empty text",
        "bad-date": errors["bad-date"],
    }
    assert errors["bad-date"].startswith("ValueError: cannot parse published 'someday'")
    assert (summary.documents, summary.errors, summary.skipped) == (3, 3, 0)
    assert summary.entities == sum(len(Document.model_validate(line).entities) for line in lines if "text" in line)


def test_document_lines_are_exactly_the_model(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run([Item("b", TEXTS[1], published="2020-01-02")], JsonlOutput(out), extractor=extractor)
    written = Document.model_validate_json(out.read_text(encoding="utf-8"))
    assert written == extractor.extract(TEXTS[1], published="2020-01-02", id="b")


def test_a_second_run_skips_what_is_written(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run(_items()[:3], JsonlOutput(out), extractor=extractor)
    summary = run(_items(), JsonlOutput(out), extractor=extractor)
    assert summary.skipped == 3 and summary.documents + summary.errors == 3
    assert [line["id"] for line in _lines(out)] == ["a", "unreadable", "empty", "b", "bad-date", "c"]


def test_a_repeated_id_gets_an_error_line_under_its_position_naming_both(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    items = [Item("a", TEXTS[0], origin="feed.jsonl:1"), Item("b", TEXTS[2]), Item("a", TEXTS[1], origin="feed.jsonl:3")]
    run(items, JsonlOutput(out), extractor=extractor)
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["a", "b", "feed.jsonl:3"]
    assert lines[0]["text"] == TEXTS[0]
    assert lines[2]["error"].startswith("DuplicateIdError: id 'a' at feed.jsonl:3 was already used by feed.jsonl:1")
    summary = run(items, JsonlOutput(out), extractor=extractor)  # a rerun writes nothing twice
    assert summary.skipped == 3 and len(_lines(out)) == 3


def test_a_partial_last_line_is_cut_off_and_redone(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    run(_items()[:4], JsonlOutput(out), extractor=extractor)
    whole = out.read_bytes()
    last_start = whole.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(whole[: last_start + 25])  # the run died while writing "b"
    output = JsonlOutput(out)
    assert output.repaired_bytes == 25 and "b" not in output.done
    run(_items(), output, extractor=extractor)
    assert [line["id"] for line in _lines(out)] == ["a", "unreadable", "empty", "b", "bad-date", "c"]


def _document_line(record_id):
    return Result.of(Document(id=record_id, text="Kabul")).to_line().encode() + b"\n"


@pytest.mark.parametrize("cut", [1, 7, 25])
def test_a_partial_last_line_of_an_output_is_cut_off(tmp_path, cut):
    path = tmp_path / "out.jsonl"
    whole = _document_line("a") + _document_line("b")
    path.write_bytes(whole[: len(whole) - cut])
    output = JsonlOutput(path)
    output.close()
    assert output.repaired_bytes == len(_document_line("b")) - cut
    assert path.read_bytes() == _document_line("a") and output.done == {"a"}


def test_written_ids_read_both_kinds_of_line_and_reject_foreign_files(tmp_path):
    path = tmp_path / "out.jsonl"
    document = Document(id='quote"d \\ id', text="Kabul")
    path.write_text(document.model_dump_json() + '\n{"id":"e1","error":"ValueError: empty text"}\n', encoding="utf-8")
    assert written_ids(path) == {'quote"d \\ id', "e1"}
    for foreign in ("id,text\n", '{"id": "x", "text": "an input record, not an output"}\n'):
        path.write_text(foreign, encoding="utf-8")
        with pytest.raises(OutputError, match="not an output of geonews-extract"):
            written_ids(path)


def test_two_workers_write_the_same_lines(tmp_path, extractor):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run(_items(), JsonlOutput(one), extractor=extractor, batch_size=1)
    run(_items(), JsonlOutput(two), extractor=extractor, batch_size=1, workers=2)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_parquet_has_one_row_per_input_and_refuses_to_resume(tmp_path, extractor):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    run(_items(), open_output(out, "parquet"), extractor=extractor)
    table = pq.read_table(out).to_pylist()
    assert [row["id"] for row in table] == ["a", "unreadable", "empty", "b", "bad-date", "c"]
    assert all((row["error"] is None) == (row["document"] is not None) for row in table)
    assert Document.model_validate_json(table[0]["document"]).id == "a"
    assert not (tmp_path / "out.parquet.partial").exists()
    with pytest.raises(OutputError, match="cannot be resumed"):
        ParquetOutput(out)


def test_an_interrupted_parquet_run_leaves_only_a_partial_file(tmp_path, extractor):
    pq = pytest.importorskip("pyarrow.parquet")

    def items():
        yield Item("a", TEXTS[0])
        raise KeyboardInterrupt

    out = tmp_path / "out.parquet"
    with pytest.raises(KeyboardInterrupt):
        run(items(), ParquetOutput(out), extractor=extractor, batch_size=1)
    assert not out.exists()
    assert pq.read_table(tmp_path / "out.parquet.partial").num_rows <= 1


def test_an_input_or_a_txt_inside_an_input_directory_is_refused_as_output(tmp_path):
    (tmp_path / "corpus").mkdir()
    story = tmp_path / "corpus" / "story.txt"
    story.write_text(TEXTS[0], encoding="utf-8")
    with pytest.raises(OutputError, match="is also an input"):
        open_output(story, "jsonl", inputs=[str(story)])
    with pytest.raises(OutputError, match="would be read as an input"):
        open_output(tmp_path / "corpus" / "new.txt", "jsonl", inputs=[str(tmp_path / "corpus")])
    assert story.read_text(encoding="utf-8") == TEXTS[0] and not (tmp_path / "corpus" / "new.txt").exists()
    open_output(tmp_path / "corpus" / "out.jsonl", inputs=[str(tmp_path / "corpus")]).close()  # not read as input: fine
