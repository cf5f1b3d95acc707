"""The layout of a news text: its non-empty lines and which of them are headlines.

Several stages need to know where the headline lines are; `headlines_of` finds them once
per Doc (the text never changes inside the pipeline) and keeps them in ``doc.user_data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

#: Words that stay lower case inside a Title Case headline.
HEADLINE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per the to up via vs with".split()
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HEADLINES = "geonews_headlines"


def headlines_of(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """`headline_lines` of the doc's text, computed once per Doc. Pass `text` if you have it."""
    found = doc.user_data.get(_HEADLINES)
    if found is None:
        found = doc.user_data[_HEADLINES] = headline_lines(doc.text if text is None else text)
    return found


def headline_lines(text: str, max_words: int = 30) -> list[tuple[int, int]]:
    """(start, end) of lines written in Title Case or ALL CAPS."""
    found = []
    for start, line in first_lines(text, None):
        words = WORD.findall(line)
        if not 3 <= len(words) <= max_words or line.rstrip().endswith((".", '"', "”")):
            continue
        lower = [w for w in words if w[0].islower() and w.lower() not in HEADLINE_SMALL_WORDS]
        if not lower:
            found.append((start, start + len(line)))
    return found


def first_lines(text: str, limit: int | None) -> Iterator[tuple[int, str]]:
    """(offset, stripped line) of each non-empty line, at most `limit` of them."""
    offset, seen = 0, 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped:
            yield offset + len(line) - len(stripped), stripped.rstrip()
            seen += 1
            if limit is not None and seen >= limit:
                return
        offset += len(line) + 1
