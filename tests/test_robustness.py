"""Adversarial input: nothing lost, nothing hangs, typed errors or warnings, exact offsets."""

import os
import signal

import pytest
from spacy.language import Language

from geonews_extract import Extractor
from geonews_extract.workers import WorkerDied

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
