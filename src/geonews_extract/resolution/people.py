"""People named in full once and shortly after: "Abu Omar Khorasani" ... "Khorasani".

A short name joins a full name of the same document when its words are the full
name's last words ("Khorasani", "Omar Khorasani", "van Leeuwen": a name that opens with a
particle in lower case is a surname, never a full name) or, for a mention tagged PERSON,
its first word, and no other full name fits. Titles ("Gen.", "Mr", "President")
are not part of a name.

A transcript's turn label in capitals ("HALE:", "MOIRA HALE:") is the one person
named in ordinary case whose name it ends, and an acronym of a person's initials
("JFK" after "John Fitzgerald Kennedy") is that person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..datafiles import read_json

_WORDS = read_json("resolution/people.json")
#: Words before a name that are not part of it.
TITLES = frozenset(_WORDS["titles"])
_NAME_WORD = re.compile(r"[\w'’.-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a personal name, titles and possessive left out: 'Gen. Samuel Okafor's' -> ('Samuel', 'Okafor').
    Cached: a story repeats its names, and the words are a pure function of the text."""
    words = _NAME_WORD.findall(text)
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    while words and words[0].lower() in TITLES:
        words = words[1:]
    return tuple(w for w in words if w)


def initials(words: Iterable[str]) -> str:
    """The first letters of a name's words, in capitals: ('John', 'F.', 'Kennedy') -> 'JFK'."""
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


#: A transcript's turn label: at a line's start, words in capitals, then a colon ("HALE:", "MOIRA HALE:").
_TURN_LABEL = re.compile(r"^[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*:", re.MULTILINE)


def turn_labels(text: str) -> Iterator[tuple[int, int, int, tuple[str, ...]]]:
    """Where the transcript turn labels of `text` are, and their words, titles left out
    ("MR BELL:" -> 'BELL'): (label start, name start, end, words)."""
    for match in _TURN_LABEL.finditer(text):
        if not match.group(1).isupper():
            continue
        found = list(_NAME_WORD.finditer(match.group(1)))
        first = next((i for i, w in enumerate(found) if w.group().lower() not in TITLES), len(found))
        words = tuple(w.group() for w in found[first:])
        if words and any(len(w) > 1 for w in words):
            yield match.start(1), match.start(1) + found[first].start(), match.end(1), words


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ul|bin|ibn|abu)[-‐](?=[A-Z])")


def without_particle(word: str) -> str:
    """A surname without its Arabic article or kin word: 'al-Assad' -> 'Assad'."""
    return _PARTICLE.sub("", word)


class FullNames:
    """The distinct full names (two words or more) of a document, indexed by their endings and first words."""

    def __init__(self, names: Iterable[tuple[str, ...]]) -> None:
        self.names = list(dict.fromkeys(names))
        self.known = set(self.names)
        self.by_ending: dict[tuple[str, ...], set[int]] = {}
        self.by_first: dict[str, set[int]] = {}
        self.by_capitals: dict[tuple[str, ...], set[int]] = {}  # endings in capitals of names in ordinary case
        self.by_initials: dict[str, set[int]] = {}
        for index, full in enumerate(self.names):
            if not all(w.isupper() for w in full):
                capitals = tuple(w.upper() for w in full)
                for size in range(1, len(full) + 1):
                    self.by_capitals.setdefault(capitals[-size:], set()).add(index)
                self.by_initials.setdefault(initials(full), set()).add(index)
            for size in range(1, len(full)):
                self.by_ending.setdefault(full[-size:], set()).add(index)
            bare = without_particle(full[-1])
            if bare != full[-1]:  # "Bashar al-Assad" is also "Assad"
                self.by_ending.setdefault((bare,), set()).add(index)
                if not all(w.isupper() for w in full):
                    self.by_capitals.setdefault((bare.upper(),), set()).add(index)
            self.by_first.setdefault(full[0], set()).add(index)

    def __bool__(self) -> bool:
        return bool(self.names)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.names)

    def __contains__(self, words: object) -> bool:
        return words in self.known


    def abbreviated_by(self, short: tuple[str, ...], person_label: bool) -> tuple[str, ...] | None:
        """The one full name that `short` ends ("Khorasani", "Omar Khorasani") or, for a
        PERSON mention that ends none, starts with its one word; None if none or several fit.
        A word that ends one name and opens another is the surname: second references in news
        go by surname ("Vance" after "Mara Vance", beside a headline's "Vance Quits")."""
        if not short:
            return None
        fits = set(self.by_ending.get(short, ()))
        if person_label and len(short) == 1 and not fits:
            fits = set(self.by_first.get(short[0], ()))
        return self.names[fits.pop()] if len(fits) == 1 else None

    def labelled_by(self, label: tuple[str, ...]) -> tuple[str, ...] | None:
        """The one full name in ordinary case that a turn label in capitals gives or ends
        ("MOIRA HALE", "HALE" for "Moira Hale"); None if none or several fit."""
        fits = self.by_capitals.get(label, set())
        return self.names[next(iter(fits))] if len(fits) == 1 else None

    def initialled_by(self, acronym: str) -> tuple[str, ...] | None:
        """The one full name in ordinary case whose initials `acronym` is ("JFK"); None if none or several fit."""
        fits = self.by_initials.get(acronym, set()) if len(acronym) >= 2 else set()
        return self.names[next(iter(fits))] if len(fits) == 1 else None
