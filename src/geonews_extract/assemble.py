"""Turning a processed spaCy `Doc` into the public `Document`: the one place that does it.

The Doc carries everything needed (see `annotations`): the stages' results, the
caller's original text, the publication date, input warnings and the id, so a Doc
read back from ``DocBin`` or returned by ``nlp.pipe(n_process=...)`` assembles to the
same Document.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from .annotations import PLACE_FIELDS, entities_of, id_of, original_text, published_of, quotes_of, times_of, warnings_of
from .document import (
    Anchor,
    DateRange,
    Document,
    Entity,
    Mention,
    Place,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    TimeExpression,
    TimeMod,
    TimeType,
)


def assemble(doc: Doc, doc_id: str | None = None) -> Document:
    """The Document of a processed Doc; `doc_id` overrides the id stored on the Doc."""
    text = original_text(doc)

    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, text=text[start:end])

    entities = [
        Entity(
            id=record.id,
            name=record.name,
            type=record.type,
            group=record.group,
            mentions=[
                Mention(**span(m.start, m.end).model_dump(), label=m.label, dateline=m.dateline)
                for m in sorted(record.mentions, key=lambda m: (m.start, m.end))
            ],
            place=Place(**dict(zip(PLACE_FIELDS, record.place, strict=True))) if record.place else None,
        )
        for record in entities_of(doc)
        if record.mentions
    ]
    entities.sort(key=lambda e: (e.mentions[0].start, e.id))
    times = [
        TimeExpression(
            **span(t.start, t.end).model_dump(),
            value=t.value,
            type=cast(TimeType, t.type),
            anchor=cast(Anchor | None, t.anchor),
            mod=cast(TimeMod | None, t.mod),
            range=DateRange.model_validate({"start": t.range[0], "end": t.range[1]}) if t.range else None,
        )
        for t in times_of(doc)
    ]
    quotes = [
        Quote(
            kind=cast(QuoteKind, q.kind),
            content=span(*q.content),
            speaker=Speaker(**span(*q.speaker).model_dump(), entity_id=q.speaker_entity_id) if q.speaker else None,
            cue=span(*q.cue) if q.cue else None,
            channel=span(*q.channel) if q.channel else None,
            parts=[span(*p) for p in q.parts],
        )
        for q in quotes_of(doc)
    ]
    return Document(
        id=id_of(doc) if doc_id is None else doc_id,
        text=text,
        published=published_of(doc),
        entities=entities,
        times=times,
        quotes=quotes,
        warnings=warnings_of(doc),
    )
