"""Headlines in Title Case, where every word looks like a name to a small model.

"Taliban Warns US To Stop Drones" is read again in sentence case ("Taliban warns US to
stop drones"): the re-read's entities replace the line's, and an entity whose edge the
re-read tags as a verb, preposition, ... ("Taliban Warns") is dropped. Only the model's
tagging and entity components re-read (never the parser), and the lines of many documents
are re-read together in one batch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from ..layout import WORD

#: Parts of speech that cannot be the edge of a name.
NOT_NAME_EDGE = frozenset({"VERB", "AUX", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART", "DET", "PUNCT", "SPACE"})
#: Model components a re-read runs (the ones that tag words and find entities).
REREAD_COMPONENTS = frozenset({"tok2vec", "tagger", "morphologizer", "attribute_ruler", "ner"})

Reader = Callable[[list[Doc]], Iterable[Doc]]


def sentence_case(line: str) -> str:
    """Lower-case a headline's words, keeping its first word and short acronyms."""
    words = list(WORD.finditer(line))
    all_caps = all(w.group(0).isupper() for w in words)
    out = list(line)
    for index, word in enumerate(words):
        token = word.group(0)
        keep_acronym = not all_caps and token.isupper() and 2 <= len(token) <= 5
        if keep_acronym:
            continue
        lowered = token.lower()
        if index == 0:
            lowered = lowered[:1].upper() + lowered[1:]
        out[word.start() : word.end()] = list(lowered) if len(lowered) == len(token) else list(token)
    return "".join(out)


def in_title_case(line: str) -> bool:
    """A headline with lower-case letters (Title Case), not one in capitals: a line in
    capitals loses its names when lower-cased, so it is left as the model read it."""
    return any(c.islower() for c in line)


def reread_headlines(
    docs: list[Doc],
    ents: list[list[Span]],
    lines: list[list[tuple[int, int]]],
    texts: list[str],
    make_doc: Callable[[str], Doc],
    read: Reader,
) -> list[list[Span]]:
    """Each doc's entities `ents` with its headline `lines` repaired from one batched re-read."""
    jobs = [(d, start, end) for d, doc_lines in enumerate(lines) for start, end in doc_lines]
    subdocs = []
    kept = []
    for d, start, end in jobs:
        line = texts[d][start:end]
        lowered = sentence_case(line)
        if len(lowered) == len(line):
            subdocs.append(make_doc(lowered))
            kept.append((d, start, end))
    by_doc: dict[int, list[tuple[int, int, Doc]]] = {}
    for (d, start, end), sub in zip(kept, read(subdocs), strict=True):
        by_doc.setdefault(d, []).append((start, end, sub))
    return [_repair(doc, ents[d], by_doc.get(d, [])) for d, doc in enumerate(docs)]


def _repair(doc: Doc, ents: list[Span], rereads: list[tuple[int, int, Doc]]) -> list[Span]:
    if not rereads:
        return ents
    ents = sorted(ents, key=lambda e: e.start_char)
    starts = [e.start_char for e in ents]
    replaced: set[int] = set()
    repaired: list[Span] = []
    for start, end, sub in rereads:
        edge_pos = {start + t.idx: t.pos_ for t in sub}
        reread_ents = []
        for ent in sub.ents:
            span = doc.char_span(start + ent.start_char, start + ent.end_char, label=ent.label_)
            if span is not None:
                reread_ents.append(span)
        repaired.extend(reread_ents)
        for i in range(max(0, bisect_left(starts, start) - 1), bisect_left(starts, end)):
            ent = ents[i]
            if not (ent.start_char < end and ent.end_char > start):
                continue
            replaced.add(i)
            ent = _strip_space(ent)
            trimmed = _trim(ent, edge_pos)
            if trimmed is None or any(_overlaps(trimmed, r) for r in reread_ents):
                continue
            if (trimmed.start, trimmed.end) == (ent.start, ent.end) and _has_name(trimmed, edge_pos):
                repaired.append(ent)
    return [e for i, e in enumerate(ents) if i not in replaced] + repaired


def _trim(ent: Span, edge_pos: dict[int, str]) -> Span | None:
    start, end = ent.start, ent.end
    while start < end and edge_pos.get(ent.doc[start].idx) in NOT_NAME_EDGE:
        start += 1
    while end > start and edge_pos.get(ent.doc[end - 1].idx) in NOT_NAME_EDGE:
        end -= 1
    return Span(ent.doc, start, end, label=ent.label) if start < end else None


def _strip_space(ent: Span) -> Span:
    start, end = ent.start, ent.end
    while end > start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, start, end, label=ent.label)


def _has_name(ent: Span, edge_pos: dict[int, str]) -> bool:
    """In sentence case a name keeps a proper noun ("Border Clashes" reads as two nouns)."""
    return any(edge_pos.get(t.idx, "PROPN") == "PROPN" for t in ent if not t.is_space)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char
