"""The knowledge base of geopolitical actors: data files in this folder plus their loader.

Shipped files, in ``geonews_extract/data/kb/``: `countries.json` (with pycountry), `organisations.json`,
`institutions.json` (seats of government, rolled up to their state), `armed_groups.json`, `regions.json`. `load_knowledge_base(extra)` adds a user's
entries, which win over the shipped ones. The schema and the rules are in
docs/knowledge-base.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..datafiles import data_path
from .countries import country_actors
from .keys import alias_key, kb_slug
from .schema import Actor, KnowledgeBaseError, parse_actors, read_json

KB_DIR = data_path("kb")
SHIPPED_FILES = ("organisations.json", "institutions.json", "armed_groups.json", "regions.json")
COUNTRIES_FILE = "countries.json"

__all__ = [
    "Actor",
    "AliasEntry",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "alias_key",
    "kb_slug",
    "knowledge_base_from_layers",
    "load_knowledge_base",
]


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """What one alias key means: the actor it names and whether it is a demonym."""

    actor_id: str
    kind: str  # "name" | "demonym"


class KnowledgeBase:
    """Actors by id, with an index from alias keys to actors."""

    def __init__(
        self,
        actors: list[Actor],
        aliases: dict[str, AliasEntry],
        sources: dict[str, str],
        layers: list[list[str]],
        shared: dict[str, tuple[AliasEntry, ...]] | None = None,
    ):
        self.actors = {actor.id: actor for actor in actors}
        self.aliases = aliases  # alias key -> the first actor of the file order that has it
        self.shared = shared or {}  # alias key -> every actor that has it, where several do
        self.sharing = frozenset(e.actor_id for entries in self.shared.values() for e in entries)
        self.sources = sources  # actor id -> the file it came from
        self.layers = layers  # actor ids of the shipped entries, then of the user's
        self._groups: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def lookup(self, text: str) -> AliasEntry | None:
        """The actor a name or demonym stands for, after folding (see `alias_key`)."""
        return self.aliases.get(alias_key(text))

    def candidates(self, text: str) -> tuple[AliasEntry, ...]:
        """Every actor a name may stand for: one, or several where actors share an alias
        ("al-Shabab"); `lookup` gives the first of them."""
        key = alias_key(text)
        shared = self.shared.get(key)
        if shared is not None:
            return shared
        entry = self.aliases.get(key)
        return (entry,) if entry is not None else ()

    def group_of(self, actor_id: str) -> str:
        """The family id: the top of the actor's parent chain."""
        group = self._groups.get(actor_id)
        if group is None:
            group = actor_id
            while (parent := self.actors[group].parent) is not None:
                group = parent
            self._groups[actor_id] = group
        return group

    def surfaces(self) -> list[tuple[str, AliasEntry]]:
        """Every name and demonym as written, with what it stands for."""
        return [
            (surface, AliasEntry(actor.id, kind))
            for actor in self.actors.values()
            for surface, kind in actor.surfaces()
            if (key := alias_key(surface)) in self.aliases
            and AliasEntry(actor.id, kind) in self.shared.get(key, (self.aliases[key],))
        ]

    def to_layers(self) -> list[list[dict[str, Any]]]:
        """The entries as loaded, shipped first, then the user's (what `knowledge_base_from_layers` reads back)."""
        return [[self.actors[i].model_dump(exclude_defaults=True) for i in layer] for layer in self.layers]


def load_knowledge_base(extra: str | Path | Mapping | list | None = None, directory: Path = KB_DIR) -> KnowledgeBase:
    """The shipped knowledge base plus `extra` (a JSON file path, or the file's content as a dict or list).

    An extra entry whose id is a shipped id replaces that entry; an extra alias that a
    shipped actor also has moves to the extra actor. Actors of the same layer may share
    an alias ("al-Shabab"): `KnowledgeBase.candidates` lists them all and the aliases stage
    picks one by the document's context. Unknown ids in 'parent'/'country'/'metonym_for'
    and parent cycles raise `KnowledgeBaseError`.
    """
    shipped = country_actors(directory / COUNTRIES_FILE)
    for name in SHIPPED_FILES:
        path = directory / name
        shipped.extend((actor, str(path)) for actor in parse_actors(read_json(path), str(path)))
    layers = [_unique_ids(shipped)]
    if extra is not None:
        layers.append(_unique_ids(_extra_actors(extra)))
    return build_knowledge_base(layers)


def knowledge_base_from_layers(layers: list[list[dict[str, Any]]], source: str) -> KnowledgeBase:
    """A knowledge base of exactly these layers of entries (as written by `KnowledgeBase.to_layers`)."""
    return build_knowledge_base([_unique_ids([(a, source) for a in parse_actors(layer, source)]) for layer in layers])


def build_knowledge_base(layers: list[dict[str, tuple[Actor, str]]]) -> KnowledgeBase:
    """Merge layers (later ones win), check references and build the alias index."""
    merged: dict[str, tuple[Actor, str]] = {}
    for layer in layers:
        merged.update(layer)
    _check_references(merged)
    aliases: dict[str, AliasEntry] = {}
    shared: dict[str, list[AliasEntry]] = {}
    for layer in layers:
        claimed: dict[str, list[str]] = {}  # alias key -> the actors of this layer that have it
        for actor_id, (actor, source) in layer.items():
            if merged[actor_id][0] is not actor:
                continue
            for surface, kind in actor.surfaces():
                key = alias_key(surface)
                if not key:
                    raise KnowledgeBaseError(f"{source}: entry {actor_id!r}: the name {surface!r} has no letters")
                owners = claimed.setdefault(key, [])
                if not owners:
                    owners.append(actor_id)
                    shared.pop(key, None)  # a later layer's alias replaces an earlier layer's
                elif actor_id not in owners:  # an alias several actors share
                    owners.append(actor_id)
                    shared.setdefault(key, [aliases[key]]).append(AliasEntry(actor_id, kind))
                    continue
                elif owners[0] != actor_id:
                    continue  # another spelling of a shared alias
                if key not in aliases or aliases[key].actor_id != actor_id or kind == "name":
                    aliases[key] = AliasEntry(actor_id, kind)
                    if key in shared:
                        shared[key][0] = aliases[key]
    actors = [actor for actor, _ in merged.values()]
    sources = {actor_id: source for actor_id, (_, source) in merged.items()}
    kept = [[i for i, (actor, _) in layer.items() if merged[i][0] is actor] for layer in layers]
    return KnowledgeBase(actors, aliases, sources, kept, {key: tuple(entries) for key, entries in shared.items()})


def _extra_actors(extra: str | Path | Mapping | list) -> list[tuple[Actor, str]]:
    if isinstance(extra, (str, Path)):
        path = Path(extra)
        return [(actor, str(path)) for actor in parse_actors(read_json(path), str(path))]
    if isinstance(extra, (Mapping, list)):
        source = "extra_kb"
        return [(actor, source) for actor in parse_actors(dict(extra) if isinstance(extra, Mapping) else extra, source)]
    raise KnowledgeBaseError(f"extra_kb: expected a file path, a dict or a list, not {type(extra).__name__}")


def _unique_ids(actors: list[tuple[Actor, str]]) -> dict[str, tuple[Actor, str]]:
    by_id: dict[str, tuple[Actor, str]] = {}
    for actor, source in actors:
        if actor.id in by_id:
            raise KnowledgeBaseError(
                f"{source}: entry {actor.id!r}: the id is used twice (also in {by_id[actor.id][1]})"
            )
        by_id[actor.id] = (actor, source)
    return by_id


def _check_references(merged: dict[str, tuple[Actor, str]]) -> None:
    for actor_id, (actor, source) in merged.items():
        for field in ("parent", "country", "metonym_for"):
            target = getattr(actor, field)
            if target is not None and target not in merged:
                raise KnowledgeBaseError(f"{source}: entry {actor_id!r}: {field} {target!r} is not a known id")
        seen = [actor_id]
        parent = actor.parent
        while parent is not None:
            if parent in seen:
                raise KnowledgeBaseError(
                    f"{source}: entry {actor_id!r}: parent chain loops: {' -> '.join([*seen, parent])}"
                )
            seen.append(parent)
            parent = merged[parent][0].parent
