"""Robustness of the corpus runner and its command: no data loss, no hang, one line per input.

The cases that touch files run the real command (`python -m geonews_extract`) in a
subprocess; each loads spaCy, so they are few and each checks several things.
"""

import fcntl
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geonews_extract import Document, Extractor
from geonews_extract.batch import JsonlOutput, ParquetOutput, run
from geonews_extract.corpus import read_jsonl, read_sources
from geonews_extract.results import Result

ROOT = Path(__file__).resolve().parent.parent
STORY = "KABUL - The Taliban said on Monday that talks with Qatar would resume in Doha."


def _geonews(*args: str, stdin: bytes = b"", timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "geonews_extract", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env=env, timeout=timeout)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


# -o never destroys a file that is not an output ------------------------------------------------

def _foreign_outputs(tmp_path: Path) -> dict[str, tuple[Path, list[str]]]:
    """name -> (a file that is not an output, the extra arguments of the run that must refuse it)."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    notes = tmp_path / "notes.jsonl"
    notes.write_bytes(b"keep this line")
    binary = tmp_path / "image.jsonl"
    binary.write_bytes(bytes(range(1, 256)) * 4)  # no newline anywhere
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"id": "f1", "text": "Kabul is calm."}\n{"id": "f2", "text": "Doha is calm."}')
    other_feed = tmp_path / "other.jsonl"
    other_feed.write_bytes(b'{"id":"g1","text":"Kabul is calm."}\n{"id":"g2","text":"Doha')
    one_record = tmp_path / "one.jsonl"
    one_record.write_bytes(b'{"id":"h1","text":"Kabul is calm."}')
    return {
        "text file": (notes, [str(story)]),
        "binary file": (binary, [str(story)]),
        "the input itself": (story, [str(story), "--format", "jsonl"]),
        "an input jsonl": (feed, [str(feed)]),
        "another jsonl of records": (other_feed, [str(story)]),
        "one record without its newline": (one_record, [str(story)]),
    }


def test_cli_o_never_writes_a_byte_to_a_file_that_is_not_an_output(tmp_path):
    for name, (target, inputs) in _foreign_outputs(tmp_path).items():
        before = target.read_bytes()
        done = _geonews("batch", *inputs, "-o", str(target))
        assert done.returncode == 1, (name, done.stderr.decode())
        assert target.read_bytes() == before, name
        message = done.stderr.decode()
        assert "is also an input" in message or "not an output of geonews-extract" in message, (name, message)
        assert "Traceback" not in message


# one bad line is one error line ---------------------------------------------------------------

def test_cli_bad_json_lines_are_one_error_line_each_and_a_rerun_goes_on(tmp_path):
    feed = tmp_path / "feed.jsonl"
    huge_number = "9" * 5000
    feed.write_bytes(
        b'{"id": "a", "text": "The UN envoy met officials in Doha."}\n'
        + f'{{"id": "n", "text": "Kabul.", "count": {huge_number}}}\n'.encode()
        + b'[' * 100_000 + b"\n"
        + b'{"id": "\\ud800bad", "text": "Beirut was quiet."}\n'
        + b'{"id": "s", "text": "He said \\udfff it."}\n'
        + b'{"id": "b", "text": "Hezbollah fired rockets, the army said."}\n'
    )
    out = tmp_path / "out.jsonl"
    first = _geonews("batch", str(feed), "-o", str(out), "--published", "2021-09-30")
    assert first.returncode == 0, first.stderr.decode()
    raw = out.read_bytes()
    raw.decode("utf-8")  # the output is valid UTF-8
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["a", "feed.jsonl:2", "feed.jsonl:3", "\ud800bad", "s", "b"]
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert set(errors) == {"feed.jsonl:2", "feed.jsonl:3", "\ud800bad", "s"}
    assert "cannot be read as JSON" in errors["feed.jsonl:2"] and "nested too deeply" in errors["feed.jsonl:3"]
    assert "lone surrogate" in errors["\ud800bad"] and "lone surrogate U+DFFF" in errors["s"]
    again = _geonews("batch", str(feed), "-o", str(out))
    assert again.returncode == 0 and "6 already done" in again.stderr.decode()
    assert out.read_bytes() == raw


def test_batch_lone_surrogates_never_crash_the_writers(tmp_path, extractor):
    pq = pytest.importorskip("pyarrow.parquet")
    results = [
        Result.of(Document(id="x\ud800", text="Kabul")),
        Result.of(Document(id="t", text="Kabul \udc80")),
        Result.failed("e\ud800", ValueError("bad \udfff input")),
    ]
    assert [result.ok for result in results] == [False, False, False]
    for result in results:
        line = result.to_line()
        line.encode("utf-8")
        assert json.loads(line)["id"] == result.id
    jsonl, parquet = JsonlOutput(tmp_path / "out.jsonl"), ParquetOutput(tmp_path / "out.parquet")
    for output in (jsonl, parquet):
        for result in results:
            output.write(result)
        output.finish()
        output.close()
    assert [line["id"] for line in _lines(tmp_path / "out.jsonl")] == ["x\ud800", "t", "e\ud800"]
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist() == ["x\\ud800", "t", "e\\ud800"]


# symlinks, FIFOs ------------------------------------------------------------------------------

def test_cli_symlink_loops_are_followed_once_and_dangling_links_and_fifos_are_error_lines(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("DOHA - Qatar hosted talks on Sunday.", encoding="utf-8")
    (corpus / "sub" / "loop").symlink_to("..")
    (corpus / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(corpus / "pipe.txt")
    out = tmp_path / "out.jsonl"
    done = _geonews("batch", str(corpus), "-o", str(out), "--published", "2021-09-30", timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    lines = {line["id"]: line for line in _lines(out)}
    assert list(lines) == ["a.txt", "dangling.txt", "pipe.txt", "sub/b.txt", "sub/loop/"]
    assert "dangling symbolic link" in lines["dangling.txt"]["error"]
    assert "not a regular file" in lines["pipe.txt"]["error"]
    assert "symbolic link loop" in lines["sub/loop/"]["error"] and "already read as ./" in lines["sub/loop/"]["error"]
    assert "text" in lines["a.txt"] and "text" in lines["sub/b.txt"]


# the lock ------------------------------------------------------------------------------------

def test_cli_a_second_run_on_a_held_output_fails_fast_and_writes_nothing(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id":"old","error":"ValueError: empty text"}\n')
    with out.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # what a running batch holds
        done = _geonews("batch", str(story), "-o", str(out), timeout=60)
    assert done.returncode == 1
    assert "being written by another run" in done.stderr.decode()
    assert out.read_bytes() == b'{"id":"old","error":"ValueError: empty text"}\n'
    after = _geonews("batch", str(story), "-o", str(out), "--quiet", timeout=60)  # released: it runs
    assert after.returncode == 0 and [line["id"] for line in _lines(out)] == ["old", "story.txt"]


def test_batch_the_lock_is_held_for_the_run_and_released_after(tmp_path, extractor):
    out = tmp_path / "out.jsonl"
    first = JsonlOutput(out)
    with pytest.raises(Exception, match="being written by another run"):
        JsonlOutput(out)
    first.close()
    JsonlOutput(out).close()


# long lines ----------------------------------------------------------------------------------

class _LazyLine(io.RawIOBase):
    """A stream of one record with a text of `size` characters, then a short record, made
    as it is read (never held whole); records the largest single read asked for."""

    def __init__(self, size: int):
        self.parts = [b'{"id": "big", "text": "', size, b'"}\n{"id": "next", "text": "Kabul."}\n']
        self.largest = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.largest = max(self.largest, len(buffer))
        while self.parts:
            part = self.parts[0]
            if isinstance(part, int):
                count = min(part, len(buffer))
                buffer[:count] = b"a" * count
                self.parts[0] = part - count
                if self.parts[0] == 0:
                    self.parts.pop(0)
                return count
            count = min(len(part), len(buffer))
            buffer[:count] = part[:count]
            self.parts[0] = part[count:]
            if not self.parts[0]:
                self.parts.pop(0)
            return count
        return 0


def test_batch_a_100_mb_line_is_not_read_whole():
    raw = _LazyLine(100_000_000)
    reads: list[int] = []

    class Counting(io.BufferedReader):
        def readline(self, size=-1):
            line = super().readline(size)
            reads.append(len(line))
            return line

    items = list(read_jsonl(Counting(raw, buffer_size=1 << 16), "feed.jsonl", max_chars=1000))
    assert [item.id for item in items] == ["big", "next"]
    assert "longer than any record within 1,000 characters" in str(items[0].error)
    assert items[1].text == "Kabul."
    assert max(reads) <= 2 << 20  # no read anywhere near the 100 MB of the line


# every id once, as a document or an error line ------------------------------------------------

_GOOD = st.sampled_from(["Kabul was calm.", "The Taliban met Qatari officials in Doha on Monday.", "Beirut."])
_BAD = st.sampled_from([
    "not json at all",
    '{"id": "N", "text": "Kabul.", "n": ' + "1" * 4400 + "}",
    "[" * 5000,
    '["a list"]',
    '{"id": "N", "body": "no text field"}',
    '{"id": "N", "text": ""}',
    '{"id": "N", "text": "lone \\ud800 surrogate"}',
    '{"id": "N", "text": "' + "x" * 3000 + '"}',
    '{"text": "no id: the line number is its id"}',
])


@st.composite
def _feeds(draw):
    lines = []
    for number in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            text = draw(_GOOD)
            record_id = draw(st.sampled_from([f"r{number}", "dup", f"r{number}"]))
            lines.append(json.dumps({"id": record_id, "text": text}))
        else:
            lines.append(draw(_BAD).replace('"N"', f'"b{number}"'))
    return lines


def _expected_ids(lines: list[str]) -> list[str]:
    """Each line's id in the output: its record's id, else (unreadable, or a repeat) its position."""
    ids, seen = [], set()
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        record_id = record.get("id") if isinstance(record, dict) else None
        chosen = f"feed.jsonl:{number}" if record_id is None or record_id in seen else record_id
        seen.add(chosen)
        ids.append(chosen)
    return ids


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_feeds())
def test_batch_every_input_id_appears_exactly_once_as_a_document_or_an_error_line(tmp_path_factory, extractor, lines):
    directory = tmp_path_factory.mktemp("feed")
    feed, out = directory / "feed.jsonl", directory / "out.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for _attempt in range(2):  # a rerun adds nothing
        run(read_sources([str(feed)], max_chars=200), JsonlOutput(out), extractor=extractor, batch_size=3)
        written = _lines(out)
        assert [line["id"] for line in written] == _expected_ids(lines)
        for line in written:
            assert ("error" in line) != ("text" in line)
