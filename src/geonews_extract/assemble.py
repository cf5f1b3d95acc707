"""Turning an annotated spaCy `Doc` into the public `Document`."""

from __future__ import annotations

from spacy.tokens import Doc

from .annotations import entities_of, quotes_of, times_of, warnings_of
from .document import Document, Entity, Mention, Quote, Span, Speaker, TimeExpression
from .inputs import PreparedText


def assemble(doc: Doc, prepared: PreparedText, doc_id: str | None = None) -> Document:
    text = prepared.original

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
        )
        for record in entities_of(doc)
        if record.mentions
    ]
    entities.sort(key=lambda e: (e.mentions[0].start, e.id))
    times = [
        TimeExpression(**span(t.start, t.end).model_dump(), value=t.value, type=t.type, anchor=t.anchor)
        for t in times_of(doc)
    ]
    quotes = [
        Quote(
            kind=q.kind,
            content=span(*q.content),
            speaker=Speaker(**span(*q.speaker).model_dump(), entity_id=q.speaker_entity_id) if q.speaker else None,
            cue=span(*q.cue) if q.cue else None,
            channel=span(*q.channel) if q.channel else None,
            parts=[span(*p) for p in q.parts],
        )
        for q in quotes_of(doc)
    ]
    warnings = [*prepared.warnings, *warnings_of(doc)]
    return Document(
        id=doc_id,
        text=text,
        published=prepared.published,
        entities=entities,
        times=times,
        quotes=quotes,
        warnings=warnings,
    )
