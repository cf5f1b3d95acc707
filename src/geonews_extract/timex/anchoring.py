"""Choosing which calendar stretch a relative expression means.

Pure functions of the expression's parts, the anchor day and the tense of the
sentence. News reports mostly look back, so without a tense a weekday is the last
such day (the anchor day itself counts: "said on Friday" in Friday's paper is that
Friday), and a month or date is the nearest one; in a future-tense sentence they
look forward.
"""

from __future__ import annotations

from datetime import date, timedelta

from .calendar import Point, add_months

PAST, PRESENT, FUTURE = "past", "present", "future"
#: A point that cannot lie ahead whatever the verb ("since January", "since March 3"): the
#: latest one up to the anchor, without PAST's allowance for a day just ahead.
PAST_ONLY = "past only"
#: A simple-past sentence in a passage about an earlier day tells what happened next: the
#: weekday or month it names is the next one from that day (the day or month itself counts),
#: a day of a month the nearest one ("closed on Feb. 18, 2021 ... drove on March 4").
STORY = "story"
#: Months that open each season (TIMEX3 codes); winter is named for the year of its December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


#: A past-tense sentence may still name a day this close ahead ("declared a dividend payable
#: Dec. 15"): news seldom names a day almost a year back without its year.
NEAR_FUTURE_DAYS = 60
#: A future-tense sentence may still name a day this close behind ("must decide by Sept. 28"
#: printed on Sept. 30: a deadline that has just run out, or a story written a day or two
#: ahead of its date): news seldom names a day almost a year ahead without its year. Further
#: back, the day is next year's ("will visit on August 26" printed on August 30).
NEAR_PAST_DAYS = 3


def pick(candidates: list[date], anchor: date, tense: str | None) -> date:
    """The candidate the tense points to: the latest not after the anchor in the past (unless
    one lies within NEAR_FUTURE_DAYS ahead), the earliest not before it in the future (unless
    one lies within NEAR_PAST_DAYS behind), else the nearest."""
    before = [d for d in candidates if d <= anchor]
    after = [d for d in candidates if d >= anchor]
    if tense == PAST_ONLY:
        return max(before) if before else min(candidates)
    if tense == PAST and after and (min(after) - anchor).days <= NEAR_FUTURE_DAYS and (not before or (anchor - max(before)).days > 300):
        return min(after)
    if tense == FUTURE and before and (anchor - max(before)).days <= NEAR_PAST_DAYS and (not after or (min(after) - anchor).days > 300):
        return max(before)
    if tense == PAST and before:
        return max(before)
    if tense == FUTURE and after:
        return min(after)
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def strictly_by_tense(candidates: list[date], anchor: date, tense: str | None) -> date:
    """The candidate the tense points to with no allowance for a day just beyond it: the
    latest up to the anchor in the past, the earliest from it in the future, else the nearest.
    For a named day that returns each year, as a weekday returns each week ("were busy on
    Veterans Day" printed two days before it is last year's)."""
    before = [d for d in candidates if d <= anchor]
    after = [d for d in candidates if d >= anchor]
    if tense in (PAST, PAST_ONLY) and before:
        return max(before)
    if tense == FUTURE and after:
        return min(after)
    return pick(candidates, anchor, tense)


def _days_in_years(month: int, day: int, years: range) -> list[date]:
    """The day `day` of `month` in each of `years` that has it (February 29 in leap years only)."""
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return candidates


def month_day(month: int, day: int, anchor: date, tense: str | None) -> date:
    """'August 26' without a year. Raises ValueError when no year has that day."""
    candidates = _days_in_years(month, day, range(anchor.year - 1, anchor.year + 2))
    if not candidates:
        raise ValueError(f"there is no day {day} in month {month}")
    return pick(candidates, anchor, tense)


def day_of_month(day: int, anchor: date, tense: str | None) -> date:
    """'the 15th' without a month: that day of the month before, of the anchor's or of the
    month after, the one the tense points to. Raises ValueError for a day no month has."""
    candidates = []
    for step in (-1, 0, 1):
        first = add_months(anchor.replace(day=1), step)
        try:
            candidates.append(date(first.year, first.month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"there is no day {day} in a month")
    return pick(candidates, anchor, tense)


def month_day_relative(month: int, day: int, anchor: date, direction: int) -> date:
    """'last Oct. 12' (-1): the latest such day before the anchor day; 'next Oct. 12' (+1):
    the first after it. Raises ValueError when no year near the anchor has that day."""
    candidates = _days_in_years(month, day, range(anchor.year - 4, anchor.year + 5))
    chosen = [d for d in candidates if (d < anchor if direction < 0 else d > anchor)]
    if not chosen:
        raise ValueError(f"there is no day {day} in month {month}")
    return max(chosen) if direction < 0 else min(chosen)


def month(month_number: int, anchor: date, tense: str | None) -> date:
    """'August' without a year: the first day of the month the tense points to."""
    this_month = anchor.replace(day=1)
    candidates = [date(anchor.year + k, month_number, 1) for k in (-1, 0, 1)]
    if tense == STORY:
        return min(d for d in candidates if d >= this_month)
    return pick(candidates, this_month, tense)


def weekday(iso_weekday: int, anchor: date, tense: str | None, after_today: bool = False) -> date:
    """'Tuesday': the last one up to the anchor day (the anchor day itself: "said on Monday" in
    Monday's paper), or the next one from it in the future and as the story moves on; strictly
    after it where the grammar itself looks ahead ("will reopen on Monday" in Monday's paper
    is a week ahead: the day itself would be "today")."""
    if tense in (FUTURE, STORY):
        return anchor + timedelta(days=(iso_weekday - anchor.isoweekday() - int(after_today)) % 7 + int(after_today))
    return anchor - timedelta(days=(anchor.isoweekday() - iso_weekday) % 7)


def weekday_relative(iso_weekday: int, anchor: date, direction: int) -> date:
    """'last Tuesday' (-1): strictly before the anchor day; 'next Tuesday' (+1): strictly after."""
    if direction < 0:
        return anchor - timedelta(days=(anchor.isoweekday() - iso_weekday - 1) % 7 + 1)
    return anchor + timedelta(days=(iso_weekday - anchor.isoweekday() - 1) % 7 + 1)


def month_relative(month_number: int, anchor: date, direction: int) -> date:
    """'last April' (-1): the latest April before the anchor's month; 'next April' (+1): the
    first after it; 0: the one in the anchor's year."""
    year = anchor.year
    if direction < 0 and month_number >= anchor.month:
        year -= 1
    if direction > 0 and month_number <= anchor.month:
        year += 1
    return date(year, month_number, 1)


def quarter(number: int, anchor: date, tense: str | None) -> date:
    """'the third quarter' without a year: the one of the anchor's year, or of the year
    before when a past-tense sentence names a quarter still to come, or of the year after
    when a future-tense one names a quarter that closed before the last one (the last
    complete quarter is the one whose results are still to come: "will report third-quarter
    earnings" in October)."""
    current = date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1)
    named = date(anchor.year, 3 * (number - 1) + 1, 1)
    if tense in (PAST, PAST_ONLY) and named > current:
        return date(anchor.year - 1, named.month, 1)
    if tense == FUTURE and named < last_complete_quarter(anchor):
        return date(anchor.year + 1, named.month, 1)
    return named


def last_complete_quarter(anchor: date) -> date:
    current = date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1)
    return date(current.year - (current.month == 1), (current.month - 4) % 12 + 1, 1)


def season_start(code: str, year: int) -> date:
    return date(year, SEASON_START[code], 1)


def current_season(anchor: date) -> Point:
    for code, start in sorted(SEASON_START.items(), key=lambda item: -item[1]):
        if anchor.month >= start:
            return Point("season", date(anchor.year, start, 1), code)
    return Point("season", date(anchor.year - 1, 12, 1), "WI")


def season(code: str, anchor: date, tense: str | None, direction: int | None = None) -> Point:
    """'summer' (by tense), 'last summer' (-1), 'this summer' (0), 'next summer' (+1)."""
    now = current_season(anchor).day
    candidates = [season_start(code, anchor.year + k) for k in (-2, -1, 0, 1)]
    if direction is None:
        chosen = pick(candidates, now, tense if tense != PRESENT else PAST)
    elif direction < 0:
        chosen = max(d for d in candidates if d < now)
    elif direction > 0:
        chosen = min(d for d in candidates if d > now)
    else:
        chosen = season_start(code, anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year)
    return Point("season", chosen, code)


def weekend(anchor: date, tense: str | None, direction: int | None = None) -> date:
    """A day of the weekend meant: the last one (or this one, on a weekend) in the past,
    the coming one in the future."""
    if direction is None:
        direction = 1 if tense == FUTURE else -1
        if anchor.isoweekday() >= 6:
            return anchor
    if direction == 0:
        return anchor
    if direction < 0:
        return anchor - timedelta(days=(anchor.isoweekday() - 6 - 1) % 7 + 1)
    return anchor + timedelta(days=(6 - anchor.isoweekday() - 1) % 7 + 1)
