"""Extractor: one owner of a pipeline and its settings; nothing shared, nothing cached."""

import pytest

from geonews_extract import Extractor, extract, load_pipeline

TEXT = 'KABUL - "We will talk again," Zabihullah Mujahid said on Tuesday.'


@pytest.fixture(scope="module")
def two():
    return Extractor(), Extractor()


def test_remove_pipe_on_one_extractor_changes_no_other_nor_extract(two):
    first, second = two
    assert first.nlp is not second.nlp
    first.nlp.remove_pipe("quotes")
    assert first.extract(TEXT, published="2021-09-30").quotes == []
    assert second.extract(TEXT, published="2021-09-30").quotes
    assert extract(TEXT, published="2021-09-30").quotes


def test_exclude_and_disable():
    extractor = Extractor(exclude=["quotes"], disable=["dates"])
    assert "quotes" not in extractor.nlp.component_names
    assert "dates" in extractor.nlp.component_names and "dates" not in extractor.nlp.pipe_names
    document = extractor.extract(TEXT, published="2021-09-30")
    assert document.quotes == [] and document.times == [] and document.entities


def test_unknown_names_are_refused():
    with pytest.raises(ValueError, match="sentiment"):
        Extractor(exclude=["sentiment"])
    with pytest.raises(ValueError, match="unknown stage"):
        Extractor(config={"sentiment": {"level": 1}})


def test_stage_settings_are_checked_when_the_stage_is_built():
    with pytest.raises(ValueError, match="fuzzy_threshold"):
        Extractor(config={"aliases": {"fuzzy_threshold": -5}})


def test_a_config_file_of_ones_own(tmp_path):
    own = tmp_path / "stages.cfg"
    own.write_text(
        '[geonews]\nstages = ["news_ner"]\n\n[components]\n\n'
        '[components.news_ner]\nfactory = "geonews_news_ner"\ndatelines = false\n',
        encoding="utf-8",
    )
    extractor = Extractor(config_file=own)
    assert [n for n in extractor.nlp.pipe_names if n in ("news_ner", "aliases", "quotes")] == ["news_ner"]
    assert extractor.nlp.get_pipe_config("news_ner")["datelines"] is False


def test_a_broken_config_file_names_the_file(tmp_path):
    broken = tmp_path / "broken.cfg"
    broken.write_text('[geonews]\nstages = ["quotes"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.cfg"):
        Extractor(config_file=broken)


def test_a_callers_pipeline_is_never_changed(nlp):
    own = load_pipeline(stages=[])
    own.max_length = 1_000
    long_text = "Talks in Doha resumed. " * 50
    document = extract(long_text, nlp=own, max_chars=len(long_text))
    assert own.max_length == 1_000 and len(document.entities[0].mentions) == 50


def test_an_extractor_pickles_and_extracts_the_same_after(two):
    import pickle

    first, _ = two
    text = "The Taliban said on Monday that talks with Qatar would resume in Doha."
    copy = pickle.loads(pickle.dumps(first))
    assert copy.extract(text, published="2021-09-30") == first.extract(text, published="2021-09-30")
