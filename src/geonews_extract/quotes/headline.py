"""A headline that names its source before a colon: "Okafor: Port strike will end this week".

News headlines attribute a claim by putting the source, a colon and the claim on the title
line; PolNeAR's guidelines annotate the colon as the cue. Only the text's first line is read
(a colon later in a story introduces a list or a quote of its own), and only a short source
that names someone: an entity the NER found, a proper name not in capitals, or a noun the
source lists know ("Analysts", "Health ministry"); never a label such as "UPDATE" or a topic
such as "Port strike".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidates import Candidate
from .lexicon import Lexicon
from .marks import QuoteMarks, quoted_words
from .syntax import chars, tokens_between, trim

#: Longest source before the colon, in words.
MAX_SOURCE_WORDS = 5
#: Fewest words in the claim after the colon.
MIN_CLAIM_WORDS = 2
#: Entity types that can be a headline's source.
SOURCE_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def find_headline_quote(doc: Doc, marks: QuoteMarks, lexicon: Lexicon) -> Candidate | None:
    if not marks.paragraphs:
        return None
    start, end = marks.paragraphs[0]
    colon = marks.text.find(":", start, end)
    if colon < 0:
        return None
    source = trim(tokens_between(doc, start, colon))
    claim = trim(tokens_between(doc, colon + 1, end))
    if not source or len(claim) < MIN_CLAIM_WORDS or not _names_a_source(source, lexicon):
        return None
    head = next((t for t in source if not source[0].i <= t.head.i <= source[-1].i or t.head.i == t.i), source[-1])
    content = chars(claim)
    cue = (colon, colon + 1)
    segment = next((s for s in marks.outermost() if s.open <= content[0] and content[1] <= s.end), None)
    if segment is not None:
        words = quoted_words(marks.text, segment)
        return Candidate("direct", words, cue, head.i) if words else None
    quoted = any(content[0] <= s.open < content[1] for s in marks.outermost())
    return Candidate("mixed" if quoted else "indirect", content, cue, head.i)


def _names_a_source(source: list[Token], lexicon: Lexicon) -> bool:
    if len(source) > MAX_SOURCE_WORDS or not source[0].text[:1].isupper():
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in source):
        return False
    if any(t.ent_type_ in SOURCE_TYPES for t in source):
        return True
    if all(t.pos_ == "PROPN" for t in source) and not all(t.is_upper for t in source):
        return True  # a name the model did not tag ("Okafor"); a label in capitals ("UPDATE") is none
    last = source[-1]
    lemma = last.lemma_.lower()
    return last.pos_ in ("NOUN", "PROPN") and (
        lemma in lexicon.generic or lemma in lexicon.documents or lemma in lexicon.definite
    )
