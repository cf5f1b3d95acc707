"""Which GeoNames record each place of a document names: pure functions, no spaCy.

A place's readings are scored (weights in ``data/geo/priors.json``):

1. before reading the document: the feature type (a bare "Georgia" is the country, a bare
   "New York" the city) and the population;
2. how the name matched: the record's own name, an alternate name or transliteration
   ("Kiev" for Kyiv, "al-Mawsil" for Mosul), the place a facility is named after
   ("Guernsey County Courthouse"), or a fuzzy match;
3. what the text says next to it: a qualifier ("Paris, Texas": a reading in Texas), a
   kind word ("Aleppo province": a division; "the city of Aleppo": a populated place);
4. what the rest of the document says, in two passes: the country and first-level
   division of the dateline, of the other places (each weighted by its first-pass
   confidence: the neighbours' country) and of the actors the knowledge base resolved;
   and the first-level divisions that many of the other names *could* lie in (towns
   named "Bangor", "Bath" and "Portland" all have a reading in Maine), since the places
   of one story lie close together even when each name alone points elsewhere; the
   readings that the other names could lie a few miles from ("Franklin" and "Brentwood":
   a dozen states have each, one has them side by side); and, across
   state lines, how near a reading lies to the other places as the document reads them
   ("Moscow" beside "Pullman" is the Idaho town, eight miles from it). The
   document is read again from each round's readings until none changes (at most
   ``context_rounds`` times), so a place that settled draws its neighbours after it.
   The rounds fix the surest name first; they are also run from other starts, each with
   every name that could lie in one of the first-level divisions most names share read
   there ("Lebanon" and "Warren County" both in Ohio), and the set of readings that holds
   together best (the sum of each place's best score, by its mentions) is kept when it
   beats the first by ``joint_margin``.

A place the text writes as a local town of a country (`PlaceMention.local`, see `geo.local`:
"2 Kiln St., Quarry", "the Quarry City Council" in a story whose signs are American) is read
among that country's readings only (those in the states the story writes after its towns,
"Quarry, Ga.", first: ``local_state`` times each state's share), its villages below the cut-off among them where it has no
town there, and every place of its name in the document with it.

A village below the gazetteer's cut-off that bears a place's name is weighed among its readings
where the document's other places, as first read, lie within ``village_km`` of it (the hamlet
down the road from the story's town, not its larger namesake three states away); the document
is then read again with it. A town that a qualifier places in a state where it has no reading
("Grantville, Pennsylvania", a town too small for the gazetteer) is given that state. A place left without a reading whose
name holds another place of the document ("the Cottonport Fire Station") takes that place's.

Scores become confidences by a softmax over one place's readings; the best reading is
given when its confidence reaches ``min_confidence``, else the place is left null. The
softmax also holds "none of these" at a fixed score (``no_reading``), so a lone reading
that nothing in the document supports (a hamlet of the same name on another continent)
is not presented as certain. One
reading per place name per document: every place with the same name gets the same one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

from ..datafiles import read_json
from ..kb.keys import alias_key
from .gazetteer import Gazetteer, GazetteerRecord, division_words, name_variants, strip_kind

PRIORS_FILE = "geo/priors.json"
FEATURES_FILE = "geo/features.json"


@dataclass(frozen=True, slots=True)
class Priors:
    feature: Mapping[str, float]
    other_feature: float
    population_per_decade: float
    match: Mapping[str, float]
    context: Mapping[str, float]
    kind: Mapping[str, float]
    softmax_temperature: float
    min_confidence: float
    named_after_a_town: float
    village_km: float
    no_reading: float
    context_rounds: int
    county_town: float
    county_town_km: float
    neighbour: float
    neighbour_km: float
    nearby_names: float
    nearby_names_km: float
    joint_starts: int
    joint_margin: float
    local_town: float
    local_state: float


@lru_cache(maxsize=1)
def load_priors() -> Priors:
    data: dict[str, Any] = read_json(PRIORS_FILE)
    return Priors(**{k: v for k, v in data.items() if not k.startswith("_")})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place of a document (an entity): its names and what the text says around it."""

    key: str
    names: tuple[str, ...]  # the canonical name first, then each surface form
    qualifiers: tuple[str, ...] = ()  # names of a containing place written next to it: "Texas" in "Paris, Texas"
    kind: str | None = None  # "division" or "settlement" when a kind word stands next to it
    dateline: bool = False
    weight: int = 1  # how many times it is mentioned
    feature_classes: frozenset[str] | None = None  # the GeoNames classes it can be, where that is known
    countries: frozenset[str] | None = None  # the ISO codes of the countries it can lie in, where that is known
    local: str | None = None  # the country whose town the text writes it as ("412 Elm St., Quarry"; `geo.local`)
    states: tuple[tuple[str, float], ...] = ()  # the states of `local` the story writes after its towns, each with its share ("Quarry, Ga."; `geo.local.written_states`)


@dataclass(frozen=True, slots=True)
class Reading:
    record: GazetteerRecord
    match: str  # "name", "alternate", "part" (a facility's leading place name), "feature" (the place a lake or park is named after) or "fuzzy"
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Resolution:
    record: GazetteerRecord | None
    confidence: float
    readings: tuple[Reading, ...] = field(default=())


@dataclass(slots=True)
class DocumentContext:
    """Countries and first-level divisions the document speaks of, with weights."""

    countries: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    dateline: GazetteerRecord | None = None
    dateline_weight: float = 1.0  # how sure the dateline's reading is
    actor_countries: dict[str, float] = field(default_factory=dict)
    institution_countries: dict[str, float] = field(default_factory=dict)

    def country_share(
        self, code: str, exclude: GazetteerRecord | None = None, weight: float = 0.0, total: float | None = None
    ) -> float:
        """`code`'s share of the document's countries, without the weight `exclude` (the place's own reading)
        added; `total` is ``sum(self.countries.values())`` where the caller has it."""
        counted = weight if exclude is not None and exclude.country_code else 0.0
        total = (sum(self.countries.values()) if total is None else total) - counted
        own = self.countries.get(code, 0.0) - (counted if exclude is not None and exclude.country_code == code else 0.0)
        return max(0.0, own / total) if total > 1e-9 else 0.0

    def admin1_share(
        self,
        key: tuple[str, str],
        exclude: GazetteerRecord | None = None,
        weight: float = 0.0,
        total: float | None = None,
    ) -> float:
        """`key`'s share of the document's first-level divisions, without the weight `exclude` added (a
        country's reading adds none: "Lebanon" read as the country leaves its neighbours' states whole);
        `total` is ``sum(self.admin1.values())`` where the caller has it."""
        counted = weight if exclude is not None and exclude.admin1 and exclude.feature_code != "PCLI" else 0.0
        total = (sum(self.admin1.values()) if total is None else total) - counted
        mine = exclude is not None and (exclude.country_code, exclude.admin1) == key
        own = self.admin1.get(key, 0.0) - (counted if mine else 0.0)
        return max(0.0, own / total) if total > 1e-9 else 0.0


def readings_of(place: PlaceMention, gazetteer: Gazetteer) -> list[Reading]:
    """Every record a place's names can mean, with how each matched; fuzzy only when nothing matched."""
    found: dict[tuple, Reading] = {}
    for name in place.names:
        for record in gazetteer.candidates(name):
            if not _fits(place, record):
                continue
            match = _name_match(gazetteer, record, name)
            key = _identity(record)
            if key not in found or (found[key].match == "alternate" and match == "name"):
                found[key] = Reading(record, match)
        if place.kind == "division":  # "Clay and Becker counties": the divisions of the bare name
            for record in gazetteer.divisions_named(name):
                found.setdefault(_identity(record), Reading(record, "name"))
    if not found:
        for name in place.names:
            for record in gazetteer.candidates(_without_area_word(name)):
                if _a_region(record) and (
                    place.feature_classes is None or record.feature_class in place.feature_classes
                ):
                    found.setdefault(_identity(record), Reading(record, "name"))
    if not found and place.feature_classes is None:
        for record in _leading_place(place.names[0], gazetteer):
            found.setdefault(_identity(record), Reading(record, "part"))
    if not found and place.feature_classes is None:  # "Lake Hartwell": the town the lake is named after
        for name in place.names:
            stem = feature_stem(name)
            for record in gazetteer.candidates(stem) if stem else ():
                found.setdefault(_identity(record), Reading(record, "feature"))
    if not found and place.feature_classes is None:
        for name in sorted(place.names, key=len, reverse=True):
            records, _ = gazetteer.fuzzy_candidates(name)
            for record in records:
                found.setdefault(_identity(record), Reading(record, "fuzzy"))
            if found:
                break
    return list(found.values())


def village_readings(
    places: Sequence[PlaceMention], readings: Mapping[str, Sequence[Reading]], gazetteer: Gazetteer
) -> dict[str, list[Reading]]:
    """Readings of villages below the population cut-off (the gazetteer's reserve) that lie in the
    first-level division a qualifier of the place names ("Larchmere, Iowa"). A village is no reading
    elsewhere, where a larger place of its name is far likelier; but the text says where this one
    lies. Only places whose readings gain are listed."""
    found: dict[str, list[Reading]] = {}
    for place in places:
        if not place.qualifiers or place.kind == "division":
            continue
        if any(r.record.feature_code in ("PCLI", "ADM1") for r in readings[place.key]):
            continue  # "Ohio, Indiana": a list of states
        states = {
            (r.country_code, r.admin1)
            for qualifier in place.qualifiers
            for r in gazetteer.candidates(qualifier)
            if r.feature_code == "ADM1" and r.admin1
        }
        known = {_identity(r.record) for r in readings[place.key]}
        for name in place.names if states else ():
            for record in gazetteer.reserve_candidates(name):
                if (record.country_code, record.admin1) not in states or _identity(record) in known:
                    continue
                if not _fits(place, record):
                    continue
                found.setdefault(place.key, []).append(Reading(record, _name_match(gazetteer, record, name)))
                known.add(_identity(record))
    return found


def local_names(places: list[PlaceMention]) -> list[PlaceMention]:
    """Every place of a name that one of its mentions writes as a local town (`PlaceMention.local`:
    "2 Kiln St., Quarry", "the Quarry City Council") is that town: "Quarry" alone (or "Quarry City")
    in the same story is the same place."""
    marked = {_town_name(place): (place.local, place.states) for place in places if place.local is not None}
    if not marked:
        return places
    return [
        replace(place, local=marked[name][0], states=marked[name][1])
        if place.local is None
        and (name := _town_name(place)) in marked
        and place.feature_classes is None
        and place.countries is None
        else place
        for place in places
    ]


def _town_name(place: PlaceMention) -> str:
    """A place's name without a word for a town in it ("quarry" for "Quarry City")."""
    bare, kind = strip_kind(alias_key(place.names[0]))
    return bare if kind == "settlement" else alias_key(place.names[0])


def local_readings(
    places: Sequence[PlaceMention], readings: Mapping[str, Sequence[Reading]], gazetteer: Gazetteer
) -> dict[str, list[Reading]]:
    """The readings of each place written as a local town of a country (`PlaceMention.local`) that
    lie in that country, where it has any: a town with an address, a legislator's home or a city
    council of its own is no country and no capital abroad. Where none of its readings is a town
    of that country, a village below the gazetteer's cut-off (its reserve) is one: the text says
    which country's it is, and the rest of the document which of them. Only places whose
    readings change are listed."""
    found: dict[str, list[Reading]] = {}
    for place in places:
        if place.local is None:
            continue
        inside = [r for r in readings[place.key] if r.record.country_code == place.local]
        if not any(r.record.feature_class == "P" for r in inside):
            known = {_identity(r.record) for r in inside}
            for name in place.names:
                for record in gazetteer.reserve_candidates(name):
                    if record.country_code == place.local and _fits(place, record) and _identity(record) not in known:
                        inside.append(Reading(record, _name_match(gazetteer, record, name)))
                        known.add(_identity(record))
        if inside and [r.record for r in inside] != [r.record for r in readings[place.key]]:
            found[place.key] = inside
    return found


def _fits(place: PlaceMention, record: GazetteerRecord) -> bool:
    """Whether a record is of a feature class and a country the place allows (if it limits them)."""
    if place.feature_classes is not None and record.feature_class not in place.feature_classes:
        return False
    return place.countries is None or record.country_code in place.countries


def _name_match(gazetteer: Gazetteer, record: GazetteerRecord, name: str) -> str:
    """How `name` matched the record: its own name, or one of its alternates."""
    return "name" if gazetteer.is_primary_name(record, name) else "alternate"


def _without_area_word(name: str) -> str:
    """The name after a word for a part of it ("Georgia" for "Northeast Georgia"); "" without one."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in division_words().area else ""


class FeatureWords(NamedTuple):
    after: frozenset[str]  # "river" in "Brindle River"
    qualifiers: frozenset[str]  # "state" in "Brindle State Park"
    before: frozenset[str]  # "lake" in "Lake Brindle"


@lru_cache(maxsize=1)
def feature_words() -> FeatureWords:
    """Words of natural features, parks and ports, from `data/geo/features.json`."""
    data = read_json(FEATURES_FILE)
    return FeatureWords(*(frozenset(data[kind]) for kind in FeatureWords._fields))


#: Words that join a feature word to its place ("Port of Quarry"), never a place's name alone.
_LINKS = frozenset({"of", "the"})


def feature_stem(name: str) -> str:
    """The place a feature's name holds ("hartwell" for "Lake Hartwell", "brindle" for "Brindle
    State Park", "quarry" for "Port of Quarry"); "" for a name without a feature word, or with
    nothing left beside it."""
    key = alias_key(name)
    words = (name_variants(key) or [key])[0].split()  # "Mt. Quarry": "mount quarry"
    kinds = feature_words()
    if len(words) < 2:
        return ""
    if words[-1] in kinds.after:
        rest = words[:-1]
        while len(rest) > 1 and rest[-1] in kinds.qualifiers:
            rest = rest[:-1]
        return " ".join(rest) if rest[-1] not in kinds.qualifiers and rest[-1] not in _LINKS else ""
    if words[0] in kinds.before:
        rest = words[1:]
        while len(rest) > 1 and rest[0] in _LINKS:
            rest = rest[1:]
        return " ".join(rest) if rest[0] not in _LINKS else ""
    return ""


#: Places large enough to have parts a text names by direction ("East Jerusalem", "Greater Boston").
REGION_MIN_POPULATION = 100_000


def _a_region(record: GazetteerRecord) -> bool:
    """A continent, country, division or large city: a place with parts ("Northern Illinois"), not a hamlet."""
    return record.feature_code in ("CONT", "PCLI", "ADM1", "ADM2") or record.population >= REGION_MIN_POPULATION


def _leading_place(name: str, gazetteer: Gazetteer) -> list[GazetteerRecord]:
    """Readings of the place a facility is named after: "Guernsey County" in "Guernsey County Courthouse".

    Only a leading name of at least two words, or one that ends with a division word, is
    taken: one word ("Washington" in "Washington Drive") says too little."""
    words = alias_key(name).split()
    for end in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:end])
        if end >= 2 or strip_kind(prefix)[1] == "division":
            found = gazetteer.candidates(prefix)
            if found:
                return found
    return []


def _identity(record: GazetteerRecord) -> tuple:
    return (record.geonameid, record.name, record.feature_code, record.country_code, record.admin1)


def named_after_a_town(division: GazetteerRecord, readings: Sequence[Reading]) -> bool:
    """A division that shares its name with a populated place inside it, or with its country's capital.

    Divisions are mostly named after their seat ("Kabul", "New York", "Aleppo"); a bare
    name then means the town, and the division only where the text says so."""
    if division.feature_class != "A" or division.feature_code not in ("ADM1", "ADM2"):
        return False
    return any(
        r.record.feature_class == "P"
        and r.match == "name"
        and r.record.country_code == division.country_code
        and (r.record.admin1 == division.admin1 or r.record.feature_code == "PPLC")
        for r in readings
    )


def prior_score(reading: Reading, place: PlaceMention, priors: Priors, readings: Sequence[Reading] = ()) -> float:
    """What a reading scores before the rest of the document is read."""
    record = reading.record
    score = priors.feature.get(record.feature_code, priors.other_feature)
    if place.kind != "division" and named_after_a_town(record, readings):
        score += priors.named_after_a_town
    score += priors.population_per_decade * math.log10(record.population + 1)
    score += priors.match[reading.match]
    if place.kind == "division" and record.feature_class == "A" and record.feature_code != "PCLI":
        score += priors.kind["division"]
    elif place.kind == "settlement" and record.feature_class == "P":
        score += priors.kind["settlement"]
    if place.local is not None and record.feature_class == "P" and record.country_code == place.local:
        score += priors.local_town + priors.local_state * next((share for state, share in place.states if state == record.admin1), 0.0)
    return score


def qualifier_score(record: GazetteerRecord, qualifiers: Iterable[GazetteerRecord], priors: Priors) -> float:
    """A reading inside the place a qualifier names ("Paris, Texas"; "Aleppo, Syria")."""
    best = 0.0
    for qualifier in qualifiers:
        if qualifier is record or not _within(record, qualifier):
            continue
        if qualifier.feature_code == "PCLI":
            best = max(best, priors.context["qualifier_country"])
        elif qualifier.feature_code == "ADM1":
            best = max(best, priors.context["qualifier_admin1"])
    return best


def context_score(
    record: GazetteerRecord,
    context: DocumentContext,
    priors: Priors,
    own: GazetteerRecord | None,
    weight: float,
    totals: tuple[float, float] | None = None,
) -> float:
    """A reading in the countries and divisions the rest of the document speaks of; `totals` are
    the sums of the context's country and division weights, where the caller read them once
    for all of a place's readings."""
    weights = priors.context
    country_total, admin1_total = (None, None) if totals is None else totals
    score = weights["document_country"] * math.sqrt(
        context.country_share(record.country_code, own, weight, country_total)
    )
    if record.admin1:
        share = context.admin1_share((record.country_code, record.admin1), own, weight, admin1_total)
        score += weights["document_admin1"] * math.sqrt(share)
    score += weights["actor_country"] * context.actor_countries.get(record.country_code, 0.0)
    score += weights["institution_country"] * context.institution_countries.get(record.country_code, 0.0)
    dateline = context.dateline
    if dateline is not None and dateline is not own and dateline.country_code == record.country_code:
        score += weights["dateline_country"] * context.dateline_weight
        if dateline.admin1 and dateline.admin1 == record.admin1 and dateline.feature_code != "PCLI":
            score += weights["dateline_admin1"] * context.dateline_weight
    return score


def shared_divisions(readings: Mapping[str, Sequence[Reading]]) -> dict[tuple[str, str], int]:
    """For each first-level division, how many places have a reading inside it (or are it)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for place_readings in readings.values():
        for key in {_division_of(r.record) for r in place_readings} - {None}:
            counts[key] += 1  # type: ignore[index]
    return counts


def _division_of(record: GazetteerRecord) -> tuple[str, str] | None:
    if record.feature_code == "PCLI" or not record.admin1 or not record.country_code:
        return None
    return (record.country_code, record.admin1)


def division_rarity(gazetteer: Gazetteer, key: tuple[str, str]) -> float:
    """How little of its country a first-level division holds (1 - its share of the population).

    Many names have a reading somewhere in a division that holds most of its country
    (England), so sharing it says little; sharing a small state says much."""
    country = gazetteer.country(key[0])
    division = gazetteer.first_division(*key)
    if country is None or division is None or country.population <= 0:
        return 1.0
    return max(0.0, 1.0 - division.population / country.population)


def shared_division_score(
    record: GazetteerRecord,
    shared: Mapping[tuple[str, str], int],
    places: int,
    own: frozenset,
    rarity: Mapping[tuple[str, str], float],
    priors: Priors,
) -> float:
    """A reading in a division that the other places' names could also lie in, by their share of the places."""
    key = _division_of(record)
    if key is None or places < 2:
        return 0.0
    others = shared.get(key, 0) - (1 if key in own else 0)
    if others < 2:  # one other name is a coincidence of common names, not a region
        return 0.0
    return priors.context["shared_admin1"] * rarity.get(key, 1.0) * others / (places - 1)


def softmax(scores: list[float], temperature: float) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / temperature) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def choose(readings: list[Reading], scores: list[float], priors: Priors) -> Resolution:
    """The best reading, with its share of the softmax over all readings and "none of them" (`no_reading`)."""
    if not readings:
        return Resolution(None, 0.0)
    confidences = softmax([*scores, priors.no_reading], priors.softmax_temperature)[:-1]
    best = max(range(len(readings)), key=lambda i: (confidences[i], readings[i].record.population))
    scored = tuple(Reading(r.record, r.match, s) for r, s in zip(readings, scores, strict=True))
    confidence = round(confidences[best], 3)
    if confidence < priors.min_confidence:
        return Resolution(None, confidence, scored)
    return Resolution(readings[best].record, confidence, scored)


def by_population(readings: list[Reading]) -> GazetteerRecord | None:
    """The plain alternative: the most populous reading, whatever the document says."""
    return max(readings, key=lambda r: r.record.population).record if readings else None


def resolve_places(
    places: list[PlaceMention],
    gazetteer: Gazetteer,
    actor_countries: Mapping[str, float] | None = None,
    priors: Priors | None = None,
    institution_countries: Mapping[str, float] | None = None,
    villages: Mapping[str, Sequence[Reading]] | None = None,
) -> dict[str, Resolution]:
    """A Resolution per place key (see the module docstring); `actor_countries` and
    `institution_countries` give each country's share of the document's actors and of its
    institutions' words (`geo.institutions`); `villages` are readings below the gazetteer's
    cut-off to weigh beside each place's own (`nearby_villages`)."""
    priors = priors or load_priors()
    given = places
    places = local_names(short_division_names(places))
    readings = {place.key: readings_of(place, gazetteer) for place in places}
    readings.update(local_readings(places, readings, gazetteer))
    for key, found in village_readings(places, readings, gazetteer).items():
        readings[key] = [*readings[key], *found]
    for key, drawn in (villages or {}).items():
        readings[key] = [*readings[key], *drawn]
    # a feature read as the place its name holds ("Lake Hartwell") is a guess: it draws no other place
    guesses = {key for key, found in readings.items() if found and all(r.match == "feature" for r in found)}
    places = [replace(place, weight=0) if place.key in guesses else place for place in places]
    prior = {
        place.key: [prior_score(r, place, priors, readings[place.key]) for r in readings[place.key]] for place in places
    }
    for key, pulls in county_town_pulls(places, readings, priors).items():
        prior[key] = [s + pull for s, pull in zip(prior[key], pulls, strict=True)]
    by_name = {alias_key(place.names[0]): place.key for place in places}

    # first pass: priors and qualifiers only
    first: dict[str, Resolution] = {}
    for place in places:
        scores = list(prior[place.key])
        first[place.key] = choose(readings[place.key], scores, priors)
    qualifier_records = {
        place.key: [r for q in place.qualifiers if (r := _qualifier_record(q, by_name, first, gazetteer)) is not None]
        for place in places
    }
    for place in places:
        if qualifier_records[place.key]:
            scores = [
                s + qualifier_score(r.record, qualifier_records[place.key], priors)
                for r, s in zip(readings[place.key], prior[place.key], strict=True)
            ]
            first[place.key] = choose(readings[place.key], scores, priors)

    # the rest of the document, read again from each round's readings until they hold
    # (places of one story lie close together: a reading that moved can move its neighbours)
    names = one_division_names(places)
    # a country's or a state's own name means that region, wherever its neighbours lie: it
    # neither takes nor gives the pull of a shared division
    regions = {
        place.key
        for place in places
        if any(r.record.feature_code in ("PCLI", "ADM1") and r.match == "name" for r in readings[place.key])
    }
    local: dict[str, list[Reading]] = {}
    for place in places:
        if place.key not in regions and place.key not in guesses:
            local.setdefault(names[place.key], readings[place.key])
    shared = shared_divisions(local)
    for key, pulls in nearby_name_pulls(places, readings, names, regions, local, priors).items():
        prior[key] = [s + pull for s, pull in zip(prior[key], pulls, strict=True)]
    rarity = {key: division_rarity(gazetteer, key) for key, count in shared.items() if count >= 2}
    # what the rounds add that no round's readings change: the qualifiers, and the divisions the names share
    fixed = {
        place.key: [
            s + qualifier_score(r.record, qualifier_records[place.key], priors)
            for r, s in zip(readings[place.key], prior[place.key], strict=True)
        ]
        for place in places
    }
    spread: dict[str, list[float]] = {}
    for place in places:
        own_divisions = frozenset(_division_of(r.record) for r in readings[place.key]) - {None}
        spread[place.key] = [
            0.0
            if place.key in regions
            else shared_division_score(r.record, shared, len(local), own_divisions, rarity, priors)
            for r in readings[place.key]
        ]
    document = _Document(
        places,
        readings,
        prior,
        fixed,
        spread,
        names,
        regions,
        shared,
        rarity,
        priors,
        actor_countries or {},
        institution_countries or {},
    )
    final = _settle(document, first)
    best = _coherence(document, final)
    for start in _division_starts(document, first):
        settled = _settle(document, start)
        if (coherence := _coherence(document, settled)) > best + priors.joint_margin:
            final, best = settled, coherence
    if villages is None and priors.village_km > 0.0:
        near = nearby_villages(places, readings, final, gazetteer, priors.village_km)
        if near:  # read again with them: a village drawn in can draw its neighbours
            return resolve_places(given, gazetteer, actor_countries, priors, institution_countries, near)
    final = within_qualifiers(places, final, qualifier_records, priors.min_confidence)
    return places_named_within(places, one_reading_per_name(places, final))


def nearby_villages(
    places: Sequence[PlaceMention],
    readings: Mapping[str, Sequence[Reading]],
    resolutions: Mapping[str, Resolution],
    gazetteer: Gazetteer,
    reach_km: float,
) -> dict[str, list[Reading]]:
    """Villages below the gazetteer's cut-off (its reserve) that bear a place's name and lie within
    `reach_km` of another place of the document as it was read (a town or a county, not a
    country or a state): a local story names the hamlet down the road, not its larger namesake
    three states away. A place with no reading at all ("the Quarry H.S.", "Brindle-Marrow
    County") also gets, as a "part" reading, a town or village its first word names that lies as
    near: one word alone says too little ("Washington Drive") unless the story's places stand
    beside it. Only places with such a reading are listed."""
    anchors = [
        (place.key, record)
        for place in places
        if (record := resolutions[place.key].record) is not None and record.feature_code not in WIDE_CODES
    ]
    if not anchors:
        return {}
    found: dict[str, list[Reading]] = {}
    for place in places:
        if place.kind == "division" or place.feature_classes is not None or place.countries is not None:
            continue
        known = {_identity(r.record) for r in readings[place.key]}
        looked: list[tuple[str, list[GazetteerRecord], str | None]] = [
            (name, gazetteer.reserve_candidates(name), None) for name in place.names
        ]
        if not readings[place.key]:  # "the Quarry H.S.": the place its first word names, where it lies near
            looked += [
                (lead, gazetteer.candidates(lead) + gazetteer.reserve_candidates(lead), "part")
                for lead in _leads(place.names)
            ]
        for name, records, how in looked:
            for record in records:
                if _identity(record) in known or record.feature_code in WIDE_CODES:
                    continue
                if any(key != place.key and km_between(record, anchor) <= reach_km for key, anchor in anchors):
                    match = how or _name_match(gazetteer, record, name)
                    found.setdefault(place.key, []).append(Reading(record, match))
                    known.add(_identity(record))
    return found


#: Where a name's first word ends: a space or a hyphen ("Brindle-Marrow County").
_FIRST_WORD = re.compile(r"[\s-]")


def _leads(names: Sequence[str]) -> list[str]:
    """The first word of each name of two words or more ("Quarry" in "Quarry H.S.", "Brindle" in
    "Brindle-Marrow County"), where it is capitalised, longer than an initial and no word for a
    part of a place ("North" in "North Atlantic"); never of a road's name, which is no part of the
    place it is named after ("Quarry Drive")."""
    words = division_words()
    area = words.area
    found = []
    for name in names:
        key = alias_key(name).split()
        if key and key[-1] in words.thoroughfare:
            continue
        parts = _FIRST_WORD.split(name.strip(), maxsplit=1)
        if len(parts) == 2 and parts[0][:1].isupper() and len(parts[0]) > 2 and parts[0].lower() not in area:
            found.append(parts[0])
    return list(dict.fromkeys(found))


def _settle(document: _Document, start: Mapping[str, Resolution]) -> dict[str, Resolution]:
    """The readings the document settles on from `start`, read again round after round until none
    changes (at most `context_rounds` times)."""
    final = current = dict(start)
    for _ in range(document.priors.context_rounds):
        final = _context_round(document, current)
        if all(_same(final[key].record, current[key].record) for key in final):
            break
        current = final
    return final


def _coherence(document: _Document, resolutions: Mapping[str, Resolution]) -> float:
    """How well a set of readings holds together: the sum over places of the best reading's score
    (its prior plus what the other places, as read, say for it), each place by its mentions."""
    return sum(
        max(r.score for r in resolutions[place.key].readings) * place.weight
        for place in document.places
        if resolutions[place.key].readings
    )


def _division_starts(document: _Document, first: Mapping[str, Resolution]) -> list[dict[str, Resolution]]:
    """Other readings to start the rounds from: for each of the first-level divisions that most
    of the document's names could lie in (at most `joint_starts`), every place with a reading
    there read there (its best such reading by its prior), the others as first read. The rounds
    fix the surest place first and draw the rest after it; a story's places read together in
    another state can hold together better than the ones the surest name drew."""
    priors = document.priors
    ranked = sorted(
        (key for key, count in document.shared.items() if count >= 2),
        key=lambda key: (-document.shared[key] * document.rarity.get(key, 1.0), key),
    )
    starts = []
    for division in ranked[: priors.joint_starts]:
        start = dict(first)
        for place in document.places:
            if place.key in document.regions:
                continue
            inside = [
                (score, reading)
                for reading, score in zip(document.readings[place.key], document.prior[place.key], strict=True)
                if _division_of(reading.record) == division
            ]
            if inside:
                reading = max(inside, key=lambda pair: pair[0])[1]
                start[place.key] = Resolution(reading.record, 1.0, first[place.key].readings)
        starts.append(start)
    return starts


def county_town_pulls(
    places: Sequence[PlaceMention], readings: Mapping[str, Sequence[Reading]], priors: Priors
) -> dict[str, list[float]]:
    """What a town's and a county's readings gain where they lie together: a town within
    `county_town_km` of a second-level division the document names, in the same state, and
    that division. A local story names a town beside its county ("Athens" and "Clarke
    County"); a town bearing the county's own name is no second witness. Only places whose
    readings gain are listed."""
    counties: dict[tuple[str, str], list[tuple[GazetteerRecord, str, str, int]]] = defaultdict(list)
    towns: list[tuple[PlaceMention, str]] = []
    for place in places:
        bare, kind = strip_kind(alias_key(place.names[0]))
        if kind == "division" or place.kind == "division":
            for i, reading in enumerate(readings[place.key]):
                record = reading.record
                if record.feature_code == "ADM2" and record.admin1:
                    counties[(record.country_code, record.admin1)].append((record, place.key, bare, i))
        elif kind is None:
            towns.append((place, bare))
    if not counties:
        return {}
    pulls: dict[str, list[float]] = {}
    pulled: set[tuple[str, int]] = set()  # (the county place's key, its reading's index) that a town lies in
    for place, name in towns:
        for i, reading in enumerate(readings[place.key]):
            record = reading.record
            if record.feature_class != "P" or not record.admin1:
                continue
            for county, county_key, bare, at in counties.get((record.country_code, record.admin1), ()):
                if bare == name or county_key == place.key:
                    continue
                if km_between(record, county) <= priors.county_town_km:
                    pulls.setdefault(place.key, [0.0] * len(readings[place.key]))[i] = priors.county_town
                    pulled.add((county_key, at))
    for county_key, i in pulled:
        pulls.setdefault(county_key, [0.0] * len(readings[county_key]))[i] = priors.county_town
    return pulls


def nearby_name_pulls(
    places: Sequence[PlaceMention],
    readings: Mapping[str, Sequence[Reading]],
    names: Mapping[str, str],
    regions: set[str],
    local: Mapping[str, Sequence[Reading]],
    priors: Priors,
) -> dict[str, list[float]]:
    """What a point reading gains where the document's other names could lie close to it:
    `nearby_names` times the share of the other names with a reading of their own name near
    it (each counted by its nearest, falling off over `nearby_names_km`; an alternate name,
    often a former name of a hamlet, does not count). Many names have a reading in many
    states ("Albany", "Brandon" and "Douglas County" each in a dozen), but few sets of them
    lie within a county of each other: the smallest spread of the document's places is its
    likeliest setting. Countries, states and the places named by them neither gain nor give."""
    if priors.nearby_names <= 0.0 or len(local) < 2:
        return {}
    reach = 3.0 * priors.nearby_names_km
    cell = max(reach / 111.0, 0.1)  # degrees of latitude: the neighbours of a point lie in the 3 x 3 cells around it
    grids: dict[str, dict[tuple[int, int], list[GazetteerRecord]]] = {}
    for name, found in local.items():
        grid: dict[tuple[int, int], list[GazetteerRecord]] = defaultdict(list)
        for reading in found:
            if reading.record.feature_code not in WIDE_CODES and reading.match == "name":
                grid[_cell(reading.record, cell)].append(reading.record)
        grids[name] = grid
    pulls: dict[str, list[float]] = {}
    for place in places:
        if place.key in regions:
            continue
        gains = []
        for reading in readings[place.key]:
            record = reading.record
            if record.feature_code in WIDE_CODES:
                gains.append(0.0)
                continue
            row, column = _cell(record, cell)
            near = 0.0
            for name, grid in grids.items():
                if name == names[place.key]:
                    continue
                closest = min(
                    (
                        km_between(record, other)
                        for dr in (-1, 0, 1)
                        for dc in (-1, 0, 1)
                        for other in grid.get((row + dr, column + dc), ())
                        if other.geonameid != record.geonameid
                    ),
                    default=math.inf,
                )
                if closest <= reach:
                    near += math.exp(-closest / priors.nearby_names_km)
            gains.append(priors.nearby_names * near / (len(local) - 1))
        if any(gains):
            pulls[place.key] = gains
    return pulls


def _cell(record: GazetteerRecord, size: float) -> tuple[int, int]:
    """The grid cell of a record's point: `size` degrees of latitude, and as many km of longitude at
    45° (wider in km nearer the equator; further north a neighbour just past the cells around a
    point can be missed)."""
    return (math.floor(record.latitude / size), math.floor(record.longitude * 0.7 / size))


#: The earth's mean radius, for distances between readings.
EARTH_RADIUS_KM = 6371.0


def km_between(one: GazetteerRecord, other: GazetteerRecord) -> float:
    """The great-circle distance between two records' points."""
    lat1, lat2 = math.radians(one.latitude), math.radians(other.latitude)
    half = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        math.radians(other.longitude - one.longitude) / 2
    ) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half)))


def short_division_names(places: list[PlaceMention]) -> list[PlaceMention]:
    """A bare name that a division of the same document bears with its kind word is that
    division's short form ("DeKalb" after "DeKalb County", "Kanawha" beside "Kanawha
    County"): it is read as a division, not as a town that shares the name."""
    divisions = set()
    for place in places:
        bare, kind = strip_kind(alias_key(place.names[0]))
        if kind == "division":
            divisions.add(bare)
    if not divisions:
        return places
    return [replace(place, kind="division") if _bare(place) in divisions else place for place in places]


def one_division_names(places: Sequence[PlaceMention]) -> dict[str, str]:
    """Each place's name, for the rounds to tell which places are one: a division named with its
    kind word and by its short form ("Laurens County" and "Laurens", read as a division) is one
    place under two names, and one witness of where the story lies, not two that agree."""
    names = {place.key: alias_key(place.names[0]) for place in places}
    short = {names[place.key] for place in places if place.kind == "division"}
    for place in places:
        bare, kind = strip_kind(names[place.key])
        if kind == "division" and bare in short:
            names[place.key] = bare
    return names


def _bare(place: PlaceMention) -> str | None:
    """The place's name where it has no kind word beside it or in it ("DeKalb"), else None."""
    key = alias_key(place.names[0])
    return key if place.kind is None and strip_kind(key)[1] is None else None


def _same(one: GazetteerRecord | None, other: GazetteerRecord | None) -> bool:
    return (one is None and other is None) or (
        one is not None and other is not None and _identity(one) == _identity(other)
    )


@dataclass(frozen=True, slots=True)
class _Document:
    """What stays the same from one round of reading a document to the next."""

    places: list[PlaceMention]
    readings: Mapping[str, list[Reading]]
    prior: Mapping[str, list[float]]
    fixed: Mapping[str, list[float]]  # each reading's prior plus what the place's qualifiers add
    spread: Mapping[str, list[float]]  # what each reading gains from the divisions the other names share
    names: Mapping[str, str]
    regions: set[str]  # places named as a country or a state, outside the pull of shared divisions
    shared: Mapping[tuple[str, str], int]
    rarity: Mapping[tuple[str, str], float]
    priors: Priors
    actor_countries: Mapping[str, float]
    institution_countries: Mapping[str, float]
    #: `closeness` of a reading's record to an anchor's, by their ids: each round meets most pairs again
    near: dict[int, dict[int, float]] = field(default_factory=dict)


def _context_round(document: _Document, current: Mapping[str, Resolution]) -> dict[str, Resolution]:
    """Each place scored again with the countries and divisions the other places' readings
    fall in, one place after another, each against the newest readings of the others (read
    all at once, a county and a town that could share a state swap states round after
    round): the surest first, and the places named by a country's or a state's own name
    last, so the towns read the region as it stands before it reads them; places of one
    name ("Dublin" and "the Dublin Arts Council") neither count twice nor pull each other."""
    places, readings, names, priors = document.places, document.readings, document.names, document.priors
    context = DocumentContext(
        actor_countries=dict(document.actor_countries), institution_countries=dict(document.institution_countries)
    )
    same_name: dict[tuple, float] = defaultdict(float)
    newest = dict(current)
    for place in places:
        _count(context, same_name, names[place.key], newest[place.key], place.weight, 1.0)
    dateline = next((place.key for place in places if place.dateline and newest[place.key].record), None)
    for place in sorted(places, key=lambda p: (p.key in document.regions, -current[p.key].confidence)):
        own = newest[place.key].record
        if dateline is not None:  # the dateline's namesakes ("Hamilton ... HAMILTON —") are the one place
            context.dateline = None if names[place.key] == names[dateline] else newest[dateline].record
            context.dateline_weight = newest[dateline].confidence
        weight = same_name[(names[place.key], _identity(own))] if own is not None else 0.0
        totals = (sum(context.countries.values()), sum(context.admin1.values()))  # the same for each reading
        anchors = _anchors(places, newest, names, names[place.key])
        scores = [
            s
            + context_score(r.record, context, priors, own, weight, totals)
            + neighbour_score(r.record, anchors, priors, document.near)
            + spread
            for r, s, spread in zip(
                readings[place.key], document.fixed[place.key], document.spread[place.key], strict=True
            )
        ]
        resolution = choose(readings[place.key], scores, priors)
        _count(context, same_name, names[place.key], newest[place.key], place.weight, -1.0)
        _count(context, same_name, names[place.key], resolution, place.weight, 1.0)
        newest[place.key] = resolution
    return newest


#: Records whose point stands for a whole region, too wide to say where its neighbours lie.
WIDE_CODES = frozenset({"CONT", "PCLI", "ADM1", "RGN", "AREA"})


def _anchors(
    places: Sequence[PlaceMention], newest: Mapping[str, Resolution], names: Mapping[str, str], name: str
) -> list[tuple[GazetteerRecord, float]]:
    """The other places' current readings that are points (towns, counties, features, not
    countries or states), each with its confidence; one per record, the surest. A place that
    draws no other (weight 0: a feature read as the town its name holds) is no anchor. Surest
    first, so that `neighbour_score` passes over the rest once one is near."""
    found: dict[tuple, tuple[GazetteerRecord, float]] = {}
    for place in places:
        resolution = newest[place.key]
        record = resolution.record
        if record is None or place.weight <= 0 or names[place.key] == name or record.feature_code in WIDE_CODES:
            continue
        key = _identity(record)
        if key not in found or found[key][1] < resolution.confidence:
            found[key] = (record, resolution.confidence)
    return sorted(found.values(), key=lambda anchor: -anchor[1])


def neighbour_score(
    record: GazetteerRecord,
    anchors: Sequence[tuple[GazetteerRecord, float]],
    priors: Priors,
    near: dict[int, dict[int, float]] | None = None,
) -> float:
    """A reading close to another place of the document in another first-level division, as
    the other is read (and as sure): the places of one story lie near each other, across a
    state line too ("Moscow" beside "Pullman"), where the document's share of each state
    (`context_score`) sees no tie. Falls off with the distance (`neighbour_km`). `near` keeps
    each pair's `closeness` by the records' ids (the reading's, then the anchor's) for a caller
    that holds the records: the rounds of one document meet the same pairs again and again."""
    if not anchors or record.feature_code in WIDE_CODES or priors.neighbour <= 0.0:
        return 0.0
    known = None if near is None else near.setdefault(id(record), {})
    best = 0.0
    for anchor, confidence in anchors:
        if confidence <= best:  # no closer than itself: an anchor no surer than the best so far cannot beat it
            continue
        if known is None:
            factor = closeness(record, anchor, priors)
        elif (kept := known.get(id(anchor))) is None:
            factor = known[id(anchor)] = closeness(record, anchor, priors)
        else:
            factor = kept
        if factor and confidence * factor > best:
            best = confidence * factor
    return priors.neighbour * best


def closeness(record: GazetteerRecord, anchor: GazetteerRecord, priors: Priors) -> float:
    """What an anchor's confidence is multiplied by in `neighbour_score`: exp(-d / `neighbour_km`)
    for its distance d in km; 0 where it lies in the reading's own first-level division or more
    than five times `neighbour_km` north or south of it."""
    if abs(anchor.latitude - record.latitude) > 5.0 * priors.neighbour_km / 111.0:
        return 0.0
    if _division_of(anchor) == _division_of(record):
        return 0.0
    return math.exp(-km_between(record, anchor) / priors.neighbour_km)


def _count(
    context: DocumentContext, same_name: dict[tuple, float], name: str, resolution: Resolution, mentions: int, sign: float
) -> None:
    """Add (`sign` 1) or take away (-1) a place's reading from the document's countries and divisions."""
    record = resolution.record
    if record is None:
        return
    weight = sign * resolution.confidence * mentions
    same_name[(name, _identity(record))] += weight
    if record.country_code:
        context.countries[record.country_code] += weight
    if record.admin1 and record.feature_code != "PCLI":
        context.admin1[(record.country_code, record.admin1)] += weight


def one_reading_per_name(places: list[PlaceMention], resolutions: dict[str, Resolution]) -> dict[str, Resolution]:
    """Places of one name take the reading the document is surest of."""
    surest: dict[str, Resolution] = {}
    for place in places:
        name = alias_key(place.names[0])
        resolution = resolutions[place.key]
        if name not in surest or resolution.confidence > surest[name].confidence:
            surest[name] = resolution
    return {place.key: surest[alias_key(place.names[0])] for place in places}


def within_qualifiers(
    places: list[PlaceMention],
    resolutions: dict[str, Resolution],
    qualifiers: Mapping[str, list[GazetteerRecord]],
    min_confidence: float,
) -> dict[str, Resolution]:
    """A town whose qualifier names the state it lies in ("Grantville, Pennsylvania") but that
    has no reading there (a town too small for the gazetteer) is placed at that state, not at a
    namesake elsewhere or nowhere: the text says where it is (with at least `min_confidence`)."""
    found = dict(resolutions)
    for place in places:
        inside = [q for q in qualifiers.get(place.key) or () if q.feature_code == "ADM1"]
        record = resolutions[place.key].record
        if not inside or (record is not None and (record.feature_class != "P" or any(_within(record, q) for q in inside))):
            continue
        if any(r.record.feature_class == "A" for r in resolutions[place.key].readings):
            continue  # a division's or a country's name: "Ohio, Indiana" is a list
        if any(_within(r.record, q) for r in resolutions[place.key].readings for q in inside):
            continue  # a reading there lost to the rest of the document: the document's choice stands
        resolution = resolutions[place.key]
        found[place.key] = Resolution(inside[0], max(resolution.confidence, min_confidence), resolution.readings)
    return found


def _within(record: GazetteerRecord, region: GazetteerRecord) -> bool:
    """True when `record` lies in (or is) the country or first-level division `region`."""
    if record.country_code != region.country_code:
        return False
    return region.feature_code == "PCLI" or record.admin1 == region.admin1


#: How a name matches when only a facility's leading words or a near spelling found it: weaker
#: than the name of a place the story itself names inside it.
WEAK_MATCHES = frozenset({"part", "fuzzy"})


def places_named_within(places: list[PlaceMention], resolutions: dict[str, Resolution]) -> dict[str, Resolution]:
    """A place left without a reading, or read only through its leading words or a near
    spelling (`WEAK_MATCHES`), whose name holds the name of another place of the document
    takes that place's reading: "the Cottonport Fire Station" or "Historic Dublin" in a story
    that names Cottonport or Dublin lies there (the longest such name wins). A
    road is no part of the place it is named after ("Goshen Road"), and words for a part of
    a place ("North", "Central") name none by themselves."""
    read: dict[str, Resolution] = {}
    for place in places:
        resolution = resolutions[place.key]
        if resolution.record is None:
            continue
        for name in place.names:
            key = alias_key(name)
            if key and (key not in read or resolution.confidence > read[key].confidence):
                read[key] = resolution
    if not read:
        return resolutions
    words_of = division_words()
    found = dict(resolutions)
    for place in places:
        words = alias_key(place.names[0]).split()
        resolution = resolutions[place.key]
        weak = all(r.match in WEAK_MATCHES for r in resolution.readings)
        if (resolution.record is not None and not weak) or not words or words[-1] in words_of.thoroughfare:
            continue
        spans = (
            words[start : start + length]
            for length in range(len(words) - 1, 0, -1)
            for start in range(len(words) - length + 1)
        )
        inner = next(
            (read[" ".join(span)] for span in spans if " ".join(span) in read and not set(span) <= words_of.area),
            None,
        )
        if inner is not None:
            found[place.key] = inner
    return found


def _qualifier_record(
    name: str, by_name: Mapping[str, str], first: Mapping[str, Resolution], gazetteer: Gazetteer
) -> GazetteerRecord | None:
    """The country or first-level division a qualifier names: as the document read it, else its best such reading."""
    key = by_name.get(alias_key(name))
    if key is not None and (record := first[key].record) is not None and record.feature_code in ("PCLI", "ADM1"):
        return record
    divisions = [r for r in gazetteer.candidates(name) if r.feature_code in ("PCLI", "ADM1")]
    return max(divisions, key=lambda r: (r.feature_code == "PCLI", r.population)) if divisions else None
