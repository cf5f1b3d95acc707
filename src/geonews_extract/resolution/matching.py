"""Finding knowledge-base names in a text, exactly and fuzzily.

`KbMatcher` finds every alias of the knowledge base that occurs in a Doc with
spaCy's `PhraseMatcher` (one hash lookup per token, whatever the size of the
knowledge base). Acronyms ("US", "IS", "AU") match only as written; other names
match in any case that only capitalises letters at word starts ("al-Qaeda" ->
"Al-Qaeda"), never one that lower-cases a capital ("Turkey" is not "turkey").

`FuzzyMatcher` is for names not found exactly: one `rapidfuzz.process.extractOne`
over a prebuilt list of alias keys, above `FUZZY_THRESHOLD`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..annotations import span_text
from ..kb import AliasEntry, KnowledgeBase, alias_key
from ..kb.keys import letters

#: Lowest `rapidfuzz.fuzz.ratio` (0-100) at which an unknown name is taken for a
#: knowledge-base alias. 90 accepts one wrong or missing letter in ten
#: ("Hizbolah" -> Hezbollah, "al-Qaeida" -> al-Qaeda) and rejects near names of
#: other actors ("Nigerian"/"Nigerien" stay apart because both are listed, and
#: "Hamad" is no "Hamas"). See benchmarks/aliases.py for the figures.
FUZZY_THRESHOLD = 90
#: Names shorter than this (in letters) are never matched fuzzily: "Iran"/"Iraq".
FUZZY_MIN_LETTERS = 6
#: An acronym this short is not matched on a line written in capitals ("IS", "US").
SHORT_ACRONYM = 3


@dataclass(frozen=True, slots=True)
class Hit:
    """A knowledge-base name found in the text."""

    span: Span
    entry: AliasEntry


def is_acronym(surface: str) -> bool:
    """'US', 'U.S.', 'ISIS-K', 'G20': no lower-case letter, at least two capitals."""
    return not any(c.islower() for c in surface) and sum(c.isupper() for c in surface) >= 2


def case_compatible(text: str, surface: str) -> bool:
    """True if `text` is `surface` with at most word-initial letters capitalised (or all in capitals)."""
    text_letters = [c for c in text if c.isalpha()]
    surface_letters = [(c, i == 0 or not surface[i - 1].isalpha()) for i, c in enumerate(surface) if c.isalpha()]
    if len(text_letters) != len(surface_letters):
        return False
    if len(text_letters) >= 5 and all(c.isupper() for c in text_letters):
        return True
    for got, (want, word_start) in zip(text_letters, surface_letters, strict=False):
        if got == want:
            continue
        if not (word_start and want.islower() and got == want.upper()):
            return False
    return True


def pattern_variants(surface: str) -> set[str]:
    """How a name may be written in running text: without a leading 'the', with ’ for ', with spaces for hyphens."""
    base = surface[4:] if surface.lower().startswith("the ") else surface
    variants = {base}
    for variant in list(variants):
        variants.add(variant.replace("'", "’"))
        variants.add(variant.replace("’", "'"))
    for variant in list(variants):
        if "-" in variant:
            variants.add(variant.replace("-", " "))
    return variants


class KbMatcher:
    """Every knowledge-base name in a Doc, longest first, without overlaps."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        self.kb = kb
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.surfaces: dict[str, set[str]] = {}
        exact: set[str] = set()
        folded: set[str] = set()
        for surface, _entry in kb.surfaces():
            self.surfaces.setdefault(alias_key(surface), set()).add(surface)
            for variant in pattern_variants(surface):
                (exact if is_acronym(variant) else folded).add(variant)
        self.exact.add("KB", [nlp.make_doc(t) for t in sorted(exact)])
        self.folded.add("KB", [nlp.make_doc(t) for t in sorted(folded)])

    def __call__(self, doc: Doc, text: str | None = None) -> list[Hit]:
        """The hits in `doc`; `text` is `doc.text` (passed in because spaCy rebuilds it on every access)."""
        text = doc.text if text is None else text
        lines = LinesWithLowerCase(text)
        spans = [s for s in self.exact(doc, as_spans=True) if _acronym_ok(span_text(s, text), s.start_char, lines)]
        spans += [s for s in self.folded(doc, as_spans=True) if self._case_ok(span_text(s, text))]
        hits = []
        for span in filter_spans(spans):
            entry = self.kb.lookup(span_text(span, text))
            if entry is not None and _word_bounded(span, text):
                hits.append(Hit(span, entry))
        return hits

    def _case_ok(self, written: str) -> bool:
        surfaces = self.surfaces.get(alias_key(written), ())
        return any(case_compatible(written, pattern_form) for s in surfaces for pattern_form in pattern_variants(s))


class LinesWithLowerCase:
    """Whether the line around an offset has a lower-case letter, each line read once
    (so checking every match of a long line stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]
        self.known: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        line = bisect_left(self.ends, offset)
        found = self.known.get(line)
        if found is None:
            start = self.ends[line - 1] + 1 if line > 0 else 0
            found = self.known[line] = any(c.islower() for c in self.text[start : self.ends[line]])
        return found


def _acronym_ok(written: str, start_char: int, lines: LinesWithLowerCase) -> bool:
    """A short acronym on a line in capitals is a word of the headline ("WHAT IS NEXT")."""
    return letters(written) > SHORT_ACRONYM or lines(start_char)


def _word_bounded(span: Span, text: str) -> bool:
    """Not a piece of a longer word ('US' in 'USAID' is one token anyway; 'Hamas' in 'Hamas-run' is fine)."""
    before = text[span.start_char - 1] if span.start_char > 0 else " "
    after = text[span.end_char] if span.end_char < len(text) else " "
    return not before.isalnum() and not after.isalnum()


class FuzzyMatcher:
    """The knowledge-base alias closest to a name, if close enough."""

    def __init__(self, kb: KnowledgeBase, threshold: float = FUZZY_THRESHOLD, min_letters: int = FUZZY_MIN_LETTERS):
        self.kb = kb
        self.threshold = threshold
        self.min_letters = min_letters
        self.keys = sorted((key for key in kb.aliases if letters(key) >= min_letters), key=lambda k: (len(k), k))
        self.lengths = [len(key) for key in self.keys]
        self.match = lru_cache(maxsize=4096)(self._match)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without its cache (a cache wrapper cannot be pickled), so an Extractor can
        be sent to Dask workers; the cache starts empty there."""
        return {name: value for name, value in self.__dict__.items() if name != "match"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.match = lru_cache(maxsize=4096)(self._match)

    def _match(self, text: str) -> AliasEntry | None:
        key = alias_key(text)
        if letters(key) < self.min_letters:
            return None
        low, high = _length_window(len(key), self.threshold)
        window = self.keys[bisect_left(self.lengths, low) : bisect_right(self.lengths, high)]
        found = process.extractOne(key, window, scorer=fuzz.ratio, score_cutoff=self.threshold)
        return self.kb.aliases[found[0]] if found else None


def _length_window(length: int, threshold: float) -> tuple[float, float]:
    """The lengths another string may have and still reach `threshold` with `fuzz.ratio`:
    2 * matches / (a + b) >= r and matches <= min(a, b) give r * a / (2 - r) <= b <= (2 - r) * a / r."""
    r = max(threshold, 1) / 100
    return r * length / (2 - r) - 1e-9, (2 - r) * length / r + 1e-9
