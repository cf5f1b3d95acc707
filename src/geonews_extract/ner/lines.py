"""An entity never runs over a line break: a headline, byline or dateline ends at its line."""

from __future__ import annotations

from spacy.tokens import Span

from ..annotations import text_of


def split_at_line_breaks(ent: Span, text: str | None = None) -> list[Span]:
    """The parts of `ent` on each line ("Andrew Gray\\nHAMBURG" -> "Andrew Gray", "HAMBURG");
    `text` is ``text_of(ent.doc)`` where the caller holds it."""
    if "\n" not in (text_of(ent.doc) if text is None else text)[ent.start_char : ent.end_char]:  # ent.text, unjoined
        return [ent]
    parts, start = [], ent.start
    for token in ent:
        if "\n" in token.text or ("\n" in token.whitespace_ and token.i + 1 < ent.end):
            end = token.i if token.is_space else token.i + 1
            if end > start:
                parts.append(Span(ent.doc, start, end, label=ent.label))
            start = token.i + 1
    if start < ent.end:
        parts.append(Span(ent.doc, start, ent.end, label=ent.label))
    return parts
