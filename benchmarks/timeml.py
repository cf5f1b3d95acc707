"""Reading TimeML files and scoring time expressions the way TempEval-3 did.

Used by `benchmarks/tempeval.py` and `benchmarks/dates_speed.py`; stdlib only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    value: str
    type: str
    mod: str = ""


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str
    times: list[Gold]


def read_timeml(path: Path) -> TimeMLDocument:
    """The plain text of <TEXT>, its TIMEX3 spans (offsets in that text) and the DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct = dict(_ATTR.findall(_DCT.search(raw).group(1)))["value"]
    body = _TEXT.search(raw).group(1)
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    times: list[Gold] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            times.append(Gold(start, length, "", attributes.get("value", ""), attributes.get("type", ""), attributes.get("mod", "")))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    text = "".join(parts)
    times = [Gold(g.start, g.end, text[g.start : g.end], g.value, g.type, g.mod) for g in times]
    return TimeMLDocument(path.stem, text, dct, times)


#: Duration units as (months, seconds) each; TimeML writes the same length several ways
#: (P10Y, P1DE, P1E; P100Y, P1CE, P1C), so lengths are compared in these units.
_UNIT_LENGTH = {
    "Y": (12, 0), "M": (1, 0), "Q": (3, 0), "H": (6, 0), "DE": (120, 0), "E": (120, 0), "CE": (1200, 0),
    "C": (1200, 0), "ML": (12000, 0), "L": (12000, 0), "W": (0, 7 * 86400), "WE": (0, 2 * 86400), "D": (0, 86400),
}  # fmt: skip
_TIME_UNIT_LENGTH = {"H": 3600, "M": 60, "S": 1}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|ML|WE|[YMQHEWDCL])")
_TIME_PART = re.compile(r"(\d+(?:\.\d+)?|X)([HMS])")


def duration_length(value: str) -> tuple | None:
    """A TIMEX3 duration as a comparable length: (months, seconds) when all counts are known,
    else the units named with X ("PXY" and "PXDE" stay different vague lengths)."""
    match = re.fullmatch(r"P((?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|WE|[YMQHEWDCL]))*)(?:T((?:(?:\d+(?:\.\d+)?|X)[HMS])+))?", value or "")
    if match is None or not (match.group(1) or match.group(2)):
        return None
    parts = [(n, _UNIT_LENGTH[u]) for n, u in _DURATION_PART.findall(match.group(1) or "")]
    parts += [(n, (0, _TIME_UNIT_LENGTH[u])) for n, u in _TIME_PART.findall(match.group(2) or "")]
    if any(n == "X" for n, _ in parts):
        return ("X", tuple(sorted({length for _, length in parts})))
    months = sum(float(n) * length[0] for n, length in parts)
    seconds = sum(float(n) * length[1] for n, length in parts)
    return (round(months, 6), round(seconds, 3))


_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")


def canonical(value: str) -> str:
    """The value with a week number written without its leading zero ("1998-W5", which
    some gold files write) in the two digits of ISO 8601 ("1998-W05"): the same week."""
    return _SHORT_WEEK.sub(r"-W0\1", value)


def same_value(gold: str | None, system: str | None) -> bool:
    """Equal TIMEX3 values; two durations are equal when they are the same length, and a
    week number is the same with or without its leading zero."""
    if gold == system or (gold and system and canonical(gold) == canonical(system)):
        return True
    if gold and system and gold.startswith("P") and system.startswith("P"):
        length = duration_length(gold)
        return length is not None and length == duration_length(system)
    return False


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def value_range(value: str) -> tuple[str, str] | None:
    """The calendar days (first, last; ISO, inclusive) a TIMEX3 date or time value covers, when
    it names one stretch of the calendar in ISO 8601 form; None for durations, sets, references,
    X-values and a week number without its leading zero (a malformed gold value is not scored
    for its range)."""

    def months(year: int, month: int, count: int) -> tuple[str, str]:
        first = date(year, month, 1)
        index = year * 12 + month - 1 + count
        following = date(index // 12, index % 12 + 1, 1)
        return first.isoformat(), (following - timedelta(days=1)).isoformat()

    try:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return months(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return (monday + timedelta(days=5)).isoformat(), (monday + timedelta(days=6)).isoformat()
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return months(int(m[1]), 3 * int(m[2]) - 2, 3)
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            return months(int(m[1]), 6 * int(m[2]) - 5, 6)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            return months(int(m[1]), _SEASON_MONTH[m[2]], 3)
        if m := re.fullmatch(r"(\d{4})", value):
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
        if m := re.fullmatch(r"(\d{3})", value):
            return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
        if m := re.fullmatch(r"(\d{2})", value):
            return f"{m[1]}00-01-01", f"{m[1]}99-12-31"
    except ValueError:
        return None
    return None



@dataclass
class Tally:
    """Counts for TempEval-3 style extent and attribute scores, plus TimeML mod and the
    calendar range where the gold value names a stretch of the calendar."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system one
    relaxed_system: int = 0  # system expressions overlapping a gold one
    value: int = 0  # relaxed matches with the same value (equal durations are the same value)
    type: int = 0  # relaxed matches with the same type
    gold_mod: int = 0  # relaxed matches whose gold has a mod
    mod: int = 0  # ... and the system gives the same mod
    spurious_mod: int = 0  # relaxed matches with a system mod where the gold has none
    gold_range: int = 0  # relaxed matches whose gold value names a calendar stretch
    range: int = 0  # ... and the system's range is that stretch

    def add(self, gold: list[tuple], system: list[tuple]) -> list[tuple]:
        """Count one document; returns its errors as (kind, gold, system) tuples: "missed",
        "spurious", "value" (overlapping, another value) and "boundary" (overlapping, same
        value, other ends).

        gold: (start, end, value, type[, mod]); system: (start, end, value, type[, mod, range])."""
        errors = []
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for g in gold:
            overlapping = [i for i, s in enumerate(system) if s[0] < g[1] and g[0] < s[1]]
            if not overlapping:
                errors.append(("missed", g, None))
                continue
            self.relaxed_gold += 1
            best = max(overlapping, key=lambda i: min(g[1], system[i][1]) - max(g[0], system[i][0]))
            s = system[best]
            used.add(best)
            self.strict += (s[0], s[1]) == (g[0], g[1])
            same = same_value(g[2], s[2])
            self.value += same
            self.type += s[3] == g[3]
            gold_mod = g[4] if len(g) > 4 else ""
            system_mod = (s[4] if len(s) > 4 else None) or ""
            if gold_mod:
                self.gold_mod += 1
                self.mod += system_mod == gold_mod
            elif system_mod:
                self.spurious_mod += 1
            expected_range = value_range(g[2] or "")
            if expected_range is not None:
                self.gold_range += 1
                self.range += (tuple(s[5]) if len(s) > 5 and s[5] else None) == expected_range
            if not same:
                errors.append(("value", g, s))
            elif (s[0], s[1]) != (g[0], g[1]):
                errors.append(("boundary", g, s))
        for i, s in enumerate(system):
            if any(s[0] < g[1] and g[0] < s[1] for g in gold):
                self.relaxed_system += 1
            elif i not in used:
                errors.append(("spurious", None, s))
        return errors

    def scores(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p_strict = self.strict / self.system if self.system else 0.0
        r_strict = self.strict / self.gold if self.gold else 0.0
        p_relaxed = self.relaxed_system / self.system if self.system else 0.0
        r_relaxed = self.relaxed_gold / self.gold if self.gold else 0.0
        p_value = self.value / self.system if self.system else 0.0
        r_value = self.value / self.gold if self.gold else 0.0
        return {
            "strict P": p_strict,
            "strict R": r_strict,
            "strict F1": f1(p_strict, r_strict),
            "relaxed P": p_relaxed,
            "relaxed R": r_relaxed,
            "relaxed F1": f1(p_relaxed, r_relaxed),
            "value P": p_value,
            "value R": r_value,
            "value F1": f1(p_value, r_value),
            "value accuracy": self.value / self.relaxed_gold if self.relaxed_gold else 0.0,
            "type accuracy": self.type / self.relaxed_gold if self.relaxed_gold else 0.0,
            "mod accuracy": self.mod / self.gold_mod if self.gold_mod else 0.0,
            "range accuracy": self.range / self.gold_range if self.gold_range else 0.0,
        }
