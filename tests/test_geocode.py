"""The geocode stage: every place entity resolved offline to a GeoNames record, or null."""

import math
from dataclasses import replace

import pytest
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geonews_extract import extract
from geonews_extract.geo.disambiguate import (
    DocumentContext,
    PlaceMention,
    Reading,
    by_population,
    context_score,
    km_between,
    load_priors,
    resolve_places,
)
from geonews_extract.geo.gazetteer import Gazetteer, GazetteerRecord, load_gazetteer, strip_kind
from geonews_extract.geo.sources import GazetteerSourceError, Row, centre
from geonews_extract.pipeline import build_pipeline

PLACE_TYPES = {"GPE", "LOC", "FAC"}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def place_of(document, surface):
    for entity in document.entities:
        if any(m.text == surface for m in entity.mentions):
            return entity
    raise AssertionError(f"no entity mentioned as {surface!r}: {[e.name for e in document.entities]}")


def only(places, gazetteer, **kwargs):
    return resolve_places(places, gazetteer, **kwargs)


# the gazetteer ---------------------------------------------------------------------------


def test_knows_places_by_name_alternate_name_and_iso_name(gazetteer):
    assert gazetteer.knows_place("Kyiv")
    assert gazetteer.knows_place("Kiev")
    assert gazetteer.knows_place("the Netherlands")
    assert not gazetteer.knows_place("Zorblaxville")
    assert not gazetteer.knows_place("")
    assert not gazetteer.knows_place("  ,, ")


def test_kiev_and_kyiv_are_one_city(gazetteer):
    kiev = {r.geonameid for r in gazetteer.candidates("Kiev") if r.feature_class == "P"}
    kyiv = {r.geonameid for r in gazetteer.candidates("Kyiv") if r.feature_class == "P"}
    assert kiev & kyiv


def test_candidates_asked_again_are_the_same_and_the_callers_own(gazetteer):
    first = gazetteer.candidates("Springfield")
    assert first and gazetteer.candidates("Springfield") == first == gazetteer._find_candidates("Springfield")
    again = gazetteer.candidates("Springfield")
    assert all(a is not b for a, b in zip(first, again, strict=True))  # the stage compares readings by identity
    first.clear()
    assert gazetteer.candidates("Springfield")


def test_a_kind_word_reaches_the_division(gazetteer):
    assert strip_kind("aleppo province") == ("aleppo", "division")
    assert strip_kind("province of aleppo") == ("aleppo", "division")
    assert strip_kind("city of aleppo") == ("aleppo", "settlement")
    assert strip_kind("aleppo") == ("aleppo", None)
    divisions = [r for r in gazetteer.candidates("Aleppo province") if r.feature_code == "ADM1"]
    assert divisions and all(r.country_code == "SY" for r in divisions)


def test_a_state_abbreviation_is_read_as_written(gazetteer):
    louisiana = gazetteer.candidates("La.")
    assert [(r.name, r.feature_code) for r in louisiana][:1] == [("Louisiana", "ADM1")]
    assert all(r.name != "Louisiana" for r in gazetteer.candidates("LA"))


def test_every_country_has_a_record_with_its_code(gazetteer):
    france = gazetteer.country("FR")
    assert france is not None and france.feature_code == "PCLI" and france.name == "France"
    assert gazetteer.country("ZZ") is None


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_a_country_is_geonames_own_record_and_point(gazetteer):
    # GeoNames places the United States (6252001) at 39.76 N 98.5 W and Canada (6251999) at 60.1 N 113.6 W
    us, canada = gazetteer.country("US"), gazetteer.country("CA")
    assert us.geonameid == 6252001 and km(us.latitude, us.longitude, 39.76, -98.5) < 5
    assert canada.geonameid == 6251999 and km(canada.latitude, canada.longitude, 60.11, -113.64) < 5


def test_a_first_level_division_is_geonames_own_record_and_point(gazetteer):
    # GeoNames: Texas 4736286 at 31.25 N 99.25 W; Ontario 6093943 at 49.25 N 84.5 W
    texas = next(r for r in gazetteer.candidates("Texas") if r.feature_code == "ADM1")
    ontario = next(r for r in gazetteer.candidates("Ontario") if r.feature_code == "ADM1")
    assert texas.geonameid == 4736286 and km(texas.latitude, texas.longitude, 31.25, -99.25) < 5
    assert ontario.geonameid == 6093943 and km(ontario.latitude, ontario.longitude, 49.25, -84.5) < 5
    assert ontario.country_code == "CA" and ontario.admin1 == "Ontario"


def test_centre_ignores_outlying_points():
    mainland = [(40.0 + i / 10, -100.0 + i / 10) for i in range(40)]
    lat, lon = centre([*mainland, (20.0, -160.0)])
    assert 40 <= lat <= 44 and -100 <= lon <= -96


def test_a_users_geonames_extract_is_loaded_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("GEONEWS_EXTRACT_CACHE", str(tmp_path / "cache"))
    places = tmp_path / "villages.txt"
    columns = ["9990001", "Little Wumpington", "Little Wumpington", "Wumpington Parva", "51.5", "-1.25", "P",
               "PPLL", "GB", "", "ENG", "", "", "", "120", "", "80", "Europe/London", "2024-01-01"]
    places.write_text("\t".join(columns) + "\n", encoding="utf-8")
    admin1 = tmp_path / "admin1.txt"
    admin1.write_text("GB.ENG\tEngland\tEngland\t6269131\n", encoding="utf-8")
    first = load_gazetteer(places_file=str(places), admin1_file=str(admin1))
    assert load_gazetteer(places_file=str(places), admin1_file=str(admin1)) is first
    village = first.candidates("Wumpington Parva")
    assert [(r.geonameid, r.feature_code, r.admin1, r.population) for r in village] == [(9990001, "PPLL", "England", 120)]
    cached = list((tmp_path / "cache").glob("gazetteer-*.marshal"))
    assert len(cached) == 1 and not list((tmp_path / "cache").glob("*.tmp"))
    again = Gazetteer.from_bytes(cached[0].read_bytes())
    assert again.candidates("Little Wumpington") == village
    assert again.country("FR") is not None  # the shipped countries and divisions stay


def test_a_malformed_geonames_file_is_a_typed_error(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text("not\ta\tgeonames\tline\n", encoding="utf-8")
    with pytest.raises(GazetteerSourceError, match=r"broken\.txt"):
        load_gazetteer(places_file=str(broken), cache=False)
    with pytest.raises(FileNotFoundError):
        load_gazetteer(places_file=str(tmp_path / "missing.txt"))
    with pytest.raises(ValueError, match="min_population"):
        load_gazetteer(min_population=1234)


# disambiguation, without a model ---------------------------------------------------------


def test_a_qualifier_picks_the_town_inside_it(gazetteer):
    result = only([PlaceMention("p", ("Paris",), qualifiers=("Texas",)), PlaceMention("t", ("Texas",))], gazetteer)
    assert (result["p"].record.country_code, result["p"].record.admin1) == ("US", "Texas")
    bare = only([PlaceMention("p", ("Paris",))], gazetteer)
    assert bare["p"].record.country_code == "FR"


def test_a_town_its_qualifier_places_in_a_state_where_it_has_no_reading_lies_in_that_state(gazetteer):
    """'Athens, Nevada': no Athens of the gazetteer lies in Nevada, so the text's own word is
    taken, the state, rather than an Athens elsewhere; an unknown town too."""
    assert not [r for r in gazetteer.candidates("Athens") if r.admin1 == "Nevada"]
    for town in ("Athens", "Zzyzxburg"):
        result = only([PlaceMention("t", (town,), qualifiers=("Nevada",)), PlaceMention("n", ("Nevada",))], gazetteer)
        record = result["t"].record
        assert record is not None and (record.feature_code, record.admin1) == ("ADM1", "Nevada")
    listed = only([PlaceMention("o", ("Ohio",), qualifiers=("Nevada",)), PlaceMention("n", ("Nevada",))], gazetteer)
    assert listed["o"].record.admin1 == "Ohio"  # "Ohio, Nevada and Utah": a list of states


def test_the_dateline_draws_other_places_to_its_state(gazetteer):
    places = [PlaceMention("a", ("Atlanta",), dateline=True), PlaceMention("b", ("Athens",))]
    result = only(places, gazetteer)
    assert (result["b"].record.country_code, result["b"].record.admin1) == ("US", "Georgia")
    assert only([PlaceMention("b", ("Athens",))], gazetteer)["b"].record.country_code == "GR"


def test_a_dateline_is_no_witness_for_its_own_name(gazetteer):
    # a town named in the headline and again in the dateline is one place: the dateline's
    # reading must not make the headline's namesake surer of that same reading
    flagged = only([PlaceMention("h", ("Hamilton",)), PlaceMention("d", ("HAMILTON",), dateline=True)], gazetteer)
    plain = only([PlaceMention("h", ("Hamilton",)), PlaceMention("d", ("HAMILTON",))], gazetteer)
    assert flagged["h"].record == plain["h"].record
    assert flagged["h"].confidence == pytest.approx(plain["h"].confidence)


def test_an_unsure_dateline_draws_less(gazetteer):
    priors = load_priors()
    town = next(r for r in gazetteer.candidates("Athens") if r.country_code == "US")
    dateline = next(r for r in gazetteer.candidates("Atlanta") if r.country_code == "US")
    sure = context_score(town, DocumentContext(dateline=dateline, dateline_weight=1.0), priors, None, 0.0)
    unsure = context_score(town, DocumentContext(dateline=dateline, dateline_weight=0.25), priors, None, 0.0)
    assert sure > unsure > 0.0


def test_neighbours_draw_a_name_to_their_country(gazetteer):
    places = [PlaceMention("x", ("Tripoli",)), PlaceMention("y", ("Beirut",)), PlaceMention("z", ("Sidon",))]
    assert only(places, gazetteer)["x"].record.country_code == "LB"
    libya = [PlaceMention("x", ("Tripoli",)), PlaceMention("y", ("Benghazi",)), PlaceMention("z", ("Misrata",))]
    assert only(libya, gazetteer)["x"].record.country_code == "LY"


@pytest.mark.parametrize("names", [("Athens", "Rome", "Macon"), ("Bangor", "Augusta", "Portland")])
def test_names_that_could_all_lie_in_one_state_are_read_there(gazetteer, names):
    common = set.intersection(*({(r.country_code, r.admin1) for r in gazetteer.candidates(n)} for n in names))
    result = only([PlaceMention(n, (n,)) for n in names], gazetteer)
    divisions = {(result[n].record.country_code, result[n].record.admin1) for n in names if result[n].record}
    assert len(divisions) == 1 and divisions <= common
    alone = [only([PlaceMention(n, (n,))], gazetteer)[n].record for n in names]
    assert any(r is None or (r.country_code, r.admin1) not in common for r in alone)  # each alone reads elsewhere


def test_a_town_and_its_county_are_read_together_where_the_surest_name_alone_would_draw_them_apart(gazetteer):
    # the town is named most, so the rounds fix it first, by its population, and the county
    # follows it; read from the state where the town lies inside the county, the story holds better
    places = [
        PlaceMention("town", ("Lebanon",), weight=3),
        PlaceMention("county", ("Warren County",), weight=2),
        PlaceMention("other", ("Liberty",)),
    ]
    greedy = only(places, gazetteer, priors=replace(load_priors(), joint_starts=0))
    assert (greedy["town"].record.country_code, greedy["town"].record.admin1) != ("US", "Ohio")
    result = only(places, gazetteer)
    town, county = result["town"].record, result["county"].record
    assert (town.country_code, town.admin1) == (county.country_code, county.admin1) == ("US", "Ohio")
    assert km_between(town, county) < 40


def test_other_starts_leave_a_story_that_already_holds_together_as_it_was(gazetteer):
    places = [PlaceMention("town", ("Franklin",), weight=3), PlaceMention("county", ("Williamson County",), weight=2)]
    greedy = only(places, gazetteer, priors=replace(load_priors(), joint_starts=0))
    assert {key: r.record for key, r in only(places, gazetteer).items()} == {key: r.record for key, r in greedy.items()}
    assert greedy["town"].record.admin1 == "Tennessee"


def test_country_names_stay_countries_though_towns_of_those_names_share_a_state(gazetteer):
    names = ("Peru", "Mexico", "Lebanon", "Poland")
    shared = set.intersection(
        *({(r.country_code, r.admin1) for r in gazetteer.candidates(n) if r.feature_class == "P"} for n in names)
    )
    assert shared  # towns of all four names lie in one state
    result = only([PlaceMention(n, (n,)) for n in names], gazetteer)
    assert all(result[n].record.feature_code == "PCLI" for n in names)


def test_actor_countries_count_as_context(gazetteer):
    alone = only([PlaceMention("x", ("Tripoli",))], gazetteer)["x"].record.country_code
    other = "LB" if alone == "LY" else "LY"
    assert only([PlaceMention("x", ("Tripoli",))], gazetteer, actor_countries={other: 1.0})["x"].record.country_code == other


def test_a_bare_name_is_the_town_and_a_kind_word_the_division(gazetteer):
    town = only([PlaceMention("a", ("Aleppo",))], gazetteer)["a"].record
    division = only([PlaceMention("a", ("Aleppo province",), kind="division")], gazetteer)["a"].record
    assert town.feature_class == "P" and division.feature_code == "ADM1"
    assert town.country_code == division.country_code == "SY"


def test_a_transliteration_resolves_through_alternate_names(gazetteer):
    mosul = only([PlaceMention("m", ("al-Mawsil",))], gazetteer)["m"].record
    assert mosul is not None and mosul.country_code == "IQ" and mosul.feature_class == "P"


def test_an_unknown_name_is_null_not_a_guess(gazetteer):
    result = only([PlaceMention("u", ("Zorblaxville",)), PlaceMention("q", ("Qwxyzt Heights",))], gazetteer)
    assert result["u"].record is None and result["q"].record is None


def test_a_lone_tiny_namesake_is_not_certain(gazetteer):
    tiny = min(gazetteer.candidates("Springfield"), key=lambda r: r.population)
    assert tiny.population < 5000
    alone = only([PlaceMention("s", ("Springfield",))], gazetteer)["s"]
    assert alone.record is None or alone.confidence < 0.9


def test_one_reading_per_name_per_document(gazetteer):
    places = [
        PlaceMention("first", ("Paris",), qualifiers=("Texas",)),
        PlaceMention("second", ("Paris",)),
        PlaceMention("t", ("Texas",)),
    ]
    result = only(places, gazetteer)
    assert result["first"].record == result["second"].record


def test_the_population_baseline_takes_the_largest():
    small = GazetteerRecord(1, "A", 0.0, 0.0, "US", None, "P", "PPL", 10)
    large = GazetteerRecord(2, "A", 1.0, 1.0, "FR", None, "P", "PPL", 1000)
    assert by_population([Reading(small, "name"), Reading(large, "alternate")]) == large
    assert by_population([]) is None


def test_build_rejects_nothing_it_can_index():
    row = Row(1, "Testville", 1.0, 2.0, "US", "Texas", "P", "PPL", 5, ("Test Ville", "ТВ"))
    gazetteer = Gazetteer.from_rows([row])
    assert gazetteer.candidates("Test Ville")[0].name == "Testville"
    assert gazetteer.candidates("Testville")[0][:4] == (1, "Testville", 1.0, 2.0)


# through the pipeline --------------------------------------------------------------------


def test_paris_texas_in_a_sentence(nlp):
    document = extract("The mayor of Paris, Texas, said the lake near Paris was full again.", nlp=nlp)
    paris = place_of(document, "Paris")
    assert paris.place is not None
    assert (paris.place.country_code, paris.place.admin1, paris.place.feature_class) == ("US", "Texas", "P")


def test_a_dateline_city_gets_its_record(nlp):
    document = extract("KABUL - Aid convoys reached the north on Tuesday, officials said.", nlp=nlp)
    kabul = place_of(document, "KABUL")
    assert kabul.place is not None
    assert (kabul.place.name, kabul.place.country_code, kabul.place.feature_class) == ("Kabul", "AF", "P")


def test_a_capital_as_government_gets_the_country_and_as_a_place_the_city(nlp):
    document = extract(
        "Washington warned Moscow on Tuesday that talks would end. Later, hundreds marched in Washington.",
        nlp=nlp,
    )
    places = [e for e in document.entities if any(m.text == "Washington" for m in e.mentions)]
    codes = {e.place.feature_code for e in places if e.place}
    assert "PCLI" in codes and any(c.startswith("PPL") for c in codes)
    country = next(e.place for e in places if e.place and e.place.feature_code == "PCLI")
    assert country.country_code == "US" and country.name == "United States"


def test_kiev_and_kyiv_in_one_text_are_one_place(nlp):
    document = extract("Shelling hit Kyiv overnight. Residents of Kiev said sirens sounded twice.", nlp=nlp)
    assert place_of(document, "Kyiv").place.geonameid == place_of(document, "Kiev").place.geonameid


def test_places_survive_the_doc_serialisation(nlp):
    doc = nlp("Floods hit Rotterdam and Antwerp on Monday.")
    from geonews_extract.annotations import entities_of

    places = [r.place for r in entities_of(doc) if r.place]
    assert places
    assert [tuple(p) for p in srsly.msgpack_loads(srsly.msgpack_dumps(places))] == [tuple(p) for p in places]


def test_a_bad_gazetteer_setting_fails_when_the_pipeline_is_built():
    with pytest.raises(FileNotFoundError):
        build_pipeline(stages=["geocode"], config={"geocode": {"places_file": "/nonexistent/cities500.txt"}})
    with pytest.raises(ValueError, match="min_population"):
        build_pipeline(stages=["geocode"], config={"geocode": {"min_population": 7}})


LETTERS = st.characters(codec="utf-8", categories=["L", "N", "P", "Z"])
PLACE_WORDS = st.sampled_from(["Paris", "Texas", "Kyiv", "Aleppo", "Springfield", "Lagos", "Mosul", "Georgia"])
NEWSY = st.lists(st.one_of(PLACE_WORDS, st.text(LETTERS, min_size=1, max_size=12)), min_size=1, max_size=25).map(
    " ".join
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(NEWSY, st.text(min_size=1, max_size=200)))
def test_every_place_is_a_valid_point_and_nothing_raises(nlp, text):
    if not text.strip():
        return
    document = extract(text, nlp=nlp)
    assert not any(w.startswith("geocode:") for w in document.warnings)
    for entity in document.entities:
        if entity.place is None:
            continue
        place = entity.place
        assert entity.type in PLACE_TYPES
        assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180
        assert not math.isnan(place.latitude) and not math.isnan(place.longitude)
        assert (place.country_code == "" and place.feature_code == "CONT") or (
            len(place.country_code) == 2 and place.country_code.isupper()
        )
        assert 0 < place.confidence <= 1


# frames and notebook display -------------------------------------------------------------


def test_frames_carry_the_point_and_country_of_each_place(nlp):
    pytest.importorskip("pandas")
    from geonews_extract.frames import documents_to_frames

    document = extract("Ministers met in Lisbon while unions in the capital protested.", nlp=nlp)
    entities = documents_to_frames([document]).entities
    lisbon = entities[entities["name"] == "Lisbon"].iloc[0]
    place = place_of(document, "Lisbon").place
    assert (lisbon["latitude"], lisbon["longitude"], lisbon["country_code"]) == (
        place.latitude,
        place.longitude,
        "PT",
    )
    others = entities[entities["type"].isin(["PERSON", "ORG", "NORP"])]
    assert others["latitude"].isna().all()


def test_the_notebook_hover_names_the_place(nlp):
    from geonews_extract.display import render_html

    document = extract("Ministers met in Lisbon on Monday.", nlp=nlp)
    place = place_of(document, "Lisbon").place
    assert f"Lisbon, PT ({place.latitude:.2f}, {place.longitude:.2f})" in render_html(document)


@settings(max_examples=300, deadline=None)
@given(name=st.text(st.characters(max_codepoint=127), max_size=30))
def test_the_fast_ascii_fold_is_the_alias_key(name):
    from geonews_extract.geo.gazetteer import fold_name
    from geonews_extract.kb.keys import alias_key

    assert fold_name(name) == alias_key(name)


def test_a_region_of_the_knowledge_base_is_never_a_namesake_town(nlp, gazetteer):
    assert any(r.feature_class == "P" for r in gazetteer.candidates("Middle East"))
    document = extract("Oil prices rose across the Middle East and in Africa on Monday.", nlp=nlp)
    middle_east = place_of(document, "Middle East")
    assert middle_east.place is None or middle_east.place.feature_class not in ("P", "A")
    africa = place_of(document, "Africa").place
    assert africa is not None and africa.feature_code == "CONT"


def missed_places(nlp, text):
    """The places the geocoder adds to `text` as if the model had found no entity at all."""
    doc = nlp(text)
    doc.ents = []
    records = []
    assert nlp.get_pipe("geocode").add_missed_places(doc, records)
    return records


def test_places_the_model_missed_are_added_by_their_syntax(nlp):
    text = "Firefighters from Roselle helped. Grand Prairie police closed Main Street, and Mr. Jackson said so."
    records = missed_places(nlp, text)
    assert {"Roselle", "Grand Prairie"} <= {r.name for r in records} and "Jackson" not in {r.name for r in records}
    assert all(r.type == "GPE" and text[r.mentions[0].start : r.mentions[0].end] == r.name for r in records)


def test_a_name_another_entity_holds_is_not_made_a_place(nlp):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    geocoder = nlp.get_pipe("geocode")
    doc = nlp("Jackson said so. Jackson residents were told to leave.")
    person = EntityRecord("person:jackson", "Jackson", "PERSON", "person:jackson", [MentionRecord(0, 7, "PERSON")])
    records = [person]
    geocoder.add_missed_places(doc, records)
    assert records == [person] and len(person.mentions) == 1


def test_a_list_of_names_before_counties_reads_as_counties(gazetteer):
    place = PlaceMention("clay", ("Clay",), kind="division")
    record = only([place, PlaceMention("mn", ("Minnesota",))], gazetteer)["clay"].record
    assert record is not None and record.feature_code == "ADM2" and record.admin1 == "Minnesota"


def test_a_plural_kind_word_after_a_list_marks_each_name_a_division(nlp):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    text = "Schools in Jackson, Clay and Barrow counties closed; Barrow Street stayed open."
    records = [
        EntityRecord(n.lower(), n, "GPE", n.lower(), [MentionRecord(text.index(n), text.index(n) + len(n), "GPE")])
        for n in ("Jackson", "Clay")
    ]
    kinds = {m.key: m.kind for m in nlp.get_pipe("geocode").place_mentions_of(records, text)}
    assert kinds == {"jackson": "division", "clay": "division"}
    alone = [EntityRecord("x", "Jackson", "GPE", "x", [MentionRecord(0, 7, "GPE")])]
    assert nlp.get_pipe("geocode").place_mentions_of(alone, "Jackson said the counties agreed.")[0].kind is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Parents filled the Marlow middle school gym.", "settlement"),
        ("The Marlow City Council met on Monday.", "settlement"),
        ("Marlow police said the road was closed.", None),
        ("Marlow said the school would open.", None),
    ],
)
def test_a_body_only_a_town_has_marks_the_name_before_it_a_town(nlp, text, kind):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    start = text.index("Marlow")
    records = [EntityRecord("m", "Marlow", "GPE", "m", [MentionRecord(start, start + 6, "GPE")])]
    assert nlp.get_pipe("geocode").place_mentions_of(records, text)[0].kind == kind


def test_a_country_named_before_a_body_only_a_town_has_is_the_town(gazetteer):
    """"the Peru high school" in a story set in the United States: the town, not the country."""
    us = {"US": 1.0}
    places = [PlaceMention("p", ("Peru",)), PlaceMention("u", ("United States",))]
    assert only(places, gazetteer, institution_countries=us)["p"].record.feature_code == "PCLI"
    places[0] = PlaceMention("p", ("Peru",), kind="settlement")
    record = only(places, gazetteer, institution_countries=us)["p"].record
    assert record.feature_class == "P" and record.country_code == "US"


@pytest.mark.parametrize("repeats", [2, 4, 6])
def test_places_of_one_name_do_not_pull_each_other(gazetteer, repeats):
    """'Dublin' and the 'Dublin Arts Council' are one place: repeating it adds no weight to its own reading."""
    others = [PlaceMention("c", ("Columbus",)), PlaceMention("o", ("Ohio",))]
    once = only([PlaceMention("d0", ("Dublin",)), *others], gazetteer)["d0"].record
    repeated = [PlaceMention(f"d{i}", ("Dublin",)) for i in range(repeats)]
    assert only([*repeated, *others], gazetteer)["d0"].record == once


def test_a_direction_before_a_region_reads_as_the_region(gazetteer):
    places = [PlaceMention("ne", ("Northeast Georgia",)), PlaceMention("o", ("Oconee County",), kind="division")]
    record = only(places, gazetteer)["ne"].record
    assert record is not None and (record.country_code, record.feature_code, record.admin1) == ("US", "ADM1", "Georgia")
    assert only([PlaceMention("x", ("Southern Zzyzxville",))], gazetteer)["x"].record is None


def test_a_direction_before_a_small_town_is_no_reading(gazetteer):
    assert [r for r in gazetteer.candidates("Bank") if r.population < 100_000]
    assert not gazetteer.candidates("Southeast Bank")  # no village of its own (the reserve holds an "East Bank")
    assert only([PlaceMention("eb", ("Southeast Bank",))], gazetteer)["eb"].record is None


def test_a_state_is_drawn_by_the_places_the_document_names_inside_it(gazetteer):
    """'Georgia' beside Oconee, Barrow and Clarke counties is the US state, not the country."""
    counties = [PlaceMention(n.lower(), (n,), kind="division") for n in ("Oconee County", "Barrow County", "Clarke County")]
    places = [PlaceMention("g", ("Georgia",)), PlaceMention("ne", ("North Georgia",)), *counties]
    record = only(places, gazetteer)["g"].record
    assert record is not None and (record.country_code, record.feature_code) == ("US", "ADM1")


def test_a_reading_that_moves_draws_its_neighbours_after_it(gazetteer):
    """The document is read again from each round's readings: once 'San Jose' settles in
    California, 'Pasadena' beside it follows, though its first reading was in Texas."""
    places = [PlaceMention("s", ("San Jose",)), PlaceMention("p", ("Pasadena",))]
    once = only(places, gazetteer, priors=replace(load_priors(), context_rounds=1))
    settled = only(places, gazetteer)
    assert once["p"].record.admin1 != "California"  # one round reads it before its neighbour settled
    assert {(settled[k].record.country_code, settled[k].record.admin1) for k in "sp"} == {("US", "California")}


@pytest.mark.parametrize("mentions", [1, 5])
def test_a_country_reading_leaves_its_neighbours_states_whole(gazetteer, mentions):
    """A place read as a country adds no weight to any state, so none is taken from its
    neighbours' states when its own reading is set aside: 'Lebanon' beside Murfreesboro is the
    Tennessee town, however often it is named."""
    places = [PlaceMention("l", ("Lebanon",), weight=mentions), PlaceMention("m", ("Murfreesboro",))]
    result = only(places, gazetteer)
    assert (result["l"].record.country_code, result["l"].record.admin1) == ("US", "Tennessee")
    assert only([PlaceMention("l", ("Lebanon",))], gazetteer)["l"].record.country_code == "LB"


@pytest.mark.parametrize("written", ["W. Va.", "W.Va", "W.Va."])
def test_a_state_abbreviation_is_read_with_or_without_its_inner_space_and_last_dot(gazetteer, written):
    assert [r.name for r in gazetteer.candidates(written) if r.feature_code == "ADM1"] == ["West Virginia"]
    assert gazetteer.is_division_name(written)
    assert not gazetteer.is_division_name("La")  # without its dot, a word


def test_the_places_of_a_document_outweigh_the_country_of_its_actors(gazetteer):
    """Actors from one country (a US president's statement) do not move 'Georgia', named
    beside a Georgian town and a Russia named often, to the US state."""
    places = [
        PlaceMention("g", ("Georgia",), weight=5),
        PlaceMention("k", ("Kutaisi",)),
        PlaceMention("r", ("Russia",), weight=10),
    ]
    assert only(places, gazetteer, actor_countries={"US": 1.0})["g"].record.country_code == "GE"


def test_a_bare_name_beside_its_county_is_the_county(gazetteer):
    """'Kanawha' in a text that also names Kanawha County is the county's short form."""
    places = [PlaceMention("k", ("Kanawha",)), PlaceMention("c", ("Kanawha County",), kind="division")]
    result = only(places, gazetteer)
    assert result["k"].record.feature_code == "ADM2" and result["k"].record == result["c"].record
    assert only([PlaceMention("k", ("Kanawha",))], gazetteer)["k"].record.feature_code != "ADM2"


def test_a_facility_named_after_a_place_of_the_story_lies_there(gazetteer):
    """'the Lakeview Fire Hall' in a story that names the town of Lakeview, Ohio."""
    town = PlaceMention("t", ("Lakeview",), qualifiers=("Ohio",))
    hall, old = PlaceMention("f", ("Lakeview Fire Hall",)), PlaceMention("h", ("Old Lakeview",))
    places = [town, PlaceMention("o", ("Ohio",)), hall, old]
    result = only(places, gazetteer)
    assert result["t"].record is not None and result["t"].record.admin1 == "Ohio"
    assert result["f"].record == result["h"].record == result["t"].record
    assert only([PlaceMention("f", ("Lakeview Fire Hall",))], gazetteer)["f"].record is None  # nothing to lie in


def test_a_facility_read_only_through_its_leading_words_takes_the_storys_place_inside_it():
    from geonews_extract.geo.disambiguate import Resolution, places_named_within

    ohio = GazetteerRecord(1, "Lakeview", 40.5, -83.9, "US", "Ohio", "P", "PPL", 1000)
    elsewhere = GazetteerRecord(2, "Lakeview Bay", 45.0, -70.0, "US", "Maine", "P", "PPL", 900)
    town, hall = PlaceMention("t", ("Lakeview",)), PlaceMention("h", ("Lakeview Bay Hall",))
    read = {"t": Resolution(ohio, 0.9, (Reading(ohio, "name"),))}
    weak = places_named_within([town, hall], {**read, "h": Resolution(elsewhere, 0.8, (Reading(elsewhere, "part"),))})
    assert weak["h"].record == ohio
    named = places_named_within([town, hall], {**read, "h": Resolution(elsewhere, 0.8, (Reading(elsewhere, "name"),))})
    assert named["h"].record == elsewhere  # read by its own name: it keeps its reading


def test_a_road_or_a_direction_takes_no_reading_from_a_place_of_the_story(gazetteer):
    places = [PlaceMention("t", ("Lakeview",), qualifiers=("Ohio",)), PlaceMention("o", ("Ohio",))]
    road = only([*places, PlaceMention("r", ("Lakeview Drive",))], gazetteer)
    assert road["r"].record is None
    north = only([*places, PlaceMention("n", ("North",)), PlaceMention("x", ("North Zzyzx Hall",))], gazetteer)
    assert north["x"].record is None or north["x"].record != north["n"].record


def test_a_legislators_home_after_the_party_is_a_place(nlp):
    text = "Rep. Ann Lee, R-Elbow Lake, said so, and Sen. Tom Ross (D-S.C.) agreed. The vote was 5-1, Lee said."
    names = {r.name for r in missed_places(nlp, text)}
    assert {"Elbow Lake", "S.C."} <= names
    assert not names & {"Ann Lee", "Tom Ross", "Lee", "R", "D"}


# the place a mention's own words name ----------------------------------------------------


def test_a_capital_acting_for_its_state_names_the_city_on_its_mention(nlp):
    document = extract(
        "Russia expelled two diplomats on Monday. Moscow said the decision was final and Russia would not retreat.",
        nlp=nlp,
    )
    state = place_of(document, "Moscow")
    assert state.place is not None and state.place.feature_code == "PCLI" and state.place.country_code == "RU"
    moscow = next(m for m in state.mentions if m.text == "Moscow")
    assert moscow.place is not None
    assert (moscow.place.name, moscow.place.country_code, moscow.place.feature_class) == ("Moscow", "RU", "P")
    assert all(m.place is None for m in state.mentions if m.text == "Russia")  # the words name the entity's place


def test_a_state_named_only_by_its_capital_adds_no_weight_to_the_storys_countries(nlp):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    geocoder = nlp.get_pipe("geocode")
    text = "Moscow said so. Russia agreed."
    capital = EntityRecord("russia", "Russia", "GPE", "russia", [MentionRecord(0, 6, "GPE")])
    both = EntityRecord("russia", "Russia", "GPE", "russia", [MentionRecord(0, 6, "GPE"), MentionRecord(16, 22, "GPE")])
    assert geocoder.place_mentions_of([capital], text)[0].weight == 0
    assert geocoder.place_mentions_of([both], text)[0].weight == 2


def test_a_capitals_name_acting_for_its_state_is_read_with_the_rest_of_the_story(nlp):
    """The words of a capital taken for its state are read among all towns of that name, so a
    story set among Georgia's towns reads its 'Athens' there."""
    from geonews_extract.annotations import EntityRecord, MentionRecord

    geocoder = nlp.get_pipe("geocode")
    text = "Athens voted. Watkinsville and Bogart agreed, as did Oconee County, Georgia."
    records = [EntityRecord("greece", "Greece", "GPE", "greece", [MentionRecord(0, 6, "GPE")])]
    for name in ("Watkinsville", "Bogart", "Oconee County", "Georgia"):
        start = text.index(name)
        records.append(EntityRecord(name.lower(), name, "GPE", name.lower(), [MentionRecord(start, start + len(name), "GPE")]))
    worded = geocoder.worded_places(records, text)
    assert [p.countries for p in worded.values()] == [None]
    mentions = geocoder.place_mentions_of(records, text)
    result = resolve_places([*mentions, *worded.values()], geocoder.gazetteer)
    athens = result[next(iter(worded))].record
    assert athens is not None and (athens.country_code, athens.admin1) == ("US", "Georgia")


def test_a_mention_whose_words_name_its_entitys_place_has_no_place_of_its_own(nlp):
    document = extract("Floods hit Rotterdam and Antwerp on Monday. The water rose again in Rotterdam.", nlp=nlp)
    rotterdam = place_of(document, "Rotterdam")
    assert rotterdam.place is not None
    assert all(m.place is None for m in rotterdam.mentions)


def test_a_mentions_own_place_survives_the_doc_serialisation(nlp):
    from spacy.tokens import Doc

    from geonews_extract.assemble import assemble

    doc = nlp("Washington said on Friday that the talks had failed.")
    expected = assemble(doc)
    assert any(m.place is not None for e in expected.entities for m in e.mentions)  # something to lose
    assert assemble(Doc(nlp.vocab).from_bytes(doc.to_bytes())) == expected


def test_a_place_named_by_its_nationality_is_that_country(nlp, gazetteer):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    text = "Two Egyptians and a Kenyan crossed the border at dawn."
    records = [
        EntityRecord(n.lower(), n, "GPE", n.lower(), [MentionRecord(text.index(n), text.index(n) + len(n), "GPE")])
        for n in ("Egyptians", "Kenyan")
    ]
    mentions = nlp.get_pipe("geocode").place_mentions_of(records, text)
    resolved = only(mentions, gazetteer)
    assert resolved["egyptians"].record.feature_code == "PCLI" and resolved["egyptians"].record.country_code == "EG"
    assert resolved["kenyan"].record.country_code == "KE"
    unknown = [EntityRecord("x", "Brindlish", "GPE", "x", [MentionRecord(0, 9, "GPE")])]
    assert nlp.get_pipe("geocode").place_mentions_of(unknown, "Brindlish voters came.")[0].countries is None


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Lake Brindle", "brindle"),
        ("Brindle River", "brindle"),
        ("Brindle State Park", "brindle"),
        ("Larchmere National Wildlife Refuge", "larchmere"),
        ("Port of Quarry", "quarry"),
        ("Quarry Station", "quarry"),
        ("Mt. Quarry", "quarry"),
        ("Brindle", ""),
        ("State Park", ""),
        ("Lake of the Woods", ""),
        ("Brindle Street", ""),
    ],
)
def test_a_feature_name_holds_the_place_it_is_named_after(name, stem):
    from geonews_extract.geo.disambiguate import feature_stem

    assert feature_stem(name) == stem


def test_a_lake_or_port_with_no_record_of_its_own_reads_as_its_namesake_place(gazetteer):
    assert not gazetteer.candidates("Lake Okeechobee") and not gazetteer.candidates("Port of Rotterdam")
    found = only([PlaceMention("lake", ("Lake Okeechobee",)), PlaceMention("port", ("Port of Rotterdam",))], gazetteer)
    assert found["lake"].record.admin1 == "Florida" and found["port"].record.country_code == "NL"
    assert only([PlaceMention("creek", ("Glimmerfen Creek",))], gazetteer)["creek"].record is None


def test_a_feature_read_as_its_namesake_draws_no_other_place(gazetteer):
    alone = only([PlaceMention("town", ("Preston",))], gazetteer)["town"].record
    state = only([PlaceMention("town", ("Preston",)), PlaceMention("state", ("Idaho",))], gazetteer)
    assert state["town"].record.admin1 == "Idaho" != alone.admin1  # the state itself draws the town
    beside = only([PlaceMention("town", ("Preston",)), PlaceMention("lake", ("Lake Idaho",))], gazetteer)
    assert beside["lake"].record is not None and beside["lake"].record.admin1 == "Idaho"
    assert beside["town"].record == alone


def test_a_place_named_by_a_states_people_is_that_state(nlp, gazetteer):
    from geonews_extract.annotations import EntityRecord, MentionRecord

    assert [gazetteer.division_of_people(w) for w in ("Ohioans", "Texan", "Floridians", "Ryan", "Ohio")] == [
        "Ohio",
        "Texas",
        "Florida",
        None,
        None,
    ]
    text = "Many Ohioans drove north."
    start = text.index("Ohioans")
    records = [EntityRecord("ohioans", "Ohioans", "GPE", "ohioans", [MentionRecord(start, start + 7, "GPE")])]
    (mention,) = nlp.get_pipe("geocode").place_mentions_of(records, text)
    record = only([mention], gazetteer)["ohioans"].record
    assert (record.feature_code, record.admin1) == ("ADM1", "Ohio")


def test_a_found_place_takes_its_words_from_the_entity_that_held_them():
    from geonews_extract.annotations import EntityRecord, MentionRecord
    from geonews_extract.stages.geocode import _drop_mentions_over

    party = EntityRecord("org:d-brindle", "D-Brindle", "ORG", "org:d-brindle", [MentionRecord(30, 39, "ORG")])
    person = EntityRecord("person:ann-lee", "Ann Lee", "PERSON", "person:ann-lee", [MentionRecord(21, 28, "PERSON")])
    records = [person, party]
    _drop_mentions_over(records, [(32, 39)])
    assert records == [person] and person.mentions == [MentionRecord(21, 28, "PERSON")]
