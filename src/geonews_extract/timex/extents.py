"""TimeML extents of candidate spans in a parsed spaCy ``Doc``.

A candidate (a model DATE/TIME entity or a pattern match) is grown by the modifiers just
outside it ("mid-" + "August", "two days" + "later"), trimmed to what TimeML tags
(leading prepositions, a possessive, a determiner before a date out) and split where it
joins two expressions ("Monday and Tuesday", "1990 to 1995", "the 1990-91 war" -> "1990",
"91"), since TimeML gives each end of a range its own expression.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .lexicon import (
    CLOCK_TIME,
    DECADE_WORDS,
    LEADING_MODS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    PORTIONS_OF_A_PART_OF_THE_DAY,
    SEASONS,
    SET_WORDS,
    SMALL_HOURS,
    TIME_ZONES,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)
from .ranges import complete_left, complete_right, is_holiday
from .rules import Context, Resolution, resolve
from .syntax import (
    AGE_VERBS,
    CLOSING_PARTICIPLES,
    COMPARISON_ADJECTIVES,
    COUNT_MODIFIERS,
    ERA_NOUNS,
    FOCUS_ADVERBS,
    GAME_NOUNS,
    GAME_PERIODS,
    GAME_VERBS,
    IDIOMS_BEFORE_A_COMMA,
    JOINERS,
    LASTING_VERBS,
    LEADING_PREPOSITIONS,
    LEFT_MODIFIER_PHRASES,
    LEFT_MODIFIERS,
    LENGTH_UNITS,
    MATCHER_NON_TRIGGERS,
    MODIFIER_TIMES,
    NAME_PREPOSITIONS,
    NOUN_PHRASE_OPENERS,
    PERCENT_WORDS,
    PERIOD_VERBS,
    PLAY_OPENING_ORDINALS,
    PROGRAMME_TITLE_WORDS,
    PUBLICATION_FREQUENCIES,
    REPORTING_VERBS,
    RIGHT_MODIFIER_PHRASES,
    RIGHT_MODIFIERS,
    TIME_HEAD_NOUNS,
    TRAILING_FOCUS_ADVERBS,
    UNIT_COMPARISON_WORDS,
)


@lru_cache(maxsize=8192)
def resolve_safely(text: str, context: Context) -> Resolution | None:
    """`resolve`, with any failure turned into a Resolution that says so. Remembered: news
    repeats its expressions (datelines, weekdays), and a reading is a pure function of the
    text and its (immutable) context; `forget_readings` starts afresh."""
    try:
        return resolve(text, context)
    except Exception as err:
        return Resolution(None, "DATE", problem=f"could not be read ({type(err).__name__})")


def forget_readings() -> None:
    """Empty the remembered readings (after the rules or their data change in the process)."""
    resolve_safely.cache_clear()


def _by_word(phrases: tuple[tuple[str, ...], ...], position: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their word at `position` (0 first, -1 last), each list in the given order:
    a phrase is compared with the text only where that word is there."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[position], []).append(phrase)
    return {word: tuple(listed) for word, listed in found.items()}


#: The longest first: "no more than" ten days, not "more than".
_LEFT_PHRASES_BY_LAST_WORD = {word: tuple(sorted(phrases, key=len, reverse=True)) for word, phrases in _by_word(LEFT_MODIFIER_PHRASES, -1).items()}
_LEFT_PHRASES_BY_FIRST_WORD = _by_word(LEFT_MODIFIER_PHRASES, 0)
_RIGHT_PHRASES_BY_FIRST_WORD = _by_word(RIGHT_MODIFIER_PHRASES, 0)


#: Words before "years" and a range of years that say whose calendar they are in ("the fiscal years 2020 through 2024").
_YEARS_OF_ACCOUNT = frozenset(("fiscal", "financial"))
#: What the British put before a weekday for that weekday a week or two after the next one.
_A_WEEK_ON = frozenset((("a", "week", "on"), ("a", "fortnight", "on")))
#: Units that "the" + unit + "ahead" names as the stretch still to come ("the year ahead", "the weeks ahead").
_UNITS_AHEAD = frozenset(("day", "days", "night", "nights", "week", "weeks", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries"))


def _words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(doc[i].lower_ for i in range(max(start, 0), min(end, len(doc))))


def grow(doc: Doc, span: Span) -> Span:
    """A candidate with the modifiers just outside it: "mid-" + "August", "two days" + "later"."""
    start, end = span.start, span.end
    following = doc[end] if end < len(doc) else None  # read once: each doc[i] builds a Token
    possessive = following is not None and following.tag_ == "POS"
    start = _apostrophe_of_a_decade(doc, start)
    previous = doc[start - 1] if start >= 1 else None  # read once: each doc[i] builds a Token
    if previous is not None and _determiner_that(doc, start):
        start -= 1  # "That" + "September": the month of the time the text told of
    elif previous is not None and start >= 2 and previous.text in ("-", "–") and doc[start - 2].lower_ in LEFT_MODIFIERS:
        start -= 2
    elif (
        previous is not None
        and previous.lower_ in LEFT_MODIFIERS
        and previous.pos_ != "VERB"  # "(may) last three years": the verb, no modifier
        and not _pronoun_before(doc, start - 1)
        and not previous.is_sent_start
        and not (possessive and previous.lower_ in APPROXIMATORS)
        and not _preposition_before_a_noun_phrase(doc, start)
        and not _says_how_early_or_late(doc, start - 1)  # "three weeks late" + "this spring"
        and not _a_habit_after_on(span)  # "(stayed open) late" + "on weekends": the verb's adverb
    ):
        start -= 1
    if following is not None and following.lower_ in RIGHT_MODIFIERS:
        end += 1
    elif following is not None and following.lower_ == "on" and end + 1 < len(doc) and doc[end + 1].text in (",", ";") and _a_count_of_units(doc, start, end):
        end += 1  # "ten years" + "on," (the site is empty): that long after the time the text told of
    elif following is not None and following.lower_ == "ahead" and end - start == 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ in _UNITS_AHEAD:
        end += 1  # "the year" + "ahead": the stretch still to come, one expression
    end, start = _day_range_beside_a_month(doc, start, end)
    start = _left_phrase(doc, start, possessive)
    if end - start == 1 and start >= 3 and not possessive and _words(doc, start - 3, start) in _A_WEEK_ON and doc[start].lower_ in WEEKDAYS and doc[start - 4].lower_ != "for":
        start -= 3  # "a week on" + "Tuesday" (British): the Tuesday after next, one expression ("for a week" is a length)
    start = _comparison_before(doc, start)
    label = span.label
    if end < len(doc) and _on_the_clock(doc[end - 1]):
        zone = 1 if doc[end].lower_ in CLOCK_ZONES else 2 if _words(doc, end, end + 2) == ("local", "time") else 0
        if zone:
            end = end + zone  # "1930" + "GMT", "3 p.m." + "local time": the zone is the time's
        if zone or doc[end - 1].lower_ in CLOCK_ZONES or CLOCK_TIME.fullmatch(doc[end - 1].lower_):
            label = doc.vocab.strings["TIME"]  # "0200 GMT", "23:40": a clock time, whichever pattern found it
    if end < len(doc):
        for phrase in _RIGHT_PHRASES_BY_FIRST_WORD.get(doc[end].lower_, ()):
            if _words(doc, end, end + len(phrase)) == phrase:
                end += len(phrase)
                break
    if end < len(doc) and doc[end].lower_ in TIME_HEAD_NOUNS and _ends_in_a_length(doc, start, end):
        end += 1  # "a two-year" + "period": the noun names the length's stretch of time
        if start >= 1 and doc[start - 1].lower_ in ("a", "an", "the") and doc[start].lower_ not in ("a", "an", "the"):
            start -= 1
    elif _heads_a_time(doc, start, end):
        end += 2  # "a week" + "'s time": the length, told as the time it takes
        if start >= 1 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ not in ("a", "an"):
            start -= 1
    elif end - start == 1 and start >= 1 and doc[start].lower_ in LENGTH_UNITS and doc[start - 1].lower_ == "the":
        start -= 1  # "the" + "week" ('s gains): TimeML keeps the article of a time noun
    elif end - start == 1 and start >= 1 and _DECADE.fullmatch(doc[start].lower_) and doc[start - 1].lower_ == "the" and doc[start - 1].head.i == start:
        start -= 1  # "The" + "1960s" (were restless): the decade's article; "The 1990s boom": the boom's
    elif _article_of_a_numbered_period(doc, start, end):
        start -= 1  # "The" + "first half" (will be difficult): TimeML keeps the article
    elif end - start == 1 and start >= 1 and _article_of_a_season(doc, start - 1, start):
        start -= 1  # "the" + "summer" (had been the driest), "the first frost of the" + "autumn"
    return Span(doc, start, end, label=label)


def _article_of_a_season(doc: Doc, article: int, season: int) -> bool:
    """"the" determining the season itself, which TimeML keeps in the extent ("the summer had
    been the driest"); "the summer window" has the window's article."""
    word = doc[season]
    return doc[article].lower_ == "the" and word.lower_ in SEASONS and doc[article].head.i == season and word.dep_ != "compound"


def _a_habit_after_on(span: Span) -> bool:
    """"on weekends", "on Sundays": days of a habit after "on", which no modifier before the
    preposition qualifies."""
    return len(span) >= 2 and span[0].lower_ == "on" and span[-1].tag_ in ("NNS", "NNPS") and span[-1].lower_.endswith("s")


def _a_set(span: Span) -> bool:
    """The candidate alone reads as a set ("hourly", "Sundays")."""
    reading = resolve_safely(span.text, Context())
    return reading is not None and reading.type == "SET"


def _article_of_a_numbered_period(doc: Doc, start: int, end: int) -> bool:
    """"the" determining a half or quarter an ordinal numbers ("The first half will be
    difficult"), which the model leaves out of its date where the sentence opens with it."""
    if end - start != 2 or start < 1 or doc[start].lower_ not in ORDINALS or doc[end - 1].lower_ not in ("half", "quarter"):
        return False
    article = doc[start - 1]
    return article.lower_ == "the" and article.head.i == end - 1


def _heads_a_time(doc: Doc, start: int, end: int) -> bool:
    """A unit ends the candidate and, as a possessive, qualifies "time" after it ("in a week's
    time", "in two weeks' time"): the whole noun phrase is the length."""
    if end + 1 >= len(doc) or doc[end].tag_ != "POS" or doc[end + 1].lower_ != "time":
        return False
    unit = doc[end - 1].lower_
    return unit in LENGTH_UNITS or unit.removesuffix("s") in LENGTH_UNITS


_SHORT_DECADE = re.compile(r"\d0s")


def _apostrophe_of_a_decade(doc: Doc, start: int) -> int:
    """The start with the apostrophe of a short decade the tokenizer split off ("'" + "90s"),
    and the article before it ("the '80s"): TimeML tags the decade as written."""
    if start < 1 or not _SHORT_DECADE.fullmatch(doc[start].text) or doc[start - 1].text not in ("'", "’") or doc[start - 1].whitespace_:
        return start
    start -= 1
    return start - 1 if start >= 1 and doc[start - 1].lower_ == "the" else start


def _determiner_that(doc: Doc, start: int) -> bool:
    """"that" just before a month or season it determines ("That September, she enrolled"),
    not the conjunction of a clause ("said that September was wet")."""
    that, first = doc[start - 1], doc[start]
    return that.lower_ == "that" and that.dep_ == "det" and that.head.i == first.i and (first.lower_.rstrip(".") in MONTHS or first.lower_ in SEASONS)


#: One-word time zones after four digits ("1930 GMT"); "local" needs its "time".
CLOCK_ZONES = frozenset(z for z in TIME_ZONES if " " not in z and z != "local")


#: Units of the clock: a count of them before "later" is a length, as TimeBank marks it.
CLOCK_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours"})


def _on_the_clock(token: Token) -> bool:
    """A word that ends a time of day: "p.m.", "23:40", a zone ("GMT"), or four digits that a
    zone may follow ("1930")."""
    word = token.lower_
    return word in MERIDIANS or word in CLOCK_ZONES or CLOCK_TIME.fullmatch(word) is not None or (token.is_digit and len(word) == 4)


def _pronoun_before(doc: Doc, i: int) -> bool:
    """"this" at `i` is a pronoun, not the determiner of the time after it: tagged so, and
    followed by a count or a preposition ("said this 30 years ago", "understood this in 2008");
    "this coming Sunday" keeps it, whatever its tag."""
    if doc[i].pos_ != "PRON" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.like_num or after.lower_ in LEADING_PREPOSITIONS


def _ends_in_a_length(doc: Doc, start: int, end: int) -> bool:
    """The tokens end in a count and a singular unit ("two-year", "two year", "18-month")."""
    if end - start < 2 or doc[end - 1].lower_ not in LENGTH_UNITS:
        return False
    before = doc[end - 2]
    if before.text in ("-", "–") and end - start >= 3:
        before = doc[end - 3]
    return before.like_num or before.lower_ in ("several", "few", "many")


def _a_count_of_units(doc: Doc, start: int, end: int) -> bool:
    """The tokens end in a count and a unit of the calendar ("ten years", "a decade", "two weeks")."""
    return end - start >= 2 and doc[end - 1].lower_ in _UNITS_AHEAD and (doc[end - 2].like_num or doc[end - 2].lower_ in ("a", "an", "several", "few", "many"))


def _opens_modifier_phrase(doc: Doc, start: int, end: int) -> bool:
    phrases = _LEFT_PHRASES_BY_FIRST_WORD.get(doc[start].lower_, ())
    return any(_words(doc, start, min(end, start + len(p))) == p for p in phrases)


#: Words that make a time approximate ("about", "around"): before a possessive ("around
#: Tuesday's ruling") they are the preposition of the noun the time qualifies, not a mod.
APPROXIMATORS = frozenset(word for word, mod in LEADING_MODS.items() if mod == "APPROX")


def _preposition_before_a_noun_phrase(doc: Doc, start: int) -> bool:
    """"(worried) about" + "the future": an approximator before a determiner is a preposition;
    an approximate time is a count or a point ("about two years", "around noon")."""
    return start < len(doc) and doc[start - 1].lower_ in APPROXIMATORS and doc[start].lower_ in NOUN_PHRASE_OPENERS


def _left_phrase(doc: Doc, start: int, possessive: bool = False) -> int:
    """The start with a modifier phrase just before it ("more than", "at least", "over" + a count)."""
    if start < 1 or (possessive and doc[start - 1].lower_ in APPROXIMATORS) or _preposition_before_a_noun_phrase(doc, start):
        return start
    before = doc[start - 1].lower_
    if before in COUNT_MODIFIERS and start < len(doc) and (doc[start].like_num or doc[start].lower_ in ("a", "an")):
        if _preposition_of_the_event(doc[start - 1]):
            return start
        if start >= 2 and (doc[start - 2].lower_, before) in _LEFT_PHRASES_BY_LAST_WORD.get(before, ()):
            return start - 2  # "well over" two decades
        return start - 1
    if start < len(doc) and before not in FOCUS_ADVERBS and (before, doc[start].lower_) in _LEFT_PHRASES_BY_LAST_WORD.get(doc[start].lower_, ()):
        return start - 1  # "well" + "over a year" (found by its own count pattern); "just" is the event's
    for phrase in _LEFT_PHRASES_BY_LAST_WORD.get(before, ()):
        size = len(phrase)
        if start >= size and _words(doc, start - size, start) == phrase:
            return start - size
    return start


def _comparison_before(doc: Doc, start: int) -> int:
    """The start with "the" and adjectives of comparison just before it ("the comparable" +
    "year-ago quarter"): they say which period it is; without "the" they are left out."""
    i = start
    while i >= 1 and doc[i - 1].lower_ in COMPARISON_ADJECTIVES:
        i -= 1
    if i < start and i >= 1 and doc[i - 1].lower_ == "the" and doc[start].lower_ not in ("the", "a", "an"):
        return i - 1
    return start


def _preposition_of_the_event(word: Token) -> bool:
    """"over" as the preposition of a verb's event ("drawn over three years"), not "more than"
    ("lasted over a week", "a delay of over two hours")."""
    head = word.head
    return word.dep_ == "prep" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in LASTING_VERBS


def _modifies_another_noun(doc: Doc, start: int, end: int) -> int | None:
    """Where a length used as a modifier ends ("a two day march" -> after "day"), when the
    candidate opens with an article that belongs to the noun it modifies; else None."""
    if doc[start].lower_ not in ("a", "an", "the"):
        return None
    for i in range(start + 2, min(end, len(doc) - 1)):
        if doc[i].lower_ in LENGTH_UNITS and doc[i - 1].like_num and i - 1 > start:
            after = doc[i + 1]
            if after.pos_ in ("NOUN", "PROPN") and after.lower_ not in LENGTH_UNITS and after.lower_ not in TIME_HEAD_NOUNS:
                return i + 1
            return None
    return None


def _a_length_opens_at(doc: Doc, i: int) -> bool:
    """A model's entity of a length ("two years", "18 months") begins at token `i`."""
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "DATE" or not doc[i].like_num:
        return False
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    length = resolve_safely(doc[i:end].text, Context())
    return length is not None and length.type == "DURATION"


def trim(span: Span) -> Span | None:
    """The TimeML extent inside a candidate: no leading preposition, possessive or punctuation.
    A possessive determiner before an ordinal or a count is left out as well ("its" third
    quarter, "her" eighteen months): it names whose period it is, not which."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        token = doc[start]  # read once: each doc[i] builds a Token
        word = token.lower_
        if word == "as" and start + 3 < end and doc[start + 2].lower_ == "as":
            start += 3  # "as early as" next week: a comparison, no part of the time
            continue
        if token.like_num and start > 0 and doc[start - 1].lower_ in AGE_VERBS and start + 1 < end:
            start += 1  # "(who turned) 80" last week: the age, no count of the time
            continue
        if word in PORTIONS_OF_A_PART_OF_THE_DAY and start + 4 == end and doc[start + 1].lower_ == "of" and _names_a_part_of_the_day(doc[start + 2 : end]):
            start += 2  # "most of" the morning: the share is no part of the time
            continue
        if word in LEFT_MODIFIERS and (token.pos_ == "VERB" or _pronoun_before(doc, start)) and start + 1 < end:
            start += 1  # "(the strike may) last three years", "(you said) this 30 years ago": no modifier
            continue
        if token.tag_ == "VBG" and token.pos_ == "VERB" and start + 1 < end and token.dep_ not in ("amod", "compound") and doc[start + 1].tag_ == "NNS":
            start += 1  # "ending" + "decades" (in which ...): the verb whose object the length is
            continue
        if word in PERIOD_VERBS and start + 1 < end and doc[start + 1].lower_ == "the":
            start += 1  # "ended" + "the week" (2% higher): the verb that closes the period, no part of it
            continue
        if start + 1 < end and _says_how_early_or_late(doc, start) and start > token.sent.start:
            start += 1  # "(20 minutes)" + "late" + "this morning": the word closes the length before
            continue
        if word in COUNT_MODIFIERS and start + 1 < end and _preposition_of_the_event(token):
            start += 1  # "(drawn) over" + "a year": the verb's preposition, no "more than"
            continue
        if not (word in LEADING_PREPOSITIONS or token.is_punct or token.is_space or _possessive_before_a_count(doc, start, end) or _possessive_before_an_ordinal(doc, start, end) or _qualifies_the_event(doc, start, end)):
            break
        if _opens_modifier_phrase(doc, start, end) or (start + 1 < end and _apostrophe_of_a_decade(doc, start + 1) <= start):
            break  # "at least", the "'" of "'90s": kept
        start += 1
    while end > start:
        token = doc[end - 1]
        if end - start >= 3 and doc[end - 2].lower_ in ("before", "after") and (token.lower_ in NOUN_PHRASE_OPENERS | {"a", "an"} or token.tag_ in ("DT", "PRP$") or (token.tag_ in ("NN", "NNS") and _names_no_time_at_all(token))):
            end -= 2  # "an hour" + "before the" (match), "a day" + "after each" (dose), "a week" + "before term": the event's preposition and noun
            continue
        if end - start >= 2 and _says_how_early_or_late(doc, end - 1):
            end -= 1  # "two weeks" + "early", "ten days" + "earlier than usual": a length, no shift
            continue
        if end - start >= 2 and token.lower_ in _SEQUENCE_PREPOSITIONS and _a_length_opens_at(doc, end):
            end -= 1  # "the spring" + "after" + "two years (of drought)": the length's preposition
            continue
        if not (token.is_punct or token.is_space or token.lower_ in ("'s", "’s", "'", "and", "or", "to") or token.lower_ in TRAILING_FOCUS_ADVERBS):
            break
        end -= 1
    if end - start >= 2 and doc[start].lower_ in ("the", "a", "an") and doc[start + 1].lower_.rstrip(".") in MONTHS:
        start += 1  # "an" + "Aug. 10, 1988" (agreement): the article is the noun's
    elif end - start == 2 and doc[start].lower_ == "the" and doc[start + 1].lower_ in SEASONS and doc[start + 1].dep_ == "compound" and doc[start].head.i >= end:
        start += 1  # "the" + "summer" (window): the article is the noun's, the season its modifier
    if end - start >= 3 and doc[start].lower_ == "the" and doc[start + 1].lower_ == "years" and _is_a_year(doc[start + 2]):
        start += 2  # "the years" + "2010" (through 2020): each year named is an expression
    elif end - start >= 4 and doc[start].lower_ == "the" and (doc[start + 1].pos_ == "NOUN" or doc[start + 1].lower_ in _YEARS_OF_ACCOUNT) and doc[start + 2].lower_ == "years" and _is_a_year(doc[start + 3]):
        start += 3  # "the war years" + "1914" (to 1918), "the fiscal years" + "2020": the noun says which years, the years are named
    elif end - start >= 3 and doc[start].lower_ in _YEARS_OF_ACCOUNT and doc[start + 1].lower_ == "years" and _is_a_year(doc[start + 2]):
        start += 2  # "Fiscal years" + "2019" (to 2021)
    modifier_end = _modifies_another_noun(doc, start, end) if end - start >= 3 else None
    if modifier_end is not None:
        start, end = start + 1, modifier_end  # "a two day march": "two day"
    if start >= end:
        return None
    trimmed = Span(doc, start, end, label=span.label)
    first = doc[start]
    if end - start == 1 and first.is_digit and len(first) != 4 and (start == 0 or doc[start - 1].lower_ not in LEADING_PREPOSITIONS) and not _opens_a_range_of_counts(doc, end):
        return None  # a number such as "80486", unless a preposition makes it a year ("in 99999")
    if (
        span.label_ not in ("DATE", "TIME")
        and end - start == 1
        and first.like_num
        and first.dep_ == "nummod"
        and first.ent_type_ != "DATE"
        and not _opens_a_range_of_counts(doc, end)
        and _SLASHED_YEARS.fullmatch(first.text) is None  # "the 2023/24 budget": two years, no count
    ):
        return None  # "in 2000 homes": a count, not a year
    if _names_no_time(doc, start, end):
        return None
    return trimmed


_DECADE = re.compile(r"'?(?:\d\d)?\d0'?s")
#: How the clock marks the half of the day ("4 p.m."), as the tokenizer writes it.
MERIDIANS = frozenset({"a.m.", "p.m.", "a.m", "p.m"})


def _opens_a_range_of_counts(doc: Doc, end: int) -> bool:
    """The number at `end - 1` opens a range whose other end has the unit ("between 2" + "and 4
    p.m.", "10" + "to 15 minutes"): an hour or a length of its own, as the words "two to three
    years" are; or the month ("ran 12-15 October"): a day of it."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "to", "-", "–") or not doc[end + 1].like_num:
        return False
    unit = doc[end + 2].lower_
    return unit in MERIDIANS or unit in UNITS or unit in UNIT_PLURALS or unit.removesuffix("s") in UNITS or unit.rstrip(".") in MONTHS


def _is_a_decade(word: str) -> bool:
    """"30s", "mid-20s", "'90s", "twenties": a decade (or an age told as one)."""
    decade = word.removeprefix("mid-").removeprefix("early-").removeprefix("late-")
    return _DECADE.fullmatch(decade) is not None or decade in DECADE_WORDS


#: The short forms of the weekdays (those that are not the full names).
_SHORT_WEEKDAYS = frozenset(w for w in WEEKDAYS if not w.endswith("day"))


def _names_no_time(doc: Doc, start: int, end: int) -> bool:
    """Time words used for something else: a unit word capitalised inside a sentence is a
    title ("60 Minutes"); a month before "for"/"of" and a capitalised word a name ("the March
    for Peace"); a decade after a possessive determiner an age ("in his 30s", "his mid-20s"); "daily"
    before a proper name a newspaper ("the party daily Pravda"); "the short term" before the
    noun it modifies an adjective ("the short term outlook"); "current" with its own article or
    modifier a noun ("a strong current"); "a" and a unit word qualifying the noun after it no
    length ("a minute amount", "a day trip"); "Now," opening a sentence a
    discourse marker ("Now, the minister says, ..."); "at the end of the day," an idiom; "the
    minutes of" a meeting its record; a weekday written short after an article a name ("The Sun",
    "the Mon")."""
    if end - start == 1 and start >= 1 and doc[start].lower_.rstrip(".") in _SHORT_WEEKDAYS and doc[start - 1].lower_ in ("the", "a", "an"):
        return True
    for i in range(start + 1, end):  # a title's unit word follows a number inside the candidate
        token = doc[i]
        word = token.lower_
        is_unit = word in UNITS or word in UNIT_PLURALS or word[:-1] in UNITS
        if is_unit and token.is_title and not token.is_sent_start and doc[i - 1].like_num:
            return True
    last = doc[end - 1]
    last_word = last.lower_
    if end - start == 1 and last_word.rstrip(".") in MONTHS and end + 1 < len(doc) and doc[end].lower_ in NAME_PREPOSITIONS:
        after = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
        if after.is_title and not after.like_num and after.lower_.rstrip(".") not in MONTHS:
            return True
    if _weekday_of_a_name(doc, start, end) or _a_period_of_play(doc, start, end) or _the_time_of_a_clause(doc, start, end):
        return True
    if end - start == 2 and doc[start].lower_ == "the" and last_word == "minutes" and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ in ("DET", "PRON"):
        return True  # "the minutes of its meeting": the record of a meeting, no length
    if _names_a_programme(doc, start, end) or _names_a_share(doc, end) or _unit_to_unit(doc, end) or _an_era(doc, start, end) or _unit_on_unit(doc, start, end):
        return True
    if end - start == 1 and last_word == "now" and end < len(doc) and doc[end].text == "," and _opens_the_sentence(doc, start):
        return True  # "Now, the minister says, ...": a discourse marker that turns the talk
    if end < len(doc) and doc[end].text == "," and _ends_an_idiom(doc, end):
        return True  # "At the end of the day, ...": a turn of speech
    if last_word == "term" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True  # "the short term outlook": the term modifies the noun after it; no time ("his five-year term ends": the subject)
    if start >= 1 and doc[start - 1].tag_ in POSSESSIVE_DETERMINERS and _is_a_decade(last_word) and all(t.lower_ in ("mid", "-", "early", "late") for t in doc[start : end - 1]):
        return True  # "his 30s", "his mid-20s": an age
    if end - start == 1 and last_word in MODIFIER_TIMES and any(c.dep_ in ("det", "amod", "compound") for c in last.children):
        return True  # "a strong current", "the river current": the noun, no time; "the current crisis" stays
    if end - start == 2 and doc[start].lower_ in ("a", "an") and last_word in UNITS and last.dep_ in ("compound", "amod") and last.head.i >= end:
        return True  # "a minute amount", "a day trip": the unit word qualifies the noun after it
    if end - start == 1 and last_word in SET_WORDS and _after_a_percentage(doc, start):
        return True  # "rise 4% annually": the period of a growth rate, as "year-on-year" is
    if end - start == 1 and last_word in PUBLICATION_FREQUENCIES and end < len(doc):
        following = doc[end]
        return following.pos_ == "PROPN" and following.ent_type_ not in ("DATE", "TIME")
    return False


def _a_period_of_play(doc: Doc, start: int, end: int) -> bool:
    """"(scored in) the second half", "(led after) the third quarter": a part of a game's clock
    an ordinal names, in a sentence about a game (a verb or noun of play, or a score such as
    "2-1"), is the game's, not the calendar's; "the second half of 2022", a half or quarter
    with a year, and a quarter in business copy stay times."""
    last = doc[end - 1]
    if last.lower_ not in GAME_PERIODS or end - start < 2 or (end < len(doc) and doc[end].lower_ == "of"):
        return False
    ordinal = doc[end - 2]
    if ordinal.lower_ not in ORDINALS and ordinal.lower_ not in PLAY_OPENING_ORDINALS:
        return False
    if any(t.is_digit for t in doc[start:end]):
        return False  # "the first half 2023": a year's
    sentence = last.sent
    return any(_a_word_of_play(t) for t in sentence) or _holds_a_score(sentence)


def _the_time_of_a_clause(doc: Doc, start: int, end: int) -> bool:
    """"at the time" + "of the war", "when ...", or a clause of its own ("At the time the
    factory closed, ..."): that clause or noun says which time, no reference to the past told
    of. After a verb of saying the clause is what was said ("said at the time she felt safe"):
    the time stays."""
    if end - start != 2 or doc[start].lower_ != "the" or doc[start + 1].lower_ != "time" or start == 0:
        return False
    if end < len(doc) and doc[end].lower_ in ("of", "when", "in", "for", "to"):
        return True
    time = doc[start + 1]
    if not any(c.dep_ in ("relcl", "acl") for c in time.children):
        return False
    return doc[start - 1].head.lemma_.lower() not in REPORTING_VERBS


def _a_word_of_play(token: Token) -> bool:
    if token.pos_ == "VERB":
        return token.lemma_.lower() in GAME_VERBS
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in GAME_NOUNS


#: The highest number a side's points in a score is taken to reach ("61-58"): more is a count or a year.
_MAX_SCORE = 200


def _holds_a_score(sentence: Span) -> bool:
    """Two small whole numbers joined by a dash ("won 2-1", "led 61-58"), not a share of
    anything ("2-3%")."""
    doc = sentence.doc
    for i in range(sentence.start, sentence.end - 2):
        if doc[i + 1].text not in ("-", "–") or doc[i].whitespace_ or doc[i + 1].whitespace_:
            continue
        first, second = doc[i].text, doc[i + 2].text
        if not (first.isdigit() and second.isdigit() and int(first) <= _MAX_SCORE and int(second) <= _MAX_SCORE):
            continue
        after = doc[i + 3].lower_ if i + 3 < len(doc) else ""
        if after not in ("%", "percent", "per"):
            return True
    return False


def _ends_an_idiom(doc: Doc, end: int) -> bool:
    """The words before `end` are one of `IDIOMS_BEFORE_A_COMMA`."""
    return any(end >= len(idiom) and _words(doc, end - len(idiom), end) == idiom for idiom in IDIOMS_BEFORE_A_COMMA)


def _opens_the_sentence(doc: Doc, i: int) -> bool:
    """The token opens its sentence, perhaps after an opening quote."""
    return doc[i].is_sent_start or (i >= 1 and doc[i - 1].is_quote and (doc[i - 1].is_sent_start or i == 1))


def _names_a_share(doc: Doc, end: int) -> bool:
    """"(more than) a quarter" + "of the market": a quarter or a half of something that is no
    time is a share of it ("the third quarter of the year", "of 1990" stay times)."""
    if doc[end - 1].lower_ not in ("quarter", "quarters", "half") or end < 2 or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    count = doc[end - 3] if doc[end - 2].text == "-" and end >= 3 else doc[end - 2]
    if count.lower_ not in ("a", "one", "three"):
        return False  # "the third quarter of", "several quarters of": periods
    after = doc[end + 1]
    if (after.lower_ in NOUN_PHRASE_OPENERS or after.lower_ in ("a", "an", "all")) and end + 2 < len(doc):
        after = doc[end + 2]
    word = after.lower_.rstrip(".")
    return not (after.like_num or word in UNITS or word in MONTHS or word in LEFT_MODIFIERS or _DECADE.fullmatch(word) or word in DECADE_WORDS)


def _an_era(doc: Doc, start: int, end: int) -> bool:
    """"the leaders of tomorrow", "the problems of today": after "of" and a plural noun, "today"
    and "tomorrow" name an era, a generic use TimeML leaves untagged; so do "today's" and
    "tomorrow's" before a noun of an age or its people ("today's youth", "tomorrow's leaders")."""
    if end - start != 1 or doc[start].lower_ not in ("today", "tomorrow"):
        return False
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].tag_ == "NNS":
        return True
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    noun = end + 2 if doc[end + 1].pos_ == "ADJ" and end + 2 < len(doc) else end + 1
    return doc[noun].lower_ in ERA_NOUNS


def _after_a_percentage(doc: Doc, start: int) -> bool:
    """The candidate follows a percentage: "4%", "6 percent", "2 per cent"."""
    if start < 2 or (not doc[start - 2].like_num and doc[start - 2].lower_ != "per"):
        return False
    before = doc[start - 1].lower_
    return before in PERCENT_WORDS or (before == "cent" and doc[start - 2].lower_ == "per")


def _unit_to_unit(doc: Doc, end: int) -> bool:
    """"The quarter" + "-to-quarter comparison": a unit in a compound adjective names no time."""
    return end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ == "-" and doc[end + 1].lower_ == "to"


#: Entity labels of names a weekday may be a word of ("The Sunday Times", "Monday Night Football").
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "FAC"})


def _weekday_of_a_name(doc: Doc, start: int, end: int) -> bool:
    """A weekday, alone or with the capitalised words after it, or a holiday, that the model
    reads as words of a longer name ("The Sunday Times", "Monday Night Football"): the name's,
    no day."""
    if doc[start].ent_type_ not in NAME_LABELS:  # the cheapest test first: most candidates are no name
        return False
    if not all(t.is_title for t in doc[start:end]):
        return False
    if doc[start].lower_ not in WEEKDAYS and not is_holiday(doc[start:end].text):
        return False
    entity = next((e for e in doc.ents if e.start <= start < e.end), None)  # the token's entity
    return entity is not None and len(entity) > end - start and entity.end >= end


def _unit_on_unit(doc: Doc, start: int, end: int) -> bool:
    """"year on year", "month-over-month": a unit, a word of comparison and the same unit again
    (in the candidate or just outside it) compare two periods; they name no time."""
    for i in range(max(0, start - 2), min(end, len(doc) - 2)):
        word = doc[i].lower_
        if word in LENGTH_UNITS and doc[i + 1].lower_ in UNIT_COMPARISON_WORDS and doc[i + 2].lower_ == word and i + 2 >= start:
            return True
    return False


def _names_a_programme(doc: Doc, start: int, end: int) -> bool:
    """"This Week" in quotes, "VOA Today": a time word capitalised inside a sentence that is
    quoted, or comes just after the name of an organisation, ends the title of a programme."""
    last = doc[end - 1]
    if last.lower_ not in PROGRAMME_TITLE_WORDS or not last.is_title or last.is_sent_start or start == 0:
        return False
    before = doc[start - 1]
    after = [t for t in doc[end : end + 2] if not (t.is_punct and not t.is_quote)][:1]
    title_goes_on = end < len(doc) and doc[end].is_title  # "This Week With ..."
    quoted = before.is_quote and ((bool(after) and after[0].is_quote) or title_goes_on)
    owner = doc[start - 2] if before.tag_ == "POS" and start >= 2 else before
    return quoted or owner.ent_type_ == "ORG"


#: Penn tags of possessive determiners ("its", "their", "whose").
POSSESSIVE_DETERMINERS = frozenset({"PRP$", "WP$"})


def _possessive_before_a_count(doc: Doc, i: int, end: int) -> bool:
    """"his" + "ten years", "(took) her" + "eighteen months": a pronoun before a length says
    whose time it is, not which ("his year in kindergarten" keeps it: no count, no length)."""
    return doc[i].tag_ in ("PRP$", "PRP") and i + 1 < end and doc[i + 1].like_num


def _possessive_before_an_ordinal(doc: Doc, i: int, end: int) -> bool:
    """"its" in "its fourth quarter", "its fiscal fourth quarter": the owner of a numbered
    period, outside the extent."""
    if i + 1 >= end or doc[i].tag_ not in POSSESSIVE_DETERMINERS:
        return False
    after = doc[i + 2] if doc[i + 1].lower_ in _YEARS_OF_ACCOUNT and i + 2 < end else doc[i + 1]
    return after.lower_ in ORDINALS or after.ent_type_ == "ORDINAL"


#: Words that say which year a numbered period belongs to ("its fiscal fourth quarter").
_YEARS_OF_ACCOUNT = frozenset({"fiscal", "financial", "calendar"})


def _qualifies_the_event(doc: Doc, i: int, end: int) -> bool:
    """An adverb opening a candidate that TimeML leaves out: "just" (last month), "only" (six
    months), or one that qualifies the preposition after it ("shortly after" 10 p.m., "soon
    after" midnight): the preposition is a signal, and its adverb goes with it."""
    if i + 1 >= end:
        return False
    word = doc[i]
    if word.lower_ in FOCUS_ADVERBS:
        return True
    return word.pos_ == "ADV" and word.lower_ not in LEFT_MODIFIERS and doc[i + 1].lower_ in LEADING_PREPOSITIONS


def _small_hours_of(span: Span) -> int | None:
    """The index of "of" in "the early hours of" + a day, else None."""
    for i, token in enumerate(span[:-1]):
        if token.lower_ == "of":
            return span.start + i if _names_small_hours(span[:i]) else None
    return None


def _names_small_hours(span: Span) -> bool:
    """"the early hours", "small hours" (`SMALL_HOURS`), with or without the article."""
    return span.text.lower().removeprefix("the ") in SMALL_HOURS


def _names_a_part_of_the_day(span: Span) -> bool:
    """"the evening", "the night": a part of the day and its article, nothing more."""
    return len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in PARTS_OF_DAY


def _names_a_date(span: Span) -> bool:
    """A day named by its month ("April 11", "Oct. 23") or its weekday."""
    first = span[0].lower_.rstrip(".")
    return first in WEEKDAYS or (first in MONTHS and any(t.like_num for t in span))


def join_clock_and_day(spans: list[Span]) -> list[Span]:
    """A clock time and the day right after it are one expression ("5 p.m. EST, Nov. 9"); so
    are "the early hours" and the day after "of" (the day's words are its extent, see
    `parts`), and a weekday and the date just after it ("Friday Oct. 13")."""
    joined: list[Span] = []
    for span in spans:
        after_of = joined and joined[-1].end + 1 == span.start and span.doc[span.start - 1].lower_ == "of"
        if after_of and _names_small_hours(joined[-1]):
            joined[-1] = Span(span.doc, joined[-1].start, span.end, label=span.label)
            continue
        if after_of and _names_a_part_of_the_day(joined[-1]) and _names_a_date(span):
            joined[-1] = span  # "the evening" of "April 11": TimeBank marks the day alone
            continue
        if joined and (_weekday_before_its_date(joined[-1], span) or _year_from_now_after_its_day(joined[-1], span)):
            joined[-1] = Span(span.doc, joined[-1].start, span.end, label=span.label)
            continue
        if joined and joined[-1].end + 1 == span.start and span.doc[span.start - 1].lower_ == "on" and joined[-1].text.lower() == "overnight" and not _a_set(span):
            joined[-1] = span  # "(fell) overnight" + "on Nov. 3": the day alone, as "the evening" of "April 11" is
            continue
        if joined and joined[-1].label_ == "TIME" and span.label_ != "TIME":
            gap = span.doc[joined[-1].end : span.start]
            if all(t.lower_ in (",", "on") for t in gap) and len(gap) <= 2 and not (_a_set(joined[-1]) or _a_set(span)):
                joined[-1] = Span(span.doc, joined[-1].start, span.end, label="TIME")
                continue
        joined.append(span)
    return joined


_YEARS_FROM_NOW = frozenset({"last year", "this year", "next year"})


def _year_from_now_after_its_day(day: Span, year: Span) -> bool:
    """A holiday, month or season and "last year" (this, next) right after it, found apart:
    one expression ("Easter last year", as "summer last year" is)."""
    if year.start != day.end or year.text.lower() not in _YEARS_FROM_NOW:
        return False
    last = day[-1].lower_.rstrip(".")
    return is_holiday(day.text) or (len(day) == 1 and (last in MONTHS or last in SEASONS))


def _weekday_before_its_date(weekday: Span, date: Span) -> bool:
    """"Friday" + "Oct. 13", found apart, with nothing or a comma between: one expression."""
    doc = date.doc
    gap = doc[weekday.end : date.start]
    return (
        weekday.doc[weekday.end - 1].lower_ in WEEKDAYS
        and doc[date.start].lower_.rstrip(".") in MONTHS
        and len(gap) <= 1
        and all(t.text == "," for t in gap)
    )


def parts(span: Span, text: str, published: date | datetime | None) -> list[tuple[int, int, str]]:
    """(start, end, text to resolve) of each expression in a candidate (`_parts`); a candidate
    that reads as nothing whole and that no rule of `_parts` splits yields the expressions it
    holds side by side (`_readable_pieces`): "48 hours" + "next week", "up to five hours" + "on"
    + "Thursday", "June 21" + ", " + "a month"."""
    found = _parts(span, text, published)
    whole_unread = len(found) == 1 and found[0][:2] == (span.start_char, span.end_char) and len(span) >= 2
    if whole_unread and resolve_safely(found[0][2], Context(published)) is None:
        return _readable_pieces(span, published) or found
    return found


#: The longest candidate `_readable_pieces` looks into (a model's entity that ran over a clause).
_MAX_PIECES_TOKENS = 10
#: The parts of speech of the words that may stand between two expressions of one candidate.
_BETWEEN_PIECES = frozenset({"ADP", "CCONJ", "PUNCT"})
#: Words after a candidate that make its last length a shift of the time before it.
_SHIFTING_WORDS = frozenset({"before", "after", "earlier", "later", "ago", "since"})


def _readable_pieces(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """The expressions a candidate that reads as nothing holds, left to right: at each word the
    longest stretch that reads as a time on its own, else the next word. A piece of numbers only
    must be a year, and none ends in a preposition; every word outside the pieces must join them
    (a preposition, conjunction or punctuation). None unless two pieces or more read."""
    doc = span.doc
    if len(span) > _MAX_PIECES_TOKENS or (span.end < len(doc) and doc[span.end].lower_ in _SHIFTING_WORDS and not _says_how_early_or_late(doc, span.end)):
        return None  # "6 a.m. ten days" + "before (the shooting)": one time, counted from an event
    found: list[tuple[int, int, str]] = []
    last_length_ends = -1  # the token after the last piece, where that piece is a length
    i = span.start
    while i < span.end:
        for j in range(span.end, i, -1):
            if (i, j) == (span.start, span.end):
                continue
            piece = trim(Span(doc, i, j, label=span.label))
            if piece is None or not _may_be_a_piece(piece):
                continue
            reading = resolve_safely(piece.text, Context(published))
            if reading is not None and _names_a_time(reading):
                if reading.type == "DURATION" and last_length_ends == piece.start:
                    return None  # "21 minutes 2 hours": two lengths side by side are no list
                last_length_ends = piece.end if reading.type == "DURATION" else -1
                found.append((piece.start_char, piece.end_char, piece.text))
                i = piece.end
                break
        else:
            if doc[i].pos_ not in _BETWEEN_PIECES:
                return None  # a word of no piece ("old" of "six years old", "consecutive"): no list of times
            i += 1
    return found if len(found) >= 2 else None


def _may_be_a_piece(piece: Span) -> bool:
    """A stretch `_readable_pieces` may take: one with a noun or a year in it ("the second" of
    "the second day" is no date), not a unit word alone ("April" + "month"), and not ending in
    a preposition ("five years since" 1990)."""
    if piece[-1].pos_ in ("ADP", "SCONJ") or (len(piece) == 1 and piece[0].lower_.rstrip("s") in LENGTH_UNITS):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and not t.like_num for t in piece) or _is_a_year(piece[0])


#: Words that say by how much something came before or after its time ("three weeks late").
_EARLY_OR_LATE = frozenset({"early", "late"})
_EARLIER_OR_LATER = frozenset({"earlier", "later", "sooner"})


def _says_how_early_or_late(doc: Doc, i: int) -> bool:
    """"early" or "late" after a length ("finished two weeks early"), or "earlier" or "later"
    before "than" ("ten days earlier than usual"): a comparison with the time expected, so the
    length is the expression and the word no part of it."""
    word = doc[i].lower_
    if i < 1 or doc[i - 1].lower_.rstrip("s") not in LENGTH_UNITS:
        return False
    return word in _EARLY_OR_LATE or (word in _EARLIER_OR_LATER and i + 1 < len(doc) and doc[i + 1].lower_ == "than")


def _parts(span: Span, text: str, published: date | datetime | None) -> list[tuple[int, int, str]]:
    """(start, end, text to resolve) of each expression in a candidate: the span, or its sides
    around a joiner ("Monday and Tuesday", "1990 to 1995", "the 1990-91 war", "the quarter
    ended Sept. 30", "April 24 and 25" -> "April 24", "25") when both name calendar dates or
    lengths, or the whole is no time expression; each year of a list ("2004, 2005 and 2008"). The end of a range that leaves something
    out is resolved with it filled in from the other end ("91" -> "1991", "1" (and 3 June)
    -> "1 June"); its offsets stay those of the words written."""
    whole = [(span.start_char, span.end_char, text[span.start_char : span.end_char])]
    doc = span.doc
    of = _small_hours_of(span)
    if of is not None:
        # "the early hours of Tuesday": the morning of that day from its start; the day's words
        # are the extent, as TimeML leaves "the night of" out of "the night of Oct. 12"
        return [(doc[of + 1].idx, span.end_char, whole[0][2])]
    slashed = _years_with_a_slash(span) if _ONE_WORD_YEAR_JOINERS.search(whole[0][2]) else None
    if slashed is not None:
        return slashed
    dashed_days = _days_with_a_dash(span) if _ONE_WORD_YEAR_JOINERS.search(whole[0][2]) else None
    if dashed_days is not None:
        return dashed_days
    for joiner in span[1:-1]:
        if joiner.lower_ == "of":
            length_of = _length_of_a_time(span, joiner, text, published)
            if length_of is not None:
                return length_of
            continue
        between_digits = joiner.text in ("-", "–") and doc[joiner.i - 1].is_digit and doc[joiner.i + 1].is_digit
        if joiner.text == "," and _is_a_year(doc[joiner.i - 1]) and _is_a_year(doc[joiner.i + 1]):
            return _years_listed(span, text, published)
        if joiner.lower_ not in JOINERS or (joiner.is_punct and not doc[joiner.i - 1].whitespace_ and not between_digits):
            continue  # "year-earlier" is one word
        left = trim(Span(doc, span.start, joiner.i, label=span.label))
        right_side = Span(doc, joiner.i + 1, span.end, label=span.label)
        right = right_side if between_digits else trim(right_side)
        if between_digits and len(right_side) > 1 and _is_a_year(doc[joiner.i - 1]) and not _reads(right_side.text, published):
            right = Span(doc, joiner.i + 1, joiner.i + 2, label=span.label)  # "2019-20" + "season": the year's digits
        if left is None or right is None or joiner.lower_ in CLOSING_PARTICIPLES:
            # "the quarter ended Sept. 30", "1648 ended three decades (of war)": a stretch and the
            # time it closed on, or what it closed; neither side is the other's end, to be filled in from it
            sides = [(p.start_char, p.end_char, p.text) for p in (left, right) if p is not None]
        else:
            left_text = complete_left(left.text, right.text) or left.text
            right_text = complete_right(left.text, right.text) or right.text
            sides = [(left.start_char, left.end_char, left_text), (right.start_char, right.end_char, right_text)]
        readings = [resolve_safely(t, Context(published)) for _, _, t in sides]
        if len(sides) == 2 and left is not None and sides[0][2] != left.text:
            earlier = in_the_year_before(left.text, readings[0], readings[1], Context(published))
            if earlier is not None:
                sides[0], readings[0] = (sides[0][0], sides[0][1], earlier[0]), earlier[1]
        if readings[0] is not None and readings[0].type == "DURATION" and _shifts_to_a_point(whole[0][2], published):
            return whole  # "eight years from now": a length counted from a time is one point
        if joiner.lower_ == "and" and all(r is not None and r.type == "DURATION" for r in readings) and _one_length(whole[0][2], published):
            return whole  # "an hour and 20 minutes": one length in falling units
        if len(sides) == 2 and all(r is not None and _names_a_time(r) for r in readings):
            return sides
        if resolve_safely(whole[0][2], Context(published)) is not None:
            return whole
        return [side for side, reading in zip(sides, readings, strict=False) if reading is not None] or whole
    if len(span) >= 3 and span[-1].lower_ in ("later", "earlier") and any(t.lower_ in CLOCK_UNITS for t in span[:-1]):
        # "some 20 minutes later": TimeBank marks the length ("a minute and a half (later)"), not a clock time
        return _length_before_later(span, published) or whole
    if len(span) >= 2 and resolve_safely(whole[0][2], Context(published)) is None:
        return (
            _length_and_point(span, published)
            or _two_points(span, published)
            or _date_of_a_year(span, published)
            or _point_and_length_across_after(span, published)
            or _time_at_the_end(span, published)
            or _length_before_later(span, published)
            or _later_in_a_period(span, published)
            or _clock_and_day_apart(span, published)
            or _points_across_a_preposition(span, published)
            or _the_year_of_a_noun(span)
            or _time_and_how_often(span, published)
            or _sides_of_a_comma(span, published)
            or whole
        )
    return whole


#: What joins two years the tokenizer keeps in one word: a slash ("2022/23"), an en or an em
#: dash ("2015-16" written with a long dash; a hyphen it splits off).
_ONE_WORD_YEAR_JOINERS = re.compile("[/\u2013\u2014]")
_SLASHED_YEARS = re.compile(r"((?:1[89]|20)\d\d)[/\u2013\u2014](\d\d|(?:1[89]|20)\d\d)")


def _years_with_a_slash(span: Span) -> list[tuple[int, int, str]] | None:
    """"2022/23", "2022/2023", "2015-16" with a long dash (a season, a year of account): one word, two
    years as TimeML writes "2022-23", the second completed from the first ("23" -> "2023"); a
    second year of four digits after a slash only the next one, after a dash any later one
    ("the 2016–2019 drought")."""
    for token in span:
        m = _SLASHED_YEARS.fullmatch(token.text)
        if m is None:
            continue
        first, written = m.group(1), m.group(2)
        dashed = token.text[4] != "/"  # "2016–2019": a range of years; "2022/2023": one season of two
        later = int(written) == int(first) + 1 or (dashed and int(first) < int(written) <= int(first) + 100)
        second = written if len(written) == 4 and later else complete_right(first, written) if len(written) == 2 else None
        if second is None:
            return None
        start = token.idx
        return [(start, start + 4, first), (start + 5, start + 5 + len(written), second)]
    return None


#: Two days of a month the tokenizer keeps in one word, joined by an en or an em dash ("6–10").
_DASHED_DAYS = re.compile(r"(\d{1,2})[\u2013\u2014](\d{1,2})")


def _is_a_month(token: Token) -> bool:
    return token.lower_.rstrip(".") in MONTHS


def _day_range_beside_a_month(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """(end, start) of a candidate that takes in the one-word day range just after its month
    ("July" + "6–10") or just before it ("2–4" + "May")."""
    if end < len(doc) and _is_a_month(doc[end - 1]) and _DASHED_DAYS.fullmatch(doc[end].text):
        end += 1
    if start >= 1 and _is_a_month(doc[start]) and _DASHED_DAYS.fullmatch(doc[start - 1].text):
        start -= 1
    return end, start


def _days_with_a_dash(span: Span) -> list[tuple[int, int, str]] | None:
    """"July 6–10", "2–4 May": two days of one month in one word, each end its own expression,
    resolved with the month (and whatever follows the range, "2–4 May 2019") filled in."""
    text = span.text
    for token in span:
        m = _DASHED_DAYS.fullmatch(token.text)
        if m is None:
            continue
        first, second = m.group(1), m.group(2)
        if int(first) >= int(second) or int(second) > 31:
            return None
        offset = token.idx - span.start_char
        after = text[offset + len(token) :]
        second_start = token.idx + len(first) + 1
        if token.i > span.start and _is_a_month(span.doc[token.i - 1]):
            month = span.doc[token.i - 1].text
            return [(span.start_char, token.idx + len(first), text[:offset] + first + after), (second_start, span.end_char, f"{month} {second}{after}")]
        if token.i + 1 < span.end and _is_a_month(span.doc[token.i + 1]):
            return [(span.start_char, token.idx + len(first), text[:offset] + first + after), (second_start, span.end_char, second + after)]
        return None
    return None


def _one_length(text: str, published: date | datetime | None) -> bool:
    reading = resolve_safely(text, Context(published))
    return reading is not None and reading.type == "DURATION"


def _reads(text: str, published: date | datetime | None) -> bool:
    return resolve_safely(text, Context(published)) is not None


def _the_year_of_a_noun(span: Span) -> list[tuple[int, int, str]] | None:
    """"the 2012 season", "the 2020 Games": a year before the noun it dates, when the whole
    reads as nothing, is the expression by itself."""
    years = [t for t in span if _is_a_year(t)]
    if len(years) != 1 or years[0].i == span.end - 1:
        return None
    year = years[0]
    return [(year.idx, year.idx + len(year), year.text)]


def _is_a_year(token: Token) -> bool:
    return token.is_digit and len(token) == 4


def _years_listed(span: Span, text: str, published: date | datetime | None) -> list[tuple[int, int, str]]:
    """"2004, 2005 and 2008": each year of a list is an expression of its own, and so is what
    follows the last comma ("2005, last year")."""
    doc = span.doc
    found: list[tuple[int, int, str]] = []
    start = span.start
    for token in span[1:-1]:
        if token.text == "," and _is_a_year(doc[token.i - 1]) and _is_a_year(doc[token.i + 1]):
            end_char = doc[token.i - 1].idx + 4
            found.append((doc[start].idx, end_char, text[doc[start].idx : end_char]))
            start = token.i + 1
    rest = trim(Span(doc, start, span.end, label=span.label))
    return found + (parts(rest, text, published) if rest is not None else [])


#: The longest candidate searched for a length and the time it fell in.
_MAX_SPLIT_TOKENS = 8


def _length_and_point(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"more than four hours Friday": a length and the time it fell in, side by side without
    a joiner, are two expressions when the whole is none."""
    if len(span) > _MAX_SPLIT_TOKENS or not any(t.lower_.rstrip("s") in LENGTH_UNITS for t in span[:-1]):
        return None  # no unit word before the last: no length to split off
    doc = span.doc
    for cut in range(span.start + 1, span.end):
        left = trim(Span(doc, span.start, cut, label=span.label))
        right = trim(Span(doc, cut, span.end, label=span.label))
        if left is None or right is None:
            continue
        length, time = resolve_safely(left.text, Context(published)), resolve_safely(right.text, Context(published))
        if length is not None and length.type == "DURATION" and time is not None and _names_a_day(time):
            return [(left.start_char, left.end_char, left.text), (right.start_char, right.end_char, right.text)]
    return None


def _sides_of_a_comma(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"(a debate on) April 20, four days (before the vote)": a model's entity run over a comma
    from one time into a second said of it, each side a time of its own when the whole is none."""
    doc = span.doc
    comma = next((t.i for t in span[1:-1] if t.text == ","), None)
    if comma is None:
        return None
    sides = [trim(Span(doc, span.start, comma, label=span.label)), trim(Span(doc, comma + 1, span.end, label=span.label))]
    if any(side is None for side in sides):
        return None
    readings = [resolve_safely(side.text, Context(published)) for side in sides if side is not None]
    if all(r is not None and _names_a_time(r) for r in readings):
        return [(side.start_char, side.end_char, side.text) for side in sides if side is not None]
    return None


def _two_points(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"since 1990 last month": a year and a time said from the publication, side by side
    without a joiner, are two expressions when the whole is none."""
    if len(span) > _MAX_SPLIT_TOKENS:
        return None
    doc = span.doc
    for cut in range(span.start + 1, span.end):
        if not doc[cut - 1].is_digit or len(doc[cut - 1]) != 4:
            continue  # the left side ends in a year
        left = trim(Span(doc, span.start, cut, label=span.label))
        right = trim(Span(doc, cut, span.end, label=span.label))
        if left is None or right is None:
            continue
        year, time = resolve_safely(left.text, Context(published)), resolve_safely(right.text, Context(published))
        if year is not None and year.point is not None and time is not None and time.anchor == "published" and time.point is not None:
            return [(left.start_char, left.end_char, left.text), (right.start_char, right.end_char, right.text)]
    return None


def _time_and_how_often(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"(closes at) 6 p.m. daily": a time and the one word of a set after it ("daily",
    "weekly"), which the model tagged as one entity that reads as nothing whole, are two
    expressions, a TIME (or DATE) and a SET."""
    doc = span.doc
    last = doc[span.end - 1]
    how_often = resolve_safely(last.text, Context(published))
    if how_often is None or how_often.type != "SET":
        return None
    time = trim(Span(doc, span.start, span.end - 1, label=span.label))
    if time is None or resolve_safely(time.text, Context(published)) is None:
        return None
    return [(time.start_char, time.end_char, time.text), (last.idx, last.idx + len(last.text), last.text)]


def _time_at_the_end(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"(a coup) d'etat last year", "an interview several months (before)", "a
    fourth-quarter (charge)": a model's entity that took in a noun, or the article of the noun
    the time modifies, before the time reads as nothing; the longest end of it that reads as a
    time is the expression. "(during) the day Friday" is the day named, as "the night of" is."""
    if len(span) > _MAX_SPLIT_TOKENS:
        return None
    doc = span.doc
    if len(span) >= 3 and doc[span.start].lower_ == "the" and doc[span.start + 1].lower_ == "day" and doc[span.start + 2].lower_ in WEEKDAYS:
        day = trim(Span(doc, span.start + 2, span.end, label=span.label))
        reading = resolve_safely(day.text, Context(published)) if day is not None else None
        if day is not None and reading is not None and _names_a_day(reading):
            return [(day.start_char, day.end_char, day.text)]  # "(during) the day" + "Friday": the day named
    for cut in range(span.start + 1, span.end):
        article = cut - 1 == span.start and doc[cut - 1].lower_ in ("a", "an", "the")
        if not (article or _names_no_time_at_all(doc[cut - 1])):
            return None  # the words left out must be other nouns (and their article), not a part of the time
        if article and not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")):
            continue  # "a fiscal year" alone names a kind of year; "a fourth-quarter (charge)" is the charge's article
        right = trim(Span(doc, cut, span.end, label=span.label))
        if right is None or (len(right) < 2 and (article or right[0].lower_ not in WEEKDAYS)):
            continue  # a weekday alone after a name ("(on) Twitter Thursday") is one
        reading = resolve_safely(right.text, Context(published))
        if reading is not None and reading.value is not None:
            return [(right.start_char, right.end_char, right.text)]
    return None


def _date_of_a_year(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"March 23 of this year", "June of last year", "January 20 next year": a date without
    its year and the year it lies in are one expression, read with the year written out; not when the
    year is one the text named before ("early June of that year")."""
    doc = span.doc
    if doc[span.end - 1].lower_ != "year" or len(span) < 3 or len(span) > _MAX_SPLIT_TOKENS:
        return None
    of = next((t.i for t in span[1:-1] if t.lower_ == "of"), None)
    if of is None and doc[span.end - 2].lower_ in ("this", "next", "last"):
        of = span.end - 2  # "January 20 next year": no "of" between
        year_start = of
    elif of is not None:
        year_start = of + 1
    else:
        return None
    left = trim(Span(doc, span.start, of, label=span.label))
    if left is None or any(_is_a_year(t) for t in left):
        return None
    day = resolve_safely(left.text, Context(published))
    if day is None or day.point is None or not day.point.finer_than("year"):
        return None
    year = resolve_safely(doc[year_start : span.end].text, Context(published))
    if year is None or year.point is None or year.point.grain != "year":
        return None  # "October of that year": a year of the text, not the publication's
    return [(span.start_char, span.end_char, f"{left.text} {year.point.day.year}")]


def _length_before_later(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"Minutes later", "months later": a vague length counted from an event the text tells of
    has no date to read; the length is the expression, as TimeML writes "three days (later)"."""
    doc = span.doc
    if len(span) < 2 or doc[span.end - 1].lower_ not in ("later", "earlier", "afterwards"):
        return None
    length = trim(Span(doc, span.start, span.end - 1, label=span.label))
    reading = resolve_safely(length.text, Context(published)) if length is not None else None
    if length is None or reading is None or reading.type != "DURATION":
        return None
    return [(length.start_char, length.end_char, length.text)]


def _later_in_a_period(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"later in the summer": when the whole reads as nothing, the period it lies in ("the
    summer") is the expression; "early in 2009" and "late in March" are one, read as "early
    2009" and "late March" (mod START, END); "this last fall" is read as "last fall"."""
    doc = span.doc
    first = doc[span.start].lower_
    if len(span) >= 3 and first == "this" and doc[span.start + 1].lower_ == "last":
        reading = resolve_safely(doc[span.start + 1 : span.end].text, Context(published))
        return [(span.start_char, span.end_char, doc[span.start + 1 : span.end].text)] if reading is not None and reading.point is not None else None
    if len(span) < 3 or first not in ("later", "earlier", "early", "late") or doc[span.start + 1].lower_ != "in":
        return None
    if first in ("early", "late"):
        text = f"{first} {doc[span.start + 2 : span.end].text}"
        reading = resolve_safely(text, Context(published))
        return [(span.start_char, span.end_char, text)] if reading is not None and reading.point is not None else None
    period = trim(Span(doc, span.start + 2, span.end, label=span.label))
    reading = resolve_safely(period.text, Context(published)) if period is not None else None
    if period is None or reading is None or reading.point is None:
        return None
    return [(period.start_char, period.end_char, period.text)]


def _clock_and_day_apart(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """A time of day and the day after it, joined by `join_clock_and_day`, that read as nothing
    together ("a great night on Saturday"): each side that reads as a time on its own."""
    doc = span.doc
    gap = next((t.i for t in span[1:-1] if t.lower_ in (",", "on")), None)
    if gap is None or span.label_ != "TIME":
        return None
    found = []
    for side in (trim(Span(doc, span.start, gap, label=span.label)), trim(Span(doc, gap + 1, span.end, label=span.label))):
        reading = resolve_safely(side.text, Context(published)) if side is not None else None
        if side is not None and reading is not None and reading.point is not None:
            found.append((side.start_char, side.end_char, side.text))
    return found or None


#: Prepositions a model's entity may run across from one phrase into the next ("the fifth
#: straight month" + "in" + "June", "the quarter" + "on" + "Nov. 5").
_PREPOSITIONS_BETWEEN_PHRASES = frozenset({"in", "on", "at", "during"})


def _points_across_a_preposition(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"(rose for) the fifth consecutive month in June", "(results for) the quarter on Nov. 5":
    a model's entity that ran from a noun phrase over a preposition into a second phrase and
    reads as nothing whole: the time after the preposition is an expression, and so is the
    phrase before it where it reads as one."""
    if len(span) > _MAX_SPLIT_TOKENS:
        return None
    doc = span.doc
    for joiner in span[1:-1]:
        if joiner.lower_ not in _PREPOSITIONS_BETWEEN_PHRASES or not any(t.pos_ == "NOUN" for t in span[: joiner.i - span.start]):
            continue  # the phrase before must be a noun's ("the fifth month"), not an adverb's
        right = trim(Span(doc, joiner.i + 1, span.end, label=span.label))
        reading = resolve_safely(right.text, Context(published)) if right is not None else None
        if right is None or reading is None or reading.point is None:
            continue
        found = [(right.start_char, right.end_char, right.text)]
        left = trim(Span(doc, span.start, joiner.i, label=span.label))
        if left is not None and _reads(left.text, published):
            found.insert(0, (left.start_char, left.end_char, left.text))
        return found
    return None


#: Prepositions that set an event after or before a length ("(resigned on) Monday after weeks
#: (of protests)"), across which a model's entity may run from the day into the length.
_SEQUENCE_PREPOSITIONS = frozenset({"after", "before"})


def _point_and_length_across_after(span: Span, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"(resigned on) Monday after weeks (of protests)", "(will reopen in) the summer after 18
    months (of repairs)": a model's entity that ran from a day or a season over "after" or
    "before" into the length the event followed, reading as nothing whole, is two expressions,
    the point and the length, as each is on its own."""
    if len(span) > _MAX_SPLIT_TOKENS:
        return None
    doc = span.doc
    for joiner in span[1:-1]:
        if joiner.lower_ not in _SEQUENCE_PREPOSITIONS:
            continue
        left = trim(Span(doc, span.start, joiner.i, label=span.label))
        right = trim(Span(doc, joiner.i + 1, span.end, label=span.label))
        if left is None or right is None:
            return None
        point, length = resolve_safely(left.text, Context(published)), resolve_safely(right.text, Context(published))
        if point is None or not (_names_a_day(point) or _names_a_season(point)) or length is None or length.type != "DURATION":
            return None
        return [(left.start_char, left.end_char, left.text), (right.start_char, right.end_char, right.text)]
    return None

def _names_no_time_at_all(token: Token) -> bool:
    """A noun of the sentence that no time expression holds ("d'etat"), not a number, unit or modifier."""
    lower = token.lower_
    return token.pos_ in ("NOUN", "PROPN", "X") and not token.like_num and lower not in LEFT_MODIFIERS and lower.rstrip("s") not in UNITS and lower not in UNIT_PLURALS


def _length_of_a_time(span: Span, joiner: Token, text: str, published: date | datetime | None) -> list[tuple[int, int, str]] | None:
    """"the first nine months of 2019": a length and the time it lies in, two expressions, when
    the whole is no expression ("the third quarter of 1984" is one); a day after words that
    are no expression alone ("the night of" Oct. 12) is the expression by itself."""
    if resolve_safely(text[span.start_char : span.end_char], Context(published)) is not None:
        return None
    left = trim(Span(span.doc, span.start, joiner.i, label=span.label))
    right = trim(Span(span.doc, joiner.i + 1, span.end, label=span.label))
    if left is None or right is None:
        return None
    length, time = resolve_safely(left.text, Context(published)), resolve_safely(right.text, Context(published))
    if time is None or time.point is None:
        return None
    if length is None and time.point.grain in ("day", "time"):
        return [(right.start_char, right.end_char, right.text)]  # "the night of" + "Friday, Oct. 12": the day is the expression
    if length is None or length.type != "DURATION":
        return None
    return [(left.start_char, left.end_char, left.text), (right.start_char, right.end_char, right.text)]


def in_the_year_before(
    written: str, start: Resolution | None, end: Resolution | None, context: Context
) -> tuple[str, Resolution] | None:
    """The start of a range that, given the year of its end, would fall after the end ("December"
    to "March 2020", "between Christmas and Easter last year"), read in the year before: its text
    with that year and its reading (December 2019); None where the start needs no such reading."""
    if start is None or end is None or start.point is None or end.point is None or start.point.day <= end.point.day:
        return None
    if start.point.grain not in ("day", "month"):
        return None
    text = f"{written} {end.point.day.year - 1}"
    earlier = resolve_safely(text, context)
    if earlier is None or earlier.point is None or earlier.point.day > end.point.day:
        return None
    return text, earlier


def _shifts_to_a_point(text: str, published: date | datetime | None) -> bool:
    reading = resolve_safely(text, Context(published))
    return reading is not None and reading.type in ("DATE", "TIME") and reading.value is not None


def _names_a_season(reading: Resolution) -> bool:
    """A season placed in its year ("the summer", "next spring")."""
    return reading.type == "DATE" and reading.point is not None and reading.point.grain == "season"


def _names_a_day(reading: Resolution) -> bool:
    """A day or a time of day ("Friday", "Tuesday night"), placed or not."""
    if reading.type not in ("DATE", "TIME") or reading.value is None:
        return False
    if reading.point is None:
        return reading.value.startswith("XXXX-")
    return reading.point.grain in ("day", "time", "partofday")


def _names_a_time(reading: Resolution) -> bool:
    return reading.point is not None or (reading.value or "").startswith(("XXXX", "P"))


class PatternTriggers:
    """Where in a Doc a set of Matcher patterns can match, so the Matcher runs only there.

    Every pattern names at least one word of its own (a month, a unit, "recently") or a
    regular expression (a year, a decade, a numeric date); a match must contain such a
    token. Only one token of each pattern marks it, the one likely rarest in text
    (`_marking_token`: "half" in "a year and a half", not "year"), so common words open
    fewer windows. `windows` gives the stretches around each such token that a match through it can
    cover (as far to the left and right as the word stands in any pattern, a repeated token
    counted three times), merged: matching them finds exactly what matching the whole Doc
    finds, in a fraction of the time on news, where most tokens are far from any time word.
    `stretches` also names the kinds of pattern whose words a stretch holds: a match of a
    kind contains a word of that kind, so only those kinds' patterns need to run there.
    """

    def __init__(self, patterns: dict[str, list[list[dict[str, Any]]]]) -> None:
        reach: dict[str, tuple[int, int]] = {}  # word -> (tokens a match may have before it, after it)
        kinds: dict[str, set[str]] = {}  # word -> the kinds of pattern that name it
        expressions: list[str] = []
        expression_reach = (0, 0)
        expression_kinds: set[str] = set()
        self.reach = 1
        for kind, token_patterns in patterns.items():
            for pattern in token_patterns:
                widths = [3 if t.get("OP") in ("*", "+") else 1 for t in pattern]
                self.reach = max(self.reach, sum(widths))
                marking = _marking_token(pattern)
                if marking is None:
                    continue
                position, named, expression = marking
                around = (sum(widths[:position]), sum(widths[position + 1 :]))
                for word in named:
                    before, after = reach.get(word, (0, 0))
                    reach[word] = (max(before, around[0]), max(after, around[1]))
                    kinds.setdefault(word, set()).add(kind)
                if expression is not None:
                    expressions.append(expression)
                    expression_kinds.add(kind)
                    expression_reach = (max(expression_reach[0], around[0]), max(expression_reach[1], around[1]))
        self.words = frozenset(set(reach) - MATCHER_NON_TRIGGERS)
        self._reach = {word: reach[word] for word in self.words}
        self._kinds = {word: frozenset(kinds[word]) for word in self.words}
        self._expression_reach = expression_reach
        self._expression_kinds = frozenset(expression_kinds)
        self.expression = re.compile("|".join(f"(?:{e})" for e in expressions)) if expressions else None
        # word (ORTH id) -> its reach and kinds, None if no trigger
        self._known: dict[int, tuple[tuple[int, int], frozenset[str]] | None] = {}

    def is_trigger(self, word: str) -> bool:
        return word.lower() in self.words or (self.expression is not None and self.expression.search(word) is not None)

    def reach_of(self, word: str) -> tuple[int, int] | None:
        """How many tokens a match through `word` may have before and after it; None when
        no match needs the word."""
        found = self._reach_and_kinds(word)
        return found[0] if found else None

    def _reach_and_kinds(self, word: str) -> tuple[tuple[int, int], frozenset[str]] | None:
        lower = word.lower()
        found = self._reach.get(lower)
        kinds = self._kinds.get(lower, frozenset())
        if self.expression is not None and self.expression.search(word) is not None:
            before, after = self._expression_reach
            found = (max(before, found[0]), max(after, found[1])) if found else (before, after)
            kinds = kinds | self._expression_kinds
        return (found, kinds) if found else None

    def windows(self, doc: Doc) -> list[Span]:
        return [window for window, _ in self.stretches(doc)]

    def stretches(self, doc: Doc) -> list[tuple[Span, frozenset[str]]]:
        """The windows, each with the kinds of pattern that can match in it."""
        merged: list[tuple[int, int, frozenset[str]]] = []
        # a word may reach further left than the one before it: the windows sorted by start
        around = [(max(0, i - before), min(len(doc), i + after + 1), kinds) for i, ((before, after), kinds) in self._triggers(doc)]
        for start, end, kinds in sorted(around, key=lambda w: w[0]):
            if merged and start <= merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), last[2] | kinds)
            else:
                merged.append((start, end, kinds))
        return [(doc[start:end], kinds) for start, end, kinds in merged]

    def _triggers(self, doc: Doc) -> list[tuple[int, tuple[tuple[int, int], frozenset[str]]]]:
        """(index, (reach, kinds)) of the trigger tokens, in order: each distinct word is looked up
        once (and remembered across Docs); a token costs a dict lookup (cheaper than grouping
        the Doc's words with numpy first, on news-length texts)."""
        if len(doc) == 0:
            return []
        strings = doc.vocab.strings
        known = self._known
        if len(known) > _MAX_KNOWN_WORDS:
            known.clear()
        found = []
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth in known:
                reach = known[orth]
            else:
                reach = known[orth] = self._reach_and_kinds(strings[orth])
            if reach is not None:
                found.append((i, reach))
        return found


def _marking_token(pattern: list[dict[str, Any]]) -> tuple[int, list[str], str | None] | None:
    """The token of `pattern` that marks where it can match, as (position, its words in lower
    case, its regular expression): of the tokens every match holds (none optional) that name
    their words or a regular expression, the one likely rarest in text: no stop word nor one of
    `MATCHER_NON_TRIGGERS` among its words, then the fewest words ("half" before the units in
    "a year and a half"), a regular expression counted as many words. Only that token's words
    need to open a window: a match of the pattern holds one of them."""
    best: tuple[tuple[int, int], int, list[str], str | None] | None = None
    for position, token in enumerate(pattern):
        if token.get("OP") in ("?", "*", "!"):
            continue
        for key, wanted in token.items():
            if key not in ("LOWER", "TEXT", "ORTH", "NORM"):
                continue
            if isinstance(wanted, dict) and "REGEX" in wanted:
                rank, named, expression = (0, _EXPRESSION_WORDS), [], wanted["REGEX"]
            else:
                named = [w.lower() for w in ([wanted] if isinstance(wanted, str) else wanted.get("IN", []) if isinstance(wanted, dict) else [])]
                if not named or any(w in MATCHER_NON_TRIGGERS for w in named):
                    continue
                rank, expression = (int(any(w in STOP_WORDS for w in named)), len(named)), None
            if best is None or rank < best[0]:
                best = (rank, position, named, expression)
    return best[1:] if best else None


#: How many words a regular expression counts as when `_marking_token` chooses a token.
_EXPRESSION_WORDS = 30

#: How many distinct words `PatternTriggers` remembers before starting afresh.
_MAX_KNOWN_WORDS = 200_000


def time_entities(doc: Doc) -> list[Span]:
    """The Doc's DATE and TIME entities, as ``[e for e in doc.ents if e.label_ in ("DATE",
    "TIME")]`` gives them, read from the token arrays without building a Span for every other
    entity."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    iob, kind = doc.to_array([ENT_IOB, ENT_TYPE]).T
    starts = numpy.flatnonzero((iob == 3) & ((kind == strings["DATE"]) | (kind == strings["TIME"])))
    outside = numpy.append(numpy.flatnonzero(iob != 1), len(doc))  # where an entity cannot go on
    ends = outside[numpy.searchsorted(outside, starts, side="right")]
    return [Span(doc, s, e, label=k) for s, e, k in zip(starts.tolist(), ends.tolist(), kind[starts].tolist(), strict=True)]


def candidate_extents(spans: list[Span]) -> list[Span]:
    """Candidate spans grown, trimmed to TimeML extents, without overlaps, in text order."""
    from spacy.util import filter_spans

    trimmed = [t for t in (trim(grow(s.doc, s)) for s in spans) if t is not None]
    return join_clock_and_day(sorted(filter_spans(_without_nouns_before_a_time(trimmed)), key=lambda s: s.start))


def _without_nouns_before_a_time(spans: list[Span]) -> list[Span]:
    """The spans less each one that is only other nouns (and their article) before a longer
    time found over its end: a model's "the convention Monday" gives way to the pattern's
    "Monday night", which the longest-first choice would otherwise drop."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    dropped: set[int] = set()
    for i, span in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            other = ordered[j]
            if other.start >= span.end:
                break
            if other.end > span.end and other.start > span.start and all(
                t.lower_ in ("a", "an", "the") or _names_no_time_at_all(t) for t in span.doc[span.start : other.start]
            ):
                dropped.add(i)
                break
    return [span for i, span in enumerate(ordered) if i not in dropped]
