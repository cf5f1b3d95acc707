"""A publication date read from the head of a news text, for inputs that come without one.

Opt-in (``--published-from-text``): a date in the text is a guess, so every Document
whose date came from here says so in its warnings. Looked at, in the first few non-blank
lines: a labelled line (``Published: 30 September 2021``; the labels are data, in
``data/batch/head_dates.json``), a line that is only an ISO 8601 date, and a dateline
(``KABUL, Sept. 30, 2021 (Reuters) -``). Only a full date (day, month and year) is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from .corpus import Item
from .datafiles import read_json
from .inputs import parse_published

_ISO_LINE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40},\s*(?P<date>[^()\-–—]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?[-–—]")
_LONGEST_LINE = 300


@cache
def _settings() -> tuple[re.Pattern[str], int]:
    data = read_json("batch/head_dates.json")
    labels = sorted(data["labels"], key=len, reverse=True)
    pattern = re.compile(r"(?P<label>" + "|".join(map(re.escape, labels)) + r")\s*[:\-–—]?\s+(?P<date>.+)", re.IGNORECASE)
    return pattern, int(data["head_lines"])


def date_at_head(text: str) -> tuple[date, str] | None:
    """(the date, where it was found) or None."""
    labelled, head_lines = _settings()
    lines = (line.strip() for line in text[: head_lines * _LONGEST_LINE].splitlines())
    for line in [line for line in lines if line][:head_lines]:
        if found := labelled.fullmatch(line):
            value = _full_date(found["date"])
            if value is not None:
                return value, f"its {found['label']!r} line"
        if _ISO_LINE.fullmatch(line):
            value = _full_date(line)
            if value is not None:
                return value, "a date line"
        if found := _DATELINE.match(line):
            value = _full_date(found["date"])
            if value is not None:
                return value, "its dateline"
    return None


def _full_date(raw: str) -> date | None:
    raw = raw.strip().rstrip(".,;")
    try:
        parsed = parse_published(raw)
    except (TypeError, ValueError):
        parsed = None
    if parsed is None:
        import dateparser

        parsed = dateparser.parse(
            raw, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
        )
    if parsed is None:
        return None
    return parsed if type(parsed) is date else parsed.date()  # type: ignore[union-attr]


def with_dates_from_text(items: Iterable[Item]) -> Iterator[Item]:
    """Items without a date of their own get one from the head of their text, with a warning."""
    for item in items:
        if item.published is None and item.error is None and isinstance(item.text, str):
            found = date_at_head(item.text)
            if found is not None:
                value, where = found
                note = (
                    f"published date {value.isoformat()} was read from {where} at the head of the text "
                    "(--published-from-text), not given with the input; check it"
                )
                item = replace(item, published=value.isoformat(), warnings=(*item.warnings, note))
        yield item
