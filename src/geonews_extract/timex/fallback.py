"""dateparser for the absolute dates the rules do not spell out ("30.09.2021", "2021/09/30",
"Sept 30th '98").

Called on one candidate expression at a time, never on a whole text, and only with
dateparser's absolute parsers: relative words are the rules' job, so dateparser's own
"now" never enters a value. Without a publication date a year it would have to guess
stays X.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from .calendar import Point

#: Where dateparser's choice of year is anchored when the text gives none and no
#: publication date is known: any fixed day works, as the year is then written X.
_NEUTRAL_BASE = datetime(2000, 7, 1)
_PERIOD_GRAIN = {"day": "day", "month": "month", "year": "year", "week": "week"}
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|'\d\d\b")
_PREFER = {"past": "past", "future": "future"}


@lru_cache(maxsize=32)
def _parser(base: datetime, prefer: str):
    from dateparser.date import DateDataParser

    settings = {
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_TIME_AS_PERIOD": True,
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse_absolute(text: str, published: date | datetime | None, tense: str | None) -> tuple[str, Point | None, bool] | None:
    """(value, point, year_inferred) for an absolute date dateparser reads, else None.

    Raises whatever dateparser raises; the caller turns that into a warning.
    """
    if published is None:
        base = _NEUTRAL_BASE
    elif isinstance(published, datetime):
        base = published.replace(tzinfo=None)
    else:
        base = datetime(published.year, published.month, published.day)
    found = _parser(base, _PREFER.get(tense or "", "current_period")).get_date_data(text)
    if found is None or found.date_obj is None:
        return None
    moment: datetime = found.date_obj
    grain = _PERIOD_GRAIN.get(found.period or "day")
    if found.period == "time":
        point = Point("time", moment.date(), f"{moment.hour:02d}:{moment.minute:02d}")
    elif grain is None:
        return None
    else:
        point = Point(grain, moment.date())
    year_inferred = not _HAS_YEAR.search(text)
    if year_inferred and abs(point.day.year - base.year) > 1:
        return None  # dateparser took some other number for the year ("April 24 and 25")
    if year_inferred and published is None:
        return "XXXX" + point.value()[4:], None, True
    return point.value(), point, year_inferred
