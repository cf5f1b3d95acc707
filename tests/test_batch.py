"""The corpus runner: one line per input in input order, errors with ids, resume, parquet."""

import json

import pytest

from geonews_extract import Document, extract
from geonews_extract.batch import JsonlOutput, OutputError, ParquetOutput, open_output, repair_partial_line, run, written_ids
from geonews_extract.corpus import InputError, Item

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


def test_one_line_per_input_in_input_order(tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    summary = run(_items(), JsonlOutput(out), published="2021-09-30", nlp=nlp, batch_size=2)
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


def test_document_lines_are_exactly_the_model(tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    run([Item("b", TEXTS[1], published="2020-01-02")], JsonlOutput(out), nlp=nlp)
    written = Document.model_validate_json(out.read_text(encoding="utf-8"))
    assert written == extract(TEXTS[1], published="2020-01-02", id="b", nlp=nlp)


def test_a_second_run_skips_what_is_written(tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    run(_items()[:3], JsonlOutput(out), nlp=nlp)
    summary = run(_items(), JsonlOutput(out), nlp=nlp)
    assert summary.skipped == 3 and summary.documents + summary.errors == 3
    assert [line["id"] for line in _lines(out)] == ["a", "unreadable", "empty", "b", "bad-date", "c"]


def test_a_repeated_id_gets_an_error_line(tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    run([Item("a", TEXTS[0]), Item("a", TEXTS[1])], JsonlOutput(out), nlp=nlp)
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["a", "a"]
    assert lines[0]["text"] == TEXTS[0] and "duplicate id" in lines[1]["error"]


def test_a_partial_last_line_is_cut_off_and_redone(tmp_path, nlp):
    out = tmp_path / "out.jsonl"
    run(_items()[:4], JsonlOutput(out), nlp=nlp)
    whole = out.read_bytes()
    last_start = whole.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(whole[: last_start + 25])  # the run died while writing "b"
    output = JsonlOutput(out)
    assert output.repaired_bytes == 25 and "b" not in output.done
    run(_items(), output, nlp=nlp)
    assert [line["id"] for line in _lines(out)] == ["a", "unreadable", "empty", "b", "bad-date", "c"]


@pytest.mark.parametrize(
    ("content", "kept"),
    [(b"", b""), (b'{"id":"a"}\n', b'{"id":"a"}\n'), (b'{"id":"a"}\n{"id":"b', b'{"id":"a"}\n'), (b'{"id":"', b"")],
)
def test_repair_keeps_whole_lines_only(tmp_path, content, kept):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert repair_partial_line(path) == len(content) - len(kept)
    assert path.read_bytes() == kept


def test_written_ids_read_both_kinds_of_line_and_reject_foreign_files(tmp_path):
    path = tmp_path / "out.jsonl"
    document = Document(id='quote"d \\ id', text="Kabul")
    path.write_text(document.model_dump_json() + '\n{"id":"e1","error":"ValueError: empty text"}\n{"text": "x", "id": 5}\n', encoding="utf-8")
    assert written_ids(path) == {'quote"d \\ id', "e1", "5"}
    path.write_text("id,text\n", encoding="utf-8")
    with pytest.raises(OutputError, match="not a JSON object"):
        written_ids(path)


def test_two_workers_write_the_same_lines(tmp_path, nlp):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run(_items(), JsonlOutput(one), nlp=nlp, batch_size=1)
    run(_items(), JsonlOutput(two), nlp=nlp, batch_size=1, workers=2)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_parquet_has_one_row_per_input_and_refuses_to_resume(tmp_path, nlp):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    run(_items(), open_output(out, "parquet"), nlp=nlp)
    table = pq.read_table(out).to_pylist()
    assert [row["id"] for row in table] == ["a", "unreadable", "empty", "b", "bad-date", "c"]
    assert all((row["error"] is None) == (row["document"] is not None) for row in table)
    assert Document.model_validate_json(table[0]["document"]).id == "a"
    assert not (tmp_path / "out.parquet.partial").exists()
    with pytest.raises(OutputError, match="cannot be resumed"):
        ParquetOutput(out)


def test_an_interrupted_parquet_run_leaves_only_a_partial_file(tmp_path, nlp):
    pq = pytest.importorskip("pyarrow.parquet")

    def items():
        yield Item("a", TEXTS[0])
        raise KeyboardInterrupt

    out = tmp_path / "out.parquet"
    with pytest.raises(KeyboardInterrupt):
        run(items(), ParquetOutput(out), nlp=nlp, batch_size=1)
    assert not out.exists()
    assert pq.read_table(tmp_path / "out.parquet.partial").num_rows <= 1
