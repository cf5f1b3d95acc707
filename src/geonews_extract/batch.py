"""The corpus runner: items in, one output line per item, resumable.

`run` feeds items to an `Extractor` and writes, for every item and in input order, its
`Result`: the Document's JSON or ``{"id": ..., "error": "..."}``. A JSONL output is
appended to and flushed after every line, so a killed run loses only the documents in
flight; opening it again skips the ids it already holds and cuts off a partial last
line left by a crash. Parquet output is written in one go (see `ParquetOutput`).

An output is only ever touched when it is one: before a byte is written, every complete
line of an existing file must be a line this tool writes, and a partial last line must
begin like one; anything else is refused. Each output is held under an exclusive lock
(``flock``) for the whole run, so a second run on the same output stops at once instead
of writing every id twice.
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from tqdm import tqdm

from .api import Published
from .corpus import Item
from .results import Result, is_output_record

if TYPE_CHECKING:
    from .extractor import Extractor

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, runs are not guarded
    fcntl = None  # type: ignore[assignment]

#: Output formats by file suffix.
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
FORMATS = ("jsonl", "parquet")
_RECORD_START = b'{"id":'


class OutputError(RuntimeError):
    """The output file cannot be written to or resumed."""


class OutputLockedError(OutputError):
    """Another run holds the output."""


@dataclass
class Summary:
    """What a run did. `held_errors` is how many error lines the output holds at the end."""

    documents: int = 0
    errors: int = 0
    skipped: int = 0
    retried: int = 0
    entities: int = 0
    times: int = 0
    quotes: int = 0
    elapsed: float = 0.0
    held_errors: int | None = None
    undated: int = 0

    def count(self, result: Result) -> None:
        document = result.document
        if document is None:
            self.errors += 1
            return
        self.documents += 1
        self.entities += len(document.entities)
        self.times += len(document.times)
        self.quotes += len(document.quotes)
        if any(warning.startswith("no publication date") for warning in document.warnings):
            self.undated += 1

    @property
    def processed(self) -> int:
        return self.documents + self.errors

    def __str__(self) -> str:
        rate = self.documents / self.elapsed if self.elapsed else 0.0
        skipped = f", {self.skipped:,} already done" if self.skipped else ""
        retried = f" ({self.retried:,} retried)" if self.retried else ""
        plural = "" if self.held_errors == 1 else "s"
        held = f"; the output holds {self.held_errors:,} error line{plural}" if self.held_errors else ""
        return (
            f"{self.documents:,} documents, {self.errors:,} errors{retried}{skipped}; "
            f"{self.entities:,} entities, {self.times:,} times, {self.quotes:,} quotes; "
            f"{self.elapsed:.1f} s ({rate:.1f} docs/s){held}"
        )


class Output(Protocol):
    #: ids to skip: those already written (with `retry_errors`, those written as documents)
    done: set[str]

    def write(self, result: Result) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


def output_format(path: str | Path, format: str | None = None) -> str:
    """The format to write `path` in: `format` when given, else from the suffix (else an error)."""
    if format is not None:
        if format not in FORMATS:
            raise ValueError(f"unknown output format {format!r}; choose from {FORMATS}")
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(
            f"cannot tell the output format of {Path(path).name!r}: name it .jsonl or .parquet, or give --format"
        )
    return SUFFIXES[suffix]


def open_output(
    path: str | Path, format: str | None = None, *, retry_errors: bool = False, inputs: Iterable[str | Path] = ()
) -> Output:
    """Open (and lock) an output. `inputs`: paths that must not be the output."""
    chosen = output_format(path, format)
    _refuse_an_input(Path(path), inputs)
    if chosen == "jsonl":
        return JsonlOutput(path, retry_errors=retry_errors)
    return ParquetOutput(path)


def _refuse_an_input(path: Path, inputs: Iterable[str | Path]) -> None:
    """An input file, or a ``.txt`` inside an input directory (it would be read as one), is
    no output."""
    for source in inputs:
        with suppress(OSError):
            source_path = Path(source)
            if path.exists() and source_path.is_file() and os.path.samefile(source, path):
                raise OutputError(f"{path} is also an input; choose another output file")
            if source_path.is_dir() and path.suffix == ".txt" and path.resolve().is_relative_to(source_path.resolve()):
                raise OutputError(f"{path} would be read as an input of {source}; choose another output file")


class _Lock:
    """An exclusive advisory lock (``flock``) on the file at `path`, created if missing, taken
    at once or not at all. The lock belongs to the file, not the name: if the name was
    pointed at another file before the lock was taken, it is taken again on the new one."""

    def __init__(self, path: Path, held_by: Path | None = None):
        self.path = path
        self._fd: int | None = None
        if fcntl is None:
            return
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as err:
                raise OutputError(f"cannot open {path}: {err.strerror or err}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise OutputLockedError(
                    f"{held_by or path} is being written by another run; "
                    "wait for that run to end, or choose another output"
                ) from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


@dataclass
class _Scan:
    """What an existing JSONL output holds."""

    last_is_error: dict[str, bool] = field(default_factory=dict)  # id -> whether its last line is an error
    superseded: int = 0  # error lines followed by a later line for the same id
    partial: int = 0  # bytes of a partial last line
    size: int = 0


def scan_output(path: Path) -> _Scan:
    """Read an existing output, refusing (OutputError) a file that is not one.

    Every complete line must be an output record; a last line without its newline (a
    write cut short) must begin like one. Nothing is written.
    """
    scan = _Scan()
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):
                if not _cut_short(line):
                    raise _foreign(path, number, "its last line is not one this tool writes")
                scan.partial = len(line)
                break
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except (ValueError, RecursionError):
                raise _foreign(path, number, "a line is not JSON") from None
            if not is_output_record(data):
                raise _foreign(path, number, "a line is not a Document or an error record")
            record_id = data["id"]
            if record_id is None:
                continue
            key = str(record_id)
            if scan.last_is_error.get(key):
                scan.superseded += 1
            scan.last_is_error[key] = "error" in data
        scan.size = stream.tell()
    return scan


def _cut_short(line: bytes) -> bool:
    """Whether a last line without its newline can be the start of an output line: it
    begins like one, and if it is whole JSON, it is an output record (never, say, an
    input record that merely lacks its newline)."""
    if not (line.startswith(_RECORD_START) or _RECORD_START.startswith(line)):
        return False
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return True
    return is_output_record(data)


def _foreign(path: Path, number: int, why: str) -> OutputError:
    return OutputError(
        f"{path} is not an output of geonews-extract ({why}: line {number}); "
        "refusing to append to it or repair it; choose another output file"
    )


def written_ids(path: Path) -> set[str]:
    """The ids of the lines of an output file (OutputError for a file that is not one)."""
    return set(scan_output(path).last_is_error)


class JsonlOutput:
    """Appends one JSON line per item, flushed at once; knows the ids already written.

    retry_errors: ids whose line is an error are run again; their new line replaces the
        error line when the run finishes (until then the file holds both, and the next
        open finishes the replacement), so no line is ever lost to a crash.
    """

    def __init__(self, path: str | Path, *, retry_errors: bool = False):
        self.path = Path(path)
        self._lock = _Lock(self.path)
        try:
            scan = scan_output(self.path) if self.path.exists() else _Scan()
        except (OutputError, OSError):
            self._lock.release()
            raise
        self.repaired_bytes = scan.partial
        self._errors = {key for key, failed in scan.last_is_error.items() if failed}
        self.done = {key for key, failed in scan.last_is_error.items() if not (failed and retry_errors)}
        self._retrying = set(self._errors) if retry_errors else set()
        #: how many error lines of an earlier run this run has written again
        self.retried = 0
        self._replaced = scan.superseded
        self._file: IO[str] | None = None
        try:
            if scan.partial:
                with self.path.open("rb+") as stream:
                    stream.truncate(scan.size - scan.partial)
            if scan.superseded:
                self._compact()
            self._file = self.path.open("a", encoding="utf-8")
        except OSError:
            self._lock.release()
            raise

    @property
    def held_errors(self) -> int:
        """How many ids have an error as their line."""
        return len(self._errors)

    def write(self, result: Result) -> None:
        assert self._file is not None
        if result.id is not None:
            if result.id in self._retrying:
                self.retried += 1
            if result.error is not None:
                self._errors.add(result.id)
            elif result.id in self._errors:
                self._errors.discard(result.id)
                self._replaced += 1
        self._file.write(result.to_line() + "\n")
        self._file.flush()

    def finish(self) -> None:
        if self._file is None:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        if self._replaced:
            self._file.close()
            self._file = None
            self._compact()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._lock.release()

    def _compact(self) -> None:
        """Drop every error line followed by a later line for the same id: write the kept
        lines to a new file, make it durable, then put it in place in one rename."""
        last: dict[str, int] = {}
        with self.path.open("rb") as stream:
            for number, line in enumerate(stream):
                record_id = _line_id(line)
                if record_id is not None:
                    last[record_id] = number
        temporary = self.path.with_name(self.path.name + ".compacting")
        temporary.unlink(missing_ok=True)
        new_lock = _Lock(temporary, held_by=self.path)
        with self.path.open("rb") as stream, temporary.open("wb") as kept:
            for number, line in enumerate(stream):
                if line.strip():
                    data = json.loads(line)
                    record_id = data.get("id")
                    if "error" in data and record_id is not None and last[str(record_id)] != number:
                        continue
                kept.write(line)
            kept.flush()
            os.fsync(kept.fileno())
        temporary.replace(self.path)
        self._lock.release()
        self._lock = new_lock
        self._replaced = 0


def _line_id(line: bytes) -> str | None:
    if not line.strip():
        return None
    record_id = json.loads(line).get("id")
    return None if record_id is None else str(record_id)


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
        self._lock = _Lock(self.partial, held_by=self.path)
        self.done: set[str] = set()
        self._errors = 0
        self._schema = pa.schema([("id", pa.string()), ("error", pa.string()), ("document", pa.string())])
        try:
            self._writer: Any = pq.ParquetWriter(self.partial, self._schema)
        except OSError:
            self._lock.release()
            raise
        self._rows: list[dict[str, str | None]] = []

    @property
    def held_errors(self) -> int:
        return self._errors

    def write(self, result: Result) -> None:
        self._errors += result.error is not None
        self._rows.append(result.to_row())
        if len(self._rows) >= self.ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def finish(self) -> None:
        self._close_writer()
        self.partial.replace(self.path)

    def close(self) -> None:
        """Write what is buffered; an unfinished run leaves a readable PATH.partial."""
        self._close_writer()
        self._lock.release()

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None


class DuplicateIdError(ValueError):
    """An input with the id of an earlier input of the same run."""


def run(
    items: Iterable[Item],
    output: Output,
    *,
    extractor: Extractor,
    published: Published = None,
    workers: int = 1,
    batch_size: int = 32,
    progress: bool = False,
    total: int | None = None,
) -> Summary:
    """Extract every item not already in `output` and write one line each, in input order.

    An item whose id is already in the output is skipped (that is how a run resumes). A
    later item with the id of an earlier one gets an error line under its own position
    (``feed.jsonl:7``) naming both, and the first keeps the id, so every id appears once.
    total: how many items there are, when known, for the progress bar's ETA.
    """
    summary = Summary()
    started = time.perf_counter()
    bar = tqdm(total=total, unit="doc", disable=not progress, dynamic_ncols=True)
    order: deque[int] = deque()  # sequence numbers of items awaiting their line, in input order
    ready: dict[int, Result] = {}
    in_flight: dict[str, tuple[int, Item]] = {}  # position id -> (sequence, item) sent to extraction
    seen: dict[str, str] = {}  # id -> where it was first met

    def settle(sequence: int, result: Result) -> None:
        ready[sequence] = result
        while order and order[0] in ready:
            line = ready.pop(order.popleft())
            output.write(line)
            summary.count(line)
            bar.update()
            bar.set_postfix(documents=summary.documents, errors=summary.errors, refresh=False)

    def records() -> Iterator[dict[str, Any]]:
        for sequence, item in enumerate(items):
            here = item.origin or f"input {sequence + 1}"
            if item.id in seen:
                duplicate_id = here if here != item.id else f"{item.id} (input {sequence + 1})"
                if duplicate_id in output.done or duplicate_id in seen:
                    _skip(summary, bar)
                    continue
                seen[duplicate_id] = here
                order.append(sequence)
                err = DuplicateIdError(f"id {item.id!r} at {here} was already used by {seen[item.id]}; the first is kept")
                settle(sequence, Result.failed(duplicate_id, err))
                continue
            seen[item.id] = here
            if item.id in output.done:
                _skip(summary, bar)
                continue
            order.append(sequence)
            if item.error is not None:
                settle(sequence, Result.failed(item.id, item.error))
            else:
                key = str(sequence)
                in_flight[key] = (sequence, item)
                yield {"id": key, "text": item.text, "published": item.published}

    def failed(key: str | None, err: Exception) -> None:
        sequence, item = in_flight.pop(str(key))
        settle(sequence, Result.failed(item.id, err))

    try:
        for document in extractor.extract_many(
            records(), published=published, batch_size=batch_size, n_process=workers, on_error=failed
        ):
            sequence, item = in_flight.pop(str(document.id))
            if item.warnings:
                document = document.model_copy(update={"warnings": [*document.warnings, *item.warnings]})
            settle(sequence, Result.of(document, id=item.id))
        output.finish()
        summary.held_errors = getattr(output, "held_errors", None)
        summary.retried = getattr(output, "retried", 0)
    finally:
        output.close()
        bar.close()
        summary.elapsed = time.perf_counter() - started
    return summary


def _skip(summary: Summary, bar: tqdm) -> None:
    summary.skipped += 1
    bar.update()


__all__ = [
    "FORMATS",
    "DuplicateIdError",
    "JsonlOutput",
    "Output",
    "OutputError",
    "OutputLockedError",
    "ParquetOutput",
    "Summary",
    "open_output",
    "output_format",
    "run",
    "scan_output",
    "written_ids",
]
