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
A name listed after such a place under one preposition is a place as well ("stopped in
Brindle, Larchmere and Quarry"), and a run of words that reads as an organisation's name the
model did not see ("the Brindle Volunteer Fire Department", "the Tilden Parish
Sheriff's Office") holds the place `geo.named_places` finds in it.
`affiliated_places` reads a legislator's home after the party ("Rep. Ann Lee, R-Florence,
said"; "Sen. Tom Ross, D-S.C."; "both D-W. Va."; a county by its bare name, as West
Virginia's delegates are written: "D-Marrow"), which the model reads as part of nothing,
or as one organisation with the party ("D-Florence"): that mention gives way to the place.
A date or time the model ran on past a comma or a clock time into a name ("In March,
Nebraska had", "At 9:40 p.m. Polk County dispatchers") covers that name no more
(`date_words_end`), so the rules above may read it.
The words are data, in ``data/geo/recall.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, LENGTH, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span, Token

from ..datafiles import read_word_sets
from ..kb.keys import alias_key
from ..timex.lexicon import MONTHS, WEEKDAYS
from .gazetteer import division_words, strip_kind
from .named_places import organisation_words, place_parts
from .syntax import (
    LIST_REACH,
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
RECALL_FILE = "geo/recall.json"
#: The dashes that join a legislator's party to the home after it ("R-Florence").
_DASHES = ("-", "–")
#: The model's labels of dates and times, and the clock words after which a time's own words end ("9:40 p.m.").
_TIME_LABELS = frozenset({"DATE", "TIME"})
_CLOCK_WORDS = frozenset({"a.m.", "p.m."})

#: Is this text the name of a division (a county by its bare name or with its kind word)?
DivisionTest = Callable[[str], bool]
#: Is this lower-case word one of a word class (an adjective of the dictionary)?
WordTest = Callable[[str], bool]


class RecallWords(NamedTuple):
    affiliation_openers: frozenset[str]
    affiliation_ends: frozenset[str]
    list_joins: frozenset[str]


@lru_cache(maxsize=1)
def recall_words() -> RecallWords:
    return read_word_sets(RECALL_FILE, RecallWords)


def _name_tokens(doc: Doc, is_adjective: WordTest | None = None) -> list[bool]:
    """For each token: a proper noun in title case or capitals; any word in capitals (the tagger
    reads a dateline's "HUDSON --" as a common noun; a name in capitals counts only as a
    dateline); a word in title case the tagger took for an adjective that no dictionary
    (`is_adjective`, given the word in lower case) holds as one ("Grovetown police": the
    tagger reads a town's name before a noun as describing it). Read from the Doc's arrays
    at once, without making a Python object of each token."""
    if not len(doc):
        return []
    pos, alpha, upper, title, length = doc.to_array([POS, IS_ALPHA, IS_UPPER, IS_TITLE, LENGTH]).T.astype(numpy.int64)
    alpha, upper, title = alpha != 0, upper != 0, title != 0
    names: list[bool] = (alpha & ((upper & (length > 1)) | ((pos == PROPN) & title))).tolist()
    if is_adjective is not None:
        for i in numpy.flatnonzero((pos == ADJ) & alpha & title & ~upper).tolist():
            token = doc[i]
            names[i] = not token.is_stop and not is_adjective(token.lower_)
    return names


def _dash_positions(doc: Doc) -> list[int]:
    """The indices of the tokens that are a hyphen or an en dash, found by their ORTH hashes
    in one array comparison."""
    if not len(doc):
        return []
    dashes = numpy.array([get_string_id(dash) for dash in _DASHES], dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), dashes)).tolist()


def _calendar_word(token: Token) -> bool:
    """A month's or weekday's name ("to June 30"): a date, never a place."""
    return token.lower_ in MONTHS or token.lower_ in WEEKDAYS


def date_words_end(ent: Span) -> int:
    """Where the date or time words of a DATE or TIME entity end: the model runs one on past a
    comma or a clock time into the name after it ("In January, Marrow County had", "At 9:40
    p.m. Brindle dispatchers"), a name no entity then covers. Other entities end where they end."""
    if ent.label_ not in _TIME_LABELS:
        return ent.end
    doc = ent.doc
    for k in range(ent.start + 1, ent.end):
        before, token = doc[k - 1], doc[k]
        if before.text != "," and before.lower_ not in _CLOCK_WORDS:
            continue
        if token.is_alpha and token.is_title and not _calendar_word(token):
            return k
    return ent.end


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
    if cue is None and not name.text.isupper() and _listed_after_a_preposition(doc, start):
        return True  # "stopped in Brindle, Larchmere and Quarry"
    if cue is None or (name.text.isupper() and (cue != "dateline" or headline_after_dash(doc, end))):
        return False
    return not (cue == "preposition" and modifies_a_noun(name) and doc[end].is_lower)


def _listed_after_a_preposition(doc: Doc, start: int) -> bool:
    """True when the name at `start` closes or continues a list of capitalised names whose
    first one follows a locative preposition: "in Brindle, Larchmere and Quarry"."""
    words = recall_words()
    before = place_syntax().before
    k = start - 1
    while k >= 0 and start - k <= LIST_REACH and doc[k].lower_ in words.list_joins:
        k -= 1
        name_end = k
        while k >= 0 and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_upper:
            k -= 1
        if k == name_end or k < 0:
            return False
        if doc[k].lower_ in before:
            return True
    return False


def _organisation_place(
    doc: Doc,
    start: int,
    run_end: int,
    knows_place: Callable[[str], bool],
    is_region: Callable[[str], bool],
    organisation_ends: dict[int, int],
) -> tuple[int, int] | None:
    """The place held by the organisation's name that the capitalised run at [start, run_end)
    opens, with the model's organisation right after it where there is one ("Tilden
    Parish" + "Sheriff's Office"; `organisation_ends`: the end of each ORG entity by its
    start); None where the words name no organisation holding a place."""
    end = organisation_ends.get(run_end, run_end)
    if end - start < 2 or doc[start:run_end].text.isupper():
        return None
    words = [token.text for token in doc[start:end]]
    spaces = [bool(token.whitespace_) for token in doc[start:end]]
    # organisation=False: only a head noun of an organisation makes the run one ("Fire
    # Department"); a state before a capitalised word is as often a team's ("Colorado Rockies")
    parts = [(s, e) for s, e in place_parts(words, knows_place, is_region, spaces, False) if start + e <= run_end]
    if not parts or not _headed_by_a_body(words[parts[0][1] :]):
        return None
    return start + parts[0][0], start + parts[0][1]


def _headed_by_a_body(words: list[str]) -> bool:
    """True when an organisational noun that is no kind of place follows the place: "Fire
    Department", "Sheriff's Office", not "City" ("Manchester City" is a club as often)."""
    heads = _body_heads()
    return any(word.lower() in heads for word in words)


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The organisational nouns that are no kind of place (a division's or a settlement's)."""
    kinds = division_words()
    return frozenset(organisation_words().heads - kinds.division - kinds.settlement)


def missed_places(
    doc: Doc,
    covered: set[int],
    knows_place: Callable[[str], bool],
    is_qualifier: QualifierTest | None = None,
    names_division: DivisionTest | None = None,
    ents: list[Span] | None = None,
    is_adjective: WordTest | None = None,
) -> list[tuple[int, int]]:
    """(start, end) token ranges of the places no entity covers (`covered`: token indices of
    entities, and of the model's other spans: "in June" is a date). `names_division` knows
    counties and other divisions by their bare names ("Marrow") or with their kind words;
    `ents` is ``list(doc.ents)`` where the caller has read it; `is_adjective` says whether a
    lower-case word is a dictionary adjective (see `_name_tokens`)."""
    found: list[tuple[int, int]] = []
    names = _name_tokens(doc, is_adjective)
    taken = set(covered)

    def is_region(name: str) -> bool:
        if is_qualifier is not None and is_qualifier(name):
            return True
        return names_division is not None and strip_kind(alias_key(name))[1] == "division" and names_division(name)

    for start, end in affiliated_places(doc, covered, knows_place, is_qualifier, names_division):
        found.append((start, end))
        taken.update(range(start, end))
    covered = taken
    ents = list(doc.ents) if ents is None else ents  # read once: spaCy builds doc.ents again from every token
    places_named = frozenset(ent.text for ent in ents if ent.label_ in PLACE_LABELS)
    organisation_ends = {ent.start: ent.end for ent in ents if ent.label_ == "ORG"}
    i, size = 0, len(doc)
    while i < size:
        if i in covered or not names[i]:
            i += 1
            continue
        run_end = i
        while run_end < size and run_end not in covered and names[run_end]:
            run_end += 1
        for end in range(min(run_end, i + MAX_NAME_TOKENS), i, -1):
            if not _calendar_word(doc[i]) and _place(doc, i, end, knows_place, is_qualifier, places_named):
                found.append((i, end))
                break
        else:
            part = _organisation_place(doc, i, run_end, knows_place, is_region, organisation_ends)
            if part is not None and not _hyphenated(doc, *part):
                found.append(part)
        i = run_end
    return sorted(found)


def affiliated_places(
    doc: Doc,
    covered: set[int],
    knows_place: Callable[[str], bool],
    is_qualifier: QualifierTest | None = None,
    names_division: DivisionTest | None = None,
) -> list[tuple[int, int]]:
    """(start, end) token ranges of the homes news writes after a legislator's party, with a
    hyphen, between commas or brackets: "Ann Lee, R-Elbow Lake, said", "(D-S.C.)", "both
    D-W. Va.,", "D-N.D." at a sentence's end, a bare county: "D-Marrow"."""
    parties = place_syntax().parties
    words = recall_words()
    found: list[tuple[int, int]] = []
    for dash in _dash_positions(doc):  # the hyphens alone: most documents have few
        if not 2 <= dash < len(doc) - 1:
            continue
        party = doc[dash - 1]
        if party.whitespace_ or doc[dash].whitespace_:
            continue
        if party.lower_ not in parties or doc[dash - 2].lower_ not in words.affiliation_openers:
            continue
        # an entity that took the party in with the home ("D-Charleston" as one organisation) hides no place
        swallowed = dash - 1 in covered
        end = dash + 1
        while (
            end < len(doc)
            and end - dash <= MAX_NAME_TOKENS
            and (swallowed or end not in covered)
            and doc[end].text[:1].isupper()
        ):
            end += 1
        if end == dash + 1:
            continue
        closed = end == len(doc) or doc[end].text in words.affiliation_ends
        if not closed and not (doc[end - 1].text.endswith(".") and len(doc[end - 1]) > 1):
            continue  # "D-N.D." ends its sentence with the abbreviation's dot
        name = doc[dash + 1 : end].text
        if (
            knows_place(name)
            or (is_qualifier is not None and is_qualifier(name))
            or (names_division is not None and names_division(name))
        ):
            found.append((dash + 1, end))
    return found
