"""The country a document's own institutions point to: "sheriff's office", "the Garda", "Bundestag".

A weak prior on the document's country for `geo.disambiguate` (weaker than its places and
actors): a lone town name with a famous namesake abroad ("Alexandria" in a local US paper)
follows the country whose offices the text speaks of. The words are data
(``data/geo/institutions.json``); an entry in lower case matches in any case, one with a
capital letter as written, whole words only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..datafiles import DataFileError, read_json

INSTITUTIONS_FILE = "geo/institutions.json"


@dataclass(frozen=True, slots=True)
class Institutions:
    """The words of each country's institutions, as two patterns (any case; as written) and their countries."""

    any_case: re.Pattern[str] | None
    any_case_ascii: re.Pattern[str] | None  # `any_case` as written, for an ASCII text in lower case (None: no such)
    as_written: re.Pattern[str] | None
    country_of: dict[str, str]  # the word (lower case where it matches in any case) -> its country's code
    currency: re.Pattern[str] | None  # a currency sign standing alone before an amount ("$4"; not "C$4")
    currency_country: dict[str, str]  # the sign -> its country's code


def _pattern(words: list[str], flags: int = 0) -> re.Pattern[str] | None:
    """The whole words `words` (an apostrophe matching either kind), the longest first.

    Written as matched (not in any case), each word starts with its first letter and
    looks back past it for a word character: a pattern whose every branch starts with a
    letter lets the regex engine skip at once the positions no word starts at, where a
    look-behind first would try each position (the same matches, several times faster).
    In any case that skip does not apply, and the look-behind first is the faster."""
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    if flags & re.IGNORECASE:
        alternatives = "|".join(_escaped(w) for w in ordered)
        return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", flags)
    alternatives = "|".join(rf"{_escaped(w[0])}(?<![\w'’]{_escaped(w[0])}){_escaped(w[1:])}" for w in ordered)
    return re.compile(rf"(?:{alternatives})(?![\w'’])", flags)


def _escaped(word: str) -> str:
    return re.escape(word).replace("'", "['’]")


@lru_cache(maxsize=1)
def load_institutions() -> Institutions:
    data: dict[str, Any] = read_json(INSTITUTIONS_FILE)
    country_of: dict[str, str] = {}
    for code, words in data["countries"].items():
        if not (isinstance(code, str) and len(code) == 2 and code.isupper()):
            raise DataFileError(f"{INSTITUTIONS_FILE}: {code!r} is not an ISO 3166-1 alpha-2 code")
        for word in words:
            key = word if word != word.lower() else word.lower()
            if country_of.setdefault(key, code) != code:
                raise DataFileError(f"{INSTITUTIONS_FILE}: {word!r} is listed for {country_of[key]} and {code}")
    lower = [w for w in country_of if w == w.lower()]
    written = [w for w in country_of if w != w.lower()]
    signs: dict[str, str] = data.get("bare_currency_sign", {})
    # each sign looks back past itself: a pattern that starts with the signs is searched far faster
    behind = "|".join(rf"{re.escape(sign)}(?<![\w$]{re.escape(sign)})" for sign in signs)
    currency = re.compile(rf"({behind}) ?\d") if signs else None
    # an ASCII text's words in any case are its lower-case words: searched as written, far faster
    ascii_lower = _pattern(lower) if all(word.isascii() for word in lower) else None
    return Institutions(_pattern(lower, re.IGNORECASE), ascii_lower, _pattern(written), country_of, currency, signs)


def institution_countries(text: str, counts: Counter[str] | None = None) -> dict[str, float]:
    """Each country's share of the institution words in `text` (shares sum to 1), a bare currency sign
    before an amount counted once; {} where there are none. `counts` is
    ``institution_counts(text, currency=False)`` where the caller has read it (it is not changed)."""
    if counts is None:
        counts = institution_counts(text)
    else:
        counts = counts.copy()
        counts.update(_bare_currency(text, load_institutions()))
    total = sum(counts.values())
    return {code: count / total for code, count in counts.items()} if total else {}


def institution_counts(text: str, currency: bool = True) -> Counter[str]:
    """How many institution words of each country `text` holds, and (unless `currency` is False) one
    for a bare currency sign before an amount, however many amounts."""
    vocabulary = load_institutions()
    counts: Counter[str] = Counter()
    if vocabulary.any_case_ascii is not None and text.isascii():
        counts.update(vocabulary.country_of[m.group()] for m in vocabulary.any_case_ascii.finditer(text.lower()))
    elif vocabulary.any_case is not None:
        counts.update(vocabulary.country_of[_straight(m.group()).lower()] for m in vocabulary.any_case.finditer(text))
    if vocabulary.as_written is not None:
        counts.update(vocabulary.country_of[_straight(m.group())] for m in vocabulary.as_written.finditer(text))
    if currency:
        counts.update(_bare_currency(text, vocabulary))
    return counts


def _bare_currency(text: str, vocabulary: Institutions) -> set[str]:
    """The country of each bare currency sign before an amount in `text`, each sign once, however many amounts."""
    if vocabulary.currency is None:
        return set()
    return {vocabulary.currency_country[m.group(1)] for m in vocabulary.currency.finditer(text)}


def _straight(word: str) -> str:
    """A typographic apostrophe made straight, as the data file writes it ("sheriff’s" -> "sheriff's")."""
    return word.replace("’", "'")
