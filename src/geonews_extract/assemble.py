"""Turning a processed spaCy `Doc` into the public `Document`: the one place that does it.

The Doc carries everything needed (see `annotations`): the stages' results, the
caller's original text, the publication date, input warnings and the id, so a Doc
read back from ``DocBin`` or returned by ``nlp.pipe(n_process=...)`` assembles to the
same Document.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .annotations import PLACE_FIELDS, entities_of, id_of, original_text, published_of, quotes_of, times_of, warnings_of
from .document import Document


def assemble(doc: Doc, doc_id: str | None = None) -> Document:
    """The Document of a processed Doc; `doc_id` overrides the id stored on the Doc.

    The Document is built from plain values and validated once, as a whole, by
    `Document.model_validate`: every check of the models (offsets, span texts, closed
    vocabularies, the place's fields) runs as when each part is built on its own."""
    text = original_text(doc)

    def span(start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": text[start:end]}

    entities: list[dict[str, Any]] = [
        {
            "id": record.id,
            "name": record.name,
            "type": record.type,
            "group": record.group,
            "mentions": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": text[m.start : m.end],
                    "label": m.label,
                    "dateline": m.dateline,
                    "place_part": span(*m.place_part) if m.place_part else None,
                    "place": dict(zip(PLACE_FIELDS, m.place, strict=True)) if m.place else None,
                }
                for m in sorted(record.mentions, key=lambda m: (m.start, m.end))
            ],
            "place": dict(zip(PLACE_FIELDS, record.place, strict=True)) if record.place else None,
            "named_place": dict(zip(PLACE_FIELDS, record.named_place, strict=True)) if record.named_place else None,
        }
        for record in entities_of(doc)
        if record.mentions
    ]
    entities.sort(key=lambda e: (e["mentions"][0]["start"], e["id"]))
    times = [
        {
            **span(t.start, t.end),
            "value": t.value,
            "type": t.type,
            "anchor": t.anchor,
            "mod": t.mod,
            "range": {"start": t.range[0], "end": t.range[1]} if t.range else None,
            "quant": t.quant,
            "freq": t.freq,
        }
        for t in times_of(doc)
    ]
    quotes = [
        {
            "kind": q.kind,
            "content": span(*q.content),
            "speaker": {**span(*q.speaker), "entity_id": q.speaker_entity_id} if q.speaker else None,
            "cue": span(*q.cue) if q.cue else None,
            "channel": span(*q.channel) if q.channel else None,
            "parts": [span(*p) for p in q.parts],
            "verb_group": span(*q.verb_group) if q.verb_group else None,
        }
        for q in quotes_of(doc)
    ]
    return Document.model_validate(
        {
            "id": id_of(doc) if doc_id is None else doc_id,
            "text": text,
            "published": published_of(doc),
            "entities": entities,
            "times": times,
            "quotes": quotes,
            "warnings": warnings_of(doc),
        }
    )
