"""The cue as a verb group: the reporting verb with the words before it that go with it.

Attribution annotation (PolNeAR's guidelines, "keep the verb group together") takes the cue
to be the verb with its auxiliaries and modals ("has said", "would only say"), its negation
and its adverbs ("repeatedly said", "also said"), as one unbroken span. The finders give the
verb (with its particle); `verb_group` widens it over the verb's own auxiliaries, negation
and adverbs right before it, never over punctuation, the speaker or the content.

The group also reaches back over a verb the cue completes, with only an infinitive's "to"
or a particle between them ("went on to say", "has begun urging"), or over the verb that
issued the text a participle cue hangs on ("issued a statement saying", "released a
statement Friday saying": the parse may hang the participle on the verb, past its
object), and on over a manner adverb right after the verb ("said dryly", "asked
rhetorically"): the verb group, kept
together. Other phrases after the verb ("said on Tuesday", "wrote in a statement") are left
out: the annotators of that corpus take them in about as often as they leave them out, and
taking them in lowered the cue figures of direct and mixed quotes on its development split.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import carrying_text, is_clitic_has, speaks_through

#: Modifiers before the verb that belong to its group ("has repeatedly said").
BEFORE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
#: How an adverb of manner ends ("flatly", "sarcastically"); time words ("earlier") and
#: connectives ("however") do not, and stay out of the group.
MANNER_SUFFIX = "ly"


def verb_group(
    doc: Doc, cue: tuple[int, int], keep_out: list[tuple[int, int]], documents: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The cue span widened to its verb group; `keep_out` are spans it may not reach into
    (the speaker and the content's pieces); `documents` are the nouns of texts a speaker
    issues ("statement", "letter"), whose issuing verb a participle cue may join."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return cue
    verb = span.root
    if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
        return cue  # "according to", a colon: no verb group
    blocked = _blocked(doc, keep_out)
    start = _group_start(doc, verb, span.start, blocked)
    completed = (_completed_verb(doc, verb, start, blocked) or _issuing_verb(doc, verb, blocked)
                 or _issuing_clause(doc, verb, blocked, documents))
    if completed is not None:  # "went on to say": the group of the verb it completes
        start = _group_start(doc, completed, completed.i, blocked)
    end = span.end
    if end < len(doc) and _manner(doc[end], verb, blocked):
        end += 1
    if start == span.start and end == span.end:
        return cue
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]) if end > span.end else cue[1])


def _group_start(doc: Doc, verb: Token, start: int, blocked: set[int]) -> int:
    """The first token of the run of the verb's own modifiers right before `start`."""
    while start > 0 and _in_group(doc[start - 1], verb, blocked):
        start -= 1
    return start


def _completed_verb(doc: Doc, verb: Token, start: int, blocked: set[int]) -> Token | None:
    """The verb that the cue completes, right before its group with only a particle of it and
    the cue's "to" between ("went [on] to say", "have begun urging"), else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i >= start or head.i in blocked or head.pos_ not in ("VERB", "AUX"):
        return None
    between = doc[head.i + 1 : start]
    if all(_particle_or_to(t, head, verb) for t in between):
        return head
    return None


def _issuing_verb(doc: Doc, verb: Token, blocked: set[int]) -> Token | None:
    """The verb whose object the cue, a participle or a relative clause, hangs on, when the object
    is no part of the speaker: "issued a statement saying", "released a video that accuses" (the
    issuer speaks; see `Resolver`), else None."""
    noun = carrying_text(verb.head)  # "sent [an email] to members stating"
    if not speaks_through(verb) or noun.dep_ != "dobj" or noun.i >= verb.i:
        return None
    issuing = noun.head
    if issuing.i >= noun.i or issuing.pos_ not in ("VERB", "AUX"):
        return None
    between = doc[issuing.i : verb.i]
    if any(t.i in blocked or "\n" in t.text for t in between):
        return None
    return issuing


def _issuing_clause(doc: Doc, verb: Token, blocked: set[int], documents: frozenset[str]) -> Token | None:
    """The verb a participle cue hangs on in the parse when that verb's object, between them, is
    a text the speaker issued, with no comma before the participle: "released a statement
    Wednesday saying", "mailed a note on Friday urging" (see `_issuing_verb`), else None."""
    issuing = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or issuing.i >= verb.i or issuing.pos_ not in ("VERB", "AUX"):
        return None
    text = next((c for c in issuing.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if text is None or text.lemma_.lower() not in documents:
        return None
    between = doc[issuing.i : verb.i]
    if any(t.i in blocked or t.is_punct or "\n" in t.text for t in between):
        return None
    return issuing


def _particle_or_to(token: Token, head: Token, verb: Token) -> bool:
    return (token.dep_ == "prt" and token.head.i == head.i) or (token.tag_ == "TO" and token.head.i == verb.i)


def _manner(token: Token, verb: Token, blocked: set[int]) -> bool:
    """An adverb of manner of the verb right after it ("said dryly")."""
    return (
        token.i not in blocked
        and token.head.i == verb.i
        and token.dep_ == "advmod"
        and token.lower_.endswith(MANNER_SUFFIX)
        and token.is_alpha
    )


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
    if token.i not in blocked and token.head.i == verb.i and is_clitic_has(token, verb):
        return True  # "He's said": the parse's second subject is the auxiliary
    return (
        token.i not in blocked
        and token.head.i == verb.i
        and token.dep_ in BEFORE_DEPS
        and token.tag_ not in ("WRB", "TO")
        and not token.is_punct
        and "\n" not in token.text
    )
