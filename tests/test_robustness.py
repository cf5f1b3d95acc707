"""Robustness: no data loss, no hang, one line per input, typed errors or warnings, exact offsets.

The cases that touch files run the real command (`python -m geonews_extract`) in a
subprocess; each loads spaCy, so they are few and each checks several things.
"""

import fcntl
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from geonews_extract import Document, Extractor
from geonews_extract.batch import JsonlOutput, ParquetOutput, run
from geonews_extract.corpus import read_jsonl, read_sources
from geonews_extract.results import Result
from geonews_extract.workers import WorkerDied

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

# Adversarial input: nothing lost, nothing hangs, typed errors or warnings, exact offsets. ----------

KILL = "KILL-THIS-WORKER"
SIGKILL = "SIGKILL-THIS-WORKER"
UNPICKLABLE = "RAISE-UNPICKLABLE"


class _Unpicklable(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.callback = lambda: None  # a lambda cannot be pickled


@Language.component("die_on_marker_for_test")
def die_on_marker(doc):
    if KILL in doc.text:
        os._exit(3)
    if SIGKILL in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    if UNPICKLABLE in doc.text:
        raise _Unpicklable("cannot travel")
    return doc


@pytest.fixture
def forked(monkeypatch):
    """Workers forked whatever threads other tests left running: a component registered
    here, in a test module, exists only in forked workers."""
    from geonews_extract import workers

    monkeypatch.setattr(workers, "_start_method", lambda: "fork")


@pytest.fixture(scope="module")
def dying():
    extractor = Extractor(stages=["news_ner"])
    extractor.nlp.add_pipe("die_on_marker_for_test", last=True)
    return extractor


def _records(markers):
    records = []
    for i in range(14):
        text = f"Officials met in Doha on day {i}."
        records.append((f"r{i}", markers.get(i, text)))
    return records


def _run(extractor, records, **kwargs):
    errors = []
    docs = list(extractor.extract_many(records, on_error=lambda i, e: errors.append((i, e)), **kwargs))
    return docs, errors


def test_extract_many_survives_workers_killed_by_the_os(dying, forked):
    records = _records({2: f"{KILL} in Doha.", 7: f"{SIGKILL} in Doha.", 8: f"{KILL} again."})
    docs, errors = _run(dying, records, n_process=2, batch_size=3)
    ids = [d.id for d in docs] + [i for i, _ in errors]
    assert sorted(ids) == sorted(r[0] for r in records)  # every input exactly once
    assert {i for i, _ in errors} == {"r2", "r7", "r8"}
    assert all(isinstance(e, WorkerDied) for _, e in errors)
    assert [d.id for d in docs] == [r[0] for r in records if r[0] not in ("r2", "r7", "r8")]  # input order


def test_an_error_that_cannot_be_pickled_comes_back_as_an_error(dying, forked):
    records = _records({4: f"{UNPICKLABLE} in Doha."})
    docs, errors = _run(dying, records, n_process=2, batch_size=4)
    assert [i for i, _ in errors] == ["r4"] and "cannot travel" in str(errors[0][1])
    assert len(docs) == len(records) - 1


def test_one_process_and_two_give_the_same_documents(dying, forked):
    records = _records({})
    assert _run(dying, records, n_process=2, batch_size=4) == _run(dying, records, batch_size=4)


def test_spawned_workers_rebuild_the_pipeline(monkeypatch):
    from geonews_extract import workers

    monkeypatch.setattr(workers, "_start_method", lambda: "spawn")  # what a threaded parent uses
    extractor = Extractor(stages=["news_ner"])
    records = _records({})[:4]
    assert _run(extractor, records, n_process=2, batch_size=2) == _run(extractor, records, batch_size=2)


def test_a_worker_that_cannot_build_the_pipeline_says_so_for_each_document(dying, monkeypatch):
    from geonews_extract import workers

    monkeypatch.setattr(workers, "_start_method", lambda: "spawn")  # the test's component is not importable there
    docs, errors = _run(dying, _records({})[:3], n_process=2, batch_size=2)
    assert docs == [] and [i for i, _ in errors] == ["r0", "r1", "r2"]
    assert all("could not build the pipeline" in str(e) and "die_on_marker_for_test" in str(e) for _, e in errors)


# ---- input guards (inputs.py) ----------------------------------------------------------------------
def test_lone_surrogate_in_text_is_replaced_with_a_warning(nlp):
    from geonews_extract import extract

    document = extract("Officials in Doha said \ud800 talks resume.", nlp=nlp)
    assert document.text == "Officials in Doha said \ufffd talks resume."
    assert any("surrogate" in w for w in document.warnings)
    document.model_dump_json().encode("utf-8")  # writable


def test_lone_surrogate_in_an_id_is_a_documented_value_error(nlp):
    from geonews_extract import extract, extract_many

    with pytest.raises(ValueError, match="surrogate"):
        extract("Talks in Doha.", id="a\udc80", nlp=nlp)
    errors = []
    docs = list(extract_many([("a\udc80", "Talks in Doha."), ("b", "Talks in Doha.")], nlp=nlp,
                             on_error=lambda i, e: errors.append(i)))
    assert [d.id for d in docs] == ["b"] and errors == ["a\\udc80"]
    errors[0].encode("utf-8")


def test_published_year_one_in_rfc_2822_stays_year_one():
    from geonews_extract.inputs import parse_published

    assert parse_published("Mon, 01 Jan 0001 10:00:00 +0000").year == 1
    assert parse_published("Thu, 30 Sep 2021 08:15:00 +0000").year == 2021


def test_published_offset_with_seconds_is_refused_clearly():
    from datetime import datetime, timedelta, timezone

    from geonews_extract.inputs import parse_published

    with pytest.raises(ValueError, match="offset with seconds"):
        parse_published("1900-01-01T00:00:00+00:19:32")
    with pytest.raises(ValueError, match="offset with seconds"):
        parse_published(datetime(1900, 1, 1, tzinfo=timezone(timedelta(seconds=1172))))
    kept = parse_published("2021-09-30T08:15:00+05:45")
    from geonews_extract import Document

    document = Document(text="Kathmandu", published=kept)
    assert Document.model_validate_json(document.model_dump_json()).published == kept


def test_mask_html_finds_the_same_markup_with_unclosed_scripts_and_comments():
    from geonews_extract.inputs import mask_html

    text = "<p>a<!-- hidden --> b <script>x<y</script> c <!-- open <p><script> d"
    masked = mask_html(text)
    assert len(masked) == len(text)
    assert "hidden" not in masked and "x<y" not in masked
    assert "<!-- open" in masked and " d" in masked  # an unclosed comment or script hides nothing
    many = mask_html("<p><p><script> " * 2_000 + "<!-- " * 2_000)
    assert many.count("<!--") == 2_000 and "<p>" not in many


def test_a_huge_run_of_quote_marks_is_masked_before_tokenising(nlp):
    from geonews_extract import extract
    from geonews_extract.inputs import LONG_RUN

    text = 'He said "' + '"' * 20 * LONG_RUN + ' in Doha.'
    document = extract(text, nlp=nlp)
    assert document.text == text and any("identical punctuation" in w for w in document.warnings)
    doha = [m for e in document.entities for m in e.mentions if m.text == "Doha"]
    assert doha and text[doha[0].start : doha[0].end] == "Doha"
    assert not any("identical" in w for w in extract('He said ' + '"' * LONG_RUN + ".", nlp=nlp).warnings)


_ORPHANING_PARENT = """
import os, sys
from geonews_extract import Extractor

def forever():
    day = 0
    while True:
        day += 1
        yield f"Talks in Doha resumed on day {day}."

stream = Extractor(stages=[]).extract_many(forever(), n_process=2, batch_size=4)
next(stream)
me = str(os.getpid())
children = [p for p in os.listdir("/proc") if p.isdigit() and open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1] == me]
print(" ".join(children), flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(_ORPHANING_PARENT, encoding="utf-8")
    output = tmp_path / "workers.txt"
    with output.open("w") as out:  # a file, not a pipe: workers left alive would hold a pipe open
        parent = subprocess.run([sys.executable, str(script)], stdout=out, stderr=subprocess.DEVNULL, timeout=300)
    workers = output.read_text().split()
    assert parent.returncode == -signal.SIGKILL and workers

    def alive(pid):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 60  # a generous bound, not a measurement
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # never leave orphans behind, even when the test fails
        os.kill(int(pid), signal.SIGKILL)
    assert not left
