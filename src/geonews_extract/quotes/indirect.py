"""Indirect and mixed quotes: a cue with a clausal complement, or "according to X".

    Taliban leaders deny [ISIS and Al-Qaeda militants are active ...]    indirect
    [Ten people died], police said.                                      indirect
    According to the UN, [about 50,000 people live in the camp].         indirect
    ... warned that ["over-the-horizon" attacks could inflict ...]       mixed

The content is the complement's words (without "that"), kept inside the paragraph run of
the cue. A complement with quoted words in it, or right after it, is a mixed quote, unless
the quoted words only name a term inside a noun phrase ("an "over-the-horizon" capability"):
that scare quote leaves the quote indirect. A complement that is wholly inside quotation
marks ('He said "we will win"') is a direct quote.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..annotations import DATELINE_SPANS
from .candidates import Candidate
from .lexicon import Lexicon
from .marks import QuoteMarks, Segment, quoted_words
from .syntax import (
    channel_of,
    chars,
    cue_chars,
    is_cue_verb,
    phrase_at,
    phrase_source,
    reports_nothing,
    subject_of,
    tokens_between,
    trim,
)

#: Words before a quoted term that say the writer, not the source, is quoting it.
SCARE_MARKERS = frozenset({"so-called", "so", "called", "dubbed", "termed", "known"})
#: Fewest tokens in reported content: one word ("That, according to ...") reports nothing.
MIN_WORDS = 2
#: Tags of a finite verb: one can head a complement clause on its own.
FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Longest quoted term (in words) that can be a scare quote.
MAX_SCARE_WORDS = 4
#: A dateline's end: a dash or colon after the place, its region and agency ("BAMAKO, Mali (AP) —").
_DATELINE_END = re.compile(r"\s?(?:[-–—]{1,2}|:)\s")
MAX_DATELINE_TAIL = 30


def find_indirect(doc: Doc, marks: QuoteMarks, lexicon: Lexicon, taken: list[Candidate]) -> list[Candidate]:
    """Indirect and mixed quotes (and direct ones a cue introduces without punctuation) whose
    content overlaps none of `taken` nor each other."""
    outer = marks.outermost()
    quoted = _flags(len(marks.text), [s.content for s in outer])  # inside an outermost quote
    used = _flags(len(marks.text), [c.content for c in taken])  # content already reported
    found: list[Candidate] = []
    for token in doc:
        if quoted[token.idx]:
            continue
        last = phrase_at(doc, token.i, lexicon)
        if last is not None:
            candidate = _according_to(doc, token, doc[last], marks, outer)
        elif is_cue_verb(token, lexicon) and not reports_nothing(token):
            candidate = _reported_clause(doc, token, marks, outer, lexicon)
        else:
            continue
        if candidate is None or any(used[slice(*candidate.content)]):
            continue
        used[slice(*candidate.content)] = b"\x01" * (candidate.content[1] - candidate.content[0])
        found.append(candidate)
    return found


def _flags(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character of the text: 1 inside any of `spans`."""
    flags = bytearray(length + 1)
    for start, end in spans:
        flags[start:end] = b"\x01" * max(0, end - start)
    return flags


def _reported_clause(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon):
    complements = [c for c in cue.children if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ in FINITE)]
    subject = subject_of(cue, lexicon)
    if subject is None:
        return None
    if not complements:
        lost = _lost_complement(cue)
        if lost is None:
            return None
        words = list(doc[lost.i : lost.right_edge.i + 1])
        return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))
    # a misparse can split one complement in two ("that [talks] on a ceasefire [were] ...")
    side = [c for c in complements if (c.i > cue.i) == (complements[0].i > cue.i)]
    words = list(doc[min(c.left_edge.i for c in side) : max(c.right_edge.i for c in side) + 1])
    if words and words[0].lower_ == "that" and words[0].tag_ == "IN":
        words = words[1:]
    words = _before_next_report(words, {c.i for c in side}, lexicon)
    return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))


def _lost_complement(cue: Token) -> Token | None:
    """A finite verb right after a cue, with no subject and no object on the cue, is a complement
    the parser lost: '... that Washington later acknowledged [killed 10 civilians]'."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in cue.children) or cue.i + 1 >= len(cue.doc):
        return None
    following = cue.doc[cue.i + 1]
    if following.tag_ not in FINITE or following.pos_ != "VERB" or following.i < cue.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in following.children):
        return None
    return following


def _before_next_report(words: list[Token], roots: set[int], lexicon: Lexicon) -> list[Token]:
    """Cut the content where a report of its own begins: "..., adding that ...",
    "... and added that ...", "..., but the Kremlin has denied that ..."."""
    for index, token in enumerate(words):
        if token.i in roots or token.dep_ not in ("conj", "advcl") or not is_cue_verb(token, lexicon):
            continue
        own_subject = any(c.dep_ == "nsubj" for c in token.children)
        own_complement = any(c.dep_ == "ccomp" for c in token.children)
        if token.tag_ == "VBG" or own_subject or own_complement:
            cut = token.left_edge.i
            return [t for t in words[:index] if t.i < cut]
    return words


def _according_to(doc: Doc, first: Token, last: Token, marks: QuoteMarks, outer: list[Segment]):
    source = phrase_source(last)
    if source is None:
        return None
    clause = first.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i in range(first.i, source.right_edge.i + 1):
        return None
    phrase = range(first.left_edge.i, max(source.right_edge.i, last.i) + 1)
    before = [t for t in doc[clause.left_edge.i : phrase.start]]
    after = [t for t in doc[phrase.stop : clause.right_edge.i + 1]]
    words = after if len(trim(after)) >= len(trim(before)) else before
    cue = chars([first, last])
    return _candidate(doc, words, cue, source, first, marks, outer, None)


def _candidate(doc, words, cue, subject, anchor, marks, outer, channel) -> Candidate | None:
    run = marks.run_of(anchor.idx)
    if run is None:
        return None
    words = [t for t in words if run[0] <= t.idx and t.idx + len(t) <= run[1]]
    words = trim(_after_dateline(doc, marks.text, trim(words)))
    if len(words) < MIN_WORDS or subject.i in range(words[0].i, words[-1].i + 1):
        return None
    start, end = chars(words)
    inside = next((s for s in outer if s.open < start and end <= s.close), None)
    if inside is not None:  # the complement is all quoted: 'He said "we will win"'
        content = quoted_words(marks.text, inside)
        return Candidate("direct", content, cue, subject.i, channel) if content else None
    quoted = [s for s in outer if start <= s.close and s.open < end]
    following = _quote_right_after(marks.text, end, outer, run)
    if following is not None:
        quoted.append(following)
    if quoted:
        start = min(start, *(s.open for s in quoted))
        end = max(end, *(s.end for s in quoted))
    mixed = any(not _scare_quote(doc, marks.text, s) for s in quoted)
    return Candidate("mixed" if mixed else "indirect", (start, end), cue, subject.i, channel)


def _after_dateline(doc: Doc, text: str, words: list[Token]) -> list[Token]:
    """Drop a dateline ("KABUL -", "BAMAKO, Mali (AP) —") that the parse put into the content."""
    if not words:
        return words
    for place in doc.spans.get(DATELINE_SPANS, []):
        if place.start_char <= words[0].idx < place.end_char or words[0].i == place.start:
            line_end = text.find("\n", place.end_char)
            match = _DATELINE_END.search(text, place.end_char, line_end if line_end >= 0 else len(text))
            if match and match.start() - place.end_char <= MAX_DATELINE_TAIL:
                return [t for t in words if t.idx >= match.end()]
    return words


def _quote_right_after(text: str, end: int, outer: list[Segment], run: tuple[int, int]) -> Segment | None:
    """A quote that goes on from the complement's last word: 'would continue "until ..."'."""
    for segment in outer:
        if segment.open >= end and segment.close < run[1] and not text[end : segment.open].strip():
            return segment
    return None


def _scare_quote(doc: Doc, text: str, segment: Segment) -> bool:
    """A short quoted term the writer marks inside a noun phrase: 'an "over-the-horizon" capability'."""
    words = [t for t in tokens_between(doc, *segment.content) if not (t.is_punct or t.is_space)]
    if not words or len(text[slice(*segment.content)].split()) > MAX_SCARE_WORDS:
        return False
    before = tokens_between(doc, max(0, segment.open - 40), segment.open)
    if before and before[-1].lower_ in SCARE_MARKERS:
        return True
    inside = {t.i for t in words}
    heads = [t.head for t in words if t.head.i not in inside]
    if not heads or any(h.i != heads[0].i for h in heads):
        return False
    noun = heads[0]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.idx < segment.close:
        return False
    return any(
        c.dep_ in ("det", "poss", "amod", "nummod") and c.i not in inside and c.idx < segment.open
        for c in noun.children
    )
