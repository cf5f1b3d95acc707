"""When a company's fiscal year ends, where the text says so.

A report that tells its company's year of account ("fiscal 2025, which ended on June 30",
"its financial year runs to March", "the year to June 30", "its books run from July to
June") numbers its quarters and halves in that year: TimeML values "the fiscal fourth
quarter" of a year ending in June by the fiscal year, named by the calendar year it ends in
(April to June 2025 is 2025-Q4). `fiscal_year_end` reads the month the year ends in, and
the months that only bound it ("from July to June"), which name no year of their own. A year
that ends in the first days of a month is a 52- or 53-week year ending with the month before
("fiscal 2025 ended Feb. 1": the year to January). Where the text pairs a fiscal year to
January with the day it ended, that pair says which calendar year names it: retailers often
call the year to January 2026 "fiscal 2025", after the year most of it lies in
(`named_by_its_first_year`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

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
    rf"(?<!\bof )\b{_OF_ACCOUNT}(?: year)?(?: (?P<year>\d{{4}}))?,? (?:which |that )?(?P<verb>ended|ends|ending|closed|closes|closing|will end)"
    rf"(?: on| in)? (?P<end>{_MONTH})(?: (?P<day>\d{{1,2}})\b(?:,? (?P<end_year>\d{{4}})\b)?)?",
    re.IGNORECASE,
)
#: A year of account ending on one of the first days of a month ends with the month before.
_LAST_DAY_OF_A_WEEK_YEAR = 7
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


def _end_month(written: str, day: str | None) -> int:
    """The month a year of account ends with: the one before where it ends in a month's first
    days ("ended Feb. 1": a 52-week year to January)."""
    month = _month(written)
    if day is not None and int(day) <= _LAST_DAY_OF_A_WEEK_YEAR:
        return 12 if month == 1 else month - 1
    return month


def named_by_its_first_year(text: str, published: date | datetime | None) -> bool:
    """Whether the text names its fiscal years after the calendar year they begin in: it says
    a fiscal year to January ended on a day of the next calendar year ("fiscal 2025 ended
    Feb. 1", in a March 2026 report; the day's year is the one written, else the last one by
    the publication). A year ending in any other month is named by the year it ends in: "fiscal
    2024, which ended on June 30", written in November 2025, is an older year."""
    if published is None or not any(word in text.lower() for word in FISCAL_YEAR_WORDS):
        return False
    for m in _ENDED.finditer(text):
        if m["year"] is None or m["day"] is None or m["verb"].lower() not in ("ended", "closed") or _end_month(m["end"], m["day"]) != 1:
            continue  # only a year to January lies mostly in the calendar year before its end
        if m["end_year"] is not None:
            end_year = int(m["end_year"])
        else:
            end_year = published.year - ((_month(m["end"]), int(m["day"])) > (published.month, published.day))
        return end_year == int(m["year"]) + 1
    return False


def fiscal_year_end(text: str) -> tuple[int | None, frozenset[int]]:
    """(the month the text's fiscal year ends in, or None where it does not say, says
    December or says two different months; the offsets of months that only bound it)."""
    ends: set[int] = set()
    bounds: set[int] = set()
    lowered = text.lower()  # the patterns are looked for only where their words are: most news has none
    of_account = any(word in lowered for word in FISCAL_YEAR_WORDS)
    if of_account:
        ends.update(_end_month(m["end"], m["day"]) for m in _ENDED.finditer(text))
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
