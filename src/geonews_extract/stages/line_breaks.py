"""The `line_breaks` stage: sentence starts at line breaks and abbreviations, set before the parse.

News text puts a headline, a dateline paragraph and each paragraph on lines of their own,
but spaCy's parser reads across line breaks ("... on Twitter.\nWashington said ..." or a
headline running into the first paragraph as one sentence). This stage marks a sentence
start after a line break when the line before is a headline or ends like a sentence, and
after every blank line. A hard-wrapped line that breaks mid-sentence (after a word, or
after a title's abbreviation: "former Ohio Gov.\nMartha Keeling") is left to the parser.

An abbreviation's full stop may end a sentence or not, and the parser guesses: it runs
"closed at 6 p.m. Gusts of up to 70 mph ..." into one sentence and cuts "said Lt." from
"Carla Ruiz". So the stage also marks, from the words of `data/sentences/abbreviations.json`:
after a clock's "a.m." or "p.m.", a capitalised word starts a sentence unless it goes on
with the time (a zone, a weekday, a month, "Eastern time", "the 7 a.m. Express"), which
then cannot start one; after an abbreviation that often ends a sentence ("Inc.", "U.S."),
a capitalised word that opens a clause ("The", "In", "He") starts one; after a title
("Lt.", "Supt."), a capitalised name never does. The tokenizer is given the titles it would
split ("Lt" + "."), so each is one token, as "Gen." and "Gov." already are. The parser
respects the marks, so every later stage sees the sentences a reader sees.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, cast

import numpy as np
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from ..annotations import text_of
from ..datafiles import read_json
from ..layout import headlines_of
from ..resolution.people import TITLES
from ..timex.lexicon import MONTHS, TIME_ZONES, WEEKDAYS
from .base import Stage

#: Characters that end a line that ends a sentence (closing quotes and brackets included).
SENTENCE_END = frozenset('.!?:;"”’\')]')

_ABBREVIATIONS = read_json("sentences/abbreviations.json")
#: A person's title written short, one token, never the end of a sentence before a name.
TITLES_BEFORE_A_NAME = frozenset(_ABBREVIATIONS["titles_before_a_name"])
#: "a.m.", "p.m.": a capitalised word after one starts a sentence unless it goes on with the time.
CLOCK_MERIDIANS = frozenset(_ABBREVIATIONS["clock_meridians"])
#: Abbreviations that often end a sentence ("Inc.", "U.S."); a clause opener after one starts the next.
SENTENCE_ENDING_ABBREVIATIONS = frozenset(_ABBREVIATIONS["sentence_ending_abbreviations"])
#: Words that open a clause, in lower case ("the", "in", "he"): capitalised, they start a sentence.
CLAUSE_OPENERS = frozenset(_ABBREVIATIONS["clause_openers"])
#: Determiners before an hour that make the time modify the noun after it ("the 7 a.m. Express").
DETERMINERS_OF_A_TIME = frozenset(_ABBREVIATIONS["determiners_of_a_time"])
#: Words that go on with a clock time, in lower case: its zone, a weekday, a month.
_GOES_ON_WITH_A_TIME = frozenset({*TIME_ZONES, *WEEKDAYS, *MONTHS, *(m + "." for m in MONTHS), *(w + "." for w in WEEKDAYS)})
_ABBREVIATION_IDS = np.array(
    sorted(get_string_id(w) for w in CLOCK_MERIDIANS | SENTENCE_ENDING_ABBREVIATIONS | TITLES_BEFORE_A_NAME), dtype="uint64"
)


class LineBreaks(Stage):
    def __init__(self, name: str = "line_breaks", headlines: bool = True, abbreviations: bool = True) -> None:
        self.name = name
        self.headlines = headlines
        self.abbreviations = abbreviations

    def process(self, doc: Doc) -> Doc:
        text = text_of(doc)
        headline_ends = {end for _start, end in headlines_of(doc, text)} if self.headlines else set()
        sent_starts = doc.to_array([SENT_START]).astype("int64")  # -1: cannot start one
        changed = False
        if self.abbreviations:
            for i, start in _after_abbreviations(doc):
                sent_starts[i] = 1 if start else -1
                changed = True
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
            # spaCy types it Ints2d (it is 1-d) and reads -1 (cannot start one) back from its uint64
            doc.from_array([SENT_START], cast(Any, sent_starts.astype("uint64")))
        return doc


def _after_abbreviations(doc: Doc) -> list[tuple[int, bool]]:
    """(i, starts) for each capitalised word after an abbreviation on the same line: whether a
    sentence starts there (True) or cannot (False); words the rules leave to the parser are out."""
    found: list[tuple[int, bool]] = []
    for i in np.flatnonzero(np.isin(doc.to_array(ORTH), _ABBREVIATION_IDS)).tolist():
        token = doc[i]
        word = token.text
        if i + 1 == len(doc) or not token.whitespace_:
            continue
        following = doc[i + 1]
        if not following.text[:1].isupper() or following.is_space:
            continue
        opens_a_clause = following.lower_ in CLAUSE_OPENERS
        if word in CLOCK_MERIDIANS:
            found.append((following.i, not _goes_on_with_the_time(token, following)))
        elif word in SENTENCE_ENDING_ABBREVIATIONS:
            if opens_a_clause:
                found.append((following.i, True))
        elif not opens_a_clause:  # a title before a name
            found.append((following.i, False))
    return found


def _goes_on_with_the_time(meridian: Token, following: Token) -> bool:
    """'10 a.m. [Friday]', '9 a.m. [GMT]', '9 a.m. [Eastern] time', 'the 7 a.m. [Express]'."""
    doc = meridian.doc
    if following.lower_ in _GOES_ON_WITH_A_TIME:
        return True
    if following.i + 1 < len(doc) and doc[following.i + 1].lower_ == "time":
        return True
    return meridian.i >= 2 and doc[meridian.i - 2].lower_ in DETERMINERS_OF_A_TIME


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


@Language.factory("geonews_line_breaks", default_config={"headlines": True, "abbreviations": True})
def make_line_breaks(nlp: Language, name: str, headlines: bool, abbreviations: bool) -> LineBreaks:
    if abbreviations:
        keep_titles_whole(nlp)
    return LineBreaks(name, headlines, abbreviations)


def keep_titles_whole(nlp: Language) -> None:
    """Give `nlp`'s tokenizer each title of TITLES_BEFORE_A_NAME it would split ("Lt" + "."),
    so the title is one token, as the model's own exceptions make "Gen." and "Gov."."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a tokenizer of the user's own: left as it is
        return
    for title in sorted(TITLES_BEFORE_A_NAME):
        if [t.text for t in tokenizer(title)] != [title]:
            tokenizer.add_special_case(title, [{ORTH: title}])
