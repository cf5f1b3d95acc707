"""The `geocode` stage: every place entity resolved offline to a GeoNames record.

Runs after `aliases`. Each entity of type GPE, LOC or FAC gets ``place`` (see
`annotations.PLACE_FIELDS`) or None when no reading is credible. The reading is chosen
by `geo.disambiguate` from what this adapter gathers on the Doc: each place's names
(for a knowledge-base actor its canonical name: "Washington" acting for the United
States is the country), the qualifier written after it ("Paris, Texas"), a kind word
beside it ("Aleppo province", "the city of Aleppo"), the dateline, and the countries of
the knowledge-base actors the document names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import EntityRecord, entities_of, set_entities, warn
from ..geo.disambiguate import PlaceMention, resolve_places
from ..geo.gazetteer import DEFAULT_MIN_POPULATION, SHIPPED_CUTOFFS, Gazetteer, division_words, load_gazetteer
from ..kb import KnowledgeBase, load_knowledge_base

#: Entity types that name a place.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: GeoNames feature classes a knowledge-base region (a LOC actor of no country: "Middle East", "Sahel") can be:
#: areas and continents, water, terrain; never a town or a division that shares its name.
REGION_CLASSES = frozenset({"L", "H", "T"})
_QUALIFIER_GAP = re.compile(r"\s*,\s*|\s*\(\s*")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_PREVIOUS_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


class Geocoder:
    """Gives each place entity its GeoNames record; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geocode",
        min_population: int = DEFAULT_MIN_POPULATION,
        places_file: str | None = None,
        admin1_file: str | None = None,
    ) -> None:
        if places_file is None and min_population not in SHIPPED_CUTOFFS:
            raise ValueError(f"geocode: min_population must be one of {SHIPPED_CUTOFFS}, not {min_population!r}")
        for path in (places_file, admin1_file):
            if path is not None and not Path(path).is_file():
                raise FileNotFoundError(f"geocode: {path}: no such GeoNames file")
        self.nlp = nlp
        self.name = name
        self.min_population = min_population
        self.places_file = places_file
        self.admin1_file = admin1_file

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """Loaded on first use, once per process for the same source."""
        return load_gazetteer(self.min_population, self.places_file, self.admin1_file)

    @cached_property
    def knowledge_base(self) -> KnowledgeBase:
        return load_knowledge_base()

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._geocode(doc)
        except Exception as err:  # a stage never stops extraction
            warn(doc, f"geocode: places left unresolved after an error: {type(err).__name__}: {err}")
        return doc

    def _geocode(self, doc: Doc) -> None:
        records = entities_of(doc)
        places, mentions = self.place_mentions(doc)
        if not places:
            return
        resolutions = resolve_places(mentions, self.gazetteer, self.actor_countries(records))
        for record in places:
            resolution = resolutions[record.id]
            if resolution.record is not None:
                record.place = (*resolution.record, resolution.confidence)
        set_entities(doc, records)

    def place_mentions(self, doc: Doc) -> tuple[list[EntityRecord], list[PlaceMention]]:
        """The place entities of `doc` and what the text says of each, for `geo.disambiguate`."""
        places = [r for r in entities_of(doc) if r.type in PLACE_TYPES and r.mentions]
        return places, self.place_mentions_of(places, doc.text)

    def place_mentions_of(self, places: list[EntityRecord], text: str) -> list[PlaceMention]:
        """What `text` says of each of these place entities."""
        starts = {m.start: (r, m.end) for r in places for m in r.mentions}
        return [self._place_mention(record, text, starts) for record in places]

    def _place_mention(self, record: EntityRecord, text: str, starts: dict) -> PlaceMention:
        surfaces = [text[m.start : m.end] for m in record.mentions]
        names = [record.name]
        actor = self.knowledge_base.actors.get(record.id)
        if actor is not None and all(self._names_actor(surface, record.id) for surface in surfaces):
            names.extend(actor.aliases)  # the text named this actor: its names, not a town that shares one
        else:
            names.extend(surfaces)
        region = actor is not None and actor.type == "LOC" and actor.country is None
        qualifiers: list[str] = []
        kinds: Counter[str] = Counter()
        words = division_words()
        for mention in record.mentions:
            gap = _QUALIFIER_GAP.match(text, mention.end)
            if gap and gap.end() in starts and starts[gap.end()][0] is not record:
                qualifiers.append(text[gap.end() : starts[gap.end()][1]])
            following = _NEXT_WORD.match(text, mention.end)
            preceding = _PREVIOUS_OF.search(text, max(0, mention.start - 40), mention.start)
            for word in (following.group(1) if following else None, preceding.group(1) if preceding else None):
                if word and word.lower() in words.division:
                    kinds["division"] += 1
                elif word and word.lower() in words.settlement:
                    kinds["settlement"] += 1
        return PlaceMention(
            key=record.id,
            names=tuple(dict.fromkeys(names)),
            qualifiers=tuple(dict.fromkeys(qualifiers)),
            kind=kinds.most_common(1)[0][0] if kinds else None,
            dateline=any(m.dateline for m in record.mentions),
            weight=len(record.mentions),
            feature_classes=REGION_CLASSES if region else None,
        )

    def _names_actor(self, surface: str, actor_id: str) -> bool:
        """True when the knowledge base has `surface` as a name of the actor (or of a capital standing for it)."""
        entry = self.knowledge_base.lookup(surface)
        if entry is None:
            return False
        return entry.actor_id == actor_id or self.knowledge_base.actors[entry.actor_id].metonym_for == actor_id

    def actor_countries(self, records: list[EntityRecord]) -> dict[str, float]:
        """Share of the document's knowledge-base actors (not places) tied to each country."""
        kb = self.knowledge_base
        codes: Counter[str] = Counter()
        for record in records:
            actor = kb.actors.get(record.id)
            if actor is None or record.type in PLACE_TYPES or actor.country is None:
                continue
            country = kb.actors.get(actor.country)
            found = [c for c in self.gazetteer.candidates(country.name) if c.feature_code == "PCLI"] if country else []
            if found:
                codes[found[0].country_code] += len(record.mentions)
        total = sum(codes.values())
        return {code: count / total for code, count in codes.items()} if total else {}


@Language.factory(
    "geonews_geocode",
    default_config={"min_population": DEFAULT_MIN_POPULATION, "places_file": None, "admin1_file": None},
)
def make_geocode(nlp: Language, name: str, min_population: int, places_file: Any, admin1_file: Any) -> Geocoder:
    return Geocoder(nlp, name, min_population, places_file, admin1_file)
