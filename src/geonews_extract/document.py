"""The typed result of extraction: what `extract` returns and a batch writes.

The field names follow the Document contract; every character offset indexes the
original input text, and every span's ``text`` equals ``Document.text[start:end]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:
    from .frames import Frames

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["published", "text"]
TimeMod = Literal[
    "APPROX", "START", "MID", "END", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
]  # fmt: skip
SetQuant = Literal["EVERY", "EACH"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class Span(BaseModel):
    """A stretch of the original text."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="Offset of the first character in Document.text.")
    end: int = Field(ge=0, description="Offset one past the last character in Document.text.")
    text: str = Field(description="The characters Document.text[start:end], unchanged.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text {self.text!r} has {len(self.text)} characters "
                f"but the span covers {self.end - self.start}"
            )
        return self


class Place(BaseModel):
    """The GeoNames record a place entity names, as the geocode stage read it."""

    model_config = ConfigDict(extra="forbid")

    geonameid: int | None = Field(
        description="GeoNames id; null for a division the shipped data knows by name only "
        "(first- and second-level divisions outside the US)."
    )
    name: str = Field(description="The record's GeoNames name ('Kyiv' for a text's 'Kiev').")
    latitude: float = Field(ge=-90, le=90, description="WGS84 latitude in degrees.")
    longitude: float = Field(ge=-180, le=180, description="WGS84 longitude in degrees.")
    country_code: str = Field(
        description="ISO 3166-1 alpha-2 code of the country it lies in; empty for a continent."
    )
    admin1: str | None = Field(
        default=None, description="Name of the first-level division (state, province) it lies in."
    )
    feature_class: str = Field(
        description="GeoNames feature class: A country or division, P populated place, L area, H water, ..."
    )
    feature_code: str = Field(
        description="GeoNames feature code: PCLI country, ADM1 first-level division, ADM2 second-level, "
        "PPLC capital, PPL populated place, CONT continent, ..."
    )
    population: int = Field(ge=0, description="Population as GeoNames gives it (0 where unknown).")
    confidence: float = Field(
        ge=0, le=1, description="How sure the geocode stage is of this reading among the name's readings (0-1)."
    )


class Mention(Span):
    """One place in the text where an entity is named."""

    label: str = Field(description="spaCy entity label of this mention: PERSON, ORG, GPE, ...")
    dateline: bool = Field(
        default=False, description="True for the place named in the article's dateline."
    )
    place_part: Span | None = Field(
        default=None,
        description="For an organisation named for a place: that place's name inside this mention "
        "('Alexandria' in 'the Alexandria Police Department'); the entity's named_place is its reading.",
    )
    place: Place | None = Field(
        default=None,
        description="The place this mention's own words name, where it differs from its entity's place: "
        "'Moscow' acting for Russia belongs to the entity Russia (place: the country) and names the city "
        "of Moscow here; null where the words name the entity's own place.",
    )


class Entity(BaseModel):
    """One real-world actor or place, with every mention of it in the text."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        description="Most specific canonical id: stable across documents for knowledge-base "
        "actors ('islamic-state-khorasan'), document-local otherwise."
    )
    name: str = Field(description="Canonical display name.")
    type: str = Field(description="PERSON, ORG, GPE, LOC, NORP, FAC, ... (spaCy's labels).")
    group: str = Field(
        description="Family-level id: affiliates roll up to their parent "
        "(ISKP -> islamic-state); equals id where there is no parent."
    )
    mentions: list[Mention] = Field(description="Every mention in the text, in order.")
    place: Place | None = Field(
        default=None,
        description="For a GPE, LOC or FAC entity: the GeoNames place it names, with coordinates; "
        "null when no reading is credible or the geocode stage did not run.",
    )
    named_place: Place | None = Field(
        default=None,
        description="For an organisation whose name holds a place ('the Alexandria Police Department', "
        "'University of Georgia'): the GeoNames place it is named for, where its mentions' place_part "
        "stands; null otherwise. The entity stays an organisation.",
    )


class DateRange(BaseModel):
    """The calendar days a time expression covers, both ends inclusive."""

    model_config = ConfigDict(extra="forbid")

    start: date = Field(description="First day covered (ISO date).")
    end: date = Field(description="Last day covered (ISO date), on or after start.")

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")
        return self


class TimeExpression(Span):
    """A time expression with its TIMEX3 value."""

    value: str | None = Field(
        description="TIMEX3 value as in TimeML/TempEval ('2021-08-26', '2021-W35', 'PAST_REF', "
        "'P3D', 'XXXX-08-26' when it cannot be anchored); null when it cannot be resolved."
    )
    type: TimeType = Field(description="TIMEX3 type.")
    anchor: Anchor | None = Field(
        default=None, description="What the value was resolved against, if anything."
    )
    mod: TimeMod | None = Field(
        default=None,
        description="TimeML mod: how the words around the expression qualify it ('about' -> "
        "APPROX, 'early' -> START, 'mid-' -> MID, 'the end of' -> END, 'more than' -> "
        "MORE_THAN, 'more than two years ago' -> BEFORE); null when nothing does.",
    )
    range: DateRange | None = Field(
        default=None,
        description="The calendar days the value covers, inclusive ('last month' -> its first "
        "and last day, '2021' -> the year, 'last week' -> Monday to Sunday), whatever the mod; "
        "null for durations, sets, *_REF values and what cannot be placed on the calendar.",
    )
    quant: SetQuant | None = Field(
        default=None,
        description="TimeML quant of a SET: the quantifier that makes it recur ('every Tuesday' -> "
        "EVERY, 'each month' -> EACH); null for other types and sets without one ('weekly').",
    )
    freq: str | None = Field(
        default=None,
        pattern=r"^(\d+|X)X$",
        description="TimeML freq of a SET: how many times it happens in each period of its value "
        "('twice a week' -> '2X' with value P1W, 'several times a year' -> 'XX'); null when the "
        "text does not say.",
    )


class Speaker(Span):
    """The source of a quote as written, with the entity it resolves to."""

    entity_id: str | None = Field(
        default=None,
        description="Entity.id of the speaker; null for a generic source such as 'critics'.",
    )


class Quote(BaseModel):
    """Reported speech: who said what, and with which cue."""

    model_config = ConfigDict(extra="forbid")

    kind: QuoteKind = Field(description="direct, indirect, or mixed (indirect with a quoted fragment).")
    content: Span = Field(description="The words reported; for direct quotes, inside the marks.")
    speaker: Speaker | None = Field(default=None, description="The source, when one is found.")
    cue: Span | None = Field(
        default=None, description="The speech verb or phrase ('said', 'warned', 'according to')."
    )
    channel: Span | None = Field(
        default=None, description="Where it was said, when named ('in a statement on Twitter')."
    )
    parts: list[Span] = Field(
        default_factory=list,
        description="The pieces, in order, of a quote broken by its attribution ('\"A,\" she said, "
        "\"B\"'; 'A, she said, B') or going on after it, in its paragraph or in the paragraphs "
        "after that are only a quote; the content runs from the first piece to the last. Empty "
        "when the content is one piece.",
    )
    verb_group: Span | None = Field(
        default=None,
        description="The cue with the auxiliaries, modals, negation and adverbs right before it "
        "('has repeatedly said', 'would only say'), the verb it completes ('went on to say'), a "
        "manner adverb right after it ('said dryly') and an issued text it speaks through ('put "
        "out a statement saying'), as attribution corpora annotate the cue; the cue itself where "
        "nothing goes with it. Set whenever the cue is.",
    )

    def words(self, joiner: str = " … ") -> str:
        """The reported words alone: the parts joined by `joiner`, without the attribution
        or the paragraph breaks between them ('"A," she said, "B"' -> 'A, … B'); the content
        itself when it is one piece."""
        return joiner.join(part.text for part in self.parts) if self.parts else self.content.text


class Document(BaseModel):
    """Everything extracted from one text."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="The caller's id for this text.")
    text: str = Field(description="The input text, unchanged.")
    published: datetime | date | None = Field(
        default=None, description="Publication date: the anchor for relative dates."
    )
    entities: list[Entity] = Field(default_factory=list, description="One per distinct actor or place.")
    times: list[TimeExpression] = Field(default_factory=list, description="Time expressions, in order.")
    quotes: list[Quote] = Field(default_factory=list, description="Attributed quotes, in order.")
    warnings: list[str] = Field(
        default_factory=list, description="What went wrong but did not stop extraction."
    )

    @field_validator("published", mode="before")
    @classmethod
    def _a_bare_date_stays_a_date(cls, value: object) -> object:
        """"2021-09-30" read from a dict (json.loads of a batch line) is a date, as from JSON."""
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        return value

    @model_validator(mode="after")
    def _spans_index_text(self) -> Document:
        for span in self.spans():
            if span.end > len(self.text) or self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span {span.start}:{span.end} {span.text!r} does not match the document text"
                )
        return self

    def spans(self) -> Iterator[Span]:
        """Every span in the document: mentions (and the places their names hold), times, and the parts of quotes."""
        for entity in self.entities:
            yield from entity.mentions
            yield from (m.place_part for m in entity.mentions if m.place_part is not None)
        yield from self.times
        for quote in self.quotes:
            yield quote.content
            yield from quote.parts
            for part in (quote.speaker, quote.cue, quote.channel):
                if part is not None:
                    yield part

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, if the document has one."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_frames(self) -> Frames:
        """This document as pandas DataFrames (documents, entities, mentions, times, quotes)."""
        from .frames import documents_to_frames

        return documents_to_frames([self])

    def _repr_html_(self) -> str:
        """The text with entities, times and quotes marked, for Jupyter."""
        from .display import render_html

        return render_html(self)
