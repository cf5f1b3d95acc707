"""The two ends of a range, each its own expression as TimeML annotates them.

"the 1990-91 war", "from March to May 2020", "between 1 and 3 June", "between 12 and 18
months": the end that leaves something out takes it from the other end ("91" -> "1991",
"March" -> "March 2020", "1" -> "1 June", "12" -> "12 months"). Pure string functions: the
completed text is what gets resolved, while the offsets stay those of the words written.
"""

from __future__ import annotations

import re

from .lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)

_YEAR = re.compile(r"^(\d{4})$")
_SHORT_YEAR = re.compile(r"^'?(\d{2})$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_THE_ORDINAL = re.compile(r"^[Tt]he \d{1,2}(?:st|nd|rd|th)$")
_COUNT = re.compile(r"^(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)$", re.I)
_TRAILING_YEAR = re.compile(r"\b(\d{4})\.?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(\s+(?:of\s+)?[A-Za-z]+\.?(?:,?\s+\d{4}|\s+(?:this|last|next)\s+year)?)$")
_YEAR_FROM_NOW = re.compile(r"^(.+?)\s+((?:this|last|next)\s+year)$", re.I)
_PART_OF_A_MONTH_OR_SEASON = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?|early|late|mid|the|of)$", re.I)
_MONTH_FIRST = re.compile(r"^([A-Za-z]+\.?\s+)(\d{1,2})(?:st|nd|rd|th)?((?:,?\s+\d{4})?)$")
_COUNT_UNIT = re.compile(r"^(?:\S+\s+)(\w+)$")
_HOUR = re.compile(r"^(\d{1,2})(?::[0-5]\d)?$")
_CLOCK = re.compile(r"^(\d{1,2})(:[0-5]\d)?\s*([ap]\.?m\.?)(.*)$", re.I)
_WEEK_AFTER_A_DAY = re.compile(r"^(?:of )?(?:this|last|next) week$", re.I)
_UNIT_WORDS = frozenset(UNITS) | frozenset(UNIT_PLURALS) | {u + "s" for u in UNITS}
_HOLIDAYS = frozenset(FIXED_HOLIDAYS) | frozenset(WEEKDAY_HOLIDAYS) | frozenset(EASTER_HOLIDAYS)


def _is_month(word: str) -> bool:
    return word.lower().rstrip(".") in MONTHS


def _is_month_or_season(word: str) -> bool:
    return _is_month(word) or word.lower() in SEASONS


def _names_a_month_or_season(words: list[str]) -> bool:
    """One month or season, with at most its day or "early", "late", "mid" ("12 October",
    "late spring"), and no year."""
    named = [w for w in words if _is_month_or_season(w)]
    return len(named) == 1 and all(_is_month_or_season(w) or _PART_OF_A_MONTH_OR_SEASON.match(w) for w in words)


def is_holiday(words: str) -> bool:
    """`words` name a holiday of the lexicon ("Easter", "New Year", "Labor Day")."""
    return " ".join(words.lower().split()).removeprefix("the ") in _HOLIDAYS


def complete_left(left: str, right: str) -> str | None:
    """The left end written in full with what the right end adds, or None when it needs nothing."""
    left, right = left.strip(), right.strip()
    year = _TRAILING_YEAR.search(right)
    words = left.split()
    if year and not re.search(r"\d{4}", left) and words and _is_month(words[0]) and len(words) <= 2:
        return f"{left} {year.group(1)}"  # "March" (to May 2020), "May 1" (to June 3, 2020)
    named = _YEAR_FROM_NOW.match(right)
    if named and _names_a_month_or_season(words) and _names_a_month_or_season(named.group(1).split()):
        return f"{left} {named.group(2)}"  # "spring" (and autumn last year), "12 October" (to 15 November next year)
    if named and is_holiday(left) and is_holiday(named.group(1)):
        return f"{left} {named.group(2)}"  # "Easter" (and Christmas last year)
    hour, clock = _HOUR.match(left), _CLOCK.match(right)
    if hour and clock:
        meridian = clock.group(3)
        if meridian.lower().startswith("p") and int(hour.group(1)) > int(clock.group(1)) and int(hour.group(1)) < 12:
            meridian = "a.m."  # "from 11 to 1 p.m.": the morning's 11
        return f"{left} {meridian}{clock.group(4)}"  # "2" (and 4 p.m.)
    day = _DAY.match(left)
    the = _THE_ORDINAL.match(left)
    if the and (m := _DAY_FIRST.match(right.removeprefix("the ").removeprefix("The "))):
        return f"{left}{m.group(2)}"  # "the 3rd" (to the 5th of May)
    if day:
        if m := _DAY_FIRST.match(right):
            return f"{day.group(1)}{m.group(2)}"  # "1" (and 3 June)
        if (m := _MONTH_FIRST.match(right)) and _is_month(m.group(1).strip()):
            return f"{m.group(1)}{day.group(1)}{m.group(3)}"  # "1" (to June 3, 2020)
    if _COUNT.match(left):
        unit = _COUNT_UNIT.match(right)
        if unit and unit.group(1).lower() in _UNIT_WORDS:
            return f"{left} {unit.group(1)}"  # "12" (and 18 months)
    right_words = right.split()
    if len(words) == 1 and words[0].lower() in WEEKDAYS and len(right_words) == 3 and right_words[0].lower() in WEEKDAYS and _WEEK_AFTER_A_DAY.match(" ".join(right_words[1:])):
        return f"{left} {' '.join(right_words[1:])}"  # "Monday" (and Wednesday next week)
    weekdays = len(words) == 1 and words[0].lower() in WEEKDAYS and len(right_words) == 2 and right_words[0].lower() in WEEKDAYS
    if weekdays and right_words[1].lower().rstrip("s") in PARTS_OF_DAY:
        return f"{left} {right_words[1]}"  # "Monday" (and Tuesday nights)
    return None


def complete_right(left: str, right: str) -> str | None:
    """A two-digit year after a full one: "1990-91" -> "1991", "2009-10" -> "2010"; None where the
    two digits may be a month ("1998-03") or the span would exceed twenty years. A later day of
    the month the left end names: "October 3" (to) "7" -> "October 7"."""
    month_first, day = _MONTH_FIRST.match(left.strip()), _DAY.match(right.strip())
    if month_first and day and _is_month(month_first.group(1).strip()) and int(month_first.group(2)) < int(day.group(1)) <= 31:
        return f"{month_first.group(1)}{day.group(1)}{month_first.group(3)}"
    first, second = _YEAR.match(left.strip()), _SHORT_YEAR.match(right.strip())
    if not (first and second):
        return None
    century = int(first.group(1)) // 100 * 100
    year = century + int(second.group(1))
    if year <= int(first.group(1)):
        year += 100
    span = year - int(first.group(1))
    if span > 20 or (int(second.group(1)) <= 12 and span != 1):
        return None  # not the end of a short span of years: perhaps a month ("1998-03")
    return str(year)
