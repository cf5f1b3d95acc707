"""`Extractor`: one spaCy pipeline and the settings it runs with, owned by its caller.

An Extractor is the one owner of run state: its pipeline is built for it (from the
package's config file or yours) and shared with no one, so ``remove_pipe`` or a new
setting on one Extractor never changes another, nor the module-level `extract`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .annotations import remember_text, set_input
from .assemble import assemble
from .document import Document
from .inputs import DEFAULT_MAX_CHARS, PreparedText, check_id, prepare, safe_id
from .pipeline import build_pipeline

Published = date | datetime | str | None
ErrorHandler = Callable[[str | None, Exception], None]


class ExtractionWarning(UserWarning):
    """A record in `extract_many` was skipped."""


@dataclass(frozen=True)
class Job:
    """One checked input on its way through the pipeline."""

    id: str | None
    prepared: PreparedText


class Extractor:
    """Extraction with a pipeline of its own: changing one Extractor never changes another.

    model: a spaCy model package name or path, or a loaded `Language` (the stages are
        added to it, and it then belongs to this Extractor); default: the first
        installed default model.
    stages: the stages to add (default: all those of the config file, in its order).
    config: per-stage settings over the config file's, e.g.
        ``{"aliases": {"extra_kb": "my_kb.json"}}``; checked when the stage is built.
    exclude / disable: components not to load / loaded but not run (model components
        or stages), as with `spacy.load`.
    config_file: a spaCy config file of stages in the form of the package's
        ``pipeline.cfg`` (default: that file).
    max_chars: texts longer than this raise ValueError.
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        stages: Iterable[str] | None = None,
        config: Mapping[str, Mapping[str, Any]] | None = None,
        exclude: Iterable[str] = (),
        disable: Iterable[str] = (),
        config_file: str | Path | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        nlp = build_pipeline(model, stages, config, exclude=exclude, disable=disable, config_file=config_file)
        self._setup(nlp, max_chars)

    @classmethod
    def around(cls, nlp: Language, max_chars: int = DEFAULT_MAX_CHARS) -> Extractor:
        """An Extractor that runs a pipeline as it is (no stage added, nothing changed on it)."""
        extractor = cls.__new__(cls)
        extractor._setup(nlp, max_chars)
        return extractor

    def _setup(self, nlp: Language, max_chars: int) -> None:
        if not isinstance(max_chars, int) or max_chars < 1:
            raise ValueError(f"max_chars must be a positive whole number, not {max_chars!r}")
        self.nlp: Language = nlp
        self.max_chars = max_chars

    # one text ------------------------------------------------------------------------------
    def extract(self, text: str, *, published: Published = None, id: str | None = None) -> Document:
        """Like `geonews_extract.extract`, with this Extractor's pipeline and settings."""
        return self.run(Job(check_id(id), prepare(text, published, self.max_chars)))

    def run(self, job: Job) -> Document:
        return assemble(self.nlp(self.make_doc(job)))

    def make_doc(self, job: Job) -> Doc:
        """The tokenised Doc of a checked input, carrying what `assemble` needs.

        The tokenizer is called directly: the length limit is this Extractor's
        `max_chars`, so the pipeline's ``max_length`` is never changed."""
        prepared = job.prepared
        doc = self.nlp.tokenizer(prepared.masked)
        remember_text(doc, prepared.masked)  # the stages read it without joining the tokens again
        original = prepared.original if prepared.original != prepared.masked else None
        set_input(doc, original, prepared.published, prepared.warnings, job.id)
        return doc

    # many texts ----------------------------------------------------------------------------
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
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive whole number, not {batch_size!r}")
        if not isinstance(n_process, int) or n_process < 1:
            raise ValueError(f"n_process must be a positive whole number, not {n_process!r}")
        report = on_error or _warn_skipped
        jobs = self.jobs(texts_or_records, published, report)
        if n_process == 1:
            return self.run_batches(jobs, batch_size, report)
        from .workers import run_supervised

        return run_supervised(self, jobs, batch_size, n_process, report)

    def jobs(self, items: Iterable[Any], published: Published, report: ErrorHandler) -> Iterator[Job]:
        """Checked inputs; what cannot be extracted is reported and left out."""
        for position, item in enumerate(items):
            record_id: str | None = None
            try:
                record_id, text, record_published = _unpack(item, position)
                check_id(record_id)
                anchor = published if record_published is None else record_published
                yield Job(record_id, prepare(text, anchor, self.max_chars))
            except (TypeError, ValueError) as err:
                report(safe_id(record_id), err)

    def run_batches(self, jobs: Iterator[Job], batch_size: int, report: ErrorHandler) -> Iterator[Document]:
        """Documents in input order, a batch at a time through ``nlp.pipe``; a batch that
        fails is run again one document at a time, so only the bad document is reported."""
        while batch := list(islice(jobs, batch_size)):
            docs: list[Doc] | None
            try:
                docs = list(self.nlp.pipe((self.make_doc(job) for job in batch), batch_size=batch_size))
            except Exception:  # one document broke the batch: find it, keep the others
                docs = None
            if docs is not None and len(docs) != len(batch):
                docs = None  # a component's error handler dropped a document
            for index, job in enumerate(batch):
                try:
                    yield assemble(docs[index]) if docs is not None else self.run(job)
                except Exception as err:
                    report(job.id, err)


def _unpack(item: Any, position: int) -> tuple[str | None, Any, Any]:
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"record {position} has no 'text' field")
        record_id = item.get("id")
        return (None if record_id is None else str(record_id)), item["text"], item.get("published")
    if isinstance(item, tuple):
        if len(item) not in (2, 3):
            raise ValueError(f"record {position}: a tuple must be (id, text) or (id, text, published)")
        return str(item[0]), item[1], item[2] if len(item) == 3 else None
    return None, item, None


def _warn_skipped(record_id: str | None, err: Exception) -> None:
    warnings.warn(f"skipped record {record_id!r}: {err}", ExtractionWarning, stacklevel=3)
