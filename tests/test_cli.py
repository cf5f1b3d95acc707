"""The geonews-extract command, run for real in a subprocess (few runs: each loads spaCy)."""

import fcntl
import io
import json
import os
import pty
import re
import shlex
import signal
import struct
import subprocess
import sys
import termios
import time
import tomllib
from pathlib import Path

import pytest

import geonews_extract
from geonews_extract import Document, Extractor, cli, extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Taliban Warn Of Response To Drone Flights\n"
    "KABUL - The Taliban warned the United States on Monday over drone flights above Kabul.\n"
    '"These flights break every promise made in Doha," the group\'s spokesman said.'
)


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "geonews_extract", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def _geonews(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(_command(*args), input=stdin, capture_output=True, env=_env(), timeout=120)


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_one_line_per_input_whatever_the_input(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "2021").mkdir(parents=True)
    (corpus / "kabul.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "2021" / "doha.txt").write_text("DOHA - Qatar hosted talks on Sunday.", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)))
    (corpus / "huge.txt").write_text("Kabul. " * 72, encoding="utf-8")  # 504 characters, over --max-chars 500
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "f1", "text": "Hezbollah fired rockets, the army said.", "published": "2020-01-02"}\n'
        '{"id": "f2", "text": "broken\n'
        '{"text": "The UN envoy met officials in Doha."}\n'
        '{"id": "f1", "text": "A second record with the id of the first."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    stdin = b'{"id": "s1", "text": "Beirut was quiet."}\n'
    done = _geonews(
        "batch", str(corpus), str(tmp_path / "feed.jsonl"), "-", "-o", str(out),
        "--published", "2021-09-30", "--max-chars", "500", "--workers", "2", stdin=stdin,
    )
    assert done.returncode == 0, done.stderr.decode()
    lines = {line["id"]: line for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(lines) == [
        "2021/doha.txt", "binary.txt", "empty.txt", "huge.txt", "kabul.txt", "f1", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "s1",
    ]
    errors = {key: line["error"] for key, line in lines.items() if "error" in line}
    assert set(errors) == {"binary.txt", "empty.txt", "huge.txt", "feed.jsonl:2", "feed.jsonl:4"}
    assert "id 'f1' at feed.jsonl:4 was already used by feed.jsonl:1" in errors["feed.jsonl:4"]
    assert "binary file" in errors["binary.txt"] and "empty text" in errors["empty.txt"]
    assert "over the limit of 500" in errors["huge.txt"] and "not JSON" in errors["feed.jsonl:2"]
    kabul = Document.model_validate(lines["kabul.txt"])
    assert kabul.text == ARTICLE and str(kabul.published) == "2021-09-30"
    assert lines["f1"]["published"] == "2020-01-02"
    stderr = done.stderr.decode()
    assert "5 documents, 5 errors" in stderr and "entities" in stderr and "quotes" in stderr
    assert "\r" not in stderr  # no progress bar when stderr is not a terminal


def test_a_killed_run_resumes_without_losing_or_repeating(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = [f"{n:03}.txt" for n in range(150)]
    for n, name in enumerate(names):
        (corpus / name).write_text(f"KABUL - Talks number {n} with the Taliban opened in Doha on Tuesday.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(_command("batch", str(corpus), "-o", str(out), "--batch-size", "1"), env=_env(), stderr=subprocess.DEVNULL)
    try:
        while run.poll() is None and (not out.exists() or out.read_bytes().count(b"\n") < 5):
            time.sleep(0.02)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    with out.open("ab") as stream:  # and the kill came in the middle of writing a line
        stream.write(b'{"id":"' + names[-1].encode() + b'","text":"KABUL - Tal')
    before = out.read_bytes().count(b"\n")
    resumed = _geonews("batch", str(corpus), "-o", str(out))
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert "removed a partial last line" in resumed.stderr.decode()
    ids = _ids(out)
    assert sorted(ids) == names and len(ids) == len(set(ids))
    assert f"{before:,} already done" in resumed.stderr.decode()


def test_show_prints_entities_times_and_quotes(tmp_path):
    article = tmp_path / "kabul.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    shown = _geonews("show", str(article), "--published", "2021-09-30")
    assert shown.returncode == 0, shown.stderr.decode()
    text = shown.stdout.decode()
    assert text.startswith("kabul.txt  published 2021-09-30")
    for heading in ("ENTITIES by group", "TIMES", "QUOTES"):
        assert heading in text
    assert "Taliban (ORG)" in text and "Kabul" in text


def test_show_json_is_the_document(tmp_path, capsys, nlp):
    article = tmp_path / "kabul.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["show", str(article), "--json"]) == 0
    assert Document.model_validate_json(capsys.readouterr().out) == extract(ARTICLE, id="kabul.txt", nlp=nlp)


def test_show_reports_an_unreadable_file(tmp_path, capsys):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    assert cli.main(["show", str(binary)]) == 1
    assert "binary file" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [["batch", "missing-dir", "-o", "x.jsonl"], ["batch", "-", "-o", "x.jsonl", "--published", "someday"], ["batch", "-", "-o", "x.jsonl", "--workers", "0"],
     ["batch", "-", "-o", "x.parquet", "--retry-errors"]],
)
def test_bad_arguments_exit_2(tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / "x.parquet").exists()


def test_parquet_from_the_output_suffix_and_no_resume(tmp_path, capsys, nlp):
    pq = pytest.importorskip("pyarrow.parquet")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert cli.main(["batch", str(tmp_path / "a.txt"), "-o", str(out), "--quiet"]) == 0
    assert pq.read_table(out).column("id").to_pylist() == ["a.txt"]
    assert cli.main(["batch", str(tmp_path / "a.txt"), "-o", str(out)]) == 1
    assert "cannot be resumed" in capsys.readouterr().err


def test_a_model_that_is_not_installed_is_a_message_not_a_traceback(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--model", "no_such_model_xyz"]) == 1
    assert "cannot load spaCy model 'no_such_model_xyz'" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_the_installed_command_is_cli_main():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["geonews-extract"].partition(":")
    assert (module, function) == ("geonews_extract.cli", "main") and callable(cli.main)


# a corrected rerun, exit status, error lines held -----------------------------------------------

def test_retry_errors_reruns_failed_ids_and_replaces_their_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "k", "body": "KABUL - The Taliban said on Monday that talks would resume."}\n'
        '{"id": "d", "body": "DOHA - Qatar hosted talks on Sunday."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    forgot = _geonews("batch", str(feed), "-o", str(out), "--published", "2021-09-30")
    assert forgot.returncode == cli.EXIT_FAILED_INPUTS  # every input failed
    assert "every input of this run failed" in forgot.stderr.decode()
    assert "the output holds 2 error lines" in forgot.stderr.decode()
    plain = _geonews("batch", str(feed), "-o", str(out), "--text-field", "body", "--published", "2021-09-30")
    assert plain.returncode == 0 and "2 already done" in plain.stderr.decode()  # error lines count as done
    fixed = _geonews("batch", str(feed), "-o", str(out), "--text-field", "body", "--published", "2021-09-30", "--retry-errors")
    assert fixed.returncode == 0, fixed.stderr.decode()
    assert "2 documents, 0 errors (2 retried)" in fixed.stderr.decode()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["k", "d"] and all("error" not in line for line in lines)
    assert not list(tmp_path.glob("out.jsonl.*"))  # no temporary file left beside it


def test_a_retry_killed_before_it_finished_keeps_both_lines_until_the_next_open(tmp_path, extractor):
    from geonews_extract.batch import JsonlOutput
    from geonews_extract.results import Result

    out = tmp_path / "out.jsonl"
    first = Result.failed("k", ValueError("empty text"))
    redone = Result.of(extractor.extract("Kabul was calm.", id="k"))
    out.write_text(first.to_line() + "\n" + Result.failed("z", ValueError("x")).to_line() + "\n" + redone.to_line() + "\n", encoding="utf-8")
    output = JsonlOutput(out)  # what a retry killed before finishing leaves
    output.close()
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["z", "k"]
    assert output.held_errors == 1 and output.done == {"k", "z"}


def test_strict_fails_when_any_input_failed(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    lenient = _geonews("batch", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "-o", str(out), "--published", "2021-09-30")
    assert lenient.returncode == 0
    strict = _geonews("batch", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "-o", str(tmp_path / "strict.jsonl"), "--strict", "--quiet")
    assert strict.returncode == cli.EXIT_FAILED_INPUTS and strict.stderr == b""


# dates per file ---------------------------------------------------------------------------------

def test_a_manifest_and_dates_read_from_the_text_date_each_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "The Taliban said on Monday that talks would resume."
    (corpus / "listed.txt").write_text(story, encoding="utf-8")
    (corpus / "labelled.txt").write_text("Published: 2 October 2021\n\n" + story, encoding="utf-8")
    (corpus / "dateline.txt").write_text("KABUL, Sept. 30, 2021 (Reuters) - " + story, encoding="utf-8")
    (corpus / "undated.txt").write_text(story, encoding="utf-8")
    manifest = tmp_path / "dates.csv"
    manifest.write_text("id,published,source\nlisted.txt,2021-08-15,wire\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = _geonews("batch", str(corpus), "-o", str(out), "--manifest", str(manifest), "--published-from-text")
    assert done.returncode == 0, done.stderr.decode()
    documents = {line["id"]: Document.model_validate(line) for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert {key: str(doc.published) for key, doc in documents.items()} == {
        "dateline.txt": "2021-09-30", "labelled.txt": "2021-10-02", "listed.txt": "2021-08-15", "undated.txt": "None",
    }
    guessed = [key for key, doc in documents.items() if any("--published-from-text" in w for w in doc.warnings)]
    assert sorted(guessed) == ["dateline.txt", "labelled.txt"]
    monday = [t.value for t in documents["labelled.txt"].times if t.text == "Monday"]
    assert monday == ["2021-09-27"]  # anchored to the date read from the text
    assert "--published DATE" in done.stderr.decode()  # the undated file: the hint names the option


def test_a_manifest_with_a_bad_date_stops_before_the_run(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    manifest = tmp_path / "dates.jsonl"
    manifest.write_text('{"id": "a.txt", "published": "someday"}\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        cli.main(["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), "--manifest", str(manifest)])
    assert exit_.value.code == 2 and "dates.jsonl:1" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


# show -------------------------------------------------------------------------------------------

def test_show_reads_a_jsonl_record_with_its_date_and_survives_a_closed_pipe(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "first", "text": "Doha was quiet.", "published": "2020-01-02"}\n'
        + json.dumps({"id": "kabul", "text": ARTICLE, "published": "2021-09-30"}) + "\n",
        encoding="utf-8",
    )
    shown = _geonews("show", str(feed), "--id", "kabul")
    assert shown.returncode == 0, shown.stderr.decode()
    assert shown.stdout.decode().startswith("kabul  published 2021-09-30")
    first = _geonews("show", str(feed), "--json")
    assert Document.model_validate_json(first.stdout).id == "first"
    piped = subprocess.run(
        " ".join([*map(shlex.quote, _command("show", str(feed), "--id", "kabul")), "| head -1"]),
        shell=True, capture_output=True, env=_env(), timeout=120,
    )
    assert piped.stdout.decode().startswith("kabul") and b"Traceback" not in piped.stderr and b"BrokenPipe" not in piped.stderr


# messages ---------------------------------------------------------------------------------------

def test_version_and_messages_a_user_can_act_on(tmp_path):
    version = _geonews("--version")
    assert version.returncode == 0 and version.stdout.decode().strip() == f"geonews-extract {geonews_extract.__version__}"
    csv = _geonews("batch", str(tmp_path), "-o", str(tmp_path / "x.csv"))
    assert csv.returncode == 2 and "name it .jsonl or .parquet" in csv.stderr.decode()
    assert not (tmp_path / "x.csv").exists()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    missing = _geonews("batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), "--model", "no_such_model_xyz")
    assert missing.returncode == 1 and "pip install no-such-model-xyz" in missing.stderr.decode()
    assert b"Traceback" not in missing.stderr


def test_a_broken_json_line_is_reported_without_a_doubled_word():
    from geonews_extract.corpus import read_jsonl

    (item,) = read_jsonl(io.BytesIO(b'{"id": "x", "text": "unterminated\n'), "feed.jsonl")
    assert str(item.error) == "line is not JSON: Invalid control character at column 34"
    (item,) = read_jsonl(io.BytesIO(b'{"id": "x", "text": "unterminated'), "feed.jsonl")
    assert str(item.error) == "line is not JSON: Unterminated string starting at column 21"


# progress ---------------------------------------------------------------------------------------

def test_the_progress_bar_on_a_terminal_shows_the_total_and_counts_errors_apart(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"{n}.txt").write_text(f"Talks number {n} opened in Doha.", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal 120 columns wide
    done = subprocess.run(
        _command("batch", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--published", "2021-09-30"),
        stderr=follower, stdout=subprocess.DEVNULL, env=_env(), timeout=120,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert done.returncode == 0
    assert "4/4" in text and "documents=3" in text and "errors=1" in text
    assert re.search(r"\d\d:\d\d<\d\d:\d\d", text)  # elapsed<remaining: the ETA
    assert "3 documents, 1 errors" in text
