"""The cue as a verb group: the reporting verb with the words before it that go with it.

Attribution annotation (PolNeAR's guidelines, "keep the verb group together") takes the cue
to be the verb with its auxiliaries and modals ("has said", "would only say"), its negation
and its adverbs ("repeatedly said", "also said"), as one unbroken span. The finders give the
verb (with its particle); `verb_group` widens it over the verb's own auxiliaries, negation
and adverbs right before it, never over punctuation, the speaker or the content.

Phrases after the verb ("said on Tuesday", "wrote in a statement") are left out: the
annotators of that corpus take them in about as often as they leave them out, and taking
them in lowered the cue figures of direct and mixed quotes on its development split.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Modifiers before the verb that belong to its group ("has repeatedly said").
BEFORE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def verb_group(doc: Doc, cue: tuple[int, int], keep_out: list[tuple[int, int]]) -> tuple[int, int]:
    """The cue span widened to its verb group; `keep_out` are spans it may not reach into
    (the speaker and the content's pieces)."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return cue
    verb = span.root
    if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
        return cue  # "according to", a colon: no verb group
    blocked = _blocked(doc, keep_out)
    start = span.start
    while start > 0 and _in_group(doc[start - 1], verb, blocked):
        start -= 1
    return (doc[start].idx, cue[1]) if start < span.start else cue


def _blocked(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that overlap any of `spans`."""
    found: set[int] = set()
    for start, end in spans:
        part = doc.char_span(start, end, alignment_mode="expand")
        if part is not None:
            found.update(range(part.start, part.end))
    return found


def _in_group(token: Token, verb: Token, blocked: set[int]) -> bool:
    """An auxiliary, negation or adverb of the verb, right before the group ("has also said");
    not a question word ("when asked") or the infinitive's "to" ("went on to say")."""
    return (
        token.i not in blocked
        and token.head.i == verb.i
        and token.dep_ in BEFORE_DEPS
        and token.tag_ not in ("WRB", "TO")
        and not token.is_punct
        and "\n" not in token.text
    )
