"""The `dates` stage: every time expression, with its TIMEX3 value anchored to the publication date.

A thin adapter over `geonews_extract.timex`:

1. Candidates: the model's DATE/TIME entities plus the spans of a Matcher whose
   patterns (``data/dates/patterns.json``) name what a small model misses
   ("recently", "earlier this week", "two days later", "in 2019", "every Friday").
2. `timex.extents` trims them to TimeML extents and splits ranges; `timex.reading` reads
   each one's tense from the parse and resolves its value, in text order.

Results go through `annotations.set_times` as `TimeRecord`s; what could not be resolved is
said in ``Document.warnings``. Without a publication date nothing is anchored to today.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..annotations import TimeRecord, published_of, set_times, warn
from ..datafiles import DataFileError, data_path, read_json
from ..timex.extents import PatternTriggers, candidate_extents, time_entities
from ..timex.reading import Found, read_times
from ..timex.tense import tense_of
from .base import Stage

DEFAULT_PATTERNS = data_path("dates/patterns.json")
__all__ = ["DEFAULT_PATTERNS", "DateStage", "make_dates", "tense_of"]


class DateStage(Stage):
    """Finds time expressions and resolves them; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "dates",
        patterns: str | None = None,
        entities: bool = True,
        text_anchors: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.entities = entities
        self.text_anchors = text_anchors
        self.patterns, self.only_as = _read_patterns(Path(patterns) if patterns else DEFAULT_PATTERNS)
        self._build_matcher()

    def _build_matcher(self) -> None:
        self.triggers = PatternTriggers(self.patterns)
        self._matcher_of: dict[frozenset[str], Matcher] = {}  # the patterns of some kinds alone
        self._checked: set[str] = set()  # kinds whose patterns a Matcher has validated
        self._every_kind = frozenset(self.patterns)
        self._pattern_count = {kind: len(token_patterns) for kind, token_patterns in self.patterns.items()}
        self._all_patterns = sum(self._pattern_count.values())
        # kinds -> patterns times tokens tried in vain for want of their own Matcher
        self._tried_in_vain: dict[frozenset[str], int] = {}

    def matcher_near(self, kinds: frozenset[str], tokens: int) -> Matcher:
        """A Matcher that finds in a stretch of `tokens` tokens what the patterns of `kinds`
        find there, in the same order: the Matcher of `kinds` once built, until then the
        Matcher of every pattern. A pattern of another kind cannot match in the stretch (a match of a
        kind holds a word of that kind), and the Matcher keeps the order of the patterns that
        can, so only the time differs: each pattern more is tried at every token in vain. A
        set of kinds gets its own Matcher once those vain tries add up to what building it
        costs (spaCy adds a pattern in about the time it tries one over
        `_TOKENS_PER_PATTERN_ADDED` tokens): most sets of kinds turn up in a stretch or two,
        and building a Matcher for each cost more than all the matching."""
        if kinds in self._matcher_of or kinds == self._every_kind:
            return self.matcher_for(kinds)
        patterns = sum(self._pattern_count[kind] for kind in kinds)
        in_vain = self._tried_in_vain.pop(kinds, 0) + tokens * (self._all_patterns - patterns)
        if in_vain >= patterns * _TOKENS_PER_PATTERN_ADDED:
            return self.matcher_for(kinds)
        if len(self._tried_in_vain) >= _MAX_SETS_TRIED_IN_VAIN:
            self._tried_in_vain.clear()
        self._tried_in_vain[kinds] = in_vain
        return self.matcher_for(self._every_kind)

    def matcher_for(self, kinds: frozenset[str]) -> Matcher:
        """A Matcher with the patterns of `kinds` only, built once (added in the file's order,
        so the same kinds always give the same Matcher); all of them: ``frozenset(self.patterns)``."""
        matcher = self._matcher_of.pop(kinds, None)
        if matcher is not None:
            self._matcher_of[kinds] = matcher  # the most recently used last
            return matcher
        if len(self._matcher_of) >= _MAX_KIND_MATCHERS:  # the one used longest ago goes
            del self._matcher_of[next(iter(self._matcher_of))]
        matcher = self._matcher_of[kinds] = Matcher(self.nlp.vocab)
        for kind, token_patterns in self.patterns.items():
            if kind in kinds:
                # spaCy's schema check of a pattern costs more than adding it: once a kind
                matcher.validate = kind not in self._checked  # type: ignore[attr-defined]  # public in matcher.pxd, not in the stub
                matcher.add(kind, token_patterns)
                self._checked.add(kind)
        return matcher

    def discard(self, doc: Doc) -> None:
        set_times(doc, [])

    def process(self, doc: Doc) -> Doc:
        found, warnings = read_times(self.candidates(doc), published_of(doc), self.text_anchors)
        for message in warnings:
            warn(doc, message)
        set_times(doc, [_record(f) for f in found])
        return doc

    def candidates(self, doc: Doc) -> list[Span]:
        """Candidate spans, trimmed to TimeML extents, without overlaps, in text order."""
        spans = time_entities(doc) if self.entities else []
        spans += [m for m in self.pattern_matches(doc) if self._parts_of_speech_fit(m)]
        return candidate_extents(spans)

    def pattern_matches(self, doc: Doc) -> list[Span]:
        """What the Matcher finds in the whole Doc, found by matching only near time words, for
        the patterns of the kinds those words belong to (most stretches hold a weekday or a
        month and need two or three of the patterns, not all of them; `matcher_near`)."""
        found: list[Span] = []
        for window, kinds in self.triggers.stretches(doc):
            found += self.matcher_near(kinds, len(window))(window, as_spans=True)
        return found

    def _parts_of_speech_fit(self, span: Span) -> bool:
        """False when a word of the match is used as another part of speech ("may" the verb)."""
        return all(t.pos_ in self.only_as[t.lower_] for t in span if t.lower_ in self.only_as)

    # serialisation ---------------------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"patterns": self.patterns, "only_as": self.only_as}
        (path / "patterns.json").write_text(json.dumps(data, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> DateStage:
        self.patterns, self.only_as = _read_patterns(Path(path) / "patterns.json")
        self._build_matcher()
        return self


@Language.factory(
    "geonews_dates",
    default_config={"patterns": None, "entities": True, "text_anchors": True},
)
def make_dates(nlp: Language, name: str, patterns: str | None, entities: bool, text_anchors: bool) -> DateStage:
    return DateStage(nlp, name, patterns, entities, text_anchors)


#: How many Matchers for sets of kinds `DateStage` keeps (about 130 KB each); past that, the
#: one used longest ago is dropped: the common sets (a month, a weekday) stay built.
_MAX_KIND_MATCHERS = 256
#: spaCy's Matcher adds a pattern in about the time it takes to try one at this many tokens.
_TOKENS_PER_PATTERN_ADDED = 150
#: How many sets of kinds without a Matcher `DateStage` counts vain tries for; past that, it
#: starts counting afresh.
_MAX_SETS_TRIED_IN_VAIN = 4096


def _record(found: Found) -> TimeRecord:
    r = found.resolution
    return TimeRecord(found.start, found.end, r.value, r.type, r.anchor, r.mod, r.range, r.quant, r.freq)


def _read_patterns(path: Path) -> tuple[dict[str, list[list[dict]]], dict[str, list[str]]]:
    """(Matcher patterns by kind, {word: parts of speech it must have}) from a patterns file."""
    try:
        raw = read_json(path)
        patterns = {kind: p for kind, p in raw["patterns"].items() if not kind.startswith("_")}
        return patterns, {word.lower(): list(tags) for word, tags in raw.get("only_as", {}).items()}
    except (DataFileError, KeyError, AttributeError, TypeError) as err:
        raise ValueError(f"cannot read time patterns from {path}: {err}") from err
