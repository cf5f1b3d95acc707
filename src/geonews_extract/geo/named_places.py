"""Places inside the names of organisations: "Alexandria" in "the Alexandria Police Department".

A local body is named for the place it serves, and news names it that way: "the Mansfield
Police Department", "Fulton County Sheriff's Office", "University of Georgia", "the
Lutheran School in Lombard". The name is an organisation's (its span and type stay as
the NER model and the alias stage made them), but the place in it is a place the story
speaks of. `place_parts` finds it, from the words of the name alone (no spaCy):

- a gazetteer name opening the name (after "the", and after an area word such as
  "Northern" or "Greater" when the whole is no place) that an organisational noun
  follows somewhere in the name ("police", "council", "university", "hospital", ...);
- a country's or division's name opening the name before another capitalised word,
  whatever heads it ("the Tennessee Senior Olympics", "Ohio Turnpike", "Walker County
  Fairgrounds"): a state or county lends its name to what belongs to it, where a town's
  name may be a brand's ("Brackenfield Modular Systems" keeps no place);
- a gazetteer name after a locative preposition inside the name ("School in Lombard");
- a gazetteer name after "of" that follows an organisational noun: always after a noun
  whose "of" names the place it serves ("University of Georgia", "Bank of Princeton"),
  after any other only when it names a country or division by itself ("Council of West
  Virginia", "Board of Charleston County"), since "Department of Justice" and "Chamber of
  Commerce" name a subject, whatever towns share the word.

A division the gazetteer lists only as a region ("S.C." in "the S.C. Highway Patrol") is a
place name here as well.

An organisational noun is never itself the place ("City Council"), nor part of it where
"of" follows it ("the Velmar Department of Transportation" holds "Velmar", not a
département "Velmar Department"), and a name glued by a hyphen to another word is left
("Brindle-based"), except where the name opens an organisation's and the word after the
hyphen is another place's name or capital initials: a joint body or team of two places
("Fargo-Moorhead", "Brindle-ML") holds the first. The words are data, in
``data/geo/organisations.json`` (the area words in ``data/geo/divisions.json``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ..datafiles import read_word_sets
from .gazetteer import division_words

ORGANISATIONS_FILE = "geo/organisations.json"
#: Longest place name tried, in words.
MAX_NAME_WORDS = 4
_HYPHENS = frozenset({"-", "–", "—"})

#: Is this text a gazetteer place name?
NameTest = Callable[[str], bool]


class OrganisationWords(NamedTuple):
    heads: frozenset[str]
    of_heads: frozenset[str]
    locative: frozenset[str]
    determiners: frozenset[str]
    possessives: frozenset[str]
    local_nouns: frozenset[str]


@lru_cache(maxsize=1)
def organisation_words() -> OrganisationWords:
    return read_word_sets(ORGANISATIONS_FILE, OrganisationWords)


def place_parts(
    words: Sequence[str],
    knows_place: NameTest,
    is_region: NameTest,
    spaces: Sequence[bool] | None = None,
    organisation: bool = True,
) -> list[tuple[int, int]]:
    """(start, end) word ranges of the places an organisation's name holds (see the module docstring).

    `words` are the name's tokens; `spaces[i]` says whether a space follows word i (one
    space after each word when not given); `is_region` says whether a name is a country's
    or a division's by itself ("Texas", "Charleston County")."""
    vocabulary = organisation_words()
    lower = [word.lower() for word in words]
    spaced = list(spaces) if spaces is not None else [True] * len(words)

    def text(start: int, end: int) -> str:
        return "".join(words[i] + (" " if spaced[i] and i < end - 1 else "") for i in range(start, end))

    def name_at(position: int) -> tuple[int, int] | None:
        while position < len(words) and lower[position] in vocabulary.determiners:
            position += 1
        if position >= len(words) or lower[position] in vocabulary.heads:
            return None
        area = lower[position] in division_words().area
        for begin in (position, position + 1) if area else (position,):
            shortest = begin + 2 if begin == position and area else begin + 1  # a lone "Central" is no place
            for end in range(min(len(words), begin + MAX_NAME_WORDS), shortest - 1, -1):
                if begin >= len(words) or lower[begin] in vocabulary.heads:
                    break
                capitalised = _capitalised(words[begin]) and _capitalised(words[end - 1])
                glued = _hyphenated(words, spaced, begin, end) and not (begin == 0 and twinned(end))
                plain = capitalised and not glued and not heads_an_of(end)
                if plain and is_name(text(begin, end)):
                    return begin, end
        return None

    def heads_an_of(end: int) -> bool:
        # "Velmar Department of Transportation": the kind word before "of" heads the organisation
        return end < len(words) and lower[end] == "of" and lower[end - 1] in vocabulary.heads

    def is_name(name: str) -> bool:
        return knows_place(name) or is_region(name)

    def twinned(end: int) -> bool:
        # "Fargo-Moorhead", "Brindle-ML": a name glued by a hyphen to another place's name or
        # to capital initials names the places a joint body serves (the first one here)
        if not (end + 1 < len(words) and words[end] in _HYPHENS and not spaced[end - 1] and not spaced[end]):
            return False
        after = words[end + 1]
        return (after.isupper() and after.isalpha() and len(after) <= 3) or (_capitalised(after) and is_name(after))

    found: list[tuple[int, int]] = []
    lead = name_at(0)
    if lead is not None and (
        any(word in vocabulary.heads for word in lower[lead[1] :])
        or (organisation and _opens_a_name(words, lead, is_region, text))
        or (organisation and twinned(lead[1]))
    ):
        found.append(lead)
    for k in range(1, len(words) - 1):
        if lower[k] == "of" and lower[k - 1] in vocabulary.heads:
            part = name_at(k + 1)
            if part is not None and (lower[k - 1] in vocabulary.of_heads or is_region(text(*part))):
                found.append(part)
        elif lower[k] in vocabulary.locative:
            part = name_at(k + 1)
            if part is not None:
                found.append(part)
    kept: list[tuple[int, int]] = []
    for part in sorted(set(found)):
        if not kept or part[0] >= kept[-1][1]:
            kept.append(part)
    return kept


def modifies_a_local_noun(following: Sequence[str]) -> bool:
    """True when the words after a bare name (`following`, the first few) make it a modifier of a
    local body, service or work: one or two lower-case words, one of them an organisational
    or local noun ("a Brindle grand jury", "the Brindle sewer system", "Brindle's building
    inspector", after a possessive clitic), or an office written with a capital ("Brindle
    Sheriff Dana Reed"). The caller has made sure the name is a gazetteer name the story
    names no person by in full."""
    vocabulary = organisation_words()
    words = list(following[:3])
    words = words[1:] if words and words[0] in vocabulary.possessives else words[:2]
    if words and _capitalised(words[0]) and words[0].lower() in vocabulary.heads:
        return True
    nouns = vocabulary.heads | vocabulary.local_nouns
    for word in words[:2]:
        if not (word.isalpha() and word.islower()):
            return False
        if word in nouns:
            return True
    return False


def _opens_a_name(
    words: Sequence[str], lead: tuple[int, int], is_region: NameTest, text: Callable[[int, int], str]
) -> bool:
    """True when a country's or division's name opens the name and a capitalised word of the
    name follows it ("Tennessee Senior Olympics", "Ohio Turnpike"): a state or county lends
    its name to what belongs to it, whatever noun heads the name."""
    end = lead[1]
    return end < len(words) and _capitalised(words[end]) and is_region(text(*lead))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _hyphenated(words: Sequence[str], spaced: Sequence[bool], begin: int, end: int) -> bool:
    """True when a hyphen joins the name to the word before or after it ("Fargo-Moorhead")."""
    before = begin > 0 and words[begin - 1] in _HYPHENS and not spaced[begin - 1]
    after = end < len(words) and words[end] in _HYPHENS and not spaced[end - 1]
    return before or after
