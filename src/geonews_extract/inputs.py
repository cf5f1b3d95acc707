"""Checking and preparing input before it reaches spaCy.

Preparation never changes the length of the text: HTML markup is masked with
spaces (and entities such as ``&amp;`` with their character plus padding), so
every offset the pipeline produces indexes the caller's original text.

Two guards keep adversarial text from costing more than linear time or crashing
spaCy, each said in `Document.warnings`: a lone surrogate (text decoded with
``surrogateescape``, say) becomes U+FFFD, one character for one, in the text and
`Document.text`; a run of more than `LONG_RUN` identical punctuation marks is
masked with spaces before tokenising (the tokenizer's time grows with the square of
one token's length), while `Document.text` keeps it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from spacy.lang.en.stop_words import STOP_WORDS

DEFAULT_MAX_CHARS = 1_000_000
#: Runs of more identical punctuation marks than this are masked before tokenising.
LONG_RUN = 100


@dataclass(frozen=True)
class PreparedText:
    original: str
    masked: str
    published: date | datetime | None
    warnings: list[str] = field(default_factory=list)


def check_text(text: object, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Return `text` if it can be extracted from, else raise TypeError/ValueError."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"text must be str, not {type(text).__name__}; decode it first, "
            "e.g. data.decode('utf-8')"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        raise ValueError("empty text")

    if len(text) > max_chars:
        raise ValueError(
            f"text has {len(text):,} characters, over the limit of {max_chars:,} "
            "(raise max_chars to allow it)"
        )
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_id(value: str | None) -> str | None:
    """An id as given, or ValueError if it cannot be written as UTF-8 (a lone surrogate)."""
    if value is not None and _SURROGATE.search(value):
        raise ValueError(f"id {safe_id(value)!r} has a lone surrogate, which cannot be written as UTF-8")
    return value


def safe_id(value: str | None) -> str | None:
    """An id that can be written as UTF-8 in any case: lone surrogates as backslash escapes."""
    return None if value is None else value.encode("utf-8", "backslashreplace").decode("utf-8")


def parse_published(value: object) -> date | datetime | None:
    """Accept a date, a datetime, an ISO 8601 string or an RFC 2822 string (RSS feeds).

    A datetime whose time zone is not a whole number of minutes from UTC (some
    historical zones) is refused: JSON and ISO 8601 cannot carry it exactly."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return _whole_minute_offset(value)
    if not isinstance(value, str):
        raise TypeError(f"published must be a date, datetime or str, not {type(value).__name__}")
    raw = value.strip()
    for parse in (_iso_date, datetime.fromisoformat, _rfc_2822):
        try:
            parsed = parse(raw)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
        return _whole_minute_offset(parsed)
    raise ValueError(
        f"cannot parse published {value!r}: give an ISO 8601 date such as '2021-09-30'"
    )


def _whole_minute_offset(value: date | datetime) -> date | datetime:
    offset = value.utcoffset() if isinstance(value, datetime) else None
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        raise ValueError(
            f"published {value.isoformat()!r} has a time zone offset with seconds, which JSON and "
            "ISO 8601 dates cannot keep; give the time in UTC or with a whole-minute offset"
        )
    return value


_RFC_2822_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,}\s+(\d+)\b")


def _rfc_2822(raw: str) -> datetime:
    """`parsedate_to_datetime`, keeping a year written with three or four digits as written
    (the email module reads years below 100, "0001" included, as 19xx/20xx)."""
    parsed = parsedate_to_datetime(raw)
    written = _RFC_2822_YEAR.search(raw)
    if written and len(written.group(1)) >= 3 and int(written.group(1)) != parsed.year:
        return parsed.replace(year=int(written.group(1)))  # ValueError for year 0
    return parsed


def _iso_date(raw: str) -> date:
    if len(raw) != 10:
        raise ValueError(raw)
    return date.fromisoformat(raw)


_HTML_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?|![A-Za-z][^<>]*)>", re.S)
_HTML_MARKER = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|html|head|body|article|section|h[1-6]|li|ul|ol"
    r"|table|tr|td|img|meta|script|style|figure|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_INVISIBLE_OPEN = re.compile(r"<(script|style|head)\b[^>]*>", re.IGNORECASE)
_INVISIBLE_CLOSE = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "head")
}
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|tr|article|section|blockquote|figure|header|footer)\b", re.IGNORECASE
)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def looks_like_html(text: str) -> bool:
    return len(_HTML_MARKER.findall(text, 0, 200_000)) >= 2


def mask_html(text: str) -> str:
    """Blank out markup keeping every character where it was.

    Tags become spaces (a block tag starts with a newline so paragraphs stay apart),
    script/style/head content becomes spaces, and entities become their character
    followed by spaces.
    """

    def blank(match: re.Match[str]) -> str:
        chunk = match.group(0)
        if _BLOCK_TAG.match(chunk):
            return "\n" + " " * (len(chunk) - 1)
        return re.sub(r"[^\n]", " ", chunk)

    def unescape(match: re.Match[str]) -> str:
        chunk = match.group(0)
        char = html.unescape(chunk)
        return char + " " * (len(chunk) - len(char)) if len(char) <= len(chunk) else chunk

    masked = _blank_ranges(text, _comments(text))
    masked = _blank_ranges(masked, _invisible_elements(masked))
    masked = _HTML_TAG.sub(blank, masked)
    masked = _HTML_ENTITY.sub(unescape, masked)
    assert len(masked) == len(text)
    return masked


def _comments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ``<!-- ... -->``, in one pass: an unclosed one ends the search."""
    found, position = [], 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        found.append((start, end + 3))
        position = end + 3
    return found


def _invisible_elements(text: str) -> list[tuple[int, int]]:
    """(start, end) of each script, style and head element, opening to closing tag, in one
    pass: once an element has no closing tag, no later one of its kind is looked for."""
    found: list[tuple[int, int]] = []
    unclosed: set[str] = set()
    position = 0
    while match := _INVISIBLE_OPEN.search(text, position):
        name = match.group(1).lower()
        close = None if name in unclosed else _INVISIBLE_CLOSE[name].search(text, match.end())
        if close is None:
            unclosed.add(name)
            position = match.end()
            continue
        found.append((match.start(), close.end()))
        position = close.end()
    return found


def _blank_ranges(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with each range's characters but newlines as spaces (a block range starts a line)."""
    if not ranges:
        return text
    parts, position = [], 0
    for start, end in ranges:
        chunk = text[start:end]
        parts.append(text[position:start])
        blanked = _NOT_NEWLINE.sub(" ", chunk)
        parts.append("\n" + blanked[1:] if _BLOCK_TAG.match(chunk) else blanked)
        position = end
    parts.append(text[position:])
    return "".join(parts)


_NOT_NEWLINE = re.compile(r"[^\n]")
_PUNCTUATION_RUN = re.compile(r"([^\w\s])\1{" + str(LONG_RUN) + ",}")


def mask_long_runs(text: str) -> tuple[str, int]:
    """`text` with each run of more than `LONG_RUN` identical punctuation marks as spaces,
    and how many runs were masked."""
    runs = 0

    def blank(match: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        return " " * len(match.group(0))

    return _PUNCTUATION_RUN.sub(blank, text), runs


_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile(r"[^A-Za-z\u00C0-\u024F]")


def looks_non_english(text: str, sample_chars: int = 20_000) -> bool:
    """A cheap check: too few English function words, or mostly non-Latin letters."""
    words = _WORD.findall(text[:sample_chars])
    if len(words) < 8:
        return False
    letters = "".join(words)
    if len(letters) - len(_NOT_LATIN.findall(letters)) < 0.5 * len(letters):  # few non-Latin letters to list
        return True
    stop = sum(map(STOP_WORDS.__contains__, map(str.lower, words)))
    return stop < 0.2 * len(words)


def prepare(text: object, published: object, max_chars: int = DEFAULT_MAX_CHARS) -> PreparedText:
    """Check everything about one input; raise on what cannot be extracted from."""
    original = check_text(text, max_chars)
    anchor = parse_published(published)
    warnings: list[str] = []
    surrogates = len(_SURROGATE.findall(original))
    if surrogates:
        original = _SURROGATE.sub("\ufffd", original)
        warnings.append(
            f"{surrogates} lone surrogate(s) (not valid Unicode text) replaced with U+FFFD, one character "
            "for one, in Document.text; offsets are unchanged"
        )
    masked = original
    if looks_like_html(original):
        masked = mask_html(original)
        warnings.append("HTML markup was masked before extraction; offsets index the original text")
        if not masked.strip():
            raise ValueError("empty text (only HTML markup)")
    masked, runs = mask_long_runs(masked)
    if runs:
        warnings.append(
            f"{runs} run(s) of more than {LONG_RUN} identical punctuation marks masked before extraction; "
            "Document.text keeps them and offsets are unchanged"
        )
    if looks_non_english(masked):
        warnings.append("text does not look like English; results from the English model may be poor")
    return PreparedText(original=original, masked=masked, published=anchor, warnings=warnings)
