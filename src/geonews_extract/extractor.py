"""`Extractor`: one spaCy pipeline and the settings it runs with, owned by its caller."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language

from .api import ErrorHandler, Published, extract, extract_many
from .document import Document
from .inputs import DEFAULT_MAX_CHARS
from .pipeline import build_pipeline


class Extractor:
    """Extraction with a pipeline of its own: changing one Extractor never changes another.

    model: a spaCy model package name or path, or a loaded `Language` (its stages are
        added to it); default: the first installed default model.
    stages: the stages to add (default: all of `DEFAULT_STAGES`).
    config: per-stage settings, e.g. ``{"aliases": {"extra_kb": "my_kb.json"}}``.
    max_chars: texts longer than this raise ValueError.
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        stages: Iterable[str] | None = None,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.nlp: Language = build_pipeline(model, stages, config)
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    def extract(self, text: str, *, published: Published = None, id: str | None = None) -> Document:
        """Like `geonews_extract.extract`, with this Extractor's pipeline and settings."""
        return extract(text, published=published, id=id, nlp=self.nlp, max_chars=self.max_chars)

    def extract_many(
        self,
        texts_or_records: Iterable[str | Mapping[str, Any] | tuple],
        *,
        published: Published = None,
        batch_size: int = 32,
        n_process: int = 1,
        on_error: ErrorHandler | None = None,
    ) -> Iterator[Document]:
        """Like `geonews_extract.extract_many`, with this Extractor's pipeline and settings."""
        return extract_many(
            texts_or_records,
            published=published,
            batch_size=batch_size,
            n_process=n_process,
            nlp=self.nlp,
            max_chars=self.max_chars,
            on_error=on_error,
        )
