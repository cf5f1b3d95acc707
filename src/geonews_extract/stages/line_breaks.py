"""The `line_breaks` stage: sentence starts at line breaks that end a sentence, set before the parse.

News text puts a headline, a dateline paragraph and each paragraph on lines of their own,
but spaCy's parser reads across line breaks ("... on Twitter.\nWashington said ..." or a
headline running into the first paragraph as one sentence). This stage marks a sentence
start after a line break when the line before is a headline or ends like a sentence, and
after every blank line. A hard-wrapped line that breaks mid-sentence (after a word, or
after a title's abbreviation: "former Ohio Gov.\nMartha Keeling") is left to the parser. The parser respects the marks, so every later stage sees the
sentences a reader sees.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, cast

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..annotations import text_of
from ..layout import headlines_of
from ..resolution.people import TITLES
from .base import Stage

#: Characters that end a line that ends a sentence (closing quotes and brackets included).
SENTENCE_END = frozenset('.!?:;"”’\')]')


class LineBreaks(Stage):
    def __init__(self, name: str = "line_breaks", headlines: bool = True) -> None:
        self.name = name
        self.headlines = headlines

    def process(self, doc: Doc) -> Doc:
        text = text_of(doc)
        headline_ends = {end for _start, end in headlines_of(doc, text)} if self.headlines else set()
        sent_starts = doc.to_array([SENT_START])
        changed = False
        for i in _after_line_breaks(doc, text):
            token = doc[i]
            if token.is_space:
                continue
            last = _last_word_before(doc, token.i)
            if last is None:
                continue
            line_end = last.idx + len(last.text)
            blank_line = text.count("\n", line_end, token.idx) > 1
            ends_sentence = last.text[-1] in SENTENCE_END and not _title_abbreviation(last)
            if blank_line or ends_sentence or line_end in headline_ends:
                sent_starts[token.i] = 1
                changed = True
        if changed:  # one write: setting token.is_sent_start rescans the whole doc each time
            doc.from_array([SENT_START], cast(Any, sent_starts))  # spaCy types it Ints2d; it is 1-d
        return doc


def _after_line_breaks(doc: Doc, text: str) -> list[int]:
    """The index of each token after one with a line break in its text or its whitespace,
    in order: found from the text's line breaks, without visiting every token."""
    starts = doc.to_array(IDX).tolist()
    found: list[int] = []
    position = text.find("\n")
    while position >= 0:
        after = bisect_right(starts, position)  # the token holding the break is the one before
        if after < len(starts) and (not found or found[-1] != after):
            found.append(after)
        position = text.find("\n", position + 1)
    return found


def _title_abbreviation(token: Token) -> bool:
    """'Gov.', 'Dr.', 'Gen.': the period is the abbreviation's, and a name follows."""
    return len(token.text) > 1 and token.text.endswith(".") and token.lower_ in TITLES


def _last_word_before(doc: Doc, i: int) -> Token | None:
    for j in range(i - 1, -1, -1):
        if not doc[j].is_space:
            return doc[j]
    return None


@Language.factory("geonews_line_breaks", default_config={"headlines": True})
def make_line_breaks(nlp: Language, name: str, headlines: bool) -> LineBreaks:
    return LineBreaks(name, headlines)
