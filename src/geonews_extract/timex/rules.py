"""The anchoring rules: a time expression -> its TIMEX3 value and type.

`resolve(text, Context(published, tense, reference))` rewrites the expression into a
canonical form (`normalise`), then tries the rules below in order; the first that
matches the whole expression decides. Each rule is a regular expression and a small
function. Three anchors can enter a value:

* nothing: absolute expressions ("September 11, 2001", "the 1990s", "three years");
* the publication date (anchor "published"): "last month", "Tuesday", "August 26";
* the last date the text itself named (anchor "text"): "two days later", "the
  following year", "a year earlier" after "the third quarter".

Without a publication date, values keep what the text says and X the rest
("XXXX-08-26", "XXXX-WXX-2"); purely relative ones get no value, and the
`Resolution.problem` says why. Nothing here raises on any input.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import anchoring
from .calendar import Point, add_months, easter, nth_weekday, shift
from .fallback import parse_absolute
from .lexicon import (
    APPROXIMATE_QUANTITIES,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FREQUENCY_WORDS,
    FUTURE_REF_PHRASES,
    INDEFINITE_DAY_LEADS,
    LEADING_MODIFIERS,
    LEADING_MODS,
    LENGTH_PREPOSITIONS,
    MONTHS,
    PART_OF_DAY_PREPOSITIONS,
    PARTS_OF_DAY,
    PAST_REF_PHRASES,
    POINT_MODS,
    PRESENT_REF_PHRASES,
    RECURRING_PERIODS,
    SEASONS,
    SET_QUANTIFIERS,
    SET_WORDS,
    SHIFTED_MODS,
    SMALL_HOURS,
    TIME_UNITS,
    TIME_ZONES,
    TRAILING_MODIFIERS,
    TRAILING_MODS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from .normalise import normalise

#: Four-digit numbers above this are not taken for years ("in 99999" is no date).
MAX_YEAR = 2999
NO_ANCHOR = "no publication date to anchor it"


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    published: date | datetime | None = None
    tense: str | None = None  # "past" | "present" | "future" | None
    reference: Point | None = None  # the last date the text named, for "two days later"
    #: The part of the reference its words named ("late October": END; START, MID): a count
    #: from it moves from that part of the stretch ("late October ... two weeks later" -> November).
    #: NIGHT: the reference day was named by its evening, its night or a clock time from 6 p.m.
    reference_part: str | None = None
    #: A full date the passage is telling about ("an e-mail sent on July 1, 2012 ... Sunday
    #: night"): year-less days and weekdays are placed around it rather than the publication date.
    narrative: Point | None = None
    #: The word just before the expression ("for the past year" is a length, "the past year" the year).
    lead: str | None = None
    #: The sentence speaks of the present in general ("Today, most people ..."): "today" is PRESENT_REF.
    generic_present: bool = False
    #: "ended" or "ending" and a day follow: "the year ended March 31" is twelve months closing
    #: on that day, a length, not the calendar year.
    closes_on_a_day: bool = False
    #: The parse reads "a year" as a rate of the quantity before it ("$5 million a year",
    #: "3,000 tonnes a day"): each year, a set, not a length.
    rate: bool = False
    #: The sentence tells the passage's story on in the simple past ("Talks opened on June 14,
    #: 2022. On Friday, the delegates signed"): what it names about the narrative day lies ahead.
    story: bool = False
    #: The expression opens its sentence ("In October, residents met"): it sets the scene of
    #: what the sentence tells, so in a passage about an earlier day it is a time of that passage.
    opens_the_sentence: bool = False
    #: The verb the expression hangs on is in the present perfect ("has doubled in the past
    #: decade"): a change measured up to now, over a stretch that ends now.
    present_perfect: bool = False
    #: The expression is an adverb of a clause's verb, one with a subject of its own ("storms
    #: overnight knocked out power", "police arrested three men overnight"): it says when that
    #: event happened, not what kind of thing a noun is ("an overnight stay").
    adverb_of_a_clause: bool = False
    #: The sentence's grammar puts the expression ahead of now ("will reopen on Monday"): a
    #: weekday is the next one after the anchor day, never that day itself.
    after_today: bool = False
    #: An earlier expression of the same sentence was read in the passage ("In March, the
    #: government sent a mediator; he left in May"): the sentence tells the passage's story.
    sentence_in_the_passage: bool = False
    #: The month the company's fiscal year ends in, where the text says so ("fiscal 2025,
    #: which ended on June 30"): its quarters, halves and fiscal years are counted in it.
    fiscal_end: int | None = None
    #: The text names its fiscal years after the calendar year they begin in ("fiscal 2025"
    #: ended in January 2026), not the one they end in.
    fiscal_first_year: bool = False


@dataclass(frozen=True)
class Resolution:
    """A TIMEX3 value and type; `value` is None when it cannot be resolved (`problem` says why)."""

    value: str | None
    type: str
    anchor: str | None = None  # "published" | "text" | None
    point: Point | None = None  # the calendar stretch, when the value names one
    problem: str | None = None
    mod: str | None = None  # TimeML mod: APPROX, START, MID, END, MORE_THAN, ...
    range: tuple[str, str] | None = None  # first and last calendar day (ISO), both inclusive
    quant: str | None = None  # TimeML quant of a set: EVERY, EACH
    freq: str | None = None  # TimeML freq of a set: how often in each period ("twice a week" -> 2X)


def resolve(text: str, context: Context) -> Resolution | None:
    """The TIMEX3 reading of `text`, or None when it is not a time expression.

    Besides the value: TimeML's `mod` from the words that qualify the expression ("about",
    "early", "the end of", "more than"), and the calendar `range` a DATE or TIME covers
    (first and last day, ISO, inclusive; None for durations, sets and what has no calendar
    place); and for a set, TimeML's `quant` ("every", "each") and `freq` ("twice a week" -> 2X)."""
    phrase = normalise(text)
    if not phrase or _AGE.search(phrase):
        return None
    if context.lead == "since" and context.tense != anchoring.PAST_ONLY:
        context = replace(context, tense=anchoring.PAST_ONLY)  # "since January": the last one, whatever the verb
    found = _resolve(phrase, text, context)
    if found is None:
        return None
    fiscal_months = 0
    if context.fiscal_end is not None:
        found, fiscal_months = _in_the_fiscal_year(phrase, text, context, found)
    quant, freq = _quant_and_freq(phrase, found)
    mod = found.mod if _TURN_OF_A_CENTURY.fullmatch(phrase) else _mod(phrase, found) or found.mod
    if mod is None and found.type != "SET" and _APPROXIMATE.search(text.lower()):
        mod = "APPROX"  # "a couple of years": about two
    return replace(found, mod=mod, range=_range(found, fiscal_months), quant=quant, freq=freq)


_APPROXIMATE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in APPROXIMATE_QUANTITIES) + r")\b")


#: "a week or so ago": the approximation sits between the length and its shift.
_OR_SO_SHIFT = re.compile(r" or so (ago|earlier|later|before|after)$")
_OPPOSITE_MOD = {"BEFORE": "AFTER", "ON_OR_BEFORE": "ON_OR_AFTER"}
_SHIFT_AHEAD = re.compile(r" (?:later|after|afterwards|from now|hence|on)$")
_SHIFT = re.compile(r" (?:ago|back|earlier|before|previously|later|after|afterwards|from now|hence|on)$")


def _mod(phrase: str, found: Resolution) -> str | None:
    """TimeML's mod from the words around the core of the expression."""
    mod = None
    leading = _LEADING.match(phrase)
    if leading:
        mod = LEADING_MODS.get(leading.group(1))
    trailing = _TRAILING.search(phrase)
    if mod is None and trailing:
        mod = TRAILING_MODS.get(trailing.group(1))
    if mod is None and _OR_SO_SHIFT.search(phrase):
        mod = "APPROX"
    if mod in SHIFTED_MODS and found.type in ("DATE", "TIME") and _SHIFT.search(phrase):
        # "more than two years ago": the length is more than two years, the point before
        mod = SHIFTED_MODS[mod]
        if _SHIFT_AHEAD.search(phrase):
            mod = _OPPOSITE_MOD.get(mod, mod)
    elif mod in POINT_MODS and found.type in ("DATE", "TIME") and found.point is not None:
        mod = POINT_MODS[mod]  # "until at least 2026": that year or after
    return mod


_QUANTIFIER = re.compile(r"\b(" + "|".join(re.escape(w) for w in SET_QUANTIFIERS) + r")\b")
_FREQUENCY = re.compile(r"(?:(?P<word>" + "|".join(re.escape(w) for w in FREQUENCY_WORDS) + r")|(?P<n>\d+|x) times) ")


def _quant_and_freq(phrase: str, found: Resolution) -> tuple[str | None, str | None]:
    """TimeML's quant and freq of a set ("once every month" -> EVERY, 1X); none for other types."""
    if found.type != "SET":
        return None, None
    quantifier = _QUANTIFIER.search(phrase)
    frequency = _FREQUENCY.match(phrase)
    freq = None
    if frequency is not None:
        freq = f"{FREQUENCY_WORDS[frequency['word']]}X" if frequency["word"] else f"{frequency['n'].upper()}X"
    return (SET_QUANTIFIERS[quantifier.group(1)] if quantifier else None), freq


def _range(found: Resolution, fiscal_months: int = 0) -> tuple[str, str] | None:
    """The calendar days the reading covers; a fiscal period's are `fiscal_months` before
    those of the calendar period of its name (fiscal 2025-Q4 of a year ending in June: April
    to June 2025)."""
    if found.point is None or found.type not in ("DATE", "TIME"):
        return None
    try:
        first, last = found.point.first_and_last_day()
        if fiscal_months:
            first, last = add_months(first, -fiscal_months), add_months(last + timedelta(days=1), -fiscal_months) - timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return first.isoformat(), last.isoformat()


#: Expressions a text that tells its fiscal year counts in it: quarters and halves (unless
#: called calendar ones) and years called fiscal or financial.
_FISCAL_PERIOD = re.compile(r"\b(?:quarter|half|q[1-4])\b")
_FISCAL_YEAR = re.compile(r"\b(?:fiscal|financial) year\b")
_FISCAL_GRAINS = frozenset({"quarter", "half", "year"})


def _in_the_fiscal_year(phrase: str, text: str, context: Context, found: Resolution) -> tuple[Resolution, int]:
    """A quarter, half or fiscal year read from the publication day, counted in the fiscal
    year the text told of (`context.fiscal_end`), and how many months its calendar days lie
    before those of its name. The reading of the calendar is made on the day as far into the
    fiscal year as it is into the calendar one: a fiscal year ending in June, written on
    September 10, 2025, is read as of March 10, 2026 (its first quarter, fiscal 2026)."""
    assert context.fiscal_end is not None
    point = found.point
    if found.anchor != "published" or point is None or point.grain not in _FISCAL_GRAINS or context.published is None or "calendar" in phrase:
        return found, 0
    if not (_FISCAL_YEAR.search(phrase) or (point.grain != "year" and _FISCAL_PERIOD.search(phrase))):
        return found, 0
    months = 12 - context.fiscal_end - (12 if context.fiscal_first_year else 0)
    fiscal = _resolve(phrase, text, replace(context, published=add_months(_day_of(context.published), months)))
    if fiscal is None or fiscal.anchor != "published" or fiscal.point is None or fiscal.point.grain != point.grain:
        return found, 0
    return fiscal, months


def _resolve(phrase: str, text: str, context: Context) -> Resolution | None:
    whole = _lookup(phrase, context)
    if whole is not None:
        return whole
    turn = _TURN_OF_A_CENTURY.fullmatch(phrase)
    if turn is not None:
        return _turn_of_a_century(turn, context)
    small_hours = _SMALL_HOURS.fullmatch(phrase)
    if small_hours is not None:
        found = _with_day(small_hours["rest"], context, PARTS_OF_DAY["morning"], "partofday")
        return None if found is None else replace(found, mod="START")
    core = _strip_modifiers(_OR_SO_SHIFT.sub(r" \1", phrase))
    unit = core.removeprefix("the ")
    told_of = core.startswith("the ") and unit in NARRATIVE_UNITS and context.narrative is not None
    if unit in _PART_OF_A_UNIT and not told_of:  # "the end of the month" in a passage: the passage's
        leading = _LEADING.match(phrase)
        if leading is not None and LEADING_MODS.get(leading.group(1)) in ("START", "MID", "END"):
            core = f"this {unit}"  # "mid-week", "the end of the decade": of the current one
    if core != phrase:
        whole = _lookup(core, context)
        if whole is not None:
            return whole
    for match, handler in _rules_matching(core):
        try:
            found = handler(match, context)
        except (ValueError, OverflowError) as err:
            return Resolution(None, "DATE", problem=f"not a calendar date ({err})")
        if found is not None:
            return found
    if _looks_absolute(text):
        return _dateparser(text, context)
    return None


#: Units a part-of-period modifier alone places in the current one ("mid-week", "late month").
_PART_OF_A_UNIT = frozenset({"week", "month", "year", "decade"})


# ---------------------------------------------------------------------------------------------
# building blocks

_Rule = Callable[[re.Match, Context], "Resolution | None"]
_RULES: list[tuple[re.Pattern[str], _Rule]] = []


def rule(pattern: str) -> Callable[[_Rule], _Rule]:
    compiled = re.compile(pattern)

    def register(handler: _Rule) -> _Rule:
        _RULES.append((compiled, handler))
        _rules_matching.cache_clear()
        return handler

    return register


@lru_cache(maxsize=8192)
def _rules_matching(core: str) -> tuple[tuple[re.Match[str], _Rule], ...]:
    """The rules whose pattern matches the whole of `core`, in their order, each with its match.
    Which rules match depends on the words alone, and most phrases come back in other contexts
    (other documents, other tenses): trying every pattern in turn cost more than the handlers."""
    return tuple((match, handler) for pattern, handler in _RULES if (match := pattern.fullmatch(core)) is not None)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


#: "the early hours (of Tuesday)": the first hours of a day, its morning from the start (as
#: TimeML writes "early morning"), read before "early" is taken off as a modifier.
_SMALL_HOURS = re.compile(f"(?:the )?(?:{_alternatives(SMALL_HOURS)})(?: of (?P<rest>.+))?")


MONTH = f"(?P<month>{_alternatives(MONTHS)})"
WEEKDAY = f"(?P<weekday>{_alternatives(WEEKDAYS)})"
SEASON = f"(?P<season>{_alternatives(SEASONS)})"
PART = f"(?P<part>{_alternatives(PARTS_OF_DAY)})"
DAY = r"(?P<day>\d{1,2})(?:th)?"
YEAR = r"(?P<year>\d{4})"
COUNT = r"(?P<n>\d+(?:\.\d+)?|x)"
UNIT = f"(?P<unit>{_alternatives([*UNIT_PLURALS, *UNITS])})s?"
THE = r"(?:the )?"
FISCAL = r"(?:(?:fiscal|calendar|financial) )?"

_AGE = re.compile(r"\bold$|\baged?\b")
_LEADING = re.compile(r"^(" + _alternatives(LEADING_MODIFIERS) + r") ")
_TRAILING = re.compile(r" (" + _alternatives(TRAILING_MODIFIERS) + r")$")


def _strip_modifiers(phrase: str) -> str:
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _TRAILING.sub("", _LEADING.sub("", phrase))
    return phrase


def _lookup(phrase: str, context: Context) -> Resolution | None:
    if phrase in PRESENT_REF_PHRASES:
        return Resolution("PRESENT_REF", "DATE")
    if phrase in PAST_REF_PHRASES:
        return Resolution("PAST_REF", "DATE")
    if phrase in FUTURE_REF_PHRASES:
        return Resolution("FUTURE_REF", "DATE")
    if phrase in SET_WORDS:
        return Resolution(SET_WORDS[phrase], "SET")
    return None


def _day_of(published: date | datetime) -> date:
    return published.date() if isinstance(published, datetime) else published


def _type(point: Point) -> str:
    return "TIME" if point.grain in ("time", "partofday") else "DATE"


def _absolute(point: Point) -> Resolution:
    return Resolution(point.value(), _type(point), None, point)


def _from_published(context: Context, build: Callable[[date], Point], unknown: str | None = None, type: str = "DATE") -> Resolution:
    """A value computed from the publication day; without one, `unknown` (an X-value) or none."""
    if context.published is None:
        return Resolution(unknown, type, None, None, NO_ANCHOR)
    point = build(_day_of(context.published))
    return Resolution(point.value(), _type(point), "published", point)


def _from_narrative_or_published(context: Context, build: Callable[[date], Point], unknown: str | None) -> Resolution:
    """A year-less day placed around the date the passage tells about, when there is one
    (anchor "text"), else around the publication day, by the sentence's tense."""
    if context.narrative is not None:
        point = build(context.narrative.day)
        return Resolution(point.value(), _type(point), "text", point)
    return _from_published(context, build, unknown)


#: A date this far before the publication day tells of another time: a full one opens a
#: passage about it, and one the passage's story reaches is where it goes on from.
NARRATIVE_DISTANCE_DAYS = 31


def _story_point(context: Context) -> Point | None:
    """Where the passage's story has got to: the last time the text named, if later than the
    passage's day and still of another time than the publication's ("She moved to London the
    following year. In March, ..." -> that year's March; "an inquiry opened in November ...
    due in March ... until the summer" -> that March's summer), else the passage's day."""
    narrative, reference = context.narrative, context.reference
    if narrative is None or reference is None or reference.day <= narrative.day:
        return narrative
    if context.published is not None and (_day_of(context.published) - reference.day).days <= NARRATIVE_DISTANCE_DAYS:
        return narrative
    return reference


def _narrative_tense(context: Context) -> str | None:
    """The tense a year-less day is placed by around the passage's day: the story's, when the
    sentence tells it on, else the sentence's own."""
    return anchoring.STORY if context.story and context.narrative is not None else context.tense


def _from_reference(context: Context, build: Callable[[Point], Point], fallback: Callable[[date], Point]) -> Resolution:
    """A value computed from the last date the text named, else from the publication day."""
    if context.reference is not None:
        point = build(context.reference)
        return Resolution(point.value(), _type(point), "text", point)
    return _from_published(context, fallback)


def _year(text: str) -> int:
    year = int(text)
    if not 1 <= year <= MAX_YEAR:
        raise ValueError(f"year {year} is out of range")
    return year


def _two_digit_year(year: int) -> int:
    """A year written with its last two digits ("'22", "3/4/99"): 1931-1999 or 2000-2030."""
    return year + (1900 if year > 30 else 2000)


def _count(text: str) -> str:
    if text == "x":
        return "X"
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"count {text[:20]}... is out of range")
    return str(int(number)) if number.is_integer() else str(number)


#: A fractional count is written in the next smaller unit: 2.5 years -> P2Y6M.
_SMALLER_UNIT = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M")}


def _duration(count: str, unit_word: str) -> str:
    unit_word = UNIT_PLURALS.get(unit_word, unit_word)
    code = UNITS[unit_word]
    if "." in count and code in ("Y", "D", "H"):
        whole, fraction = divmod(float(count), 1)
        factor, smaller = _SMALLER_UNIT[code]
        rest = _count(str(round(fraction * factor, 2)))
        head = f"{int(whole)}{code}" if whole else ""
        if code == "Y":
            return f"P{head}{rest}{smaller}"
        if code == "D":
            return f"P{head}T{rest}{smaller}"
        return f"PT{head}{rest}{smaller}"
    if "." in count and unit_word == "minute":
        whole, fraction = divmod(float(count), 1)
        seconds = _count(str(round(fraction * 60, 2)))
        return f"PT{int(whole)}M{seconds}S" if whole else f"PT{seconds}S"
    if code == "2W":
        count, code = ("X" if count == "X" else _count(str(2 * float(count)))), "W"
    if unit_word in TIME_UNITS:
        return f"PT{count}{code}"
    return f"P{count}{code}"


def _unit_code(unit_word: str) -> str:
    unit_word = UNIT_PLURALS.get(unit_word, unit_word)
    return {"night": "D", "fortnight": "W", "weekend": "W", "millennium": "CE"}.get(unit_word, UNITS[unit_word])


#: The granularity a shift by a unit is reported at, from the publication date.
_GRAIN_OF_UNIT = {"D": "day", "W": "day", "M": "month", "Q": "quarter", "Y": "year", "DE": "year", "CE": "century"}


_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_MONTH_WORD = re.compile(r"\b(?:" + _alternatives(MONTHS) + r")\b")
_DIGIT = re.compile(r"\d")


def _looks_absolute(text: str) -> bool:
    """A numeric date, or a month name and a digit anywhere: worth asking dateparser.

    Two plain searches rather than one "month.*digit|digit.*month" pattern, whose
    backtracking is quadratic on a long run of digits ("2021-2021-...")."""
    lowered = text.lower()
    return bool(_NUMERIC_DATE.search(lowered) or (_DIGIT.search(lowered) and _MONTH_WORD.search(lowered)))


def _dateparser(text: str, context: Context) -> Resolution | None:
    """What dateparser's absolute parsers make of an expression the rules did not read."""
    try:
        found = parse_absolute(text, context.published, context.tense)
    except Exception as err:
        return Resolution(None, "DATE", problem=f"dateparser failed ({type(err).__name__})")
    if found is None:
        return None
    value, point, year_inferred = found
    if point is None:
        return Resolution(value, "DATE", problem=NO_ANCHOR)
    return Resolution(value, _type(point), "published" if year_inferred else None, point)


# ---------------------------------------------------------------------------------------------
# times of day


def _clock(hour: int, minute: int, meridiem: str | None) -> str:
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        raise ValueError(f"no clock time {hour}:{minute:02d}")
    return f"{hour:02d}:{minute:02d}"


_DAY_WITHOUT_POINT = re.compile(r"XXXX-\d\d-\d\d|XXXX-XX-XX|XXXX-WXX-\d|\d{4}-WXX-\d")


def _with_day(rest: str | None, context: Context, part: str, grain: str) -> Resolution | None:
    """A time of day on the day `rest` names; without one, on the day the text is telling
    about (the last day it named, else the day of the past passage it is in), else on the
    publication day: a midnight gone by then, the one that opened that day ("the fire broke
    out around midnight": the end of the day before)."""
    if rest:
        day = resolve(rest, context)
        if day is None or day.type not in ("DATE", "TIME"):
            return None
        if day.point is None:
            if not _DAY_WITHOUT_POINT.fullmatch(day.value or "XXXX-XX-XX"):
                return None
            return Resolution(f"{day.value}T{part}" if day.value else None, "TIME", day.anchor, None, day.problem)
        if day.point.grain not in ("day", "time", "partofday"):
            return None
        point = day.point.at(grain, part)
        return Resolution(point.value(), "TIME", day.anchor, point)
    gone = part == "24:00" and context.tense in (anchoring.PAST, anchoring.PAST_ONLY)
    reference = context.reference
    if grain == "time" and reference is not None and reference.grain == "day":
        if gone and context.published is not None and reference.day == _day_of(context.published):
            point = Point(grain, reference.day - timedelta(days=1), part)  # the news day itself: the midnight gone by opened it
        else:
            point = reference.at(grain, part)
        return Resolution(point.value(), "TIME", "text", point)
    narrative = context.narrative
    if grain == "time" and narrative is not None and narrative.grain in ("day", "time", "partofday"):
        point = narrative.at(grain, part)  # "sent on July 1, 2012 (...), and read at 9 a.m."
        return Resolution(point.value(), "TIME", "text", point)
    return _from_published(context, lambda d: Point(grain, d - timedelta(days=int(gone)), part), f"XXXX-XX-XXT{part}", "TIME")


_ZONE = f"(?: (?:{_alternatives(TIME_ZONES)}))?"
_NAMED_ZONE = f" (?:{_alternatives(z for z in TIME_ZONES if z != 'local')})"


@rule(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)" + _NAMED_ZONE + r"(?: (?:on )?(?P<rest>.+))?")
def _clock_with_zone(m: re.Match, context: Context) -> Resolution | None:
    """'1930 GMT (Tuesday)': four digits before a time zone are a clock time in twenty-four hours."""
    return _with_day(m["rest"], context, _clock(int(m["h"]), int(m["m"]), None), "time")


@rule(r"(?P<h>\d{1,2})(?:_(?P<m>\d\d))? ?(?P<ampm>am|pm)" + _ZONE + r"(?: (?:on )?(?P<rest>.+))?")
def _clock_time(m: re.Match, context: Context) -> Resolution | None:
    part = _clock(int(m["h"]), int(m["m"] or 0), m["ampm"])
    return _with_day(m["rest"], context, part, "time")


@rule(r"(?P<h>\d{1,2})(?:_(?P<m>\d\d))? (?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))(?: (?:on )?(?P<rest>.+))?")
def _hour_of_a_part_of_day(m: re.Match, context: Context) -> Resolution | None:
    """'5 in the morning', '11 at night': the hour on the twelve-hour clock of that part of the
    day (night hours before six are the small hours)."""
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    morning = m["part"] == "morning" or (m["night"] is not None and (hour < 6 or hour == 12))
    return _with_day(m["rest"], context, _clock(hour, int(m["m"] or 0), "am" if morning else "pm"), "time")


@rule(r"(?P<m>2[4-9]|[3-5]\d)_(?P<s>[0-5]\d)")
def _minutes_and_seconds(m: re.Match, context: Context) -> Resolution:
    """'29:15' (a 10,000 metres run): more minutes than a day has hours, so no clock time but
    a length in minutes and seconds (PT29M15S)."""
    return Resolution(f"PT{int(m['m'])}M" + (f"{int(m['s'])}S" if int(m["s"]) else ""), "DURATION")


@rule(r"(?P<h>\d{1,2})_(?P<m>\d\d)" + _ZONE + r"(?: (?:on )?(?P<rest>.+))?")
def _clock_24h(m: re.Match, context: Context) -> Resolution | None:
    return _with_day(m["rest"], context, _clock(int(m["h"]), int(m["m"]), None), "time")


@rule(r"(?P<h>\d{1,2})_(?P<m>\d\d) (?P<s>\d\d)")
def _clock_length(m: re.Match, context: Context) -> Resolution | None:
    """'2:03:59': a race or clock length (PT2H3M59S); after "at", a time of day."""
    hours, minutes, seconds = int(m["h"]), int(m["m"]), int(m["s"])
    if minutes >= 60 or seconds >= 60:
        return None
    if context.lead == "at":
        return _with_day(None, context, f"{hours:02d}:{minutes:02d}:{seconds:02d}", "time")
    parts = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    return Resolution(f"PT{parts or '0S'}", "DURATION")


@rule(r"(?P<word>noon|midday|midnight)(?: (?:on )?(?P<rest>.+))?")
def _noon(m: re.Match, context: Context) -> Resolution | None:
    return _with_day(m["rest"], context, "24:00" if m["word"] == "midnight" else "12:00", "time")


@rule(r"(?P<rest>.+?) (?:at )?(?P<word>noon|midnight)")
def _day_at_noon(m: re.Match, context: Context) -> Resolution | None:
    return _with_day(m["rest"], context, "24:00" if m["word"] == "midnight" else "12:00", "time")


@rule(r"(?P<rest>.+?) (?:in the )?" + PART)
def _day_part(m: re.Match, context: Context) -> Resolution | None:
    rest = {"this": "today", "that": "the day", "that same": "the day", "the same": "the day", "last": "yesterday"}.get(m["rest"], m["rest"])
    if m["rest"] == "last" and m["part"] != "night":
        return None
    if rest in ("the next", "the following"):
        rest = "the next day"
    if rest in ("the previous", "the preceding"):
        rest = "the previous day"
    return _with_day(rest, context, PARTS_OF_DAY[m["part"]], "partofday")


@rule(f"the {PART} (?P<dir>before|after)")
def _part_of_the_day_around(m: re.Match, context: Context) -> Resolution | None:
    """'the night before', 'the morning after': that part of the day before or after the day
    the text told of, else of the publication day."""
    return _with_day(f"the day {m['dir']}", context, PARTS_OF_DAY[m["part"]], "partofday")


@rule(f"{PART} (?:on )?(?P<rest>.+)")
def _part_before_day(m: re.Match, context: Context) -> Resolution | None:
    """'(mid-)afternoon yesterday', 'dawn on Monday': that part of the day it names."""
    return _with_day(m["rest"], context, PARTS_OF_DAY[m["part"]], "partofday")


@rule(f"(?:the )?{PART}")
def _part_alone(m: re.Match, context: Context) -> Resolution | None:
    """'(in) the morning', '(by) mid afternoon': that part of the day the text is telling
    about (the last day it named), else of the publication day. Only after a preposition that
    places an event in it: alone, the word is as often a modifier or a greeting; "overnight"
    also as an adverb of a clause ("storms overnight knocked out power")."""
    dates_a_clause = m.group(0) == "overnight" and context.adverb_of_a_clause
    if m.group(0) == "night" or (context.lead not in PART_OF_DAY_PREPOSITIONS and not dates_a_clause):
        return None  # "morning talk show", "good evening", "a night in jail": no time of a day
    part = PARTS_OF_DAY[m["part"]]
    # "overnight" told of a day is the night that led into it ("fell on Friday after overnight
    # losses": Thursday night); ahead ("will be closed overnight"), or after the evening or the
    # night the text told of ("halted that evening ... cleaned overnight"), it is that day's night
    reference = context.reference
    after_its_evening = reference is not None and context.reference_part == "NIGHT"
    back = 1 if m["part"] == "overnight" and context.tense != anchoring.FUTURE and not after_its_evening else 0
    if reference is not None and reference.grain == "day":
        point = Point("partofday", reference.day - timedelta(days=back), part)
        return Resolution(point.value(), "TIME", "text", point)
    return _from_published(context, lambda d: Point("partofday", d - timedelta(days=back), part), f"XXXX-XX-XXT{part}", "TIME")


@rule(r"the time")
def _the_time_told_of(m: re.Match, context: Context) -> Resolution | None:
    """'(at) the time': the past time the passage tells of, TimeML's PAST_REF ("At the time,
    the mill employed 400 workers"); which time a clause or "of" names is left to the parse
    (`extents`). Ahead ("will be settled at the time") it is the time of an event to come, which
    the words alone do not place: no reference to the past."""
    return Resolution("PAST_REF", "DATE") if context.lead == "at" and context.tense != anchoring.FUTURE else None


@rule(r"tonight")
def _tonight(m: re.Match, context: Context) -> Resolution:
    return _from_published(context, lambda d: Point("partofday", d, "NI"), None, "TIME")


# ---------------------------------------------------------------------------------------------
# days named relative to today


_DEICTIC_DAYS = {"today": 0, "this day": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


@rule(f"(?P<word>{_alternatives(_DEICTIC_DAYS)})")
def _deictic_day(m: re.Match, context: Context) -> Resolution:
    if m["word"] == "today" and context.generic_present:
        return Resolution("PRESENT_REF", "DATE")
    offset = _DEICTIC_DAYS[m["word"]]
    return _from_published(context, lambda d: Point("day", d + timedelta(days=offset)))


@rule(r"(?:1|x|some) ?day")  # "some" is normalised to x
def _one_day_ahead(m: re.Match, context: Context) -> Resolution | None:
    """'(will) one day (be)', 'One day, ... will': a day to come, unnamed (FUTURE_REF); a
    length elsewhere ("for one day")."""
    if context.tense != anchoring.FUTURE or (context.lead is not None and context.lead not in INDEFINITE_DAY_LEADS):
        return None
    return Resolution("FUTURE_REF", "DATE")


# ---------------------------------------------------------------------------------------------
# calendar dates


@rule(r"iso(?P<y>\d{4})_(?P<mo>\d\d)_(?P<d>\d\d)(?:_(?P<h>\d\d)_(?P<mi>\d\d))?")
def _iso(m: re.Match, context: Context) -> Resolution:
    day = date(_year(m["y"]), int(m["mo"]), int(m["d"]))
    if m["h"]:
        return _absolute(Point("time", day, _clock(int(m["h"]), int(m["mi"]), None)))
    return _absolute(Point("day", day))


#: A weekday before a date, itself placed ("this coming Monday, October 4"): the date decides.
_WEEKDAY_FIRST = f"(?:(?:this coming|this past|this|next|last|coming|past) )?{WEEKDAY} "


@rule(f"(?:{_WEEKDAY_FIRST})?(?:the )?{MONTH} {DAY} (?:of )?{YEAR}")
@rule(f"(?:{_WEEKDAY_FIRST})?(?:the )?{DAY} (?:of )?{MONTH} {YEAR}")
def _full_date(m: re.Match, context: Context) -> Resolution:
    return _absolute(Point("day", date(_year(m["year"]), MONTHS[m["month"]], int(m["day"]))))


@rule(r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _numeric_date(m: re.Match, context: Context) -> Resolution:
    year = int(m["y"])
    if len(m["y"]) == 2:
        year = _two_digit_year(year)
    return _absolute(Point("day", date(_year(str(year)), int(m["mo"]), int(m["d"]))))


@rule(f"{MONTH} (?:of )?{YEAR}")
def _month_of_year(m: re.Match, context: Context) -> Resolution:
    return _absolute(Point("month", date(_year(m["year"]), MONTHS[m["month"]], 1)))


@rule(f"{THE}(?:(?:fiscal year|financial year|fiscal|calendar|financial|the year|year|fy|model year) ?)?{YEAR}(?: (?:fiscal |financial )?year)?")
def _year_alone(m: re.Match, context: Context) -> Resolution:
    return _absolute(Point("year", date(_year(m["year"]), 1, 1)))


@rule(r"(?:fy|fiscal|fiscal year) ?'?(?P<yy>\d\d)")
def _fiscal_year_short(m: re.Match, context: Context) -> Resolution:
    """'FY22', "fiscal '22": the fiscal year named by its last two digits (as 'fiscal 2022')."""
    return _absolute(Point("year", date(_two_digit_year(int(m["yy"])), 1, 1)))


@rule(r"(?:in |the year )?(?P<digits>\d{5,})")
def _absurd_year(m: re.Match, context: Context) -> Resolution:
    return Resolution(None, "DATE", problem=f"year {m['digits']} is out of range")


@rule(f"{THE}(?P<decade>\\d{{3}}0)s")
def _decade(m: re.Match, context: Context) -> Resolution:
    """'the 1980s': the decade; 'the 1800s', 'the 1900s': a century's hundreds, its century, as
    TimeML values them ('18', '19'); 'the 2000s' is read as the decade, as news uses it."""
    year = _year(m["decade"])
    if year % 100 == 0 and year < 2000:
        return _absolute(Point("century", date(year, 1, 1)))
    return _absolute(Point("decade", date(year, 1, 1)))


@rule(r"(?:the )?(?P<tens>\d0)s")
def _decade_short(m: re.Match, context: Context) -> Resolution:
    tens = int(m["tens"])

    def latest(day: date) -> Point:
        century = day.year // 100 * 100
        start = century + tens if century + tens <= day.year else century - 100 + tens
        return Point("decade", date(start, 1, 1))

    return _from_published(context, latest, f"XX{tens // 10}")


#: "the turn of the century", "the turn of the 20th century", "the turn of the millennium".
_TURN_OF_A_CENTURY = re.compile(r"(?:around |about )?the turn of the (?:(?P<c>\d{1,2})th )?(?P<unit>century|millennium)")


def _turn_of_a_century(m: re.Match, context: Context) -> Resolution:
    """The year a century (or millennium) turns on, approximately (mod APPROX): the Nth
    century's turn is the year it opens with ("the turn of the 20th century" -> 1900); without
    a number, the turn nearest the publication ("the turn of the century" in 2024 -> 2000, in
    1998 -> 2000 ahead), as a reader of that day takes it."""
    if m["c"]:
        return replace(_absolute(Point("year", date(max(1, 100 * (int(m["c"]) - 1)), 1, 1))), mod="APPROX")
    every = 1000 if m["unit"] == "millennium" else 100

    def nearest(day: date) -> Point:
        return Point("year", date(max(1, (day.year + every // 2) // every * every), 1, 1))

    found = _from_published(context, nearest)
    return replace(found, mod="APPROX") if found.value is not None else found


@rule(r"(?:the )?(?P<c>\d{1,2})th century")
def _century(m: re.Match, context: Context) -> Resolution:
    return _absolute(Point("century", date(max(1, 100 * (int(m["c"]) - 1)), 1, 1)))


@rule(f"{THE}{SEASON} (?:of )?{YEAR}")
@rule(f"{THE}{YEAR} {SEASON}")
def _season_of_year(m: re.Match, context: Context) -> Resolution:
    code = SEASONS[m["season"]]
    return _absolute(Point("season", anchoring.season_start(code, _year(m["year"])), code))


_YEAR_STEPS = {"this": 0, "last": -1, "next": 1}


@rule(f"{THE}{SEASON} (?:of )?(?P<which>this|last|next) year")
def _season_of_a_year_named_from_now(m: re.Match, context: Context) -> Resolution:
    """'spring last year', 'the autumn of next year': that season of the year before or after
    the publication's."""
    code, step = SEASONS[m["season"]], _YEAR_STEPS[m["which"]]
    return _from_published(context, lambda d: Point("season", anchoring.season_start(code, d.year + step), code), f"XXXX-{code}")


@rule(f"(?:the )?{DAY} (?:of )?{MONTH} (?P<which>this|last|next) year")
@rule(f"{MONTH} {DAY} (?P<which>this|last|next) year")
def _day_of_a_year_named_from_now(m: re.Match, context: Context) -> Resolution:
    """'15 October last year', 'March 3 next year': that day of the year before or after the
    publication's."""
    month_number, day, step = MONTHS[m["month"]], int(m["day"]), _YEAR_STEPS[m["which"]]
    date(2000, month_number, day)  # raises for "February 30"
    return _from_published(context, lambda d: Point("day", date(d.year + step, month_number, day)), f"XXXX-{month_number:02d}-{day:02d}")


@rule(f"{THE}{FISCAL}(?P<q>[1-4])th {FISCAL}quarter (?:of )?{FISCAL}{YEAR}")
@rule(f"{THE}{YEAR} {FISCAL}(?P<q>[1-4])th {FISCAL}quarter")
@rule(f"q(?P<q>[1-4]) {YEAR}")
@rule(f"{YEAR} q(?P<q>[1-4])")
def _quarter_of_year(m: re.Match, context: Context) -> Resolution:
    number = int(m["q"])
    return _absolute(Point("quarter", date(_year(m["year"]), 3 * number - 2, 1)))


@rule(f"{THE}{YEAR} {FISCAL}(?P<what>quarter|period)")
def _year_period(m: re.Match, context: Context) -> Resolution:
    """'the 1988 quarter': the quarter under discussion, in that year: the one the text last
    named, else the last complete one's (a quarterly report's); 'the 1988 period' after no
    quarter: that year."""
    year = _year(m["year"])
    reference = context.reference
    if reference is not None and reference.grain == "quarter":
        point = Point("quarter", date(year, reference.day.month, 1))
        return Resolution(point.value(), "DATE", "text", point)
    if m["what"] == "quarter" and context.published is not None:
        month = anchoring.last_complete_quarter(_day_of(context.published)).month
        return _from_published(context, lambda d: Point("quarter", date(year, month, 1)))
    return _absolute(Point("year", date(year, 1, 1)))


@rule(f"{THE}(?P<h>1th|2th|first|second|last|latter) half (?:of )?{FISCAL}{YEAR}")
@rule(f"h(?P<h>1|2) {YEAR}")
@rule(f"{YEAR} h(?P<h>1|2)")
def _half_of_year(m: re.Match, context: Context) -> Resolution:
    return _absolute(Point("half", date(_year(m["year"]), 1 if m["h"] in ("1th", "first", "1") else 7, 1)))


# dates without a year: the tense decides -------------------------------------------------------


@rule(f"(?:{_WEEKDAY_FIRST})?(?:the )?{MONTH} {DAY}")
@rule(f"(?:{_WEEKDAY_FIRST})?(?:the )?{DAY} (?:of )?{MONTH}")
@rule(f"(?P<rel>last|next|this past|this coming) {MONTH} {DAY}")
def _month_day(m: re.Match, context: Context) -> Resolution:
    month_number, day = MONTHS[m["month"]], int(m["day"])
    date(2000, month_number, day)  # raises for "February 30" (2000 has a February 29)
    rel = m.groupdict().get("rel")
    if rel is not None:  # "last Oct. 12": the one before the publication day, whatever the tense
        direction = -1 if rel in ("last", "this past") else 1
        return _from_published(
            context,
            lambda d: Point("day", anchoring.month_day_relative(month_number, day, d, direction)),
            f"XXXX-{month_number:02d}-{day:02d}",
        )
    return _from_narrative_or_published(
        context,
        lambda d: Point("day", anchoring.month_day(month_number, day, d, _narrative_tense(context))),
        f"XXXX-{month_number:02d}-{day:02d}",
    )


@rule(r"the (?P<day>\d{1,2})th(?: of (?P<which>the|this|last|next) month)?")
def _day_of_the_month(m: re.Match, context: Context) -> Resolution | None:
    """'the 15th' without its month: a day of the month the text named last ("In March, ...
    on the 15th"), else of the month around the publication day (or the date the passage
    tells about) the tense points to; "the 3rd of next month" of that month."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    which = m["which"]
    if which in ("last", "next"):
        step = -1 if which == "last" else 1
        return _from_published(context, lambda d: Point("day", add_months(d.replace(day=1), step).replace(day=day)), f"XXXX-XX-{day:02d}")
    reference = context.reference
    if which is None and reference is not None and (reference.grain == "month" or _a_day_of_another_month(reference, context)):
        point = Point("day", reference.day.replace(day=day))
        return Resolution(point.value(), "DATE", "text", point)
    return _from_narrative_or_published(context, lambda d: Point("day", anchoring.day_of_month(day, d, _narrative_tense(context))), f"XXXX-XX-{day:02d}")


def _a_day_of_another_month(reference: Point, context: Context) -> bool:
    """The text last named a day of a month other than the publication's ("On March 3, ... on
    the 15th"): the passage is in that month. A day of the publication's own month leaves "the
    15th" to the tense, which may point to the next month ("said Tuesday it pays on the 15th")."""
    if reference.grain not in ("day", "time", "partofday"):
        return False
    if context.published is None:
        return True
    published = _day_of(context.published)
    return (reference.day.year, reference.day.month) != (published.year, published.month)


@rule(f"(?:(?P<rel>this|last|next|this past|this coming|past|coming) )?{MONTH}(?: (?P<which>this|last|next) year)?")
def _month_name(m: re.Match, context: Context) -> Resolution:
    number = MONTHS[m["month"]]
    rel, which = m["rel"], m["which"]

    def build(d: date) -> Point:
        if which:
            year = d.year + {"this": 0, "last": -1, "next": 1}[which]
            return Point("month", date(year, number, 1))
        if rel in ("last", "this past", "past"):
            return Point("month", anchoring.month_relative(number, d, -1))
        if rel in ("next", "this coming", "coming"):
            return Point("month", anchoring.month_relative(number, d, 1))
        if rel == "this":
            return Point("month", anchoring.month_relative(number, d, 0))
        return Point("month", anchoring.month(number, d, context.tense))

    narrative = context.narrative
    if (
        rel is None
        and which is None
        and narrative is not None
        and context.tense in (anchoring.PAST, anchoring.PAST_ONLY, anchoring.FUTURE)
        and (context.opens_the_sentence or context.sentence_in_the_passage or not context.story)
    ):
        # "In April 2009, ... In October, residents met": the October the story reaches; "had
        # warned in January": the one before; "would have to wait until March" (a future seen
        # from the passage, the only one it is given): the one after. Later in a sentence
        # ("agreed in April") a month is as often the publication's, the passage long over.
        story = _story_point(context) or narrative
        point = Point("month", anchoring.month(number, story.day, _narrative_tense(context)))
        return Resolution(point.value(), "DATE", "text", point)
    return _from_published(context, build, f"XXXX-{number:02d}")


@rule(r"the (?:(?P<n>[1-4])th|(?P<last>last|final)) week of (?P<month>.+)")
def _week_of_a_month(m: re.Match, context: Context) -> Resolution | None:
    """'the second week of January', 'the last week of June 2020': the ISO week that holds the
    month's 4th day (11th, 18th, 25th), as ISO counts a year's first week, or its fourth day
    from the end; placed as the month is."""
    month = _resolve(m["month"], m["month"], context)
    if month is None or month.point is None or month.point.grain != "month":
        return None
    first, last = month.point.first_and_last_day()
    day = last - timedelta(days=3) if m["last"] else first + timedelta(days=7 * (int(m["n"]) - 1) + 3)
    point = Point("week", day)
    return Resolution(point.value(), "DATE", month.anchor, point)


#: Words before a weekday that make it the end of a stretch from the day a passage tells of
#: ("by Wednesday", "until Friday"): the first such weekday after that day.
DEADLINE_LEADS = frozenset({"by", "until", "till"})


def _a_weekday_the_story_runs_on_to(number: int, context: Context) -> Point | None:
    """"The water came up on Sunday, Sept. 15. By Monday, the bridge had been swept away",
    printed a week later: a weekday after "by" in a past sentence, when the first one after the
    day the text last named (in the month before the publication) is still behind the
    publication day and is not the weekday a past sentence names from it (the last one up to
    it): the story runs on from the day it named, not from the publication's. "Until Thursday,
    they had not ..." reaches up to the news's own day."""
    reference, published = context.reference, context.published
    if context.lead != "by" or context.tense not in (anchoring.PAST, anchoring.PAST_ONLY):
        return None
    if reference is None or published is None or reference.grain not in ("day", "partofday", "time"):
        return None
    day = _day_of(published)
    if (day - reference.day).days > NARRATIVE_DISTANCE_DAYS:
        return None  # a day further back opens a passage, which places the weekday itself
    following = anchoring.weekday_relative(number, reference.day, 1)
    if following >= day or following == anchoring.weekday(number, day, anchoring.PAST):
        return None
    return Point("day", following)


@rule(f"(?:(?P<rel>last|next|this|this past|this coming|past|coming) )?{WEEKDAY}")
def _weekday(m: re.Match, context: Context) -> Resolution:
    number, rel = WEEKDAYS[m["weekday"]], m["rel"]

    def build(d: date) -> Point:
        if rel in ("last", "this past", "past"):
            return Point("day", anchoring.weekday_relative(number, d, -1))
        if rel in ("next", "this coming", "coming"):
            return Point("day", anchoring.weekday_relative(number, d, 1))
        # a future seen from a passage's day ("wrote that it would arrive on Friday", on a Friday): after that day
        after_today = context.after_today or (context.narrative is not None and context.tense == anchoring.FUTURE)
        return Point("day", anchoring.weekday(number, d, _narrative_tense(context), after_today))

    if rel is None and context.narrative is not None and context.narrative.grain != "day":
        # "Sunday" in a passage about July 2012: a Sunday of that year, week unknown
        return Resolution(f"{context.narrative.day.year:04d}-WXX-{number}", "DATE", "text")
    if rel is None and context.narrative is not None and context.lead in DEADLINE_LEADS:
        # "broke out on Aug. 3, 2018. By Wednesday, it had burned ...": the story runs on to it
        point = Point("day", anchoring.weekday_relative(number, context.narrative.day, 1))
        return Resolution(point.value(), "DATE", "text", point)
    run_on = _a_weekday_the_story_runs_on_to(number, context)
    if rel is None and run_on is not None:
        return Resolution(run_on.value(), "DATE", "text", run_on)
    if rel is None:
        return _from_narrative_or_published(context, build, f"XXXX-WXX-{number}")
    return _from_published(context, build, f"XXXX-WXX-{number}")


@rule(f"(?:a|1) (?P<unit>week|fortnight) on {WEEKDAY}")
def _weekday_a_week_on(m: re.Match, context: Context) -> Resolution:
    """'a week on Tuesday' (British): the Tuesday a week after the next one; 'a fortnight on
    Tuesday', two weeks after it."""
    number, weeks = WEEKDAYS[m["weekday"]], 2 if m["unit"] == "fortnight" else 1

    def build(d: date) -> Point:
        return Point("day", anchoring.weekday_relative(number, d, 1) + timedelta(weeks=weeks))

    return _from_published(context, build, f"XXXX-WXX-{number}")


@rule(f"{WEEKDAY} (?:of )?(?P<rel>this|last|next) week")
def _weekday_of_a_week(m: re.Match, context: Context) -> Resolution:
    """'Friday last week', 'Tuesday of next week': that weekday in the ISO week named."""
    number, step = WEEKDAYS[m["weekday"]], {"this": 0, "last": -1, "next": 1}[m["rel"]]

    def build(d: date) -> Point:
        monday = d - timedelta(days=d.isoweekday() - 1) + timedelta(weeks=step)
        return Point("day", monday + timedelta(days=number - 1))

    return _from_published(context, build, f"XXXX-WXX-{number}")


@rule(f"(?:the )?(?P<rel>previous|preceding|following) {WEEKDAY}")
def _weekday_from_reference(m: re.Match, context: Context) -> Resolution:
    """'the previous Friday', 'the following Monday': the weekday before or after the day the
    text last named, else before or after the publication day (without one, XXXX-WXX-5)."""
    number, step = WEEKDAYS[m["weekday"]], 1 if m["rel"] == "following" else -1

    def from_day(day: date) -> Point:
        return Point("day", anchoring.weekday_relative(number, day, step))

    reference = context.reference
    if reference is not None and reference.grain in ("day", "partofday", "time"):
        point = from_day(reference.day)
        return Resolution(point.value(), "DATE", "text", point)
    return _from_published(context, from_day, f"XXXX-WXX-{number}")


@rule(f"(?P<rel>that|that same|the same|the following|the next|the previous|the preceding) (?:{MONTH}|{SEASON})")
def _named_month_from_reference(m: re.Match, context: Context) -> Resolution:
    """'the following January', 'the previous December', 'that summer': the month or season
    after, before or in the year of the stretch the text told of last ("elected in November
    2016, took office the following January" -> 2017-01); without one, after or before the
    publication day ("that January" then refers to nothing)."""
    rel = m["rel"]
    step = 1 if rel in ("the following", "the next") else -1 if rel in ("the previous", "the preceding") else 0
    code = SEASONS[m["season"]] if m["season"] else None

    def starts(year: int) -> date:
        return anchoring.season_start(code, year) if code else date(year, MONTHS[m["month"]], 1)

    def opening_on(start: date) -> Point:
        return Point("season", start, code) if code else Point("month", start)

    def build(first: date, last: date) -> Point:
        if step > 0:
            start = min(starts(y) for y in range(last.year - 1, last.year + 2) if starts(y) > last)
        elif step < 0:
            start = max(starts(y) for y in range(first.year - 2, first.year + 1) if opening_on(starts(y)).first_and_last_day()[1] < first)
        else:
            start = starts(first.year - 1 if code == "WI" and first.month <= 2 else first.year)
        return opening_on(start)

    reference = context.reference
    if reference is not None:
        point = build(*reference.first_and_last_day())
        return Resolution(point.value(), "DATE", "text", point)
    if step == 0:
        return Resolution(None, "DATE", problem="no earlier date in the text to refer to")
    return _from_published(context, lambda d: build(d, d))


_HOLIDAYS = _alternatives([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS])


def _holiday(name: str, year: int) -> date:
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name in WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *WEEKDAY_HOLIDAYS[name])
    return easter(year) + timedelta(days=EASTER_HOLIDAYS[name])


@rule(f"(?:(?P<the>the )|(?P<rel>last|this past|past|this coming|coming|this|next) )?(?P<name>{_HOLIDAYS})(?: (?P<week>week|weekend))?(?: {YEAR}| (?P<which>last|this|next) year)?")
def _holiday_rule(m: re.Match, context: Context) -> Resolution | None:
    """'Christmas', 'last Easter', 'Easter 2000', 'Christmas last year' (the publication's year,
    or the one before or after); 'Easter week', 'the Labor Day weekend': the ISO week (or its
    weekend) that holds the day; a Monday holiday's weekend is the one just before it, which
    the Monday closes. Without a year the tense chooses as it does for a weekday, with no
    allowance for one just beyond ("were busy on Veterans Day" two days before it is last
    year's); a week or weekend may still be the one under way. In a passage about an earlier
    day it is placed around that day, as a year-less date is ("began in August 1914. By
    Christmas, ..." -> 1914-12-25)."""
    name, grain = m["name"], m["week"] or "day"
    if m["the"] and grain == "day":
        return None  # "the Christmas (party)": the article of a noun the holiday qualifies

    def point(day: date) -> Point:
        if grain == "weekend" and day.isoweekday() == 1:
            day -= timedelta(days=2)
        return Point(grain, day)

    if m["year"]:
        return _absolute(point(_holiday(name, _year(m["year"]))))
    if m["which"]:
        step = {"last": -1, "this": 0, "next": 1}[m["which"]]
        return _from_published(context, lambda d: point(_holiday(name, d.year + step)))

    def build(d: date) -> Point:
        days = [_holiday(name, d.year + k) for k in (-1, 0, 1)]
        if m["rel"] in ("last", "this past", "past"):
            return point(max(x for x in days if x < d))
        if m["rel"] in ("next", "this coming", "coming"):
            return point(min(x for x in days if x > d))
        tense = _narrative_tense(context)
        if grain != "day":  # "as Easter week began" three days into it: the week under way
            return point(anchoring.pick(days, d, tense))
        if context.narrative is not None and (context.lead in DEADLINE_LEADS or tense == anchoring.STORY):
            return point(min(x for x in days if x >= d))  # "a fire gutted it in January 1961. By Easter, ...": the next one
        return point(anchoring.strictly_by_tense(days, d, tense))

    unknown = f"XXXX-{FIXED_HOLIDAYS[name][0]:02d}-{FIXED_HOLIDAYS[name][1]:02d}" if name in FIXED_HOLIDAYS and grain == "day" else None
    if m["rel"] is None and context.narrative is not None:
        return _from_narrative_or_published(context, build, unknown)  # a holiday of the passage's time
    return _from_published(context, build, unknown)


# ---------------------------------------------------------------------------------------------
# this / last / next + a unit


_GRAIN_OF_NAMED_UNIT = {"week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter", "half": "half", "year": "year", "decade": "decade", "century": "century"}
_UNIT_OF_GRAIN = {"week": "W", "weekend": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y", "decade": "DE", "century": "CE"}
_NAMED_UNIT = r"(?P<unit>week|weekend|month|quarter|half|year|decade|century)"


@rule(r"(?:the )?(?:this |last |past |next |coming |previous |following )fortnight")
def _relative_fortnight(m: re.Match, context: Context) -> Resolution:
    """'the past fortnight', 'the next fortnight': no calendar has a fortnight to name, so its
    length, as TimeML writes a stretch it cannot place ('the past few days')."""
    return Resolution("P2W", "DURATION")


@rule(f"(?P<the>the )?(?P<rel>this|current|present|last|past|previous|preceding|prior|this past|next|coming|upcoming|following|same) {FISCAL}{_NAMED_UNIT}")
def _relative_unit(m: re.Match, context: Context) -> Resolution | None:
    grain, rel = _GRAIN_OF_NAMED_UNIT[m["unit"]], m["rel"]
    unit = _UNIT_OF_GRAIN[grain]
    if m["the"] and rel in ("last", "past", "next", "coming", "following") and context.lead in LENGTH_PREPOSITIONS:
        return Resolution(_duration("1", m["unit"]), "DURATION")  # "for the past year", "over the next decade"
    if m["the"] and rel in ("last", "past") and context.lead == "in" and context.present_perfect:
        return Resolution(_duration("1", m["unit"]), "DURATION")  # "has doubled in the past decade": up to now
    if m["the"] and rel == "past" and context.lead == "of":
        return Resolution(_duration("1", m["unit"]), "DURATION")  # "the average of the past decade": the stretch up to now
    if m["the"] and rel in ("last", "past"):
        rel = "last"  # "the past year" on its own: the year before this one
    if rel == "prior":
        rel = "previous"
    if rel in ("following", "same") or (m["the"] and rel in ("next", "previous", "preceding")):
        step = {"following": 1, "next": 1, "same": 0}.get(rel, -1)
        return _from_reference(
            context,
            lambda ref: shift(ref.at(grain) if ref.finer_than(grain) or ref.grain == grain else ref, step, unit),
            lambda d: shift(Point(grain, d), step, unit),
        )
    if grain == "quarter" and rel in ("last", "past", "previous", "preceding"):
        return _from_published(context, lambda d: Point("quarter", anchoring.last_complete_quarter(d)))
    step = 0 if rel in ("this", "current", "present") else -1 if rel in ("last", "past", "previous", "preceding", "this past") else 1
    if grain == "weekend":
        return _from_published(context, lambda d: Point("weekend", anchoring.weekend(d, context.tense, step)))
    return _from_published(context, lambda d: shift(Point(grain, d), step, unit))


@rule(r"(?:the )?(?P<unit>week|weekend|month|quarter|year) (?P<rel>before last|after next)")
def _two_units_away(m: re.Match, context: Context) -> Resolution:
    """'the week before last', 'the year after next': the period two steps back or ahead of the
    publication's, as 'last week' and 'next week' are one."""
    grain = _GRAIN_OF_NAMED_UNIT[m["unit"]]
    step = -2 if m["rel"] == "before last" else 2
    if grain == "weekend":
        return _from_published(context, lambda d: Point("weekend", anchoring.weekend(d, context.tense, step // 2) + timedelta(days=7 * (step // 2))))
    if grain == "quarter" and step < 0:
        return _from_published(context, lambda d: shift(Point("quarter", anchoring.last_complete_quarter(d)), -1, "Q"))
    return _from_published(context, lambda d: shift(Point(grain, d), step, _UNIT_OF_GRAIN[grain]))


@rule(f"(?:(?P<rel>this|last|next|this past|this coming|past|coming|the) )?{SEASON}")
def _season(m: re.Match, context: Context) -> Resolution:
    code = SEASONS[m["season"]]
    direction = {"this": 0, "last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(m["rel"])
    narrative = _story_point(context)
    if narrative is not None and not narrative.finer_than("season"):
        narrative = context.narrative  # "the following year ... the summer": of the passage's day
    if m["rel"] in (None, "the") and narrative is not None and narrative.finer_than("season"):
        # "failed in March 2008. By the summer, ...": the season of the year the passage tells of
        point = Point("season", anchoring.season_start(code, narrative.day.year - (code == "WI" and narrative.day.month <= 2)), code)
        return Resolution(point.value(), "DATE", "text", point)
    return _from_published(context, lambda d: anchoring.season(code, d, context.tense, direction), f"XXXX-{code}")


@rule(r"(?:the )?weekend")
def _weekend(m: re.Match, context: Context) -> Resolution:
    return _from_published(context, lambda d: Point("weekend", anchoring.weekend(d, context.tense)))


@rule(r"(?:the )?(?P<unit>week|weekend) of (?P<rest>.+)")
def _week_of_a_day(m: re.Match, context: Context) -> Resolution | None:
    """'the week of Oct. 4': the ISO week (or its weekend) that holds the day named."""
    day = resolve(m["rest"], context)
    if day is None or day.point is None or day.point.grain not in ("day", "time", "partofday"):
        return None
    point = day.point.at(m["unit"])
    return Resolution(point.value(), "DATE", day.anchor, point)


@rule(r"(?:that|the same|that same) (?P<unit>day|weekend|week|month|quarter|half|year|decade|century)|the (?P<day>day)")
def _that_unit(m: re.Match, context: Context) -> Resolution | None:
    """'that day', 'the same week', 'that decade': the stretch of the date the text named last;
    'that quarter' and 'that half' only after a quarter or half (a company's quarter may be a
    fiscal one no day tells)."""
    grain = m["unit"] or m["day"]
    if grain in ("quarter", "half") and (context.reference is None or context.reference.grain not in ("quarter", "half")):
        return None
    found = _stretch_of_the_reference(context, grain)
    if found is not None:
        return found
    if m.group(0).startswith("the "):
        return _from_published(context, lambda d: Point(grain, d))
    if grain == "day" and context.reference is not None and context.reference.grain == "month":
        return Resolution(f"{context.reference.value()}-XX", "DATE", "text")  # a day of the month named, which unknown
    return Resolution(None, "DATE", problem="no earlier date in the text to refer to")


@rule("(?:the )?(?P<rel>next|following|previous|preceding) day|the day (?P<dir>before|after)")
def _next_day(m: re.Match, context: Context) -> Resolution:
    step = 1 if (m["rel"] in ("next", "following") or m["dir"] == "after") else -1
    return _from_reference(
        context,
        lambda ref: shift(ref.at("day") if ref.finer_than("day") else ref, step, "D"),
        lambda d: Point("day", d + timedelta(days=step)),
    )


_DAY_BESIDE = re.compile(r"(?:the )?(?:1 )?day (?:before|after) ")


@rule(r"(?:the )?(?P<n>1 )?day (?P<dir>before|after) (?P<rest>.+)")
def _day_beside_a_day(m: re.Match, context: Context) -> Resolution | None:
    """'the day after Christmas', 'the day before last Tuesday': the day next to the day named
    (read as it would be alone); nothing when the rest names no day ("the day after his death")."""
    if _DAY_BESIDE.match(m["rest"]):
        return None  # "the day after the day after ...": read once, not down a chain
    day = resolve(m["rest"], context)
    if day is None or day.type != "DATE" or day.mod is not None:
        return None
    step = 1 if m["dir"] == "after" else -1
    if day.point is None:
        written = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", day.value or "")
        if written is None:
            return None
        following = date(2001, int(written[1]), int(written[2])) + timedelta(days=step)  # a year with no February 29
        return Resolution(f"XXXX-{following.month:02d}-{following.day:02d}", "DATE", day.anchor, None, day.problem)
    if day.point.grain != "day":
        return None
    point = Point("day", day.point.day + timedelta(days=step))
    return Resolution(point.value(), "DATE", day.anchor, point)


@rule(r"in the (?P<unit>week|month)")
def _in_the_unit(m: re.Match, context: Context) -> Resolution:
    """'later in the week', 'earlier in the month' (the modifier taken off): the week or month
    the text is telling about (of the day it named last), else the publication's. ("later in
    the day" stays unread: TimeBank's extent for it is "the day" alone.)"""
    grain = m["unit"]
    found = _stretch_of_the_reference(context, grain)
    if found is not None:
        return found
    return _from_published(context, lambda d: Point(grain, d))


def _stretch_of_the_reference(context: Context, grain: str) -> Resolution | None:
    """The `grain` ("week", "month") that holds the date the text named last, unless that date
    is a longer stretch ("that week" after a year names no week)."""
    reference = context.reference
    if reference is None or not (reference.finer_than(grain) or reference.grain == grain):
        return None
    point = reference.at(grain)
    return Resolution(point.value(), "DATE", "text", point)


@rule(r"the (?P<unit>week|month|year) (?P<dir>before|after)")
def _unit_before(m: re.Match, context: Context) -> Resolution:
    grain, step = m["unit"], 1 if m["dir"] == "after" else -1
    unit = _UNIT_OF_GRAIN[grain]
    return _from_reference(context, lambda ref: shift(ref.at(grain) if ref.finer_than(grain) else ref, step, unit), lambda d: shift(Point(grain, d), step, unit))


# quarters and halves without a year --------------------------------------------------------------


def _in_the_year(context: Context, build: Callable[[int], Point]) -> Resolution:
    """'the first half of the year', 'earlier in the year': of the publication's year, as 'the
    year' alone is (a year named before, "the highest since 1990", is seldom the one meant;
    'that year' refers back)."""
    return _from_published(context, lambda d: build(d.year))


@rule(r"in the year")
def _in_the_year_alone(m: re.Match, context: Context) -> Resolution:
    """'earlier in the year', 'late in the year' (the modifier taken off): that year."""
    return _in_the_year(context, lambda year: Point("year", date(year, 1, 1)))


@rule(f"{THE}{FISCAL}(?P<q>[1-4])th {FISCAL}quarter(?: of (?:(?P<which>this|last|next)|(?P<the>the)) {FISCAL}year)?")
@rule(r"(?:fiscal )?q(?P<q>[1-4])")  # "Q3", as financial news writes the third quarter
def _quarter(m: re.Match, context: Context) -> Resolution:
    number = int(m["q"])
    if m.groupdict().get("the"):
        return _in_the_year(context, lambda year: Point("quarter", date(year, 3 * number - 2, 1)))

    def build(d: date) -> Point:
        which = m.groupdict().get("which")
        if which:
            year = d.year + {"this": 0, "last": -1, "next": 1}[which]
            return Point("quarter", date(year, 3 * number - 2, 1))
        return Point("quarter", anchoring.quarter(number, d, context.tense))

    return _from_published(context, build, f"XXXX-Q{number}")


#: Words before "the new year" that make it a year, not the holiday ("over the New Year").
_INTO_A_YEAR = frozenset({"in", "into", "until", "till", "by", "early", "late"})


@rule(r"the new year")
def _the_new_year(m: re.Match, context: Context) -> Resolution | None:
    """'in the new year': the year that begins nearest the publication day (written in October,
    the next one; in January, this one); after other words, the holiday ('over the New Year')."""
    if context.lead not in _INTO_A_YEAR:
        return None
    return _from_published(context, lambda d: Point("year", date(d.year + (d.month >= 7), 1, 1)))


@rule(r"(?P<which>this|last|next) year (?:fiscal )?(?P<q>[1-4])th quarter")
def _quarter_of_relative_year(m: re.Match, context: Context) -> Resolution:
    year_step = {"this": 0, "last": -1, "next": 1}[m["which"]]
    return _from_published(context, lambda d: Point("quarter", date(d.year + year_step, 3 * int(m["q"]) - 2, 1)))


@rule(r"(?:the )?(?:latest|most recent|recent|latest fiscal|fiscal|same|comparable|corresponding)? ?(?P<what>quarter|period)")
def _the_quarter(m: re.Match, context: Context) -> Resolution | None:
    reference = context.reference
    if "latest" in m.group(0) or "recent" in m.group(0):
        return _from_published(context, lambda d: Point("quarter", anchoring.last_complete_quarter(d)))
    if reference is not None and reference.grain in ("quarter", "half"):
        return Resolution(reference.value(), "DATE", "text", reference)
    if m["what"] == "period":
        return None
    if context.tense == anchoring.FUTURE and m.group(0) in ("the quarter", "quarter"):
        return _from_published(context, lambda d: Point("quarter", d))  # "will report at the end of the quarter": the one under way
    return _from_published(context, lambda d: Point("quarter", anchoring.last_complete_quarter(d)))


@rule(r"(?:the )?(?:same |comparable |corresponding )?(?P<what>quarter|period) (?:of )?(?P<which>this|last|next) year")
def _quarter_of_a_year(m: re.Match, context: Context) -> Resolution | None:
    """'last year's quarter', 'the same period last year': the quarter under discussion (the one
    the text last named, or the one that closed on the day it last named: "the third quarter
    ended Sept. 30 ... the same period last year"; else the last complete one), in the year
    named; a period with none told of is the year named."""
    step = {"this": 0, "last": -1, "next": 1}[m["which"]]
    reference = context.reference
    if reference is not None and reference.grain == "day" and _closes_a_quarter(reference.day):
        reference = Point("quarter", reference.day.replace(day=1))
    if reference is not None and reference.grain == "quarter":
        point = shift(reference, step, "Y")
        return Resolution(point.value(), "DATE", "text", point)
    if m["what"] == "period":  # no period told of: the year named holds it
        return _from_published(context, lambda d: Point("year", date(d.year + step, 1, 1)))
    return _from_published(context, lambda d: shift(Point("quarter", anchoring.last_complete_quarter(d)), step, "Y"))


def _closes_a_quarter(day: date) -> bool:
    """The last day of a calendar quarter (March 31, June 30, September 30, December 31)."""
    return day.month % 3 == 0 and (day + timedelta(days=1)).day == 1


@rule(r"(?:the )?(?:comparable |corresponding |same )?(?P<one>1 )?year (?:ago|earlier)(?: (?:fiscal )?(?:(?P<q>[1-4])th )?(?P<what>quarter|period|year|month))?|(?:the )?(?:comparable |corresponding |same )?(?P<what2>quarter|period) (?:1 )?year (?:ago|earlier)")
def _year_ago_period(m: re.Match, context: Context) -> Resolution:
    if m["q"]:
        number = int(m["q"])
        return _from_published(context, lambda d: Point("quarter", date(anchoring.quarter(number, d, "past").year - 1, 3 * number - 2, 1)))
    what = m["what"] or m["what2"]
    grain = what if what in ("quarter", "month", "year") else None

    def earlier(ref: Point) -> Point:
        if grain is not None and ref.finer_than(grain):
            ref = ref.at(grain)
        elif grain is None and m["one"] is not None and ref.grain == "day" and context.narrative is not None:
            # "signed on July 27, 1953. A year earlier, ...": in a passage about an earlier
            # time, a year, as a count of years from a day is; a report's "a year earlier"
            # compares with the day its period closed
            ref = ref.at("year")
        return shift(ref, -1, "Y")

    if m["one"] is None and m["what2"] is None and context.published is not None:
        return _year_ago_of_the_report(context, what, earlier)
    return _from_reference(context, earlier, lambda d: Point("year", date(d.year - 1, 1, 1)))


#: A stretch the text named in an earlier year that ended this long before the publication day
#: is itself a year before the period a report is about ("the 1988 period ... the year-ago results").
_YEAR_AGO_NAMED_DAYS = 240


def _year_ago_of_the_report(context: Context, what: str | None, earlier: Callable[[Point], Point]) -> Resolution:
    """'year-ago', 'the year-earlier quarter': the stretch a year before the one the report is
    about: the date the text last named, when it is this year's or lies in the last months, else the last
    complete quarter (or the year before). A named stretch that ended long ago is already
    that earlier stretch; one still ahead ("expects a loss in the third quarter of next
    year") is not what the report is about."""
    assert context.published is not None
    published = _day_of(context.published)
    reference = context.reference
    if reference is not None and reference.day <= published:
        try:
            last_day = reference.first_and_last_day()[1]
        except (ValueError, OverflowError):
            last_day = reference.day
        if last_day.year < published.year and (published - last_day).days > _YEAR_AGO_NAMED_DAYS:
            point = reference.at(what) if what in ("quarter", "month", "year") and reference.finer_than(what) else reference
            return Resolution(point.value(), _type(point), "text", point)
        point = earlier(reference)
        return Resolution(point.value(), _type(point), "text", point)
    if what in ("quarter", "period"):
        return _from_published(context, lambda d: shift(Point("quarter", anchoring.last_complete_quarter(d)), -1, "Y"))
    return _from_published(context, lambda d: Point("year", date(d.year - 1, 1, 1)))


@rule(f"{THE}(?P<h>1th|2th|first|second|last|latter) half of (?P<rest>.+)")
def _half_of_a_long_stretch(m: re.Match, context: Context) -> Resolution | None:
    """'the last half of the '80s', 'the first half of the century': the decade or century,
    mod START or END, as TimeML writes a part of a stretch with no half of its own."""
    whole = resolve(m["rest"], context)
    if whole is None or whole.point is None or whole.point.grain not in ("decade", "century") or whole.mod:
        return None
    return replace(whole, mod="START" if m["h"] in ("1th", "first") else "END")


@rule(f"{THE}(?P<h>1th|2th|first|second|latter) half(?: of (?:(?P<which>this|last|next)|(?P<the>the)) {FISCAL}year)?")
def _half(m: re.Match, context: Context) -> Resolution:
    month_number = 1 if m["h"] in ("1th", "first") else 7
    if m["the"]:
        return _in_the_year(context, lambda year: Point("half", date(year, month_number, 1)))

    def build(d: date) -> Point:
        step = {"this": 0, "last": -1, "next": 1}[m["which"]] if m["which"] else 0
        return Point("half", date(d.year + step, month_number, 1))

    return _from_published(context, build, f"XXXX-H{1 if month_number == 1 else 2}")


@rule(r"(?:the )?(?:current |full |latest |this )?(?:fiscal |calendar )?(?P<unit>year|month|week)(?: to date)?")
def _the_year(m: re.Match, context: Context) -> Resolution | None:
    if not m.group(0).startswith(("the", "current", "this", "full", "latest", "fiscal", "calendar")) and not m.group(0).endswith("to date"):
        return None
    grain = m["unit"]
    if context.closes_on_a_day and grain == "year" and not re.search(r"\b(?:current|this|to date)\b", m.group(0)):
        return Resolution("P1Y", "DURATION")  # "the fiscal year ended June 30": twelve months to that day
    if "latest" in m.group(0) and grain == "year":
        return _from_published(context, lambda d: Point("year", date(d.year - 1, 1, 1)))
    narrative = context.narrative
    if m.group(0) == f"the {grain}" and grain in NARRATIVE_UNITS and narrative is not None and narrative.finer_than(grain):
        point = narrative.at(grain)  # "on Feb. 2, 2021 ... by the end of the month": that month
        return Resolution(point.value(), "DATE", "text", point)
    return _from_published(context, lambda d: Point(grain, d))


#: Units whose "the <unit>" in a passage about an earlier day is that day's ("the month").
NARRATIVE_UNITS = frozenset({"week", "month"})


# ---------------------------------------------------------------------------------------------
# N units ago / later / earlier

#: Units whose count from a day the text named names a stretch of that unit ("a month
#: earlier" -> the month before, "two years later" -> the year), as TimeML values them.
_COUNTED_GRAINS = {"M": "month", "Y": "year", "DE": "year", "CE": "year"}


#: Shifts counted from an event the text tells of ("a few days later", "several weeks
#: earlier"): with a vague count they name no day, so TimeML writes the length alone.
_FROM_AN_EVENT = frozenset({"later", "earlier", "afterwards", "on"})


@rule(f"{COUNT} {UNIT} (?P<dir>ago|back|earlier|later|before|after|afterwards|from now|hence|previously|since|on)")
def _shifted(m: re.Match, context: Context) -> Resolution | None:
    direction = -1 if m["dir"] in ("ago", "back", "earlier", "before", "previously", "since") else 1
    if m["n"] == "x":
        if m["dir"] in _FROM_AN_EVENT:
            return None  # "a few days later": no date to read; the length alone is the expression
        return Resolution("PAST_REF" if direction < 0 else "FUTURE_REF", "DATE")
    amount = float(m["n"])
    unit_word = UNIT_PLURALS.get(m["unit"], m["unit"])
    if not amount.is_integer():
        if unit_word != "year" or not (amount * 12).is_integer():
            return Resolution(_duration(_count(m["n"]), unit_word), "DURATION")  # its length, at least
        # "a year and a half ago": eighteen months back, named at the month
        months = int(amount * 12) * direction
        return _from_published(context, lambda d: shift(Point("month", d), months, "M"))
    from_text = m["dir"] not in ("ago", "back", "from now", "hence")
    reference = context.reference
    if direction > 0 and from_text and reference is None:
        # "three weeks later" with no day named before it: counted from an event the text
        # tells of, not from the publication; its length, as TimeML writes it
        return Resolution(_duration(_count(m["n"]), unit_word), "DURATION")
    count, code = int(amount) * direction, _unit_code(unit_word)
    if unit_word == "fortnight":
        count *= 2
    if unit_word in TIME_UNITS:
        return _time_shift(context, count, unit_word)
    if reference is not None and (from_text or (code == "Y" and reference.grain in ("quarter", "half"))):
        point = _shifted_in_its_grain(reference, count, code, context.reference_part if from_text else None)
        coarse = _COUNTED_GRAINS.get(code)
        if coarse is not None and point.finer_than(coarse):
            point = point.at(coarse)  # "April 2 ... a month earlier": a month, as the count is in months
        return Resolution(point.value(), _type(point), "text", point)
    grain = _GRAIN_OF_UNIT.get(code, "day")
    return _from_published(context, lambda d: shift(Point(grain, d), count, code))


#: Grains of a stretch a count of finer units moves from its middle, keeping the grain.
_MOVED_FROM_THE_MIDDLE = ("month", "quarter", "half", "year", "decade")


#: Where in a stretch its named part lies, as a share of its length: "early October" is its
#: first third, whose middle is a sixth of the way in; "late October" its last third.
_MIDDLE_OF_A_PART = {"START": 1 / 6, "MID": 1 / 2, "END": 5 / 6}


def _shifted_in_its_grain(reference: Point, count: int, code: str, part: str | None = None) -> Point:
    """`reference` moved by `count` units, at its own grain: a count of finer units than it
    ("October 2018 ... two weeks later") names no finer stretch, so the value keeps the
    reference's granularity (TimeML gives no value finer than the text fixes) and names the
    stretch that holds most of the days the count can reach, the one its middle moves into
    ("two weeks later" -> October, "three weeks later" -> November); the middle of the part
    the text named, if it named one ("late October ... two weeks later" -> November)."""
    if reference.grain in _MOVED_FROM_THE_MIDDLE and Point(_GRAIN_OF_UNIT.get(code, "day"), reference.day).finer_than(reference.grain):
        first, last = reference.first_and_last_day()
        middle = first + (last - first) * _MIDDLE_OF_A_PART.get(part or "MID", 1 / 2)
        return Point(reference.grain, shift(Point("day", middle), count, code).day)
    return shift(reference, count, code)


#: What a stretch said after "N years ago" narrows it to ("five years ago this week"): the
#: grain of that stretch, and the units a shift must be counted in to be narrowed to it.
_YEARS_OR_LONGER = ("year", "decade", "century")
_NARROWED_GRAINS = {"this week": ("week", _YEARS_OR_LONGER), "this month": ("month", _YEARS_OR_LONGER), "today": ("day", (*_YEARS_OR_LONGER, "month", "week"))}


@rule(f"{COUNT} {UNIT} (?P<dir>ago|from now) (?P<now>{_alternatives(_NARROWED_GRAINS)})")
def _shifted_to_this_stretch(m: re.Match, context: Context) -> Resolution | None:
    """'five years ago this week', 'a year ago today', 'ten years from now this month': the week,
    month or day that stood as far from the publication as the count of years (months, weeks)
    says: the publication's stretch, moved back or ahead."""
    grain, units = _NARROWED_GRAINS[m["now"]]
    unit_word = UNIT_PLURALS.get(m["unit"], m["unit"])
    if unit_word not in units or m["n"] == "x" or not float(m["n"]).is_integer():
        return None
    count = int(float(m["n"])) * (-1 if m["dir"] == "ago" else 1)
    code = _unit_code(unit_word)
    return _from_published(context, lambda d: shift(Point("day", d), count, code).at(grain))


@rule(r"this time (?P<which>last|next) year|this time 1 year (?P<dir>ago|from now)")
def _this_time_of_another_year(m: re.Match, context: Context) -> Resolution:
    """'this time last year', 'this time next year': the publication day a year before or after."""
    step = -1 if (m["which"] or m["dir"]) in ("last", "ago") else 1
    return _from_published(context, lambda d: shift(Point("day", d), step, "Y"))


def _time_shift(context: Context, count: int, unit_word: str) -> Resolution:
    if not isinstance(context.published, datetime):
        return _from_published(context, lambda d: Point("day", d))
    moment = context.published + timedelta(**{unit_word + "s": count})
    point = Point("time", moment.date(), f"{moment.hour:02d}:{moment.minute:02d}")
    return Resolution(point.value(), "TIME", "published", point)


# ---------------------------------------------------------------------------------------------
# durations and sets


@rule(f"(?:1 )?{UNIT}")
def _rate_unit(m: re.Match, context: Context) -> Resolution | None:
    """'a year' read as a rate ("$5 million a year"), or 'year' after 'per' ("3% per year"):
    each year (a set); else a length."""
    return Resolution(_duration("1", m["unit"]), "SET") if context.rate else None


@rule(f"(?:every|each|per) (?:(?P<other>other) |{COUNT} )?(?:fiscal |calendar )?{UNIT}")
def _every_unit(m: re.Match, context: Context) -> Resolution:
    """'every other week', 'every 10 years', 'per year': a set ("a 10-year" is a length used
    as an adjective, no set)."""
    count = "2" if m["other"] else _count(m["n"]) if m["n"] else "1"
    if count == "1" and m["unit"] in ("weekend", "weekends"):
        return Resolution("XXXX-WXX-WE", "SET")  # "every weekend": the weekend of each week
    return Resolution(_duration(count, m["unit"]), "SET")


@rule(r"the (?:next|past|coming) fortnight")
def _fortnight_around(m: re.Match, context: Context) -> Resolution:
    """'the next fortnight', 'the past fortnight': two weeks' length, as 'the next two weeks' is."""
    return Resolution("P2W", "DURATION")


@rule(r"(?:every|each) half[- ]?hour")
def _every_half_hour(m: re.Match, context: Context) -> Resolution:
    """'every half-hour': thirty minutes apart."""
    return Resolution("PT30M", "SET")


@rule(f"(?:every|each|per) (?P<period>{_alternatives(RECURRING_PERIODS)})")
def _every_period(m: re.Match, context: Context) -> Resolution:
    """'each season': a period with no length of its own that comes round at a known pace."""
    return Resolution(RECURRING_PERIODS[m["period"]], "SET")


@rule(f"(?:every|each) (?:other )?{WEEKDAY}s?(?: {PART})?")
@rule(f"(?:on )?{WEEKDAY}s(?: {PART})?")
@rule(f"(?:on )?{WEEKDAY} {PART}s")  # "Friday nights": every Friday night
def _every_weekday(m: re.Match, context: Context) -> Resolution:
    part = f"T{PARTS_OF_DAY[m['part']]}" if m["part"] else ""
    return Resolution(f"XXXX-WXX-{WEEKDAYS[m['weekday']]}{part}", "SET")


#: Prepositions that make a bare plural "weekends" the weekends in general ("open on weekends").
_HABIT_PREPOSITIONS = frozenset({"on", "at", "during", "over"})


@rule(r"weekends")
def _weekends(m: re.Match, context: Context) -> Resolution | None:
    """'(open) on weekends', '(busy) at weekends': every weekend, a set; elsewhere the plural
    is left to the lengths ("for weekends on end")."""
    return Resolution("XXXX-WXX-WE", "SET") if context.lead in _HABIT_PREPOSITIONS else None


@rule(f"(?:every|each) (?:{MONTH}|{SEASON}|{PART})")
def _every_named(m: re.Match, context: Context) -> Resolution:
    """'every July' -> XXXX-07, 'every summer' -> XXXX-SU, 'every morning' -> XXXX-XX-XXTMO."""
    if m["month"]:
        return Resolution(f"XXXX-{MONTHS[m['month']]:02d}", "SET")
    if m["season"]:
        return Resolution(f"XXXX-{SEASONS[m['season']]}", "SET")
    return Resolution(f"XXXX-XX-XXT{PARTS_OF_DAY[m['part']]}", "SET")


#: A day or a month of a year, as a DATE's value writes it.
_DAY_OR_MONTH_OF_A_YEAR = re.compile(r"\d{4}(-\d\d(?:-\d\d)?)")


@rule(r"(?:every|each) (?P<rest>.+)|(?P<rest2>.+) (?:every|each) year")
def _every_day_of_the_year(m: re.Match, context: Context) -> Resolution | None:
    """'every Christmas', 'March 15 each year': the day (or month) in any year, a set
    (XXXX-12-25, XXXX-03-15), as TimeML writes 'every July'; 'every Easter' is a set with no
    value, its day moving from year to year."""
    rest = m["rest"] or m["rest2"]
    named = resolve(rest, replace(context, tense=None))
    if named is None or named.type != "DATE" or named.value is None or context.published is None:
        return None
    day = _DAY_OR_MONTH_OF_A_YEAR.fullmatch(named.value)
    if day is None:
        return None
    next_year = resolve(rest, replace(context, tense=None, published=context.published + timedelta(days=366)))
    if next_year is None or next_year.value is None or not next_year.value.endswith(day.group(1)):
        return Resolution(None, "SET", problem="a feast that moves has no one day of the year")  # "every Easter"
    return Resolution(f"XXXX{day.group(1)}", "SET")


@rule(f"(?:the )?(?P<nth>[1-5]th|last) {WEEKDAY} (?:in|of) (?P<rest>.+)")
def _weekday_counted_in_a_month(m: re.Match, context: Context) -> Resolution | None:
    """'the last Sunday in March', 'the first Tuesday of November 2024': the day the count
    names in the month, which is read as it would be alone; 'the second Tuesday of every month'
    is a set that comes round each month (P1M, as 'every month')."""
    month = resolve(m["rest"], context)
    if month is not None and month.type == "SET" and month.value == "P1M":
        return month
    if month is None or month.point is None or month.point.grain != "month":
        return None
    first = month.point.day.replace(day=1)
    weekday = WEEKDAYS[m["weekday"]]
    days = [d for d in (first + timedelta(days=i) for i in range(31)) if d.month == first.month and d.isoweekday() == weekday]
    nth = len(days) if m["nth"] == "last" else int(m["nth"][:-2])
    if nth > len(days):
        return None
    point = Point("day", days[nth - 1])
    return Resolution(point.value(), "DATE", month.anchor, point)


@rule(f"(?:{_alternatives(FREQUENCY_WORDS)}|x times|\\d+ times) (?P<adverb>{_alternatives(SET_WORDS)})")
def _times_per_period_adverb(m: re.Match, context: Context) -> Resolution:
    """'twice daily', 'three times weekly': the set the adverb names, with how often."""
    return Resolution(SET_WORDS[m["adverb"]], "SET")


@rule(f"(?:{_alternatives(FREQUENCY_WORDS)}|x times|\\d+ times) (?:a|an|1|per|every|each) (?:{COUNT} )?{UNIT}")
def _times_per_unit(m: re.Match, context: Context) -> Resolution:
    """'twice a week', 'three times a year', 'once every ten years' (P10Y, freq 1X)."""
    return Resolution(_duration(_count(m["n"]) if m["n"] else "1", m["unit"]), "SET")


_DURATION_LEAD = r"(?:(?:the|a|an|another|an additional|additional|a further|further|an extra|extra|each of the) )?(?:(?:past|last|next|coming|upcoming|recent|first|1th|final|previous|following|preceding|other|remaining|latest|year ago|year earlier) )?"


@rule(f"(?:{_DURATION_LEAD}|(?:those|these) ){COUNT} (?:more |additional |extra |further |straight |consecutive |full |trading |business |working |calendar )?{UNIT}(?: (?:period|term|span|stretch|window|run|spell|time|long|ahead|since|running))?")
def _duration_rule(m: re.Match, context: Context) -> Resolution:
    return Resolution(_duration(_count(m["n"]), m["unit"]), "DURATION")


#: Units a length written in parts runs down through ("2 hours 21 minutes"), longest first.
_UNITS_DOWNWARD = ("year", "month", "week", "day", "hour", "minute", "second")
_PART_OF_A_LENGTH = r"(\d+) (year|month|week|day|hour|minute|second)s?"


@rule(f"{_PART_OF_A_LENGTH}(?:,? (?:and )?{_PART_OF_A_LENGTH}){{1,2}}")
def _length_in_parts(m: re.Match, context: Context) -> Resolution | None:
    """'2 hours 21 minutes', '1 year 6 months', 'an hour and 20 minutes': one length written
    in falling units, one value (PT2H21M); units out of order are no single length."""
    parts = re.findall(_PART_OF_A_LENGTH, m[0])
    ranks = [_UNITS_DOWNWARD.index(unit) for _, unit in parts]
    if ranks != sorted(set(ranks)):
        return None
    days = "".join(f"{int(n)}{UNITS[unit]}" for n, unit in parts if unit not in TIME_UNITS)
    clock = "".join(f"{int(n)}{UNITS[unit]}" for n, unit in parts if unit in TIME_UNITS)
    return Resolution(f"P{days}" + (f"T{clock}" if clock else ""), "DURATION")


@rule(f"{_DURATION_LEAD}(?:x )?{COUNT} (?:to|or) {COUNT.replace('n>', 'n2>')} {UNIT}")
def _duration_range(m: re.Match, context: Context) -> Resolution:
    return Resolution(_duration("X", m["unit"]), "DURATION")


@rule(f"(?:another|an additional|1 additional|1 more|a further|an extra) {UNIT}")
def _one_more_unit(m: re.Match, context: Context) -> Resolution:
    """'another year', 'an additional week', 'a further month', 'an extra day': one more of
    the unit, a length."""
    return Resolution(_duration("1", m["unit"]), "DURATION")


@rule(r"(?P<rel>past|future) (?:hours|days|nights|weeks|months|quarters|years|decades|centuries)")
def _past_or_future_units(m: re.Match, context: Context) -> Resolution:
    """'(in) past years', '(in) future quarters' without an article: an indefinite past or
    future, as "the past" and "the future" are ("the past few years" is a length)."""
    return Resolution("PAST_REF" if m["rel"] == "past" else "FUTURE_REF", "DATE")


@rule(f"{_DURATION_LEAD}(?P<plural>hours|days|nights|weeks|months|years|decades|centuries|minutes|seconds|weekends)(?: (?:ahead|long))?")
def _vague_duration(m: re.Match, context: Context) -> Resolution:
    word = m["plural"]
    return Resolution(_duration("X", UNIT_PLURALS.get(word, word[:-1])), "DURATION")


@rule(r"the (?P<unit>day|night|week|fortnight|month|quarter|year|decade|century) ahead")
def _unit_ahead(m: re.Match, context: Context) -> Resolution:
    """'the year ahead', 'the week ahead': the stretch still to come from now, a length as
    "the weeks ahead" is."""
    return Resolution(_duration("1", m["unit"]), "DURATION")


@rule(r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century)")
def _bare_unit(m: re.Match, context: Context) -> Resolution:
    return Resolution(_duration("1", m["unit"]), "DURATION")


@rule(r"(?:the )?(?:(?P<which>this|last|next) )?year(?:'s| s)? end")
def _year_end(m: re.Match, context: Context) -> Resolution:
    """'year-end', 'by year's end': the end of the year, as TimeML writes it (the year, mod END);
    "since year-end", the last one."""
    step = {"this": 0, "last": -1, "next": 1}.get(m["which"] or "")
    if step is None:
        step = -1 if context.lead == "since" else 0
    found = _from_published(context, lambda d: Point("year", date(d.year + step, 1, 1)))
    return replace(found, mod="END")
