"""Helpers the quote tests share: the one quote whose content opens with given words, the
entity its speaker resolved to, every quote with its speaker and entity, and the quote
benchmark's scoring module."""

import importlib.util
import sys
from pathlib import Path

from geonews_extract import extract

ROOT = Path(__file__).resolve().parent.parent


def quote_by(document, content_start):
    found = [q for q in document.quotes if q.content.text.startswith(content_start)]
    assert len(found) == 1, [(q.content.text, q.speaker and q.speaker.text) for q in document.quotes]
    return found[0]


def entity_of(document, quote):
    return document.entity(quote.speaker.entity_id) if quote.speaker and quote.speaker.entity_id else None


def quotes_with_entities(nlp, text):
    """(content, speaker phrase, speaker's entity name) of each quote `extract` finds in `text`."""
    document = extract(text, nlp=nlp)
    found = []
    for quote in document.quotes:
        entity = entity_of(document, quote)
        found.append((quote.content.text, quote.speaker.text if quote.speaker else None, entity.name if entity else None))
    return found


def quotes_benchmark():
    """`benchmarks/quotes.py`, loaded as a module: its case loader and scoring."""
    spec = importlib.util.spec_from_file_location("quotes_benchmark", ROOT / "benchmarks" / "quotes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
