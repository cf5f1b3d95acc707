"""Type and span errors a reader sees at once, repaired by general rules.

* A time zone after a clock time is no organisation ("1800 GMT"): dropped.
* A clock time is no part of a name: a live blog's entry opens with one ("15:40 Economists at
  ...", "14:21 Opposition leader ..."), which the model glues to the capitalised word after it.
  The time is cut; what is left is dropped where it is one word that is a plural common noun
  (`plural_noun`, the lemmatizer's tables: "Economists"), capitalised only as the entry's first word.
* A word in lower case is no name ("fled into the bush"): an entity without a capital
  letter on a line that has capitals is dropped.
* A department word inside a title is no entity of its own: "Defense" in "Defense
  Minister", "State" in "Secretary of State"; nor is a title with its department, a post
  that a person holds ("Minister for Forestry").
* An office title is no part of the place before it: "Harlan County District" +
  "Attorney" keeps "Harlan County".
* A police or armed force named after its state is an organisation ("Punjab Police").
* A byline holds people and places only ("Reporting by ... in Kano; Editing by ...").
* A person's name never runs over a spaced dash ("Malenkov - and").
* A name never keeps a possessive ("Ada Moyo's" is "Ada Moyo").
* A state's name that modifies the organisation named right after it is part of that
  organisation's name ("U.S." + "District Court" is "U.S. District Court").
* A leading article is no part of a name ("the European Union" is "European Union"), as
  news annotation guidelines (MUC, CoNLL, OntoNotes) have it, except a capitalised "The"
  that belongs to the name ("The Hague", "The Economist"), the article of a title of a
  work ("The Long Road North") and that of a state whose name takes it ("the United
  States", "the Philippines"), which OntoNotes and news readers count as part of the name.
* The name of a person or a place never ends in a figure: a score or a count after it
  in a table or a scorecard is no part of it ("J. Doe 117", "Latvia 8.30"). Products,
  facilities and organisations may ("Boeing 747", "Route 66", "Radio 4"), and so may
  what the model calls NORP, a label it also gives products.

The word lists are data (``data/ner/repairs.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..annotations import span_text
from ..datafiles import read_json
from ..timex.lexicon import CLOCK_TIME
from .bylines import BYLINE_WORD, byline_lines

WordTest = Callable[[str], bool]

_WORDS = read_json("ner/repairs.json")
#: Time-zone abbreviations: "1800 GMT".
TIME_ZONES = frozenset(_WORDS["time_zones"])
#: Words naming a ministry inside a title: "Defense Minister", "Secretary of State".
DEPARTMENT_WORDS = frozenset(_WORDS["department_words"])
#: Title nouns that make the department word next to them part of a title.
TITLES = frozenset(_WORDS["titles"])
#: Offices whose first word spaCy glues to a place: "district attorney".
OFFICE_TITLES = frozenset(_WORDS["office_titles"])
OFFICE_FIRST_WORDS = frozenset(title.split()[0] for title in OFFICE_TITLES)
#: Last words of a force's name: "Police", "Patrol".
FORCES = frozenset(_WORDS["forces"])
#: Labels of names (the model's other labels, dates and numbers, are left alone).
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "PERSON"})
_DASHES = frozenset({"-", "–", "—", "--"})
#: Labels whose names never end in a figure.
FIGURELESS_LABELS = frozenset({"PERSON", "GPE", "LOC"})
#: A figure as tables and scorecards write it: "117", "4-36", "8.30", "1:45.3", "3/4".
_FIGURE = re.compile(r"[-+]?\d[\d.,:/-]*")
_FIGURE_JOINERS = frozenset({"-", "/", ":", ".", ","})
#: Names whose capitalised article is part of them, folded to lower case: "hague", "economist".
NAMES_WITH_THE = frozenset(name.lower() for name in _WORDS["names_with_the"])
#: Labels whose names keep their leading article: titles of works.
ARTICLE_LABELS = frozenset({"WORK_OF_ART"})
#: States whose name takes the article, folded to lower case: "united states", "philippines".
STATES_WITH_THE = frozenset(name.lower() for name in _WORDS["states_with_the"])
#: Dependencies of a name that modifies the name after it: "U.S." in "U.S. District Court".
_NAME_MODIFIERS = frozenset({"compound", "nmod", "amod"})
#: Prepositions after which a state's name is the place: "in Britain Labour had won".
_LOCATIVES = frozenset({"in", "inside", "across", "throughout", "within", "outside", "around", "near"})
#: The possessive clitic as spaCy splits it off a name.
POSSESSIVES = frozenset({"'s", "’s", "'S", "’S"})


def repair(doc: Doc, ents: list[Span], text: str, plural_noun: WordTest | None = None) -> list[Span]:
    """`ents` with the repairs of the module docstring applied, in order, without overlaps;
    `plural_noun` tells a plural common noun ("economists")."""
    bylines = byline_lines(text) if BYLINE_WORD.search(text) else []
    repaired: list[Span] = []
    for ent in _with_state_modifiers(ents):
        if ent.label_ not in NAME_LABELS:
            repaired.append(ent)
            continue
        span = _after_a_clock_time(ent, plural_noun)
        span = _repaired(span) if span is not None else None
        if span is not None and not _outside_a_byline_name(span, bylines):
            repaired.append(span)
    return repaired


def _with_state_modifiers(ents: list[Span]) -> list[Span]:
    """'U.S.' (GPE) + 'District Court' (ORG) as one organisation where the parse makes the
    state's name a modifier inside the organisation's name."""
    merged: list[Span] = []
    for ent in ents:
        before = merged[-1] if merged else None
        if before is not None and _modifies(before, ent):
            merged[-1] = Span(ent.doc, before.start, ent.end, label=ent.label_)
        else:
            merged.append(ent)
    return merged


def _modifies(state: Span, organisation: Span) -> bool:
    if state.label_ != "GPE" or organisation.label_ != "ORG" or state.end != organisation.start:
        return False
    last = state[-1]
    head = state.root.head
    after_a_locative = state.start > 0 and state.doc[state.start - 1].lower_ in _LOCATIVES
    return (
        last.whitespace_ == " "
        and not after_a_locative  # "in Britain Labour had won"
        and state.root.dep_ in _NAME_MODIFIERS
        and organisation.start <= head.i < organisation.end
    )


def _repaired(ent: Span) -> Span | None:
    """`ent` after each rule in turn; None once a rule drops it. Each rule first looks at
    the entity's text, so most entities cost one string and a few set lookups."""
    if len(ent) >= 2 and ent[-1].text in POSSESSIVES:
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "Ada Moyo's"
    if len(ent) >= 2 and ent[0].lower_ == "the" and ent.label_ not in ARTICLE_LABELS and not _article_in_name(ent):
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)  # "the European Union"
    text = span_text(ent)
    words = text.split()
    if not words or text in TIME_ZONES:
        return None  # "1800 GMT"
    if not any(c.isupper() for c in text) and _line_has_capitals(ent):
        return None  # "fled into the bush"
    if all(w in DEPARTMENT_WORDS for w in words) and _in_a_title(ent):
        return None  # "Defense Minister", "Secretary of State"
    if len(words) >= 3 and words[0] in TITLES and words[1] in ("for", "of") and ent.label_ == "ORG":
        return None  # "Minister for Forestry": a post, held by a person
    if len(words) >= 2 and words[-1].lower() in OFFICE_FIRST_WORDS and _office_title_follows(ent, words[-1]):
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "X County District" + "Attorney"
    if len(words) >= 2 and words[-1] in FORCES and ent.label_ in _PLACE_LABELS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Punjab Police"
    if ent.label_ == "PERSON" and any(d in words for d in _DASHES):
        return _before_a_dash(ent)  # "Malenkov - and"
    if len(words) >= 2 and ent.label_ in FIGURELESS_LABELS and _FIGURE.fullmatch(words[-1]):
        return _before_figures(ent)  # "J. Doe 117"
    return ent


def _after_a_clock_time(ent: Span, plural_noun: WordTest | None) -> Span | None:
    """`ent` without the clock time it opens with ("[15:40] Economists"); None where what is left is
    a plural common noun alone."""
    if len(ent) < 2 or not CLOCK_TIME.fullmatch(ent[0].text):
        return ent
    name = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    if len(name) == 1 and plural_noun is not None and plural_noun(name.text.lower()):
        return None
    return name


def _article_in_name(ent: Span) -> bool:
    """'The Hague', 'The Economist': a capitalised article before a name that holds it;
    'the United States': a state's name that takes it."""
    rest = ent[1:].text.lower()
    return (ent[0].text[0] == "T" and rest in NAMES_WITH_THE) or (ent.label_ == "GPE" and rest in STATES_WITH_THE)


def _before_figures(ent: Span) -> Span | None:
    end = ent.end
    while end > ent.start and (
        _FIGURE.fullmatch(ent.doc[end - 1].text) or ent.doc[end - 1].text in _FIGURE_JOINERS
    ):
        end -= 1
    if end == ent.start or not any(c.isalpha() for c in ent.doc[ent.start : end].text):
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _office_title_follows(ent: Span, last: str) -> bool:
    """'District' + 'Attorney', 'State' + "'s Attorney"."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    following = doc[ent.end]
    if following.text in POSSESSIVES and ent.end + 1 < len(doc):
        return f"{last.lower()}'s {doc[ent.end + 1].lower_}" in OFFICE_TITLES
    return f"{last.lower()} {following.lower_}" in OFFICE_TITLES


def _line_has_capitals(ent: Span) -> bool:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return any(c.isupper() for t in doc[start:end] for c in t.text)


def _in_a_title(ent: Span) -> bool:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in TITLES:
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text in TITLES


def _before_a_dash(ent: Span) -> Span | None:
    for token in ent:
        if token.text in _DASHES and token.i > ent.start and (token.whitespace_ or token.doc[token.i - 1].whitespace_):
            return Span(ent.doc, ent.start, token.i, label=ent.label_)
    return ent


def _outside_a_byline_name(ent: Span, bylines: list[tuple[int, int]]) -> bool:
    """True for an entity of a byline line that is neither a person nor a place."""
    if ent.label_ in ("PERSON", "GPE", "LOC"):
        return False
    return any(start <= ent.start_char and ent.end_char <= end for start, end in bylines)
