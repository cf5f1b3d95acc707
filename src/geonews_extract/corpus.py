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

import csv
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from .inputs import DEFAULT_MAX_CHARS, parse_published
from .results import lone_surrogate

STDIN = "-"
#: A UTF-8 character takes at most this many bytes: a file with more bytes than this
#: times the character limit is over the limit without reading it.
MAX_BYTES_PER_CHAR = 4
#: A JSON string spends at most this many bytes on one character (``\ud83d\ude00`` is
#: 12 bytes for one astral character), so a JSONL line longer than this times the
#: character limit, plus `LINE_SLACK` for the other fields, holds a text over the limit.
MAX_JSON_BYTES_PER_CHAR = 12
LINE_SLACK = 1 << 20
_CHUNK = 1 << 16
_LEADING_ID = re.compile(rb'^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,1000}")')


class InputError(ValueError):
    """An input that cannot be read as text."""


@dataclass(frozen=True, slots=True)
class Item:
    """One input of a corpus: its text, or the error that stops it being read.

    origin: where it was read (``feed.jsonl:7``, ``corpus/2021/a.txt``), for messages.
    warnings: notes the runner adds to the input's Document (a guessed date).
    """

    id: str
    text: object = None
    published: object = None
    error: Exception | None = None
    origin: str | None = None
    warnings: tuple[str, ...] = ()


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
            yield from read_jsonl(stdin or sys.stdin.buffer, "stdin", fields, max_chars)
            continue
        path = Path(source)
        if path.is_dir():
            yield from read_directory(path, max_chars)
        elif path.suffix == ".jsonl":
            try:
                stream = path.open("rb")
            except OSError as err:
                yield Item(path.name, error=err, origin=source)
                continue
            with stream:
                yield from read_jsonl(stream, path.name, fields, max_chars)
        else:
            yield read_text_file(path, path.name, max_chars)


def count_inputs(sources: Iterable[str]) -> int | None:
    """How many items `read_sources` will give (for a progress bar), None when unknown (stdin).

    Directories are listed (files are not read); JSONL files are counted by their newlines,
    so a blank line counts too.
    """
    total = 0
    for source in sources:
        path = Path(source)
        if source == STDIN:
            return None
        if path.is_dir():
            total += sum(1 for _ in _entries(path, path))
        elif path.suffix == ".jsonl":
            try:
                total += _count_lines(path)
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def read_directory(root: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """The ``.txt`` files under `root`, with ids relative to it, each directory's entries
    taken in name order (subdirectories where their names sort).

    Symbolic links are followed, but every real directory is read once: a link back to a
    directory already read (a loop) is one error item. A directory that cannot be listed,
    a ``.txt`` link that leads nowhere and a ``.txt`` that is not a regular file (a FIFO, a
    device) are error items too. A directory's id is its relative path with a trailing
    slash.
    """
    for entry in _entries(root, root):
        if isinstance(entry, Item):
            yield entry
        else:
            yield read_text_file(entry, entry.relative_to(root).as_posix(), max_chars)


def _entries(directory: Path, root: Path, seen: dict[tuple[int, int], str] | None = None) -> Iterator[Path | Item]:
    """The ``.txt`` paths under `directory` and error items for what cannot be read."""
    seen = {} if seen is None else seen
    relative = directory.relative_to(root).as_posix() + "/"
    try:
        info = directory.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            raise InputError(f"symbolic link loop: this directory was already read as {seen[key]}")
        seen[key] = relative
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except (OSError, InputError) as err:
        yield Item(relative, error=err, origin=str(directory))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _entries(path, root, seen)
        elif entry.name.endswith(".txt"):
            yield path


def read_text_file(path: Path, item_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    try:
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                raise InputError(f"dangling symbolic link to {os.readlink(path)}") from None
            raise
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a FIFO, socket or device), not read")
        if info.st_size > MAX_BYTES_PER_CHAR * max_chars:
            raise InputError(f"file has {info.st_size:,} bytes, over the limit of {max_chars:,} characters")
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES_PER_CHAR * max_chars + 1)
        return Item(item_id, text=decode(data), origin=str(path))
    except (OSError, InputError) as err:
        return Item(item_id, error=err, origin=str(path))


def decode(data: bytes) -> str:
    """UTF-8 text from `data`, or InputError saying why it is not text."""
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text: {err.reason} at byte {err.start}") from None


def read_jsonl(stream: BinaryIO, name: str, fields: Fields = Fields(), max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """One item per non-blank line of a JSONL stream.

    A line is read up to the longest a record within `max_chars` can be; a longer line
    is one error item and the rest of it is skipped unread into memory.
    """
    limit = MAX_JSON_BYTES_PER_CHAR * max_chars + LINE_SLACK
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        line_id = f"{name}:{number}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            _skip_line(stream)
            found = _LEADING_ID.match(raw)
            item_id = _json_string(found.group(1)) if found else None
            yield Item(
                item_id or line_id,
                error=InputError(f"line is over {limit:,} bytes, longer than any record within {max_chars:,} characters; not read"),
                origin=line_id,
            )
            continue
        if not raw.strip():
            continue
        yield _record_item(raw, line_id, fields)


def _skip_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _json_string(encoded: bytes) -> str | None:
    try:
        value = json.loads(encoded)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _record_item(raw: bytes, line_id: str, fields: Fields) -> Item:
    try:
        record = json.loads(decode(raw))
    except json.JSONDecodeError as err:
        return Item(line_id, error=InputError(f"line is not JSON: {err.msg.removesuffix(' at')} at column {err.colno}"), origin=line_id)
    except InputError as err:
        return Item(line_id, error=err, origin=line_id)
    except (ValueError, RecursionError) as err:  # a number of over 4,300 digits; nesting too deep
        reason = "nested too deeply" if isinstance(err, RecursionError) else str(err)
        return Item(line_id, error=InputError(f"line cannot be read as JSON: {reason}"), origin=line_id)
    if not isinstance(record, dict):
        return Item(line_id, error=InputError(f"a record must be a JSON object, not {type(record).__name__}"), origin=line_id)
    record_id = record.get(fields.id)
    item_id = line_id if record_id is None else str(record_id)
    if fields.text not in record:
        return Item(item_id, error=InputError(f"record has no {fields.text!r} field"), origin=line_id)
    text = record[fields.text]
    if isinstance(text, str) and (offset := lone_surrogate(text)) is not None:
        return Item(item_id, error=InputError(f"text has a lone surrogate U+{ord(text[offset]):04X} at offset {offset}; not valid Unicode"), origin=line_id)
    return Item(item_id, text=text, published=record.get(fields.published), origin=line_id)


class ManifestError(ValueError):
    """A manifest file that cannot be read; the message names the file and line."""


def read_manifest(path: str | Path) -> dict[str, object]:
    """id -> published, from a CSV file with a header (``id,published,...``) or a JSONL file
    of ``{"id": ..., "published": ...}`` records. Other columns are ignored; every date is
    checked now, so a typo stops the run before it starts."""
    file = Path(path)
    try:
        data = file.read_bytes()
        text = decode(data)
    except (OSError, InputError) as err:
        raise ManifestError(f"{file}: {err}") from None
    rows: Iterator[tuple[int, Mapping[str, object]]]
    if file.suffix in (".jsonl", ".ndjson"):
        rows = _manifest_jsonl(file, text)
    elif file.suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or "id" not in reader.fieldnames or "published" not in reader.fieldnames:
            raise ManifestError(f"{file}: the header must name the columns 'id' and 'published'")
        rows = ((number, row) for number, row in enumerate(reader, start=2))
    else:
        raise ManifestError(f"{file}: a manifest is a .csv or .jsonl file")
    manifest: dict[str, object] = {}
    for number, row in rows:
        record_id, published = row.get("id"), row.get("published")
        if record_id in (None, ""):
            raise ManifestError(f"{file}:{number}: no id")
        if published in (None, ""):
            continue
        try:
            parse_published(published)
        except (TypeError, ValueError) as err:
            raise ManifestError(f"{file}:{number}: {err}") from None
        manifest[str(record_id)] = published
    return manifest


def _manifest_jsonl(file: Path, text: str) -> Iterator[tuple[int, Mapping[str, object]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            raise ManifestError(f"{file}:{number}: not a JSON record") from None
        if not isinstance(record, dict):
            raise ManifestError(f"{file}:{number}: not a JSON object")
        yield number, record


def with_manifest(items: Iterable[Item], manifest: Mapping[str, object]) -> Iterator[Item]:
    """Items with the manifest's date where they carry none of their own."""
    for item in items:
        if item.published is None and item.error is None and item.id in manifest:
            item = replace(item, published=manifest[item.id])
        yield item
