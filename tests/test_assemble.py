"""`assemble`: a processed Doc to a Document, validated once as a whole.

The reference below builds the same Document the long way, one validated model per part;
both must agree on every text, and bad records must be refused as the models refuse them.
"""

import pytest
from pydantic import ValidationError

from geonews_extract import Extractor
from geonews_extract.annotations import (
    PLACE_FIELDS,
    EntityRecord,
    MentionRecord,
    QuoteRecord,
    TimeRecord,
    entities_of,
    id_of,
    original_text,
    published_of,
    quotes_of,
    set_entities,
    set_quotes,
    set_times,
    times_of,
    to_plain,
    warnings_of,
)
from geonews_extract.assemble import assemble
from geonews_extract.document import DateRange, Document, Entity, Mention, Place, Quote, Span, Speaker, TimeExpression
from geonews_extract.extractor import Job
from geonews_extract.inputs import prepare

TEXTS = (
    "Harbour Strike Ends\n"
    "LAGOS, Nigeria (Reuters) - Dock workers in Lagos ended a strike on Thursday after ten days, "
    '"We have been heard," union leader Amaka Obi said. Obi told reporters the port would reopen next week.',
    "<p>OSLO - Norway's foreign minister said on 3 March 2021 that talks with Sweden would start in the spring.</p>",
    "Markets fell in early 1998 and again around mid-2003, officials in Ottawa and Canberra noted.",
)


def part_by_part(doc) -> Document:
    """The Document built one validated model at a time (the reference)."""
    text = original_text(doc)

    def span(start: int, end: int) -> Span:
        return Span(start=start, end=end, text=text[start:end])

    entities = [
        Entity(
            id=r.id,
            name=r.name,
            type=r.type,
            group=r.group,
            mentions=[
                Mention(start=m.start, end=m.end, text=text[m.start : m.end], label=m.label, dateline=m.dateline)
                for m in sorted(r.mentions, key=lambda m: (m.start, m.end))
            ],
            place=Place(**dict(zip(PLACE_FIELDS, r.place, strict=True))) if r.place else None,
        )
        for r in entities_of(doc)
        if r.mentions
    ]
    entities.sort(key=lambda e: (e.mentions[0].start, e.id))
    times = [
        TimeExpression(
            start=t.start,
            end=t.end,
            text=text[t.start : t.end],
            value=t.value,
            type=t.type,
            anchor=t.anchor,
            mod=t.mod,
            range=DateRange(start=t.range[0], end=t.range[1]) if t.range else None,
        )
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
            verb_group=span(*q.verb_group) if q.verb_group else None,
        )
        for q in quotes_of(doc)
    ]
    return Document(
        id=id_of(doc),
        text=text,
        published=published_of(doc),
        entities=entities,
        times=times,
        quotes=quotes,
        warnings=warnings_of(doc),
    )


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor.around(nlp)


def processed(extractor, text, published="2021-03-04"):
    return extractor.nlp(extractor.make_doc(Job("story", prepare(text, published))))


@pytest.mark.parametrize("text", TEXTS)
def test_assembled_document_equals_the_one_built_part_by_part(extractor, text):
    doc = processed(extractor, text)
    document = assemble(doc)
    assert document == part_by_part(doc)
    assert document.model_dump_json() == part_by_part(doc).model_dump_json()


def test_every_kind_of_part_is_assembled(extractor):
    documents = [assemble(processed(extractor, text)) for text in TEXTS]
    assert any(d.entities for d in documents) and any(d.times for d in documents) and any(d.quotes for d in documents)
    assert any(d.warnings for d in documents)  # the HTML text


def _bare(extractor, text="Talks in Doha resumed on Monday."):
    return extractor.nlp.make_doc(text)


def _store(name, records):
    """Stored values as a Doc read back from elsewhere could carry them (no accessor checks)."""
    return lambda doc: setattr(doc._, name, to_plain(records))


@pytest.mark.parametrize(
    "write",
    [
        _store("geonews_times", [TimeRecord(10, 4, "2021", "DATE")]),  # end before start
        _store("geonews_times", [TimeRecord(-3, 4, "2021", "DATE")]),
        lambda doc: set_times(doc, [TimeRecord(0, 4, "2021", "NOT_A_TYPE")]),
        lambda doc: set_times(doc, [TimeRecord(0, 4, "2021", "DATE", mod="SOMETIMES")]),
        lambda doc: set_quotes(doc, [QuoteRecord("shouted", (0, 5))]),
        _store("geonews_quotes", [QuoteRecord("direct", (6, 2))]),
        _store("geonews_entities", [EntityRecord("doha", "Doha", "GPE", "doha", [MentionRecord(9, 999, "GPE")])]),
        lambda doc: set_entities(doc, [EntityRecord("doha", "Doha", "GPE", "doha", [MentionRecord(9, 13, "GPE")], ("x",))]),
    ],
)
def test_records_the_models_refuse_are_refused(extractor, write):
    doc = _bare(extractor)
    write(doc)
    with pytest.raises((ValidationError, ValueError)):
        assemble(doc)
