"""The gazetteer's packed name index answers as the dict it was built from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.geo import packed
from geonews_extract.geo.packed import PackedIndex

names = st.text(max_size=12)
mappings = st.dictionaries(names, st.lists(st.integers(0, 2**31), min_size=1, max_size=3), max_size=40)


@given(mappings, st.lists(names, max_size=20))
def test_lookups_equal_the_mapping(mapping: dict[str, list[int]], others: list[str]) -> None:
    index = PackedIndex.build(mapping)
    for key in [*mapping, *others, *mapping]:  # each key asked twice: once searched, once remembered
        assert index.get(key) == tuple(mapping.get(key, ()))
        assert (key in index) == (key in mapping)


@given(mappings, st.lists(names, max_size=20))
def test_the_parts_answer_as_the_index(mapping: dict[str, list[int]], others: list[str]) -> None:
    index = PackedIndex.build(mapping)
    copy = PackedIndex.from_parts(index.parts())
    for key in [*mapping, *others]:
        assert copy.get(key) == index.get(key)


def test_remembering_starts_afresh_when_full() -> None:
    mapping = {"alpha": [1], "beta": [2], "gamma": [3]}
    index = PackedIndex.build(mapping)
    index._remembered = packed.Remembered(2)
    for key in ["alpha", "beta", "gamma", "delta", "alpha"]:
        assert index.get(key) == tuple(mapping.get(key, ()))
    assert len(index._remembered) <= 2
