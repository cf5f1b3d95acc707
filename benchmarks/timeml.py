"""Reading TimeML files and scoring time expressions the way TempEval-3 did.

Used by `benchmarks/tempeval.py` and `benchmarks/dates_speed.py`; stdlib only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
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
            times.append(Gold(start, length, "", attributes.get("value", ""), attributes.get("type", "")))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    text = "".join(parts)
    times = [Gold(g.start, g.end, text[g.start : g.end], g.value, g.type) for g in times]
    return TimeMLDocument(path.stem, text, dct, times)


@dataclass
class Tally:
    """Counts for TempEval-3 style extent and attribute scores."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system one
    relaxed_system: int = 0  # system expressions overlapping a gold one
    value: int = 0  # relaxed matches with the same value
    type: int = 0  # relaxed matches with the same type

    def add(self, gold: list[tuple[int, int, str, str]], system: list[tuple[int, int, str | None, str]]) -> list[tuple]:
        """Count one document; returns its errors as (kind, gold, system) tuples."""
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
            self.value += s[2] == g[2]
            self.type += s[3] == g[3]
            if s[2] != g[2]:
                errors.append(("value", g, s))
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
        }
