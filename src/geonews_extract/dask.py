"""Extraction over a Dask bag or dataframe of records, on one machine or a cluster.

    import dask.bag as db
    from geonews_extract.dask import extract_bag

    records = db.read_text("news/*.jsonl").map(json.loads)      # {"id", "text", "published"}
    results = extract_bag(records, published="2021-09-30")      # a bag of JSON-ready dicts
    results.map(json.dumps).to_textfiles("out/part-*.jsonl")

Each result is what a batch run writes as one line: the Document as JSON-ready data
(``Document.model_validate`` reads it back) or ``{"id": ..., "error": "..."}``. Each
worker process builds the pipeline once, on its first partition, and keeps it.
Needs the ``[dask]`` extra (dask[distributed]); pandas for `extract_dataframe`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.language import Language

from .api import Published, extract_many
from .batch import error_record
from .inputs import DEFAULT_MAX_CHARS
from .pipeline import load_pipeline

_lock = threading.Lock()
_pipelines: dict[tuple, Language] = {}
#: How many pipelines this process has built (one per distinct setting).
pipelines_built = 0


def worker_pipeline(model: str | None = None, stages: tuple[str, ...] | None = None) -> Language:
    """The pipeline of this worker process, built on first use (thread-safe)."""
    global pipelines_built
    key = (model, stages)
    with _lock:
        if key not in _pipelines:
            _pipelines[key] = load_pipeline(model, stages=stages)
            pipelines_built += 1
        return _pipelines[key]


def extract_partition(
    records: Iterable[Mapping[str, Any]],
    *,
    published: Published = None,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    model: str | None = None,
    stages: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """One result per record, in order: Document data, or an error record with the id.

    A record is a mapping with "text" and optional "id" and "published" (a record's own
    date wins over `published`). This is the function `extract_bag` maps over
    partitions; it works with any ``map_partitions``.
    """
    records = list(records)
    results: list[dict[str, Any] | None] = [None] * len(records)
    nlp = worker_pipeline(model, None if stages is None else tuple(stages))

    def failed(position: str, err: Exception) -> None:
        results[int(position)] = error_record(_given_id(records[int(position)]), err)

    for document in extract_many(
        (_by_position(record, position) for position, record in enumerate(records)),
        published=published,
        batch_size=batch_size,
        nlp=nlp,
        max_chars=max_chars,
        on_error=failed,
    ):
        position = int(document.id)
        results[position] = document.model_copy(update={"id": _given_id(records[position])}).model_dump(mode="json")
    return results


def _given_id(record: Any) -> str | None:
    record_id = record.get("id") if isinstance(record, Mapping) else None
    return None if record_id is None else str(record_id)


def _by_position(record: Any, position: int) -> Any:
    """The record with its position as id, so results map back even when ids repeat."""
    if not isinstance(record, Mapping):
        return (str(position), record)  # extract_many reports the non-record for us
    return {**record, "id": str(position)}


def extract_bag(bag, **options: Any):
    """A bag of records -> a bag of results (see `extract_partition` for the options)."""
    return bag.map_partitions(extract_partition, **options)


#: Columns of the dataframe `extract_dataframe` returns.
RESULT_COLUMNS = ("id", "error", "document")


def extract_dataframe(
    frame,
    *,
    id_column: str = "id",
    text_column: str = "text",
    published_column: str = "published",
    **options: Any,
):
    """A Dask dataframe of records -> one row per record: ``id``, ``error``, ``document`` (JSON).

    The id and published columns are optional. Read the documents back with
    ``Document.model_validate_json``.
    """
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series(dtype="string") for name in RESULT_COLUMNS})

    def value(row: Mapping[str, Any], column: str) -> Any:
        found = row.get(column)
        return None if found is None or (not isinstance(found, str) and pd.isna(found)) else found

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        records = [
            {"id": value(row, id_column), "text": row[text_column], "published": value(row, published_column)}
            for row in part.to_dict("records")
        ]
        rows = [
            {"id": result["id"], "error": result["error"], "document": None}
            if set(result) == {"id", "error"}
            else {"id": result["id"], "error": None, "document": json.dumps(result, ensure_ascii=False)}
            for result in extract_partition(records, **options)
        ]
        return pd.DataFrame(rows, columns=list(RESULT_COLUMNS), index=part.index).astype("string")

    return frame.map_partitions(partition, meta=meta)
