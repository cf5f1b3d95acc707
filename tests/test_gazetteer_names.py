"""Names the gazetteer knows beyond GeoNames' own spelling: abbreviated words ("Mt.", "Ft.",
"W."), abbreviated kind words ("Co.", "Twp."), Canadian province abbreviations, and a
county named without its kind word, on a small gazetteer built for each test."""

from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract.geo.gazetteer import Gazetteer, name_variants, strip_kind
from geonews_extract.geo.sources import Row


def town(geonameid, name, state="Ohio", population=5000, code="US", alternates=()):
    return Row(geonameid, name, 40.0, -82.0, code, state, "P", "PPL", population, tuple(alternates))


def division(geonameid, name, state, feature_code="ADM2", code="US"):
    return Row(geonameid, name, 41.0, -83.0, code, state, "A", feature_code, 90000)


GAZETTEER = Gazetteer.from_rows(
    [
        town(1, "Mount Pellow"),
        town(2, "Fort Brindle", state="Texas"),
        town(3, "West Quarry", state="Maine"),
        town(4, "Saint Orrin"),
        town(5, "Quarry", state="Maine", population=90000),
        division(10, "Marrow County", "Tennessee"),
        division(11, "Ontario", "Ontario", feature_code="ADM1", code="CA"),
        division(12, "Tennessee", "Tennessee", feature_code="ADM1"),
        town(13, "Sortville", state="Ontario", code="CA"),
    ]
)


def names(found):
    return {record.name for record in found}


def test_an_abbreviated_word_of_a_name_is_its_full_word():
    assert names(GAZETTEER.candidates("Mt. Pellow")) == {"Mount Pellow"}
    assert names(GAZETTEER.candidates("Ft. Brindle")) == {"Fort Brindle"}
    assert names(GAZETTEER.candidates("St. Orrin")) == {"Saint Orrin"}
    assert GAZETTEER.knows_place("Mt Pellow")
    assert GAZETTEER.knows_place("Ft. Brindle")


def test_a_compass_letter_before_a_name_is_its_direction():
    assert names(GAZETTEER.candidates("W. Quarry")) == {"West Quarry"}
    assert GAZETTEER.knows_place("W. Quarry")


def test_a_lone_letter_or_an_unknown_expansion_is_no_place():
    assert not GAZETTEER.knows_place("W.")
    assert not GAZETTEER.knows_place("Mt.")
    assert not GAZETTEER.knows_place("E. Pellow")  # "East Pellow" is no place
    assert GAZETTEER.candidates("N. Brindle") == []


def test_abbreviated_kind_words_are_kind_words():
    assert strip_kind("marrow co") == ("marrow", "division")
    assert strip_kind("co marrow") == ("marrow", "division")
    assert strip_kind("quarry twp") == ("quarry", "settlement")
    assert names(GAZETTEER.candidates("Marrow Co.")) == {"Marrow County"}


def test_a_county_named_without_its_kind_word_is_that_county_when_nothing_else_is():
    assert names(GAZETTEER.candidates("Marrow")) == {"Marrow County"}
    assert names(GAZETTEER.candidates("Quarry")) == {"Quarry"}  # a place of the bare name comes first
    assert not GAZETTEER.knows_place("Marrow")  # the cheap test stays with the names places have


def test_canadian_province_abbreviations_are_read_as_written():
    assert names(GAZETTEER.candidates("Ont.")) == {"Ontario"}
    assert GAZETTEER.is_division_name("Ont.")
    assert not GAZETTEER.is_division_name("Ont")


def test_variants_of_a_key_replace_only_the_words_the_table_holds():
    assert name_variants("mt pellow") == ["mount pellow"]
    assert name_variants("st mary st") == ["saint mary st"]  # a trailing "St." is a street
    assert name_variants("w quarry") == ["west quarry"]
    assert name_variants("quarry w") == []
    assert name_variants("pellow") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_no_name_raises_and_the_same_name_gives_the_same_answer(name):
    assert GAZETTEER.candidates(name) == GAZETTEER.candidates(name)
    assert GAZETTEER.knows_place(name) == GAZETTEER.knows_place(name)
    assert all(" " not in v[:1] for v in name_variants(name.lower()))


def test_a_country_is_read_by_the_initials_news_writes_for_it():
    gazetteer = Gazetteer.from_rows(
        [
            Row(20, "United States", 39.8, -98.5, "US", None, "A", "PCLI", 300_000_000),
            Row(21, "United Kingdom", 54.8, -4.6, "GB", None, "A", "PCLI", 60_000_000),
            town(22, "Us", state="Ile-de-France", code="FR", population=1200),
        ]
    )
    for written in ("U.S.", "U.S", "US", "USA", "U.S.A."):
        assert "United States" in names(gazetteer.candidates(written)), written
    assert "United Kingdom" in names(gazetteer.candidates("U.K."))
    assert names(gazetteer.candidates("Us")) == {"Us"}  # a word in title case is no set of initials
    assert not gazetteer.is_division_name("Us")


def test_a_village_below_the_cut_off_answers_only_a_name_nothing_larger_has():
    from dataclasses import replace

    gazetteer = Gazetteer.from_rows(
        [
            town(20, "Larchmere", population=40000),
            replace(town(21, "Larchmere", state="Iowa", population=600), reserve=True),
            replace(town(22, "Pellow Hollow", state="Iowa", population=700), reserve=True),
            replace(town(23, "Saint Wick", state="Iowa", population=550), reserve=True),
        ]
    )
    assert [r.geonameid for r in gazetteer.candidates("Larchmere")] == [20]
    assert [r.geonameid for r in gazetteer.candidates("Pellow Hollow")] == [22]
    assert [r.geonameid for r in gazetteer.candidates("St. Wick")] == [23]
    assert not gazetteer.knows_place("Pellow Hollow")  # no new name for the entity stages to find
    restored = Gazetteer.from_bytes(gazetteer.to_bytes())
    assert [r.geonameid for r in restored.candidates("Pellow Hollow")] == [22]


def test_the_shipped_gazetteer_keeps_villages_below_its_cut_off_in_reserve():
    from geonews_extract.geo.gazetteer import load_gazetteer

    found = load_gazetteer().candidates("Holly Pond")
    assert found and all(500 <= r.population < 1000 and r.feature_class == "P" for r in found)


def test_a_region_its_divisions_divide_by_direction_is_read_at_their_middle():
    gazetteer = Gazetteer.from_rows(
        [
            Row(30, "North Brindleland", 12.0, 20.0, "SD", "North Brindleland", "A", "ADM1", 100),
            Row(31, "South Brindleland", 10.0, 22.0, "SD", "South Brindleland", "A", "ADM1", 50),
            Row(32, "Northern Province", 1.0, 1.0, "SD", "Northern Province", "A", "ADM1", 10),
            Row(33, "Southern Province", 3.0, 3.0, "SD", "Southern Province", "A", "ADM1", 10),
            Row(34, "North Larch", 5.0, 5.0, "SD", "North Larch", "A", "ADM1", 10),
            Row(35, "South Larch", 7.0, 7.0, "SD", "South Larch", "A", "ADM1", 10),
            town(36, "Larch", state="Iowa"),
        ]
    )
    (region,) = gazetteer.candidates("Brindleland")
    assert (region.latitude, region.longitude, region.population) == (11.0, 21.0, 150)
    assert (region.country_code, region.feature_class, region.feature_code) == ("SD", "L", "RGN")
    assert not gazetteer.candidates("Province")  # a kind word is no region
    assert names(gazetteer.candidates("Larch")) == {"Larch"}  # a name of its own stays its own


def test_the_shipped_gazetteer_reads_an_island_its_provinces_divide():
    from geonews_extract.geo.gazetteer import load_gazetteer

    (island,) = load_gazetteer().candidates("Kalimantan")
    assert island.country_code == "ID" and -5 < island.latitude < 5 and 108 < island.longitude < 119


def test_a_citys_initials_as_written_are_that_city():
    from geonews_extract.geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    (city,) = gazetteer.candidates("L.A.")
    assert (city.name, city.admin1) == ("Los Angeles", "California")
    assert "Los Angeles" not in names(gazetteer.candidates("La"))  # a word, not the initials


def test_a_village_below_the_cut_off_is_asked_for_by_its_state():
    from dataclasses import replace

    gazetteer = Gazetteer.from_rows(
        [
            town(20, "Larchmere", population=40000),
            replace(town(21, "Larchmere", state="Iowa", population=600), reserve=True),
            replace(town(22, "Saint Wick", state="Iowa", population=550), reserve=True),
        ]
    )
    assert [r.geonameid for r in gazetteer.reserve_candidates("Larchmere")] == [21]
    assert [r.geonameid for r in gazetteer.reserve_candidates("St. Wick")] == [22]
    assert gazetteer.reserve_candidates("Nowhere Else") == []


def test_a_name_asked_again_gets_the_same_answer():
    """`knows_place` keeps its answers: asked again, in any order, a name gets the answer it got first."""
    asked = ["Mt Pellow", "W.", "Quarry", "E. Pellow", "Marrow", "Mt Pellow", "W.", "Tennessee", "E. Pellow"]
    fresh = Gazetteer.from_bytes(GAZETTEER.to_bytes())
    assert [fresh.knows_place(name) for name in asked] == [fresh._find_known(name) for name in asked]
    assert [fresh.knows_place(name) for name in reversed(asked)] == [GAZETTEER._find_known(n) for n in reversed(asked)]
