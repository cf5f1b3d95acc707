"""The knowledge base schema: one `Actor` per entry, validated on load.

A knowledge-base file is JSON: either a list of actor entries or an object
``{"actors": [...]}`` (keys starting with "_" are comments). Every problem is
reported as a `KnowledgeBaseError` that names the file and the entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from .. import datafiles
from ..datafiles import DataFileError

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

ActorId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ActorType = Literal["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT"]


class KnowledgeBaseError(ValueError):
    """A knowledge-base file or entry that cannot be used; the message names both."""


class Actor(BaseModel):
    """One actor or place of the knowledge base."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ActorId = Field(description="canonical id: lower-case words joined by '-', stable across documents")
    name: Name = Field(description="canonical display name")
    type: ActorType = Field(description="spaCy entity label of the actor: GPE for states and cities, ORG, LOC, ...")
    aliases: tuple[Name, ...] = Field(default=(), description="other names and abbreviations")
    demonyms: tuple[Name, ...] = Field(
        default=(), description="adjectives and nouns for its people ('Afghan'); their mentions are NORP"
    )
    parent: ActorId | None = Field(default=None, description="id of the family it belongs to (ISKP -> islamic-state)")
    country: ActorId | None = Field(default=None, description="id of the state it belongs to or lies in")
    metonym_for: ActorId | None = Field(
        default=None, description="id of the actor it stands for where it acts as an agent (a capital for its state)"
    )
    note: str | None = Field(default=None, description="free text for the people who edit the file")

    @field_validator("aliases", "demonyms", mode="before")
    @classmethod
    def _list_of_names(cls, value: Any) -> Any:
        if isinstance(value, str):
            raise ValueError("must be a list of names, not one string")
        return value

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface form, kind) for every name: kind 'name' or 'demonym'."""
        names = [(self.name, "name"), *((a, "name") for a in self.aliases)]
        demonyms = [(d, "demonym") for d in self.demonyms]
        return names + demonyms + [(p, "demonym") for p in demonym_plurals(self.demonyms)]


def demonym_plurals(demonyms: tuple[str, ...]) -> list[str]:
    """'Afghan' -> 'Afghans', 'Frenchman' -> 'Frenchmen'; none for 'Chinese', 'British', 'Swiss'."""
    plurals = []
    for demonym in demonyms:
        if demonym.endswith("man"):
            plurals.append(demonym[:-3] + "men")
        elif not demonym.endswith(("ese", "sh", "ch", "ss", "s", "z", "x")):
            plurals.append(demonym + "s")
    return [p for p in plurals if p not in demonyms]


def read_json(path: Path) -> Any:
    """A knowledge-base file's JSON; every problem (missing, not UTF-8, not JSON, nested
    too deeply) is a `KnowledgeBaseError` naming the file (see `datafiles.read_json`)."""
    try:
        return datafiles.read_json(path)
    except DataFileError as err:
        raise KnowledgeBaseError(f"knowledge-base file {err}") from err


def parse_actors(raw: Any, source: str) -> list[Actor]:
    """Validate the entries of one knowledge-base file (list or {"actors": [...]})."""
    if isinstance(raw, dict):
        unknown = [k for k in raw if k != "actors" and not k.startswith("_")]
        if unknown:
            raise KnowledgeBaseError(f"{source}: unknown top-level key(s) {unknown}; expected 'actors'")
        raw = raw.get("actors", [])
    if not isinstance(raw, list):
        raise KnowledgeBaseError(f"{source}: expected a list of actors or an object with 'actors'")
    actors = []
    for index, entry in enumerate(raw):
        actors.append(validate_entry(entry, source, index, Actor))
    return actors


def validate_entry(entry: Any, source: str, index: int | str, model: type[BaseModel]) -> Any:
    try:
        return model.model_validate(entry)
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in err.errors()
        )
        raise KnowledgeBaseError(f"{source}: {describe_entry(entry, index)}: {problems}") from None


def describe_entry(entry: Any, index: int | str) -> str:
    ident = entry.get("id") if isinstance(entry, dict) else None
    return f"entry {index}" + (f" (id {ident!r})" if ident else "")
