"""Pairing quotation marks into quoted segments, paragraph by paragraph.

A paragraph is one line of text (`layout.text_lines`, the project's one line index). Marks pair inside a paragraph; a paragraph that
leaves a quote open continues it only when the next non-blank paragraph opens with
a quotation mark (the news convention for a quote running over paragraphs). A quote
that is never closed ends with the paragraph it is open in (``closed`` is False), so
no segment runs past the paragraphs its marks join.

Double marks (", “ ”, „, « », the ``...'' of older newswire and the ''...'' of
typewriter copy, whose side of the space tells an opening pair from a closing one) are the
primary family. Single typographic marks (‘ ’) pair too, but ’ closes only a ‘ that is open:
alone it is an apostrophe. ASCII " and misused typographic marks take their direction from
the characters around them. An ASCII apostrophe (') pairs only in a text with no double mark
(British copy: 'We will appeal,' she said.; elsewhere it is an apostrophe, or a quote inside a
quote or a headline's scare quote), and only where it has a partner: an opening
one before a word, its closing one after the words, the first of them after a comma or a
full stop where there are several ('The players' union agreed,' he said.); a lone one is an
apostrophe ("the '90s", "the voters' choice").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..layout import text_lines

DOUBLE_OPENERS = frozenset("“„«‟")
DOUBLE_CLOSERS = frozenset("”»")
AMBIGUOUS = frozenset('"')
SINGLE_OPENER = "‘"
SINGLE_CLOSER = "’"
ASCII_SINGLE = "'"
#: Two-character double marks of Penn Treebank and older agency copy.
GRAVE_OPENER = "``"
APOSTROPHE_CLOSER = "''"
#: What `_curly_apostrophes` calls a ’ that closes no quote.
APOSTROPHE = "apostrophe"
QUOTE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | AMBIGUOUS | {SINGLE_OPENER, SINGLE_CLOSER, "`", "'"}
_DOUBLE_MARK = re.compile("[" + "".join(re.escape(m) for m in sorted(DOUBLE_OPENERS | DOUBLE_CLOSERS | AMBIGUOUS)) + "]|``|''")
_ASCII_SINGLE = re.compile(ASCII_SINGLE)
_SINGLE_OPENER = re.compile(SINGLE_OPENER)
_SINGLE_CLOSER = re.compile(SINGLE_CLOSER)
#: What a closing apostrophe follows when it ends a clause ('We lost,' she said.).
_CLAUSE_END = frozenset(".,;:!?…")
_ANY_MARK = re.compile("[" + "".join(re.escape(mark) for mark in sorted(QUOTE_MARKS)) + "]")

#: Characters after which a mark opens a quote (besides whitespace and text start).
_OPEN_AFTER = frozenset("([{—–-/:") | DOUBLE_OPENERS | AMBIGUOUS | {SINGLE_OPENER}
#: Characters before which a mark closes a quote (besides whitespace and text end).
_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…") | DOUBLE_CLOSERS | AMBIGUOUS | {SINGLE_CLOSER}


@dataclass(frozen=True, slots=True)
class Segment:
    """A quoted stretch: the offsets of its opening and closing marks."""

    open: int
    close: int  # the closing mark, or the end of the paragraph when `closed` is False
    depth: int  # 0 for an outermost quote, 1 for a quote inside it, ...
    single: bool  # quoted with ‘ ’ rather than double marks
    closed: bool = True
    open_width: int = 1  # characters in the opening mark (2 for ``)
    close_width: int = 1  # characters in the closing mark (2 for '')

    @property
    def end(self) -> int:
        """One past the segment's last character (its closing mark, if it has one)."""
        return self.close + self.close_width if self.closed else self.close

    @property
    def content(self) -> tuple[int, int]:
        """The characters between the marks."""
        return self.open + self.open_width, self.close


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Everything the pairing found in one text (kept here too: ``Doc.text`` is rebuilt on each access)."""

    text: str
    segments: tuple[Segment, ...]
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each non-blank line
    runs: tuple[tuple[int, int], ...]  # paragraphs joined by a quote that continues over them
    unpaired: tuple[int, ...]  # offsets of marks that pair with nothing (or close no quote)

    def run_of(self, offset: int) -> tuple[int, int] | None:
        """The paragraph run holding the character at `offset`, if any."""
        return _holding(self.runs, offset)

    def paragraph_of(self, offset: int) -> tuple[int, int] | None:
        """The paragraph holding the character at `offset`, if any."""
        return _holding(self.paragraphs, offset)

    def outermost(self) -> list[Segment]:
        return [s for s in self.segments if s.depth == 0]


def _holding(spans: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int] | None:
    """The span of sorted, disjoint `spans` that holds `offset`."""
    index = bisect_right(spans, (offset, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index]
    return None


def quoted_words(text: str, segment: Segment) -> tuple[int, int] | None:
    """A quote's words: inside the marks, without outer spaces or a trailing comma; None if no word."""
    start, end = segment.content
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end) if any(c.isalnum() for c in text[start:end]) else None


def _is_open_side(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_AFTER


def _is_close_side(text: str, i: int) -> bool:
    return i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSE_BEFORE


def _direction(text: str, i: int, inside: bool) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the one-character mark at `i`."""
    char = text[i]
    opens, closes = _is_open_side(text, i), _is_close_side(text, i)
    if char == SINGLE_OPENER:
        return "open" if opens and not closes else None
    if char == SINGLE_CLOSER:
        return "close" if closes and not opens else None
    if char in DOUBLE_OPENERS:
        return "close" if closes and not opens and inside else "open"
    if char in DOUBLE_CLOSERS:
        return "open" if opens and not closes and not inside else "close"
    if char not in AMBIGUOUS:
        return None
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if inside else "open"


@dataclass(frozen=True, slots=True)
class _Mark:
    offset: int
    width: int
    single: bool


def _mark_at(text: str, i: int, inside: bool, ascii_singles: dict[int, str]) -> tuple[str, _Mark] | None:
    """The quotation mark starting at `i` with its direction, if there is one; an ASCII
    apostrophe is one where `ascii_singles` (its paragraph's, see `_ascii_singles`) says so."""
    pair = text[i : i + 2]
    if text[i] == SINGLE_CLOSER and ascii_singles.get(i) == APOSTROPHE:
        return None
    if text[i] == ASCII_SINGLE and pair != APOSTROPHE_CLOSER:
        direction = ascii_singles.get(i)
        return (direction, _Mark(i, 1, True)) if direction else None
    if pair == GRAVE_OPENER:
        return "open", _Mark(i, 2, False)
    if pair == APOSTROPHE_CLOSER:  # closes a `` quote; typewriter copy also opens with it
        opens, closes = _is_open_side(text, i), _is_close_side(text, i + 1)
        opening = opens and not closes if opens != closes else not inside
        return ("open" if opening else "close"), _Mark(i, 2, False)
    direction = _direction(text, i, inside)
    if direction is None:
        return None
    return direction, _Mark(i, 1, text[i] in (SINGLE_OPENER, SINGLE_CLOSER))


def _opens_paragraph(text: str, start: int, end: int, ascii_singles: dict[int, str]) -> _Mark | None:
    """The quotation mark that opens the paragraph, if it opens with one."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    found = _mark_at(text, i, False, ascii_singles) if i < end and text[i] in QUOTE_MARKS else None
    return found[1] if found and found[0] == "open" else None


def _ascii_singles(text: str, start: int, end: int) -> dict[int, str]:
    """The ASCII apostrophes of the paragraph `text[start:end]` of a text with no double mark
    that are quotation marks, with their direction. An opening one (after a space, before a letter or
    digit) pairs with a closing one (after a character, before a space or punctuation) before
    the next opening one: the first of them after a sentence's or a clause's punctuation, else
    the first. One with no partner is an apostrophe, except an opening one that opens the
    paragraph: a quote that goes on in the next paragraph."""
    opening: list[int] = []
    closing: list[int] = []
    for found in _ASCII_SINGLE.finditer(text, start, end):
        i = found.start()
        opens, closes = _is_open_side(text, i), _is_close_side(text, i)
        if opens and not closes and i + 1 < end and text[i + 1].isalnum():
            opening.append(i)
        elif closes and not opens:
            closing.append(i)
    directions: dict[int, str] = {}
    after = start
    for index, opener in enumerate(opening):
        if opener < after:
            continue
        limit = opening[index + 1] if index + 1 < len(opening) else end
        closers = [c for c in closing if opener < c < limit]
        if not closers:
            if index + 1 == len(opening) and not text[start:opener].strip():
                directions[opener] = "open"
            continue
        closer = next((c for c in closers if text[c - 1] in _CLAUSE_END), closers[0])
        directions[opener], directions[closer] = "open", "close"
        after = closer
    return directions


def _curly_apostrophes(text: str, start: int, end: int) -> dict[int, str]:
    """The ’ of the paragraph `text[start:end]` of a text with no double mark that are
    apostrophes, not the closing mark of the ‘ before them: where several could close one
    ‘ before the next, the first after a sentence's or a clause's punctuation closes it, as
    with ASCII marks ('‘The drivers’ strike is over,’ she said.'); the others are possessives."""
    opening = [m.start() for m in _SINGLE_OPENER.finditer(text, start, end) if _is_open_side(text, m.start())]
    closing = [m.start() for m in _SINGLE_CLOSER.finditer(text, start, end)
               if _is_close_side(text, m.start()) and not _is_open_side(text, m.start())]
    found: dict[int, str] = {}
    for index, opener in enumerate(opening):
        limit = opening[index + 1] if index + 1 < len(opening) else end
        closers = closing[bisect_right(closing, opener) : bisect_right(closing, limit)]
        closer = next((c for c in closers if text[c - 1] in _CLAUSE_END), None)
        found.update((c, APOSTROPHE) for c in closers if closer is not None and c < closer)
    return found


def pair_marks(text: str) -> QuoteMarks:
    paras = text_lines(text)
    segments: list[Segment] = []
    unpaired: list[int] = []
    runs: list[tuple[int, int]] = []
    stack: list[_Mark] = []  # open quotes, outermost first
    run_start: int | None = None
    british = not _DOUBLE_MARK.search(text)  # a text that quotes with single marks only
    singles = [_ascii_singles(text, start, end) | _curly_apostrophes(text, start, end) if british else {}
               for start, end in paras]
    for index, (start, end) in enumerate(paras):
        if run_start is None:
            run_start = start
        reopen = _opens_paragraph(text, start, end, singles[index]) if stack else None
        i = reopen.offset + reopen.width if reopen else start
        while (next_mark := _ANY_MARK.search(text, i, end)) is not None:  # no loop over the other characters
            i = next_mark.start()
            found = _mark_at(text, i, bool(stack), singles[index])
            if found is None:
                i += 1
                continue
            direction, mark = found
            if direction == "open":
                stack.append(mark)
            else:
                _close(stack, mark, segments, unpaired)
            i += mark.width
        following = paras[index + 1] if index + 1 < len(paras) else None
        if stack and following and _opens_paragraph(text, *following, singles[index + 1]) is not None:
            unpaired.extend(m.offset for m in stack[1:])
            stack = stack[:1]
            continue  # the quote goes on in the next paragraph
        _end_open_quote(stack, end, segments, unpaired)
        stack = []
        runs.append((run_start, end))
        run_start = None
    segments.sort(key=lambda s: (s.open, -s.close))
    return QuoteMarks(text, tuple(segments), tuple(paras), tuple(runs), tuple(sorted(unpaired)))


def _close(stack: list[_Mark], closer: _Mark, segments: list[Segment], unpaired: list[int]) -> None:
    """Close the innermost open quote of the same family; marks left open inside it pair with nothing."""
    for level in range(len(stack) - 1, -1, -1):
        opener = stack[level]
        if opener.single == closer.single:
            unpaired.extend(m.offset for m in stack[level + 1 :])
            del stack[level:]
            segments.append(
                Segment(opener.offset, closer.offset, level, closer.single, True, opener.width, closer.width)
            )
            return
    if not closer.single:  # a closer with nothing open: a stray mark
        unpaired.append(closer.offset)


def _end_open_quote(stack: list[_Mark], end: int, segments: list[Segment], unpaired: list[int]) -> None:
    """A double quote still open at the end of its paragraph run ends there; other open marks pair with nothing."""
    unpaired.extend(m.offset for m in stack)
    outer = next((level for level, mark in enumerate(stack) if not mark.single), None)
    if outer is not None:
        opener = stack[outer]
        segments.append(Segment(opener.offset, end, outer, False, False, opener.width, 1))
