"""What stages write on the spaCy ``Doc`` and read from each other.

Stages read and write their results only through the accessor functions here
(`set_entities`/`entities_of`, `set_times`/`times_of`, `set_quotes`/`quotes_of`,
`published_of`, `warn`, `entity_at`); the records below are their Python API.
`text_of(doc)` is ``doc.text`` joined once per Doc (spaCy joins the tokens again on every
access), for every stage to read. `assemble` turns a processed Doc into the public
pydantic `Document`.

How results are stored: the spaCy way, so that ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=...)`` carry them.

* Each record is kept as a tuple of its fields' values (strings, numbers, booleans,
  None, tuples of these) in a ``doc._.geonews_*`` extension attribute; the conversion
  walks ``dataclasses.fields``, so a field added to a record is stored without a change
  here. Character offsets are kept exactly, also where a time expression does not
  start or end on a token boundary ("1990-91").
* The same results as spans, for spaCy tools: ``doc.spans["geonews_mentions"]`` (label:
  the mention's label, ``kb_id_``: its entity id), ``doc.spans["geonews_times"]`` (label:
  the TIMEX3 type, ``kb_id_``: the value) and ``doc.spans["geonews_quotes"]`` (the
  content, label: the kind). A span covers the tokens around its characters; the
  exact offsets are the records'. Every entity in ``doc.ents`` that is a mention carries
  its entity id as ``kb_id_``.
* What `assemble` needs besides: the caller's original text when HTML masking changed
  it, the publication date (ISO 8601), the input warnings and the document id.

Offsets in a Doc are offsets in the original text: preparation never changes its length.
"""

from __future__ import annotations

import re
import typing
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, TypeVar

from spacy.tokens import Doc, Span

from . import msgpack_hooks
from .kb.keys import alias_key, kb_slug

msgpack_hooks.install()  # Docs are serialised on every crossing between processes

#: spaCy labels that name an actor, a place or a thing worth an Entity.
ENTITY_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
#: The span group where the NER stage marks the dateline place.
DATELINE_SPANS = "dateline"
#: Span groups that show the stored results to spaCy tools.
MENTION_SPANS = "geonews_mentions"
TIME_SPANS = "geonews_times"
QUOTE_SPANS = "geonews_quotes"


@dataclass(frozen=True, slots=True)
class MentionRecord:
    start: int
    end: int
    label: str
    dateline: bool = False
    #: The characters (start, end) of a place name this mention holds as a modifier
    #: ("Alexandria" in "the Alexandria Police Department"); its reading is the entity's `named_place`.
    place_part: tuple[int, int] | None = None
    #: The place this mention's own words name where it differs from its entity's ("Moscow" acting for
    #: Russia names the city; the entity's `place` is the country): the layout of `EntityRecord.place`.
    place: tuple | None = None


@dataclass(slots=True)
class EntityRecord:
    id: str
    name: str
    type: str
    group: str
    mentions: list[MentionRecord] = field(default_factory=list)
    #: The geocode stage's reading: (geonameid, name, latitude, longitude, country_code,
    #: admin1, feature_class, feature_code, population, confidence), see `PLACE_FIELDS`.
    place: tuple | None = None
    #: For an organisation named for a place ("the Alexandria Police Department"): the geocode
    #: stage's reading of that place (the layout of `place`); its mentions' `place_part` say where.
    named_place: tuple | None = None


#: The fields of `EntityRecord.place`, in order (the public `Place` model's fields).
PLACE_FIELDS = (
    "geonameid", "name", "latitude", "longitude", "country_code", "admin1",
    "feature_class", "feature_code", "population", "confidence",
)


@dataclass(frozen=True, slots=True)
class TimeRecord:
    start: int
    end: int
    value: str | None
    type: str
    anchor: str | None = None
    mod: str | None = None  # TimeML mod: APPROX, START, MID, END, MORE_THAN, ...
    range: tuple[str, str] | None = None  # (first day, last day), ISO dates, inclusive
    quant: str | None = None  # TimeML quant of a set: EVERY, EACH
    freq: str | None = None  # TimeML freq of a set: "2X" (twice in each period)


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    kind: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None = None
    speaker_entity_id: str | None = None
    cue: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    parts: tuple[tuple[int, int], ...] = ()  # the pieces of a quote broken by its attribution
    verb_group: tuple[int, int] | None = None  # the cue with its auxiliaries and adverbs before it


#: Extension attributes, each holding plain values only (see the module docstring).
EXTENSIONS = (
    "geonews_entities",  # tuple of entity tuples, or None: one entity per surface form
    "geonews_times",  # tuple of time tuples
    "geonews_quotes",  # tuple of quote tuples
    "geonews_published",  # ISO 8601 date or datetime, or None
    "geonews_warnings",  # list of messages
    "geonews_original",  # the caller's text where it differs from doc.text (HTML masked)
    "geonews_id",  # the caller's document id
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


# plain values <-> records ------------------------------------------------------------------

R = TypeVar("R")


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """A record (or list of them, or date) as msgpack-able values: tuples, str, numbers, None."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    values = _field_values(kind)
    if values is not None:
        return tuple([item if type(item) in _SCALARS else to_plain(item) for item in values(value)])
    if kind is tuple:
        for item in value:
            if type(item) not in _SCALARS:
                break
        else:
            return value  # a tuple of plain values is stored as it is (a reading, a place part)
        return tuple([item if type(item) in _SCALARS else to_plain(item) for item in value])
    if kind is list:
        return tuple([item if type(item) in _SCALARS else to_plain(item) for item in value])
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


_FIELD_VALUES: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _field_values(kind: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """For a record class, a function giving a record's field values in order (None for
    anything else); made once per class."""
    try:
        return _FIELD_VALUES[kind]
    except KeyError:
        pass
    names = [f.name for f in fields(kind)] if is_dataclass(kind) else []
    getter: Callable[[Any], tuple[Any, ...]] | None = None
    if len(names) == 1:
        only = attrgetter(names[0])
        getter = lambda record: (only(record),)  # noqa: E731
    elif names:
        getter = attrgetter(*names)
    _FIELD_VALUES[kind] = getter
    return getter


def from_plain(cls: type[R], values: Any) -> R:
    """The record of class `cls` stored as `values` by `to_plain` (lists read back as tuples).

    Fields missing at the end (stored before a field was added) take their defaults."""
    return cls(
        *[
            (value if type(value) in _SCALARS else _tuples(value))
            if nested is None
            else [from_plain(nested, item) for item in value]
            for nested, value in zip(_field_plan(typing.cast(type, cls)), values, strict=False)
        ]
    )


def _tuples(value: Any) -> Any:
    """`value` with every list in it made a tuple (msgpack reads tuples back as lists)."""
    if isinstance(value, (list, tuple)):
        for item in value:
            if type(item) not in _SCALARS:
                return tuple([_tuples(item) for item in value])
        return tuple(value)  # plain values only, the common case: a place reading, an offset pair
    return value


@cache
def _field_plan(cls: type) -> tuple[type | None, ...]:
    """For each field of a record class, in order: the record class of its items when it
    holds a list of records (EntityRecord.mentions), else None."""
    nested = _nested_records(cls)
    return tuple(nested.get(spec.name) for spec in fields(cls))


@cache
def _nested_records(cls: type) -> dict[str, type]:
    """{field name: record class} for fields that hold a list of records (EntityRecord.mentions)."""
    nested: dict[str, type] = {}
    for name, hint in typing.get_type_hints(cls).items():
        args = typing.get_args(hint)
        if typing.get_origin(hint) is list and args and is_dataclass(args[0]):
            nested[name] = typing.cast(type, args[0])
    return nested


class _Decoded:
    """Records decoded from one stored value, kept while that value is the one stored,
    so repeated reads return the same record objects without decoding again."""

    __slots__ = ("index", "records", "stored")

    def __init__(self, stored: Any, records: list[Any]) -> None:
        self.stored = stored
        self.records = records
        self.index: _MentionIndex | None = None


_decoded: weakref.WeakKeyDictionary[Doc, dict[str, _Decoded]] = weakref.WeakKeyDictionary()


def _read(doc: Doc, name: str, cls: type[R]) -> list[R]:
    stored = getattr(doc._, name)
    if stored is None:
        return []
    per_doc = _decoded.setdefault(doc, {})
    cached = per_doc.get(name)
    if cached is None or cached.stored is not stored:
        decoded = [
            as_record(cls, values, f"doc._.{name}") if isinstance(values, (Mapping, cls)) else from_plain(cls, values)
            for values in stored
        ]
        cached = per_doc[name] = _Decoded(stored, decoded)
    return cached.records


def as_record(cls: type[R], item: Any, where: str) -> R:
    """`item` as a `cls` record: a record as it is, a mapping of its fields made into one;
    anything else is a TypeError that names the record type and its fields, raised at once."""
    if isinstance(item, cls):
        return item
    names = [spec.name for spec in fields(cls)]  # type: ignore[arg-type]
    if isinstance(item, Mapping):
        nested = _nested_records(typing.cast(type, cls))
        values = {
            key: [as_record(nested[key], part, where) for part in value] if key in nested else value
            for key, value in item.items()
        }
        try:
            return cls(**values)
        except TypeError as err:
            raise TypeError(f"{where}: a {cls.__name__} has the fields {names}; got {sorted(item)} ({err})") from None
    raise TypeError(
        f"{where}: expected {cls.__name__} records (geonews_extract.annotations) or mappings of their fields "
        f"{names}, not {type(item).__name__}"
    )


def _write(doc: Doc, name: str, records: list[Any] | None) -> None:
    stored = None if records is None else to_plain(records)
    setattr(doc._, name, stored)
    if records is not None:
        _decoded.setdefault(doc, {})[name] = _Decoded(stored, list(records))


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """The tokens covering characters [start, end) as a Span (None if there are none)."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


def _span_group(doc: Doc, key: str, spans: list[Span | None]) -> None:
    doc.spans[key] = [s for s in spans if s is not None]


# the document's input -------------------------------------------------------------------------


def set_input(
    doc: Doc,
    original: str | None = None,
    published: date | datetime | None = None,
    warnings: list[str] | None = None,
    doc_id: str | None = None,
) -> None:
    """What `assemble` needs besides the stages' results: the caller's text (give it only
    when it differs from ``doc.text``), the publication date, input warnings and the id."""
    doc._.geonews_original = original
    set_published(doc, published)
    for message in warnings or ():
        warn(doc, message)
    doc._.geonews_id = doc_id


def original_text(doc: Doc) -> str:
    """The caller's text: ``doc.text`` unless HTML masking changed it."""
    original = doc._.geonews_original
    return text_of(doc) if original is None else original


_texts: weakref.WeakKeyDictionary[Doc, tuple[int, str]] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc instead of on every access.

    Kept beside the Doc, never on it (nothing enters ``to_bytes`` or ``DocBin``). A Doc's
    text never changes once it has tokens (merging or splitting tokens keeps it; spaCy
    loads ``from_bytes`` only into an empty Doc), so the token count is the only check."""
    tokens = len(doc)
    cached = _texts.get(doc)
    if cached is not None and cached[0] == tokens:
        return cached[1]
    text = doc.text
    _texts[doc] = (tokens, text)
    return text


def span_text(span: Span, text: str | None = None) -> str:
    """``span.text``, sliced from the Doc's `text_of` (`text` where the caller holds it):
    spaCy joins the tokens of a span on every read of ``span.text``, making a Python
    `Token` of each. The same string: a span's characters run from its first token's start
    to its last token's end, whitespace inside it included."""
    return (text_of(span.doc) if text is None else text)[span.start_char : span.end_char]


def remember_text(doc: Doc, text: str) -> None:
    """Keep `text`, the string `doc` was tokenised from, as its `text_of`: spaCy's
    tokenizer never changes a character, so it is ``doc.text`` without joining the tokens.
    A text whose length the tokens do not cover is not kept (it is not the Doc's)."""
    covered = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if covered == len(text):
        _texts[doc] = (len(doc), text)


def id_of(doc: Doc) -> str | None:
    return doc._.geonews_id


def published_of(doc: Doc) -> date | datetime | None:
    """The anchor for relative dates that `extract` put on the Doc."""
    stored = doc._.geonews_published
    if stored is None:
        return None
    return datetime.fromisoformat(stored) if "T" in stored else date.fromisoformat(stored)


def set_published(doc: Doc, published: date | datetime | None) -> None:
    doc._.geonews_published = None if published is None else published.isoformat()


def warn(doc: Doc, message: str) -> None:
    """Record a warning that ends up on `Document.warnings` (each message once)."""
    stored = doc._.geonews_warnings or ()  # a tuple once read back from DocBin or to_bytes
    if message not in stored:
        doc._.geonews_warnings = [*stored, message]


def warnings_of(doc: Doc) -> list[str]:
    return list(doc._.geonews_warnings or [])


# stage results ----------------------------------------------------------------------------------


def times_of(doc: Doc) -> list[TimeRecord]:
    """The dates stage's time expressions (empty when it did not run)."""
    return _read(doc, "geonews_times", TimeRecord)


def set_times(doc: Doc, records: Iterable[TimeRecord | Mapping[str, Any]]) -> None:
    """Store the time expressions: `TimeRecord`s, or mappings of their fields."""
    typed = [as_record(TimeRecord, item, "set_times") for item in records]
    _write(doc, "geonews_times", typed)
    _span_group(doc, TIME_SPANS, [_span(doc, t.start, t.end, t.type, t.value or "") for t in typed])


def quotes_of(doc: Doc) -> list[QuoteRecord]:
    """The quotes stage's quotes (empty when it did not run)."""
    return _read(doc, "geonews_quotes", QuoteRecord)


def set_quotes(doc: Doc, records: Iterable[QuoteRecord | Mapping[str, Any]]) -> None:
    """Store the quotes: `QuoteRecord`s, or mappings of their fields."""
    typed = [as_record(QuoteRecord, item, "set_quotes") for item in records]
    _write(doc, "geonews_quotes", typed)
    _span_group(doc, QUOTE_SPANS, [_span(doc, *q.content, q.kind) for q in typed])


#: The mentions each Doc's mention span group was last written from, that group and its
#: length: a later `set_entities` with the same mentions (the geocoder adding places to
#: entities) keeps the group instead of building every span again.
_mention_groups: weakref.WeakKeyDictionary[Doc, tuple[tuple[tuple[int, int, str, str], ...], Any, int]] = (
    weakref.WeakKeyDictionary()
)


def set_entities(
    doc: Doc, records: Iterable[EntityRecord | Mapping[str, Any]] | None, *, ents: list[Span] | None = None
) -> None:
    """Store the resolved entities; None lets `entities_of` fall back to one per surface form.

    Call it after the stage's last change to ``doc.ents``: the entities in ``doc.ents``
    that are mentions take their entity's id as ``kb_id_``. A stage that has just set
    ``doc.ents`` may pass the spans it set as `ents`, so they are not read back (spaCy
    builds ``doc.ents`` again from every token on each read)."""
    if records is None:
        _write(doc, "geonews_entities", None)
        return
    typed = [as_record(EntityRecord, item, "set_entities") for item in records]
    _write(doc, "geonews_entities", typed)
    mentions = tuple([(m.start, m.end, m.label, record.id) for record in typed for m in record.mentions])
    written = _mention_groups.get(doc)
    group = doc.spans.get(MENTION_SPANS)
    if written is None or written[0] != mentions or written[1] is not group or len(group) != written[2]:
        same = {} if ents is None else {(ent.start_char, ent.end_char): ent for ent in ents}
        _span_group(doc, MENTION_SPANS, [_same_span(same.get(mention[:2]), *mention) or _span(doc, *mention) for mention in mentions])
        group = doc.spans[MENTION_SPANS]
        _mention_groups[doc] = (mentions, group, len(group))
    ents = list(doc.ents) if ents is None else ents
    ids = _entity_ids(typed)
    if any(ent.kb_id_ != ids.get((ent.start_char, ent.end_char), ent.kb_id_) for ent in ents):
        doc.ents = with_entity_ids(ents, typed)


def _same_span(span: Span | None, start: int, end: int, label: str, kb_id: str) -> Span | None:
    """`span` (an entity just set) where it is the mention's span as `_span` would build it
    (same characters, label and id), so the span group takes it without a new ``char_span``."""
    if span is not None and span.label_ == label and span.kb_id_ == kb_id and not span.id:
        return span
    return None


def with_entity_ids(spans: list[Span], records: Iterable[EntityRecord]) -> list[Span]:
    """`spans` (entities about to become ``doc.ents``), each that is a mention of one of
    `records` given its entity id as ``kb_id_`` (changed in place); set as ``doc.ents``
    before `set_entities`, the entities need no second write there."""
    ids = _entity_ids(records)
    for span in spans:
        ident = ids.get((span.start_char, span.end_char))
        if ident is not None and span.kb_id_ != ident:
            span.kb_id_ = ident
    return spans


def _entity_ids(records: Iterable[EntityRecord]) -> dict[tuple[int, int], str]:
    """{(start, end) of a mention: its entity's id}."""
    return {(m.start, m.end): record.id for record in records for m in record.mentions}


def entities_of(doc: Doc) -> list[EntityRecord]:
    """The document's entities: the alias stage's when it ran, else one per surface form."""
    if doc._.geonews_entities is None:
        set_entities(doc, entities_by_surface(doc))
    return _read(doc, "geonews_entities", EntityRecord)


def entity_spans(doc: Doc, ents: list[Span] | None = None) -> list[Span]:
    """The NER spans that name an actor or place (not dates, numbers, ...); `ents` is
    ``list(doc.ents)`` where the caller has read it."""
    return [ent for ent in (doc.ents if ents is None else ents) if ent.label_ in ENTITY_LABELS]


def dateline_offsets(doc: Doc) -> set[tuple[int, int]]:
    return {(s.start_char, s.end_char) for s in doc.spans.get(DATELINE_SPANS, [])}


# one name, one id -------------------------------------------------------------------------------


_POSSESSIVE_END = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def display_form(text: str) -> str:
    """A mention's text as an entity name: whitespace collapsed, no leading "the", no
    possessive ("Ruth Amadi's" -> "Ruth Amadi"). Cached: a pure function of the text."""
    text = " ".join(text.split())
    text = text[4:] if text.lower().startswith("the ") else text
    return _POSSESSIVE_END.sub("", text) or text


def local_entity(
    forms_and_labels: list[tuple[str, str]],
    taken: set[str] | frozenset[str] = frozenset(),
    entity_type: str | None = None,
) -> tuple[str, str, str]:
    """(id, name, type) of an entity the knowledge base does not know, from its mentions'
    (text, label): typed `entity_type` when a typing rule decided it, else by the most
    frequent label; named by the fullest form, with the id
    ``type:slug`` (``person:abu-omar-khorasani``) whichever stages ran; ``-2``, ``-3``, ...
    are added while the id is in `taken`."""
    entity_type = entity_type or Counter(label for _, label in forms_and_labels).most_common(1)[0][0]
    forms = [display_form(text) for text, _ in forms_and_labels]
    name = max(forms, key=lambda f: (len(f), not f.isupper(), -forms.index(f)))
    base = f"{entity_type.lower()}:{kb_slug(name) or 'entity'}"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return ident, name, entity_type


def entities_by_surface(doc: Doc) -> list[EntityRecord]:
    """One entity per folded surface form (`alias_key`), without alias knowledge."""
    datelines = dateline_offsets(doc)
    groups: dict[str, list[Span]] = {}
    for ent in entity_spans(doc):
        groups.setdefault(alias_key(ent.text) or ent.text, []).append(ent)
    records = []
    taken: set[str] = set()
    for members in groups.values():
        ident, name, entity_type = local_entity([(e.text, e.label_) for e in members], taken)
        taken.add(ident)
        mentions = [
            MentionRecord(e.start_char, e.end_char, e.label_, (e.start_char, e.end_char) in datelines)
            for e in members
        ]
        records.append(EntityRecord(ident, name, entity_type, ident, mentions))
    return records


# looking mentions up ----------------------------------------------------------------------------


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
    starts: list[int]
    mentions: list[tuple[int, int, int, EntityRecord]]  # (start, end, entity order, entity), by start
    longest: int


def _mention_index(doc: Doc) -> _MentionIndex:
    """Every mention sorted by start, built once per stored state of the document's entities."""
    entities_of(doc)
    decoded = _decoded[doc]["geonews_entities"]
    if decoded.index is None:
        mentions = sorted(
            ((m.start, m.end, order, record) for order, record in enumerate(decoded.records) for m in record.mentions),
            key=lambda item: item[:3],
        )
        decoded.index = _MentionIndex(
            [m[0] for m in mentions], mentions, max((m[1] - m[0] for m in mentions), default=0)
        )
    return decoded.index
