"""Datelines: where a story was filed, written at the start of its first paragraph.

The forms of wire and web copy are read, the place always in capitals:

* ``LONDON 1996-08-30`` (a line of its own, with a date), ``LONDON, Aug 30 (Reuters) -``
* ``BEIRUT (Reuters) -``, ``JAKARTA -``, ``KABUL, Afghanistan —``, ``GAZA CITY:``
* ``PESHAWAR, Pakistan`` or ``NAIROBI`` straight before the first sentence.
* ``OAK RIDGE, W.Va. --`` (an AP-style state abbreviation), ``ELM FALLS—The``, ``BRINDLE ---``.

A dateline never takes in the words after it: where no dash, colon, date or agency closes
it, its region is a single word and its place must be followed by a capitalised word that
opens the sentence. Lines written wholly in capitals are headlines, not datelines, unless
the dateline is all there is on the line (with its date).

Where the headline runs into the first paragraph on one line ("Council backs plan. BRINDLE —
The council ..."), the dateline may open any sentence that starts within the line's first
`RUN_IN_CHARS` characters. There a dash, colon or agency must close it and, unless it
has a region, the gazetteer must know its place: capitals opening a sentence ("NOTICE:",
"UPDATE —", "OUTSTANDING pupils") are no dateline. So must a place closed by a colon alone
at the head of a line ("BREAKING NEWS:").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..layout import first_lines

PLACE = r"(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})"
#: A region's word: "Ohio", "Conn.", or initials with a dot each, "W.Va.", "N. J.", "D.C.".
_REGION = r"(?:[A-Z][a-z][A-Za-z.\-]*|[A-Z]\.(?: ?[A-Z][a-z]?\.)+)"
_DATE = r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\)"
#: A dash of up to three strokes, a colon or an underscore, then a space or the line's end;
#: a long dash may touch the first word ("ELM FALLS—The").
_CLOSE = r"(?P<close>(?:[-–—]{1,3}|:|_)(?: |$)|[–—](?=[A-Z\"“‘]))"
#: A dateline closed by a dash, colon, date or agency: the region may have up to three words.
CLOSED = re.compile(
    PLACE
    + rf"(?:, (?P<region>{_REGION}(?: {_REGION}){{0,2}}))?"
    + rf"(?:,? (?P<date>{_DATE}))?"
    + rf"(?: ?{_AGENCY})?"
    + rf"(?: ?{_CLOSE}|(?<=\)) |$)"
)
#: A dateline run straight into the sentence: one-word region, then a capitalised word.
OPEN = re.compile(PLACE + rf"(?:, (?P<region>{_REGION}))?(?= [A-Z\"“‘'])")
#: How many lines at the top of a text the dateline may be on.
DATELINE_LINES = 4
#: How far into a line a sentence may start and still open with the dateline, after a
#: headline run into the first paragraph.
RUN_IN_CHARS = 200
#: A sentence's end within a line, where a run-in dateline may start: "... in lake. HUDSON --".
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+(?=[A-Z][A-Z'.\-])")

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
            run_in = _run_in(line, is_place, not_places)
            if run_in is not None:
                return _offsets(run_in, start)
            continue
        if _strong(match):
            return _offsets(match, start)
        slug = number == 0 and len(lines) > 1 and len(line.split()) < SLUG_WORDS
        if not slug:
            weak = weak or _offsets(match, start)
    return weak


def _run_in(line: str, is_place: PlaceTest | None, not_places: frozenset[str]) -> re.Match[str] | None:
    """A dateline opening a sentence within the line's first `RUN_IN_CHARS` characters, after
    a headline run into the first paragraph: closed by a dash, colon or agency and followed
    by prose, its place known to the gazetteer unless a region follows it."""
    for end in _SENTENCE_END.finditer(line, 0, RUN_IN_CHARS):
        match = CLOSED.match(line, end.end())
        if match is None or not (match.group("close") or match.group("agency")):
            continue
        if match.group("place") in not_places or not any(c.islower() for c in line[match.end() :]):
            continue
        if match.group("region") or (is_place is not None and is_place(match.group("place").title())):
            return match
    return None


def _strong(match: re.Match[str]) -> bool:
    """A region, date or agency shows a dateline; a bare "WORD -" may be a slug
    ("RESEARCH ALERT - ...") when a fuller dateline follows on the next lines."""
    return any(match.group(name) for name in ("region", "date", "agency") if name in match.re.groupindex)


def _match(line: str, is_place: PlaceTest | None, not_places: frozenset[str]) -> re.Match[str] | None:
    rest_has_lower = any(c.islower() for c in line)
    match = CLOSED.match(line)
    if match is not None and _plausible(match, line, rest_has_lower, is_place, not_places):
        return match
    match = OPEN.match(line)
    if match is None or not rest_has_lower or match.group("place") in not_places:
        return None
    place = match.group("place")
    if is_place is not None:
        return match if is_place(place.title()) else None
    # without a gazetteer, a short capitalised word may be an acronym ("NATO said")
    return match if match.group("region") or len(place.replace(" ", "")) >= 5 else None


def _plausible(
    match: re.Match[str], line: str, rest_has_lower: bool, is_place: PlaceTest | None, not_places: frozenset[str]
) -> bool:
    if match.group("place") in not_places:
        return False
    colon_alone = (match.group("close") or "").startswith(":") and not _strong(match)
    if colon_alone and is_place is not None and not is_place(match.group("place").title()):
        return False  # "BREAKING NEWS:", "NOTICE:"
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
