"""Extraction over a Dask bag or dataframe of records, on one machine or a cluster.

    import json
    import dask.bag as db
    from functools import partial
    from geonews_extract import Extractor
    from geonews_extract.dask import extract_bag, write_jsonl

    records = db.read_text("news/*.jsonl").map(json.loads)        # {"id", "text", "published"}
    results = extract_bag(records, partial(Extractor, max_chars=200_000), published="2021-09-30")
    write_jsonl(results, "out/part-*.jsonl")                       # the same lines as `batch`

`extract_bag` gives a bag of `Result` (the Document, or the error with the record's id).
The extractor is given as an `Extractor`, or as a function that builds one (such as
``functools.partial(Extractor, config=...)``): with a ``dask.distributed`` client the
function travels to the workers and each worker calls it once, in a worker plugin that
holds the Extractor for as long as the worker lives; without one (the threaded or
synchronous scheduler) it is called once per bag. There is no module state.
Needs the ``[dask]`` extra (dask[distributed]); pandas for `extract_dataframe`.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .api import Published
from .results import Result

if TYPE_CHECKING:
    from .extractor import Extractor

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # dask without distributed: local schedulers only
    WorkerPlugin = object  # type: ignore[assignment,misc]

#: Columns of the dataframe `extract_dataframe` returns (those of `Result.to_row`).
RESULT_COLUMNS = ("id", "error", "document")


def extract_partition(
    records: Iterable[Mapping[str, Any]],
    extractor: Extractor,
    *,
    published: Published = None,
    batch_size: int = 32,
) -> list[Result]:
    """One `Result` per record, in order, each under the record's own id.

    A record is a mapping with "text" and optional "id" and "published" (a record's own
    date wins over `published`); anything else gets an error result. The function
    `extract_bag` maps over partitions; it works with any ``map_partitions``.
    """
    records = list(records)
    results: list[Result | None] = [None] * len(records)

    def failed(position: str | None, err: Exception) -> None:
        index = int(str(position))
        results[index] = Result.failed(_given_id(records[index]), err)

    for document in extractor.extract_many(
        (_by_position(record, position) for position, record in enumerate(records)),
        published=published,
        batch_size=batch_size,
        on_error=failed,
    ):
        index = int(str(document.id))
        results[index] = Result.of(document.model_copy(update={"id": _given_id(records[index])}))
    return [result for result in results if result is not None]


def _given_id(record: Any) -> str | None:
    record_id = record.get("id") if isinstance(record, Mapping) else None
    return None if record_id is None else str(record_id)


def _by_position(record: Any, position: int) -> Any:
    """The record with its position as id, so results map back even when ids repeat."""
    if not isinstance(record, Mapping):
        return (str(position), record)  # extract_many reports the non-record for us
    return {**record, "id": str(position)}


class ExtractorPlugin(WorkerPlugin):
    """A ``dask.distributed`` worker plugin: builds the Extractor once when a worker starts
    (or when the plugin is registered) and holds it for every task on that worker.

    source: an `Extractor`, a function that builds one, or None for the default.
    """

    idempotent = True  # registering it again (a second bag) keeps the workers' Extractors

    def __init__(self, source: Any, name: str):
        self.source = source
        self.name = name
        self.extractor: Extractor | None = None
        #: how many Extractors this plugin has built in its worker (one)
        self.built = 0

    def setup(self, worker: Any) -> None:
        self.extractor = _build(self.source)
        self.built += 1

    def teardown(self, worker: Any) -> None:
        self.extractor = None


class _Partitions:
    """The function mapped over partitions: finds the worker's Extractor (distributed) or
    builds its own once (local schedulers). Carries only the settings when pickled."""

    def __init__(self, source: Any, plugin: str | None, published: Published, batch_size: int):
        self.source = source
        self.plugin = plugin
        self.published = published
        self.batch_size = batch_size
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_extractor"] = None
        state["_lock"] = None
        if self.plugin is not None:
            state["source"] = None  # the plugin carries it to the workers, once
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def extractor(self) -> Extractor:
        if self.plugin is not None:
            worker = _current_worker()
            if worker is not None and self.plugin in worker.plugins:
                found: Extractor | None = worker.plugins[self.plugin].extractor
                if found is not None:
                    return found
        with self._lock:
            if self._extractor is None:
                if self.source is None:
                    raise RuntimeError(f"the worker plugin {self.plugin!r} holding the Extractor is not registered here")
                self._extractor = _build(self.source)
            return self._extractor

    def __call__(self, records: Iterable[Mapping[str, Any]]) -> list[Result]:
        return extract_partition(records, self.extractor(), published=self.published, batch_size=self.batch_size)


def _build(source: Any) -> Extractor:
    from .extractor import Extractor

    if isinstance(source, Extractor):
        return source
    if source is None:
        return Extractor()
    return source()


def _current_worker() -> Any:
    try:
        from distributed import get_worker
    except ImportError:
        return None
    try:
        return get_worker()
    except ValueError:
        return None


def _client() -> Any:
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def _partitions(source: Any, published: Published, batch_size: int, client: Any) -> _Partitions:
    """The partition function; with a distributed client, its worker plugin registered."""
    client = client if client is not None else _client()
    if client is None:
        return _Partitions(source, None, published, batch_size)
    from dask.base import tokenize

    from .extractor import Extractor

    token = uuid.uuid4().hex if isinstance(source, Extractor) else tokenize(source)
    name = f"geonews-extractor-{token}"
    try:
        client.register_plugin(ExtractorPlugin(source, name), name=name)
    except Exception as err:
        if not isinstance(source, Extractor):
            raise
        raise TypeError(
            "this Extractor cannot be sent to the workers "
            f"({type(err).__name__}: {err}); pass a function that builds one instead, "
            "e.g. functools.partial(Extractor, config=...)"
        ) from err
    return _Partitions(source, name, published, batch_size)


def extract_bag(
    bag: Any,
    extractor: Any = None,
    *,
    published: Published = None,
    batch_size: int = 32,
    client: Any = None,
) -> Any:
    """A bag of records -> a bag of `Result`, one per record, in order.

    extractor: an `Extractor`, a function that builds one, or None for the default.
    client: the ``dask.distributed`` client to register the worker plugin with
        (default: the current one, if any).
    """
    return bag.map_partitions(_partitions(extractor, published, batch_size, client))


def to_lines(results: Any) -> Any:
    """A bag of `Result` -> a bag of JSONL lines (without newlines), the bytes `batch` writes."""
    return results.map(Result.to_line)


def write_jsonl(results: Any, path: Any, **options: Any) -> Any:
    """Write a bag of `Result` as JSONL files, every part ending with a newline, so that
    concatenated parts are a valid output (and, for one partition, exactly `batch`'s)."""
    return to_lines(results).to_textfiles(path, last_endline=True, **options)


def extract_dataframe(
    frame: Any,
    extractor: Any = None,
    *,
    id_column: str = "id",
    text_column: str = "text",
    published_column: str = "published",
    published: Published = None,
    batch_size: int = 32,
    client: Any = None,
) -> Any:
    """A Dask dataframe of records -> one row per record: ``id``, ``error``, ``document`` (JSON).

    The id and published columns are optional. The rows are `Result.to_row`, the rows of
    a Parquet output; read the documents back with ``Document.model_validate_json``.
    """
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series(dtype="string") for name in RESULT_COLUMNS})
    partitions = _partitions(extractor, published, batch_size, client)

    def value(row: Mapping[str, Any], column: str) -> Any:
        found = row.get(column)
        return None if found is None or (not isinstance(found, str) and pd.isna(found)) else found

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        records = [
            {"id": value(row, id_column), "text": row[text_column], "published": value(row, published_column)}
            for row in part.to_dict("records")
        ]
        rows = [result.to_row() for result in partitions(records)]
        return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), index=part.index).astype("string")

    return frame.map_partitions(partition, meta=meta)
