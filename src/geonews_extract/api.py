"""`extract` for one text and `extract_many` for a stream of them.

Both run on a private default `Extractor`, built on first use and reachable by no
caller, so nothing a caller does to a pipeline of their own changes what these
functions return. Pass ``extractor=`` (or a pipeline as ``nlp=``) to run on your own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language

from .document import Document
from .extractor import ErrorHandler, ExtractionWarning, Extractor, Published
from .inputs import DEFAULT_MAX_CHARS

__all__ = ["ErrorHandler", "ExtractionWarning", "Published", "extract", "extract_many"]

_default: Extractor | None = None
_default_lock = threading.Lock()


def extract(
    text: str,
    *,
    published: Published = None,
    id: str | None = None,
    nlp: Language | None = None,
    extractor: Extractor | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Document:
    """Extract entities, times and quotes from one news text.

    published: the publication date (date, datetime or ISO 8601 / RFC 2822 string) that
        relative dates are anchored to; without it they stay unresolved.
    extractor: the `Extractor` to run (default: a private one with the standard pipeline);
        nlp: a spaCy pipeline to run as it is instead (from `load_pipeline`, or your own).
    Raises TypeError for non-str input and ValueError for empty or oversized text
    or an unparseable `published`.
    """
    return _extractor(nlp, extractor, max_chars).extract(text, published=published, id=id)


def extract_many(
    texts_or_records: Iterable[str | Mapping[str, Any] | tuple],
    *,
    published: Published = None,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
    extractor: Extractor | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Stream Documents for many texts, in input order, using ``nlp.pipe``.

    Each item is a text, a mapping with "text" and optional "id" and "published",
    or a tuple (id, text) or (id, text, published). A record's own `published` wins
    over the argument. A record that cannot be extracted is skipped and reported to
    `on_error(id, exception)` (default: an `ExtractionWarning`); the stream goes on.
    With `n_process` > 1 batches run in supervised worker processes (see `workers`):
    a worker that dies costs only the document that killed it, reported as `WorkerDied`.
    """
    return _extractor(nlp, extractor, max_chars).extract_many(
        texts_or_records, published=published, batch_size=batch_size, n_process=n_process, on_error=on_error
    )


def _extractor(nlp: Language | None, extractor: Extractor | None, max_chars: int) -> Extractor:
    if extractor is not None:
        if nlp is not None:
            raise ValueError("give an extractor or a pipeline (nlp), not both")
        return extractor if max_chars == DEFAULT_MAX_CHARS else Extractor.around(extractor.nlp, max_chars)
    if nlp is not None:
        return Extractor.around(nlp, max_chars)
    default = _default_extractor()
    return default if max_chars == default.max_chars else Extractor.around(default.nlp, max_chars)


def _default_extractor() -> Extractor:
    global _default
    with _default_lock:
        if _default is None:
            _default = Extractor()
        return _default
