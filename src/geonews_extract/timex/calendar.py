"""Calendar values at a granularity, their arithmetic and their TIMEX3 spelling.

A `Point` is a stretch of the calendar named at one granularity: a day, an ISO week,
a month, a quarter, a year, ... `value()` writes it as TIMEX3 does ("2021-08",
"2021-W38", "2021-Q3", "201" for the 2010s) and `shift` moves it by whole units.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

#: Granularities from the finest to the coarsest.
GRAINS = ("time", "partofday", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")


@dataclass(frozen=True)
class Point:
    """The calendar stretch that contains `day`, at granularity `grain`.

    `part` carries what the grain needs beyond the day: the season code ("SU"),
    the part of day ("MO") or the clock time ("15:00").
    """

    grain: str
    day: date
    part: str | None = None

    def value(self) -> str:
        d = self.day
        if self.grain == "century":
            return f"{d.year // 100:02d}"
        if self.grain == "decade":
            return f"{d.year // 10:03d}"
        if self.grain == "year":
            return f"{d.year:04d}"
        if self.grain == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if self.grain == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == "season":
            return f"{d.year:04d}-{self.part}"
        if self.grain == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.grain in ("week", "weekend"):
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.grain == "weekend" else "")
        if self.grain == "day":
            return d.isoformat()
        return f"{d.isoformat()}T{self.part}"

    def first_and_last_day(self) -> tuple[date, date]:
        """The calendar days the stretch covers, both inclusive ("2021-08" -> Aug 1, Aug 31)."""
        d = self.day
        if self.grain in ("time", "partofday", "day"):
            return d, d
        if self.grain == "week":
            monday = d - timedelta(days=d.isoweekday() - 1)
            return monday, monday + timedelta(days=6)
        if self.grain == "weekend":
            saturday = d - timedelta(days=d.isoweekday() - 1) + timedelta(days=5)
            return saturday, saturday + timedelta(days=1)
        months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[self.grain]
        if self.grain == "season":
            first = date(d.year, d.month, 1)
        elif self.grain in ("quarter", "half"):
            first = date(d.year, (d.month - 1) // (months) * months + 1, 1)
        elif self.grain == "month":
            first = date(d.year, d.month, 1)
        else:
            first = date(max(1, d.year // (months // 12) * (months // 12)), 1, 1)
        following = add_months(first, months)
        return first, following - timedelta(days=1)

    def at(self, grain: str, part: str | None = None) -> Point:
        return Point(grain, self.day, part)

    def finer_than(self, grain: str) -> bool:
        return GRAINS.index(self.grain) < GRAINS.index(grain)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _days_in_month(year, month + 1)))


def _days_in_month(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


#: How many months or days one unit of a shift is.
_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}
_DAYS_PER_UNIT = {"D": 1, "W": 7, "WE": 7}


def shift(point: Point, count: int, unit: str) -> Point:
    """`point` moved by `count` units (D, W, M, Q, Y, DE, CE), keeping its granularity.

    Raises OverflowError or ValueError when the result leaves the calendar (year 1-9999).
    """
    if unit in _DAYS_PER_UNIT:
        return replace(point, day=point.day + timedelta(days=count * _DAYS_PER_UNIT[unit]))
    if unit == "SEASON":
        return replace(point, day=add_months(point.day, 3 * count))
    return replace(point, day=add_months(point.day, count * _MONTHS_PER_UNIT[unit]))


def nth_weekday(year: int, month: int, weekday: int, n: int, start: int = 1) -> date:
    """The n-th ISO weekday of a month counted from its day `start` (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, start)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _days_in_month(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)
