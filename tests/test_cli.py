"""The geonews-extract command, run for real in a subprocess (few runs: each loads spaCy)."""

import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from geonews_extract import Document, cli, extract

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Taliban Warn Of Response To Drone Flights\n"
    "KABUL - The Taliban warned the United States on Monday over drone flights above Kabul.\n"
    '"These flights break every promise made in Doha," the group\'s spokesman said.'
)


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
        '{"text": "The UN envoy met officials in Doha."}\n',
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
        "2021/doha.txt", "binary.txt", "empty.txt", "huge.txt", "kabul.txt", "f1", "feed.jsonl:2", "feed.jsonl:3", "s1",
    ]
    errors = {key: line["error"] for key, line in lines.items() if "error" in line}
    assert set(errors) == {"binary.txt", "empty.txt", "huge.txt", "feed.jsonl:2"}
    assert "binary file" in errors["binary.txt"] and "empty text" in errors["empty.txt"]
    assert "over the limit of 500" in errors["huge.txt"] and "not JSON" in errors["feed.jsonl:2"]
    kabul = Document.model_validate(lines["kabul.txt"])
    assert kabul.text == ARTICLE and str(kabul.published) == "2021-09-30"
    assert lines["f1"]["published"] == "2020-01-02"
    stderr = done.stderr.decode()
    assert "5 documents, 4 errors" in stderr and "entities" in stderr and "quotes" in stderr
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
    [["batch", "missing-dir", "-o", "x.jsonl"], ["batch", "-", "-o", "x.jsonl", "--published", "someday"], ["batch", "-", "-o", "x.jsonl", "--workers", "0"]],
)
def test_bad_arguments_exit_2(tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    assert not (tmp_path / "x.jsonl").exists()


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
