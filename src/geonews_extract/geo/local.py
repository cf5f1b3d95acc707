"""Signs that a story is local news, and that a place name in it is a town of that story's country.

A local paper names its town with the town's own business: an address ("2 Kiln St.,
Quarry"), a legislator's party and home town ("Sen. Jane Roe, R-Quarry"), a body only a
town has ("the Quarry City Council"). Such a name is a town of the story's country, not a
capital abroad that shares it: `geo.disambiguate` weighs the place's towns of that country
up (``local_town`` in ``data/geo/priors.json``). The story's country is the one its own
signs point to: the offices of ``data/geo/institutions.json``, and the formats of
``data/geo/local.json`` (a state in its newspaper abbreviation after a town, "Quarry,
Mich."; a party-and-town tag; a numbered street address). The states a story writes after
its towns ("Quarry, Ga.", "Quarry, GA 30601") say which of that country's towns of a name
it means (`written_states`). Pure functions over the text, no spaCy; the words are data,
matched as written, whole words only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..datafiles import DataFileError, read_json
from .gazetteer import ABBREVIATIONS_FILE, abbreviation_form, division_words
from .institutions import institution_counts

LOCAL_FILE = "geo/local.json"
#: How far before a name an address or a party tag that belongs to it may start (characters).
_WINDOW = 80


@dataclass(frozen=True, slots=True)
class LocalSigns:
    """The patterns of `data/geo/local.json` and the country whose formats they are."""

    country: str
    address_before: re.Pattern[str]  # a numbered street address and its comma, right before a name
    party_before: re.Pattern[str]  # a legislator's party letters and a hyphen, right before a name
    signs: re.Pattern[str]  # anywhere: an abbreviated state after a town, a party tag, an address, a ZIP code
    words: re.Pattern[str]  # anywhere in the text, in any case: a word of the country's local news ("councilwoman")
    municipal_after: frozenset[str]  # lower case, one or two words: a town's own body after its name ("city schools")
    state_after: re.Pattern[str]  # a state's abbreviation after a town, or its postal code and a ZIP code (group 1)
    state_of: dict[str, str]  # the GeoNames name of the state of each abbreviation (as `abbreviation_form` writes it) and postal code


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_local_signs() -> LocalSigns:
    data: dict[str, Any] = read_json(LOCAL_FILE)
    country = data["country"]
    if not (isinstance(country, str) and len(country) == 2 and country.isupper()):
        raise DataFileError(f"{LOCAL_FILE}: {country!r} is not an ISO 3166-1 alpha-2 code")
    party = _alternatives(data["party_tags"])
    directions = _alternatives(data["directions"])
    streets = _alternatives(data["street_words"])
    states = _alternatives(data["state_abbreviations"])
    postal = _alternatives(list(data["postal_codes"]))
    state_of = {abbreviation_form(form): state for state, forms in read_json(ABBREVIATIONS_FILE)[country].items() for form in forms}
    state_of.update(data["postal_codes"])
    # "W.Va." is written "W. Va." too
    written = "|".join(
        re.escape(form).replace(r"\.", r"\.\s?") for form in sorted(state_of, key=len, reverse=True) if "." in form
    )
    # "412 N. Elm St.": a number, a direction maybe, up to three capitalised words, a street word
    address = rf"(?<![\w,.])\d{{1,6}}[A-Z]?\s+(?:(?:{directions})\s+)?(?:[A-Z][\w'’-]*\.?\s+){{1,3}}(?:{streets})(?![\w])"
    return LocalSigns(
        country=country,
        address_before=re.compile(rf"{address}\s*,\s*$"),
        party_before=re.compile(rf"(?<![\w-])(?:{party})-$"),
        signs=re.compile(
            rf",\s(?:{states})(?![\w])|(?:\(|,\s)(?:{party})-[A-Z]|{address}"
            rf"|,\s(?:{postal})\s\d{{5}}(?:-\d{{4}})?(?![\w-])"
        ),
        words=re.compile(rf"(?<![\w-])(?:{_alternatives(data['story_words'])})(?![\w-])", re.IGNORECASE),
        municipal_after=frozenset(word.lower() for word in data["municipal_after"]),
        state_after=re.compile(rf"(?<=\w),\s(?:({written})(?![\w])|({postal})\s\d{{5}}(?:-\d{{4}})?(?![\w-]))"),
        state_of=state_of,
    )


def story_country(text: str, institutions: Counter[str] | None = None) -> str | None:
    """The country a story's own signs point to: its institutions' words (`geo.institutions`; not a
    bare currency sign: other countries write their dollars bare too) and each match of the
    formats of `data/geo/local.json`, one word of their country each, where one country holds
    more than half of them; else None. `institutions` is ``institution_counts(text,
    currency=False)`` where the caller has read it (it is not changed)."""
    votes = institution_counts(text, currency=False) if institutions is None else institutions.copy()
    signs = load_local_signs()
    votes[signs.country] += sum(1 for _ in signs.signs.finditer(text)) + sum(1 for _ in signs.words.finditer(text))
    total = sum(votes.values())
    if not total:
        return None
    code, count = votes.most_common(1)[0]
    return code if count > total / 2 else None


def written_states(text: str) -> tuple[tuple[str, float], ...]:
    """The states of the formats' country that the text writes after its towns, by the GeoNames
    name of each, with its share of them: an abbreviation ("Quarry, Ga.") or a postal code
    before a ZIP code ("Quarry, GA 30601"). () where it writes none."""
    signs = load_local_signs()
    found = Counter(
        signs.state_of[abbreviation_form(match.group(1)) if match.group(1) else match.group(2)]
        for match in signs.state_after.finditer(text)
    )
    total = sum(found.values())
    return tuple((state, count / total) for state, count in found.most_common())


def written_as_town(text: str, start: int, end: int, country: str | None, municipal: bool = False) -> str | None:
    """The country whose town the name at `start`-`end` is written as: the formats' own country
    after a numbered street address ("2 Kiln St., Quarry") or a party tag ("R-Quarry"); the
    story's `country` where a town's own body follows it (`municipal`: the caller read the
    phrases of `data/geo/divisions.json`; or a `municipal_after` phrase of `data/geo/local.json`; or
    the name's own last word starts such a body: "Quarry City" before "Council").
    None otherwise."""
    signs = load_local_signs()
    before = text[max(0, start - _WINDOW) : start]
    if signs.party_before.search(before[-6:]) or signs.address_before.search(before):
        return signs.country if country in (None, signs.country) else None
    if country is None:
        return None
    if municipal:
        return country
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return None
    one, two = following.group(1).lower(), (following.group(2) or "").lower()
    last = text[start:end].rsplit(None, 1)[-1].lower() if end > start else ""
    bodies = signs.municipal_after | division_words().municipal
    # "the Quarry City Council" where "Quarry City" is the name: its last word starts the body's
    found = one in signs.municipal_after or f"{one} {two}" in signs.municipal_after or f"{last} {one}" in bodies
    return country if found else None


_NEXT_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
