"""Geocoding: toponym recall, accuracy at 161 km, median error and AUC, beside a population-only baseline.

    PYTHONPATH=src python benchmarks/geocoding.py [--limit N] [--corpus lgl-dev ...] [--errors FILE]

Data: ../shared/benchmarks/geoparsing (Gritta et al.): LGL (local US news), TR-News and
GeoVirus (Wikinews), each toponym with gold coordinates. The first half of LGL's
articles (`lgl-dev`) is where the geocoder's weights were read and set; `lgl-test`
(the second half), `trnews` and `geovirus` were only scored, so they are the held-out
figures. LGL and TR-News toponyms without gold coordinates are left out; gold offsets
that miss their phrase by a few characters (all of GeoVirus', by one; some of TR-News')
are moved onto it.

Per corpus, over the gold toponyms:

- recall: share whose span overlaps a mention of a place entity (GPE, LOC, FAC) of the pipeline,
  or the place an organisation's mention holds ("Alexandria" in "the Alexandria Police
  Department": the mention's `place_part`, read as the entity's `named_place`);
- acc@161: share resolved within 161 km (100 miles) of the gold point; a toponym not
  found, or found and left null, is a miss. A toponym is scored by the place of the mention
  whose span it matches: the mention's own place where it has one (`Mention.place`: the
  words "Washington" acting for the United States belong to the entity United States, whose
  place is the country, and name the city, which is where LGL's gold puts them), else its
  entity's place;
- median km and AUC over the toponyms found: the error of each, 20,039 km (half the
  earth's circumference) where the place is left null; AUC is the area under the
  sorted log(1 + error) curve, scaled to 0-1 (Gritta et al. 2018; lower is better);
- the baseline reads the same found places with the same candidate readings and takes
  the most populous one (the usual "population prior" geocoder);
- "gold spans" rows geocode the gold toponyms themselves (every gold span a place, the
  document's other gold toponyms as its context and the country its institutions' words
  point to, no dateline or actors): the geocoder alone, without the recognition errors of
  the NER model before it.

Timing runs each pipeline component apart and reports the geocode stage's share of
pipeline time and its time against the spaCy model's own components (tok2vec, tagger,
parser, ner, ...); the gazetteer's load time and the memory it adds are measured once, in a
fresh process, from its on-disk cache (built first if missing).
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geonews_extract import load_pipeline
from geonews_extract.annotations import EntityRecord, MentionRecord
from geonews_extract.assemble import assemble
from geonews_extract.extractor import Extractor, Job
from geonews_extract.geo.disambiguate import by_population, readings_of, resolve_places
from geonews_extract.geo.institutions import institution_countries
from geonews_extract.inputs import prepare
from geonews_extract.kb.keys import alias_key
from geonews_extract.pipeline import DEFAULT_STAGES
from geonews_extract.stages.geocode import mention_place_key, named_place_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0
ACCURATE_KM = 161.0


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    published: str | None
    toponyms: tuple[Toponym, ...]


def _float(element: ET.Element | None) -> float | None:
    return float(element.text) if element is not None and element.text and element.text.strip() else None


def _aligned(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The gold span moved onto its phrase: GeoVirus' offsets are one past, some TR-News ones a few."""
    if not phrase or text[start:end] == phrase:
        return start, end
    for shift in sorted(range(-10, 11), key=abs):
        if text[start + shift : end + shift] == phrase:
            return start + shift, end + shift
    return start, end


def read_gritta(path: Path) -> list[Article]:
    """LGL and TR-News: <article><text/><dltime/><toponyms><toponym><start/><end/><gaztag><lat/><lon/>."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for toponym in article.iter("toponym"):
            gaztag = toponym.find("gaztag")
            lat, lon = _float(gaztag.find("lat")) if gaztag is not None else None, None
            if gaztag is not None:
                lon = _float(gaztag.find("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(toponym.findtext("start")), int(toponym.findtext("end"))
            start, end = _aligned(article.findtext("text") or "", start, end, toponym.findtext("phrase"))
            toponyms.append(Toponym(start, end, lat, lon))
        published = (article.findtext("dltime") or "").strip()[:10]
        published = published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else None
        articles.append(Article(article.findtext("text") or "", published, tuple(toponyms)))
    return articles


def read_geovirus(path: Path) -> list[Article]:
    """GeoVirus: <article><text/><locations><location><start/><end/><lat/><lon/>."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = tuple(
            Toponym(
                *_aligned(text, int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name")),
                float(loc.findtext("lat")),
                float(loc.findtext("lon")),
            )
            for loc in article.iter("location")
        )
        articles.append(Article(text, None, toponyms))
    return articles


def corpora() -> dict[str, list[Article]]:
    lgl = read_gritta(DATA / "lgl.xml")
    half = len(lgl) // 2
    return {
        "lgl-dev": lgl[:half],
        "lgl-test": lgl[half:],
        "trnews": read_gritta(DATA / "TR-News.xml"),
        "geovirus": read_geovirus(DATA / "GeoVirus.xml"),
    }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class Score:
    gold: int = 0
    found: int = 0
    errors: dict[str, list[float]] = field(default_factory=lambda: {"ours": [], "baseline": []})
    misses: list[str] = field(default_factory=list)  # one tab-separated line per found toponym resolved > 161 km off

    def row(self, system: str) -> str:
        errors = sorted(self.errors[system])
        accurate = sum(e <= ACCURATE_KM for e in errors)
        median = errors[len(errors) // 2] if errors else float("nan")
        return (
            f"{self.found / self.gold:.3f} | {accurate / self.gold:.3f} | {median:,.0f} | {auc(errors):.3f}"
            if self.gold
            else "- | - | - | -"
        )


def auc(errors: list[float]) -> float:
    """Area under the sorted log(1 + error) curve, scaled by the largest possible error (Gritta et al.)."""
    if len(errors) < 2:
        return float("nan")
    logs = sorted(math.log(1 + e) for e in errors)
    area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
    return area / ((len(logs) - 1) * math.log(1 + EARTH_HALF_CIRCUMFERENCE_KM))


def evaluate(nlp, articles: list[Article], timings: dict[str, float]) -> Score:
    geocoder = nlp.get_pipe("geocode")
    extractor = Extractor.around(nlp)
    score = Score()
    for number, article in enumerate(articles):
        doc = extractor.make_doc(Job(None, prepare(article.text, article.published, extractor.max_chars)))
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        document = assemble(doc)
        _, mentions = geocoder.place_mentions(doc)
        baseline = {place.key: by_population(readings_of(place, geocoder.gazetteer)) for place in mentions}
        spans = [
            (m.start, m.end, m.place, baseline.get(mention_place_key(entity.id, m.start)))
            if m.place is not None
            else (m.start, m.end, entity.place, baseline.get(entity.id))
            for entity in document.entities
            if entity.type in ("GPE", "LOC", "FAC")
            for m in entity.mentions
        ]
        spans += [
            (m.place_part.start, m.place_part.end, entity.named_place, baseline.get(named_place_key(entity.id)))
            for entity in document.entities
            for m in entity.mentions
            if m.place_part is not None
        ]
        for toponym in article.toponyms:
            score.gold += 1
            hit = next(((p, b) for s, e, p, b in spans if s < toponym.end and toponym.start < e), None)
            if hit is None:
                continue
            score.found += 1
            place, base = hit
            for system, point in (("ours", place), ("baseline", base)):
                score.errors[system].append(error_km(point, toponym))
            if score.errors["ours"][-1] > ACCURATE_KM:
                score.misses.append(miss_line(number, article.text[toponym.start : toponym.end], toponym, place))
    return score


def miss_line(article: int, surface: str, toponym: Toponym, place: Any) -> str:
    """Article number, surface, gold point, the place given (or null) and the error in km, tab-separated."""
    given = "null" if place is None else f"{place.name} ({place.feature_code}, {place.admin1}, {place.country_code})"
    return "\t".join(
        (
            str(article),
            surface,
            f"{toponym.latitude:.2f},{toponym.longitude:.2f}",
            given,
            f"{error_km(place, toponym):.0f}",
        )
    )


def evaluate_gold_spans(geocoder, articles: list[Article]) -> Score:
    """Geocoding of the gold toponym spans: recognition taken as given."""
    score = Score()
    for article in articles:
        records: dict[str, EntityRecord] = {}
        for toponym in article.toponyms:
            surface = article.text[toponym.start : toponym.end]
            key = alias_key(surface) or surface
            record = records.setdefault(key, EntityRecord(key, surface, "GPE", key))
            record.mentions.append(MentionRecord(toponym.start, toponym.end, "GPE"))
        places = list(records.values())
        mentions = geocoder.place_mentions_of(places, article.text)
        offices = institution_countries(article.text) if geocoder.institutions else {}
        resolutions = resolve_places(mentions, geocoder.gazetteer, institution_countries=offices)
        for toponym in article.toponyms:
            key = alias_key(article.text[toponym.start : toponym.end]) or article.text[toponym.start : toponym.end]
            place = next(m for m in mentions if m.key == key)
            score.gold += 1
            score.found += 1
            for system, point in (
                ("ours", resolutions[key].record),
                ("baseline", by_population(readings_of(place, geocoder.gazetteer))),
            ):
                score.errors[system].append(error_km(point, toponym))
    return score


def error_km(point: Any, toponym: Any) -> float:
    """How far a resolved point lies from the gold one; an unresolved place counts as half the earth away."""
    if point is None:
        return EARTH_HALF_CIRCUMFERENCE_KM
    return distance_km(point.latitude, point.longitude, toponym.latitude, toponym.longitude)


def iterate(limit: int | None, chosen: list[str]) -> Iterator[tuple[str, list[Article]]]:
    for name, articles in corpora().items():
        if not chosen or name in chosen:
            yield name, articles[:limit] if limit else articles


def gazetteer_cost() -> str:
    """Load time and memory of the gazetteer from its cache, in a fresh process (the cache is built first if missing)."""
    probe = (
        "import time,tracemalloc;from geonews_extract.geo.gazetteer import load_gazetteer;"
        "tracemalloc.start();t=time.perf_counter();g=load_gazetteer();d=time.perf_counter()-t;"
        "now,peak=tracemalloc.get_traced_memory();"
        "print(f'{d:.2f} s, {now/2**20:.0f} MB held ({peak/2**20:.0f} MB at peak), {len(g):,} records')"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True)
    return subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    parser.add_argument("--corpus", nargs="*", default=[], help="lgl-dev, lgl-test, trnews, geovirus (default: all)")
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write each found toponym resolved more than 161 km off (corpus, article, surface, gold point, place, km) "
        "to this file; read it for lgl-dev only, the other sets are held out",
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA}: no geoparsing corpora here")
    print("gazetteer load (cached index, fresh process):", gazetteer_cost())
    nlp = load_pipeline()
    _ = nlp.get_pipe("geocode").gazetteer, nlp.get_pipe("geocode").knowledge_base  # loaded before timing
    timings: dict[str, float] = {}
    misses: list[str] = []
    print("| corpus | toponyms | system | recall | acc@161 | median km | AUC |")
    print("|---|---|---|---|---|---|---|")
    for name, articles in iterate(args.limit, args.corpus):
        score = evaluate(nlp, articles, timings)
        misses.extend(f"{name}\t{line}" for line in score.misses)
        for system in ("ours", "baseline"):
            label = "geocode stage" if system == "ours" else "population only"
            print(f"| {name} | {score.gold:,} | {label} | {score.row(system)} |", flush=True)
        gold_spans = evaluate_gold_spans(nlp.get_pipe("geocode"), articles)
        for system in ("ours", "baseline"):
            label = "geocode stage, gold spans" if system == "ours" else "population only, gold spans"
            print(f"| {name} | {gold_spans.gold:,} | {label} | {gold_spans.row(system)} |", flush=True)
    if args.errors is not None:
        args.errors.write_text("".join(f"{line}\n" for line in misses), encoding="utf-8")
    total = sum(timings.values())
    share = timings.get("geocode", 0.0) / total if total else 0.0
    model = sum(t for name, t in timings.items() if name not in DEFAULT_STAGES)
    print(
        f"geocode stage: {timings.get('geocode', 0.0):.1f} s of {total:.1f} s pipeline time ({share:.1%}); "
        f"{timings.get('geocode', 0.0) / model if model else 0.0:.1%} of the spaCy model's own components ({model:.1f} s)"
    )


if __name__ == "__main__":
    main()
