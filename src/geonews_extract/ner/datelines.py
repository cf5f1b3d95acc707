"""Datelines: where a story was filed, written at the start of its first paragraph.

The forms of wire and web copy are read, the place always in capitals:

* ``LONDON 1996-08-30`` (a line of its own, with a date), ``LONDON, Aug 30 (Reuters) -``
* ``BEIRUT (Reuters) -``, ``JAKARTA -``, ``KABUL, Afghanistan —``, ``GAZA CITY:``
* ``PESHAWAR, Pakistan`` or ``NAIROBI`` straight before the first sentence.

A dateline never takes in the words after it: where no dash, colon, date or agency closes
it, its region is a single word and its place must be followed by a capitalised word that
opens the sentence. Lines written wholly in capitals are headlines, not datelines, unless
the dateline is all there is on the line (with its date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..layout import first_lines

PLACE = r"(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})"
_REGION = r"[A-Z][a-z][A-Za-z.\-]*"
_DATE = r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\)"
_CLOSE = r"(?:[-–—]{1,2}|:|_)"
#: A dateline closed by a dash, colon, date or agency: the region may have up to three words.
CLOSED = re.compile(
    PLACE
    + rf"(?:, (?P<region>{_REGION}(?: {_REGION}){{0,2}}))?"
    + rf"(?:,? (?P<date>{_DATE}))?"
    + rf"(?: ?{_AGENCY})?"
    + rf"(?: ?{_CLOSE}(?: |$)|(?<=\)) |$)"
)
#: A dateline run straight into the sentence: one-word region, then a capitalised word.
OPEN = re.compile(PLACE + rf"(?:, (?P<region>{_REGION}))?(?= [A-Z\"“‘'])")
#: How many lines at the top of a text the dateline may be on.
DATELINE_LINES = 4

#: A short first line opening "WORD -" is a slug ("CRICKET - ...", "PRESS DIGEST - ...")
#: unless it has a region, date or agency: a first paragraph is longer.
SLUG_WORDS = 10

PlaceTest = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Dateline:
    """Character offsets of the dateline's place and, if written, its region."""

    place: tuple[int, int]
    region: tuple[int, int] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [self.place] if self.region is None else [self.place, self.region]


def find_dateline(
    text: str, after: int = 0, is_place: PlaceTest | None = None, not_places: frozenset[str] = frozenset()
) -> Dateline | None:
    """The dateline of a text, looked for in its first lines that start at or after `after`
    (the end of the headline). `is_place` (a gazetteer test), when given, must accept the
    place of a dateline that no dash, date or agency closes; `not_places` are capitalised
    names that never open a dateline ("NATO said ...")."""
    weak = None
    lines = list(first_lines(text, DATELINE_LINES))
    for number, (start, line) in enumerate(lines):
        if start < after:
            continue
        match = _match(line, is_place, not_places)
        if match is None:
            continue
        if _strong(match):
            return _offsets(match, start)
        slug = number == 0 and len(lines) > 1 and len(line.split()) < SLUG_WORDS
        if not slug:
            weak = weak or _offsets(match, start)
    return weak


def _strong(match: re.Match[str]) -> bool:
    """A region, date or agency shows a dateline; a bare "WORD -" may be a slug
    ("RESEARCH ALERT - ...") when a fuller dateline follows on the next lines."""
    return any(match.group(name) for name in ("region", "date", "agency") if name in match.re.groupindex)


def _match(line: str, is_place: PlaceTest | None, not_places: frozenset[str]) -> re.Match[str] | None:
    rest_has_lower = any(c.islower() for c in line)
    match = CLOSED.match(line)
    if match is not None and _plausible(match, line, rest_has_lower, not_places):
        return match
    match = OPEN.match(line)
    if match is None or not rest_has_lower or match.group("place") in not_places:
        return None
    place = match.group("place")
    if is_place is not None:
        return match if is_place(place.title()) else None
    # without a gazetteer, a short capitalised word may be an acronym ("NATO said")
    return match if match.group("region") or len(place.replace(" ", "")) >= 5 else None


def _plausible(match: re.Match[str], line: str, rest_has_lower: bool, not_places: frozenset[str]) -> bool:
    if match.group("place") in not_places:
        return False
    closed_by_date_or_end = match.group("date") is not None or match.end() == len(line)
    if not rest_has_lower:  # a line in capitals is a headline unless the dateline is all of it
        return closed_by_date_or_end and match.end() == len(line)
    return True


def _offsets(match: re.Match[str], start: int) -> Dateline:
    place = (start + match.start("place"), start + match.end("place"))
    region = None
    if match.group("region"):
        region = (start + match.start("region"), start + match.end("region"))
    return Dateline(place, region)
