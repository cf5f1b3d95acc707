"""load_pipeline: a spaCy pipeline users change the way they change any spaCy pipeline."""

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from geonews_extract import DEFAULT_STAGES, ModelNotFoundError, extract, load_pipeline
from geonews_extract.pipeline import load_model


def test_default_pipeline_has_the_model_then_every_stage(nlp):
    names = nlp.pipe_names
    assert set(DEFAULT_STAGES) <= set(names)
    after_ner = [n for n in DEFAULT_STAGES if n != "line_breaks"]
    assert names[-len(after_ner):] == after_ner
    assert names.index("ner") < names.index("news_ner")
    assert names.index("line_breaks") < names.index("parser")


def test_every_call_builds_a_new_pipeline_that_changes_nothing_else(nlp):
    own = load_pipeline()
    assert own is not nlp and own.pipe_names == nlp.pipe_names
    own.remove_pipe("quotes")
    assert "quotes" in nlp.pipe_names and "quotes" in load_pipeline().pipe_names


def test_a_stage_can_be_dropped():
    bare = load_pipeline(stages=[])
    assert "news_ner" not in bare.pipe_names
    doc = extract("Taliban Warns US To Stop Drones\nThe Taliban said so on Twitter.", nlp=bare)
    people = {m.text for e in doc.entities for m in e.mentions if m.label == "PERSON"}
    assert "Warns US" in people  # what the bare model does, repaired by news_ner


def test_stage_settings_go_through_spacy_config():
    nlp = load_pipeline(news_ner={"datelines": False})
    assert nlp.get_pipe_config("news_ner")["datelines"] is False
    doc = extract("KABUL - The Taliban said on Tuesday.", nlp=nlp)
    assert not any(m.dateline for e in doc.entities for m in e.mentions)


def test_unknown_stage_names_are_refused():
    with pytest.raises(ValueError, match="unknown stage"):
        load_pipeline(stages=["ner", "sentiment"])


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no_such_model"):
        load_model("no_such_model")


def test_a_users_own_language_and_component(tmp_path):
    own = load_model()

    @Language.component("count_words_for_test")
    def count_words(doc):
        doc.user_data["words"] = len(doc)
        return doc

    nlp = load_pipeline(own)
    nlp.add_pipe("count_words_for_test", last=True)
    assert nlp.pipe_names[-1] == "count_words_for_test"
    doc = nlp("KABUL - The Taliban said on Tuesday.")
    assert doc.user_data["words"] == len(doc)


def test_stages_are_plain_spacy_factories_and_survive_to_disk(tmp_path):
    nlp = load_model()
    nlp.add_pipe("geonews_news_ner", name="news_ner")
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert "news_ner" in again.pipe_names
    doc = extract("Taliban Warns US To Stop Drones\nIt posted on Twitter.", nlp=again)
    assert {m.label for e in doc.entities for m in e.mentions if m.text == "Twitter"} == {"ORG"}


def test_user_organisation_list(tmp_path):
    names = tmp_path / "orgs.json"
    names.write_text('{"ORG": ["Kabul Now"]}', encoding="utf-8")
    nlp = load_pipeline(news_ner={"organisations": str(names)})
    doc = extract("The report was first published by Kabul Now on Tuesday.", nlp=nlp)
    assert {m.label for e in doc.entities for m in e.mentions if m.text == "Kabul Now"} == {"ORG"}


def test_a_broken_organisation_file_names_the_file(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        load_pipeline(news_ner={"organisations": str(broken)})


def test_the_documented_config_file_builds_the_whole_pipeline():
    from spacy.util import load_config, load_model_from_config

    config = load_config(Path(__file__).resolve().parent.parent / "docs" / "examples" / "pipeline.cfg")
    nlp = load_model_from_config(config, auto_fill=True)
    assert nlp.pipe_names == list(config["nlp"]["pipeline"])
    doc = extract("Taliban Warns US Over Drones\nKABUL - The Taliban said on Tuesday that the drones must stop.",
                  published="2021-09-30", nlp=nlp)
    assert [t.value for t in doc.times] == ["2021-09-28"]
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_a_replacement_stage_may_write_plain_mappings_and_a_wrong_shape_fails_at_once(nlp):
    from geonews_extract import Extractor
    from geonews_extract.annotations import set_times, times_of

    @Language.component("plain_dict_dates_for_test")
    def plain_dict_dates(doc):
        set_times(doc, [{"start": t.idx, "end": t.idx + len(t), "value": t.text, "type": "DATE"} for t in doc if t.like_num])
        return doc

    extractor = Extractor()
    extractor.nlp.replace_pipe("dates", "plain_dict_dates_for_test")
    document = extractor.extract("The talks of 2019 failed.")
    assert [(t.text, t.value, t.type) for t in document.times] == [("2019", "2019", "DATE")]

    doc = nlp.make_doc("The talks of 2019 failed.")
    with pytest.raises(TypeError, match="TimeRecord"):
        set_times(doc, [{"begin": 13, "end": 17, "value": "2019", "type": "DATE"}])
    with pytest.raises(TypeError, match="TimeRecord"):
        set_times(doc, ["2019"])
    doc._.geonews_times = [{"start": 13, "end": 17, "value": "2019", "type": "DATE"}]  # written past set_times
    assert times_of(doc)[0].value == "2019"
