"""srsly's msgpack hooks found in microseconds, so a Doc crosses processes cheaply.

Every ``srsly.msgpack_dumps`` and ``srsly.msgpack_loads`` asks its catalogue registry for
the encoders or decoders to chain (``Registry.get_all``), and catalogue answers by
filtering every installed package's entry points and walking its whole registry in
Python: about a millisecond a call on a 2-core machine. spaCy makes four such calls per
``Doc.to_bytes`` or ``Doc.from_bytes`` plus one per span group, and
``nlp.pipe(n_process=N)`` serialises every Doc twice each way (to the worker and back),
so for a pipeline with four span groups these lookups were most of the cost of moving a
Doc between processes (about 10 of the 12 ms a news article spent being serialised in
the parent).

`install` gives the two srsly registries a ``get_all`` that returns the same mapping:
the entry points of the registry's group, still loaded on every call as catalogue does
(the group's list is kept while catalogue's list of entry points is the same object),
then every function registered in its namespace, read from catalogue's registry on every
call. Which keys of the registry are in the namespace is looked for again only when the
registry's number of entries has changed (walking its few hundred entries was most of
what a lookup still cost: a Doc crossing between processes makes a dozen of them), so a
hook registered, replaced or removed later is seen at once; the one change it would miss
is a hook of this namespace registered while an entry elsewhere is removed, between two
lookups. Nothing else in srsly or catalogue changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import catalogue
import srsly.msgpack


def install() -> None:
    """Make srsly's msgpack encoder and decoder lookups fast (idempotent)."""
    if not _catalogue_as_expected():
        return  # another catalogue: its own lookup stays, slower but right
    for registry in (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders):
        if not getattr(registry.get_all, "fast_lookup", False):
            registry.get_all = fast_get_all(registry)


def _catalogue_as_expected() -> bool:
    """Whether catalogue has the internals the fast lookup reads."""
    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    return (
        isinstance(getattr(catalogue, "REGISTRY", None), dict)
        and hasattr(catalogue, "AVAILABLE_ENTRY_POINTS")
        and all(hasattr(registry, "_get_entry_points") for registry in registries)
        and all(hasattr(registry, "namespace") for registry in registries)
    )


def fast_get_all(registry: catalogue.Registry) -> Callable[[], dict[str, Any]]:
    """What ``registry.get_all()`` returns, computed without catalogue's slow walk."""
    namespace = tuple(registry.namespace)
    first, size = namespace[0], len(namespace) + 1
    points: list[tuple[object, list[Any]]] = []  # [(catalogue's entry point list, this group's)]
    found: list[tuple[int, tuple[tuple[str, ...], ...]]] = []  # [(registry size, this namespace's keys)]

    def namespace_keys() -> tuple[tuple[str, ...], ...]:
        """The registry keys of this namespace, in registration order; looked for again
        whenever the number of entries in catalogue's registry has changed."""
        entries = len(catalogue.REGISTRY)
        if not found or found[0][0] != entries:
            keys = tuple(
                key for key in catalogue.REGISTRY.copy()
                if len(key) == size and key[0] == first and key[:-1] == namespace
            )
            found[:] = [(entries, keys)]
        return found[0][1]

    def get_all() -> dict[str, Any]:
        result: dict[str, Any] = {}
        if registry.entry_points:
            available = catalogue.AVAILABLE_ENTRY_POINTS
            if not points or points[0][0] is not available:
                points[:] = [(available, list(registry._get_entry_points()))]
            for entry_point in points[0][1]:
                result[entry_point.name] = entry_point.load()
        registered = catalogue.REGISTRY
        try:
            hooks = [(key[-1], registered[key]) for key in namespace_keys()]
        except KeyError:  # a hook was removed and another entry added since the keys were found
            found.clear()
            hooks = [(key[-1], registered[key]) for key in namespace_keys()]
        result.update(hooks)
        return result

    get_all.fast_lookup = True  # type: ignore[attr-defined]
    return get_all
