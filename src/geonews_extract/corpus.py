"""Reading a corpus lazily: directories of ``.txt`` files, JSONL files of records, stdin.

Every input becomes an `Item` with an id and either the text to extract from or the
reason it could not be read, so the batch runner can write one line per input:

- a directory: every ``*.txt`` file under it, in name order; the id is the path
  relative to the directory (``2021/kabul-1.txt``);
- a ``.txt`` file: the id is its file name;
- a ``.jsonl`` file or ``-`` (standard input): one record per line,
  ``{"id": ..., "text": ..., "published": ...}`` (field names configurable); a record
  without an id, or a line that is not a JSON object, gets the id ``NAME:LINE`` (the
  file's name, ``stdin`` for standard input, and the line number), stable however the
  path is written so that a resumed run recognises it.

Text must be UTF-8 (a byte-order mark is allowed). Bytes that do not decode, NUL bytes
(a binary file) and files far over the size limit become errors, never replaced
characters: extraction from a half-garbled text would look like a result.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .inputs import DEFAULT_MAX_CHARS

STDIN = "-"
#: A UTF-8 character takes at most this many bytes: a file with more bytes than this
#: times the character limit is over the limit without reading it.
MAX_BYTES_PER_CHAR = 4


class InputError(ValueError):
    """An input that cannot be read as text."""


@dataclass(frozen=True, slots=True)
class Item:
    """One input of a corpus: its text, or the error that stops it being read."""

    id: str
    text: object = None
    published: object = None
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class Fields:
    """The names of the fields of a JSONL record."""

    id: str = "id"
    text: str = "text"
    published: str = "published"


def source_problem(source: str) -> str | None:
    """Why `source` cannot be read as an input, or None if it can."""
    if source == STDIN:
        return None
    path = Path(source)
    if path.is_dir() or (path.is_file() and path.suffix in (".txt", ".jsonl")):
        return None
    if not path.exists():
        return f"{source}: no such file or directory"
    return f"{source}: not a directory, .txt or .jsonl file"


def read_sources(
    sources: Iterable[str],
    *,
    fields: Fields = Fields(),
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Every input of every source, in order, read one at a time."""
    for source in sources:
        if source == STDIN:
            yield from read_jsonl(stdin or sys.stdin.buffer, "stdin", fields)
            continue
        path = Path(source)
        if path.is_dir():
            yield from read_directory(path, max_chars)
        elif path.suffix == ".jsonl":
            try:
                stream = path.open("rb")
            except OSError as err:
                yield Item(path.name, error=err)
                continue
            with stream:
                yield from read_jsonl(stream, path.name, fields)
        else:
            yield read_text_file(path, path.name, max_chars)


def read_directory(root: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """The ``.txt`` files under `root`, with ids relative to it, each directory's entries
    taken in name order (subdirectories where their names sort). A directory that cannot
    be listed is an error item with its relative path and a trailing slash as id."""
    yield from _walk(root, root, max_chars)


def _walk(directory: Path, root: Path, max_chars: int) -> Iterator[Item]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield Item(directory.relative_to(root).as_posix() + "/", error=err)
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, root, max_chars)
        elif entry.name.endswith(".txt") and entry.is_file():
            yield read_text_file(path, path.relative_to(root).as_posix(), max_chars)


def read_text_file(path: Path, item_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES_PER_CHAR * max_chars:
            raise InputError(f"file has {size:,} bytes, over the limit of {max_chars:,} characters")
        return Item(item_id, text=decode(path.read_bytes()))
    except (OSError, InputError) as err:
        return Item(item_id, error=err)


def decode(data: bytes) -> str:
    """UTF-8 text from `data`, or InputError saying why it is not text."""
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text: {err.reason} at byte {err.start}") from None


def read_jsonl(stream: BinaryIO, name: str, fields: Fields = Fields()) -> Iterator[Item]:
    """One item per non-blank line of a JSONL stream."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        line_id = f"{name}:{number}"
        try:
            record = json.loads(decode(raw))
        except json.JSONDecodeError as err:
            yield Item(line_id, error=InputError(f"line is not JSON: {err.msg} at column {err.colno}"))
            continue
        except InputError as err:
            yield Item(line_id, error=err)
            continue
        if not isinstance(record, dict):
            yield Item(line_id, error=InputError(f"a record must be a JSON object, not {type(record).__name__}"))
            continue
        record_id = record.get(fields.id)
        item_id = line_id if record_id is None else str(record_id)
        if fields.text not in record:
            yield Item(item_id, error=InputError(f"record has no {fields.text!r} field"))
            continue
        yield Item(item_id, text=record[fields.text], published=record.get(fields.published))
