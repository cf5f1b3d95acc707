"""`extract_many(n_process=N)`: batches in worker processes, supervised so nothing hangs or is lost.

A worker that dies (``os._exit``, SIGKILL, out of memory) or sends back what cannot be
unpickled breaks the pool; ``concurrent.futures`` notices and fails the batches in
flight instead of waiting forever. Each lost batch is then run again one document at a
time, each in a fresh single worker, so the document that kills a worker is found,
reported to `on_error` as a `WorkerDied`, and the stream goes on with a new pool. Every
input comes back exactly once, as a Document or an error, in input order.

Workers are forked where the parent runs a single thread (they inherit the pipeline,
no copy is sent) and spawned where other threads run (forking a threaded process can
deadlock); a spawned worker rebuilds the pipeline from its config and weights, so its
components must be registered by an importable module. A worker exits by itself when
its parent is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from spacy.language import Language
from spacy.util import load_model_from_config
from thinc.api import Config

from .document import Document
from .extractor import ErrorHandler, Extractor, Job

Outcome = Document | tuple[str | None, Exception]


class WorkerDied(RuntimeError):
    """The worker process running this document ended without an answer (killed, out of memory, ...)."""


def run_supervised(
    extractor: Extractor, jobs: Iterator[Job], batch_size: int, n_process: int, report: ErrorHandler
) -> Iterator[Document]:
    """Documents in input order from `n_process` workers, a few batches in flight at a time
    (memory stays bounded however long the stream)."""
    pool = _Pool(extractor, n_process)
    try:
        in_flight: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()
        while True:
            batch = list(islice(jobs, batch_size))
            if batch:
                in_flight.append((batch, pool.submit(batch, batch_size)))
            if in_flight and (not batch or len(in_flight) >= 2 * n_process):
                lost, future = in_flight.popleft()
                try:
                    outcomes = future.result()
                except Exception:  # the pool broke, or the answer could not be read back
                    outcomes = pool.one_by_one(lost)
                    for index, (waiting, pending) in enumerate(in_flight):  # lost with the old pool
                        if not _succeeded(pending):
                            in_flight[index] = (waiting, pool.submit(waiting, batch_size))
                for outcome in outcomes:
                    if isinstance(outcome, Document):
                        yield outcome
                    else:
                        report(*outcome)
            if not batch and not in_flight:
                return
    finally:
        pool.shutdown()


def _succeeded(future: Future[list[Outcome]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pool:
    """A process pool that is replaced when a worker dies."""

    def __init__(self, extractor: Extractor, n_process: int) -> None:
        self.extractor = extractor
        self.n_process = n_process
        self.method = _start_method()
        self.payload = extractor if self.method == "fork" else _Blueprint(extractor)
        self.executor = self._new(n_process)

    def _new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context(self.method),
            initializer=_init_worker,
            initargs=(self.payload, os.getpid()),
        )

    def submit(self, batch: list[Job], batch_size: int) -> Future[list[Outcome]]:
        try:
            return self.executor.submit(_work, batch, batch_size)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new(self.n_process)
            return self.executor.submit(_work, batch, batch_size)

    def one_by_one(self, batch: list[Job]) -> list[Outcome]:
        """Each document of a lost batch alone in a fresh worker; the one that kills it is reported."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        outcomes: list[Outcome] = []
        single = self._new(1)
        try:
            for job in batch:
                try:
                    outcomes.extend(single.submit(_work, [job], 1).result())
                except BrokenProcessPool:
                    outcomes.append((job.id, WorkerDied("the worker process extracting this document died")))
                    single.shutdown(wait=False, cancel_futures=True)
                    single = self._new(1)
                except Exception as err:  # the answer could not be sent back
                    outcomes.append((job.id, _sendable(err)))
        finally:
            single.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new(self.n_process)
        return outcomes

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    """Fork where the parent runs one thread and fork exists; spawn elsewhere."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


class _Blueprint:
    """What a spawned worker needs to rebuild an Extractor: the pipeline's config and weights."""

    def __init__(self, extractor: Extractor) -> None:
        self.config = extractor.nlp.config.to_str()
        self.weights = extractor.nlp.to_bytes()
        self.disabled = list(extractor.nlp.disabled)
        self.max_chars = extractor.max_chars

    def build(self) -> Extractor:
        nlp: Language = load_model_from_config(Config().from_str(self.config), auto_fill=False)
        nlp.from_bytes(self.weights)
        for name in self.disabled:
            nlp.disable_pipe(name)
        return Extractor.around(nlp, self.max_chars)


_worker: Extractor | None = None
_startup_error: Exception | None = None


def _init_worker(payload: Extractor | _Blueprint, parent: int) -> None:
    global _worker, _startup_error
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        _worker = payload.build() if isinstance(payload, _Blueprint) else payload
    except Exception as err:  # said for every document, instead of a pool that breaks without a word
        _startup_error = RuntimeError(f"a worker process could not build the pipeline: {type(err).__name__}: {err}")


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed, crashed) ends instead of waiting forever."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _work(batch: list[Job], batch_size: int) -> list[Outcome]:
    """In a worker: extract one batch; failures come back in place, as (id, error)."""
    if _worker is None:
        error = _startup_error or RuntimeError("the worker process has no pipeline")
        return [(job.id, error) for job in batch]
    outcomes: list[Outcome] = []
    report = lambda record_id, err: outcomes.append((record_id, _sendable(err)))  # noqa: E731
    for document in _worker.run_batches(iter(batch), batch_size, report):
        outcomes.append(document)
    return outcomes


def _sendable(err: Exception) -> Exception:
    """The error itself if it survives pickling, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")
