"""Where the text uses a name as a place, from the words around it (no model).

A name the gazetteer knows is a place where the syntax says so, even when the NER model
labelled it a person or an organisation or missed it: after a locative preposition ("in
Mansfield", "north of Brandon"), before a noun for a town's people or bodies ("an
Alexandria man", "Roselle police", "the Fargo area", "a Columbia-based firm"), before a comma and the state or
country that holds it ("Sioux Falls, S.D."), at the head of a dateline written in
capitals ("TORRINGTON -- The council", or with its state and no dash: "BRINDLE, Kan.
Winds toppled"), after "of" that follows a person's name (where the
person lives: "Dana Kowalski, 41, of Brindle"), or in a list that ends with a plural division
word ("Becker, Clay and Douglas counties"). A title before it ("Mr. Jackson") keeps it a
person. The words are in ``data/geo/place_syntax.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..annotations import span_text
from ..datafiles import read_word_sets

SYNTAX_FILE = "geo/place_syntax.json"
#: Labels (and entity types) that name a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: How far a list of names may run, in tokens: after its preposition ("in A, B and C") or
#: before its plural division word ("A, B, C and D counties").
LIST_REACH = 16

#: Is this the name of a country or first-level division (a qualifier: "Texas", "Ky.")?
QualifierTest = Callable[[str], bool]


class PlaceSyntax(NamedTuple):
    before: frozenset[str]
    before_of: frozenset[str]
    after: frozenset[str]
    plural_divisions: frozenset[str]
    dateline_dashes: frozenset[str]
    titles: frozenset[str]
    not_places: frozenset[str]
    parties: frozenset[str]
    after_hyphen: frozenset[str]


@lru_cache(maxsize=1)
def place_syntax() -> PlaceSyntax:
    return read_word_sets(SYNTAX_FILE, PlaceSyntax)


def _word(token_text: str) -> str:
    return token_text.lower().rstrip(".")


def after_title(doc: Doc, start: int) -> bool:
    """True when a title stands right before the name ("Mr. Jackson", "Gov. Palin")."""
    return start > 0 and _word(doc[start - 1].text) in place_syntax().titles


def place_cue(doc: Doc, start: int, end: int, is_qualifier: QualifierTest | None = None) -> str | None:
    """The syntax by which the name at tokens [start, end) of `doc` stands as a place, or None.

    One of "preposition", "modifier", "residence", "qualified", "dateline", "division list"."""
    if start >= end or end > len(doc) or after_title(doc, start):
        return None
    words = place_syntax()
    previous = doc[start - 1] if start > 0 else None
    if previous is not None and previous.lower_ in words.before:
        return "preposition"
    if previous is not None and previous.lower_ == "of" and start > 1 and doc[start - 2].lower_ in words.before_of:
        return "preposition"
    following = doc[end] if end < len(doc) else None
    if following is not None and following.lower_ in words.after:
        return "modifier"
    if glued_to_a_place_word(doc, end):
        return "modifier"
    if _dateline(doc, start, end) or _dateline_without_dash(doc, start, end, is_qualifier):
        return "dateline"
    if following is not None and following.text == "," and is_qualifier is not None and end + 1 < len(doc):
        for length in (3, 2, 1):
            if end + 1 + length <= len(doc):
                qualifier = doc[end + 1 : end + 1 + length]
                if qualifier.text[:1].isupper() and is_qualifier(qualifier.text):
                    return "qualified"
    if _in_division_list(doc, end):
        return "division list"
    if previous is not None and previous.lower_ == "of" and _after_a_person(doc, start - 1):
        return "residence"  # last: "of Lees Summit, Mo." is qualified whatever the model calls it
    return None


def glued_to_a_place_word(doc: Doc, end: int) -> bool:
    """True when a hyphen glues the name ending at `end` to a word that says where something
    is: "a Brindle-based firm"."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in place_syntax().after_hyphen
    )


def _after_a_person(doc: Doc, of: int) -> bool:
    """True when the "of" at token `of` follows a person's name, or a name and an age between
    commas: "Dana Kowalski of Brindle", "Kowalski, 41, of Brindle", "Kowalski, of Brindle"."""
    before = of - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
        if before >= 1 and doc[before].like_num and doc[before - 1].text == ",":
            before -= 2
    return before >= 0 and doc[before].ent_type_ == "PERSON"


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals opening a sentence or line, then (its state, its agency and) a dash,
    "HUDSON -- Officials said", "SALEM, Ohio (AP) — The"."""
    name = doc[start:end]
    if not (name.text.isupper() and len(name.text) > 2) or end >= len(doc):
        return False
    return (_opens_a_line(doc, start) or _after_a_year(doc, start)) and _dateline_dash(doc, end) is not None


def _after_a_year(doc: Doc, start: int) -> bool:
    """True when a year stands right before the name: the date a byline ends with, then the
    dateline ("By Dana Reed, March 24, 2009 BRINDLE -- The council")."""
    if start == 0:
        return False
    year = doc[start - 1].text
    return len(year) == 4 and year.isdigit() and 1800 <= int(year) <= 2100


def _opens_a_line(doc: Doc, start: int) -> bool:
    return start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].text_with_ws or doc[start - 1].text in ".!?"


def _dateline_without_dash(doc: Doc, start: int, end: int, is_qualifier: QualifierTest | None) -> bool:
    """A name in capitals opening a sentence or line, then a comma and its state written in
    lower case with the state's abbreviation dot ending the dateline, and the story's first
    sentence: "BRINDLE, Kan. Strong winds toppled ...". A state in capitals is a headline's."""
    name = doc[start:end]
    if is_qualifier is None or not (name.text.isupper() and len(name.text) > 2) or end + 2 >= len(doc):
        return False
    if doc[end].text != "," or not _opens_a_line(doc, start):
        return False
    for length in (3, 2, 1):
        after = end + 1 + length
        if after >= len(doc):
            continue
        state = doc[end + 1 : after]
        closed = state.text.endswith(".") or doc[after].text == "."
        if closed and state.text[:1].isupper() and not state.text.isupper() and is_qualifier(state.text):
            following = doc[after + 1] if doc[after].text == "." and after + 1 < len(doc) else doc[after]
            return following.text[:1].isupper() and not following.is_upper
    return False


#: Most tokens a dateline's state and agency take before its dash: ", W. Va. (AP)".
_DATELINE_TAIL = 8


def _dateline_dash(doc: Doc, end: int) -> int | None:
    """The index of the dash that closes a dateline whose name ends at `end`, past a
    comma and a capitalised state ("Ohio", "W. Va.") and an agency in brackets ("(AP)")."""
    dashes = place_syntax().dateline_dashes
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        while i < min(len(doc), end + _DATELINE_TAIL) and (doc[i].text[:1].isupper() or doc[i].text == "."):
            i += 1
        if i == end + 1:
            return None
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 5)) if doc[k].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    return i if i < len(doc) and doc[i].text in dashes else None


def headline_after_dash(doc: Doc, end: int) -> bool:
    """True when the words after the dateline dash that follows the name ending at `end` are in
    capitals: a headline ("CRICKET - BRINDLE WIN"), not a story's first sentence."""
    dash = _dateline_dash(doc, end)
    return dash is not None and not _sentence_case_after(doc, dash + 1)


def _sentence_case_after(doc: Doc, start: int) -> bool:
    """True when a word with a lower-case letter comes within the first words after `start`."""
    words = [t for t in doc[start : start + 4] if t.is_alpha]
    return any(not t.is_upper for t in words)


def _in_division_list(doc: Doc, end: int) -> bool:
    """A name in a list of capitalised names that ends with a plural division word."""
    return _division_list_word(doc, end) is not None


def _division_list_word(doc: Doc, end: int) -> str | None:
    """The plural division word ("counties") that ends the list of capitalised names the name
    ending at `end` stands in, or None."""
    plural = place_syntax().plural_divisions
    for i in range(end, min(len(doc), end + LIST_REACH)):  # most lists stop at once: no slice to build
        token = doc[i]
        if token.lower_ in plural:
            return token.lower_ if token.is_lower else None
        if not (token.is_title or token.text == "," or token.lower_ in ("and", "or")):
            return None
    return None


def listed_division(doc: Doc, start: int, end: int) -> str | None:
    """The full name of a division written bare in a list that its kind ends: "Clay" in
    "Becker, Clay and Wilkin counties" is "Clay County", which a gazetteer may know where it
    knows no "Clay". None where the name stands in no such list."""
    plural = _division_list_word(doc, end)
    if plural is None or start >= end:
        return None
    kind = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{doc[start:end].text} {kind.title()}"


def known_in_place(
    doc: Doc, start: int, end: int, place_names: Callable[[str], bool], name: str | None = None
) -> bool:
    """True when the gazetteer knows the name at tokens [start, end), or, in a list of
    divisions, the division it names ("Clay" in "Clay and Wilkin counties"). `name` is
    the text of those tokens where the caller has it."""
    if place_names(span_text(doc[start:end]) if name is None else name):
        return True
    full = listed_division(doc, start, end)
    return full is not None and place_names(full)


def span_cue(span: Span, is_qualifier: QualifierTest | None = None) -> str | None:
    """`place_cue` for a spaCy span."""
    return place_cue(span.doc, span.start, span.end, is_qualifier)


#: Labels the model gives a place name it mistakes for something else.
MISTAKEN_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})


def modifies_a_noun(span: Span) -> bool:
    """True when a word follows that the name describes: "English club", "Arab-Israeli" (a nationality, not a place)."""
    if span.end >= len(span.doc):
        return False
    following = span.doc[span.end]
    return following.text in ("-", "–") or following.pos_ in ("NOUN", "ADJ", "PROPN")


def _after_an_age(span: Span) -> bool:
    """True when "of" and an age between commas stand before the name: "Dana Kowalski, 41, of
    Brindle" gives where a person lives, which news writes for no club."""
    doc, start = span.doc, span.start
    return (
        start >= 4
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].text == ","
        and doc[start - 3].like_num
        and doc[start - 4].text == ","
    )


def _after_from(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "from"


def named_in_full(spans: list[Span], labels: list[str], place_names: Callable[[str], bool]) -> bool:
    """True when a mention labelled a person is a name of two words or more that is no place ("Nate Miller")."""
    return any(
        label == "PERSON" and len(span) > 1 and not place_names(span.text)
        for span, label in zip(spans, labels, strict=False)
    )


def named_as_place(
    spans: list[Span], labels: list[str], place_names: Callable[[str], bool], is_qualifier: QualifierTest | None = None
) -> bool:
    """True when a mention the model labelled a person or an organisation is a gazetteer name
    standing in place syntax, no mention of the entity follows a title ("Mr. Jackson") and
    none names a person in full. An organisation "from" a name is left alone (clubs move
    "from Torino"), and one after a person's "of" unless an age stands between ("Kral, 41, of
    Brindle": a home); a nationality only after a preposition and describing no noun after it."""
    known = [
        (span, label)
        for span, label in zip(spans, labels, strict=False)
        if label in MISTAKEN_LABELS and known_in_place(span.doc, span.start, span.end, place_names, span_text(span))
    ]
    if not known:  # the cheap test first: most entities hold no gazetteer name under such a label
        return False
    if any(after_title(span.doc, span.start) for span in spans) or named_in_full(spans, labels, place_names):
        return False
    for span, label in known:
        cue = span_cue(span, is_qualifier)
        if cue is None or (label == "ORG" and ((cue == "residence" and not _after_an_age(span)) or _after_from(span))):
            continue  # a club "from Torino"; a player's club "Tomas Kral of Brindle"; not "Kral, 41, of Brindle"
        if label == "NORP" and (cue != "preposition" or modifies_a_noun(span)):
            continue  # "in English club rugby": a nationality
        return True
    return False
