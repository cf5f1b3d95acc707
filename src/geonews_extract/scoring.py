"""Scoring "same actor" decisions against gold surface forms (for tests and benchmarks).

Gold files name actors by surface strings, not offsets (see fixtures/README.md):
`entity_of_form` finds the Entity a form resolves to, and `pair_decisions` turns
gold groups into pairwise same/different decisions to count precision and recall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from .document import Document, Entity
from .kb import alias_key


@dataclass(frozen=True)
class Decision:
    a: str
    b: str
    gold_same: bool
    predicted_same: bool
    level: str  # "id" or "group"


def entity_of_form(document: Document, form: str) -> Entity | None:
    """The entity mentioned where `form` occurs: a mention equal to the form (as folded names)
    at any occurrence first, else the overlapping mention closest in extent to the form."""
    key = alias_key(form)
    occurrences = _occurrences(document.text, form)
    mentions = [(m, e) for e in document.entities for m in e.mentions]
    for start, end in occurrences:
        for mention, entity in mentions:
            if mention.start < end and start < mention.end and alias_key(mention.text) == key:
                return entity
    overlapping = [
        (abs((m.end - m.start) - (end - start)), m.start, e)
        for start, end in occurrences
        for m, e in mentions
        if m.start < end and start < m.end
    ]
    return min(overlapping, key=lambda item: item[:2])[2] if overlapping else None


def same(document: Document, a: str, b: str, level: str = "id") -> bool:
    first, second = entity_of_form(document, a), entity_of_form(document, b)
    if first is None or second is None:
        return False
    return getattr(first, level) == getattr(second, level)


def pair_decisions(document: Document, groups: list[list[str]], level: str, specific: Sequence[dict] = ()) -> list[Decision]:
    """Every pair of gold forms: same list = same actor; plus affiliate/parent pairs of `specific`."""
    labelled = [(form, index) for index, group in enumerate(groups) for form in dict.fromkeys(group)]
    decisions = [
        Decision(a, b, ga == gb, same(document, a, b, level), level)
        for (a, ga), (b, gb) in combinations(labelled, 2)
    ]
    for pair in specific:
        for a in pair.get("affiliate", []):
            for b in pair.get("parent", []):
                decisions.append(Decision(a, b, True, same(document, a, b, "group"), "group"))
                decisions.append(Decision(a, b, False, same(document, a, b, "id"), "id"))
    return decisions


def precision_recall(decisions: list[Decision]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the 'same actor' decisions."""
    tp = sum(d.gold_same and d.predicted_same for d in decisions)
    fp = sum(d.predicted_same and not d.gold_same for d in decisions)
    fn = sum(d.gold_same and not d.predicted_same for d in decisions)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
