"""Dates swallowed by an EVENT ("the September 11, 2001 attacks"): the date becomes a DATE."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..timex.lexicon import MONTHS


def date_matcher(vocab: Vocab) -> Matcher:
    """Month-day-year patterns, months from the shared date lexicon."""
    months = sorted(MONTHS)
    matcher = Matcher(vocab)
    month = {"LOWER": {"IN": months}}
    day = {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^(?:1[5-9]|20)\d\d$"}}
    comma = {"ORTH": ",", "OP": "?"}
    matcher.add("DATE", [[month, day, comma, year], [month, day], [day, month, year], [month, year]])
    return matcher


def repair_event_dates(doc: Doc, ents: list[Span], matcher: Matcher) -> list[Span]:
    repaired = []
    for ent in ents:
        if ent.label_ == "EVENT":
            dates = filter_spans(matcher(ent.as_doc(), as_spans=True))
            if dates and _only_date(ent, dates[0]):
                date = dates[0]
                repaired.append(Span(doc, ent.start + date.start, ent.start + date.end, label="DATE"))
                continue
        repaired.append(ent)
    return repaired


def _only_date(ent: Span, date: Span) -> bool:
    """True when an EVENT holds nothing but a date and function words."""
    rest = [t for i, t in enumerate(ent) if not date.start <= i < date.end]
    return all(t.is_punct or t.is_stop for t in rest)
