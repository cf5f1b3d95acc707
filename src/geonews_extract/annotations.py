"""What stages write on the spaCy ``Doc`` and read from each other.

Stages keep their results as small records indexed by character offsets in
``doc._.geonews_*`` extension attributes; `assemble` turns them into the public
pydantic `Document`. Offsets in a Doc are offsets in the original text, because
input preparation never changes the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime

from spacy.tokens import Doc, Span

#: spaCy labels that name an actor, a place or a thing worth an Entity.
ENTITY_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
#: The span group where the NER stage marks the dateline place.
DATELINE_SPANS = "dateline"


@dataclass(frozen=True, slots=True)
class MentionRecord:
    start: int
    end: int
    label: str
    dateline: bool = False


@dataclass(slots=True)
class EntityRecord:
    id: str
    name: str
    type: str
    group: str
    mentions: list[MentionRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TimeRecord:
    start: int
    end: int
    value: str | None
    type: str
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    kind: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None = None
    speaker_entity_id: str | None = None
    cue: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    parts: tuple[tuple[int, int], ...] = ()  # the pieces of a quote broken by its attribution


_EXTENSIONS = {
    "geonews_published": None,  # date | datetime | None: the anchor for relative dates
    "geonews_warnings": None,  # list[str] once anything warned
    "geonews_entities": None,  # list[EntityRecord] once a stage built entities
    "geonews_times": None,  # list[TimeRecord]
    "geonews_quotes": None,  # list[QuoteRecord]
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def warn(doc: Doc, message: str) -> None:
    """Record a warning that ends up on `Document.warnings` (each message once)."""
    if doc._.geonews_warnings is None:
        doc._.geonews_warnings = []
    if message not in doc._.geonews_warnings:
        doc._.geonews_warnings.append(message)


def entity_spans(doc: Doc) -> list[Span]:
    """The NER spans that name an actor or place (not dates, numbers, ...)."""
    return [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS]


def dateline_offsets(doc: Doc) -> set[tuple[int, int]]:
    return {(s.start_char, s.end_char) for s in doc.spans.get(DATELINE_SPANS, [])}


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^\w]+")


def normalise_surface(text: str) -> str:
    """A surface form folded for comparison: 'the United States'' -> 'united states'."""
    folded = _LEADING_ARTICLE.sub("", " ".join(text.split()))
    folded = _POSSESSIVE.sub("", folded).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def slug(text: str) -> str:
    return normalise_surface(text).replace(" ", "-") or "entity"


def entities_by_surface(doc: Doc) -> list[EntityRecord]:
    """One entity per distinct normalised surface form (no alias knowledge)."""
    datelines = dateline_offsets(doc)
    by_key: dict[str, EntityRecord] = {}
    labels: dict[str, dict[str, int]] = {}
    for ent in entity_spans(doc):
        key = slug(ent.text)
        record = by_key.get(key)
        if record is None:
            record = by_key[key] = EntityRecord(id=key, name=ent.text, type=ent.label_, group=key)
            labels[key] = {}
        dateline = (ent.start_char, ent.end_char) in datelines
        record.mentions.append(MentionRecord(ent.start_char, ent.end_char, ent.label_, dateline))
        labels[key][ent.label_] = labels[key].get(ent.label_, 0) + 1
    for key, record in by_key.items():
        record.type = max(labels[key].items(), key=lambda item: item[1])[0]
    return list(by_key.values())


def published_of(doc: Doc) -> date | datetime | None:
    """The anchor for relative dates that `extract` put on the Doc."""
    return doc._.geonews_published


def set_published(doc: Doc, published: date | datetime | None) -> None:
    doc._.geonews_published = published


def times_of(doc: Doc) -> list[TimeRecord]:
    """The dates stage's time expressions (empty when it did not run)."""
    return doc._.geonews_times or []


def set_times(doc: Doc, records: list[TimeRecord]) -> None:
    doc._.geonews_times = records


def quotes_of(doc: Doc) -> list[QuoteRecord]:
    """The quotes stage's quotes (empty when it did not run)."""
    return doc._.geonews_quotes or []


def set_quotes(doc: Doc, records: list[QuoteRecord]) -> None:
    doc._.geonews_quotes = records


def warnings_of(doc: Doc) -> list[str]:
    return doc._.geonews_warnings or []


def set_entities(doc: Doc, records: list[EntityRecord] | None) -> None:
    """Store the resolved entities; None lets `entities_of` fall back to one per surface form."""
    doc._.geonews_entities = records


def entities_of(doc: Doc) -> list[EntityRecord]:
    """The document's entities: the alias stage's when it ran, else one per surface form."""
    if doc._.geonews_entities is None:
        doc._.geonews_entities = entities_by_surface(doc)
    return doc._.geonews_entities


def entity_at(doc: Doc, start: int, end: int) -> EntityRecord | None:
    """The entity with a mention inside or around the character range [start, end).

    Where several overlap, the one overlapping most wins (ties: the earlier entity)."""
    index = _mention_index(doc)
    if not index.starts:
        return None
    first = bisect_left(index.starts, start - index.longest)
    best: tuple[int, int, EntityRecord] | None = None
    for position in range(first, bisect_left(index.starts, end)):
        mention_start, mention_end, order, record = index.mentions[position]
        overlap = min(end, mention_end) - max(start, mention_start)
        if overlap > 0 and (best is None or (overlap, -order) > (best[0], -best[1])):
            best = (overlap, order, record)
    return best[2] if best else None


@dataclass(frozen=True, slots=True)
class _MentionIndex:
    records: list[EntityRecord]  # the list indexed (held, so its identity stays unique)
    signature: tuple[int, int]
    starts: list[int]
    mentions: list[tuple[int, int, int, EntityRecord]]  # (start, end, entity order, entity), by start
    longest: int


def _mention_index(doc: Doc) -> _MentionIndex:
    """Every mention sorted by start, built once per state of the document's entities."""
    records = entities_of(doc)
    signature = (len(records), sum(len(r.mentions) for r in records))
    cached = doc.user_data.get(_MENTION_INDEX)
    if cached is not None and cached.records is records and cached.signature == signature:
        return cached
    mentions = sorted(
        ((m.start, m.end, order, record) for order, record in enumerate(records) for m in record.mentions),
        key=lambda item: item[:3],
    )
    index = _MentionIndex(
        records,
        signature,
        [m[0] for m in mentions],
        mentions,
        max((m[1] - m[0] for m in mentions), default=0),
    )
    doc.user_data[_MENTION_INDEX] = index
    return index


_MENTION_INDEX = "geonews_mention_index"
