"""What every stage shares: a spaCy `Pipe` whose failures go to its error handler.

A stage implements `process` (and `discard`, to leave its output as if it had not run).
When `process` raises, the stage calls its error handler, as spaCy's own components do;
``nlp.set_error_handler(...)`` or ``pipe.set_error_handler(...)`` replaces the handler.
The default, `keep_document`, is the policy of the whole package: one bad document never
stops a batch. The failure becomes a line in `Document.warnings`, the stage's output on
that document is empty, and the document goes on through the later stages. A handler
that raises (spaCy's ``raise_error``) stops at the first failure instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..annotations import warn
from ..forking import freeze_inherited

ErrorHandler = Callable[[str, Any, list[Doc], Exception], Any]


def keep_document(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    """The default error policy: say on each document that the stage failed, and go on."""
    for doc in docs:
        warn(doc, f"{name}: failed on this document and was skipped ({type(error).__name__}: {error})")


class Stage(Pipe):
    """A pipeline stage: `process` does the work; failures go to the error handler."""

    name: str

    def process(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def discard(self, doc: Doc) -> None:
        """Leave this stage's output on `doc` as if the stage had not run (after a failure)."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.process(doc)
        except Exception as error:
            self.discard(doc)
            self.get_error_handler()(self.name, self, [doc], error)
            return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Every document comes out, in order: a failure was handled by `__call__`."""
        freeze_inherited()  # in a forked worker, once: see `forking`
        for doc in stream:
            yield self(doc)

    def get_error_handler(self) -> ErrorHandler:
        return getattr(self, "error_handler", keep_document)


def check_setting(stage: str, name: str, value: Any, ok: bool, expected: str) -> None:
    """Raise a ValueError naming the stage and setting when `ok` is false (checked at load time)."""
    if not ok:
        raise ValueError(f"{stage}: setting {name}={value!r} is not allowed; expected {expected}")
