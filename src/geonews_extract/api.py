"""`extract` for one text and `extract_many` for a stream of them."""

from __future__ import annotations

import multiprocessing
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import set_published
from .assemble import assemble
from .document import Document
from .inputs import DEFAULT_MAX_CHARS, PreparedText, prepare
from .pipeline import load_pipeline

Published = date | datetime | str | None
ErrorHandler = Callable[[str | None, Exception], None]


class ExtractionWarning(UserWarning):
    """A record in `extract_many` was skipped."""


@dataclass(frozen=True)
class _Job:
    id: str | None
    prepared: PreparedText


def extract(
    text: str,
    *,
    published: Published = None,
    id: str | None = None,
    nlp: Language | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Extract entities, times and quotes from one news text.

    published: the publication date (date, datetime or ISO 8601 string) that
        relative dates are anchored to; without it they stay unresolved.
    nlp: a pipeline from `load_pipeline` (default: the standard one, cached).
    Raises TypeError for non-str input and ValueError for empty or oversized text
    or an unparseable `published`.
    """
    prepared = prepare(text, published, max_chars)
    nlp = _ready(nlp, max_chars)
    return assemble(nlp(_make_doc(nlp, prepared)), prepared, id)


def extract_many(
    texts_or_records: Iterable[str | Mapping[str, Any] | tuple],
    *,
    published: Published = None,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Stream Documents for many texts, in input order, using ``nlp.pipe``.

    Each item is a text, a mapping with "text" and optional "id" and "published",
    or a tuple (id, text) or (id, text, published). A record's own `published` wins
    over the argument. A record that cannot be extracted is skipped and reported to
    `on_error(id, exception)` (default: an `ExtractionWarning`); the stream goes on.
    """
    nlp = _ready(nlp, max_chars)
    report = on_error or _warn_skipped
    jobs = _jobs(texts_or_records, published, max_chars, report)
    if n_process == 1:
        yield from _run_batches(nlp, jobs, batch_size, report)
    else:
        yield from _run_in_processes(nlp, jobs, batch_size, n_process, report)


def _run_batches(nlp: Language, jobs: Iterator[_Job], batch_size: int, report: ErrorHandler) -> Iterator[Document]:
    while batch := list(islice(jobs, batch_size)):
        try:
            docs = list(nlp.pipe((_make_doc(nlp, job.prepared) for job in batch), batch_size=batch_size))
        except Exception:  # one document broke the batch: find it, keep the others
            docs = None
        for index, job in enumerate(batch):
            try:
                doc = docs[index] if docs is not None else nlp(_make_doc(nlp, job.prepared))
                yield assemble(doc, job.prepared, job.id)
            except Exception as err:
                report(job.id, err)


def _run_in_processes(
    nlp: Language, jobs: Iterator[_Job], batch_size: int, n_process: int, report: ErrorHandler
) -> Iterator[Document]:
    """Batches go to worker processes (each runs `_run_batches`), a few in flight at a time,
    so memory stays bounded however long the stream; results come back in input order."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(n_process, initializer=_init_worker, initargs=(nlp,)) as pool:
        in_flight: deque = deque()
        while True:
            batch = list(islice(jobs, batch_size))
            if batch:
                in_flight.append(pool.apply_async(_work, (batch, batch_size)))
            if in_flight and (not batch or len(in_flight) >= 2 * n_process):
                for outcome in in_flight.popleft().get():
                    if isinstance(outcome, Document):
                        yield outcome
                    else:
                        report(*outcome)
            if not batch and not in_flight:
                return


_worker_nlp: Language | None = None


def _init_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _work(batch: list[_Job], batch_size: int) -> list[Document | tuple[str | None, Exception]]:
    """In a worker: extract one batch; failures come back in place, as (id, error)."""
    outcomes: list[Document | tuple[str | None, Exception]] = []
    report = lambda record_id, err: outcomes.append((record_id, err))  # noqa: E731
    for document in _run_batches(_worker_nlp, iter(batch), batch_size, report):
        outcomes.append(document)
    return outcomes


def _jobs(items: Iterable[Any], published: Published, max_chars: int, report: ErrorHandler) -> Iterator[_Job]:
    for position, item in enumerate(items):
        record_id: str | None = None
        try:
            record_id, text, record_published = _unpack(item, position)
            anchor = published if record_published is None else record_published
            yield _Job(record_id, prepare(text, anchor, max_chars))
        except (TypeError, ValueError) as err:
            report(record_id, err)


def _unpack(item: Any, position: int) -> tuple[str | None, Any, Any]:
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"record {position} has no 'text' field")
        record_id = item.get("id")
        return (None if record_id is None else str(record_id)), item["text"], item.get("published")
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            raise ValueError(f"record {position}: a tuple must be (id, text) or (id, text, published)")
        return str(item[0]), item[1], item[2] if len(item) == 3 else None
    return None, item, None


def _warn_skipped(record_id: str | None, err: Exception) -> None:
    warnings.warn(f"skipped record {record_id!r}: {err}", ExtractionWarning, stacklevel=3)


def _ready(nlp: Language | None, max_chars: int) -> Language:
    nlp = nlp or load_pipeline()
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


def _make_doc(nlp: Language, prepared: PreparedText) -> Doc:
    doc = nlp.make_doc(prepared.masked)
    set_published(doc, prepared.published)
    return doc
