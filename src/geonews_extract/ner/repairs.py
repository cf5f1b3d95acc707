"""Type and span errors a reader sees at once, repaired by general rules.

* A time zone after a clock time is no organisation ("1800 GMT"): dropped.
* A word in lower case is no name ("fled into the bush"): an entity without a capital
  letter on a line that has capitals is dropped.
* A department word inside a title is no entity of its own: "Defense" in "Defense
  Minister", "State" in "Secretary of State".
* An office title is no part of the place before it: "Harlan County District" +
  "Attorney" keeps "Harlan County".
* A police or armed force named after its state is an organisation ("Punjab Police").
* A byline holds people and places only ("Reporting by ... in Kano; Editing by ...").
* A person's name never runs over a spaced dash ("Malenkov - and").

The word lists are data (``data/ner/repairs.json``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..datafiles import read_json
from .bylines import byline_lines

_WORDS = read_json("ner/repairs.json")
#: Time-zone abbreviations: "1800 GMT".
TIME_ZONES = frozenset(_WORDS["time_zones"])
#: Words naming a ministry inside a title: "Defense Minister", "Secretary of State".
DEPARTMENT_WORDS = frozenset(_WORDS["department_words"])
#: Title nouns that make the department word next to them part of a title.
TITLES = frozenset(_WORDS["titles"])
#: Offices whose first word spaCy glues to a place: "district attorney".
OFFICE_TITLES = frozenset(_WORDS["office_titles"])
#: Last words of a force's name: "Police", "Patrol".
FORCES = frozenset(_WORDS["forces"])
#: Labels of names (the model's other labels, dates and numbers, are left alone).
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "PERSON"})
_DASHES = frozenset({"-", "–", "—", "--"})


def repair(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """`ents` with the repairs of the module docstring applied, in order, without overlaps."""
    bylines = byline_lines(text)
    repaired: list[Span] = []
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            repaired.append(ent)
            continue
        span = _repaired(ent)
        if span is not None and not _outside_a_byline_name(span, bylines):
            repaired.append(span)
    return repaired


def _repaired(ent: Span) -> Span | None:
    """`ent` after each rule in turn; None once a rule drops it."""
    span: Span | None = ent
    for rule in (_time_zone, _lower_case, _department_word, _office_title, _force, _dash):
        if span is None:
            return None
        span = rule(span)
    return span


def _time_zone(ent: Span) -> Span | None:
    return None if ent.text in TIME_ZONES else ent


def _lower_case(ent: Span) -> Span | None:
    if any(c.isupper() for c in ent.text):
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
        end += 1
    line_has_capitals = any(c.isupper() for t in doc[start:end] for c in t.text)
    return None if line_has_capitals else ent


def _department_word(ent: Span) -> Span | None:
    if not all(t.text in DEPARTMENT_WORDS for t in ent):
        return ent
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in TITLES:
        return None  # "Defense Minister"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text in TITLES:
        return None  # "Secretary of State"
    return ent


def _office_title(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.end >= len(doc) or len(ent) < 2:
        return ent
    following = doc[ent.end].lower_
    last = ent[-1].lower_
    if f"{last} {following}" in OFFICE_TITLES:
        return Span(doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


def _force(ent: Span) -> Span | None:
    if len(ent) >= 2 and ent[-1].text in FORCES and ent.label_ in _PLACE_LABELS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    return ent


def _dash(ent: Span) -> Span | None:
    if ent.label_ != "PERSON":
        return ent
    for token in ent:
        if token.text in _DASHES and token.i > ent.start and (token.whitespace_ or token.doc[token.i - 1].whitespace_):
            return Span(ent.doc, ent.start, token.i, label=ent.label_)
    return ent


def _outside_a_byline_name(ent: Span, bylines: list[tuple[int, int]]) -> bool:
    """True for an entity of a byline line that is neither a person nor a place."""
    if ent.label_ in ("PERSON", "GPE", "LOC"):
        return False
    return any(start <= ent.start_char and ent.end_char <= end for start, end in bylines)
