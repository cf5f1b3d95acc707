"""Aliases a document defines for itself: "Islamic State Khorasan Province (ISKP)".

In the spirit of Schwartz & Hearst (2003), "A simple algorithm for identifying
abbreviation definitions in biomedical text": a short form in parentheses is
defined by the words just before it when its letters occur in them, in order,
its first letter starting a word ("ISIS Khorasan (ISIS-K)"); the reverse order
"ISKP (Islamic State Khorasan Province)" is read the same way. News adds one
pattern: a second short form after the parenthesis, "ISIS Khorasan (ISIS-K) or
ISKP". A definition is only accepted when the long form reads as a name (it has
a capitalised word), so "the strengthening of the ISIL (ISIS)" defines nothing.

Acronyms often come from another language ("Ukraine's Security Service (SBU)") or
spell only part of the name ("the Afghan Ministry of Interior (MoI)"): where a name
found by NER ends just before a parenthesised short form, `short_forms_after_names`
makes the whole name its long form, whatever the letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: (long form's character range, short form's character range)
_Found = tuple[tuple[int, int], tuple[int, int]]

_PARENTHESIS = re.compile(r"\(([^()\n]{1,100})\)")
_SHORT_FORM = re.compile(r"^[A-Za-z0-9][\w.&’'\-]{0,11}$")
_PARENTHESIS_AFTER = re.compile(r"[ \t]*\(\s*([^()\s]{2,12})\s*\)")
_OR_SHORT_FORM = re.compile(r"\s+or\s+([A-Z][\w\-]{1,11})\b")
_CLAUSE_END = re.compile(r"[.;:!?,()\"“”\n]")
_WORD = re.compile(r"\S+")
#: Lower-case words that may start or sit inside a name ("al-Qaeda", "bin Laden").
NAME_PARTICLES = frozenset("al el ad as ash an ar at az bin ibn abu de del der di du la le van von".split())


@dataclass(frozen=True, slots=True)
class Definition:
    """A long form and the short forms the text gives it, as character offsets."""

    long: tuple[int, int]
    shorts: tuple[tuple[int, int], ...]


def find_definitions(text: str) -> list[Definition]:
    definitions = []
    for match in _PARENTHESIS.finditer(text):
        inner_start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
        inner = match.group(1).strip()
        inner_span = (inner_start, inner_start + len(inner))
        found = _long_before(text, match.start(), inner, inner_span) or _long_inside(text, match.start(), inner, inner_span)
        if found is None:
            continue
        long_span, short_span = found
        shorts = [short_span]
        extra = _OR_SHORT_FORM.match(text, match.end())
        if extra and long_span[1] <= match.start() and is_short_form(extra.group(1)):
            shorts.append((extra.start(1), extra.end(1)))
        definitions.append(Definition(long_span, tuple(shorts)))
    return definitions


def short_forms_after_names(
    text: str, names: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(name's range, short form's range) for each name (character ranges) followed at once
    by a short form in parentheses: "Security Service (SBU)"."""
    found = []
    for start, end in names:
        match = _PARENTHESIS_AFTER.match(text, end)
        if match is not None and is_short_form(match.group(1)):
            found.append(((start, end), (match.start(1), match.end(1))))
    return found


def is_short_form(text: str) -> bool:
    """2-12 characters, one word, a letter, and at least as many capitals as lower-case letters."""
    if not 2 <= len(text) <= 12 or not _SHORT_FORM.match(text):
        return False
    upper = sum(c.isupper() for c in text)
    return upper >= 2 and upper >= sum(c.islower() for c in text)


def _long_before(text: str, paren: int, inner: str, inner_span: tuple[int, int]) -> _Found | None:
    """'Long Form (SF)': the long form ends just before the parenthesis."""
    if not is_short_form(inner):
        return None
    clause_start = _clause_start(text, paren)
    words = list(_WORD.finditer(text, clause_start, paren))
    limit = min(len(inner) + 5, 2 * len(inner))
    words = words[-limit:]
    if not words:
        return None
    start = words[0].start()
    candidate = text[start : words[-1].end()]
    offset = best_long_form(inner, candidate)
    if offset is None:
        return None
    long_start = _name_start(text, start + offset, words[-1].end())
    if long_start is None:
        return None
    return (long_start, words[-1].end()), inner_span


def _long_inside(text: str, paren: int, inner: str, inner_span: tuple[int, int]) -> _Found | None:
    """'SF (Long Form)': a short form just before the parenthesis, the long form inside."""
    before = list(_WORD.finditer(text, _clause_start(text, paren), paren))
    if not before or len(inner.split()) < 2:
        return None
    short = before[-1]
    if not is_short_form(short.group(0)):
        return None
    offset = best_long_form(short.group(0), inner)
    if offset is None:
        return None
    long_start = _name_start(text, inner_span[0] + offset, inner_span[1])
    if long_start is None:
        return None
    return (long_start, inner_span[1]), (short.start(), short.end())


def best_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst: where in `long` the long form of `short` starts, or None."""
    s, k = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while k >= 0 and (long[k].lower() != c or (s == 0 and k > 0 and long[k - 1].isalnum())):
            k -= 1
        if k < 0:
            return None
        k -= 1
        s -= 1
    return long.rfind(" ", 0, k + 1) + 1


def _clause_start(text: str, end: int) -> int:
    start = 0
    for match in _CLAUSE_END.finditer(text, max(0, end - 200), end):
        start = match.end()
    return start


def _name_start(text: str, start: int, end: int) -> int | None:
    """Skip leading lower-case words ('the', 'members of'); None if no capitalised word is left."""
    for word in _WORD.finditer(text, start, end):
        token = word.group(0)
        if token[0].isupper() or (token.split("-")[0].lower() in NAME_PARTICLES and "-" in token):
            return word.start()
    return None
