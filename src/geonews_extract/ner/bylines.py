"""Bylines: the people who wrote or edited a story ("By Jane Doe", "Reporting by Jane Doe
and Ali Khan in Kabul; Editing by Tom Lee"). The names in them are people, whatever the
model made of them; places after "in" stay places.

Wire sign-offs ("-- Jane Doe, Sydney Newsroom +61 2 9373 1800") name the office that filed
the story: a place or desk name with its office noun ("Sydney Newsroom", "U.S. Municipal
Desk") is an organisation, not the place."""

from __future__ import annotations

import re

from ..datafiles import read_json

#: A line that is a byline: "By ...", "Reporting by ...", "Additional reporting by ...".
BYLINE = re.compile(
    r"^(?:By|(?:(?:Additional|Further) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ii]nterviews)"
    r"(?: and (?:[Rr]eporting|[Ww]riting|[Ee]diting))? by)\s+(?=[A-Z])"
)
#: What every byline has: a quick test before its lines are read.
BYLINE_WORD = re.compile(r"\b[Bb]y\s+[A-Z]")
#: One name: two to four capitalised words (initials and particles allowed inside).
_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:(?:de|van|der|al|bin|von|da|del|la|le)|[A-Z][\w'’.-]*)){1,3}")
#: What separates names in a byline: "and", commas, a new "Editing by".
_SEPARATOR = re.compile(
    r"^(?:,\s*|\s+and\s+|;\s*(?:(?:Additional|Further) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)"
    r"(?: and (?:[Rr]eporting|[Ww]riting|[Ee]diting))? by\s+|\s+with\s+)"
)


def byline_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person named in a byline line (or a bracketed wire trailer)."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        body = line.strip().lstrip("(")
        start = offset + len(line) - len(line.lstrip()) + (len(line.strip()) - len(body))
        match = BYLINE.match(body)
        if match is not None:
            found.extend(_names(body, match.end(), start))
        offset += len(line) + 1
    return found


#: Office nouns of a sign-off (``data/ner/signoffs.json``).
OFFICE_NOUNS = frozenset(read_json("ner/signoffs.json")["office_nouns"])
_OFFICE = re.compile(
    r"(?<![\w.'&-])[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)* (?:" + "|".join(sorted(OFFICE_NOUNS)) + r")\b"
)
#: A sign-off line opens with a double dash (or a dash).
_SIGNOFF = re.compile(r"^\s*(?:--|[-–—])\s", re.MULTILINE)


def signoff_offices(text: str) -> list[tuple[int, int]]:
    """(start, end) of each office named in a sign-off line ("Sydney Newsroom")."""
    found: list[tuple[int, int]] = []
    for start in (m.start() for m in _SIGNOFF.finditer(text)):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        found += [m.span() for m in _OFFICE.finditer(text, start, end)]
    return found


def byline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each byline line."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if BYLINE.match(line.strip().lstrip("(")):
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def _names(line: str, position: int, offset: int) -> list[tuple[int, int]]:
    names = []
    while position < len(line):
        name = _NAME.match(line, position)
        if name is None:
            break
        names.append((offset + name.start(), offset + name.end()))
        position = name.end()
        in_place = re.match(r"\s+in\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*", line[position:])
        if in_place:
            position += in_place.end()
        separator = _SEPARATOR.match(line[position:])
        if separator is None:
            break
        position += separator.end()
    return names
