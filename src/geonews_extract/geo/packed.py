"""Compact, read-only storage for the gazetteer: a few strings and arrays instead of a million objects.

Loading a dict of half a million names takes seconds and hundreds of megabytes; these
structures keep names in one string with an array of offsets and numbers in typed
arrays, so reading them from the cache file is a copy of bytes. Each has `parts()`,
the marshal-able values it is stored as, and `from_parts()`.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Generic, TypeVar

_SEPARATOR = "\x00"
#: How many answers a `Remembered` keeps before starting afresh (memory stays flat).
REMEMBERED_ANSWERS = 50_000

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Remembered(Generic[K, V]):
    """The answers of one look-up for the keys asked lately (news names its places again and
    again), up to `limit`; full, it starts afresh, so memory stays flat over any stream."""

    __slots__ = ("_answers", "_limit")

    def __init__(self, limit: int = REMEMBERED_ANSWERS) -> None:
        self._answers: dict[K, V] = {}
        self._limit = limit

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: K, find: Callable[[K], V]) -> V:
        """The answer for `key`: remembered, else `find(key)`, then remembered."""
        answers = self._answers
        if key in answers:
            return answers[key]
        if len(answers) >= self._limit:
            answers.clear()
        found = answers[key] = find(key)
        return found


class PackedStrings(Sequence[str]):
    """Strings joined in one string, with where each starts."""

    def __init__(self, blob: str, offsets: array):
        self._blob = blob
        self._offsets = offsets  # len(self) + 1 starts; each string ends one before the next start

    @classmethod
    def build(cls, strings: Iterable[str]) -> PackedStrings:
        offsets = array("I", [0])
        parts = []
        for text in strings:
            parts.append(text)
            offsets.append(offsets[-1] + len(text) + 1)
        return cls(_SEPARATOR.join(parts) + (_SEPARATOR if parts else ""), offsets)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._blob[self._offsets[i] : self._offsets[i + 1] - 1]

    def parts(self) -> tuple:
        return (self._blob, self._offsets.tobytes())

    @classmethod
    def from_parts(cls, parts: tuple) -> PackedStrings:
        offsets = array("I")
        offsets.frombytes(parts[1])
        return cls(parts[0], offsets)


class PackedIndex:
    """A sorted name -> tuple of row numbers map, looked up by binary search."""

    def __init__(self, keys: PackedStrings, postings: array, starts: array):
        self._keys = keys
        self._postings = postings
        self._starts = starts
        self._remembered: Remembered[str, int] = Remembered()  # key -> its row (-1: absent)

    @classmethod
    def build(cls, mapping: Mapping[str, Sequence[int]]) -> PackedIndex:
        keys = sorted(mapping)
        postings, starts = array("I"), array("I", [0])
        for key in keys:
            postings.extend(mapping[key])
            starts.append(len(postings))
        return cls(PackedStrings.build(keys), postings, starts)

    def _position(self, key: str) -> int:
        """The key's row, -1 when it is absent: remembered, else a binary search over the
        packed keys read straight from their string (no `PackedStrings.__getitem__` per step)."""
        return self._remembered.get(key, self._search)

    def _search(self, key: str) -> int:
        keys = self._keys
        blob, offsets = keys._blob, keys._offsets
        low, high = 0, len(offsets) - 1
        while low < high:
            middle = (low + high) // 2
            if blob[offsets[middle] : offsets[middle + 1] - 1] < key:
                low = middle + 1
            else:
                high = middle
        return low if low < len(offsets) - 1 and blob[offsets[low] : offsets[low + 1] - 1] == key else -1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._position(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, key: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        position = self._position(key)
        if position < 0:
            return default
        return tuple(self._postings[self._starts[position] : self._starts[position + 1]])

    def __getitem__(self, key: str) -> tuple[int, ...]:
        found = self.get(key, ())
        if not found:
            raise KeyError(key)
        return found

    def parts(self) -> tuple:
        return (self._keys.parts(), self._postings.tobytes(), self._starts.tobytes())

    @classmethod
    def from_parts(cls, parts: tuple) -> PackedIndex:
        postings, starts = array("I"), array("I")
        postings.frombytes(parts[1])
        starts.frombytes(parts[2])
        return cls(PackedStrings.from_parts(parts[0]), postings, starts)


class PackedRecords(Sequence[tuple]):
    """Gazetteer records by row: names packed, numbers in arrays, codes as indexes into a vocabulary."""

    def __init__(
        self, names: PackedStrings, ids: array, points: array, populations: array, codes: array, vocabulary: list
    ):
        self._names = names
        self._ids = ids  # -1 where a record has no GeoNames id
        self._points = points  # latitude, longitude of each row
        self._populations = populations
        self._codes = codes  # country, admin1, feature class, feature code of each row, into vocabulary
        self._vocabulary = vocabulary  # None first, then every code and division name

    @classmethod
    def build(cls, records: Sequence[tuple]) -> PackedRecords:
        vocabulary: list = [None]
        where: dict = {None: 0}
        ids, points, populations, codes = array("q"), array("d"), array("q"), array("I")
        for geonameid, _, lat, lon, country, admin1, fclass, fcode, population in records:
            ids.append(-1 if geonameid is None else geonameid)
            points.extend((lat, lon))
            populations.append(population)
            for value in (country, admin1, fclass, fcode):
                if value not in where:
                    where[value] = len(vocabulary)
                    vocabulary.append(value)
                codes.append(where[value])
        return cls(PackedStrings.build(r[1] for r in records), ids, points, populations, codes, vocabulary)

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, row: int) -> tuple:  # type: ignore[override]
        geonameid = self._ids[row]
        vocabulary, c = self._vocabulary, 4 * row
        return (
            None if geonameid < 0 else geonameid,
            self._names[row],
            self._points[2 * row],
            self._points[2 * row + 1],
            vocabulary[self._codes[c]],
            vocabulary[self._codes[c + 1]],
            vocabulary[self._codes[c + 2]],
            vocabulary[self._codes[c + 3]],
            self._populations[row],
        )

    def rows_with_code(self, feature_code: str) -> list[int]:
        """Rows whose feature code is `feature_code`."""
        if feature_code not in self._vocabulary:
            return []
        code = self._vocabulary.index(feature_code)
        return [row for row, found in enumerate(self._codes[3::4]) if found == code]

    def parts(self) -> tuple:
        arrays = (self._ids, self._points, self._populations, self._codes)
        return (self._names.parts(), *(a.tobytes() for a in arrays), self._vocabulary)

    @classmethod
    def from_parts(cls, parts: tuple) -> PackedRecords:
        ids, points, populations, codes = (
            _array("q", parts[1]),
            _array("d", parts[2]),
            _array("q", parts[3]),
            _array("I", parts[4]),
        )
        return cls(PackedStrings.from_parts(parts[0]), ids, points, populations, codes, list(parts[5]))


def _array(typecode: str, raw: bytes) -> array:
    values = array(typecode)
    values.frombytes(raw)
    return values
