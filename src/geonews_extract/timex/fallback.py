"""dateparser for the absolute dates the rules do not spell out ("30.09.2021", "2021/09/30",
"Sept 30th '98").

Called on one candidate expression at a time, never on a whole text, and only with
dateparser's absolute parsers: relative words are the rules' job, so dateparser's own
"now" never enters a value. When the text gives no year, the anchoring rules choose it
from the publication date and the tense; without a publication date it stays X.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from . import anchoring
from .calendar import Point

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

#: dateparser needs some relative base; a year it takes from there is never kept.
_NEUTRAL_BASE = datetime(2000, 7, 1)
_PERIOD_GRAIN = {"day": "day", "month": "month", "year": "year", "week": "week"}
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|'\d\d\b")


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    from dateparser.date import DateDataParser

    settings = {"PARSERS": ["custom-formats", "absolute-time"], "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": _NEUTRAL_BASE}
    return DateDataParser(languages=["en"], settings=settings)


def parse_absolute(text: str, published: date | datetime | None, tense: str | None) -> tuple[str, Point | None, bool] | None:
    """(value, point, year_inferred) for an absolute date dateparser reads, else None.

    Raises whatever dateparser raises; the caller turns that into a warning.
    """
    found = _parser().get_date_data(text)
    if found is None or found.date_obj is None:
        return None
    moment: datetime = found.date_obj
    if found.period == "time":
        point = Point("time", moment.date(), f"{moment.hour:02d}:{moment.minute:02d}")
    elif found.period in _PERIOD_GRAIN:
        point = Point(_PERIOD_GRAIN[found.period], moment.date())
    else:
        return None
    if _HAS_YEAR.search(text):
        return point.value(), point, False
    if abs(point.day.year - _NEUTRAL_BASE.year) > 1 or point.grain not in ("day", "month"):
        return None  # dateparser took some other number for the year ("April 24 and 25")
    if published is None:
        return "XXXX" + point.value()[4:], None, True
    anchor = published.date() if isinstance(published, datetime) else published
    if point.grain == "day":
        day = anchoring.month_day(point.day.month, point.day.day, anchor, tense)
    else:
        day = anchoring.month(point.day.month, anchor, tense)
    return Point(point.grain, day).value(), Point(point.grain, day), True
