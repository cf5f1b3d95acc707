"""The `dates` stage: every time expression, with its TIMEX3 value anchored to the publication date.

1. Candidates: the model's DATE/TIME entities plus the spans of a Matcher whose
   patterns (``data/dates/patterns.json``) name what a small model misses
   ("recently", "earlier this week", "two days later", "in 2019", "every Friday").
2. Extents as TimeML draws them: leading prepositions out ("on Tuesday" -> "Tuesday"),
   a possessive out ("last year's"), modifiers in ("mid-August", "two days later"),
   a determiner before a date out ("the September 11, 2001 attacks").
3. Tense from the parse: the verb governing the expression (VBD/VBN, "has" -> past;
   "will", "to" + verb -> future).
4. Values from `timex.resolve`, in text order, each with the last date the text named
   as its reference, so "On August 29 ... two days later" is anchored on the text.

Results are stored with `set_times` as `TimeRecord`s; what could not be resolved is
said in ``Document.warnings``. Without a publication date nothing is anchored to today.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..annotations import TimeRecord, published_of, set_times, warn
from ..timex import Context, Point, Resolution, resolve
from ..timex.anchoring import FUTURE, PAST, PRESENT
from ..timex.lexicon import MONTHS
from ..timex.rules import NO_ANCHOR
from .base import Stage

DEFAULT_PATTERNS = Path(__file__).resolve().parent.parent / "data" / "dates" / "patterns.json"

#: Words that open a candidate span but not a TimeML extent.
LEADING_PREPOSITIONS = frozenset(
    "on in at since until till by for during from to before after of within through throughout "
    "between and or as than into per".split()
)
#: Modifiers just outside a model entity that belong to the expression.
LEFT_MODIFIERS = frozenset(
    "early late mid earlier later about around nearly almost approximately roughly noon midnight last next this".split()
)
RIGHT_MODIFIERS = frozenset("ago later earlier afterwards".split())
#: Words joining two time expressions in one model entity ("Monday and Tuesday", "1990 to 1995").
JOINERS = frozenset({"and", "or", "to", "through", "-", "–", "—", "until", "ended", "ending", "from"})
#: Auxiliaries that put a verb in the future.
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
#: Verbs whose "to" + verb looks ahead ("is expected to meet on Friday").
INTENT_VERBS = frozenset(
    "expect expected plan planned schedule scheduled set due aim intend hope want seek prepare agree "
    "promise vow threaten decide likely poised ready".split()
)
#: Words just before an expression that point it forward ("as early as Tuesday").
FUTURE_CUES = ("as soon as", "as early as", "no later than", "in time for")
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "'d"})
#: Grains a later expression may be anchored on ("two days later"). Only dates the text
#: names itself or anchors on the publication date become references, so "a year earlier"
#: twice in a row means the same year.
REFERENCE_GRAINS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})


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
        self.matcher = Matcher(self.nlp.vocab)
        for kind, token_patterns in self.patterns.items():
            self.matcher.add(kind, token_patterns)

    def discard(self, doc: Doc) -> None:
        set_times(doc, [])

    def process(self, doc: Doc) -> Doc:
        published = published_of(doc)
        records: list[TimeRecord] = []
        unanchored: list[str] = []
        reference: Point | None = None
        full_text = doc.text  # built from the tokens on every access: read it once
        for span in self.candidates(doc):
            for start, end in _parts(span, full_text, published):
                text = full_text[start:end]
                context = Context(published, tense_of(span), reference if self.text_anchors else None)
                resolution = _resolve_safely(text, context)
                if resolution is None:
                    continue
                if resolution.problem == NO_ANCHOR:
                    unanchored.append(text)
                elif resolution.problem:
                    warn(doc, f"time expression {text!r} has no value: {resolution.problem}")
                records.append(TimeRecord(start, end, resolution.value, resolution.type, resolution.anchor))
                if resolution.point is not None and resolution.type in ("DATE", "TIME") and resolution.anchor != "text":
                    point = resolution.point
                    reference = point if point.grain in REFERENCE_GRAINS else point.at("day")
        if unanchored:
            shown = ", ".join(repr(t) for t in unanchored[:5]) + (", ..." if len(unanchored) > 5 else "")
            warn(
                doc,
                f"no publication date: {len(unanchored)} relative time expression(s) left unanchored "
                f"({shown}); pass published= to resolve them",
            )
        set_times(doc, records)
        return doc

    # candidates ------------------------------------------------------------------------------
    def candidates(self, doc: Doc) -> list[Span]:
        """Candidate spans, trimmed to TimeML extents, without overlaps, in text order."""
        spans = [e for e in doc.ents if e.label_ in ("DATE", "TIME")] if self.entities else []
        spans += [m for m in self.matcher(doc, as_spans=True) if self._parts_of_speech_fit(m)]
        spans = [_grow(doc, span) for span in spans]
        trimmed = [t for t in (_trim(s) for s in spans) if t is not None]
        return _join_clock_and_day(sorted(filter_spans(trimmed), key=lambda s: s.start))

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


def _read_patterns(path: Path) -> tuple[dict[str, list[list[dict]]], dict[str, list[str]]]:
    """(Matcher patterns by kind, {word: parts of speech it must have}) from a patterns file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        patterns = {kind: p for kind, p in raw["patterns"].items() if not kind.startswith("_")}
        return patterns, {word.lower(): list(tags) for word, tags in raw.get("only_as", {}).items()}
    except (OSError, json.JSONDecodeError, KeyError, AttributeError) as err:
        raise ValueError(f"cannot read time patterns from {path}: {err}") from err


def _resolve_safely(text: str, context: Context) -> Resolution | None:
    try:
        return resolve(text, context)
    except Exception as err:
        return Resolution(None, "DATE", problem=f"could not be read ({type(err).__name__})")


# extents ---------------------------------------------------------------------------------------


def _grow(doc: Doc, span: Span) -> Span:
    """A candidate with the modifiers just outside it: "mid-" + "August", "two days" + "later"."""
    start, end = span.start, span.end
    if start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in LEFT_MODIFIERS:
        start -= 2
    elif start >= 1 and doc[start - 1].lower_ in LEFT_MODIFIERS and not doc[start - 1].is_sent_start:
        start -= 1
    if end < len(doc) and doc[end].lower_ in RIGHT_MODIFIERS:
        end += 1
    return Span(doc, start, end, label=span.label)


def _trim(span: Span) -> Span | None:
    """The TimeML extent inside a candidate: no leading preposition, possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_PREPOSITIONS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "’s", "'", "and", "or")):
        end -= 1
    if end - start >= 2 and doc[start].lower_ == "the" and doc[start + 1].lower_.rstrip(".") in MONTHS:
        start += 1
    if start >= end:
        return None
    trimmed = Span(doc, start, end, label=span.label)
    first = doc[start]
    if end - start == 1 and first.is_digit and len(first) != 4 and (start == 0 or doc[start - 1].lower_ not in LEADING_PREPOSITIONS):
        return None  # a number such as "80486", unless a preposition makes it a year ("in 99999")
    if span.label_ not in ("DATE", "TIME") and end - start == 1 and trimmed[0].like_num and trimmed[0].dep_ == "nummod":
        return None  # "in 2000 homes": a count, not a year
    return trimmed


def _join_clock_and_day(spans: list[Span]) -> list[Span]:
    """A clock time and the day right after it are one expression ("5 p.m. EST, Nov. 9")."""
    joined: list[Span] = []
    for span in spans:
        if joined and joined[-1].label_ == "TIME" and span.label_ != "TIME":
            gap = span.doc[joined[-1].end : span.start]
            if all(t.lower_ in (",", "on") for t in gap) and len(gap) <= 2:
                joined[-1] = Span(span.doc, joined[-1].start, span.end, label="TIME")
                continue
        joined.append(span)
    return joined


def _parts(span: Span, text: str, published) -> list[tuple[int, int]]:
    """Character ranges to resolve: the span, or its sides around a joiner ("Monday and
    Tuesday", "1990 to 1995", "the quarter ended Sept. 30", "April 24 and 25" -> "April 24")
    when both name calendar dates or the whole is no time expression."""
    whole = [(span.start_char, span.end_char)]
    doc = span.doc
    for joiner in span[1:-1]:
        if joiner.lower_ not in JOINERS or (joiner.is_punct and not doc[joiner.i - 1].whitespace_):
            continue  # "year-earlier" is one word
        left, right = _trim(doc[span.start : joiner.i]), _trim(doc[joiner.i + 1 : span.end])
        sides = [(p.start_char, p.end_char) for p in (left, right) if p is not None]
        readings = [_resolve_safely(text[a:b], Context(published)) for a, b in sides]
        if len(sides) == 2 and all(r is not None and (r.point is not None or (r.value or "").startswith("XXXX")) for r in readings):
            return sides
        if _resolve_safely(text[span.start_char : span.end_char], Context(published)) is not None:
            return whole
        return [side for side, reading in zip(sides, readings, strict=False) if reading is not None] or whole
    return whole


# tense ------------------------------------------------------------------------------------------


def tense_of(span: Span) -> str | None:
    """Past, present or future, read from the verb that governs the expression."""
    before = span.doc[max(0, span.start - 3) : span.start].text.lower()
    if before.endswith(FUTURE_CUES):
        return FUTURE
    verb = _governing_verb(span.root)
    for _ in range(3):
        if verb is None:
            return None
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxiliaries}
        if verb.tag_ == "VB" and "to" in words:
            head_auxiliaries = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
            if (verb.head.lemma_ in INTENT_VERBS or verb.head.lower_ in INTENT_VERBS) and "had" not in head_auxiliaries:
                return FUTURE
            verb = _governing_verb(verb.head) if verb.head is not verb else None
            continue
        if words & FUTURE_AUXILIARIES or "going" in words:
            return FUTURE
        if verb.tag_ == "VBD" or words & PERFECT_AUXILIARIES or any(a.tag_ == "VBD" for a in auxiliaries):
            return PAST
        if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            return PRESENT
        if verb.tag_ == "VBN":
            return PAST
        return None
    return None


def _governing_verb(token: Token) -> Token | None:
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None
