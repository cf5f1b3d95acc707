"""The quotes stage's word lists: cues of reported speech and kinds of sources.

Both live as JSON under ``data/quotes/`` (``cues.json``, ``sources.json``), where each
file's ``_about`` says what its lists mean. They are read when the stage is built,
never at import, and travel with a saved pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes"
CUES_FILE = "cues.json"
SOURCES_FILE = "sources.json"


@dataclass(frozen=True)
class Lexicon:
    """What the quote finders look up; every word is lower case (verbs and nouns as lemmas)."""

    speech_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # multiword cues, longest first: ("according", "to")
    generic: frozenset[str]
    documents: frozenset[str]
    definite: Mapping[str, frozenset[str]]  # noun -> entity types it can stand for
    pronouns: Mapping[str, frozenset[str]]  # subject pronoun -> entity types
    channels: frozenset[str]
    raw: dict = field(default_factory=dict, compare=False, repr=False)  # the JSON it was read from

    @property
    def verbs(self) -> frozenset[str]:
        return self.speech_verbs | self.cognition_verbs


def load_lexicon(
    cues: str | Path | None = None,
    sources: str | Path | None = None,
    extra_cues: Iterable[str] = (),
    extra_generic_sources: Iterable[str] = (),
) -> Lexicon:
    """Read the cue and source lists (default: the packaged ones) and add the extra words.

    An extra cue of one word is a verb lemma ("rule"); of several, a phrase ("in the view of").
    """
    cue_data = _read(Path(cues) if cues else DATA / CUES_FILE)
    source_data = _read(Path(sources) if sources else DATA / SOURCES_FILE)
    extra = [" ".join(c.lower().split()) for c in extra_cues if c and c.strip()]
    cue_data = {
        **cue_data,
        "speech": [*cue_data.get("speech", []), *(c for c in extra if " " not in c)],
        "phrases": [*cue_data.get("phrases", []), *(c for c in extra if " " in c)],
    }
    source_data = {**source_data, "generic": [*source_data.get("generic", []), *extra_generic_sources]}
    return lexicon_from_data(cue_data, source_data)


def lexicon_from_data(cue_data: dict, source_data: dict) -> Lexicon:
    definite: dict[str, frozenset[str]] = {}
    for kind in source_data.get("definite", {}).values():
        for noun in kind.get("nouns", []):
            definite[noun.lower()] = definite.get(noun.lower(), frozenset()) | frozenset(kind.get("types", []))
    phrases = {tuple(p.lower().split()) for p in cue_data.get("phrases", []) if p.split()}
    return Lexicon(
        speech_verbs=_lower(cue_data.get("speech", [])),
        cognition_verbs=_lower(cue_data.get("cognition", [])),
        phrases=tuple(sorted(phrases, key=len, reverse=True)),
        generic=_lower(source_data.get("generic", [])),
        documents=_lower(source_data.get("documents", [])),
        definite=definite,
        pronouns={p.lower(): frozenset(types) for p, types in source_data.get("pronouns", {}).items()},
        channels=_lower(source_data.get("channels", [])),
        raw={CUES_FILE: cue_data, SOURCES_FILE: source_data},
    )


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
