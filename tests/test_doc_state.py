"""Stage results live on the Doc as spaCy can serialise them: to_bytes, DocBin, nlp.pipe(n_process)."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin

from geonews_extract import Extractor, extract
from geonews_extract.annotations import (
    MENTION_SPANS,
    QUOTE_SPANS,
    TIME_SPANS,
    EntityRecord,
    MentionRecord,
    QuoteRecord,
    TimeRecord,
    entities_of,
    from_plain,
    published_of,
    quotes_of,
    set_entities,
    set_published,
    set_quotes,
    set_times,
    times_of,
    to_plain,
    warn,
    warnings_of,
)
from geonews_extract.assemble import assemble
from geonews_extract.extractor import Job
from geonews_extract.inputs import prepare

STORY = (
    "Rebels Seize Border Town\n"
    "GOMA, Congo (AP) - The M23 rebels said on Monday that they held the town of Bunagana. "
    '"We will not leave," said Willy Ngoma, a spokesman. Ngoma added that talks in 1990-91 failed.'
)
HTML = "<html><body><p>KABUL - The Taliban said on Tuesday that talks would resume.</p><p>More.</p></body></html>"


def processed(extractor, text, published="2022-06-14", doc_id="story"):
    return extractor.nlp(extractor.make_doc(Job(doc_id, prepare(text, published))))


def test_a_processed_doc_survives_docbin_and_assembles_to_the_same_document(nlp):
    extractor = Extractor.around(nlp)
    for text in (STORY, HTML):
        doc = processed(extractor, text)
        expected = assemble(doc)
        assert expected.entities and expected.times  # something to lose
        stored = DocBin(store_user_data=True)
        stored.add(doc)
        (again,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
        assert assemble(again) == expected
        assert assemble(Doc(nlp.vocab).from_bytes(doc.to_bytes())) == expected


def test_a_doc_read_back_from_docbin_takes_more_warnings(nlp):
    doc = processed(Extractor.around(nlp), HTML)
    assert warnings_of(doc)  # the HTML warning
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (again,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    warn(again, "a later stage's warning")
    warn(again, "a later stage's warning")
    assert warnings_of(again) == [*warnings_of(doc), "a later stage's warning"]


def test_the_assembled_document_is_what_extract_returns(nlp):
    doc = processed(Extractor.around(nlp), HTML)
    assert assemble(doc) == extract(HTML, published="2022-06-14", id="story", nlp=nlp)
    assert assemble(doc).text == HTML and doc.text != HTML  # the original, not the masked text


def test_results_are_also_spacy_spans_and_entity_ids(nlp):
    doc = processed(Extractor.around(nlp), STORY)
    ids = {(m.start, m.end): e.id for e in entities_of(doc) for m in e.mentions}
    linked = [ent for ent in doc.ents if (ent.start_char, ent.end_char) in ids]
    assert linked and all(ent.kb_id_ == ids[(ent.start_char, ent.end_char)] for ent in linked)
    assert {(s.start_char, s.end_char, s.kb_id_) for s in doc.spans[MENTION_SPANS]} == {
        (start, end, ident) for (start, end), ident in ids.items()
    }
    assert [s.label_ for s in doc.spans[TIME_SPANS]] == [t.type for t in times_of(doc)]
    assert [s.label_ for s in doc.spans[QUOTE_SPANS]] == [q.kind for q in quotes_of(doc)]


def test_pipe_with_two_processes_and_context(nlp):
    extractor = Extractor.around(nlp)
    texts = [STORY, HTML, "The UN envoy met officials in Doha on Friday."]
    docs = [extractor.make_doc(Job(str(i), prepare(t, "2022-06-14"))) for i, t in enumerate(texts)]
    expected = [extract(t, published="2022-06-14", id=str(i), nlp=nlp) for i, t in enumerate(texts)]
    piped = list(nlp.pipe(((d, i) for i, d in enumerate(docs)), n_process=2, batch_size=2, as_tuples=True))
    assert [context for _, context in piped] == [0, 1, 2]
    assert [assemble(doc) for doc, _ in piped] == expected


def test_time_offsets_inside_a_token_are_kept_exactly(nlp):
    doc = nlp.make_doc("Sales in FY2021 and FY2022 rose.")
    assert "FY2021" in [t.text for t in doc]
    records = [TimeRecord(11, 15, "2021", "DATE"), TimeRecord(22, 26, "2022", "DATE")]
    set_times(doc, records)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert times_of(again) == records
    assert [s.text for s in again.spans[TIME_SPANS]] == ["FY2021", "FY2022"]  # the tokens around them


def test_published_dates_and_datetimes_round_trip(nlp):
    for value in (None, date(2021, 9, 30), datetime(2021, 9, 30, 8, 15, tzinfo=timezone(timedelta(hours=-4)))):
        doc = nlp.make_doc("Kabul.")
        set_published(doc, value)
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert published_of(again) == value and type(published_of(again)) is type(value)


offsets = st.integers(min_value=0, max_value=10_000)
pairs = st.tuples(offsets, offsets)
text = st.text(max_size=20)
mentions = st.builds(MentionRecord, offsets, offsets, text, st.booleans())
entity_records = st.builds(EntityRecord, text, text, text, text, st.lists(mentions, max_size=4))
time_records = st.builds(TimeRecord, offsets, offsets, st.none() | text, text, st.none() | text)
quote_records = st.builds(QuoteRecord, text, pairs, st.none() | pairs, st.none() | text, st.none() | pairs, st.none() | pairs)


@given(st.lists(entity_records, max_size=3), st.lists(time_records, max_size=3), st.lists(quote_records, max_size=3))
def test_any_records_survive_plain_values(entities, times, quotes):
    import srsly

    for cls, records in ((EntityRecord, entities), (TimeRecord, times), (QuoteRecord, quotes)):
        plain = srsly.msgpack_loads(srsly.msgpack_dumps(to_plain(records)))  # tuples come back as lists
        assert [from_plain(cls, values) for values in plain] == records


@dataclass(frozen=True)
class _WithNewFields:
    start: int
    end: int
    mod: str | None = None
    range: tuple[str, str] | None = None
    parts: list[MentionRecord] = field(default_factory=list)


def test_fields_added_to_a_record_are_stored_without_a_change_in_storage():
    record = _WithNewFields(1, 4, "APPROX", ("1990", "1991"), [MentionRecord(1, 2, "GPE")])
    assert from_plain(_WithNewFields, to_plain(record)) == record
    assert from_plain(_WithNewFields, [1, 4]) == _WithNewFields(1, 4)  # stored before the fields existed


def test_a_stage_that_writes_through_the_accessors_is_serialised(nlp):
    doc = nlp("Talks in Doha resumed.")
    set_entities(doc, [EntityRecord("qatar:doha", "Doha", "GPE", "qatar", [MentionRecord(9, 13, "GPE")])])
    set_quotes(doc, [QuoteRecord("indirect", (0, 5))])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert entities_of(again) == entities_of(doc) and quotes_of(again) == quotes_of(doc)


def _mention_spans(doc):
    return [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[MENTION_SPANS]]


def test_the_mention_spans_follow_every_change_of_the_entities(nlp):
    doc = nlp("Talks in Doha and Cairo resumed.")
    doha = EntityRecord("qatar:doha", "Doha", "GPE", "qatar", [MentionRecord(9, 13, "GPE")])
    set_entities(doc, [doha])
    placed = EntityRecord("qatar:doha", "Doha", "GPE", "qatar", [MentionRecord(9, 13, "GPE")], place=(1, "Doha"))
    set_entities(doc, [placed])  # the same mentions: the spans stay as they were
    assert _mention_spans(doc) == [(9, 13, "GPE", "qatar:doha")]
    cairo = EntityRecord("egypt:cairo", "Cairo", "GPE", "egypt", [MentionRecord(18, 23, "GPE")])
    set_entities(doc, [placed, cairo])
    assert _mention_spans(doc) == [(9, 13, "GPE", "qatar:doha"), (18, 23, "GPE", "egypt:cairo")]
    doc.spans[MENTION_SPANS] = []  # a caller's change of the group is never taken for the stored one
    set_entities(doc, [placed, cairo])
    assert _mention_spans(doc) == [(9, 13, "GPE", "qatar:doha"), (18, 23, "GPE", "egypt:cairo")]
    doc.spans[MENTION_SPANS].append(doc[0:1])
    set_entities(doc, [placed, cairo])
    assert _mention_spans(doc) == [(9, 13, "GPE", "qatar:doha"), (18, 23, "GPE", "egypt:cairo")]


def test_plain_values_keep_a_tuple_of_plain_values_and_convert_any_other():
    place_part = (3, 9)
    assert to_plain(place_part) is place_part  # immutable and plain already: stored as it is
    assert to_plain((1, ("a", 2))) == (1, ("a", 2))
    assert to_plain((1, [2, 3])) == (1, (2, 3))  # a list inside is still made a tuple
    mention = MentionRecord(0, 5, "GPE", place_part=place_part)
    assert to_plain(mention) == (0, 5, "GPE", False, (3, 9), None)


def test_nested_plain_values_come_back_as_tuples():
    import srsly

    reading = (2988507, "Paris", 48.85341, 2.3488, "FR", "11", "P", "PPLC", 2138551, 0.9)
    mention = MentionRecord(4, 9, "GPE", True, place_part=(4, 9), place=reading)
    entity = EntityRecord("gpe:paris", "Paris", "GPE", "gpe:paris", [mention], place=reading, named_place=None)
    quote = QuoteRecord("direct", (20, 40), (0, 3), "person:ann", (41, 45), None, ((20, 28), (30, 40)), (41, 45))
    when = TimeRecord(50, 60, "2021-09", "DATE", range=("2021-09-01", "2021-09-30"))
    for cls, record in ((EntityRecord, entity), (QuoteRecord, quote), (TimeRecord, when)):
        (values,) = srsly.msgpack_loads(srsly.msgpack_dumps(to_plain([record])))
        again = from_plain(cls, values)
        assert again == record
        assert all(type(getattr(again, name)) is not list for name in ("place", "parts", "range") if hasattr(again, name))
    assert type(from_plain(EntityRecord, srsly.msgpack_loads(srsly.msgpack_dumps(to_plain(entity)))).mentions[0].place) is tuple
