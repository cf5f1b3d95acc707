"""TIMEX3 values for English time expressions: `resolve(text, Context(...)) -> Resolution`."""

from .calendar import Point
from .rules import MAX_YEAR, Context, Resolution, resolve

__all__ = ["MAX_YEAR", "Context", "Point", "Resolution", "resolve"]
