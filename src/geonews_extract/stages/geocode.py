"""The `geocode` stage: every place entity resolved offline to a GeoNames record.

Runs after `aliases`. Each entity of type GPE, LOC or FAC gets ``place`` (see
`annotations.PLACE_FIELDS`) or None when no reading is credible. The reading is chosen
by `geo.disambiguate` from what this adapter gathers on the Doc: each place's names
(for a knowledge-base actor its canonical name: "Washington" acting for the United
States is the country), the qualifier written after it ("Paris, Texas"), a kind word
beside it ("Aleppo province", "the city of Aleppo"), the dateline, and the countries of
the knowledge-base actors the document names.

With ``find_missed`` (on by default) it first adds the places the NER model missed: a
gazetteer name that no entity covers and that the words around it make a place ("Roselle
police", "in Grand Prairie", "TORRINGTON --"), see `geo.recall`.

With ``named_places`` (on by default) an organisation whose name holds a place ("the
Alexandria Police Department", "University of Georgia", see `geo.named_places`; a
nationality the knowledge base gives a country stands for it: "the Latvian Interior
Ministry") keeps its
span and type; its mentions get ``place_part`` (where the place's name stands) and the
entity ``named_place`` (that place's reading, chosen with the document's other places).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import EntityRecord, MentionRecord, entities_of, local_entity, set_entities, text_of, warn
from ..geo.disambiguate import PlaceMention, Resolution, resolve_places
from ..geo.gazetteer import (
    DEFAULT_MIN_POPULATION,
    SHIPPED_CUTOFFS,
    Gazetteer,
    GazetteerRecord,
    division_words,
    load_gazetteer,
    strip_kind,
)
from ..geo.institutions import institution_countries, institution_counts
from ..geo.local import story_country, written_as_town, written_states
from ..geo.named_places import modifies_a_local_noun, organisation_words, place_parts
from ..geo.packed import Remembered
from ..geo.recall import date_words_end, missed_places
from ..geo.syntax import PLACE_LABELS, after_title, known_in_place, place_cue
from ..kb import Actor, KnowledgeBase, alias_key, load_knowledge_base

#: GeoNames feature classes a knowledge-base region (a LOC actor of no country: "Middle East", "Sahel") can be:
#: areas and continents, water, terrain; never a town or a division that shares its name.
REGION_CLASSES = frozenset({"L", "H", "T"})
#: The GeoNames class of a division: what the name of a state's people ("Ohioans") means as a place.
DIVISION_CLASSES = frozenset({"A"})
#: The GeoNames class of a town or city: what a capital's name means as a place.
SETTLEMENT_CLASSES = frozenset({"P"})
#: Entity types whose names can hold the place they belong to ("the Alexandria Police Department");
#: the model also calls such a name a person ("McMinn County Sheriff") where an office heads it,
#: and a fair, a festival or an office an event, a work or a product ("the Polk County Fair").
ORGANISATION_TYPES = frozenset({"ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"})
#: Of those, the types whose bare name may be a place name the model mistook ("moved here from
#: Hermantown" labelled an organisation or a person): the whole name is then its place part.
BARE_NAME_TYPES = frozenset({"ORG", "PERSON"})
#: Other types the model gives a bare town name now and then ("held at the Hermantown hospital"
#: labelled a nationality or a product): read as places by the same syntax, where the name is
#: no adjective of the language ("a Christian school") and no people's name ("Ohioans").
MISTYPED_NAME_TYPES = frozenset({"NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
#: Least confidence of the reading of a place part found by the weaker rules (a bare name taken back
#: from another type, a name of a type that is no organisation's, the first of two places joined by a
#: hyphen): below it the mention keeps no place part, as the story says too little to place the name.
READ_BACK_CONFIDENCE = 0.6
_QUALIFIER_GAP = re.compile(r"\s*,\s*|\s*\(\s*")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_NEXT_TWO_WORDS = re.compile(r"\s+(\w+\s+\w+)")
_PREVIOUS_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: The rest of a list of names that ends with a plural kind word: "[Jackson], Clay and Barrow counties".
#: What joins a division (or a list of them) to the state it lies in: "Clay County in Texas".
_IN_PLACE = re.compile(r"\s+in\s+")
_LIST_TAIL = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:[A-Z][\w.'-]*\s*)+)*\s*(\w+)")


def singular(word: str) -> str:
    """'counties' -> 'county', 'parishes' -> 'parish', 'provinces' -> 'province'; other words as they are."""
    lower = word.lower()
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("shes", "ches", "sses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return word[:-1]
    return word


class Geocoder:
    """Gives each place entity its GeoNames record; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "geocode",
        min_population: int = DEFAULT_MIN_POPULATION,
        places_file: str | None = None,
        admin1_file: str | None = None,
        find_missed: bool = True,
        named_places: bool = True,
        institutions: bool = True,
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
        self.find_missed = find_missed
        self.named_places = named_places
        self.institutions = institutions
        #: `place_parts` answers by a name's words, spaces and type: news names an organisation again and again.
        self._parts: Remembered[tuple[tuple[str, ...], tuple[bool, ...], bool], list[tuple[int, int]]] = Remembered()
        #: `_counties_named` by the name: asked of the same organisations' and people's names again and again.
        self._counties: Remembered[str, tuple[GazetteerRecord, ...]] = Remembered()

    @cached_property
    def _adjectives(self) -> Callable[[str], bool] | None:
        """Whether a lower-case word is an adjective of the pipeline lemmatizer's word lists;
        None where the pipeline has no such lists."""
        if "lemmatizer" not in self.nlp.pipe_names:
            return None
        lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
        table = lookups.get_table("lemma_index", None) if lookups is not None else None
        words = table.get("adj") if table is not None else None
        return words.__contains__ if words else None

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
        text = text_of(doc)
        ents = list(doc.ents)  # read once: spaCy builds doc.ents again from every token on each read
        added = self.find_missed and self.add_missed_places(doc, records, text, ents)
        named = self.named_places and self.mark_place_parts(doc, records, text)
        places = [r for r in records if r.type in PLACE_LABELS and r.mentions]
        story = WholeText(text)
        parts = self.named_place_mentions(records, text, story) if named else {}
        if not places and not parts:
            if added:
                set_entities(doc, records, ents=ents)
            return
        # a nationality's country ("Latvian") has one reading: read apart, it moves no other place
        nationals = {key: part for key, part in parts.items() if part.countries is not None}
        parts = {key: part for key, part in parts.items() if part.countries is None}
        mentions = self.place_mentions_of(places, text, story) + list(parts.values())
        actors = self.actor_countries(records)
        offices = story.institution_shares if self.institutions else {}
        resolutions = resolve_places(mentions, self.gazetteer, actors, institution_countries=offices)
        for record in places:
            resolution = resolutions[record.id]
            if resolution.record is not None:
                record.place = (*resolution.record, resolution.confidence)
        worded = self.worded_places(places, text)
        if worded:  # read with the document, apart, so that no entity's reading moves
            literal = resolve_places(
                [*mentions, *worded.values()], self.gazetteer, actors, institution_countries=offices
            )
            for record in places:
                record.mentions = [self._with_own_place(m, record.id, worded, literal) for m in record.mentions]
        for record in records:
            part = parts.get(record.id)
            reading = resolutions[part.key] if part is not None else None
            if record.id in nationals:
                national = nationals[record.id]
                reading = resolve_places([national], self.gazetteer)[national.key]
            if part is not None and self._read_back(record, text) and (reading is None or reading.confidence < READ_BACK_CONFIDENCE):
                record.mentions = [replace(m, place_part=None) for m in record.mentions]  # no place, rather than a guess
                continue
            if reading is not None and reading.record is not None:
                record.named_place = (*reading.record, reading.confidence)
        set_entities(doc, records, ents=ents)  # this stage leaves doc.ents as it found them

    @staticmethod
    def _with_own_place(
        mention: MentionRecord, entity_id: str, worded: dict[str, PlaceMention], literal: dict[str, Resolution]
    ) -> MentionRecord:
        key = mention_place_key(entity_id, mention.start)
        reading = literal[key] if key in worded else None
        if reading is None or reading.record is None:
            return mention
        return replace(mention, place=(*reading.record, reading.confidence))

    def worded_places(self, places: list[EntityRecord], text: str) -> dict[str, PlaceMention]:
        """The places that mentions' own words name apart from their entity's place, by
        `mention_place_key`: a capital acting for its state ("Moscow said", a mention of the
        entity Russia) names a city of that name, read among populated places with the rest of
        the story (a local paper's "Athens" is its namesake town, though taken for Greece)."""
        found: dict[str, PlaceMention] = {}
        for record in places:
            for mention in record.mentions:
                actor = self._capital_named(text[mention.start : mention.end], record.id)
                if actor is None:
                    continue
                key = mention_place_key(record.id, mention.start)
                found[key] = PlaceMention(
                    key=key,
                    names=(actor.name, *actor.aliases),
                    feature_classes=SETTLEMENT_CLASSES,
                )
        return found

    def _country_codes(self, actor_id: str) -> frozenset[str] | None:
        """The ISO code of a knowledge-base state as a set, for `PlaceMention.countries`; None where it has none."""
        code = self.state_code(actor_id)
        return frozenset({code}) if code else None

    def state_code(self, actor_id: str) -> str | None:
        """The ISO code of a knowledge-base state, as the gazetteer has it; None where it has none."""
        actor = self.knowledge_base.actors.get(actor_id)
        found = [c for c in self.gazetteer.candidates(actor.name) if c.feature_code == "PCLI"] if actor else []
        return found[0].country_code if found else None

    def mark_place_parts(self, doc: Doc, records: list[EntityRecord], text: str | None = None) -> bool:
        """Set ``place_part`` on the mentions of organisations whose names hold a place
        (`geo.named_places`); one place per entity, the name most of its mentions hold. True if any was set.
        A bare name that has become a place lends its place to the bare names listed beside it
        ("Hermantown and Proctor" once "a Hermantown sewer system" makes Hermantown one), and a
        division an organisation's name holds counts as a place of the story for the bare names
        read after it ("Hennepin" where "the Hennepin County Board" names the county)."""
        text = text_of(doc) if text is None else text
        marked = False
        places: _StoryPlaces | None = None  # the document's place mentions, read where needed
        for record in records:
            if record.type == "NORP" and self._mark_people_of_a_state(record, text):
                marked = True
                continue
            if record.type not in ORGANISATION_TYPES and record.type not in MISTYPED_NAME_TYPES:
                continue
            places = _StoryPlaces.of(records, text) if places is None else places
            marked = self._mark_record(doc, record, text, places) or marked
        while places is not None:
            unplaced = [r for r in records if r.type in BARE_NAME_TYPES and not any(m.place_part for m in r.mentions)]
            beside = places.with_bare_places(records, text)
            if not unplaced or beside == places:
                break
            places = beside
            marked = any([self._mark_record(doc, record, text, places) for record in unplaced]) or marked
        return marked

    def _mark_record(self, doc: Doc, record: EntityRecord, text: str, places: _StoryPlaces) -> bool:
        """`mark_place_parts` for one organisation's (or person's) mentions. True if any was set."""
        found: dict[int, tuple[int, int]] = {}
        unmarked: dict[int, tuple[int, int]] = {}  # bare place names no syntax marks
        for index, mention in enumerate(record.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if self._may_be_bare_place(record.type, span) and self._known_bare_name(span, places):
                chosen_for = found if self._bare_place(span, record, text, places) else unmarked
                chosen_for[index] = (mention.start, mention.end)
                continue
            if len(span) < 2 or record.type not in ORGANISATION_TYPES:
                continue
            words = tuple([token.text for token in span])
            spaces = tuple([bool(token.whitespace_) for token in span])
            hits = self._parts.get((words, spaces, record.type == "ORG"), self._find_parts)
            head = doc[span.end] if span.end < len(doc) else None
            cut = head is not None and head.text[:1].isupper() and head.lower_ in organisation_words().heads
            if not hits and head is not None and cut and self._is_region(span.text):
                # a region's name cut before its organisation's noun ("the Ohio State Patrol"): read with the noun
                name = ((*words, head.text), (*spaces, bool(head.whitespace_)), record.type == "ORG")
                hits = [hit for hit in self._parts.get(name, self._find_parts) if hit[1] <= len(span)]
            if hits:
                start, end = span[hits[0][0]], span[hits[0][1] - 1]
                first, last = max(start.idx, mention.start), min(end.idx + len(end), mention.end)
                if first < last and not self._county_outside_the_story(text[first:last], places):
                    found[index] = (first, last)
        if not found:
            return False
        # one name, one sense: where one mention of the bare name stands as a place, all do
        named = {alias_key(text[start:end]) for start, end in found.values()}
        found.update({i: part for i, part in unmarked.items() if alias_key(text[part[0] : part[1]]) in named})
        keys = {index: alias_key(text[start:end]) for index, (start, end) in found.items()}
        chosen = Counter(keys.values()).most_common(1)[0][0]
        record.mentions = [
            replace(m, place_part=found[i] if keys.get(i) == chosen else None) for i, m in enumerate(record.mentions)
        ]
        return True

    def _mark_people_of_a_state(self, record: EntityRecord, text: str) -> bool:
        """Give each mention of a nationality that names one first-level division's people
        ("Ohioans", "a Texan") the whole mention as its place part: the state is a place the
        story speaks of (`named_place_mentions` reads it as the state). True if any was set."""
        surfaces = [text[m.start : m.end] for m in record.mentions]
        if any(self._place_of_demonym(surface) is not None for surface in surfaces):
            return False  # "Georgians": a country's people by the knowledge base, never a US state's
        if self._division_of_people(surfaces) is None:
            return False
        record.mentions = [replace(m, place_part=(m.start, m.end)) for m in record.mentions]
        return True

    def _may_be_bare_place(self, label: str, span: Span) -> bool:
        """True when a mention of this type may be a bare place name the model mistook: any of an
        organisation or a person; of a group or a thing only a name that is no adjective of the
        language ("a Christian school") and names no people ("Latvians", "Ohioans")."""
        if label in BARE_NAME_TYPES:
            return True
        if label not in MISTYPED_NAME_TYPES:
            return False
        adjectives = self._adjectives
        if len(span) == 1 and adjectives is not None and adjectives(span.text.lower()):
            return False
        return self._place_of_demonym(span.text) is None and self.gazetteer.division_of_people(span.text) is None

    def _known_bare_name(self, span: Span, places: _StoryPlaces) -> bool:
        """True when the whole mention is a gazetteer name (or a division in a list of them:
        "Clay and Wilkin counties"), or a county's name without its kind word where the story
        names the county or its state ("Cuyahoga Sheriff ..." beside "Cuyahoga County")."""
        if known_in_place(span.doc, span.start, span.end, self.gazetteer.knows_place):
            return True
        return bool(self._counties_named(span.text)) and not self._county_outside_the_story(span.text, places)

    @staticmethod
    def _read_back(record: EntityRecord, text: str) -> bool:
        """True when the entity's place part is one of the weaker readings: a whole name taken back
        from another type, a name of a type that is no organisation's, or the first of two places."""
        if record.type not in BARE_NAME_TYPES:
            return True
        return any(
            m.place_part == (m.start, m.end) or text[m.place_part[1] : m.place_part[1] + 1] in ("-", "–")
            for m in record.mentions
            if m.place_part is not None
        )

    def _bare_place(self, span: Span, record: EntityRecord, text: str, places: _StoryPlaces) -> bool:
        """True when a mention of an organisation or a person that is a gazetteer name as a whole
        is the place of that name: the story names it as a place elsewhere ("flooding in Duluth
        ... a Duluth jury"), or names the division of that name ("Polk County ... joined Polk
        as its manager"); the words around it make it one (`geo.syntax.place_cue`: "moved here
        from Hermantown", "Kowalski of Hermantown", "Hermantown residents", "Marrow and Clay
        counties"); it modifies the noun of a local body or work
        (`geo.named_places.modifies_a_local_noun`: "a Hermantown grand jury", "the Hermantown
        sewer system"); or it stands in a list beside a place of the story ("Duluth,
        Hermantown and Proctor"). A person named in full in another mention ("Dana Duluth")
        keeps no place, unless the story names the place and the longer mention opens with it
        (news names a person again by the last word of the name, not the first);
        mark_place_parts gives the other mentions of the name the same sense."""
        named = places.holds(span.text)
        if record.type == "PERSON" and any(
            m.end - m.start > len(span.text)
            and not self.gazetteer.knows_place(text[m.start : m.end])
            and not (named and text.startswith(span.text, m.start))  # "Duluth Commonwealth"
            for m in record.mentions
        ):
            return False
        doc = span.doc
        if after_title(doc, span.start):
            return False
        if named or places.listed_beside(span):
            return True
        if modifies_a_local_noun([token.text for token in doc[span.end : span.end + 3]]):
            return True
        return place_cue(doc, span.start, span.end, self.gazetteer.is_division_name) is not None

    def _find_parts(self, name: tuple[tuple[str, ...], tuple[bool, ...], bool]) -> list[tuple[int, int]]:
        """`place_parts` of a name's (words, spaces, is an organisation's): for `_parts` to remember."""
        words, spaces, organisation = name
        return place_parts(words, self._knows_place_or_county, self._is_region_or_nationality, spaces, organisation)

    def _knows_place_or_county(self, name: str) -> bool:
        """A gazetteer name, or a county's name written without its kind word ("Cuyahoga" for
        Cuyahoga County, in "Cuyahoga Medical Center"): `mark_place_parts` keeps the latter only
        where the story names the county's state."""
        return self.gazetteer.knows_place(name) or bool(self._counties_named(name))

    def _counties_named(self, name: str) -> tuple[GazetteerRecord, ...]:
        """The second-level divisions called "`name` County" where `name` alone is no gazetteer name."""
        if not name[:1].isupper():
            return ()
        return self._counties.get(name, self._find_counties)

    def _find_counties(self, name: str) -> tuple[GazetteerRecord, ...]:
        if self.gazetteer.knows_place(name):
            return ()
        return tuple([c for c in self.gazetteer.candidates(f"{name} County") if c.feature_code == "ADM2"])

    def _county_outside_the_story(self, name: str, places: _StoryPlaces) -> bool:
        """True when `name` is only a county's name without its kind word and the story names none
        of the states such a county lies in, nor the county itself (a brand may share the word)."""
        counties = self._counties_named(name)
        if not counties or alias_key(f"{name} County") in places.names:
            return False
        return not any(alias_key(c.admin1 or "") in places.names for c in counties)

    def _is_region(self, name: str) -> bool:
        """A country's or a division's name by itself: "Texas", "Charleston County"."""
        gazetteer = self.gazetteer
        if gazetteer.is_division_name(name):
            return True
        return strip_kind(alias_key(name))[1] == "division" and bool(gazetteer.divisions_named(name))

    def _is_region_or_nationality(self, name: str) -> bool:
        """`_is_region`, or a nationality the knowledge base reads as a place ("Latvian" for
        Latvia): "the Latvian Interior Ministry" belongs to the country as "the Latvia
        ministry" would, and `named_place_mentions` reads it by the country's own name."""
        return self._is_region(name) or self._place_of_demonym(name) is not None

    def _place_of_demonym(self, name: str) -> Actor | None:
        """The place actor a nationality names by the knowledge base ("Latvian" for Latvia), else None."""
        entry = self.knowledge_base.lookup(name)
        if entry is None or entry.kind != "demonym":
            return None
        actor = self.knowledge_base.actors.get(entry.actor_id)
        return actor if actor is not None and actor.type in PLACE_LABELS else None

    def named_place_mentions(
        self, records: list[EntityRecord], text: str, story: WholeText | None = None
    ) -> dict[str, PlaceMention]:
        """For each organisation whose mentions carry a ``place_part``: that place, as `geo.disambiguate`
        reads it. A name the knowledge base knows as a place ("U.S.") also reads as the place's own name.
        `story` is the `WholeText` of `text` where the caller keeps one."""
        found: dict[str, PlaceMention] = {}
        story = WholeText(text) if story is None else story
        for record in records:
            surfaces = [text[m.place_part[0] : m.place_part[1]] for m in record.mentions if m.place_part]
            if not surfaces:
                continue
            names = list(surfaces)
            entry = self.knowledge_base.lookup(surfaces[0])
            actor = self.knowledge_base.actors.get(entry.actor_id) if entry is not None else None
            countries = None
            if actor is not None and actor.type in PLACE_LABELS:
                names.append(actor.name)
                if entry is not None and entry.kind == "demonym":  # "Georgian": the country, never a US state
                    countries = self._country_codes(actor.id)
            kind = strip_kind(alias_key(surfaces[0]))[1]
            local = next(
                (
                    town
                    for m in record.mentions
                    if m.place_part
                    and (town := written_as_town(text, *m.place_part, story.country, municipal_after(text, m.place_part[1])))
                ),
                None,
            )
            if kind is None and any(listed_division_after(text, m.place_part[1]) for m in record.mentions if m.place_part):
                kind = "division"  # "Clay and Marrow counties", Marrow an organisation's or a group's name
            classes = None
            if record.type == "NORP" and (state := self._division_of_people(surfaces)) is not None:
                names, classes = [state], DIVISION_CLASSES  # "Ohioans": the state, never a town
            if classes is not None or countries is not None:
                local = None  # a place of known classes or countries is read among those
            found[record.id] = PlaceMention(
                key=named_place_key(record.id),
                names=tuple(dict.fromkeys(names)),
                kind=kind,
                weight=len(surfaces),
                feature_classes=classes,
                countries=countries,
                local=local,
                states=story.states if local is not None else (),
            )
        return found

    def add_missed_places(
        self, doc: Doc, records: list[EntityRecord], text: str | None = None, ents: list[Span] | None = None
    ) -> bool:
        """Add to `records` the places no entity covers (see `geo.recall`); True if any was added.
        `ents` is ``list(doc.ents)`` where the caller has read it."""
        text = text_of(doc) if text is None else text
        ents = list(doc.ents) if ents is None else ents
        starts = doc.to_array("IDX").tolist()
        covered: set[int] = set()
        for record in records:
            for mention in record.mentions:
                first = max(0, bisect_right(starts, mention.start) - 1)
                covered.update(range(first, bisect_left(starts, mention.end)))
        for ent in ents:  # dates, numbers and the rest are no place either ("in June"); a name a date ran into may be
            covered.update(range(ent.start, date_words_end(ent)))
        gazetteer = self.gazetteer
        found = missed_places(
            doc, covered, gazetteer.knows_place, gazetteer.is_division_name, gazetteer.names_division, ents, self._adjectives
        )
        if not found:
            return False
        _drop_mentions_over(records, [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end in found])
        by_key: dict[str, EntityRecord] = {}
        for record in records:
            for mention in record.mentions:
                by_key.setdefault(alias_key(text[mention.start : mention.end]), record)
        taken = {r.id for r in records}
        added = False
        for start, end in found:
            span = doc[start:end]
            key = alias_key(span.text)
            known = by_key.get(key)
            if known is not None and known.type not in PLACE_LABELS:
                continue  # the name is an actor of another type in this document
            record = known or self._new_place(span.text, taken)
            if known is None:
                records.append(record)
                by_key[key] = record
            record.mentions.append(MentionRecord(span.start_char, span.end_char, record.type))
            record.mentions.sort(key=lambda m: m.start)
            added = True
        return added

    @staticmethod
    def _new_place(surface: str, taken: set[str]) -> EntityRecord:
        ident, name, kind = local_entity([(surface, "GPE")], taken, "GPE")
        taken.add(ident)
        return EntityRecord(ident, name, kind, ident)

    def place_mentions(self, doc: Doc) -> tuple[list[EntityRecord], list[PlaceMention]]:
        """The place entities of `doc` and what the text says of each, for `geo.disambiguate`;
        then the places that organisations' names hold (keys: `named_place_key`)."""
        records = entities_of(doc)
        text = text_of(doc)
        places = [r for r in records if r.type in PLACE_LABELS and r.mentions]
        story = WholeText(text)
        named = list(self.named_place_mentions(records, text, story).values())
        worded = list(self.worded_places(places, text).values())
        return places, self.place_mentions_of(places, text, story) + named + worded

    def place_mentions_of(
        self, places: list[EntityRecord], text: str, story: WholeText | None = None
    ) -> list[PlaceMention]:
        """What `text` says of each of these place entities; `story` is the `WholeText` of `text`
        where the caller keeps one."""
        starts = {m.start: (r, m.end) for r in places for m in r.mentions}
        story = WholeText(text) if story is None else story
        return [self._place_mention(record, text, starts, story) for record in places]

    def _place_mention(self, record: EntityRecord, text: str, starts: dict, story: WholeText) -> PlaceMention:
        surfaces = [text[m.start : m.end] for m in record.mentions]
        names = [record.name]
        actor = self.knowledge_base.actors.get(record.id)
        national = None if actor is not None else self._nationality_of(surfaces)
        countries: frozenset[str] | None = None
        classes: frozenset[str] | None = None
        if actor is not None and all(self._names_actor(surface, record.id) for surface in surfaces):
            names.extend(actor.aliases)  # the text named this actor: its names, not a town that shares one
        elif national is not None:  # "Sudanese" taken for a place: the country, never a town named "Sudan"
            names = [national.name, *national.aliases]
            countries = self._country_codes(national.id)
        elif actor is None and (state := self._division_of_people(surfaces)) is not None:
            names, classes = [state], DIVISION_CLASSES  # "Ohioans" taken for a place: the state
        else:
            names.extend(surfaces)
        region = actor is not None and actor.type == "LOC" and actor.country is None
        classes = REGION_CLASSES if region else classes
        # a state named only by its capital's name ("Moscow said") is not itself a place the
        # story speaks of: the capital's name is read apart (`worded_places`), and the state
        # adds no weight to the document's countries (a local "Athens" is no story about Greece)
        capitals_only = actor is not None and all(self._capital_named(s, record.id) is not None for s in surfaces)
        qualifiers: list[str] = []
        kinds: Counter[str] = Counter()
        words = division_words()
        local: str | None = None
        for mention in record.mentions:
            gap = _QUALIFIER_GAP.match(text, mention.end)
            if gap and gap.end() in starts and starts[gap.end()][0] is not record:
                qualifiers.append(text[gap.end() : starts[gap.end()][1]])
            following = _NEXT_WORD.match(text, mention.end)
            preceding = _PREVIOUS_OF.search(text, max(0, mention.start - 40), mention.start)
            tail = _LIST_TAIL.match(text, mention.end)
            listed = tail.group(1) if tail and tail.end() > mention.end else None
            within = self._state_after_divisions(record, mention, text, starts, tail)
            if within is not None:
                qualifiers.append(within)
            for word in (following.group(1) if following else None, preceding.group(1) if preceding else None, listed):
                word = singular(word) if word else None
                if word and word.lower() in words.division:
                    kinds["division"] += 1
                elif word and word.lower() in words.settlement:
                    kinds["settlement"] += 1
            municipal = municipal_after(text, mention.end)
            if municipal:
                kinds["settlement"] += 1
            local = local or written_as_town(text, mention.start, mention.end, story.country, municipal)
        if classes is not None or countries is not None:
            local = None  # a place of known classes or countries is read among those
        return PlaceMention(
            key=record.id,
            names=tuple(dict.fromkeys(names)),
            qualifiers=tuple(dict.fromkeys(qualifiers)),
            kind=kinds.most_common(1)[0][0] if kinds else None,
            dateline=any(m.dateline for m in record.mentions),
            weight=0 if capitals_only else len(record.mentions),
            feature_classes=classes,
            countries=countries,
            local=local,
            states=story.states if local is not None else (),
        )

    @staticmethod
    def _state_after_divisions(
        record: EntityRecord, mention: MentionRecord, text: str, starts: dict, tail: re.Match[str] | None
    ) -> str | None:
        """The place named after "in" that follows a division's name ("Marrow County in Texas") or a
        list of them ends with its plural kind word ("Brindle and Quarry counties in Ohio"): the
        state or country each lies in, a qualifier of each. None where no such place follows."""
        if tail is not None and tail.end() > mention.end and singular(tail.group(1)).lower() in division_words().division:
            after = _IN_PLACE.match(text, tail.end())
        elif strip_kind(alias_key(text[mention.start : mention.end]))[1] == "division":
            after = _IN_PLACE.match(text, mention.end)
        else:
            return None
        if after is None or after.end() not in starts or starts[after.end()][0] is record:
            return None
        return text[after.end() : starts[after.end()][1]]

    def _division_of_people(self, surfaces: list[str]) -> str | None:
        """The first-level division whose people every surface names ("Texans", "Texan"), else None."""
        states = {self.gazetteer.division_of_people(surface) for surface in surfaces}
        return states.pop() if len(states) == 1 else None

    def _nationality_of(self, surfaces: list[str]) -> Actor | None:
        """The country whose nationality every surface is ("Sudanese", "Egyptians"), where the
        knowledge base reads them all as the demonyms of one state with a country code; else None."""
        places = [self._place_of_demonym(surface) for surface in surfaces]
        if len({place.id if place is not None else None for place in places}) != 1 or places[0] is None:
            return None
        return places[0] if self._country_codes(places[0].id) is not None else None

    def _capital_named(self, surface: str, actor_id: str) -> Actor | None:
        """The capital `surface` names where the knowledge base lets it act for the actor ("Moscow"
        for Russia), else None."""
        entry = self.knowledge_base.lookup(surface)
        if entry is None or entry.actor_id == actor_id:
            return None
        capital = self.knowledge_base.actors[entry.actor_id]
        return capital if capital.metonym_for == actor_id else None

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
            if actor is None or record.type in PLACE_LABELS or actor.country is None:
                continue
            code = self.state_code(actor.country)
            if code:
                codes[code] += len(record.mentions)
        total = sum(codes.values())
        return {code: count / total for code, count in codes.items()} if total else {}


class WholeText:
    """What one document's whole text says of its country, each read once, where a rule first asks:
    a pattern search over the whole text costs more than all the rules of a mention together."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def institutions(self) -> Counter[str]:
        """The institution words of each country (`geo.institutions`), bare currency signs left out."""
        return institution_counts(self.text, currency=False)

    @cached_property
    def institution_shares(self) -> dict[str, float]:
        """`geo.institutions.institution_countries` of the text."""
        return institution_countries(self.text, self.institutions)

    @cached_property
    def country(self) -> str | None:
        """The country the story's own signs point to (`geo.local.story_country`), else None."""
        return story_country(self.text, self.institutions)

    @cached_property
    def states(self) -> tuple[tuple[str, float], ...]:
        """The states the text writes after its towns, with their shares (`geo.local.written_states`)."""
        return written_states(self.text)


#: Words that join the names of a list: "Duluth, Hermantown and Proctor".
_LIST_JOINS = frozenset({",", "and", "or"})


class _StoryPlaces(NamedTuple):
    """The names of a document's place entities and where their mentions start and end (characters)."""

    names: frozenset[str]
    starts: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def of(cls, records: list[EntityRecord], text: str) -> _StoryPlaces:
        mentions = [m for r in records if r.type in PLACE_LABELS for m in r.mentions]
        return cls(
            frozenset(alias_key(text[m.start : m.end]) for m in mentions),
            frozenset(m.start for m in mentions),
            frozenset(m.end for m in mentions),
        )

    def holds(self, name: str) -> bool:
        """True when a place of the story has this name, or is the division of this name
        ("Forsyth" where the story names "Forsyth County")."""
        key = alias_key(name)
        return key in self.names or any(f"{key} {kind}" in self.names for kind in division_words().division)

    def with_bare_places(self, records: list[EntityRecord], text: str) -> _StoryPlaces:
        """These places, the places organisations' names hold ("Clarke County" of "the Clarke
        County Board of Education"), and where the bare names of organisations or people that
        stand as places (the whole mention their place part) start and end: a list goes on past them."""
        bare = [
            m for r in records if r.type in BARE_NAME_TYPES for m in r.mentions if m.place_part == (m.start, m.end)
        ]
        parts = {
            alias_key(text[m.place_part[0] : m.place_part[1]])
            for r in records
            for m in r.mentions
            if m.place_part and strip_kind(alias_key(text[m.place_part[0] : m.place_part[1]]))[1] == "division"
        }
        return self._replace(
            names=self.names | parts, starts=self.starts | {m.start for m in bare}, ends=self.ends | {m.end for m in bare}
        )

    def listed_beside(self, span: Span) -> bool:
        """True when a comma, "and" or "or" joins the name to a place mention right before or after it,
        or a list of places with figures runs on to it ("Duluth, 6 percent; Hermantown, 4 percent")."""
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].lower_ in _LIST_JOINS:
            before = doc[span.start - 2]
            if before.idx + len(before) in self.ends:
                return True
        if span.end + 1 < len(doc) and doc[span.end].lower_ in _LIST_JOINS and doc[span.end + 1].idx in self.starts:
            return True
        return self._figured_before(span) or self._figured_after(span)

    def _figured_before(self, span: Span) -> bool:
        """A place mention, then its figure, then a semicolon, then the name."""
        doc = span.doc
        if span.start < 3 or doc[span.start - 1].text != ";":
            return False
        at = span.start - 2
        while at >= 0 and _figure_word(doc, at):
            at -= 1
        if at == span.start - 2 or at < 1 or doc[at].text != ",":
            return False
        before = doc[at - 1]
        return before.idx + len(before) in self.ends

    def _figured_after(self, span: Span) -> bool:
        """The name, its figure, a semicolon, then a place mention."""
        doc = span.doc
        if span.end + 2 >= len(doc) or doc[span.end].text != ",":
            return False
        at = span.end + 1
        while at < len(doc) and _figure_word(doc, at):
            at += 1
        if at == span.end + 1 or at + 1 >= len(doc) or doc[at].text != ";":
            return False
        return doc[at + 1].idx in self.starts


def _figure_word(doc: Doc, index: int) -> bool:
    """A word of a figure in a list: a number, a percent sign or currency, or a lower-case word right after a number ("6 percent")."""
    token = doc[index]
    if token.like_num or token.text == "%" or token.is_currency:
        return True
    return index > 0 and doc[index - 1].like_num and token.is_alpha and token.is_lower


def _drop_mentions_over(records: list[EntityRecord], spans: list[tuple[int, int]]) -> None:
    """Take out of `records` the mentions that overlap a found place's (start, end) characters
    (an organisation "D-Florence" that took a legislator's home in with the party), and the
    records left with no mention."""
    if not any(m.start < end and start < m.end for record in records for m in record.mentions for start, end in spans):
        return
    for record in records:
        record.mentions = [m for m in record.mentions if not any(m.start < end and start < m.end for start, end in spans)]
    records[:] = [record for record in records if record.mentions]


def listed_division_after(text: str, end: int) -> bool:
    """Whether a plural division word ends the list of names that a name ending at `end` stands
    in ("[Clay] and Marrow counties", "[Marrow] counties")."""
    tail = _LIST_TAIL.match(text, end)
    if tail is None or tail.end() <= end:
        return False
    word = tail.group(1)
    return word.islower() and word.endswith("s") and singular(word) in division_words().division


def municipal_after(text: str, end: int) -> bool:
    """Whether a body only a town has follows a name that ends at `end` ("the Peru high school",
    "the Marlow City Council"; the phrases are data/geo/divisions.json's `municipal`)."""
    found = _NEXT_TWO_WORDS.match(text, end)
    return found is not None and " ".join(found.group(1).lower().split()) in division_words().municipal


def mention_place_key(entity_id: str, start: int) -> str:
    """The key under which the place a mention's own words name is resolved (apart from its entity)."""
    return f"{entity_id}#mention@{start}"


def named_place_key(entity_id: str) -> str:
    """The key under which the place an organisation's name holds is resolved (apart from the organisation)."""
    return f"{entity_id}#named-place"


@Language.factory(
    "geonews_geocode",
    default_config={
        "min_population": DEFAULT_MIN_POPULATION,
        "places_file": None,
        "admin1_file": None,
        "find_missed": True,
        "named_places": True,
        "institutions": True,
    },
)
def make_geocode(
    nlp: Language,
    name: str,
    min_population: int,
    places_file: Any,
    admin1_file: Any,
    find_missed: bool,
    named_places: bool,
    institutions: bool,
) -> Geocoder:
    return Geocoder(nlp, name, min_population, places_file, admin1_file, find_missed, named_places, institutions)
