"""Words of English time expressions and what they stand for in TIMEX3.

The words live in ``data/dates/lexicon.json`` (read once, through `datafiles.read_json`);
this module gives each list a name that says what it holds. `MONTHS` is the package's one
table of month names, and `CLOCK_TIME` its one pattern of a clock time.
"""

from __future__ import annotations

import re
from typing import Any

from ..datafiles import read_json

_LEXICON: dict[str, Any] = read_json("dates/lexicon.json")

#: A time on the 24-hour clock, hours and minutes with a colon or a full stop, as news writes
#: it ("15:40", "9.30", a live blog's "09.45"): a whole token, matched with `fullmatch`.
CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")

#: Month names and their usual abbreviations -> month number.
MONTHS: dict[str, int] = _LEXICON["months"]
#: Weekday names and abbreviations -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = _LEXICON["weekdays"]
#: Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = _LEXICON["seasons"]
#: Parts of the day -> TIMEX3 part-of-day code.
PARTS_OF_DAY: dict[str, str] = _LEXICON["parts_of_day"]
#: Unit words (singular) -> TIMEX3 duration unit. Units under a day go after "T".
UNITS: dict[str, str] = _LEXICON["units"]
TIME_UNITS = frozenset(_LEXICON["time_units"])
#: Unit plurals that do not just add "s".
UNIT_PLURALS: dict[str, str] = _LEXICON["unit_plurals"]
#: Adverbs and adjectives that name a set of times -> TIMEX3 value (type SET).
SET_WORDS: dict[str, str] = _LEXICON["set_words"]
#: Quantifier words of a set -> TimeML quant ("every Tuesday" -> EVERY, "each month" -> EACH).
SET_QUANTIFIERS: dict[str, str] = _LEXICON["set_quantifiers"]
#: Words for how many times a set recurs in each period -> the count ("twice" a week -> 2X).
FREQUENCY_WORDS: dict[str, int] = _LEXICON["frequency_words"]
#: Nouns of a recurring period without a calendar length of its own -> the value of "every" +
#: the noun (type SET): a season comes round once a year.
RECURRING_PERIODS: dict[str, str] = _LEXICON["recurring_periods"]
#: The first hours of a day ("the early hours", "the small hours"): its morning, mod START.
SMALL_HOURS: tuple[str, ...] = tuple(_LEXICON["small_hours"])
#: Expressions that refer to the present, the past or the future as a whole (TIMEX3 *_REF).
#: Words before "one day" in a sentence that looks ahead that make it an unnamed day to come
#: ("will one day be": FUTURE_REF), not a length ("for one day").
INDEFINITE_DAY_LEADS = frozenset(_LEXICON["indefinite_day_leads"])
PRESENT_REF_PHRASES = frozenset(_LEXICON["present_ref_phrases"])
PAST_REF_PHRASES = frozenset(_LEXICON["past_ref_phrases"])
FUTURE_REF_PHRASES = frozenset(_LEXICON["future_ref_phrases"])
#: Holidays with a fixed day -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {k: (v[0], v[1]) for k, v in _LEXICON["fixed_holidays"].items()}
#: US holidays on the n-th weekday of a month -> (month, ISO weekday, n, counted from this day
#: of the month); n = -1 is the last. Election Day is the first Tuesday from November 2.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    k: (v[0], v[1], v[2], v[3] if len(v) > 3 else 1) for k, v in _LEXICON["weekday_holidays"].items()
}
#: Holidays computed from Easter Sunday -> offset in days.
EASTER_HOLIDAYS: dict[str, int] = _LEXICON["easter_holidays"]
#: Number words.
SMALL_NUMBERS: dict[str, int] = _LEXICON["small_numbers"]
TENS: dict[str, int] = _LEXICON["tens"]
#: Ordinal words -> number ("third" quarter, "twentieth" century).
ORDINALS: dict[str, int] = _LEXICON["ordinals"]
#: Decades written as words: "the nineties".
DECADE_WORDS: dict[str, int] = _LEXICON["decade_words"]
#: Quantities too vague for a number: TIMEX3 writes them as X ("several years" -> PXY).
VAGUE_QUANTITIES: tuple[str, ...] = tuple(_LEXICON["vague_quantities"])
#: Quantities with a conventional number.
FIXED_QUANTITIES: dict[str, float] = _LEXICON["fixed_quantities"]
#: Words of those quantities that only approximate their number ("a couple of" years: APPROX).
APPROXIMATE_QUANTITIES: tuple[str, ...] = tuple(_LEXICON["approximate_quantities"])
#: Modifiers kept in an expression's extent but not in its value (TIMEX3 puts them in `mod`).
LEADING_MODIFIERS: tuple[str, ...] = tuple(_LEXICON["leading_modifiers"])
TRAILING_MODIFIERS: tuple[str, ...] = tuple(_LEXICON["trailing_modifiers"])
#: Those modifiers -> TimeML mod (APPROX, START, MID, END, MORE_THAN, ...).
LEADING_MODS: dict[str, str] = _LEXICON["modifiers"]["leading"]
TRAILING_MODS: dict[str, str] = _LEXICON["modifiers"]["trailing"]
#: The mod of a shift's length ("more than two years ago") -> the mod of the point it names.
SHIFTED_MODS: dict[str, str] = _LEXICON["modifiers"]["shifted"]
#: The mod of a count modifier before a point of the calendar rather than a length ("at
#: least 2026" -> ON_OR_AFTER, "up to 2026" -> ON_OR_BEFORE).
POINT_MODS: dict[str, str] = _LEXICON["modifiers"]["on_a_point"]
#: Prepositions that make "the past year", "the next decade" a length rather than a stretch
#: of the calendar ("for the past year" -> P1Y; "the past year" -> the year before).
LENGTH_PREPOSITIONS = frozenset(_LEXICON["length_prepositions"])
#: Prepositions that place an event in a part of the day named alone ("in the morning", "by
#: mid afternoon"); without one, "morning" is read as no time ("morning talk show").
PART_OF_DAY_PREPOSITIONS = frozenset(_LEXICON["part_of_day_prepositions"])
#: "most of the morning", "part of the evening": a share of a part of the day places an event in it, as "during" does
PORTIONS_OF_A_PART_OF_THE_DAY = frozenset(_LEXICON["portions_of_a_part_of_the_day"])
#: Time zone names after a clock time ("5 p.m. EST", "1930 GMT"), lower case.
TIME_ZONES: tuple[str, ...] = tuple(_LEXICON["time_zones"])
#: Words before "year" that make it a company's year of account ("its financial year").
FISCAL_YEAR_WORDS: tuple[str, ...] = tuple(_LEXICON["fiscal_year_words"])
#: Nouns whose run is a year of account ("its books run from July to June").
ACCOUNT_BOOKS: tuple[str, ...] = tuple(_LEXICON["account_books"])
