"""Time expressions rewritten into a small canonical form the rules can match.

"the twenty-four hours" -> "the 24 hours"; "Sept. 30th, 1998" -> "sept 30th 1998"; "the third-quarter" -> "the 3th quarter"; "a few days" -> "x days"; "some three weeks" -> "about 3 weeks"; "half a century" -> "50 years";
"nineteen ninety-six" -> "1996"; "the '90s" -> "the 90s". Ordinals always end in "th".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    DECADE_WORDS,
    FIXED_QUANTITIES,
    ORDINALS,
    SMALL_NUMBERS,
    TENS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
)

#: "5 ½ years" -> "5.5 years", "¾ of an hour" -> "0.75 of an hour".
_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75"}
_VULGAR_FRACTION = re.compile(r"(?<!\d)(\d*)\s?([½¼¾])")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2}))?\b")
_CLOCK = re.compile(r"\b(a|p)\.?\s?m\b\.?")
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.")
_DASH = re.compile(r"[-‐‑‒–—]")
_PUNCT = re.compile(r"[,;:!?()\[\]\"“”]")
_APOSTROPHE = re.compile(r"[’‘`´]")
_ORDINAL_SUFFIX = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_LEADING_APOSTROPHE_NUMBER = re.compile(r"'(\d\d)(?=s?\b)")
#: A possessive at the end, and the "time" it may head ("a week's time": a week).
_POSSESSIVE_END = re.compile(r"(?:'s?|(?<=s)')(?: time)?$")
_RELATIVE_YEAR_POSSESSIVE = re.compile(r"^(this|last|next) year's (.+)$")
_UNIT_AND_A_HALF = re.compile(r"\b(\d+) (second|minute|hour|day|week|month|year)s? and (?:(?:a|1) half|0\.5)\b")
_HALF = re.compile(r"\b(\d+) (?:and (?:a|one) half|1/2)\b")
_TIME_COLON = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_MID_UNIT = re.compile(r"\bmid(?=(?:week|month|year)\b)")  # "midweek" -> "mid week" ("midday" is noon)
#: "some" before a count makes it approximate ("some three weeks": about three), not vague.
_SOME_COUNT = re.compile(r"\bsome (?=\d)")
_VAGUE = re.compile(r"\b(?:" + "|".join(re.escape(q) for q in sorted(VAGUE_QUANTITIES, key=len, reverse=True)) + r")\b")
_FIXED = re.compile(r"\b(?:" + "|".join(re.escape(q) for q in sorted(FIXED_QUANTITIES, key=len, reverse=True)) + r")\b")
_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | {"hundred", "thousand"}
_UNIT_WORDS = frozenset(UNITS) | frozenset(UNIT_PLURALS) | {u + "s" for u in UNITS} | {"half"}
#: "a week", "one single day": the article or "one" before a unit is the count 1.
_ONE_UNIT = re.compile(r"\b(?:a|an|one)(?: single)? (?=(?:" + "|".join(sorted(_UNIT_WORDS)) + r")\b)")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The canonical form of a time expression (see the module docstring); a pure function
    of the text, remembered for the expressions news repeats."""
    s = _APOSTROPHE.sub("'", text.lower()).strip()
    if any(fraction in s for fraction in _FRACTIONS):  # checked first: the pattern is slow on a long run of digits
        s = _VULGAR_FRACTION.sub(lambda m: f"{m.group(1) or '0'}{_FRACTIONS[m.group(2)]}", s)
    s = _POSSESSIVE_END.sub("", s)
    s = _RELATIVE_YEAR_POSSESSIVE.sub(r"\2 of \1 year", s)
    s = _CLOCK.sub(lambda m: f" {m.group(1)}m ", s)
    s = _ISO_DATE.sub(lambda m: "iso" + "_".join(g for g in m.groups() if g), s)
    s = _TIME_COLON.sub(r"\1_\2", s)
    s = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), s)
    s = _ABBREVIATION_DOT.sub("", s)
    s = _DASH.sub(" ", s)
    s = _MID_UNIT.sub("mid ", s)
    s = _PUNCT.sub(" ", s)
    s = _LEADING_APOSTROPHE_NUMBER.sub(r"\1", s)
    s = re.sub(r"\b(\d{4}s?|\d0s)'", r"\1", s)
    words = _numbers(s.split())
    s = " ".join(words)
    s = _ORDINAL_SUFFIX.sub(r"\1th", s)
    s = _HALF.sub(lambda m: f"{m.group(1)}.5", s)
    s = _FIXED.sub(lambda m: _number_text(FIXED_QUANTITIES[m.group(0)]), s)
    s = _SOME_COUNT.sub("about ", s)
    s = _VAGUE.sub("x", s)
    s = _ONE_UNIT.sub("1 ", s)
    s = re.sub(r"\b1 half (?=\w)", "0.5 ", s)
    s = _UNIT_AND_A_HALF.sub(lambda m: f"{float(m.group(1)) + 0.5:g} {m.group(2)}", s)
    s = _QUARTER_CENTURY.sub("25 years", s)
    s = _PART_OF_A_LONG_UNIT.sub(_in_years, s)
    return " ".join(s.split())


#: A count written with thousands separators ("800,000 years"): one number.
_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
#: "a quarter of a century", "a quarter-century": 25 years.
_QUARTER_CENTURY = re.compile(r"\b1 quarter (?:of 1 )?century\b")
#: A part of a decade or a century is a whole number of years ("half a century" -> 50 years).
_PART_OF_A_LONG_UNIT = re.compile(r"\b(\d*\.\d+) (century|centuries|decade|decades)\b")
_YEARS_IN = {"century": 100, "centuries": 100, "decade": 10, "decades": 10}


def _in_years(m: re.Match[str]) -> str:
    years = float(m.group(1)) * _YEARS_IN[m.group(2)]
    return f"{years:g} years" if years.is_integer() else m.group(0)


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _numbers(words: list[str]) -> list[str]:
    """Number words to digits: "twenty four" -> "24", "nineteen ninety six" -> "1996",
    "third" -> "3th", "the nineties" -> "the 90s"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in ORDINALS and word not in _NUMBER_WORDS and _is_ordinal(words, i):
            out.append(f"{ORDINALS[word]}th")
            i += 1
            continue
        if word in _NUMBER_WORDS:
            run = [word]
            j = i + 1
            while j < len(words) and (
                words[j] in _NUMBER_WORDS
                or (words[j] in ORDINALS and words[j - 1] in TENS)
                or (words[j] == "and" and j + 1 < len(words) and words[j + 1] in _NUMBER_WORDS and words[j - 1] in ("hundred", "thousand"))
            ):
                run.append(words[j])
                j += 1
            if j < len(words) and words[j] in DECADE_WORDS and _value(run) is not None:
                out.append(f"{_value(run)}{DECADE_WORDS[words[j]]:02d}s")
                i = j + 1
                continue
            out.append(_run_text(run))
            i = j
            continue
        if word in DECADE_WORDS:
            out.append(f"{DECADE_WORDS[word]}s")
        else:
            out.append(word)
        i += 1
    return out


def _is_ordinal(words: list[str], i: int) -> bool:
    """'second' is a unit after a number ("one second"), an ordinal elsewhere and always
    before a part of a year ("the 1988 second quarter")."""
    if words[i] != "second" or (i + 1 < len(words) and words[i + 1] in ("quarter", "quarters", "half")):
        return True
    previous = words[i - 1] if i else ""
    return not (previous.isdigit() or previous in SMALL_NUMBERS or previous in ("a", "x"))


def _run_text(run: list[str]) -> str:
    ordinal = ORDINALS.get(run[-1]) if run[-1] in ORDINALS else None
    numbers = run[:-1] if ordinal is not None else run
    value = _value(numbers) if numbers else 0
    if value is None:
        return " ".join(run)
    if ordinal is not None:
        return f"{value + ordinal}th"
    return str(value)


def _value(run: list[str]) -> int | None:
    words = [w for w in run if w != "and"]
    if not words:
        return None
    year = _year_value(words)
    if year is not None:
        return year
    total = current = 0
    for word in words:
        if word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def _year_value(words: list[str]) -> int | None:
    """"nineteen ninety six" -> 1996, "twenty twenty" -> 2020: a number of hundreds said as two pairs."""
    for split in range(1, len(words)):
        head, tail = words[:split], words[split:]
        if tail[0] not in TENS or "hundred" in words or "thousand" in words:
            continue
        first, second = _value(head), _value(tail)
        if first is not None and second is not None and 10 <= first <= 99 and second < 100:
            if head[-1] in TENS and len(head) == 1 and first < 20:
                continue
            return first * 100 + second
    return None
