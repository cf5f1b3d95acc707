"""Places written in one list ("Salem, Albany and Troy") lie in one region: a member the rest of
the document leaves unsure is read beside its sure siblings (geo.disambiguate, stages.geocode)."""

from dataclasses import replace

import pytest

from geonews_extract.annotations import EntityRecord, MentionRecord
from geonews_extract.geo.disambiguate import PlaceMention, list_score, load_priors, resolve_places
from geonews_extract.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _records(text, names):
    found = []
    for name in names:
        start = text.index(name)
        found.append(EntityRecord(name.lower(), name, "GPE", name.lower(), [MentionRecord(start, start + len(name), "GPE")]))
    return found


def _listed(nlp, text, names):
    return {m.key: set(m.listed) for m in nlp.get_pipe("geocode").place_mentions_of(_records(text, names), text)}


def test_names_joined_by_commas_and_a_final_and_are_one_list(nlp):
    text = "Crews from Brindle, Quarry and Marrow Falls helped."
    listed = _listed(nlp, text, ["Brindle", "Quarry", "Marrow Falls"])
    assert listed == {
        "brindle": {"quarry", "marrow falls"},
        "quarry": {"brindle", "marrow falls"},
        "marrow falls": {"brindle", "quarry"},
    }


@pytest.mark.parametrize(
    "text", ["Crews from Brindle or Quarry helped.", "Crews from Brindle, Quarry, or Marrow Falls helped."]
)
def test_or_joins_a_list_too(nlp, text):
    names = [n for n in ("Brindle", "Quarry", "Marrow Falls") if n in text]
    assert "quarry" in _listed(nlp, text, names)["brindle"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("She moved to Brindle, Quarry last year.", ["Brindle", "Quarry"]),  # a town and its state: a qualifier
        ("Brindle officials met. Quarry officials stayed home.", ["Brindle", "Quarry"]),
        ("Brindle and the Quarry council agreed.", ["Brindle", "Quarry"]),  # "and" before another word
    ],
)
def test_names_not_joined_as_a_list_have_no_siblings(nlp, text, names):
    assert all(not siblings for siblings in _listed(nlp, text, names).values())


def test_a_list_stops_where_the_joins_stop(nlp):
    text = "Brindle and Quarry voted; Marrow Falls did not."
    listed = _listed(nlp, text, ["Brindle", "Quarry", "Marrow Falls"])
    assert listed["marrow falls"] == set() and listed["brindle"] == {"quarry"}


def test_a_state_listed_beside_a_state_is_the_state_not_a_city(gazetteer):
    """'laws of Oregon and Washington': the state, though a bare 'Washington' is the capital."""
    bare = resolve_places([PlaceMention("o", ("Oregon",)), PlaceMention("w", ("Washington",))], gazetteer)
    assert bare["w"].record is None or bare["w"].record.feature_code != "ADM1"
    listed = resolve_places(
        [PlaceMention("o", ("Oregon",), listed=("w",)), PlaceMention("w", ("Washington",), listed=("o",))], gazetteer
    )
    assert (listed["w"].record.feature_code, listed["w"].record.admin1) == ("ADM1", "Washington")


def test_a_town_listed_with_towns_of_one_state_lies_in_that_state(gazetteer):
    """The story's other places lie in California; the towns listed with 'Portland' lie in Maine."""
    elsewhere = [PlaceMention(k, (k,)) for k in ("Los Angeles", "San Diego", "Sacramento")]
    members = ("Portland", "Augusta")
    unlisted = resolve_places([*elsewhere, *(PlaceMention(k, (k,)) for k in members)], gazetteer)
    assert unlisted["Portland"].record.admin1 != "Maine"
    listed = [PlaceMention(k, (k,), listed=tuple(m for m in members if m != k)) for k in members]
    result = resolve_places([*elsewhere, *listed], gazetteer)
    assert result["Portland"].record.admin1 == "Maine"


def test_unsure_siblings_pull_nothing(gazetteer):
    priors = load_priors()
    town = next(r for r in gazetteer.candidates("Portland") if r.admin1 == "Maine")
    sibling = next(r for r in gazetteer.candidates("Bangor") if r.admin1 == "Maine")
    assert list_score(town, [(sibling, 1.0)], priors) > 0.0
    assert list_score(town, [(sibling, priors.list_sure / 2)], priors) == 0.0
    assert list_score(town, [], priors) == 0.0


def test_without_list_weights_a_list_changes_nothing(gazetteer):
    priors = replace(load_priors(), list_admin1=0.0, list_country=0.0, list_level=0.0)
    plain = resolve_places([PlaceMention("o", ("Oregon",)), PlaceMention("w", ("Washington",))], gazetteer, priors=priors)
    listed = resolve_places(
        [PlaceMention("o", ("Oregon",), listed=("w",)), PlaceMention("w", ("Washington",), listed=("o",))],
        gazetteer,
        priors=priors,
    )
    assert plain["w"].record == listed["w"].record
