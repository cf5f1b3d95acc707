"""Places the NER model missed: gazetteer names that the syntax around them makes places.

`missed_places` reads the proper-noun runs that no entity covers ("Roselle police", "in
Grand Prairie", "TORRINGTON --") and returns, for each, the longest leading name the
gazetteer knows that stands in place syntax (`geo.syntax.place_cue`), never a month's or
weekday's name ("to June 30"). Each such name is a
place: it joins the document's place entity of the same name or becomes a new one. A run
in capitals counts only as a dateline (headlines are in capitals: "MOVES TO ATALANTA");
a part of a hyphenated word ("Urus-Martan"), a name that describes a noun after a
preposition ("in English county cricket") and the few names in ``not_places`` are left.
Where no syntax marks it, a name that the model labels a place elsewhere in the document
is that place (one name, one sense in a story: "flooding in Fargo ... Fargo raised its goal"),
unless a capitalised word follows it ("Milwaukee Brewers": a team named for the city).
`affiliated_places` reads a legislator's home after the party ("Rep. Ann Lee, R-Florence,
said"; "Sen. Tom Ross, D-S.C."), which the model reads as part of nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from ..timex.lexicon import MONTHS, WEEKDAYS
from .syntax import (
    PLACE_LABELS,
    QualifierTest,
    glued_to_a_place_word,
    headline_after_dash,
    known_in_place,
    modifies_a_noun,
    place_cue,
    place_syntax,
)

#: Longest name tried, in tokens.
MAX_NAME_TOKENS = 4


def _name_token(doc: Doc, i: int, proper: list[bool]) -> bool:
    """A proper noun in title case or capitals; any word in capitals (the tagger reads a
    dateline's "HUDSON --" as a common noun; a name in capitals counts only as a dateline)."""
    token = doc[i]
    if not token.is_alpha:
        return False
    if token.is_upper and len(token) > 1:
        return True
    return proper[i] and token.is_title


def _calendar_word(token: Token) -> bool:
    """A month's or weekday's name ("to June 30"): a date, never a place."""
    return token.lower_ in MONTHS or token.lower_ in WEEKDAYS


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """True when the name is glued by a hyphen to the word before or after it ("Urus-Martan")."""
    before = start > 0 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_
    return before or (after and not glued_to_a_place_word(doc, end))


def _name_goes_on(doc: Doc, end: int) -> bool:
    """True when a capitalised word follows: the place's name may open another's ("Milwaukee Brewers")."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def _place(
    doc: Doc,
    start: int,
    end: int,
    knows_place: Callable[[str], bool],
    is_qualifier: QualifierTest | None,
    places_named: frozenset[str] = frozenset(),
) -> bool:
    name = doc[start:end]
    if name.text in place_syntax().not_places or _hyphenated(doc, start, end):
        return False
    if not known_in_place(doc, start, end, knows_place):
        return False
    cue = place_cue(doc, start, end, is_qualifier)
    if cue is None and not name.text.isupper() and name.text in places_named and not _name_goes_on(doc, end):
        return True  # one name, one place in a document: "in Fargo ... Fargo raised its goal"
    if cue is None or (name.text.isupper() and (cue != "dateline" or headline_after_dash(doc, end))):
        return False
    return not (cue == "preposition" and modifies_a_noun(name) and doc[end].is_lower)


def missed_places(
    doc: Doc, covered: set[int], knows_place: Callable[[str], bool], is_qualifier: QualifierTest | None = None
) -> list[tuple[int, int]]:
    """(start, end) token ranges of the places no entity covers (`covered`: token indices of
    entities, and of the model's other spans: "in June" is a date)."""
    found: list[tuple[int, int]] = []
    proper = [pos == PROPN for pos in doc.to_array("POS").tolist()] if len(doc) else []
    taken = set(covered)
    for start, end in affiliated_places(doc, covered, knows_place, is_qualifier):
        found.append((start, end))
        taken.update(range(start, end))
    covered = taken
    places_named = frozenset(ent.text for ent in doc.ents if ent.label_ in PLACE_LABELS)
    i = 0
    while i < len(doc):
        if i in covered or not _name_token(doc, i, proper):
            i += 1
            continue
        run_end = i
        while run_end < len(doc) and run_end not in covered and _name_token(doc, run_end, proper):
            run_end += 1
        for end in range(min(run_end, i + MAX_NAME_TOKENS), i, -1):
            if not _calendar_word(doc[i]) and _place(doc, i, end, knows_place, is_qualifier, places_named):
                found.append((i, end))
                break
        i = run_end
    return sorted(found)


#: Tokens that close a party affiliation: "R-Florence," or "(D-S.C.)".
_AFFILIATION_ENDS = frozenset({",", ")", ";"})


def affiliated_places(
    doc: Doc, covered: set[int], knows_place: Callable[[str], bool], is_qualifier: QualifierTest | None = None
) -> list[tuple[int, int]]:
    """(start, end) token ranges of the homes news writes after a legislator's party, with a
    hyphen, between commas or brackets: "Ann Lee, R-Elbow Lake, said", "(D-S.C.)"."""
    parties = place_syntax().parties
    found: list[tuple[int, int]] = []
    for dash in range(2, len(doc) - 1):
        party = doc[dash - 1]
        if doc[dash].text not in ("-", "–") or party.whitespace_ or doc[dash].whitespace_:
            continue
        if party.lower_ not in parties or doc[dash - 2].text not in (",", "("):
            continue
        end = dash + 1
        while end < len(doc) and end - dash <= MAX_NAME_TOKENS and end not in covered and doc[end].text[:1].isupper():
            end += 1
        if end == dash + 1 or end >= len(doc) or doc[end].text not in _AFFILIATION_ENDS:
            continue
        name = doc[dash + 1 : end].text
        if knows_place(name) or (is_qualifier is not None and is_qualifier(name)):
            found.append((dash + 1, end))
    return found
