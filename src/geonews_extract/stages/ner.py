"""The `news_ner` stage: news-specific repairs to spaCy's entity predictions.

A small English model is trained mostly on sentence-case prose. In news it trips
over four things this stage repairs, each from its cause:

* known platforms and outlets ("Twitter", "Al Jazeera") tagged PERSON or GPE:
  names listed in a data file always get their listed label;
* headline lines in Title Case ("Taliban Warns US To Stop ..."), where every word
  looks like a name: the line is re-read in sentence case and entity edges that
  the re-read tags as verbs, prepositions, ... are trimmed;
* dates swallowed by an EVENT ("the September 11, 2001"): the date becomes a DATE;
* datelines ("JAKARTA -", "KABUL, Afghanistan (AP) -"): the place becomes a GPE
  mention, marked in ``doc.spans["dateline"]``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..annotations import DATELINE_SPANS
from ..layout import WORD, first_lines, headlines_of
from ..timex.lexicon import MONTHS
from .base import Stage

DEFAULT_ORGANISATIONS = Path(__file__).resolve().parent.parent / "data" / "ner" / "known_organisations.json"

#: Parts of speech that cannot be the edge of a name.
NOT_NAME_EDGE = frozenset({"VERB", "AUX", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART", "DET", "PUNCT"})


_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?: ?\((?P<agency>[A-Za-z][A-Za-z .&-]{0,40})\))?"
    r" ?(?:[-–—]{1,2}|:) "
)


class NewsNer(Stage):
    """Repairs `doc.ents` after spaCy's `ner`; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "news_ner",
        organisations: str | None = None,
        headlines: bool = True,
        datelines: bool = True,
        event_dates: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.headlines = headlines
        self.datelines = datelines
        self.event_dates = event_dates
        self.known = _read_known(Path(organisations) if organisations else DEFAULT_ORGANISATIONS)
        self._build_matchers()

    def _build_matchers(self) -> None:
        self.known_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for label, names in self.known.items():
            self.known_matcher.add(label, [self.nlp.make_doc(n) for n in names])
        self.date_matcher = Matcher(self.nlp.vocab)
        month = {"LOWER": {"IN": sorted(MONTHS)}}
        day = {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
        year = {"TEXT": {"REGEX": r"^(?:1[5-9]|20)\d\d$"}}
        comma = {"ORTH": ",", "OP": "?"}
        self.date_matcher.add("DATE", [[month, day, comma, year], [month, day], [day, month, year], [month, year]])

    def process(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        ents = list(doc.ents)
        if self.headlines:
            ents = self._repair_headlines(doc, text, ents)
        if self.event_dates:
            ents = self._repair_event_dates(doc, ents)
        ents = _override(ents, self._known_spans(doc))
        if self.datelines:
            dateline = self._datelines(doc, text)
            doc.spans[DATELINE_SPANS] = dateline
            ents = _override(ents, dateline)
        doc.ents = sorted(filter_spans(ents), key=lambda span: span.start)
        return doc

    # known platforms and outlets ------------------------------------------------
    def _known_spans(self, doc: Doc) -> list[Span]:
        matches = self.known_matcher(doc, as_spans=True)
        return filter_spans(matches)

    # headlines ------------------------------------------------------------------
    def _repair_headlines(self, doc: Doc, text: str, ents: list[Span]) -> list[Span]:
        lines = headlines_of(doc, text)
        if not lines:
            return ents
        ents = sorted(ents, key=lambda e: e.start_char)
        starts = [e.start_char for e in ents]
        replaced: set[int] = set()
        repaired: list[Span] = []
        for start, end in lines:
            reread = self._reread_in_sentence_case(doc, text, start, end)
            if reread is None:
                continue
            edge_pos, reread_ents = reread
            repaired.extend(reread_ents)
            for i in range(max(0, bisect_left(starts, start) - 1), bisect_left(starts, end)):
                ent = ents[i]
                if not (ent.start_char < end and ent.end_char > start):
                    continue
                replaced.add(i)
                trimmed = _trim(ent, edge_pos)
                if trimmed is None or any(_overlaps(trimmed, r) for r in reread_ents):
                    continue
                if (trimmed.start, trimmed.end) == (ent.start, ent.end):
                    repaired.append(ent)
        return [e for i, e in enumerate(ents) if i not in replaced] + repaired

    def _reread_in_sentence_case(
        self, doc: Doc, text: str, start: int, end: int
    ) -> tuple[dict[int, str], list[Span]] | None:
        line = text[start:end]
        lowered = sentence_case(line)
        if len(lowered) != len(line):
            return None
        sub = self.nlp.make_doc(lowered)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            sub = proc(sub)
        edge_pos = {start + t.idx: t.pos_ for t in sub}
        reread_ents = []
        for ent in sub.ents:
            span = doc.char_span(start + ent.start_char, start + ent.end_char, label=ent.label_)
            if span is not None:
                reread_ents.append(span)
        return edge_pos, reread_ents

    # dates inside events -----------------------------------------------------------
    def _repair_event_dates(self, doc: Doc, ents: list[Span]) -> list[Span]:
        repaired = []
        for ent in ents:
            if ent.label_ == "EVENT":
                dates = filter_spans(self.date_matcher(ent.as_doc(), as_spans=True))
                if dates and _only_date(ent, dates[0]):
                    date = dates[0]
                    repaired.append(Span(doc, ent.start + date.start, ent.start + date.end, label="DATE"))
                    continue
            repaired.append(ent)
        return repaired

    # datelines ------------------------------------------------------------------
    def _datelines(self, doc: Doc, text: str) -> list[Span]:
        for start, line in first_lines(text, 4):
            match = _DATELINE.match(line)
            if not match:
                continue
            spans = []
            for group in ("place", "region"):
                if match.group(group):
                    span = doc.char_span(start + match.start(group), start + match.end(group), label="GPE")
                    if span is not None:
                        spans.append(span)
            return spans
        return []

    # serialisation ---------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "known_organisations.json").write_text(json.dumps(self.known, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> NewsNer:
        self.known = _read_known(Path(path) / "known_organisations.json")
        self._build_matchers()
        return self


@Language.factory(
    "geonews_news_ner",
    default_config={
        "organisations": None,
        "headlines": True,
        "datelines": True,
        "event_dates": True,
    },
)
def make_news_ner(
    nlp: Language,
    name: str,
    organisations: str | None,
    headlines: bool,
    datelines: bool,
    event_dates: bool,
) -> NewsNer:
    return NewsNer(nlp, name, organisations, headlines, datelines, event_dates)


def _read_known(path: Path) -> dict[str, list[str]]:
    """{label: [names]} from a file of {label: [names] | {list name: [names]}}."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ValueError(f"cannot read known organisations from {path}: {err}") from err
    known: dict[str, list[str]] = {}
    for label, names in raw.items():
        if label.startswith("_"):
            continue
        lists = names.values() if isinstance(names, dict) else [names]
        known[label] = sorted({n for names_list in lists for n in names_list if isinstance(n, str) and n.strip()})
    return known


def sentence_case(line: str) -> str:
    """Lower-case a headline's words, keeping its first word and short acronyms."""
    words = list(WORD.finditer(line))
    all_caps = all(w.group(0).isupper() for w in words)
    out = list(line)
    for index, word in enumerate(words):
        token = word.group(0)
        keep_acronym = not all_caps and token.isupper() and 2 <= len(token) <= 5
        if keep_acronym:
            continue
        lowered = token.lower()
        if index == 0:
            lowered = lowered[:1].upper() + lowered[1:]
        out[word.start() : word.end()] = list(lowered) if len(lowered) == len(token) else list(token)
    return "".join(out)


def _trim(ent: Span, edge_pos: dict[int, str]) -> Span | None:
    start, end = ent.start, ent.end
    while start < end and edge_pos.get(ent.doc[start].idx) in NOT_NAME_EDGE:
        start += 1
    while end > start and edge_pos.get(ent.doc[end - 1].idx) in NOT_NAME_EDGE:
        end -= 1
    return Span(ent.doc, start, end, label=ent.label) if start < end else None


def _only_date(ent: Span, date: Span) -> bool:
    """True when an EVENT holds nothing but a date and function words."""
    rest = [t for i, t in enumerate(ent) if not date.start <= i < date.end]
    return all(t.is_punct or t.is_stop for t in rest)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _override(ents: list[Span], winners: list[Span]) -> list[Span]:
    """`winners` (which do not overlap each other) replace every entity they overlap."""
    if not winners:
        return ents
    winners = sorted(winners, key=lambda w: w.start_char)
    starts = [w.start_char for w in winners]

    def overlapped(ent: Span) -> bool:
        before_end = bisect_left(starts, ent.end_char)  # winners starting before ent ends
        return before_end > 0 and winners[before_end - 1].end_char > ent.start_char

    return [e for e in ents if not overlapped(e)] + winners
