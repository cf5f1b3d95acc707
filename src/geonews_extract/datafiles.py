"""The one loader of the package's data files (word lists, patterns, knowledge base).

Every data file lives under ``geonews_extract/data/``; `read_json` reads one of them, or a
user's file, and names the file in every error it raises.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

WordSets = TypeVar("WordSets", bound=NamedTuple)

DATA_DIR = Path(__file__).resolve().parent / "data"


class DataFileError(ValueError):
    """A data file cannot be read: it is missing, not UTF-8, or not valid JSON."""


def data_path(relative: str) -> Path:
    """The path of a shipped data file, e.g. ``data_path("quotes/cues.json")``."""
    return DATA_DIR / relative


def read_json(path: str | Path) -> Any:
    """The JSON in `path` (a shipped file's path relative to the data folder, or any path)."""
    file = Path(path)
    if not file.is_absolute() and not file.exists():
        file = data_path(str(path))
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise DataFileError(f"{file}: no such data file") from err
    except UnicodeDecodeError as err:
        raise DataFileError(f"{file}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    except OSError as err:
        raise DataFileError(f"{file}: cannot be read ({err.strerror or err})") from err
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(f"{file}: not valid JSON ({err.msg} at line {err.lineno} column {err.colno})") from err
    except RecursionError as err:
        raise DataFileError(f"{file}: nested too deeply to read") from err


def read_word_sets(path: str | Path, fields: type[WordSets]) -> WordSets:
    """The word lists of a JSON object in `path` as `fields`, a NamedTuple of frozensets
    (one field per key of the object)."""
    data = read_json(path)
    missing = [field for field in fields._fields if field not in data]
    if missing:
        raise DataFileError(f"{path}: no list for {', '.join(missing)}")
    return fields._make(frozenset(data[field]) for field in fields._fields)
