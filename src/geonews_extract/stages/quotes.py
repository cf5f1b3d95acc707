"""The `quotes` stage: attributed quotes with speaker, cue and resolved entity.

Runs after NER (and after the aliases stage when there is one: speakers then point at
its entities). Finds direct quotes in straight or curly marks, over several sentences or
paragraphs; indirect quotes, a speech or cognition cue with a clausal complement or
"according to X"; mixed quotes, indirect speech with quoted words in it; and a paragraph
that opens with its source and a colon (a headline "Okafor: Port strike will end", a
transcript's turn "ROA: I expect ..."). Writes
`set_quotes` (see `annotations`). The cue and source word lists are data (``data/quotes/``),
extendable with ``extra_cues`` and ``extra_generic_sources``; see `quotes.lexicon`.
A sentence longer than ``max_sentence_tokens`` is read in pieces (see `quotes.pieces`),
with a warning, so the stage stays linear on any input. With ``nested`` (off by default), a
report inside another's content ("X said that [the judge believes [Y]]") is a quote of its own
too, beside the outer one; see docs/quotes.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import EntityRecord, entities_of, set_entities, set_quotes, text_of, warn
from ..datafiles import read_json
from ..quotes import find_quotes, pair_marks
from ..quotes.lexicon import CUES_FILE, SOURCES_FILE, Lexicon, lexicon_from_data, load_lexicon
from ..quotes.pieces import MAX_SENTENCE_TOKENS, in_pieces, long_sentences
from .base import Stage


class Quotes(Stage):
    """Stores `find_quotes(doc)` with `set_quotes`; a failure goes to the error handler."""

    def __init__(
        self,
        nlp: Language,
        name: str = "quotes",
        cues: str | None = None,
        sources: str | None = None,
        extra_cues: Iterable[str] = (),
        extra_generic_sources: Iterable[str] = (),
        max_sentence_tokens: int = MAX_SENTENCE_TOKENS,
        nested: bool = False,
    ) -> None:
        if isinstance(max_sentence_tokens, bool) or not isinstance(max_sentence_tokens, int) or max_sentence_tokens < 20:
            raise ValueError(f"quotes: max_sentence_tokens must be a whole number of at least 20, not {max_sentence_tokens!r}")
        self.name = name
        self.max_sentence_tokens = max_sentence_tokens
        self.nested = bool(nested)
        self.lexicon: Lexicon = load_lexicon(cues, sources, extra_cues, extra_generic_sources)

    def process(self, doc: Doc) -> Doc:
        marks = pair_marks(text_of(doc))
        if marks.unpaired:
            warn(doc, f"quotes: {len(marks.unpaired)} quotation mark(s) pair with nothing; "
                 "a quote left open ends with its paragraph")
        view = doc
        long = long_sentences(doc, self.max_sentence_tokens)
        if long:
            view = in_pieces(doc, long, self.max_sentence_tokens)
            warn(doc, f"quotes: {len(long)} sentence(s) longer than {self.max_sentence_tokens} tokens read in "
                 "pieces of at most that many tokens; a quote whose cue and content fall in two pieces is missed")
        bodies: list[EntityRecord] = []  # unnamed bodies that speak: "the department of fisheries"
        set_quotes(doc, find_quotes(view, self.lexicon, marks, bodies, self.nested))
        if bodies:
            set_entities(doc, [*entities_of(doc), *bodies])
        return doc

    def discard(self, doc: Doc) -> None:
        set_quotes(doc, [])

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for file_name, data in self.lexicon.raw.items():
            (path / file_name).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> Quotes:
        path = Path(path)
        self.lexicon = lexicon_from_data(read_json(path / CUES_FILE), read_json(path / SOURCES_FILE), str(path))
        return self


@Language.factory(
    "geonews_quotes",
    default_config={
        "cues": None, "sources": None, "extra_cues": [], "extra_generic_sources": [],
        "max_sentence_tokens": MAX_SENTENCE_TOKENS, "nested": False,
    },
)
def make_quotes(
    nlp: Language,
    name: str,
    cues: str | None,
    sources: str | None,
    extra_cues: list[str],
    extra_generic_sources: list[str],
    max_sentence_tokens: int,
    nested: bool,
) -> Quotes:
    return Quotes(nlp, name, cues, sources, extra_cues, extra_generic_sources, max_sentence_tokens, nested)
