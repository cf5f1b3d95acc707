"""Attributed quotes over a parsed Doc: direct, indirect and mixed, with speakers resolved.

`find_quotes(doc, lexicon)` is a pure function of the parsed, entity-tagged Doc (and of
the aliases stage's entities when it ran); the `quotes` stage stores its result.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..annotations import EntityRecord, QuoteRecord
from ..layout import headlines_of
from .candidates import Candidate
from .colon import find_colon_quotes
from .direct import find_direct, question_before, tail_after
from .indirect import find_indirect
from .lexicon import Lexicon, load_lexicon
from .marks import DOUBLE_CLOSERS, QUOTE_MARKS, SINGLE_CLOSER, QuoteMarks, pair_marks
from .speakers import Resolver
from .verb_group import verb_group

__all__ = ["Lexicon", "QuoteMarks", "find_quotes", "load_lexicon", "pair_marks"]


def find_quotes(
    doc: Doc, lexicon: Lexicon, marks: QuoteMarks | None = None, new_entities: list[EntityRecord] | None = None,
    nested: bool = False,
) -> list[QuoteRecord]:
    """Every attributed quote in `doc`, in text order. The unnamed bodies that speak ("the
    department of fisheries in Lagos") are new entities, added to `new_entities` for the caller
    to store with the document's: a speaker's entity id may name one of them. With `nested`, a
    report inside another's content ("X said [the judge believes [Y]]") is a quote of its own too."""
    marks = marks or pair_marks(doc.text)
    direct = find_direct(doc, marks, lexicon)
    headlines = headlines_of(doc, marks.text)
    indirect = [
        c for c in find_indirect(doc, marks, lexicon, direct, nested)
        if not any(start <= c.anchor < end for start, end in headlines)  # Title Case parses poorly
    ]
    for colon in find_colon_quotes(doc, marks, lexicon):
        if any(_overlap(c.content, colon.content) for c in direct):
            continue
        # a cue inside the colon's claim is nested in it ("Okafor: I Still Think ..."): the claim is the quote
        indirect = [c for c in indirect if not (_overlap(c.content, colon.content) and _inside(c.anchor, colon.content))]
        if not any(_overlap(c.content, colon.content) for c in indirect):
            indirect.append(colon)
    candidates = sorted(direct + indirect, key=lambda c: (c.anchor, c.content))
    resolver = Resolver(doc, lexicon, marks)
    records: list[QuoteRecord] = []
    latest: dict[str, int] = {}  # kind -> index of the latest record of that kind
    for candidate in candidates:
        last = next((i for i in _latest_quoted(latest) if _goes_on(records[i], candidate, marks)), None)
        if last is None and candidate.follows:
            last = _continued(candidate, resolver, records, marks)
            if last is None:
                answer = _answer(candidate, resolver, records, marks)
                if answer is not None:
                    latest[answer.kind] = len(records)
                    records.append(answer)
                continue
        if last is not None:
            records[last] = _joined(records[last], candidate.content)
            continue
        record = _record(doc, candidate, resolver)
        if record is not None:
            latest[record.kind] = len(records)
            records.append(record)
    records = [_with_verb_group(doc, _with_tail(doc, r, marks, lexicon), lexicon) for r in records]
    if new_entities is not None:
        new_entities.extend(resolver.bodies.values())
    return sorted(records, key=lambda r: (r.content, r.cue or (0, 0)))


def _with_verb_group(doc: Doc, record: QuoteRecord, lexicon: Lexicon) -> QuoteRecord:
    """The record with its cue's verb group, kept off its speaker and content."""
    if record.cue is None:
        return record
    keep_out = [*(record.parts or (record.content,)), *([record.speaker] if record.speaker else [])]
    return replace(record, verb_group=verb_group(doc, record.cue, keep_out, lexicon.documents))


def _with_tail(doc: Doc, record: QuoteRecord, marks: QuoteMarks, lexicon: Lexicon) -> QuoteRecord:
    """A direct quote that closes inside its sentence goes on with the unquoted words that finish
    it ('"We have two weeks to go" before the river crests.'): a mixed quote, its last piece to
    the sentence's end."""
    if not _as_direct(record):
        return record
    end = tail_after(doc, marks.text, record.content[1], lexicon)
    if end is None:
        return record
    parts = (*record.parts[:-1], (record.parts[-1][0], end)) if record.parts else ()
    return replace(record, kind="mixed", content=(record.content[0], end), parts=parts)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(offset: int, span: tuple[int, int]) -> bool:
    return span[0] <= offset < span[1]


def _latest_quoted(latest: dict[str, int]) -> list[int]:
    """The indices of the latest direct quote and the latest mixed one, latest first: a report
    inside an attribution ('..., said X, whose group expects 500 to attend.') comes after its
    quote in anchor order but does not end it."""
    return sorted((latest[kind] for kind in ("direct", "mixed") if kind in latest), reverse=True)


def _goes_on(previous: QuoteRecord, candidate: Candidate, marks: QuoteMarks) -> bool:
    """The candidate is the next piece of the previous direct quote, in its paragraph run:
    the half after an interruption ('"A," she said, "B"': the same cue), or a quote right
    after the attribution's sentence ('"A," Ruiz said. "B."': no cue of its own)."""
    if candidate.kind != "direct" or previous.speaker is None:
        return False
    if previous.kind == "mixed" and not _led_in(previous):  # 'X is "A," Ruiz said. "B."': its cue sits between the two
        return (candidate.follows and candidate.same_paragraph and previous.cue is not None
                and previous.content[1] <= previous.cue[0] < candidate.content[0]
                and marks.run_of(candidate.content[0]) == marks.run_of(previous.content[0]))
    if not _as_direct(previous):
        return False
    if candidate.content[0] < previous.content[1] or marks.run_of(candidate.content[0]) != marks.run_of(previous.content[0]):
        return False
    return (candidate.cue is not None and candidate.cue == previous.cue) or (candidate.follows and candidate.same_paragraph)


def _led_in(record: QuoteRecord) -> bool:
    """A direct quote that goes on with the words before its cue clause ('If X, he said, "Y"'):
    mixed, in two parts, its cue between them; what follows it goes on as after a direct quote."""
    return (record.kind == "mixed" and len(record.parts) == 2 and record.cue is not None
            and record.parts[0][1] <= record.cue[0] < record.parts[1][0])


def _as_direct(record: QuoteRecord) -> bool:
    """A direct quote, or one led in by the words before its cue clause: what follows either goes on alike."""
    return record.kind == "direct" or _led_in(record)


def _joined(previous: QuoteRecord, content: tuple[int, int]) -> QuoteRecord:
    parts = (*(previous.parts or (previous.content,)), content)
    return replace(previous, content=(parts[0][0], content[1]), parts=parts)


def _record(doc: Doc, candidate: Candidate, resolver: Resolver) -> QuoteRecord | None:
    speaker = entity_id = None
    channel = candidate.channel
    if candidate.subject is not None and doc[candidate.subject].tag_ != "EX":  # "There was ..." names no one
        resolved = resolver.resolve(doc[candidate.subject], candidate.anchor)
        speaker, entity_id = candidate.label or resolved.span, resolved.entity.id if resolved.entity else None
        channel = channel or resolved.channel
    return QuoteRecord(candidate.kind, candidate.content, speaker, entity_id, candidate.cue, channel, candidate.parts)


def _continued(candidate: Candidate, resolver: Resolver, earlier: list[QuoteRecord], marks: QuoteMarks) -> int | None:
    """The index of the direct quote that a paragraph that is only a quote goes on with: the
    latest one, ending in the paragraph run just before it, its speaker known. The paragraph
    is the same quote going on (its pieces join the quote's `parts`, with its speaker and cue),
    as attribution corpora annotate a quote that runs over paragraphs."""
    index = next((i for i in range(len(earlier) - 1, -1, -1) if _as_direct(earlier[i])), None)
    if index is None or earlier[index].speaker is None:
        return None
    previous = earlier[index]
    runs = marks.runs
    here = marks.run_of(candidate.content[0])
    before = marks.run_of(previous.content[1] - 1)
    if here is None or before is None or runs.index(here) != runs.index(before) + 1:
        return None
    if not _opens_with_its_mark(marks.text[here[0] : candidate.content[0]]):
        return None
    resolver.repeat(candidate.anchor, previous.speaker_entity_id)
    return index


def _answer(candidate: Candidate, resolver: Resolver, earlier: list[QuoteRecord], marks: QuoteMarks) -> QuoteRecord | None:
    """A bare quote right after the writer's own question ('Was it hard to come back?' /
    '"Terrifying. ..."') is the answer of the one the interview is with: the latest speaker whose
    entity is known, the quote having no speaker or cue of its own."""
    start = candidate.content[0]
    while start > 0 and marks.text[start - 1] in QUOTE_MARKS:
        start -= 1
    if not question_before(marks.text, start):
        return None
    previous = next((r for r in reversed(earlier) if r.speaker_entity_id is not None), None)
    if previous is None:
        return None
    resolver.repeat(candidate.anchor, previous.speaker_entity_id)
    return QuoteRecord("direct", candidate.content, None, previous.speaker_entity_id, None, None, candidate.parts)


def _opens_with_its_mark(lead: str) -> bool:
    """The paragraph opens with the quote's own opening mark, nothing else before its words (a
    stray closing-shaped mark, ” or ’, opens no quote going on)."""
    lead = lead.strip()
    return bool(lead) and all(c in QUOTE_MARKS and c not in DOUBLE_CLOSERS and c != SINGLE_CLOSER for c in lead)
