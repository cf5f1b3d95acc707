"""Two names the text gives one actor: "Idris Kello, also known as Abu Talha", "Vasko aka Mr Ice".

The words between two neighbouring names decide: one of the phrases of
``data/resolution/aka.json`` ("also known as", "aka", "better known as", ...), perhaps
opened by a relative clause or copula ("who is also known as"), alone after the punctuation that opens the second name (a comma, a parenthesis, a dash) and
before a title the second name may carry ("better known as Commander Jackal").
Where spaCy found no entity after the phrase, the capitalised words that follow it are
the second name ("aka Mr Ice").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..datafiles import read_json
from .people import TITLES

#: Phrases that join the name before them to the name after them.
AKA_PHRASES = tuple(read_json("resolution/aka.json")["phrases"])
#: Relative or copular words that may open the phrase ("who is also known as").
OPENERS = tuple(read_json("resolution/aka.json")["openers"])


def _alternatives(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


#: A joining phrase with the punctuation around it, from the end of one name to the start of the next.
JOINING = re.compile(
    rf"[\s,(\[–—-]*(?:(?:{_alternatives(OPENERS)})\s+)?(?:{_alternatives(AKA_PHRASES)})(?!\w)[\s\"'“‘]*",
    re.IGNORECASE,
)
#: Most words a name after the phrase may have when spaCy found none there.
MAX_NAME_WORDS = 4


def joins_names(between: str) -> bool:
    """True if `between`, the text between two names, is one of the joining phrases, perhaps
    followed by a title ("better known as Commander Jackal")."""
    match = JOINING.match(between)
    return match is not None and all(word.lower() in TITLES for word in between[match.end() :].split())


def phrase_end(text: str, start: int) -> int | None:
    """Where the name after a joining phrase starting at `start` begins, if a phrase starts there."""
    match = JOINING.match(text, start)
    return match.end() if match is not None and match.end() < len(text) else None


def name_after(doc: Doc, start_char: int, from_token: int) -> Span | None:
    """The capitalised words starting at `start_char` ("Mr Ice" in "aka Mr Ice was released"),
    looked for from token `from_token` on."""
    first = from_token
    while first < len(doc) and doc[first].idx < start_char:
        first += 1
    end = first
    while end < len(doc) and end - first < MAX_NAME_WORDS and doc[end].text[:1].isupper():
        end += 1
    return doc[first:end] if end > first and doc[first].idx == start_char else None


def joined_pairs(text: str, ends_and_starts: Iterable[tuple[int, int]]) -> list[int]:
    """Indices i of consecutive (end of name i, start of name i + 1) that a phrase joins."""
    return [i for i, (end, start) in enumerate(ends_and_starts) if start > end and joins_names(text[end:start])]
