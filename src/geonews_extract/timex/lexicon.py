"""Words of English time expressions and what they stand for in TIMEX3.

Plain data, read by `normalise` and `rules`; every name says what it holds.
"""

from __future__ import annotations

#: Month names and their usual abbreviations -> month number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: Weekday names and abbreviations -> ISO weekday (Monday = 1).
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

#: Seasons -> TIMEX3 season code.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

#: Parts of the day -> TIMEX3 part-of-day code.
PARTS_OF_DAY = {
    "morning": "MO", "dawn": "MO", "daybreak": "MO", "afternoon": "AF", "midday": "MI",
    "evening": "EV", "dusk": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

#: Unit words (singular) -> TIMEX3 duration unit. Units under a day go after "T".
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}  # fmt: skip
TIME_UNITS = frozenset({"second", "minute", "hour"})
#: Unit plurals that do not just add "s".
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium"}

#: Adverbs and adjectives that name a set of times -> TIMEX3 value (type SET).
SET_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
}  # fmt: skip

#: Expressions that refer to the present, the past or the future as a whole (TIMEX3 *_REF).
PRESENT_REF_PHRASES = frozenset(
    {"now", "currently", "current", "presently", "nowadays", "present", "the present", "at present",
     "right now", "these days", "at the moment", "for now", "as of now", "just now",
     "the time being", "so far", "to date"}
)
PAST_REF_PHRASES = frozenset(
    {"recently", "recent", "lately", "previously", "formerly", "the past", "once", "earlier",
     "more recently", "most recently", "until recently", "in the past", "recent days", "recent weeks",
     "recent months", "recent years", "years ago", "x years ago", "x months ago", "x weeks ago",
     "x days ago", "x decades ago", "decades ago", "months ago", "weeks ago", "days ago",
     "the recent past", "long ago", "some time ago", "a while ago"}
)
FUTURE_REF_PHRASES = frozenset(
    {"soon", "the future", "future", "the near future", "the coming years", "the coming months",
     "the coming weeks", "the coming days", "coming years", "coming months", "coming weeks",
     "coming days", "shortly", "a later date", "later", "the near term", "the long term",
     "the years ahead", "the months ahead", "the weeks ahead", "the days ahead", "in the future",
     "sooner or later", "eventually"}
)

#: Holidays with a fixed day -> (month, day).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year": (1, 1), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31),
}  # fmt: skip
#: US holidays on the n-th weekday of a month -> (month, ISO weekday, n); n = -1 is the last.
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3),
}  # fmt: skip
#: Holidays computed from Easter Sunday -> offset in days.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}

#: Number words.
SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Ordinal words -> number ("third" quarter, "twentieth" century).
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
#: Decades written as words: "the nineties".
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
#: Quantities too vague for a number: TIMEX3 writes them as X ("several years" -> PXY).
VAGUE_QUANTITIES = ("a few", "a number of", "several", "few", "many", "some", "numerous", "multiple")
#: Quantities with a conventional number.
FIXED_QUANTITIES = {"a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5, "half an": 0.5}

#: Modifiers kept in an expression's extent but not in its value (TIMEX3 puts them in `mod`).
LEADING_MODIFIERS = (
    "the end of", "the beginning of", "the start of", "the middle of", "the turn of", "the close of",
    "the rest of", "end of", "beginning of", "start of", "middle of", "the early", "the late", "the mid",
    "early", "late", "mid", "earlier", "later", "about", "around", "approximately", "roughly", "nearly",
    "almost", "more than", "less than", "fewer than", "at least", "at most", "no more than",
    "no less than", "well over", "over", "under", "up to", "just", "only", "barely", "a full", "full",
    "all",
)  # fmt: skip
TRAILING_MODIFIERS = ("or so", "or more", "or less", "or later", "or earlier", "and beyond", "long")
