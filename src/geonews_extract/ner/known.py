"""Names the small model often gets wrong ("Twitter" tagged PERSON, "Al Jazeera" GPE):
listed in ``data/ner/known_organisations.json`` and always given their listed label."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.pipeline.span_ruler import prioritize_new_ents_filter
from spacy.tokens import Span

from ..datafiles import DataFileError, read_json

KNOWN_FILE = "ner/known_organisations.json"


def read_known(path: str | Path = KNOWN_FILE) -> dict[str, list[str]]:
    """{label: [names]} from a file of {label: [names] | {list name: [names]}} (keys starting
    with "_" are comments)."""
    return parse_known(read_json(path), str(path))


def parse_known(raw: Any, source: str) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise DataFileError(f"{source}: expected an object of label -> names, not {type(raw).__name__}")
    known: dict[str, list[str]] = {}
    for label, names in raw.items():
        if label.startswith("_"):
            continue
        lists = names.values() if isinstance(names, dict) else [names]
        if not all(isinstance(names_list, list) for names_list in lists):
            raise DataFileError(f"{source}: {label!r}: expected a list of names or an object of lists")
        known[label] = sorted({n for names_list in lists for n in names_list if isinstance(n, str) and n.strip()})
    return known


def patterns(known: dict[str, list[str]]) -> list[dict[str, Any]]:
    """`SpanRuler` phrase patterns for the known names (matched case-sensitively)."""
    return [{"label": label, "pattern": name} for label, names in known.items() for name in names]


def known_names_filter(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """A `SpanRuler` ents filter: a known name replaces the entities it overlaps, except one
    that holds it and more words ("Reuters Television" stays one name)."""
    entities = list(entities)
    kept = [
        s
        for s in spans
        if not any(e.start <= s.start and s.end <= e.end and len(e) > len(s) for e in entities)
    ]
    return prioritize_new_ents_filter(entities, kept)
