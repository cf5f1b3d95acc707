"""The corpus runner: items in, one output line per item, resumable.

`run` feeds items to `extract_many` and writes, for every item and in input order,
either the Document's JSON or ``{"id": ..., "error": "..."}``. A JSONL output is
appended to and flushed after every line, so a killed run loses only the documents in
flight; opening it again skips the ids it already holds and cuts off a partial last
line left by a crash. Parquet output is written in one go (see `ParquetOutput`).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from tqdm import tqdm

from .api import Published, extract_many
from .corpus import Item
from .document import Document
from .inputs import DEFAULT_MAX_CHARS

FORMATS = ("jsonl", "parquet")


class OutputError(RuntimeError):
    """The output file cannot be written to or resumed."""


@dataclass
class Summary:
    """What a run did."""

    documents: int = 0
    errors: int = 0
    skipped: int = 0
    entities: int = 0
    times: int = 0
    quotes: int = 0
    elapsed: float = 0.0

    def count(self, document: Document | None) -> None:
        if document is None:
            self.errors += 1
            return
        self.documents += 1
        self.entities += len(document.entities)
        self.times += len(document.times)
        self.quotes += len(document.quotes)

    def __str__(self) -> str:
        rate = self.documents / self.elapsed if self.elapsed else 0.0
        skipped = f", {self.skipped:,} already done" if self.skipped else ""
        return (
            f"{self.documents:,} documents, {self.errors:,} errors{skipped}; "
            f"{self.entities:,} entities, {self.times:,} times, {self.quotes:,} quotes; "
            f"{self.elapsed:.1f} s ({rate:.1f} docs/s)"
        )


def error_record(item_id: str, err: Exception) -> dict[str, str]:
    """The output line for an input that could not be processed."""
    return {"id": item_id, "error": f"{type(err).__name__}: {err}"}


class Output(Protocol):
    done: set[str]

    def write(self, item_id: str, document: Document | None, error: dict | None) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


def open_output(path: str | Path, format: str = "jsonl") -> Output:
    if format == "jsonl":
        return JsonlOutput(path)
    if format == "parquet":
        return ParquetOutput(path)
    raise ValueError(f"unknown output format {format!r}; choose from {FORMATS}")


_ID_PREFIX = re.compile(rb'^\{"id":(null|"(?:[^"\\]|\\.)*")[,}]')


class JsonlOutput:
    """Appends one JSON line per item, flushed at once; knows the ids already written."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.repaired_bytes = repair_partial_line(self.path) if self.path.exists() else 0
        self.done = written_ids(self.path) if self.path.exists() else set()
        self._file = self.path.open("a", encoding="utf-8")

    def write(self, item_id: str, document: Document | None, error: dict | None) -> None:
        line = document.model_dump_json() if document is not None else json.dumps(error, ensure_ascii=False, separators=(",", ":"))
        self._file.write(line + "\n")
        self._file.flush()

    def finish(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()


def repair_partial_line(path: Path) -> int:
    """Cut off a last line without its newline (a write interrupted by a crash).

    Every line is written whole with its newline, so a line that ends in one is complete.
    Returns the number of bytes removed.
    """
    with path.open("rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            stream.seek(start)
            chunk = stream.read(end - start)
            if end == size and chunk.endswith(b"\n"):
                return 0
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        stream.truncate(end)
        return size - end


def written_ids(path: Path) -> set[str]:
    """The ids of the lines of an output file (read from each line's start when it can be)."""
    ids: set[str] = set()
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            match = _ID_PREFIX.match(line)
            try:
                record_id = json.loads(match.group(1)) if match else json.loads(line).get("id")
            except (ValueError, AttributeError):
                raise OutputError(
                    f"{path}:{number} is not a JSON object; is this file the output of geonews-extract?"
                ) from None
            if record_id is not None:
                ids.add(str(record_id))
    return ids


class ParquetOutput:
    """One row per item: ``id``, ``error`` (null for a document) and ``document`` (its JSON).

    Parquet files cannot be appended to, so this output does not resume: it refuses an
    existing file, writes to ``PATH.partial`` and renames it to PATH when the run ends.
    """

    ROWS_PER_GROUP = 1000

    def __init__(self, path: str | Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path = Path(path)
        if self.path.exists():
            raise OutputError(
                f"{self.path} exists and parquet output cannot be resumed; remove it, "
                "or write JSONL (which resumes) and convert it afterwards"
            )
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.done: set[str] = set()
        self._schema = pa.schema([("id", pa.string()), ("error", pa.string()), ("document", pa.string())])
        self._writer = pq.ParquetWriter(self.partial, self._schema)
        self._rows: list[dict] = []

    def write(self, item_id: str, document: Document | None, error: dict | None) -> None:
        self._rows.append(
            {
                "id": item_id,
                "error": error["error"] if error else None,
                "document": document.model_dump_json() if document is not None else None,
            }
        )
        if len(self._rows) >= self.ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def finish(self) -> None:
        self.close()
        self.partial.replace(self.path)

    def close(self) -> None:
        """Write what is buffered; an unfinished run leaves a readable PATH.partial."""
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None


def run(
    items: Iterable[Item],
    output: Output,
    *,
    published: Published = None,
    workers: int = 1,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
    progress: bool = False,
) -> Summary:
    """Extract every item not already in `output` and write one line each, in input order.

    An item whose id is already in the output is skipped (that is how a run resumes);
    a second item with the id of an earlier one in this run gets an error line.
    """
    summary = Summary()
    started = time.perf_counter()
    bar = tqdm(unit="doc", disable=not progress, dynamic_ncols=True)
    order: deque[int] = deque()  # sequence numbers of items awaiting their line, in input order
    ready: dict[int, tuple[str, Document | None, dict | None]] = {}
    in_flight: dict[str, int] = {}  # id -> sequence number of items sent to extraction
    seen: set[str] = set()

    def settle(sequence: int, item_id: str, document: Document | None, error: dict | None) -> None:
        ready[sequence] = (item_id, document, error)
        while order and order[0] in ready:
            line = ready.pop(order.popleft())
            output.write(*line)
            summary.count(line[1])
            bar.update()
            if summary.errors:
                bar.set_postfix(errors=summary.errors, refresh=False)

    def records():
        for sequence, item in enumerate(items):
            if item.id in output.done:
                summary.skipped += 1
                continue
            order.append(sequence)
            if item.id in seen:
                settle(sequence, item.id, None, error_record(item.id, ValueError("duplicate id: an earlier input of this run has it")))
            elif item.error is not None:
                seen.add(item.id)
                settle(sequence, item.id, None, error_record(item.id, item.error))
            else:
                seen.add(item.id)
                in_flight[item.id] = sequence
                yield {"id": item.id, "text": item.text, "published": item.published}

    def failed(item_id: str | None, err: Exception) -> None:
        settle(in_flight.pop(item_id), item_id, None, error_record(item_id, err))

    try:
        for document in extract_many(
            records(),
            published=published,
            batch_size=batch_size,
            n_process=workers,
            nlp=nlp,
            max_chars=max_chars,
            on_error=failed,
        ):
            settle(in_flight.pop(document.id), document.id, document, None)
        output.finish()
    finally:
        output.close()
        bar.close()
        summary.elapsed = time.perf_counter() - started
    return summary
