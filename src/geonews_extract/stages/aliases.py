"""The `aliases` stage: every name of one actor resolves to one entity.

A thin adapter over `resolution.resolver.Resolver` (the order of resolution, metonymy,
people, "also known as", document-defined aliases: see that module). It loads the
knowledge base (`kb`, plus a user's `extra_kb`), writes the resolved entities with
`set_entities` and the new `doc.ents`: names only the knowledge base or a definition
found are added (so later stages see "Daesh" as an ORG), and resolved mentions take the
knowledge base's label (an "Ansar Allah" tagged PERSON becomes ORG).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import set_entities, with_entity_ids
from ..kb import KnowledgeBase, knowledge_base_from_layers, load_knowledge_base
from ..resolution.matching import FUZZY_THRESHOLD
from ..resolution.resolver import Resolver, Settings
from ..resolution.typing import PlaceTest
from .base import Stage, check_setting

KB_FILE = "knowledge_base.json"


class AliasResolver(Stage):
    """Resolves the entities of a Doc to actors; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "aliases",
        extra_kb: str | dict | list | None = None,
        fuzzy_threshold: float = FUZZY_THRESHOLD,
        definitions: bool = True,
        metonymy: bool = True,
        people: bool = True,
        place_names: PlaceTest | None = None,
    ) -> None:
        check_setting(name, "fuzzy_threshold", fuzzy_threshold,
                      isinstance(fuzzy_threshold, (int, float)) and 0 <= fuzzy_threshold <= 100,
                      "a similarity score from 0 to 100")
        self.nlp = nlp
        self.name = name
        self.settings = Settings(fuzzy_threshold, definitions, metonymy, people, place_names)
        self._use(load_knowledge_base(extra_kb))

    def _use(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.resolver = Resolver(kb, self.nlp, self.settings)

    def process(self, doc: Doc) -> Doc:
        records, ents = self.resolver.resolve(doc)
        doc.ents = with_entity_ids(ents, records)  # one write of doc.ents, ids included
        set_entities(doc, records, ents=ents)  # after doc.ents, as it asks; the spans just set, not read back
        return doc

    def discard(self, doc: Doc) -> None:
        set_entities(doc, None)  # entities fall back to one per surface form

    # serialisation -------------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        layers = {"layers": self.kb.to_layers()}
        (path / KB_FILE).write_text(json.dumps(layers, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> AliasResolver:
        file = Path(path) / KB_FILE
        layers = json.loads(file.read_text(encoding="utf-8"))["layers"]
        self._use(knowledge_base_from_layers(layers, str(file)))
        return self


@Language.factory(
    "geonews_aliases",
    default_config={
        "extra_kb": None,
        "fuzzy_threshold": FUZZY_THRESHOLD,
        "definitions": True,
        "metonymy": True,
        "people": True,
        "place_names": None,
    },
)
def make_aliases(
    nlp: Language,
    name: str,
    extra_kb: Any,
    fuzzy_threshold: float,
    definitions: bool,
    metonymy: bool,
    people: bool,
    place_names: PlaceTest | None,
) -> AliasResolver:
    return AliasResolver(nlp, name, extra_kb, fuzzy_threshold, definitions, metonymy, people, place_names)
