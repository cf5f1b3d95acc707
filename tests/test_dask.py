"""Extraction over Dask bags and dataframes on a two-worker LocalCluster."""

import json

import pytest

from geonews_extract import Document, extract

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from geonews_extract import dask as geonews_dask  # noqa: E402

TEXTS = [
    "KABUL - The Taliban said on Tuesday that talks would resume.",
    "BEIRUT (Reuters) - Hezbollah warned Israel last week, the group said.",
    "The UN envoy met officials in Doha.",
    "Somali forces retook a town from al-Shabaab, officials said.",
]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def _records():
    records = [{"id": f"r{n}", "text": text, "published": "2021-09-30"} for n, text in enumerate(TEXTS * 2)]
    records.insert(3, {"id": "empty", "text": ""})
    return records


def test_a_bag_of_records_gives_one_result_per_record_in_order(client, nlp):
    results = geonews_dask.extract_bag(db.from_sequence(_records(), npartitions=4)).compute()
    assert [r["id"] for r in results] == [r["id"] for r in _records()]
    assert results[3] == {"id": "empty", "error": "ValueError: empty text"}
    assert Document.model_validate(results[0]) == extract(TEXTS[0], published="2021-09-30", id="r0", nlp=nlp)
    built = client.run(lambda: __import__("geonews_extract.dask", fromlist=["x"]).pipelines_built)
    assert len(built) == 2 and all(count <= 1 for count in built.values())  # once per worker, not per partition
    assert sum(built.values()) >= 1  # the work ran in the workers


def test_results_write_as_batch_lines(client):
    results = geonews_dask.extract_bag(db.from_sequence(_records()[:2], npartitions=1), published="2020-01-01")
    lines = results.map(lambda r: json.dumps(r)).compute()
    assert [json.loads(line)["id"] for line in lines] == ["r0", "r1"]


def test_a_dataframe_of_records(client):
    frame = pd.DataFrame(_records()).astype({"id": "string", "text": "string"})
    results = geonews_dask.extract_dataframe(dd.from_pandas(frame, npartitions=3)).compute()
    assert list(results.columns) == list(geonews_dask.RESULT_COLUMNS)
    assert results.id.tolist() == frame.id.tolist()
    assert results.set_index("id").loc["empty", "error"] == "ValueError: empty text"
    first = Document.model_validate_json(results.document.iloc[0])
    assert first.id == "r0" and str(first.published) == "2021-09-30"


def test_records_with_repeated_or_missing_ids_keep_their_place(nlp):
    results = geonews_dask.extract_partition([{"id": "x", "text": TEXTS[0]}, {"id": "x", "text": TEXTS[2]}, {"text": TEXTS[1]}, 42])
    assert [r["id"] for r in results] == ["x", "x", None, None]
    assert results[1]["text"] == TEXTS[2]
    assert results[3]["error"].startswith("TypeError")
