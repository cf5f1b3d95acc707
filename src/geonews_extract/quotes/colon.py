"""A paragraph that opens with its source and a colon: "Okafor: Port strike will end this week".

News puts a source before a colon in headlines ("Okafor: Port strike will end"), interview
transcripts ("TAPPER: Do you think ...?") and digests that lead with a topic and a dash
("WHEAT YIELDS HOLD UP - Omar Haddad: “The rain came ...”"; "More from Haddad: “...”").
PolNeAR's guidelines annotate the colon as the cue ('Romeo: "Is the day so young?"'). After the
first line, a claim not all quoted counts only in a transcript: at least `MIN_TURNS` such
paragraphs. The claim is the rest of the paragraph (its quoted words when it is all quoted). The source is
the paragraph's first words, or those after a topic's dash, and must name someone:

- an entity the NER found (on the text's first line any of `HEADLINE_TYPES` in it; later,
  a phrase headed by a person, organisation or group: a dateline "WASHINGTON:" names a place);
- a proper name not in capitals ("Okafor"); in capitals only when it is a person the text
  names elsewhere ("TAPPER" after "Jake Tapper") or a speaker a label names in full and another
  by the last word of that name ("KATE MORAN:", then "MORAN:"): a label ("UPDATE", "EDITOR'S
  NOTE") is none;
- or a noun the source lists know ("Analysts", "Health ministry"), a text only with its
  article ("the report": "Editor's note" is a label).

A claim in Title Case after the first line is another story's title (a list of links) and
is not read. Never a phrase with a verb or a number ("What it means:", "At 10:30"), nor a topic ("Key
points:"). A cue inside the claim ("Okafor: I Still Think ...") is nested in it: PolNeAR
annotates only the outermost attribution, so the claim is the colon's quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..layout import HEADLINE_SMALL_WORDS
from .candidates import Candidate
from .lexicon import Lexicon
from .marks import QuoteMarks, quoted_words
from .syntax import chars, tokens_between, trim

#: Longest source before the colon, in words.
MAX_SOURCE_WORDS = 5
#: Longest bracketed citation after a claim ("[Daily Ledger]"), in tokens.
MAX_CITATION_WORDS = 5
#: Fewest words in the claim after the colon.
MIN_CLAIM_WORDS = 2
#: Fewest paragraphs "Source: words" (not all quoted) that make a transcript after the first line: one
#: alone is as often a caption or a heading as a turn of speech.
MIN_TURNS = 2
#: Entity types that can be a source on the text's first line (a headline).
HEADLINE_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Entity types that can be a source later in the text.
BODY_TYPES = frozenset({"PERSON", "ORG", "NORP"})
#: A topic's dash before the source ("WHEAT YIELDS HOLD UP - Omar Haddad:").
_TOPIC_DASH = re.compile(r"\s[-–—]{1,2}\s?|\s?[-–—]{1,2}\s")
#: The colon before a claim: followed by a space (never "10:30").
_COLON = re.compile(r":\s")
#: Words that lead to the source rather than name it ("More from Haddad:", "From the report:").
LEAD_WORDS = frozenset({"more", "from"})


def find_colon_quotes(doc: Doc, marks: QuoteMarks, lexicon: Lexicon) -> list[Candidate]:
    """The quote of every paragraph that opens with a source and a colon."""
    found: list[Candidate] = []
    turns: list[Candidate] = []
    persons: set[str] | None = None
    opened = list(_opened_by_a_colon(doc, marks))
    for number, source, claim, colon in opened:
        if persons is None and all(t.is_upper for t in source if t.is_alpha):
            persons = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e} | _returning_speakers(opened)
        if _names_a_source(source, lexicon, number == 0, persons or set()):
            candidate = _quote(source, claim, colon, marks)
            if candidate is not None:
                (found if number == 0 or candidate.kind == "direct" else turns).append(candidate)
    if len(turns) >= MIN_TURNS:
        found += turns
    inline = [c for c in _inline(doc, marks) if not any(f.content[0] <= c.content[0] < f.content[1] for f in found)]
    return sorted(found + inline, key=lambda c: c.content)


def _opened_by_a_colon(doc: Doc, marks: QuoteMarks) -> Iterator[tuple[int, list[Token], list[Token], int]]:
    """(paragraph number, source, claim, colon) of each paragraph that opens with words and a colon."""
    for number, (start, end) in enumerate(marks.paragraphs):
        found_colon = _COLON.search(marks.text, start, end)
        if found_colon is None or "\n" in marks.text[start : found_colon.start()]:
            continue
        colon = found_colon.start()
        lead = list(_TOPIC_DASH.finditer(marks.text, start, colon))
        source = trim(tokens_between(doc, lead[-1].end() if lead else start, colon))
        while len(source) > 1 and source[0].lower_ in LEAD_WORDS:
            source = source[1:]
        claim = trim(_without_citation(tokens_between(doc, colon + 1, end)))
        if not source or len(claim) < MIN_CLAIM_WORDS or (number and _title_case(claim)):
            continue  # after the first line, a claim in Title Case is another story's title (a list of links)
        yield number, source, claim, colon


def _returning_speakers(opened: list[tuple[int, list[Token], list[Token], int]]) -> set[str]:
    """The names of a transcript's speakers in capitals that come back by their last word alone
    ("KATE MORAN: ..." and later "MORAN: ..."): a speaker introduced in full, then named short.
    A label ("UPDATE:") comes back whole, never shortened from a longer one."""
    labels = {tuple(t.lower_ for t in source if t.is_alpha) for _, source, _, _ in opened
              if source and all(t.is_upper for t in source if t.is_alpha)}
    return {word for label in labels if len(label) > 1 for word in label if (label[-1],) in labels}


#: What ends the sentence before an inline source: its full stop, or the closing mark of a quote.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+|[\"”]\s+")


def _inline(doc: Doc, marks: QuoteMarks) -> list[Candidate]:
    """A name that opens a sentence (or its paragraph), then a colon and a whole quote: 'Reyes:
    "We will not close the port." Costa: "We have no choice."' (a debate's or a panel's turns)."""
    found = []
    text = marks.text
    for segment in marks.outermost():
        colon = segment.open - 2
        if colon < 1 or text[colon : segment.open] not in (": ", ":\u00a0"):
            continue
        start, _ = marks.paragraph_of(colon) or (0, 0)
        ends = list(_SENTENCE_END.finditer(text, start, colon))
        source = trim(tokens_between(doc, ends[-1].end() if ends else start, colon))
        if not source or len(source) > MAX_SOURCE_WORDS or not all(t.pos_ == "PROPN" for t in source):
            continue
        if _head(source).ent_type_ not in BODY_TYPES:
            continue
        words = quoted_words(text, segment)
        if words is not None:
            found.append(Candidate("direct", words, (colon, colon + 1), _head(source).i))
    return found


def _without_citation(claim: list[Token]) -> list[Token]:
    """The claim without the writer's bracketed citation at its end ('...: "Prices will fall." [Daily
    Ledger]'): the name of where the words were found, not part of them."""
    claim = [t for t in claim if not t.is_space]
    if not claim or claim[-1].text != "]":
        return claim
    opening = next((k for k in range(len(claim) - 2, -1, -1) if claim[k].text == "["), None)
    if opening is None or len(claim) - opening - 2 > MAX_CITATION_WORDS:
        return claim
    return claim[:opening]


def _quote(source: list[Token], claim: list[Token], colon: int, marks: QuoteMarks) -> Candidate | None:
    head = _head(source)
    content = chars(claim)
    cue = (colon, colon + 1)
    words = [t for t in source if t.is_alpha]
    # a label in capitals parses poorly ("RUTH" a verb, "KESSLER" its object): the speaker is the whole label
    label = chars(source) if len(words) > 1 and all(t.is_upper for t in words) else None
    segment = next((s for s in marks.outermost() if s.open <= content[0] and content[1] <= s.end), None)
    if segment is not None:
        quoted = quoted_words(marks.text, segment)
        return Candidate("direct", quoted, cue, head.i, label=label) if quoted else None
    mixed = any(content[0] <= s.open < content[1] for s in marks.outermost())
    return Candidate("mixed" if mixed else "indirect", content, cue, head.i, label=label)


def _names_a_source(source: list[Token], lexicon: Lexicon, headline: bool, persons: set[str]) -> bool:
    """On the first line (a headline) any entity in the source will do ("Reyes camp:") and a
    text needs no article ("Report:"); later only a phrase headed by a person, organisation or
    group, and a text with its article ("the report:", never the label "Editor's note:")."""
    if len(source) > MAX_SOURCE_WORDS or not source[0].text[:1].isupper():
        return False
    if " ".join(t.lower_ for t in source) in lexicon.labels:  # "Fact Check:", "Breaking:": the kind of story
        return False
    words = [t for t in source if t.is_alpha]
    if words and all(t.is_upper for t in words) and not any(t.like_num for t in source):
        return any(t.lower_ in persons for t in words)  # capitals (which tag poorly): a transcript's speaker, else a label
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in source):
        return False
    head = _head(source)
    lemma = head.lemma_.lower()
    if lemma in lexicon.documents and not headline:
        return any(c.dep_ == "det" for c in head.children)
    if any(t.ent_type_ in HEADLINE_TYPES for t in source) if headline else head.ent_type_ in BODY_TYPES:
        return True
    if all(t.pos_ == "PROPN" for t in source):
        return True  # a name the model did not tag ("Okafor")
    return head.pos_ in ("NOUN", "PROPN") and (
        lemma in lexicon.generic or lemma in lexicon.documents or lemma in lexicon.definite
    )


def _head(source: list[Token]) -> Token:
    """The token of the source whose head lies outside it (the phrase's head)."""
    return next((t for t in source if not source[0].i <= t.head.i <= source[-1].i or t.head.i == t.i), source[-1])


def _title_case(claim: list[Token]) -> bool:
    words = [t.text for t in claim if t.is_alpha]
    return len(words) >= MIN_CLAIM_WORDS and all(w[0].isupper() or w.lower() in HEADLINE_SMALL_WORDS for w in words)
