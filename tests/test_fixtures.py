"""The fixture articles: their gold files are consistent, and the NER repairs hold on them."""

import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

from geonews_extract import extract

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def load(path):
    return path.read_text(encoding="utf-8"), json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))


def test_gold_files_are_consistent_with_their_articles():
    result = subprocess.run([sys.executable, str(FIXTURES / "check_fixtures.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_there_are_enough_articles():
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_dateline_and_person_repairs(nlp, path):
    text, gold = load(path)
    document = extract(text, published=gold["published"], nlp=nlp)
    datelines = [m.text for m in sorted((m for e in document.entities for m in e.mentions if m.dateline), key=lambda m: m.start)]
    if gold["dateline"]:
        assert datelines[:1] == [gold["dateline"]]
    else:
        assert datelines == []
    people = {m.text for e in document.entities for m in e.mentions if m.label == "PERSON"}
    for wrong in gold.get("not_person", []):
        assert wrong not in people
