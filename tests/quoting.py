"""Helpers the quote tests share: the one quote whose content opens with given words, the
entity its speaker resolved to and that entity's name, every quote with its speaker and entity, and the quote
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


def entity_name_of(document, content_start):
    """The name of the entity the speaker of the one quote opening with `content_start` resolved to
    (None where it resolved to none)."""
    entity = entity_of(document, quote_by(document, content_start))
    return entity.name if entity else None


def speaker_entity_of(nlp, text, content_start):
    """`entity_name_of` the quote opening with `content_start` in what `extract` finds in `text`."""
    return entity_name_of(extract(text, nlp=nlp), content_start)


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
