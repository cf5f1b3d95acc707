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
call, where most entries fail at their first name. A hook registered or replaced later is seen at
once. Nothing else in srsly or catalogue changes.
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

    def get_all() -> dict[str, Any]:
        result: dict[str, Any] = {}
        if registry.entry_points:
            available = catalogue.AVAILABLE_ENTRY_POINTS
            if not points or points[0][0] is not available:
                points[:] = [(available, list(registry._get_entry_points()))]
            for entry_point in points[0][1]:
                result[entry_point.name] = entry_point.load()
        for keys, value in catalogue.REGISTRY.copy().items():
            if len(keys) == size and keys[0] == first and keys[:-1] == namespace:
                result[keys[-1]] = value
        return result

    get_all.fast_lookup = True  # type: ignore[attr-defined]
    return get_all
