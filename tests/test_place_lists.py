"""A state written after a list of divisions qualifies each of them: "Nassau and Baker
counties in Florida" are counties of Florida (stages.geocode, geo.disambiguate)."""

import pytest

from geonews_extract.annotations import EntityRecord, MentionRecord
from geonews_extract.geo.disambiguate import PlaceMention, resolve_places
from geonews_extract.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _qualifiers(nlp, text, names):
    records = []
    for name in names:
        start = text.index(name)
        mention = MentionRecord(start, start + len(name), "GPE")
        records.append(EntityRecord(name.lower(), name, "GPE", name.lower(), [mention]))
    return {m.key: m.qualifiers for m in nlp.get_pipe("geocode").place_mentions_of(records, text)}


def test_a_state_after_a_list_of_counties_qualifies_each(nlp):
    text = "Volunteers from Brindle and Quarry counties in Ohio and Marrow County in Texas came."
    found = _qualifiers(nlp, text, ["Brindle", "Quarry", "Ohio", "Marrow County", "Texas"])
    assert found["brindle"] == ("Ohio",) and found["quarry"] == ("Ohio",)
    assert found["marrow county"] == ("Texas",)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Brindle and Quarry voted in Ohio.", ["Brindle", "Quarry", "Ohio"]),  # no division word: a list of towns
        ("Brindle and Quarry counties in the Ohio case.", ["Brindle", "Quarry", "Ohio"]),  # "in" no place
        ("Quarry Road in Ohio was closed.", ["Quarry", "Ohio"]),
    ],
)
def test_in_a_place_after_other_words_qualifies_nothing(nlp, text, names):
    assert all(not q for q in _qualifiers(nlp, text, names).values())


def test_a_county_qualified_by_its_state_is_read_there(gazetteer):
    bare = resolve_places([PlaceMention("b", ("Baker",), kind="division"), PlaceMention("g", ("Georgia",))], gazetteer)
    assert bare["b"].record.admin1 != "Florida"
    places = [
        PlaceMention("b", ("Baker",), kind="division", qualifiers=("Florida",)),
        PlaceMention("g", ("Georgia",)),
        PlaceMention("f", ("Florida",)),
    ]
    assert resolve_places(places, gazetteer)["b"].record.admin1 == "Florida"
