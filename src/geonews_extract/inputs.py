"""Checking and preparing input before it reaches spaCy.

Preparation never changes the length of the text: HTML markup is masked with
spaces (and entities such as ``&amp;`` with their character plus padding), so
every offset the pipeline produces indexes the caller's original text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from spacy.lang.en.stop_words import STOP_WORDS

DEFAULT_MAX_CHARS = 1_000_000


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


def parse_published(value: object) -> date | datetime | None:
    """Accept a date, a datetime, an ISO 8601 string or an RFC 2822 string (RSS feeds)."""
    if value is None or isinstance(value, (date, datetime)):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published must be a date, datetime or str, not {type(value).__name__}")
    raw = value.strip()
    for parse in (_iso_date, datetime.fromisoformat, parsedate_to_datetime):
        try:
            return parse(raw)
        except (ValueError, TypeError, IndexError):
            continue
    raise ValueError(
        f"cannot parse published {value!r}: give an ISO 8601 date such as '2021-09-30'"
    )


def _iso_date(raw: str) -> date:
    if len(raw) != 10:
        raise ValueError(raw)
    return date.fromisoformat(raw)


_HTML_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?|!--.*?--|![A-Za-z][^<>]*)>", re.S)
_HTML_MARKER = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|html|head|body|article|section|h[1-6]|li|ul|ol"
    r"|table|tr|td|img|meta|script|style|figure|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_INVISIBLE_ELEMENT = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.S)
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

    masked = _INVISIBLE_ELEMENT.sub(blank, text)
    masked = _HTML_TAG.sub(blank, masked)
    masked = _HTML_ENTITY.sub(unescape, masked)
    assert len(masked) == len(text)
    return masked


_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def looks_non_english(text: str, sample_chars: int = 20_000) -> bool:
    """A cheap check: too few English function words, or mostly non-Latin letters."""
    words = _WORD.findall(text[:sample_chars])
    if len(words) < 8:
        return False
    letters = "".join(words)
    if len(_LATIN.findall(letters)) < 0.5 * len(letters):
        return True
    stop = sum(1 for word in words if word.lower() in STOP_WORDS)
    return stop < 0.2 * len(words)


def prepare(text: object, published: object, max_chars: int = DEFAULT_MAX_CHARS) -> PreparedText:
    """Check everything about one input; raise on what cannot be extracted from."""
    original = check_text(text, max_chars)
    anchor = parse_published(published)
    warnings: list[str] = []
    masked = original
    if looks_like_html(original):
        masked = mask_html(original)
        warnings.append("HTML markup was masked before extraction; offsets index the original text")
        if not masked.strip():
            raise ValueError("empty text (only HTML markup)")
    if looks_non_english(masked):
        warnings.append("text does not look like English; results from the English model may be poor")
    return PreparedText(original=original, masked=masked, published=anchor, warnings=warnings)
