"""The mentions to resolve: spaCy's entities reconciled with the knowledge-base names found.

* A knowledge-base name that no entity contains becomes a mention of its own and
  replaces the entities it overlaps (spaCy splits "Islamic State Khorasan
  Province" into three, or misses "Daesh" and "al-Qaeda" altogether).
* An entity that is a known name plus words for the actor's people ("Taliban
  leaders", "Malian troops", "al-Qaida's") stays one mention and carries the
  actor; one that lists several actors ("ISIS and al-Qaeda") is split into them.
* An entity with other words ("Kabul University") is a name of its own.
* In a Title Case headline, where spaCy glues words into names ("Wagner Fighters
  Hunt Jihadists"), the known names win.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..annotations import ENTITY_LABELS, entity_spans, span_text, text_of
from ..datafiles import read_json
from ..kb import AliasEntry
from ..ner.lines import split_at_line_breaks
from .matching import Hit

_WORDS = read_json("resolution/mentions.json")
#: Words for an actor's people, organs or parts: an entity made of a known name
#: and these words is a mention of that actor ("Taliban leaders", "US officials").
MEMBER_NOUNS = frozenset(_WORDS["member_nouns"])
#: Second halves of hyphenated modifiers that describe an actor without renaming it:
#: "Kurdish-led Syrian Democratic Forces", "Iran-backed Houthis".
MODIFIER_PARTICIPLES = frozenset(_WORDS["modifier_participles"])
#: Tokens that may sit between or around names without making a new name.
GLUE = frozenset(_WORDS["glue"])


#: The knowledge base's lookup: a name -> what it stands for, if anything.
Lookup = Callable[[str], AliasEntry | None]


@dataclass(slots=True)
class Candidate:
    """One mention being resolved (token offsets into the Doc)."""

    span: Span
    label: str | None  # spaCy's label; None for a name only the knowledge base found
    entry: AliasEntry | None = None
    cluster: str | None = None  # document-local cluster key once resolved without the knowledge base
    exact: bool = False  # the whole mention is a knowledge-base name (not name + member words)
    alias: str | None = None  # the knowledge-base alias (as written) that gave `entry`
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """``span.text``, sliced once from the Doc's text (see `annotations.span_text`)."""
        if self._text is None:
            self._text = span_text(self.span)
        return self._text

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


class MentionSet:
    """Non-overlapping mentions with a token index, so that claiming a span costs its length."""

    def __init__(self, doc: Doc, mentions: list[Candidate], ents: list[Span] | None = None) -> None:
        """`ents` is ``list(doc.ents)`` where the caller has read it (spaCy builds the list
        again on every read of ``doc.ents``, walking every token)."""
        self.items: list[Candidate | None] = []
        self.owner = [-1] * len(doc)
        self.blocked = bytearray(len(doc))  # tokens of non-entity spans: dates, numbers, ...
        for ent in doc.ents if ents is None else ents:
            if ent.label_ not in ENTITY_LABELS:
                self.blocked[ent.start : ent.end] = b"\x01" * len(ent)
        for mention in mentions:
            self._add(mention)

    def __iter__(self) -> Iterator[Candidate]:
        return (m for m in self.items if m is not None)

    def in_order(self) -> list[Candidate]:
        return sorted(self, key=lambda m: m.span.start)

    def is_free(self, span: Span) -> bool:
        return not any(self.blocked[span.start : span.end]) and all(
            self.owner[t] < 0 for t in range(span.start, span.end)
        )

    def claim(self, span: Span, entry: AliasEntry | None, cluster: str | None, label: str | None) -> bool:
        """Make `span` a mention, replacing the mentions inside it, unless one crosses it,
        a known name lies inside it, or it overlaps a date or number."""
        if any(self.blocked[span.start : span.end]):
            return False
        owners = {self.owner[t] for t in range(span.start, span.end)} - {-1}
        inside = [m for index in owners if (m := self.items[index]) is not None]
        for mention in inside:
            if mention.span.start < span.start or mention.span.end > span.end:
                return False
            if mention.entry is not None and (mention.span.start, mention.span.end) != (span.start, span.end):
                return False
        for mention in inside:
            label = label or mention.label
        for index in owners:
            self.items[index] = None
        self._add(Candidate(span, label or "ORG", entry, cluster, exact=entry is not None))
        return True

    def _add(self, mention: Candidate) -> None:
        index = len(self.items)
        self.items.append(mention)
        for token in range(mention.span.start, mention.span.end):
            self.owner[token] = index


def collect_mentions(
    doc: Doc,
    hits: list[Hit],
    lookup: Lookup,
    headlines: list[tuple[int, int]],
    doc_ents: list[Span] | None = None,
) -> list[Candidate]:
    """Mentions from `doc.ents` and the knowledge-base `hits`, without overlaps, in text order;
    `doc_ents` is ``list(doc.ents)`` where the caller has read it."""
    text = text_of(doc)
    ents = [part for ent in entity_spans(doc, doc_ents) for part in split_at_line_breaks(ent, text)]
    ent_at = [-1] * len(doc)
    for index, ent in enumerate(ents):
        ent_at[ent.start : ent.end] = [index] * len(ent)
    inside: dict[int, list[Hit]] = {}
    dominant: list[Hit] = []
    for hit in hits:
        holder = ent_at[hit.span.start]
        if holder >= 0 and _contains(ents[holder], hit.span) and not _same(ents[holder], hit.span):
            inside.setdefault(holder, []).append(hit)
        else:
            dominant.append(hit)
    replaced = {ent_at[t] for h in dominant for t in range(h.span.start, h.span.end)} - {-1}
    for index in sorted(replaced):
        dominant.extend(inside.pop(index, []))
    mentions = [_hit_mention(hit, text) for hit in dominant]
    for index, ent in enumerate(ents):
        if index in replaced:
            continue
        mentions.extend(_entity_mentions(ent, inside.get(index, []), lookup, _in_any(ent, headlines), text))
    return sorted(mentions, key=lambda m: m.span.start)


def _entity_mentions(ent: Span, hits: list[Hit], lookup: Lookup, in_headline: bool, doc_text: str) -> list[Candidate]:
    text = span_text(ent, doc_text)
    entry = lookup(text)
    if entry is not None:
        return [Candidate(ent, ent.label_, entry, exact=True, alias=text, _text=text)]
    if not hits:
        return [Candidate(ent, ent.label_, _text=text)]
    rest = [t for t in ent if not any(h.span.start <= t.i < h.span.end for h in hits)]
    modifiers = _hyphenated_modifiers(ent)
    if all(_is_glue_or_member(t.lower_) or t.i in modifiers for t in rest):
        actors = [h for h in hits if h.entry.kind == "name"]
        if len(hits) == 1 or len(actors) == 1:
            main = actors[0] if actors else hits[0]
            if not rest:
                return [_hit_mention(main, doc_text)]
            return [Candidate(ent, ent.label_, main.entry, alias=span_text(main.span, doc_text), _text=text)]
        return [_hit_mention(hit, doc_text) for hit in hits]
    if in_headline:
        return [_hit_mention(hit, doc_text) for hit in hits]
    return [Candidate(ent, ent.label_, _text=text)]


def _hit_mention(hit: Hit, doc_text: str | None = None) -> Candidate:
    text = span_text(hit.span, doc_text)
    return Candidate(hit.span, None, hit.entry, exact=True, alias=text, _text=text)


def _is_glue_or_member(word: str) -> bool:
    return word in GLUE or word in MEMBER_NOUNS or not any(c.isalnum() for c in word)


def _hyphenated_modifiers(ent: Span) -> set[int]:
    """Token indices of "Kurdish-led"-style modifiers inside an entity."""
    found = set()
    for token in ent[:-2]:
        dash, participle = token.nbor(1), token.nbor(2)
        if dash.text == "-" and participle.lower_ in MODIFIER_PARTICIPLES and participle.i < ent.end:
            found.update({token.i, dash.i, participle.i})
    return found


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


def _in_any(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span.start_char and span.end_char <= end for start, end in ranges)
