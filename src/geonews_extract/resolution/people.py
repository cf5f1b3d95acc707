"""People named in full once and shortly after: "Abu Omar Khorasani" ... "Khorasani".

A short name joins a full name of the same document when its words are the full
name's last words ("Khorasani", "Omar Khorasani") or, for a mention tagged PERSON,
its first word, and no other full name fits. Titles ("Gen.", "Mr", "President")
are not part of a name.
"""

from __future__ import annotations

import re

#: Words before a name that are not part of it.
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady sheikh shaikh sheik mullah mawlawi maulvi imam
    president vice prime minister premier chancellor king queen prince princess emir sultan general gen gen.
    brigadier brig brig. colonel col col. lieutenant lt lt. major maj maj. captain capt capt. commander cmdr
    admiral adm sergeant sgt sgt. governor gov gov. senator sen sen. rep rep. ambassador envoy judge justice
    spokesman spokeswoman secretary-general secretary foreign defence defense interior chief deputy acting
    mayor ayatollah pope cardinal bishop rabbi father""".split()
)
_NAME_WORD = re.compile(r"[\w'’.-]+")


def name_words(text: str) -> tuple[str, ...]:
    """The words of a personal name, titles and possessive left out: 'Gen. Samuel Okafor's' -> ('Samuel', 'Okafor')."""
    words = _NAME_WORD.findall(text)
    if words:
        words[-1] = re.sub(r"['’]s?$", "", words[-1])
    while words and words[0].lower() in TITLES:
        words = words[1:]
    return tuple(w for w in words if w)


def match_full_name(short: tuple[str, ...], full_names: list[tuple[str, ...]], person_label: bool) -> int | None:
    """Index of the one full name that `short` abbreviates, or None if none or several do."""
    if not short:
        return None
    fits = []
    for index, full in enumerate(full_names):
        if len(short) >= len(full):
            continue
        if full[-len(short):] == short or (person_label and len(short) == 1 and full[0] == short[0]):
            fits.append(index)
    return fits[0] if len(fits) == 1 else None
