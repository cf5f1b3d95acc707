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


def test_extract_many_survives_workers_killed_by_the_os(dying):
    records = _records({2: f"{KILL} in Doha.", 7: f"{SIGKILL} in Doha.", 8: f"{KILL} again."})
    docs, errors = _run(dying, records, n_process=2, batch_size=3)
    ids = [d.id for d in docs] + [i for i, _ in errors]
    assert sorted(ids) == sorted(r[0] for r in records)  # every input exactly once
    assert {i for i, _ in errors} == {"r2", "r7", "r8"}
    assert all(isinstance(e, WorkerDied) for _, e in errors)
    assert [d.id for d in docs] == [r[0] for r in records if r[0] not in ("r2", "r7", "r8")]  # input order


def test_an_error_that_cannot_be_pickled_comes_back_as_an_error(dying):
    records = _records({4: f"{UNPICKLABLE} in Doha."})
    docs, errors = _run(dying, records, n_process=2, batch_size=4)
    assert [i for i, _ in errors] == ["r4"] and "cannot travel" in str(errors[0][1])
    assert len(docs) == len(records) - 1


def test_one_process_and_two_give_the_same_documents(dying):
    records = _records({})
    assert _run(dying, records, n_process=2, batch_size=4) == _run(dying, records, batch_size=4)


def test_spawned_workers_rebuild_the_pipeline(monkeypatch):
    from geonews_extract import workers

    monkeypatch.setattr(workers, "_start_method", lambda: "spawn")  # what a threaded parent uses
    extractor = Extractor(stages=["news_ner"])
    records = _records({})[:4]
    assert _run(extractor, records, n_process=2, batch_size=2) == _run(extractor, records, batch_size=2)
