"""Showing a Document to a person: plain text for a terminal, HTML for a notebook.

`render_html` draws the text with every entity mention highlighted in its group's colour
(from a fixed qualitative palette, given to the groups in the order they first appear in
the text, so the first ten groups of a document never share a colour) and labelled with
its type, time expressions underlined with their TIMEX3 value on
hover, and quotes shaded, each opened by a badge naming its speaker. Annotations may
nest or overlap (a mention inside a quote); the text is cut at every span boundary and
each piece wrapped in the annotations covering it, so the HTML always nests properly.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document, Entity, Quote

#: Class of every element that adds words not in the document text (labels, badges).
META = "gx-meta"

STYLE = """
.gx-doc { font-family: system-ui, sans-serif; line-height: 2.1; max-width: 60em; }
.gx-doc .gx-head { color: #555; font-size: 0.9em; line-height: 1.4; margin-bottom: 0.6em; }
.gx-doc .gx-text { white-space: pre-wrap; }
.gx-doc mark.gx-ent { background: var(--gx-color); outline: var(--gx-outline, none); border-radius: 0.3em; padding: 0.1em 0.25em; color: #1a1a1a; }
.gx-doc .gx-label { font-size: 0.65em; font-weight: bold; margin-left: 0.3em; text-transform: uppercase; vertical-align: middle; }
.gx-doc .gx-time { border-bottom: 2px dashed #2a6f97; cursor: help; }
.gx-doc .gx-quote { background: #fff4cc; }
.gx-doc .gx-quote-badge { font-size: 0.7em; background: #b8860b; color: white; border-radius: 0.3em; padding: 0.05em 0.35em; margin-right: 0.25em; vertical-align: middle; }
.gx-doc .gx-speaker { text-decoration: underline 2px #b8860b; font-weight: 600; }
.gx-doc .gx-cue { font-style: italic; text-decoration: underline dotted #b8860b; }
.gx-doc .gx-legend { line-height: 1.8; margin-top: 0.8em; font-size: 0.85em; }
.gx-doc .gx-legend mark { background: var(--gx-color); outline: var(--gx-outline, none); border-radius: 0.3em; padding: 0.05em 0.3em; margin-right: 0.4em; color: #1a1a1a; }
.gx-doc .gx-warnings { color: #8a4b00; font-size: 0.85em; }
"""


#: Group colours: light, so dark text on them keeps a contrast of at least 7:1 (WCAG AAA);
#: far apart from each other and from the quote shading (QUOTE_SHADING) in CIELAB.
PALETTE = (
    "#7cc4f0",  # blue
    "#ffb066",  # orange
    "#8fd67f",  # green
    "#ff8a8a",  # red
    "#c9a3f0",  # purple
    "#d9b38c",  # tan
    "#f59bd2",  # pink
    "#40cfc0",  # teal
    "#c4c4c4",  # grey
    "#b0e03c",  # lime
)
QUOTE_SHADING = "#fff4cc"
TEXT_COLOUR = "#1a1a1a"
#: Groups past the palette's length take its colours again, outlined, then outlined dashed.
OUTLINES = ("none", "2px solid #444", "2px dashed #444")


def group_styles(document: Document) -> dict[str, str]:
    """group -> its inline style, groups numbered in the order of their first mention."""
    firsts: dict[str, int] = {}
    for entity in document.entities:
        start = min((m.start for m in entity.mentions), default=len(document.text))
        firsts[entity.group] = min(firsts.get(entity.group, start), start)
    styles = {}
    for number, group in enumerate(sorted(firsts, key=lambda g: firsts[g])):
        colour = PALETTE[number % len(PALETTE)]
        outline = OUTLINES[min(number // len(PALETTE), len(OUTLINES) - 1)]
        styles[group] = f"--gx-color: {colour}" + ("" if outline == "none" else f"; --gx-outline: {outline}")
    return styles


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    layer: int  # outer layers wrap inner ones: quote 0, speaker/cue 1, mention 2, time 3
    open: str
    close: str
    label: str = ""  # added inside the element where the span ends


def render_html(document: Document) -> str:
    marks = _marks(document)
    cuts = sorted({0, len(document.text), *(m.start for m in marks), *(m.end for m in marks)})
    badges = _quote_badges(document)
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[_Mark] = []
    next_mark = 0
    pieces = []
    for start, end in itertools.pairwise(cuts):
        pieces.extend(badges.get(start, []))
        while next_mark < len(by_start) and by_start[next_mark].start <= start:
            active.append(by_start[next_mark])
            next_mark += 1
        active = [m for m in active if m.end > start]
        covering = sorted(active, key=lambda m: m.layer)
        pieces.extend(m.open for m in covering)
        pieces.append(escape(document.text[start:end], quote=False))
        for mark in reversed(covering):
            if mark.end == end and mark.label:
                pieces.append(mark.label)
            pieces.append(mark.close)
    return (
        f"<div class=\"gx-doc\"><style>{STYLE}</style>"
        f"{_head(document)}<div class=\"gx-text\">{''.join(pieces)}</div>"
        f"{_legend(document)}{_warnings(document)}</div>"
    )


def _marks(document: Document) -> list[_Mark]:
    marks = []
    for quote in document.quotes:
        speaker = _speaker_name(document, quote)
        title = f"{quote.kind} quote, speaker: {speaker}" + (f", cue: {quote.cue.text}" if quote.cue else "")
        for piece in quote.parts or [quote.content]:  # not over the attribution between pieces
            marks.append(_Mark(piece.start, piece.end, 0, f'<span class="gx-quote" title="{escape(title)}">', "</span>"))
        if quote.speaker is not None:
            marks.append(_Mark(quote.speaker.start, quote.speaker.end, 1, '<span class="gx-speaker" title="speaker">', "</span>"))
        if quote.cue is not None:
            marks.append(_Mark(quote.cue.start, quote.cue.end, 1, '<span class="gx-cue" title="speech cue">', "</span>"))
    styles = group_styles(document)
    for entity in document.entities:
        style = styles[entity.group]
        title = escape(f"{entity.name} · {entity.type} · group {entity.group}{_place_note(entity)}")
        for mention in entity.mentions:
            label = f'<span class="{META} gx-label">{escape(mention.label)}</span>'
            opening = f'<mark class="gx-ent" data-group="{escape(entity.group)}" style="{style}" title="{title}">'
            marks.append(_Mark(mention.start, mention.end, 2, opening, "</mark>", label))
    for time in document.times:
        title = f"{time.type} {time.value or '(unresolved)'}" + (f", anchored to {time.anchor}" if time.anchor else "")
        title += (f", {time.mod}" if time.mod else "") + (f", {time.range.start} to {time.range.end}" if time.range else "")
        title += (f", {time.quant}" if time.quant else "") + (f", {time.freq}" if time.freq else "")
        marks.append(_Mark(time.start, time.end, 3, f'<span class="gx-time" title="{escape(title)}">', "</span>"))
    return [m for m in marks if m.start < m.end]


def _place_note(entity: Entity) -> str:
    """' · Kyiv, UA (50.45, 30.52)' for a geocoded place, else nothing."""
    place = entity.place
    if place is None:
        return ""
    where = ", ".join(p for p in (place.name, place.admin1 if place.admin1 != place.name else None, place.country_code) if p)
    return f" · {where} ({place.latitude:.2f}, {place.longitude:.2f})"


def _speaker_name(document: Document, quote: Quote) -> str:
    """The speaker's own words, with the entity they resolve to beside them when the words
    do not already name it: "the statement (Israel)", "the Taliban"."""
    if quote.speaker is None:
        return "unattributed"
    words = quote.speaker.text
    entity = document.entity(quote.speaker.entity_id) if quote.speaker.entity_id else None
    if entity is None or re.search(rf"(?<!\w){re.escape(entity.name)}(?!\w)", words, re.IGNORECASE):
        return words  # the words name it ("Omaha police"); "US" is no name in "Officials in Russia"
    return f"{words} ({entity.name})"


def _quote_badges(document: Document) -> dict[int, list[str]]:
    badges: dict[int, list[str]] = {}
    for quote in document.quotes:
        badge = f'<span class="{META} gx-quote-badge">❝ {escape(_speaker_name(document, quote))}</span>'
        badges.setdefault(quote.content.start, []).append(badge)
    return badges


def _head(document: Document) -> str:
    parts = [f"<b>{escape(document.id)}</b>"] if document.id else []
    if document.published is not None:
        parts.append(f"published {document.published.isoformat()}")
    parts.append(f"{len(document.entities)} entities · {len(document.times)} times · {len(document.quotes)} quotes")
    return f'<div class="{META} gx-head">{" · ".join(parts)}</div>'


def _legend(document: Document) -> str:
    styles = group_styles(document)
    groups: dict[str, list[str]] = {group: [] for group in styles}
    for entity in document.entities:
        groups[entity.group].append(entity.name)
    items = [
        f'<mark style="{styles[group]}">{escape(group)}</mark>{escape(", ".join(names))}'
        for group, names in groups.items()
    ]
    return f'<div class="{META} gx-legend">{"<br>".join(items)}</div>' if items else ""


def _warnings(document: Document) -> str:
    if not document.warnings:
        return ""
    lines = "".join(f"<li>{escape(w)}</li>" for w in document.warnings)
    return f'<ul class="{META} gx-warnings">{lines}</ul>'


def render_text(document: Document, width: int = 100) -> str:
    """A readable summary for a terminal: entities by group, times, quotes, warnings."""
    lines = []
    head = [document.id or "(no id)"]
    if document.published is not None:
        head.append(f"published {document.published.isoformat()}")
    lines.append("  ".join(head))
    lines.append(f"{len(document.entities)} entities · {len(document.times)} times · {len(document.quotes)} quotes")
    lines += ["", "ENTITIES by group"]
    by_group: dict[str, list[Entity]] = {}
    for entity in document.entities:
        by_group.setdefault(entity.group, []).append(entity)
    for group, entities in by_group.items():
        lines.append(f"  {group}")
        for entity in entities:
            forms = Counter(m.text for m in entity.mentions)
            written = ", ".join(f"{form} ×{n}" if n > 1 else form for form, n in forms.items())
            ident = "" if entity.id == group else f" [{entity.id}]"
            lines.append(f"    {entity.name} ({entity.type}){ident}: {written}")
    if not by_group:
        lines.append("  (none)")
    lines += ["", "TIMES"]
    for time in document.times:
        anchor = f", from {time.anchor}" if time.anchor else ""
        lines.append(f"  {time.text!r:32} {time.value or '(unresolved)':16} {time.type}{anchor}")
    if not document.times:
        lines.append("  (none)")
    lines += ["", "QUOTES"]
    for number, quote in enumerate(document.quotes, start=1):
        said = quote.verb_group or quote.cue  # "would only say": the verb with its auxiliaries
        cue = f" {said.text}" if said else ""
        channel = f" ({quote.channel.text})" if quote.channel else ""
        lines.append(f"  {number}. [{quote.kind}] {_speaker_name(document, quote)}{cue}{channel}:")
        lines += textwrap.wrap(f"“{quote.words()}”", width, initial_indent="     ", subsequent_indent="     ")
    if not document.quotes:
        lines.append("  (none)")
    if document.warnings:
        lines += ["", "WARNINGS", *(f"  - {w}" for w in document.warnings)]
    return "\n".join(lines)
