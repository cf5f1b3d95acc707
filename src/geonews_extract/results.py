"""`Result`: what extraction gave for one input, a Document or the error that stopped it.

One type, one serialiser for every place a run's results go: a JSONL line
(`Result.to_line`), a Parquet row (`Result.to_row`), a Dask bag and the frames of
`documents_to_frames`. A batch line and a Dask line for the same input are therefore the
same bytes. A line is either the Document exactly as ``Document.model_dump_json()``
writes it, or ``{"id":...,"error":"Type: message"}``.

Text that cannot be encoded as UTF-8 (a lone surrogate such as ``"\\ud800"``, which
JSON's ``\\u`` escapes can carry into Python) never reaches a writer as is: an id or an
error message holding one is written with the ``\\udXXX`` escape (valid JSON, read back
by ``json.loads`` as the same string), and a Document holding one becomes an error
result saying where it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from .document import Document

_SURROGATE = re.compile("[\ud800-\udfff]")


class NotAResultError(ValueError):
    """A line or mapping that is neither a Document nor an error record."""


def error_message(err: BaseException) -> str:
    """How an exception reads in an error line: ``Type: message``."""
    return f"{type(err).__name__}: {err}"


def lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate in `text`, or None."""
    found = _SURROGATE.search(text)
    return found.start() if found else None


def escape_surrogates(text: str) -> str:
    """`text` with every lone surrogate written as the six characters of its ``\\u`` escape."""
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input: exactly one of `document` and `error` is set."""

    id: str | None
    document: Document | None = None
    error: str | None = None

    def __post_init__(self) -> None:
        if (self.document is None) == (self.error is None):
            raise ValueError("a Result has either a document or an error, not both or neither")

    @classmethod
    def of(cls, document: Document, id: str | None = None) -> Result:
        """The result for a Document (under `id` when given, else the Document's own id).

        A Document whose id or text holds a lone surrogate cannot be written as UTF-8:
        its result is an error naming the offset.
        """
        item_id = document.id if id is None else id
        if item_id != document.id:
            document = document.model_copy(update={"id": item_id})
        for field, value in (("id", item_id or ""), ("text", document.text)):
            offset = lone_surrogate(value)
            if offset is not None:
                problem = f"{field} has a lone surrogate U+{ord(value[offset]):04X} at offset {offset}; text must be valid Unicode"
                return cls(item_id, error=f"ValueError: {problem}")
        return cls(item_id, document=document)

    @classmethod
    def failed(cls, id: str | None, err: BaseException | str) -> Result:
        """The result for an input that could not be processed."""
        return cls(id, error=err if isinstance(err, str) else error_message(err))

    @property
    def ok(self) -> bool:
        return self.document is not None

    def to_line(self) -> str:
        """The JSONL line, without its newline."""
        if self.document is not None:
            return self.document.model_dump_json()
        line = json.dumps({"id": self.id, "error": self.error}, ensure_ascii=False, separators=(",", ":"))
        return escape_surrogates(line)

    def to_data(self) -> dict[str, Any]:
        """The line as JSON-ready data (what ``json.loads(self.to_line())`` gives)."""
        return json.loads(self.to_line())

    def to_row(self) -> dict[str, str | None]:
        """A Parquet or DataFrame row: ``id``, ``error`` (None for a document), ``document`` (its JSON)."""
        return {
            "id": None if self.id is None else escape_surrogates(self.id),
            "error": None if self.error is None else escape_surrogates(self.error),
            "document": None if self.document is None else self.document.model_dump_json(),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Result:
        """Read back what `to_data` (or ``json.loads`` of a line) gives."""
        if not is_output_record(data):
            raise NotAResultError(f"neither a Document nor an error record (keys: {sorted(data)[:8]})")
        if set(data) == {"id", "error"}:
            record_id = data["id"]
            return cls(None if record_id is None else str(record_id), error=str(data["error"]))
        try:
            return cls.of(Document.model_validate(data))
        except ValidationError as err:
            raise NotAResultError(f"neither a Document nor an error record: {err.error_count()} problem(s)") from None

    @classmethod
    def from_line(cls, line: str | bytes) -> Result:
        try:
            data = json.loads(line)
        except ValueError as err:
            raise NotAResultError(f"not JSON: {err}") from None
        if not isinstance(data, dict):
            raise NotAResultError(f"not a JSON object but {type(data).__name__}")
        return cls.from_data(data)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Result:
        if row.get("document") is not None:
            return cls.of(Document.model_validate_json(row["document"]))
        return cls(row.get("id"), error=str(row.get("error")))


#: The keys of a Document line; an output line with any other key is not one.
DOCUMENT_KEYS = frozenset(Document.model_fields)
#: Keys every Document line has (the model's required fields).
REQUIRED_DOCUMENT_KEYS = frozenset(name for name, field in Document.model_fields.items() if field.is_required())


def is_output_record(data: object) -> bool:
    """Whether parsed JSON is a line a run writes: an error record or a Document's fields.

    A check of the keys, not a full validation, so that reading a large output stays
    quick; an input record (``{"id", "text", "published"}``) is not an output record.
    """
    if not isinstance(data, dict):
        return False
    keys = set(data)
    if keys == {"id", "error"}:
        return True
    return "id" in keys and keys <= DOCUMENT_KEYS and keys >= REQUIRED_DOCUMENT_KEYS | {"entities", "times", "quotes"}
