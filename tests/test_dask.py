"""Extraction over Dask bags and dataframes on a two-worker LocalCluster."""

import dask
import pytest

from geonews_extract import Document, Extractor, extract
from geonews_extract.batch import JsonlOutput, run
from geonews_extract.corpus import Item
from geonews_extract.results import Result

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
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _records():
    records = [{"id": f"r{n}", "text": text, "published": "2021-09-30"} for n, text in enumerate(TEXTS * 2)]
    records.insert(3, {"id": "empty", "text": ""})
    return records


def _plugin_builds(client):
    def builds(dask_worker):
        return sum(plugin.built for name, plugin in dask_worker.plugins.items() if name.startswith("geonews-extractor-"))

    return client.run(builds)


def test_a_bag_of_records_gives_one_result_per_record_in_order(client, nlp):
    results = geonews_dask.extract_bag(db.from_sequence(_records(), npartitions=4)).compute()
    assert [r.id for r in results] == [r["id"] for r in _records()]
    assert results[3] == Result("empty", error="ValueError: empty text")
    assert results[0].document == extract(TEXTS[0], published="2021-09-30", id="r0", nlp=nlp)
    geonews_dask.extract_bag(db.from_sequence(_records(), npartitions=3)).compute()  # a second bag, same settings
    built = _plugin_builds(client)
    assert len(built) == 2 and all(count == 1 for count in built.values())  # once per worker, not per partition or bag


def test_dask_lines_are_byte_identical_to_batch_lines_and_parts_end_with_a_newline(client, tmp_path):
    records = _records()
    results = geonews_dask.extract_bag(db.from_sequence(records, npartitions=3), published="2020-01-01")
    geonews_dask.write_jsonl(results, str(tmp_path / "parts" / "part-*.jsonl"))
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl"))
    assert len(parts) == 3 and all(part.read_bytes().endswith(b"\n") for part in parts)
    joined = b"".join(part.read_bytes() for part in parts)
    items = [Item(r["id"], r["text"], r.get("published")) for r in records]
    run(items, JsonlOutput(tmp_path / "batch.jsonl"), extractor=Extractor(), published="2020-01-01")
    assert joined == (tmp_path / "batch.jsonl").read_bytes()


def test_a_dataframe_of_records(client):
    frame = pd.DataFrame(_records()).astype({"id": "string", "text": "string"})
    results = geonews_dask.extract_dataframe(dd.from_pandas(frame, npartitions=3)).compute()
    assert list(results.columns) == list(geonews_dask.RESULT_COLUMNS)
    assert results.id.tolist() == frame.id.tolist()
    assert results.set_index("id").loc["empty", "error"] == "ValueError: empty text"
    first = Document.model_validate_json(results.document.iloc[0])
    assert first.id == "r0" and str(first.published) == "2021-09-30"


def test_an_extractor_factory_on_a_local_scheduler_builds_once_per_bag():
    built = []

    def factory():
        built.append(1)
        return Extractor(stages=())

    bag = db.from_sequence(_records(), npartitions=4)
    with dask.config.set(scheduler="sync"):
        results = geonews_dask.extract_bag(bag, factory, client=None).compute()
    assert len(results) == len(_records()) and built == [1]
    assert all(result.document is None or result.document.quotes == [] for result in results)


def test_records_with_repeated_or_missing_ids_keep_their_place():
    extractor = Extractor()
    results = geonews_dask.extract_partition([{"id": "x", "text": TEXTS[0]}, {"id": "x", "text": TEXTS[2]}, {"text": TEXTS[1]}, 42], extractor)
    assert [r.id for r in results] == ["x", "x", None, None]
    assert results[1].document.text == TEXTS[2]
    assert results[3].error.startswith("TypeError")


def test_a_built_extractor_that_cannot_travel_says_to_pass_a_function(client):
    extractor = Extractor(stages=())
    try:
        results = geonews_dask.extract_bag(db.from_sequence(_records()[:2], npartitions=1), extractor).compute()
    except TypeError as err:
        assert "pass a function that builds one" in str(err)
    else:  # an Extractor that pickles is simply shipped to the workers
        assert [r.id for r in results] == ["r0", "r1"]
