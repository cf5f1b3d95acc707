"""The layout of a news text: its non-empty lines and which of them are headlines.

`text_lines` is the one index of a text's lines (a line is a paragraph: news copy breaks
paragraphs with a newline): the quote stage pairs quotation marks paragraph by paragraph
over it, and `first_lines` (datelines, headlines) reads the top lines through it.

A headline sits at the top of a story: the first non-empty lines, before the dateline or
the first paragraph of prose, written in Title Case or capitals ("Taliban Warns US To Stop
Drones", "SOCCER - JAPAN GET LUCKY WIN ."). A Title Case line further down is a list
item, a results table row or a caption, never a headline, so it is read as it is.

Several stages need to know where the headline lines are; `headlines_of` finds them once
per Doc (the text never changes inside the pipeline) and keeps them beside it.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Doc

from .annotations import text_of

#: Words that stay lower case inside a Title Case headline.
HEADLINE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per the to up via vs with".split()
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: How many lines at the top of a text may be headline lines (a kicker, a headline, a deck).
HEADLINE_LINES = 3
#: A line that opens with a dateline is the first paragraph, not a headline.
_DATELINE_START = re.compile(r"^[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}(?:,| ?\(| (?:\d{4}-\d\d-\d\d|[-–—]{1,2}|:) )")
_headlines: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def headlines_of(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """`headline_lines` of the doc's text, computed once per Doc (kept beside it, never
    serialised with it). Pass `text` if you have it."""
    found = _headlines.get(doc)
    if found is None:
        found = _headlines[doc] = headline_lines(text_of(doc) if text is None else text)
    return found


def headline_lines(text: str, max_words: int = 30) -> list[tuple[int, int]]:
    """(start, end) of the headline lines at the top of `text`; see the module docstring."""
    found: list[tuple[int, int]] = []
    for start, line in first_lines(text, HEADLINE_LINES):
        if found and _DATELINE_START.match(line):
            break
        if not is_headline(line, max_words):
            if not found and len(WORD.findall(line)) < 3 and not _DATELINE_START.match(line):
                continue  # a kicker ("ELECTION 2024") above the headline
            break
        found.append((start, start + len(line)))
    return found


def is_headline(line: str, max_words: int = 30) -> bool:
    """A line of 3 to `max_words` words in Title Case, or in capitals (which may end with a
    full stop, as wire slugs do); a Title Case line ending like a sentence is prose."""
    words = WORD.findall(line)
    if not 3 <= len(words) <= max_words:
        return False
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)) and len(words) > 1:
        return not line.rstrip().endswith(('"', "”"))
    if line.rstrip().endswith((".", '"', "”", "?", "!", ":")):
        return False
    return not any(w[0].islower() and w.lower() not in HEADLINE_SMALL_WORDS for w in words)


def text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of `text` that holds more than whitespace, in order."""
    return list(_text_lines(text))


def _text_lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not text[start:end].isspace() and end > start:
            yield start, end
        start = end + 1


def first_lines(text: str, limit: int | None) -> Iterator[tuple[int, str]]:
    """(offset, stripped line) of each non-empty line, at most `limit` of them (the text
    after them is never split)."""
    for start, end in islice(_text_lines(text), limit):
        line = text[start:end]
        stripped = line.lstrip()
        yield start + len(line) - len(stripped), stripped.rstrip()
