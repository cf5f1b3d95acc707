"""States and their capitals: ISO 3166-1 from pycountry, plus `countries.json`.

pycountry supplies every country and territory with its ISO names; the data file
adds what ISO does not hold (the name news uses, short forms, demonyms, capitals)
keyed by alpha-3 code, and states ISO does not code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry
from pydantic import BaseModel, ConfigDict

from .keys import kb_slug
from .schema import Actor, KnowledgeBaseError, Name, describe_entry, parse_actors, read_json, validate_entry

_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


class CountryExtras(BaseModel):
    """What `countries.json` adds to one ISO 3166-1 country."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str | None = None
    name: Name | None = None
    aliases: tuple[Name, ...] = ()
    demonyms: tuple[Name, ...] = ()
    capital: tuple[Name, ...] = ()


def country_actors(path: Path) -> list[tuple[Actor, str]]:
    """(actor, source) for every country, capital and additional state."""
    raw = read_json(path)
    source = str(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("countries", {}), dict):
        raise KnowledgeBaseError(f"{source}: expected an object with 'countries': {{alpha-3 code: {{...}}}}")
    extras: dict[str, CountryExtras] = {}
    for code, entry in raw.get("countries", {}).items():
        if pycountry.countries.get(alpha_3=code) is None:
            raise KnowledgeBaseError(f"{source}: entry {code!r}: not an ISO 3166-1 alpha-3 code")
        extras[code] = validate_entry(entry, source, repr(code), CountryExtras)
    actors: list[tuple[Actor, str]] = []
    for country in pycountry.countries:
        extra = extras.get(country.alpha_3, CountryExtras())
        for actor in _country_and_capital(country, extra, source):
            actors.append((actor, source))
    for actor in parse_actors(raw.get("additional", []), f"{source} (additional)"):
        actors.append((actor, source))
    return actors


def _country_and_capital(country: Any, extra: CountryExtras, source: str) -> list[Actor]:
    iso_names = [getattr(country, field, None) for field in ("name", "official_name", "common_name")]
    name = extra.name or getattr(country, "common_name", None) or country.name
    ident = extra.id or kb_slug(name)
    aliases = []
    for iso_name in filter(None, iso_names):
        aliases.extend(_iso_variants(iso_name))
    aliases.extend(extra.aliases)
    try:
        state = Actor(
            id=ident,
            name=name,
            type="GPE",
            aliases=_unique(a for a in aliases if a != name),
            demonyms=extra.demonyms,
            note=f"ISO 3166-1 {country.alpha_3}",
        )
    except ValueError as err:
        raise KnowledgeBaseError(f"{source}: {describe_entry({'id': ident}, country.alpha_3)}: {err}") from None
    if not extra.capital:
        return [state]
    capital = Actor(
        id=kb_slug(extra.capital[0]),
        name=extra.capital[0],
        type="GPE",
        aliases=_unique(extra.capital[1:]),
        country=ident,
        metonym_for=ident,
        note=f"capital of {name}",
    )
    return [state, capital]


def _iso_variants(iso_name: str) -> list[str]:
    """The forms of an ISO name news could use: 'Iran, Islamic Republic of' -> 'Islamic Republic of Iran'."""
    bare = _PARENTHESIS.sub("", iso_name).strip()
    variants = [bare] if bare == iso_name else [iso_name, bare]
    head, comma, tail = bare.partition(", ")
    if comma and tail.endswith((" of", " of the")):
        variants.append(f"{tail} {head}")
    return variants


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
