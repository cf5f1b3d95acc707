"""`geonews_lemmatizer`: spaCy's English rule lemmatizer, remembering every lemma it found.

spaCy's rule lemmatizer works token by token in Python. It remembers the lemmas its
suffix rules found, keyed by the token's form, part of speech and morphological
features, but not the answers it gives before the rules, and those are most tokens: a
singular noun, a verb in its base form or an adjective in the positive degree is its own
lower-cased form, decided afresh each time from its features. Every one of those answers
depends on nothing but the form, the part of speech and the features, so this lemmatizer
remembers them all under that key, reads the key of every token of a Doc at once and
writes the Doc's lemmas at once. For a new key spaCy's own rules run, and each candidate
form they make is looked up in the part of speech's word list (57,000 nouns in
``en_core_web_sm``), which spaCy scans from the start; here the list is sorted once and
answers the same by a binary search. A token without a part of speech is lemmatised as spaCy
does each time (spaCy warns about it), never remembered; the lookup mode, and any other,
is spaCy's own.

The lemmas are spaCy's, token for token, and the component is a subclass of
`EnglishLemmatizer`: its tables load, save and initialise as the model's ``lemmatizer``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en import English
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Model

#: Lemmas remembered at most: past this many the memory is emptied and filled again, so a
#: long stream of new words does not grow it without end.
MAX_REMEMBERED = 200_000
#: Bits of a remembered key that number its (part of speech, features) pair.
TAG_BITS = 16


class CachedEnglishLemmatizer(EnglishLemmatizer):
    """`EnglishLemmatizer` whose rule mode remembers each lemma by form, tag and features."""

    def __init__(
        self,
        vocab: Vocab,
        model: Model | None,
        name: str = "lemmatizer",
        *,
        mode: str = "lookup",
        overwrite: bool = False,
        scorer: Callable | None = lemmatizer_score,
    ) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        # the lemma of each form, part of speech and features: the form's hash shifted left
        # by TAG_BITS plus the number of its (part of speech, features) pair in _tags; 0
        # stands for the lower-case form
        self.lemma_ids: dict[int, int] = {}
        self._tags: dict[tuple[int, int], int] = {}
        self._indexed: Table | None = None

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        """As spaCy's; the lemmas remembered from the tables before are forgotten."""
        super().initialize(*args, **kwargs)
        self.lemma_ids.clear()
        self._tags.clear()

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return cast(Doc, super().__call__(doc))
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._lemmatize_doc(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc

    def _lemmatize_doc(self, doc: Doc) -> None:
        if len(doc) == 0:
            return
        table = doc.to_array([ORTH, LOWER, POS, MORPH, LEMMA])
        lemmas = table[:, 4].copy()
        remembered, tags = self.lemma_ids, self._tags
        if len(remembered) > MAX_REMEMBERED or len(tags) >= 1 << TAG_BITS:
            remembered.clear()
            tags.clear()
        strings = self.vocab.strings
        self._index_words()
        changed = False
        for i, (orth, lower, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            tag = tags.get((pos, morph))
            if tag is None:
                tag = tags[(pos, morph)] = len(tags)
            key = orth << TAG_BITS | tag
            found = remembered.get(key, -1)
            if found == 0:
                found = lower
            elif found == -1:
                found = strings.add(self.lemmatize(doc[i])[0])
                self.cache.pop((orth, pos, morph), None)  # remembered here, in less memory
                if pos and found:  # without a part of speech spaCy warns each time: never remembered
                    remembered[key] = 0 if found == lower else found
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], cast(Any, lemmas))

    def take_over(self, old: Lemmatizer) -> None:
        """Use the tables of the component this one replaces (shared, not copied)."""
        self.lookups = old.lookups
        self._validated = False
        self.lemma_ids.clear()
        self._tags.clear()

    def _index_words(self) -> None:
        """Give the word lists of the ``lemma_index`` table a binary search (once per table)."""
        table = self.lookups.get_table("lemma_index", None)
        if table is None or table is self._indexed:
            return
        for key, words in list(table.items()):
            if type(words) is list and all(isinstance(word, str) for word in words):
                table[key] = WordList(words)
        self._indexed = table


class WordList(list):
    """A word list in sorted order whose ``in`` is a binary search: the answers of the
    list's own scan, in logarithmic time, with no second copy of the list. It saves and
    loads as a plain list (in sorted order); change it only by building a new one."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(sorted(words))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return list.__contains__(self, word)
        at = bisect_left(self, word)
        return at < len(self) and self[at] == word


@English.factory(
    "geonews_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(
    nlp: Language, model: Model | None, name: str, mode: str, overwrite: bool, scorer: Callable | None
) -> CachedEnglishLemmatizer:
    return CachedEnglishLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
