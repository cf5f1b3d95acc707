"""Documents as pandas DataFrames, one row per thing, each with its document id.

``documents_to_frames(docs)`` returns `Frames`: ``documents``, ``entities``, ``mentions``,
``times`` and ``quotes``. It takes `Result` objects (what `batch` and the Dask helpers
produce), Documents, or the lines of a batch output (dicts, as ``json.loads`` reads them);
an error becomes a row of ``documents`` with its ``error`` and nothing else. A repeated
document id keeps its first occurrence (a `DuplicateIdWarning` names both positions), so
``doc_id`` is a key of ``documents``. pandas is imported only when a frame is built.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .document import Document
from .results import Result

if TYPE_CHECKING:
    import pandas as pd

#: Column -> pandas dtype, per frame. Nullable dtypes keep missing values missing.
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "string", "published": "string", "error": "string", "chars": "Int64",
        "entities": "Int64", "mentions": "Int64", "times": "Int64", "quotes": "Int64", "warnings": "Int64",
    },
    "entities": {
        "doc_id": "string", "entity_id": "string", "name": "string", "type": "string", "group": "string",
        "mentions": "Int64", "first_start": "Int64",
        # the geocode stage's place (null where an entity is not a place or has none)
        "latitude": "Float64", "longitude": "Float64", "country_code": "string",
    },
    "mentions": {
        "doc_id": "string", "entity_id": "string", "group": "string", "type": "string",
        "start": "Int64", "end": "Int64", "text": "string", "label": "string", "dateline": "boolean",
    },
    "times": {
        "doc_id": "string", "start": "Int64", "end": "Int64", "text": "string", "value": "string",
        "type": "string", "anchor": "string", "mod": "string", "range_start": "string", "range_end": "string",
        "quant": "string", "freq": "string",
    },
    "quotes": {
        "doc_id": "string", "quote": "Int64", "kind": "string", "content": "string", "words": "string",
        "content_start": "Int64", "content_end": "Int64", "speaker": "string", "speaker_entity_id": "string",
        "speaker_group": "string", "cue": "string", "channel": "string",
    },
}


class Frames(NamedTuple):
    documents: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame
    times: pd.DataFrame
    quotes: pd.DataFrame


class DuplicateIdWarning(UserWarning):
    """A document id met again; the later one was left out of the frames."""


def documents_to_frames(documents: Iterable[Result | Document | Mapping[str, Any]]) -> Frames:
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    first_at: dict[str | None, int] = {}
    for position, item in enumerate(documents):
        result = _result(item)
        if result.id is not None:
            if result.id in first_at:
                warnings.warn(
                    f"document id {result.id!r} at position {position} repeats the one at position "
                    f"{first_at[result.id]}; the first is kept",
                    DuplicateIdWarning,
                    stacklevel=2,
                )
                continue
            first_at[result.id] = position
        if result.document is None:
            rows["documents"].append({"doc_id": result.id, "error": result.error})
            continue
        for name, found in _rows(result.document).items():
            rows[name].extend(found)
    frames = {}
    for name, columns in COLUMNS.items():
        frame = pd.DataFrame(rows[name], columns=list(columns))
        frames[name] = frame.astype(columns)
    return Frames(**frames)


def _result(item: Result | Document | Mapping[str, Any]) -> Result:
    if isinstance(item, Result):
        return item
    if isinstance(item, Document):
        return Result(item.id, document=item)
    if isinstance(item, Mapping) and "error" in item:
        record_id = item.get("id")
        return Result(None if record_id is None else str(record_id), error=str(item["error"]))
    document = Document.model_validate(item)
    return Result(document.id, document=document)


def _rows(document: Document) -> dict[str, list[dict[str, Any]]]:
    doc_id = document.id
    groups = {entity.id: entity.group for entity in document.entities}
    mentions = [
        {
            "doc_id": doc_id, "entity_id": entity.id, "group": entity.group, "type": entity.type,
            "start": m.start, "end": m.end, "text": m.text, "label": m.label, "dateline": m.dateline,
        }
        for entity in document.entities
        for m in entity.mentions
    ]
    entities = [
        {
            "doc_id": doc_id, "entity_id": e.id, "name": e.name, "type": e.type, "group": e.group,
            "mentions": len(e.mentions), "first_start": e.mentions[0].start if e.mentions else None,
            "latitude": e.place.latitude if e.place else None,
            "longitude": e.place.longitude if e.place else None,
            "country_code": e.place.country_code if e.place else None,
        }
        for e in document.entities
    ]
    times = [
        {"doc_id": doc_id, "start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type, "anchor": t.anchor,
         "mod": t.mod, "range_start": t.range.start.isoformat() if t.range else None,
         "range_end": t.range.end.isoformat() if t.range else None, "quant": t.quant, "freq": t.freq}
        for t in document.times
    ]
    quotes = [
        {
            "doc_id": doc_id, "quote": number, "kind": q.kind, "content": q.content.text, "words": q.words(),
            "content_start": q.content.start, "content_end": q.content.end,
            "speaker": q.speaker.text if q.speaker else None,
            "speaker_entity_id": q.speaker.entity_id if q.speaker else None,
            "speaker_group": groups.get(q.speaker.entity_id) if q.speaker and q.speaker.entity_id else None,
            "cue": q.cue.text if q.cue else None,
            "channel": q.channel.text if q.channel else None,
        }
        for number, q in enumerate(document.quotes)
    ]
    summary = {
        "doc_id": doc_id,
        "published": document.published.isoformat() if document.published is not None else None,
        "error": None, "chars": len(document.text), "entities": len(entities), "mentions": len(mentions),
        "times": len(times), "quotes": len(quotes), "warnings": len(document.warnings),
    }
    return {"documents": [summary], "entities": entities, "mentions": mentions, "times": times, "quotes": quotes}
