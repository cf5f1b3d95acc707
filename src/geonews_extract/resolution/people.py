"""People named in full once and shortly after: "Abu Omar Khorasani" ... "Khorasani".

A short name joins a full name of the same document when its words are the full
name's last words ("Khorasani", "Omar Khorasani") or, for a mention tagged PERSON,
its first word, and no other full name fits. Titles ("Gen.", "Mr", "President")
are not part of a name.
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
        for index, full in enumerate(self.names):
            for size in range(1, len(full)):
                self.by_ending.setdefault(full[-size:], set()).add(index)
            bare = without_particle(full[-1])
            if bare != full[-1]:  # "Bashar al-Assad" is also "Assad"
                self.by_ending.setdefault((bare,), set()).add(index)
            self.by_first.setdefault(full[0], set()).add(index)

    def __bool__(self) -> bool:
        return bool(self.names)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.names)

    def __contains__(self, words: object) -> bool:
        return words in self.known


    def abbreviated_by(self, short: tuple[str, ...], person_label: bool) -> tuple[str, ...] | None:
        """The one full name that `short` ends ("Khorasani", "Omar Khorasani") or, for a
        PERSON mention, starts with its one word; None if none or several fit."""
        if not short:
            return None
        fits = set(self.by_ending.get(short, ()))
        if person_label and len(short) == 1:
            fits |= self.by_first.get(short[0], set())
        return self.names[fits.pop()] if len(fits) == 1 else None
