"""What stages write on the spaCy ``Doc`` and read from each other.

Stages keep their results as small records indexed by character offsets in
``doc._.geonews_*`` extension attributes; `assemble` turns them into the public
pydantic `Document`. Offsets in a Doc are offsets in the original text, because
input preparation never changes the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


def entities_of(doc: Doc) -> list[EntityRecord]:
    """The document's entities: the alias stage's when it ran, else one per surface form."""
    if doc._.geonews_entities is None:
        doc._.geonews_entities = entities_by_surface(doc)
    return doc._.geonews_entities


def entity_at(doc: Doc, start: int, end: int) -> EntityRecord | None:
    """The entity with a mention inside or around the character range [start, end)."""
    best: tuple[int, EntityRecord] | None = None
    for record in entities_of(doc):
        for mention in record.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, record)
    return best[1] if best else None
