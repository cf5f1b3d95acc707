"""Documents as DataFrames with document ids, ready for groupby."""

import json

import pytest

from geonews_extract import Document
from geonews_extract.frames import COLUMNS, documents_to_frames

pd = pytest.importorskip("pandas")


def _document(doc_id, text, groups, quote=None, time=None):
    entities = []
    for entity_id, group, form in groups:
        start = text.index(form)
        entities.append({"id": entity_id, "name": form, "type": "ORG", "group": group,
                         "mentions": [{"start": start, "end": start + len(form), "text": form, "label": "ORG"}]})
    quotes, times = [], []
    if quote:
        content, speaker, entity_id = quote
        c, s = text.index(content), text.index(speaker)
        quotes.append({"kind": "indirect", "content": {"start": c, "end": c + len(content), "text": content},
                       "speaker": {"start": s, "end": s + len(speaker), "text": speaker, "entity_id": entity_id}})
    if time:
        t = text.index(time[0])
        times.append({"start": t, "end": t + len(time[0]), "text": time[0], "value": time[1], "type": "DATE"})
    return Document.model_validate({"id": doc_id, "text": text, "published": "2021-09-30", "entities": entities, "quotes": quotes, "times": times})


DOCS = [
    _document("d1", "ISKP and ISIS clashed with the Taliban.",
              [("islamic-state-khorasan", "islamic-state", "ISKP"), ("islamic-state", "islamic-state", "ISIS"), ("taliban", "taliban", "Taliban")],
              quote=("clashed with the Taliban", "ISIS", "islamic-state"), time=None),
    _document("d2", "The Taliban met in Doha on Tuesday.", [("taliban", "taliban", "Taliban")], time=("Tuesday", "2021-09-28")),
]


def test_every_frame_has_its_columns_and_document_ids():
    frames = documents_to_frames(DOCS)
    for name, frame in frames._asdict().items():
        assert list(frame.columns) == list(COLUMNS[name])
    assert list(frames.documents.doc_id) == ["d1", "d2"]
    assert list(frames.mentions.doc_id) == ["d1", "d1", "d1", "d2"]
    assert frames.times.loc[0, ["doc_id", "text", "value"]].tolist() == ["d2", "Tuesday", "2021-09-28"]
    quote = frames.quotes.iloc[0]
    assert (quote.doc_id, quote.speaker, quote.speaker_entity_id, quote.speaker_group) == ("d1", "ISIS", "islamic-state", "islamic-state")


def test_ready_for_groupby():
    frames = documents_to_frames(DOCS)
    per_group = frames.mentions.groupby("group").doc_id.nunique().to_dict()
    assert per_group == {"islamic-state": 1, "taliban": 2}
    assert frames.documents.set_index("doc_id").entities.to_dict() == {"d1": 3, "d2": 1}


def test_batch_lines_with_errors_read_straight_in():
    lines = [json.loads(DOCS[0].model_dump_json()), {"id": "bad.txt", "error": "ValueError: empty text"}]
    frames = documents_to_frames(lines)
    assert frames.documents.error.tolist()[1] == "ValueError: empty text"
    assert pd.isna(frames.documents.error.tolist()[0])
    assert frames.documents.published.tolist()[0] == "2021-09-30"
    assert set(frames.mentions.doc_id) == {"d1"}


def test_no_documents_give_empty_typed_frames():
    frames = documents_to_frames([])
    assert all(len(frame) == 0 for frame in frames)
    assert str(frames.mentions.start.dtype) == "Int64"


def test_one_document_to_frames():
    frames = DOCS[1].to_frames()
    assert frames.entities.loc[0, ["doc_id", "entity_id", "mentions"]].tolist() == ["d2", "taliban", 1]


def test_results_go_straight_in_and_a_repeated_id_keeps_the_first_with_a_warning():
    from geonews_extract.frames import DuplicateIdWarning
    from geonews_extract.results import Result

    results = [Result(DOCS[0].id, document=DOCS[0]), Result.failed("broken", ValueError("empty text")), Result(DOCS[0].id, document=DOCS[1])]
    with pytest.warns(DuplicateIdWarning, match="'d1' at position 2 repeats the one at position 0"):
        frames = documents_to_frames(results)
    assert frames.documents.doc_id.tolist() == ["d1", "broken"]
    assert frames.documents.doc_id.is_unique
    assert frames.documents.set_index("doc_id").loc["broken", "error"] == "ValueError: empty text"
    assert set(frames.times.doc_id) <= {"d1"}


def test_the_month_recipe_of_the_docs_keeps_only_dates():
    times = documents_to_frames(DOCS).times
    present = pd.DataFrame([{"doc_id": "d3", "value": "PRESENT_REF", "type": "DATE"}]).astype("string")
    both = pd.concat([times, present], ignore_index=True)
    dated = both[both.value.str.match(r"\d{4}-\d{2}", na=False)]
    assert dated.value.str.slice(0, 7).value_counts().to_dict() == {"2021-09": 1}


def test_a_quote_in_pieces_gives_its_words_beside_its_content_span():
    text = '"We are ready," Ana Ruiz said, "and we will wait."'
    first, second = "We are ready,", "and we will wait."
    a, b = text.index(first), text.index(second)
    document = Document.model_validate({"id": "q", "text": text, "quotes": [{
        "kind": "direct", "content": {"start": a, "end": b + len(second), "text": text[a : b + len(second)]},
        "parts": [{"start": a, "end": a + len(first), "text": first}, {"start": b, "end": b + len(second), "text": second}],
    }]})
    row = documents_to_frames([document]).quotes.iloc[0]
    assert row["words"] == "We are ready, … and we will wait."
    assert row["content"] == text[row["content_start"] : row["content_end"]]
