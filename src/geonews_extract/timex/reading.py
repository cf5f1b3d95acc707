"""Reading every time expression of a parsed document, in text order.

Each candidate extent is split into its expressions (`extents.parts`), its tense read from
the parse (`tense.tense_of`) and its value resolved (`rules.resolve`) against the
publication date and the last date the text itself named, so "On August 29 ... two days
later" is anchored on the text. A passage about an earlier date anchors what it tells of
that time, not what a future-tense verb says lies ahead of the publication ("chosen in May
2015, will take office on June 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from spacy.tokens import Span, Token

from ..annotations import text_of
from .anchoring import FUTURE, PAST, PAST_ONLY
from .calendar import Point, add_months
from .extents import in_the_year_before, parts, resolve_safely
from .fiscal import fiscal_year_end, named_by_its_first_year
from .lexicon import MONTHS, PARTS_OF_DAY, PORTIONS_OF_A_PART_OF_THE_DAY, WEEKDAYS
from .ranges import complete_left
from .rules import DEADLINE_LEADS, NARRATIVE_DISTANCE_DAYS, NO_ANCHOR, Context, Resolution
from .syntax import CLOSING_PARTICIPLES, WRITING_VERBS
from .tense import (
    an_adverb_of_a_clause,
    dated_by_joined_verbs,
    dates_an_event,
    dates_the_verb,
    in_the_present_perfect,
    looks_past_today,
    opens_its_sentence,
    reported_clause,
    reports_the_news,
    speaks_from_now,
    speaks_of_a_future_in_the_past,
    speaks_of_the_present_in_general,
    tells_the_story_on,
    tense_of,
    verb_it_dates_the_cause_of,
)

#: Grains a later expression may be anchored on ("two days later"). Dates the text names
#: itself or anchors on the publication date become references, and so do days it counts in
#: days or weeks from them ("ten days later ... the next day"); "a year earlier" twice in a
#: row means the same year.
REFERENCE_GRAINS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})


@dataclass(frozen=True)
class Found:
    """One time expression: its character offsets and its reading."""

    start: int
    end: int
    resolution: Resolution


def read_times(
    extents: list[Span], published: date | datetime | None, text_anchors: bool = True
) -> tuple[list[Found], list[str]]:
    """(the expressions in `extents`, in order; warnings about what had no value)."""
    found: list[Found] = []
    warnings: list[str] = []
    unanchored: list[str] = []
    reference: Point | None = None
    reference_part: str | None = None  # the part of it the text named ("late October": END)
    #: the decade or century the text named last, if no finer time came after it: what "that decade" refers to
    coarse: Point | None = None
    #: the last day the text named, if a coarser time came after it: what "that day" refers to
    last_day: Point | None = None
    #: the day the passage tells about, where it was named, and whether the passage was carried over a paragraph
    narrative: tuple[Point, int, bool] | None = None
    #: the day of a passage whose paragraph ended on it: the next paragraph's first time may go on with it
    pending: Point | None = None
    if not extents:
        return found, warnings
    doc = extents[0].doc
    full_text = text_of(doc)
    publication_day = _day(published)
    fiscal_end, fiscal_bounds = fiscal_year_end(full_text)
    fiscal_first_year = fiscal_end is not None and named_by_its_first_year(full_text, published)
    #: what the sentence read so far read from the publication: (index in `found`, span, text, context)
    sentence: list[tuple[int, Span, str, Context]] = []
    for span in extents:
        if sentence and sentence[-1][1].sent.start != span.sent.start:
            sentence = []
        lead = doc[span.start - 1].lower_ if span.start > 0 else None
        if lead == "of" and span.start > 1 and doc[span.start - 2].lower_ in PORTIONS_OF_A_PART_OF_THE_DAY and _a_part_of_the_day(span):
            lead = "during"  # "shut for most of the morning": in that part of the day
        tense = tense_of(span)
        if narrative is not None and "\n" in full_text[narrative[1] : span.start_char]:
            # a new paragraph (line) leaves the passage, unless the last one ended telling its story
            if not _ends_in_the_story(found) and _ends_on_its_day(found, narrative):
                pending = narrative[0]
            narrative = (narrative[0], span.start_char, True) if _ends_in_the_story(found) else None
        if pending is not None and narrative is None and _sets_the_scene_of_a_story(span, tense, lead, pending):
            narrative = (pending, span.start_char, True)  # "... began in April 2015.\n\nIn September, engineers found"
        pending = None
        for start, end, text in parts(span, full_text, published):
            written = full_text[start:end]
            context = Context(
                published,
                tense,
                (
                    coarse
                    if coarse is not None and _THAT_COARSE.fullmatch(text)
                    else last_day
                    if last_day is not None and _THAT_DAY.fullmatch(text) and reference is not None and not reference.finer_than("week")
                    else reference
                )
                if text_anchors
                else None,
                reference_part if text_anchors else None,
                narrative[0]
                if narrative is not None
                and text_anchors
                and (tense != FUTURE or speaks_of_a_future_in_the_past(span))
                and not reports_the_news(span)
                and not speaks_from_now(span)
                and not _a_weekday_beyond_its_month(text, span, narrative)
                else None,
                lead,
                text.lower() == "today" and speaks_of_the_present_in_general(span, tense),
                _closes_on_a_day(full_text, end),
                _names_a_rate(span),
                tells_the_story_on(span, tense),
                opens_its_sentence(span),
                lead == "in" and in_the_present_perfect(span),
                an_adverb_of_a_clause(span),
                tense == FUTURE and looks_past_today(span),
                bool(found) and found[-1].start >= span.sent.start_char and found[-1].resolution.anchor == "text",
                fiscal_end=fiscal_end,
                fiscal_first_year=fiscal_first_year,
            )
            resolution = resolve_safely(text, context)
            if resolution is None:
                continue
            if start in fiscal_bounds and resolution.point is not None and resolution.point.grain == "month":
                resolution = _a_month_of_every_year(resolution)  # "its books run from July to June"
            opened_at: int | None = None  # where a passage opened at this expression
            if narrative is not None and narrative[2] and _back_to_now(resolution, publication_day):
                narrative = None  # a passage carried over a paragraph ends where the text speaks of now
            if narrative is not None and text_anchors and _the_story_reaches(resolution, narrative[0], publication_day):
                assert resolution.point is not None
                narrative = (resolution.point.at("day") if resolution.point.grain != "day" else resolution.point, end, narrative[2])
            if resolution.anchor == "published" and narrative is not None and text_anchors and _said_in_a_dated_text(span, narrative):
                resolution = _from_the_dated_text(text, context, narrative[0], resolution)
            if _tells_of_another_time(resolution, publication_day) and dates_an_event(span):
                assert resolution.point is not None
                narrative = (resolution.point, end, False)
                opened_at = start
            answered = verb_it_dates_the_cause_of(span) if _tells_of_another_time(resolution, publication_day) else None
            if resolution.problem == NO_ANCHOR:
                unanchored.append(written)
            elif resolution.problem:
                warnings.append(f"time expression {written!r} has no value: {resolution.problem}")
            if found and _the_day_beside(full_text, found[-1], start):
                beside = resolve_safely(full_text[found[-1].start : end], context)
                if beside is not None and beside.value is not None and beside.type == "DATE":
                    start, resolution = found.pop().start, beside  # "the day" + "after" + "Christmas": one day
                    written = full_text[start:end]
            if found and _joined_as_a_range(full_text, found[-1], start):
                _complete_the_start(found, full_text, written, resolution, context)
                _start_on_the_day_of_the_end(found, full_text, written, resolution)
            if found and _ends_a_range(full_text, found[-1], start, resolution):
                _start_in_the_tense_of_its_end(found, full_text, written, context)
                _start_of_a_range_under_way(found, full_text, resolution, tense, publication_day)
                resolution = _not_before_the_start(found[-1].resolution, text, resolution, context)
                resolution = _weekdays_in_order(found, full_text, written, resolution, tense)
            if found and _a_clock_range_past_midnight(full_text, found[-1], start, written, resolution):
                assert resolution.point is not None
                resolution = _at(resolution, Point("time", resolution.point.day + timedelta(days=1), resolution.point.part))
            if found and _small_hours_after_the_night(found, written, resolution):
                assert resolution.point is not None
                resolution = _at(resolution, Point("time", resolution.point.day + timedelta(days=1), resolution.point.part))
            if found and full_text[found[-1].end : start].strip().lower() == "at":
                resolution = _on_the_day_before(found[-1].resolution, resolution)
            if found and _in_apposition(full_text, found[-1], start, written):
                named = found[-1].resolution
                assert named.point is not None
                resolution = replace(_at(resolution, named.point), anchor="text")  # "in 1937, the year her father died": 1937
            if written.lower() == "the day" and not (found and full_text[found[-1].end : start].strip() == ","):
                resolution = _the_day_around_an_event(resolution, full_text, end)
            if resolution.point is not None and resolution.point.grain == "day":
                _place_the_clocks_before(found, full_text, start, resolution)
            if resolution.point is not None and resolution.point.grain in ("day", "month"):
                _place_the_quarter_before(found, full_text, start, resolution.point)
            found.append(Found(start, end, resolution))
            if opened_at is not None and narrative is not None and text_anchors:
                _read_the_sentence_from_its_date(found, sentence, narrative[0], opened_at)
            if answered is not None and text_anchors and resolution.point is not None:
                _months_after_their_cause(found, sentence, answered, resolution.point, start)
            if text_anchors and tense in (PAST, PAST_ONLY) and _a_bare_year(written, resolution) and _years_back(resolution, publication_day) > 1:
                _months_in_the_year_of_their_story(found, sentence, span, written)
            if resolution.anchor == "published":
                sentence.append((len(found) - 1, span, text, context))
            moves_on = resolution.anchor == "text" and (
                _moves_the_story_on(resolution, written) or ((context.story or (lead in DEADLINE_LEADS and tense in (PAST, PAST_ONLY))) and _a_later_day(resolution, reference))
            )  # "By Sunday it had lost contact. A search began the following morning": Monday's
            if resolution.point is not None and resolution.type in ("DATE", "TIME") and (resolution.anchor != "text" or moves_on):
                point = resolution.point
                reference_part = resolution.mod if resolution.mod in ("START", "MID", "END") else None
                coarse = point if point.grain in ("decade", "century") else None
                if point.grain in _GRAINS_OF_A_DAY:
                    last_day = point.at("day")  # "(opened on June 6, 1950) ... reopened in December 1999 ... the crowd that day"
                if point.grain in REFERENCE_GRAINS:
                    reference = point
                elif point.grain in ("time", "partofday"):
                    reference = point.at("day")
                    if _in_the_evening(point):
                        reference_part = "NIGHT"  # "halted that evening. ... cleaned the line overnight": that night
                elif reference is None or not reference.finer_than("year"):
                    reference = point  # "in the 1960s ... a decade later": a text counting in years counts on from it
                # a decade or a century names no day a later "at 9 a.m." could fall on: a finer reference holds
    if unanchored:
        shown = ", ".join(repr(t) for t in unanchored[:5]) + (", ..." if len(unanchored) > 5 else "")
        warnings.append(
            f"no publication date: {len(unanchored)} relative time expression(s) left unanchored "
            f"({shown}); pass published= to resolve them"
        )
    return found, warnings


#: "that decade", "the same century": the stretch of the decade or century named last, even
#: after a finer time a later "a year later" would count from ("In 1968 ... In the 1990s she
#: taught; a student from that decade").
_THAT_COARSE = re.compile(r"(?:that|the same|that same) (?:decade|century)", re.IGNORECASE)
_THAT_DAY = re.compile(r"(?:that|that same) day", re.IGNORECASE)


def _a_part_of_the_day(span: Span) -> bool:
    """"the morning", "the evening": a part of the day and its article, nothing more."""
    return len(span) == 2 and span[0].lower_ == "the" and span[1].lower_ in PARTS_OF_DAY


#: Units a text counts days in ("two weeks later", "the next day"); years and months counted
#: from a named time ("a year earlier") compare with it rather than move the story on.
_DAY_UNITS = re.compile(r"\b(?:days?|weeks?|morning|afternoon|night|evening)\b", re.IGNORECASE)


def _moves_the_story_on(resolution: Resolution, written: str) -> bool:
    """A day the text counts in days or weeks from the day it last named ("two weeks later",
    "the next day"), or any time it counts on to with "later", "the following" or "the next"
    ("Two years later, ... the following year"; "She moved the following year. In March,
    ..."): the story has moved to it, so what follows counts from there. "a year earlier"
    twice in a row still means the same year."""
    if resolution.point is None:
        return False
    return (resolution.point.grain in _GRAINS_OF_A_DAY and _DAY_UNITS.search(written) is not None) or _LATER.search(written) is not None


_GRAINS_OF_A_DAY = frozenset({"day", "partofday", "time"})


def _in_the_evening(point: Point) -> bool:
    """The evening or the night, or a clock time from 6 p.m. on: a night that follows it is its own day's."""
    if point.grain == "partofday":
        return point.part in ("EV", "NI")
    return point.part is not None and point.part[:2].isdigit() and 18 <= int(point.part[:2]) < 24


def _a_later_day(resolution: Resolution, reference: Point | None) -> bool:
    """A day (or a time of one) after the day the text last named: a story told on in the
    simple past has reached it ("... on Aug. 10. The dam gave way on Wednesday shortly after 2
    a.m.": the clock time is on that Wednesday)."""
    point = resolution.point
    return point is not None and point.grain in _GRAINS_OF_A_DAY and (reference is None or point.day > reference.day)


def _the_story_reaches(resolution: Resolution, narrative: Point, publication_day: date | None) -> bool:
    """A day the passage's story has moved on to ("Four days later", "the next afternoon", a
    weekday told on): still another time than the publication's, after the passage's day. A
    weekday the story names next counts from there ("Four days later ..., and on Saturday")."""
    point = resolution.point
    if resolution.anchor != "text" or point is None or point.grain not in _GRAINS_OF_A_DAY or narrative.grain not in _GRAINS_OF_A_DAY:
        return False
    return point.day > narrative.day and (publication_day is None or (publication_day - point.day).days > NARRATIVE_DISTANCE_DAYS)


def _ends_in_the_story(found: list[Found]) -> bool:
    """The last date or time read was one of the passage's story ("Two days later", "on
    Sunday" told on from the passage's day): the paragraph ended telling it, and the next one
    goes on with it ("The porter was arrested that week. In December, ...")."""
    for previous in reversed(found):
        if previous.resolution.type in ("DATE", "TIME") and previous.resolution.point is not None:
            return previous.resolution.anchor == "text"
    return False


def _a_weekday_beyond_its_month(text: str, span: Span, narrative: tuple[Point, int, bool]) -> bool:
    """A bare weekday in a later sentence than the month (or longer stretch) its passage is
    about ("In March 2019 the firm moved to Leeds. On Tuesday it cut half its staff"): a
    passage that names no day names no week, and a writer who means a day in it writes its
    date; the weekday is the news's, in the publication's week."""
    return narrative[0].grain not in _GRAINS_OF_A_DAY and _is_weekday(text) and narrative[1] <= span.sent.start_char


def _ends_on_its_day(found: list[Found], narrative: tuple[Point, int, bool]) -> bool:
    """The last date or time read is the passage's own day, where the passage named it: the
    paragraph ended on the date its passage opened with ("Work on the bridge began in April
    2015.")."""
    for previous in reversed(found):
        if previous.resolution.type in ("DATE", "TIME") and previous.resolution.point is not None:
            return previous.end == narrative[1]
    return False


#: Months a paragraph may open its story with ("In September, ...").
_A_MONTH = re.compile(r"(?:" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?", re.IGNORECASE)


def _sets_the_scene_of_a_story(span: Span, tense: str | None, lead: str | None, day: Point) -> bool:
    """A year-less month at the head of a sentence in the past ("In September, engineers found
    cracks"), or a weekday a story told of a day runs on to ("By Monday, the cargo had reached
    the border"): a paragraph that opens so goes on with the passage the one before ended on
    (`day`). A bare weekday ("On Monday, its chief testified") is as often the news's own day,
    and stays the publication's."""
    if tense not in (PAST, PAST_ONLY) or not opens_its_sentence(span):
        return False
    written = span.text
    runs_on = lead in DEADLINE_LEADS and _is_weekday(written) and day.grain in _GRAINS_OF_A_DAY
    return _A_MONTH.fullmatch(written) is not None or runs_on


def _back_to_now(resolution: Resolution, publication_day: date | None) -> bool:
    """A time read from the publication day, near it ("said on Tuesday", "will vote on June
    30"): the text is back to the news."""
    point = resolution.point
    if resolution.anchor != "published" or point is None or publication_day is None:
        return False
    return abs((publication_day - point.day).days) <= NARRATIVE_DISTANCE_DAYS


#: "Two years later", "the following year", "the next spring": forward from the time named.
_LATER = re.compile(r"\blater$|^the (?:following|next)\b", re.IGNORECASE)


_NEXT_WORD = re.compile(r"\s*(\w+)")


_TO_A_MONTH = re.compile(r"\s*to\s+(?:the\s+end\s+of\s+)?([a-z]+)", re.IGNORECASE)


def _closes_on_a_day(full_text: str, end: int) -> bool:
    """The expression ending at `end` is followed by "ended" or "ending" ("the year ended March
    31"), or by "to" and a month ("the year to December", "the year to the end of June")."""
    following = _NEXT_WORD.match(full_text, end)
    if following is not None and following.group(1).lower() in CLOSING_PARTICIPLES:
        return True
    to = _TO_A_MONTH.match(full_text, end)
    return to is not None and to.group(1).lower() in MONTHS


#: Words that make a unit a rate's period when they open it ("$5 million a year").
_RATE_ARTICLES = frozenset({"a", "an", "per"})


def _names_a_rate(span: Span) -> bool:
    """The span is "a" and a unit the parse hangs on a quantity ("$5 million a year", "3,000
    tonnes of waste a day"): the period of a rate, not a length ("sentenced to a year"); so is
    a unit just after "per", which the extent leaves out ("3% per year")."""
    if len(span) == 1 and span.start > 0:
        before = span.doc[span.start - 1]
        return before.lower_ == "per" and span[0].head.i == before.i
    if len(span) != 2 or span[0].lower_ not in _RATE_ARTICLES:
        return False
    unit = span[1]
    head = unit.head
    if unit.dep_ != "npadvmod" or head.i == unit.i:
        return False
    if head.pos_ in ("NUM", "SYM"):
        return True
    return head.pos_ in ("NOUN", "PROPN") and any(c.like_num or c.dep_ == "nummod" for c in head.children)


def _said_in_a_dated_text(span: Span, narrative: tuple[Point, int, bool]) -> bool:
    """The expression is in what a letter, a post or a diary dated in the same sentence says
    ("The letter, dated May 14, 2020, said the payment was made last Friday"), or in what the
    passage's writing is said to have written ("\"We need a crew there by Friday,\" the
    inspector wrote"): its "today", "yesterday" and "last Friday" are the text's, not the
    publication's."""
    clause = reported_clause(span)
    if clause is None:
        return False
    if clause.head.lemma_.lower() in WRITING_VERBS and narrative[0].grain in _GRAINS_OF_A_DAY:
        return True
    return span.sent.start_char < narrative[1] <= clause.left_edge.idx


#: Year-less months and days of a month ("in December", "on Aug. 2"), which a full date later
#: in their sentence places, as one before them would.
_MONTH_OR_DAY_OF_ONE = re.compile(r"(?:" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?(?: \d{1,2})?")


def _read_the_sentence_from_its_date(found: list[Found], sentence: list[tuple[int, Span, str, Context]], day: Point, day_start: int) -> None:
    """A full date that opens a passage also places what its sentence said before it: what the
    writing it dates says ("\"The crew will come on Monday,\" the director wrote on May 4,
    2022"), and a year-less month told in the same past ("was jailed in December for a
    burglary on Aug. 2, 2019" -> that December)."""
    for index, span, text, context in sentence:
        previous = found[index]
        if previous.resolution.anchor != "published":
            continue  # completed since ("from March to May 2020")
        clause = reported_clause(span)
        if clause is not None and clause.right_edge.idx < day_start and day.grain in _GRAINS_OF_A_DAY:
            reading = _from_the_dated_text(text, context, day, previous.resolution)
        elif _MONTH_OR_DAY_OF_ONE.fullmatch(text.lower()):
            reading = resolve_safely(text, replace(context, narrative=day, sentence_in_the_passage=True)) or previous.resolution
        else:
            continue
        if reading.anchor == "text":
            found[index] = replace(previous, resolution=reading)


def _months_after_their_cause(found: list[Found], sentence: list[tuple[int, Span, str, Context]], verb: Token, day: Point, day_start: int) -> None:
    """A year-less month of the sentence dating a verb in the past whose event answers a noun a
    full date dates ("was jailed in December for a burglary on Aug. 2, 2019"): the sentence's
    story runs from that day, so the month is the first one from it (anchor text)."""
    for index, span, text, context in sentence:
        if context.tense not in (PAST, PAST_ONLY) or not dates_the_verb(span, verb) or not _MONTH_OR_DAY_OF_ONE.fullmatch(text.lower()):
            continue
        previous = found[index]
        if previous.resolution.anchor != "published":
            continue
        reading = resolve_safely(text, replace(context, narrative=day, reference=None, story=True, sentence_in_the_passage=True))
        if reading is not None and reading.anchor == "text":
            found[index] = replace(previous, resolution=reading)


_BARE_YEAR = re.compile(r"\d{4}")


def _years_back(resolution: Resolution, publication_day: date | None) -> int:
    """How many years before the publication's the expression's year is (0 for no publication day)."""
    if resolution.point is None or publication_day is None:
        return 0
    return publication_day.year - resolution.point.day.year


def _a_bare_year(written: str, resolution: Resolution) -> bool:
    """A year written alone ("in 2019"), read as that year."""
    return resolution.anchor is None and resolution.point is not None and resolution.point.grain == "year" and _BARE_YEAR.fullmatch(written) is not None


def _months_in_the_year_of_their_story(found: list[Found], sentence: list[tuple[int, Span, str, Context]], year_span: Span, year: str) -> None:
    """A year-less month or day of a month earlier in the sentence, dating the same verb as a
    year written alone or one joined to it ("the museum opened in May and closed in 2019"), is
    in that year: the sentence tells one stretch of a story. Only a year before last: "sales
    rose in May and fell in 2023", printed in 2024, may contrast this May with last year."""
    for index, span, text, context in sentence:
        previous = found[index]
        if previous.resolution.anchor != "published" or not _MONTH_OR_DAY_OF_ONE.fullmatch(text.lower()):
            continue
        if context.tense not in (PAST, PAST_ONLY) or not dated_by_joined_verbs(span, year_span):
            continue
        reading = resolve_safely(f"{text}, {year}", context)
        if reading is not None and reading.point is not None and previous.resolution.point is not None and reading.point.grain == previous.resolution.point.grain:
            found[index] = replace(previous, resolution=replace(reading, anchor="text"))


def _from_the_dated_text(text: str, context: Context, day: Point, published_reading: Resolution) -> Resolution:
    """`text` read as the dated text's writer meant it, on `day` (anchor "text")."""
    # the writing's own future is after its day ("would arrive on Friday", written on a Friday)
    reading = resolve_safely(text, replace(context, published=day.day, narrative=None, reference=None, after_today=context.after_today or context.tense == FUTURE))
    if reading is None or reading.anchor != "published":
        return published_reading
    return replace(reading, anchor="text")


def _a_month_of_every_year(month: Resolution) -> Resolution:
    """A month that only bounds a fiscal year ("run from July to June"): of no one year."""
    assert month.point is not None
    return replace(month, value=f"XXXX-{month.point.day.month:02d}", anchor=None, point=None, range=None)


def _day(published: date | datetime | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _tells_of_another_time(resolution: Resolution, publication_day: date | None) -> bool:
    """True for a date the text spells out in full (with its year), at day or month grain, well
    before the publication day: "an e-mail sent on July 1, 2012" or "in July 2012"."""
    point = resolution.point
    if point is None or resolution.anchor is not None or point.grain not in ("day", "month", "time", "partofday"):
        return False
    if publication_day is None:
        return True
    return (publication_day - point.day).days > NARRATIVE_DISTANCE_DAYS


def _at(resolution: Resolution, point: Point) -> Resolution:
    """`resolution` moved to `point`: its value, point and calendar range."""
    first, last = point.first_and_last_day()
    return replace(resolution, value=point.value(), point=point, range=(first.isoformat(), last.isoformat()))


_DAY_OF_A_VALUE = re.compile(r"(\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|W(?:\d\d|XX)-\d)")


def _on_the_day_before(day: Resolution, clock: Resolution) -> Resolution:
    """A clock time written just after a day and "at" ("Sunday night at 8 PM", "Monday at 10
    a.m.") is on that day, not on the publication day."""
    if clock.type != "TIME" or clock.point is None or clock.point.grain != "time" or clock.anchor not in ("published", "text"):
        return clock
    if day.point is not None and day.point.grain in ("day", "partofday"):
        point = Point("time", day.point.day, clock.point.part)
        return replace(_at(clock, point), anchor="text")
    written_day = _DAY_OF_A_VALUE.match(day.value or "")
    if day.point is None and written_day is not None:
        return replace(clock, value=f"{written_day.group(0)}T{clock.point.part}", anchor="text", point=None, range=None)
    return clock


#: What may stand between a clock time and the day it falls on written after it: a zone in
#: words or in brackets ("3 a.m. local time Sunday", "10:35 a.m. (0735 GMT) Friday"), "on".
_CLOCK_TO_DAY_GAP = re.compile(r"[\s(),]*(?:local time[\s(),]*)?(?:on\s+)?", re.IGNORECASE)


def _place_the_clocks_before(found: list[Found], full_text: str, start: int, day: Resolution) -> None:
    """Clock times just before a day, with only a zone between ("at 7:45 a.m. local time on
    Monday", "10:35 a.m. (0735 GMT) Friday"), are on that day, not on the publication day."""
    following = start
    for index in range(len(found) - 1, max(-1, len(found) - 3), -1):
        previous = found[index]
        gap_fits = _CLOCK_TO_DAY_GAP.fullmatch(full_text, previous.end, following) is not None
        if not gap_fits and not (following < start and full_text[previous.end : following].strip().lower() in RANGE_JOINERS):
            return  # a zone between clock and day; "and", "to" between two clocks ("between 2 and 4 p.m. on Tuesday")
        if _names_its_day(full_text[previous.start : previous.end]):
            return  # "from 8 p.m. Saturday to 2 a.m. on Monday": the start keeps its own day
        placed = _on_the_day_before(day, previous.resolution)
        if placed is previous.resolution:
            return
        found[index] = replace(previous, resolution=placed)
        following = previous.start


_ENDED = re.compile(r"\s+(?:ended|ending)\s+", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_NAMES_WHICH_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|\d{4})\b", re.IGNORECASE)


def _place_the_quarter_before(found: list[Found], full_text: str, start: int, day: Point) -> None:
    """"the quarter ended July 31": the three months to that day, named as the calendar quarter
    that holds two of them (the one holding the month before the day's), in the day's year,
    also after another quarter the text named ("the quarter" alone would be that one); "the
    quarter to March" (or ended March) is the three months through that month;
    "the third quarter ended Oct. 31" names its own (fiscal) quarter and is kept."""
    if not found:
        return
    previous = found[-1]
    point = previous.resolution.point
    if point is None or point.grain != "quarter" or previous.resolution.anchor not in ("published", "text"):
        return
    closing = _ENDED.fullmatch(full_text, previous.end, start) or (day.grain == "month" and _TO.fullmatch(full_text, previous.end, start))
    if not closing or _NAMES_WHICH_QUARTER.search(full_text, previous.start, previous.end):
        return
    month_before = add_months(day.day.replace(day=1), -1)
    quarter = Point("quarter", date(month_before.year, (month_before.month - 1) // 3 * 3 + 1, 1))
    found[-1] = replace(previous, resolution=_at(previous.resolution, quarter))


_EVENT_AFTER = re.compile(r"\s+(after|before)\s+(?:the|his|her|its|their|a|an)\b", re.IGNORECASE)


def _the_day_around_an_event(day: Resolution, full_text: str, end: int) -> Resolution:
    """"the day after his death", "the day before the vote", in a passage about the day the
    text last named: the event is taken to be on that day, so the day after or before it; not
    after a date it stands beside ("Nov. 3, the day before ...": that day itself)."""
    event = _EVENT_AFTER.match(full_text, end)
    if event is None or day.anchor != "text" or day.point is None or day.point.grain != "day":
        return day
    return _at(day, Point("day", day.point.day + timedelta(days=1 if event.group(1).lower() == "after" else -1)))


_DAY_BESIDE = re.compile(r"\s+(?:after|before)\s+", re.IGNORECASE)


#: A period noun and the grain of the time it stands in apposition to.
_APPOSED_PERIODS = {"the year": "year", "the month": "month"}


def _in_apposition(full_text: str, previous: Found, start: int, written: str) -> bool:
    """"1937, the year (her father's boat was lost)", "March 2019, the month (it opened)": a
    period noun set after a comma beside a time of its own grain names that time again."""
    grain = _APPOSED_PERIODS.get(written.lower())
    point = previous.resolution.point
    return grain is not None and point is not None and point.grain == grain and full_text[previous.end : start].strip() == ","


def _the_day_beside(full_text: str, previous: Found, start: int) -> bool:
    """"the day" found apart from the day after "after" or "before" it ("the day after
    Thanksgiving"): the two read as one day next to the other."""
    return full_text[previous.start : previous.end].lower() == "the day" and _DAY_BESIDE.fullmatch(full_text, previous.end, start) is not None


#: What may stand between the two ends of a range written as two expressions ("from March to May 2020").
RANGE_JOINERS = frozenset({"to", "until", "till", "through", "-", "–", "and"})


def _joined_as_a_range(full_text: str, previous: Found, start: int) -> bool:
    return previous.resolution.anchor == "published" and full_text[previous.end : start].strip().lower() in RANGE_JOINERS


#: Grains at which the end of a range is placed after its start ("from December to April",
#: "from January to the summer").
_YEARLESS_GRAINS = frozenset({"month", "day", "season"})
#: Words that join the two ends of a range by themselves ("December through April", "June-July"),
#: and those that need the start opened by "from" or "between" ("from June to July").
_SPAN_JOINERS = frozenset({"through", "-", "–"})
_OPENED_JOINERS = {"to": ("from", "between"), "until": ("from",), "till": ("from",), "and": ("between",)}


def _range_joined(full_text: str, previous: Found, start: int) -> bool:
    """`previous` and the expression at `start` are joined as the two ends of a range: by a word
    that does so alone ("December through April") or one whose start "from" or "between" opened
    ("from June to July")."""
    joiner = full_text[previous.end : start].strip().lower()
    opener = full_text[max(0, previous.start - 9) : previous.start].strip().lower()
    if joiner == "to" and _is_weekday(full_text[previous.start : previous.end]) and _is_weekday(_first_word(full_text, start)):
        return True  # "open Thurs to Sun": two weekdays joined by "to" are a range without "from"
    return joiner in _SPAN_JOINERS or (joiner in _OPENED_JOINERS and opener.endswith(_OPENED_JOINERS[joiner]))


_WORD = re.compile(r"[A-Za-z]+\.?")


def _first_word(full_text: str, start: int) -> str:
    found = _WORD.match(full_text, start)
    return found.group(0) if found else ""


def _start_in_the_tense_of_its_end(found: list[Found], full_text: str, end_text: str, context: Context) -> None:
    """Two weekdays of a range the tense of its end reads ahead ("the fair is open Thurs to
    Sun", where the parse hangs the start on "open" as its object): the start is read ahead too."""
    previous = found[-1]
    start_text = full_text[previous.start : previous.end]
    if context.tense != FUTURE or not (_is_weekday(start_text) and _is_weekday(end_text)):
        return
    reading = resolve_safely(start_text, context)
    if reading is not None and reading.point is not None:
        found[-1] = replace(previous, resolution=reading)


def _ends_a_range(full_text: str, previous: Found, start: int, end: Resolution) -> bool:
    """The expression at `start` ends a range "from/between `previous` to/and it" and was
    written without its year (it was placed around the publication day)."""
    if not _range_joined(full_text, previous, start):
        return False  # "raised Friday to December's figures" is no range
    before, after = previous.resolution.point, end.point
    return (
        end.anchor == "published"
        and before is not None
        and after is not None
        and after.grain in _YEARLESS_GRAINS
        and before.grain in _YEARLESS_GRAINS
    )


#: Words that give a clock time a day of its own ("4 a.m. Wednesday", "6 a.m. tomorrow").
_DAY_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def _a_clock_range_past_midnight(full_text: str, previous: Found, start: int, written: str, end: Resolution) -> bool:
    """The clock time at `start` ends a range "from/between `previous` to/and it" on the same
    day at an earlier hour, with no day of its own ("from 10 p.m. to 6 a.m.", "from 11 p.m.
    Tuesday until 4 a.m."): the range runs past midnight, so the end is on the next day."""
    before, after = previous.resolution.point, end.point
    if before is None or after is None or before.grain != "time" or after.grain != "time" or before.day != after.day:
        return False
    if before.part is None or after.part is None or after.part >= before.part:
        return False
    return _range_joined(full_text, previous, start) and not _names_its_day(written)


#: Clock times before this are the small hours; times from `_EVENING` on, or the evening or
#: the night, are the day's end.
_SMALL_HOURS_END = "06:00"
_EVENING = "18:00"


def _small_hours_after_the_night(found: list[Found], written: str, reading: Resolution) -> bool:
    """A clock time in the small hours, with no day of its own, read from the text on the day
    whose evening or night the text last told of ("fell at 5:40 p.m. ... worked through the
    night ... reached at 3:50 a.m."): the story has gone on past midnight, so the next day."""
    point = reading.point
    if reading.anchor != "text" or point is None or point.grain != "time" or point.part is None or point.part >= _SMALL_HOURS_END:
        return False
    if _names_its_day(written):
        return False
    for previous in reversed(found):
        before = previous.resolution.point
        if before is None or before.grain not in ("time", "partofday") or previous.resolution.type != "TIME":
            continue
        late = before.part in ("EV", "NI") if before.grain == "partofday" else before.part is not None and before.part >= _EVENING
        return late and before.day == point.day
    return False


def _names_its_day(written: str) -> bool:
    """The expression names the day it is on ("4 a.m. Wednesday", "8 p.m. on March 3", "6 a.m.
    tomorrow"), not only a clock time."""
    words = written.lower().replace(".", " ").replace(",", " ").split()
    return any(w in WEEKDAYS or w in MONTHS or w in _DAY_WORDS for w in words)


def _not_before_the_start(start: Resolution, end_text: str, end: Resolution, context: Context) -> Resolution:
    """The end of a range is the first such month or day at or after its start ("from December
    to April" -> the April after that December; "from October 2019 to March" -> March 2020)."""
    assert start.point is not None and end.point is not None
    first_day = start.point.day if end.point.grain == "day" else start.point.day.replace(day=1)
    for year in (first_day.year, first_day.year + 1):
        reading = resolve_safely(f"{end_text}, {year}", context)
        if reading is not None and reading.point is not None and reading.point.grain == end.point.grain and reading.point.day >= first_day:
            return replace(reading, anchor=start.anchor or "text")
    return end


def _start_of_a_range_under_way(found: list[Found], full_text: str, end: Resolution, tense: str | None, publication_day: date | None) -> None:
    """A range the tense reads ahead whose end, read alone, is still to come while its start,
    read alone, went to next year ("the World Cup runs from June 7 to July 7", written on June
    15): the range is under way, so its start is the one before that end, this year's. Two
    weekdays are put in order by `_weekdays_in_order`."""
    previous = found[-1]
    start, last = previous.resolution.point, end.point
    if tense in (PAST, PAST_ONLY) or publication_day is None or start is None or last is None:
        return
    if _is_weekday(full_text[previous.start : previous.end]):
        return
    if start.grain not in ("day", "month") or last.grain not in ("day", "month") or start.day <= last.day or last.day < publication_day:
        return
    try:
        earlier = Point(start.grain, start.day.replace(year=start.day.year - 1))
    except ValueError:
        return
    if earlier.day <= last.day and earlier.day <= publication_day:
        found[-1] = replace(previous, resolution=_at(previous.resolution, earlier))


def _weekdays_in_order(found: list[Found], full_text: str, end_text: str, end: Resolution, tense: str | None) -> Resolution:
    """Two weekdays that open and close a range ("from Tuesday until Friday"), each placed by
    the tense alone, in order: in the past the start is the one before the end (the last
    Friday and the Tuesday of its week), else the end the one after the start."""
    previous = found[-1]
    start, last = previous.resolution.point, end.point
    start_text = full_text[previous.start : previous.end]
    if start is None or last is None or start.grain != "day" or last.grain != "day" or start.day <= last.day:
        return end
    if not (_is_weekday(start_text) and _is_weekday(end_text)):
        return end
    weeks = (start.day - last.day).days // 7 + 1
    if tense in (PAST, PAST_ONLY):
        found[-1] = replace(previous, resolution=_at(previous.resolution, Point("day", start.day - timedelta(weeks=weeks))))
        return end
    return _at(end, Point("day", last.day + timedelta(weeks=weeks)))


def _is_weekday(text: str) -> bool:
    return text.lower().rstrip(".") in WEEKDAYS


def _start_on_the_day_of_the_end(found: list[Found], full_text: str, end_text: str, end: Resolution) -> None:
    """A clock time without a day of its own that opens a range ending at a clock time on a
    day the text names ("from 7 a.m. to 8 p.m. on Sunday") is on that day, not on the
    publication day; a start with its own day keeps it ("from 11 p.m. Tuesday until 4 a.m.
    Wednesday"), and so does one whose end is only counted from another day ("to 3 a.m. the
    next day")."""
    previous = found[-1]
    start, last = previous.resolution.point, end.point
    if start is None or last is None or start.grain != "time" or last.grain != "time" or start.day == last.day:
        return
    if _names_its_day(full_text[previous.start : previous.end]) or not _names_its_day(end_text):
        return
    found[-1] = replace(previous, resolution=replace(_at(previous.resolution, Point("time", last.day, start.part)), anchor="text"))


def _complete_the_start(found: list[Found], full_text: str, end_text: str, end: Resolution, context: Context) -> None:
    """Give the start of a range the year its end names ("March" to "May 2020" -> 2020-03);
    a start that would then fall after the end is in the year before ("between Christmas and
    Easter last year": the Christmas before that Easter)."""
    previous = found[-1]
    written = full_text[previous.start : previous.end]
    completed = complete_left(written, end_text)
    if completed is None:
        return
    reading = resolve_safely(completed, context)
    earlier = in_the_year_before(written, reading, end, context)
    if earlier is not None:
        reading = earlier[1]
    if reading is not None and (reading.point is not None or reading.type == "SET"):  # "Monday" (and Tuesday nights): a set
        found[-1] = Found(previous.start, previous.end, reading)
