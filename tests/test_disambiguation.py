"""How the document's own words choose among a place name's readings (geo.disambiguate, geo.institutions)."""

from dataclasses import replace

import pytest

from geonews_extract.geo.disambiguate import (
    PlaceMention,
    county_town_pulls,
    load_priors,
    nearby_name_pulls,
    nearby_villages,
    neighbour_score,
    readings_of,
    resolve_places,
)
from geonews_extract.geo.gazetteer import load_gazetteer
from geonews_extract.geo.institutions import institution_countries


@pytest.mark.parametrize(
    "text",
    ["The levy raises $4 million a year.", "Tickets cost $ 12 at the door.", "A ($30) fee and $2.5 billion."],
)
def test_a_bare_dollar_before_an_amount_is_a_weak_sign_of_the_united_states(text):
    assert institution_countries(text) == {"US": 1.0}


@pytest.mark.parametrize(
    "text", ["It cost C$4 million.", "Sales rose to US$30 billion.", "A HK$10 fare, A$5 more.", "Pay in $ or euros."]
)
def test_a_dollar_that_names_its_country_or_stands_before_no_amount_says_nothing(text):
    assert institution_countries(text) == {}


def test_many_amounts_count_as_one_word_beside_the_offices():
    text = "The Garda paid $10, $20, $30 and $40 for it; the Taoiseach agreed."
    shares = institution_countries(text)
    assert shares["IE"] == pytest.approx(2 / 3) and shares["US"] == pytest.approx(1 / 3)


# the places of one story, read together -----------------------------------------------------

@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _state(resolution):
    return (resolution.record.country_code, resolution.record.admin1)


@pytest.mark.parametrize("town, county", [("Dayton", "Knox County"), ("Jackson", "Clarke County")])
def test_a_town_and_a_county_that_could_share_a_state_end_in_one(gazetteer, town, county):
    """Read all at once, each takes the other's state round after round and they end swapped;
    read one after another, the later reads the earlier's newest state."""
    places = [PlaceMention("t", (town,)), PlaceMention("c", (county,), kind="division")]
    result = resolve_places(places, gazetteer, priors=replace(load_priors(), county_town=0.0))
    assert _state(result["t"]) == _state(result["c"])


def test_a_town_beside_a_county_it_lies_in_is_read_in_that_state(gazetteer):
    places = [PlaceMention("t", ("Dublin",)), PlaceMention("c", ("Laurens County",), kind="division")]
    result = resolve_places(places, gazetteer)
    assert _state(result["t"]) == _state(result["c"]) == ("US", "Georgia")
    without = resolve_places(places, gazetteer, priors=replace(load_priors(), county_town=0.0, nearby_names=0.0))
    assert _state(without["t"]) != ("US", "Georgia")


def test_a_town_bearing_the_countys_own_name_is_no_second_witness(gazetteer):
    places = [PlaceMention("t", ("Laurens",)), PlaceMention("c", ("Laurens County",), kind="division")]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    assert county_town_pulls(places, readings, load_priors()) == {}


def test_only_the_readings_near_each_other_gain(gazetteer):
    places = [PlaceMention("t", ("Dublin",)), PlaceMention("c", ("Laurens County",), kind="division")]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    pulls = county_town_pulls(places, readings, load_priors())
    gained = {(key, r.record.country_code, r.record.admin1) for key in pulls for r, p in zip(readings[key], pulls[key], strict=True) if p}
    assert gained == {("t", "US", "Georgia"), ("c", "US", "Georgia")}


@pytest.mark.parametrize("town, state", [("Windsor", "Victoria"), ("Newcastle", "Wyoming")])
def test_a_state_named_beside_a_town_it_holds_stays_the_state(gazetteer, town, state):
    """The towns read a state's own name as it stands before it reads them: read first, the
    surer state follows the town's first guess abroad to a namesake hamlet there."""
    result = resolve_places([PlaceMention("t", (town,)), PlaceMention("s", (state,))], gazetteer)
    assert result["s"].record.feature_code == "ADM1" and result["s"].record.name == state
    assert _state(result["t"]) == _state(result["s"])


@pytest.mark.parametrize(
    "town, neighbour, state",
    [("Moscow", "Pullman", ("US", "Idaho")), ("Columbus", "Phenix City", ("US", "Georgia"))],
)
def test_a_town_is_read_near_its_neighbour_across_a_state_line(gazetteer, town, neighbour, state):
    """Twin towns on either side of a state line share no state, only their ground: the
    reading close to the other place wins over a more famous namesake far away."""
    places = [PlaceMention("t", (town,)), PlaceMention("n", (neighbour,))]
    only_near = replace(load_priors(), nearby_names=0.0)
    assert _state(resolve_places(places, gazetteer, priors=only_near)["t"]) == state
    alone = resolve_places(places, gazetteer, priors=replace(only_near, neighbour=0.0))
    assert _state(alone["t"]) != state


def test_a_neighbours_score_is_the_same_remembered_and_in_any_order_of_its_anchors(gazetteer):
    """The rounds keep each pair's closeness and pass anchors surest first: neither moves a score."""
    priors = load_priors()
    town = next(r for r in gazetteer.candidates("Moscow") if r.admin1 == "Idaho")
    others = [r for name in ("Pullman", "Lewiston", "Spokane", "Boise") for r in gazetteer.candidates(name)]
    anchors = [(record, confidence) for record, confidence in zip(others, (0.3, 0.9, 0.5, 0.7, 0.2, 0.8) * 9, strict=False)]
    plain = neighbour_score(town, anchors, priors)
    near: dict = {}
    assert plain > 0.0
    assert neighbour_score(town, anchors, priors, near) == plain and near
    assert neighbour_score(town, anchors, priors, near) == plain
    assert neighbour_score(town, sorted(anchors, key=lambda a: -a[1]), priors, near) == plain
    assert neighbour_score(town, anchors[::-1], priors) == plain


def test_two_common_names_are_read_where_they_lie_side_by_side(gazetteer):
    """Each name has readings in many states; the one pair of them a few miles apart wins."""
    places = [PlaceMention("a", ("Franklin",)), PlaceMention("b", ("Brentwood",))]
    result = resolve_places(places, gazetteer)
    assert _state(result["a"]) == _state(result["b"]) == ("US", "Tennessee")
    alone = resolve_places(places, gazetteer, priors=replace(load_priors(), nearby_names=0.0))
    assert _state(alone["b"]) != ("US", "Tennessee")


def test_a_state_or_country_named_by_itself_neither_gains_nor_gives_nearness(gazetteer):
    places = [PlaceMention("t", ("Franklin",)), PlaceMention("s", ("Tennessee",))]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    names = {"t": "franklin", "s": "tennessee"}
    local = {"franklin": readings["t"], "tennessee": readings["s"]}
    assert nearby_name_pulls(places, readings, names, {"s"}, local, load_priors()) == {}


def test_a_place_is_no_neighbour_of_itself(gazetteer):
    """A second name that means the very same record (a former name, say) is no second place near it."""
    places = [PlaceMention("a", ("Fargo",)), PlaceMention("b", ("Fargo",))]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    assert len(readings["a"]) == 1
    names = {"a": "fargo", "b": "old fargo"}
    local = {"fargo": readings["a"], "old fargo": readings["b"]}
    assert nearby_name_pulls(places, readings, names, set(), local, load_priors()) == {}


# villages below the cut-off, where the story names their state ---------------------------------

def _villages():
    from geonews_extract.geo.gazetteer import Gazetteer
    from geonews_extract.geo.sources import Row

    return Gazetteer.from_rows(
        [
            Row(1, "United States", 39.8, -98.5, "US", None, "A", "PCLI", 300_000_000),
            Row(2, "Iowa", 42.0, -93.5, "US", "Iowa", "A", "ADM1", 3_000_000),
            Row(3, "Ohio", 40.4, -82.7, "US", "Ohio", "A", "ADM1", 11_000_000),
            Row(4, "Larchmere", 40.0, -82.0, "US", "Ohio", "P", "PPL", 40_000),
            Row(5, "Larchmere", 42.1, -93.1, "US", "Iowa", "P", "PPL", 600, (), True),
            Row(6, "Pellow Falls", 41.0, -95.6, "US", "Iowa", "P", "PPL", 20_000),  # 250 km from the village
            Row(7, "Quenby", 42.15, -93.2, "US", "Iowa", "P", "PPL", 3_000),  # 10 km from it
        ]
    )


def test_a_village_below_the_cut_off_is_read_where_its_qualifier_places_it():
    gazetteer = _villages()
    result = resolve_places([PlaceMention("l", ("Larchmere",), qualifiers=("Iowa",))], gazetteer)
    assert result["l"].record.geonameid == 5


def test_a_village_below_the_cut_off_stays_out_where_only_the_story_names_its_state():
    gazetteer = _villages()
    places = [PlaceMention("l", ("Larchmere",)), PlaceMention("i", ("Iowa",)), PlaceMention("p", ("Pellow Falls",))]
    assert [r.record.geonameid for r in resolve_places(places, gazetteer)["l"].readings] == [4]


def test_a_village_below_the_cut_off_is_read_where_the_story_names_a_town_beside_it():
    gazetteer = _villages()
    result = resolve_places([PlaceMention("l", ("Larchmere",)), PlaceMention("q", ("Quenby",))], gazetteer)
    assert result["l"].record.geonameid == 5


def test_a_village_is_drawn_in_by_another_place_only():
    """The village's namesake, or a state that holds it, is no neighbour: only a town or a
    county of the story, as it was read, within reach."""
    gazetteer = _villages()
    places = [PlaceMention("l", ("Larchmere",)), PlaceMention("i", ("Iowa",))]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    assert nearby_villages(places, readings, resolve_places(places, gazetteer), gazetteer, 40.0) == {}
    places = [PlaceMention("l", ("Larchmere",)), PlaceMention("q", ("Quenby",))]
    readings = {p.key: readings_of(p, gazetteer) for p in places}
    first = resolve_places(places, gazetteer, villages={})  # as read before any village is weighed
    assert first["l"].record.geonameid == 4
    near = nearby_villages(places, readings, first, gazetteer, 40.0)
    assert [r.record.geonameid for r in near["l"]] == [5]
    assert nearby_villages(places, readings, first, gazetteer, 5.0) == {}


def test_a_village_below_the_cut_off_stays_out_where_the_story_names_no_state_of_it():
    gazetteer = _villages()
    result = resolve_places([PlaceMention("l", ("Larchmere",)), PlaceMention("o", ("Ohio",))], gazetteer)
    assert result["l"].record.geonameid == 4
    assert [r.record.geonameid for r in result["l"].readings] == [4]


def test_a_division_named_with_and_without_its_kind_word_is_one_witness(gazetteer):
    """"Laurens County" and, later, "Laurens": one county under two names, which does not make
    itself surer of its state by agreeing with itself."""
    alone = resolve_places([PlaceMention("c", ("Laurens County",), kind="division")], gazetteer)
    both = resolve_places(
        [PlaceMention("c", ("Laurens County",), kind="division"), PlaceMention("b", ("Laurens",))], gazetteer
    )
    assert _state(both["b"]) == _state(both["c"]) == _state(alone["c"])
    assert both["c"].confidence == pytest.approx(alone["c"].confidence, abs=0.05)


def test_a_name_with_no_reading_takes_the_town_its_first_word_names_where_the_story_stands_beside_it():
    gazetteer = _villages()
    school = PlaceMention("h", ("Quenby H.S.",))
    alone = resolve_places([school], gazetteer)
    assert alone["h"].record is None
    beside = resolve_places([school, PlaceMention("l", ("Larchmere",), qualifiers=("Iowa",))], gazetteer)
    assert beside["l"].record.geonameid == 5
    assert beside["h"].record.geonameid == 7
    far = resolve_places([school, PlaceMention("p", ("Pellow Falls",))], gazetteer)  # 250 km away
    assert far["h"].record is None
