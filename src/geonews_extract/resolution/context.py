"""An alias several actors share ("al-Shabab": the Somali group, and the Mozambican
insurgents locals call by that name) goes to the one the document is about.

The context is what the document's other, unambiguous mentions resolved to: their
actors, the states they belong to or lie in, and their families. Each option scores the
number of context mentions that name it, its state or its family; the highest wins, and
the knowledge base's first option where none scores more (file order decides ties).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..kb import AliasEntry, KnowledgeBase


def context_of(entries: Iterable[AliasEntry], kb: KnowledgeBase) -> Counter[str]:
    """How often the document names each actor, state and family (the `entries` of its
    unambiguous mentions)."""
    context: Counter[str] = Counter()
    for entry in entries:
        context.update(_related(entry.actor_id, kb))
    return context


def pick(options: Sequence[AliasEntry], context: Counter[str], kb: KnowledgeBase) -> AliasEntry:
    """The option the `context` speaks of most; the first on a tie."""
    return max(options, key=lambda entry: sum(context[i] for i in _related(entry.actor_id, kb)))


def _related(actor_id: str, kb: KnowledgeBase) -> set[str]:
    actor = kb.actors[actor_id]
    related = {actor.id, kb.group_of(actor.id)}
    for other in (actor.country, actor.metonym_for, actor.parent):
        if other is not None:
            related.add(other)
    return related
