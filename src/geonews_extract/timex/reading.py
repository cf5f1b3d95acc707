"""Reading every time expression of a parsed document, in text order.

Each candidate extent is split into its expressions (`extents.parts`), its tense read from
the parse (`tense.tense_of`) and its value resolved (`rules.resolve`) against the
publication date and the last date the text itself named, so "On August 29 ... two days
later" is anchored on the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spacy.tokens import Span

from .calendar import Point
from .extents import parts, resolve_safely
from .rules import NO_ANCHOR, Context, Resolution
from .tense import tense_of

#: Grains a later expression may be anchored on ("two days later"). Only dates the text
#: names itself or anchors on the publication date become references, so "a year earlier"
#: twice in a row means the same year.
REFERENCE_GRAINS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})


@dataclass(frozen=True)
class Found:
    """One time expression: its character offsets and its reading."""

    start: int
    end: int
    resolution: Resolution


def read_times(
    extents: list[Span], published: date | datetime | None, text_anchors: bool = True
) -> tuple[list[Found], list[str]]:
    """(the expressions in `extents`, in order; warnings about what had no value)."""
    found: list[Found] = []
    warnings: list[str] = []
    unanchored: list[str] = []
    reference: Point | None = None
    if not extents:
        return found, warnings
    full_text = extents[0].doc.text  # built from the tokens on every access: read it once
    for span in extents:
        for start, end in parts(span, full_text, published):
            text = full_text[start:end]
            context = Context(published, tense_of(span), reference if text_anchors else None)
            resolution = resolve_safely(text, context)
            if resolution is None:
                continue
            if resolution.problem == NO_ANCHOR:
                unanchored.append(text)
            elif resolution.problem:
                warnings.append(f"time expression {text!r} has no value: {resolution.problem}")
            found.append(Found(start, end, resolution))
            if resolution.point is not None and resolution.type in ("DATE", "TIME") and resolution.anchor != "text":
                point = resolution.point
                reference = point if point.grain in REFERENCE_GRAINS else point.at("day")
    if unanchored:
        shown = ", ".join(repr(t) for t in unanchored[:5]) + (", ..." if len(unanchored) > 5 else "")
        warnings.append(
            f"no publication date: {len(unanchored)} relative time expression(s) left unanchored "
            f"({shown}); pass published= to resolve them"
        )
    return found, warnings
