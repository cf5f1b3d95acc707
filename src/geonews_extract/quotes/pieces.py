"""A guard for sentences too long to read whole: the quote finders see them in pieces.

spaCy walks a token's children from the edge of its subtree, so on one enormous "sentence"
(a run of "said said said ..." or a text without a full stop) every look at a cue's
dependents costs as much as the sentence and the quote stage turns quadratic. A sentence
longer than `MAX_SENTENCE_TOKENS` is therefore read as pieces of at most that many tokens,
cut after a line break where there is one: a copy of the Doc whose arcs that cross a cut
become roots. The tokens, their offsets, entities and spans are the original ones (the
view shares the Doc's results and only reads them), so every
offset a quote gets is exact; a quote whose cue and content fall in two pieces is missed,
which the stage says in ``Document.warnings``.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

#: Longest sentence read whole; news sentences are far shorter (a long one has about 80 tokens).
MAX_SENTENCE_TOKENS = 250


def long_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> list[tuple[int, int]]:
    """(start, end) token indices of the sentences longer than `limit` tokens."""
    if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
        return []
    starts = np.flatnonzero(doc.to_array([SENT_START]).astype("int64").reshape(-1) == 1)
    bounds = [0, *(int(i) for i in starts if i > 0), len(doc)]
    return [(a, b) for a, b in pairwise(bounds) if b - a > limit]


def in_pieces(doc: Doc, sentences: list[tuple[int, int]], limit: int = MAX_SENTENCE_TOKENS) -> Doc:
    """A copy of `doc` whose long `sentences` are cut into pieces of at most `limit` tokens."""
    piece = np.arange(len(doc), dtype="int64")  # the piece each token belongs to: its first token
    for start, end in sentences:
        first = start
        for token in doc[start:end]:
            if token.i - first >= limit or (token.i > first and "\n" in doc[token.i - 1].text):
                first = token.i
            piece[token.i] = first
    user_data, doc.user_data = doc.user_data, {}
    try:
        view = doc.copy()  # without a deep copy of the results so far: the view shares them, read only
    finally:
        doc.user_data = user_data
    view.user_data = user_data
    array = view.to_array([HEAD, DEP]).astype("int64")
    heads = np.arange(len(doc), dtype="int64") + array[:, 0]
    crossing = piece != piece[heads]
    array[crossing, 0] = 0
    array[crossing, 1] = doc.vocab.strings["ROOT"]
    view.from_array([HEAD, DEP], array.astype("uint64"))  # type: ignore[arg-type]  # numpy is what it takes
    return view
