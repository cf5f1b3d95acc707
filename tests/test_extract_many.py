"""extract_many: streams records through nlp.pipe; one bad record never stops a batch."""

import pytest
from spacy.language import Language

from geonews_extract import ExtractionWarning, extract, extract_many
from geonews_extract.pipeline import load_model

TEXTS = [
    "KABUL - The Taliban said on Tuesday that talks would resume.",
    "BEIRUT (Reuters) - Hezbollah warned Israel last week, the group said.",
    "The UN envoy met officials in Doha.",
]


def test_many_matches_one_by_one(nlp):
    many = list(extract_many(TEXTS, published="2021-09-30", nlp=nlp, batch_size=2))
    single = [extract(t, published="2021-09-30", nlp=nlp) for t in TEXTS]
    assert [d.model_dump() for d in many] == [d.model_dump() for d in single]


def test_records_carry_id_and_published(nlp):
    records = [
        {"id": "a", "text": TEXTS[0], "published": "2021-09-30"},
        ("b", TEXTS[1]),
        ("c", TEXTS[2], "2020-01-02"),
    ]
    docs = list(extract_many(records, published="2019-05-05", nlp=nlp))
    assert [(d.id, str(d.published)) for d in docs] == [("a", "2021-09-30"), ("b", "2019-05-05"), ("c", "2020-01-02")]


def test_bad_records_are_reported_and_skipped(nlp):
    failures = []
    records = [
        {"id": "ok1", "text": TEXTS[0]},
        {"id": "empty", "text": "   "},
        {"id": "bytes", "text": b"raw"},
        {"id": "date", "text": TEXTS[1], "published": "someday"},
        {"id": "no-text"},
        {"id": "ok2", "text": TEXTS[2]},
    ]
    docs = list(extract_many(records, nlp=nlp, on_error=lambda i, e: failures.append((i, type(e).__name__))))
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert failures == [("empty", "ValueError"), ("bytes", "TypeError"), ("date", "ValueError"), (None, "ValueError")]


def test_skipped_records_warn_by_default(nlp):
    with pytest.warns(ExtractionWarning, match="empty text"):
        docs = list(extract_many(["", TEXTS[0]], nlp=nlp))
    assert len(docs) == 1


@Language.component("explode_on_boom_for_test")
def explode_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("stage failed")
    return doc


def test_a_stage_that_crashes_on_one_document_spares_the_rest():
    own = load_model()
    own.add_pipe("explode_on_boom_for_test", last=True)
    failures = []
    texts = ["A calm day in Kabul.", "BOOM in Kabul.", "Talks in Doha."]
    docs = list(extract_many(texts, nlp=own, on_error=lambda i, e: failures.append(str(e))))
    assert [d.text for d in docs] == ["A calm day in Kabul.", "Talks in Doha."]
    assert failures == ["stage failed"]


def test_streams_without_reading_everything_first(nlp):
    consumed = []

    def records():
        for i in range(100):
            consumed.append(i)
            yield (f"r{i}", TEXTS[i % 3])

    stream = extract_many(records(), nlp=nlp, batch_size=4)
    first = next(stream)
    assert first.id == "r0"
    assert len(consumed) < 20


def test_two_processes_give_the_same_documents(nlp):
    docs = list(extract_many(TEXTS * 2, published="2021-09-30", n_process=2, batch_size=2))
    single = [extract(t, published="2021-09-30", nlp=nlp) for t in TEXTS * 2]
    assert [d.model_dump() for d in docs] == [d.model_dump() for d in single]
