"""When a company's fiscal year ends, where the text says so.

A report that tells its company's year of account ("fiscal 2025, which ended on June 30",
"its financial year runs to March", "the year to June 30", "its books run from July to
June") numbers its quarters and halves in that year: TimeML values "the fiscal fourth
quarter" of a year ending in June by the fiscal year, named by the calendar year it ends in
(April to June 2025 is 2025-Q4). `fiscal_year_end` reads the month the year ends in, and
the months that only bound it ("from July to June"), which name no year of their own.
"""

from __future__ import annotations

import re

from .lexicon import ACCOUNT_BOOKS, FISCAL_YEAR_WORDS, MONTHS


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = rf"(?:{_alternatives(list(MONTHS))})\.?"
_OF_ACCOUNT = rf"(?:{_alternatives(FISCAL_YEAR_WORDS)})"
_BOOKS = rf"(?:{_alternatives(ACCOUNT_BOOKS)})"
_DAY = r"(?: \d{1,2}\b)?"
#: "fiscal 2025, which ended on June 30", "the financial year ending in March" (not "the
#: first quarter of fiscal 2026 will end on Sept. 30", which ends a quarter)
_ENDED = re.compile(
    rf"(?<!\bof )\b{_OF_ACCOUNT}(?: year)?(?: \d{{4}})?,? (?:which |that )?(?:ended|ends|ending|closed|closes|closing|will end)"
    rf"(?: on| in)? (?P<end>{_MONTH}){_DAY}",
    re.IGNORECASE,
)
#: "its financial year runs to March", "its books run from July to June"
_RUNS = re.compile(
    rf"\b(?:{_OF_ACCOUNT} year|{_BOOKS}) (?:runs?|ran|goes|go|went)(?: from (?P<start>{_MONTH})(?P<start_day>{_DAY}))?"
    rf" (?:to|until|till|through|into) (?P<end>{_MONTH})(?P<end_day>{_DAY})",
    re.IGNORECASE,
)
#: "a loss in the year to June 30", as British reports write the year of account
_YEAR_TO = re.compile(rf"\bthe (?:{_OF_ACCOUNT} )?year to (?P<end>{_MONTH}) \d{{1,2}}\b", re.IGNORECASE)


def _month(written: str) -> int:
    return MONTHS[written.lower().rstrip(".")]


def fiscal_year_end(text: str) -> tuple[int | None, frozenset[int]]:
    """(the month the text's fiscal year ends in, or None where it does not say, says
    December or says two different months; the offsets of months that only bound it)."""
    ends: set[int] = set()
    bounds: set[int] = set()
    lowered = text.lower()  # the patterns are looked for only where their words are: most news has none
    of_account = any(word in lowered for word in FISCAL_YEAR_WORDS)
    if of_account:
        ends.update(_month(m["end"]) for m in _ENDED.finditer(text))
    if "year to" in lowered:
        ends.update(_month(m["end"]) for m in _YEAR_TO.finditer(text))
    if not of_account and not any(word in lowered for word in ACCOUNT_BOOKS):
        return (ends.pop() if len(ends) == 1 and 12 not in ends else None), frozenset()
    for m in _RUNS.finditer(text):
        ends.add(_month(m["end"]))
        bounds.update(m.start(group) for group in ("start", "end") if m[group] and not m[f"{group}_day"])
    if len(ends) != 1 or 12 in ends:
        return None, frozenset(bounds)
    return ends.pop(), frozenset(bounds)
