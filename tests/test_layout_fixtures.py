"""The layout fixtures (fixtures/layouts): wire, archive and web stories with their headlines,
datelines and bylines, read by the functions and by the whole pipeline."""

import json
from pathlib import Path

import pytest

from geonews_extract import extract
from geonews_extract.layout import headline_lines
from geonews_extract.ner.bylines import byline_names
from geonews_extract.ner.datelines import find_dateline

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
GOLD = {k: v for k, v in json.loads((LAYOUTS / "layouts.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def read(name):
    return (LAYOUTS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(GOLD))
def test_layout_functions(name):
    text, gold = read(name), GOLD[name]
    headlines = [text[s:e] for s, e in headline_lines(text)]
    assert headlines == gold["headlines"]
    assert not set(headlines) & set(gold["not_headlines"])
    end = max((e for _s, e in headline_lines(text)), default=0)
    found = find_dateline(text, end)
    assert ([text[s:e] for s, e in found.spans] if found else []) == gold["dateline"]
    assert [text[s:e] for s, e in byline_names(text)] == gold["bylines"]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_layout_in_the_document(name, nlp):
    text, gold = read(name), GOLD[name]
    document = extract(text, nlp=nlp)
    mentions = [m for e in document.entities for m in e.mentions]
    assert [m.text for m in mentions if m.dateline] == gold["dateline"]
    people = {m.text for m in mentions if m.label == "PERSON"}
    assert set(gold["bylines"]) <= people
    dateline_end = max((m.end for m in mentions if m.dateline), default=None)
    if dateline_end is not None:  # the dateline takes in no word after it
        assert not any(m.start < dateline_end < m.end for m in mentions)
