"""The fast srsly hook lookup returns what catalogue's own lookup returns, always."""

import catalogue
import pytest
import srsly
import srsly.msgpack
from spacy.tokens import Doc
from spacy.vocab import Vocab

import geonews_extract.annotations  # noqa: F401  (installs the lookup)
from geonews_extract.msgpack_hooks import fast_get_all, install

REGISTRIES = [srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders]


@pytest.mark.parametrize("registry", REGISTRIES, ids=["encoders", "decoders"])
def test_installed_lookup_equals_catalogues(registry: catalogue.Registry) -> None:
    assert getattr(registry.get_all, "fast_lookup", False)
    assert registry.get_all() == catalogue.Registry.get_all(registry)


def test_install_twice_keeps_one_lookup() -> None:
    before = [registry.get_all for registry in REGISTRIES]
    install()
    assert [registry.get_all for registry in REGISTRIES] == before


def _tagged_pair(obj: object, chain: object = None) -> object:
    """A decoder that reads back a mapping with the key 'pair' as a tuple."""
    if isinstance(obj, dict) and "pair" in obj:
        return tuple(obj["pair"])
    return obj if chain is None else chain(obj)  # type: ignore[operator]


def test_a_hook_registered_later_is_used_at_once() -> None:
    registry = srsly.msgpack.msgpack_decoders
    packed = srsly.msgpack_dumps({"pair": [1, 2]})
    assert srsly.msgpack_loads(packed) == {"pair": [1, 2]}
    registry.register("test_pair", func=_tagged_pair)
    try:
        assert "test_pair" in registry.get_all()
        assert registry.get_all() == catalogue.Registry.get_all(registry)
        assert srsly.msgpack_loads(packed) == (1, 2)
    finally:
        del catalogue.REGISTRY[(*registry.namespace, "test_pair")]
    assert "test_pair" not in registry.get_all()
    assert srsly.msgpack_loads(packed) == {"pair": [1, 2]}


def test_other_namespaces_are_not_mixed_in() -> None:
    other = catalogue.create("geonews_test", "msgpack_decoders_other")
    other.register("stray", func=_tagged_pair)
    try:
        lookup = fast_get_all(srsly.msgpack.msgpack_decoders)
        assert "stray" not in lookup()
        assert fast_get_all(other)() == {"stray": _tagged_pair}
    finally:
        del catalogue.REGISTRY[("geonews_test", "msgpack_decoders_other", "stray")]


def test_doc_with_span_groups_and_user_data_round_trips() -> None:
    vocab = Vocab()
    doc = Doc(vocab, words=["Rain", "fell", "on", "Tuesday", "in", "Oslo", "."])
    doc.spans["first"] = [doc[0:1], doc[3:4]]
    doc.spans["second"] = [doc[5:6]]
    doc.user_data["note"] = ("plain", 1, None, (2.5, True))
    back = Doc(vocab).from_bytes(doc.to_bytes())
    assert back.to_bytes() == doc.to_bytes()
    assert [s.text for s in back.spans["first"]] == ["Rain", "Tuesday"]
    assert back.user_data["note"] == ["plain", 1, None, [2.5, True]]  # msgpack reads arrays as lists


def test_install_leaves_an_unexpected_catalogue_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = srsly.msgpack.msgpack_encoders
    monkeypatch.setattr(registry, "get_all", lambda: {})
    monkeypatch.delattr(catalogue, "AVAILABLE_ENTRY_POINTS")
    own = registry.get_all
    install()
    assert registry.get_all is own


def _tagged_triple(obj: object, chain: object = None) -> object:
    """A decoder that reads back a mapping with the key 'pair' as a tuple with a marker."""
    if isinstance(obj, dict) and "pair" in obj:
        return ("pair", *obj["pair"])
    return obj if chain is None else chain(obj)  # type: ignore[operator]


def test_a_hook_replaced_under_its_name_is_used_at_once() -> None:
    registry = srsly.msgpack.msgpack_decoders
    packed = srsly.msgpack_dumps({"pair": [1, 2]})
    registry.register("test_pair", func=_tagged_pair)
    try:
        assert srsly.msgpack_loads(packed) == (1, 2)
        registry.register("test_pair", func=_tagged_triple)  # same name: the registry keeps its size
        assert registry.get_all() == catalogue.Registry.get_all(registry)
        assert srsly.msgpack_loads(packed) == ("pair", 1, 2)
    finally:
        del catalogue.REGISTRY[(*registry.namespace, "test_pair")]


def test_a_hook_removed_while_another_entry_is_added_is_gone_at_once() -> None:
    registry = srsly.msgpack.msgpack_decoders
    other = catalogue.create("geonews_test", "msgpack_decoders_other")
    packed = srsly.msgpack_dumps({"pair": [1, 2]})
    registry.register("test_pair", func=_tagged_pair)
    try:
        assert srsly.msgpack_loads(packed) == (1, 2)
        del catalogue.REGISTRY[(*registry.namespace, "test_pair")]
        other.register("stray", func=_tagged_pair)  # the registry has as many entries as before
        assert registry.get_all() == catalogue.Registry.get_all(registry)
        assert srsly.msgpack_loads(packed) == {"pair": [1, 2]}
    finally:
        catalogue.REGISTRY.pop((*registry.namespace, "test_pair"), None)
        catalogue.REGISTRY.pop(("geonews_test", "msgpack_decoders_other", "stray"), None)
