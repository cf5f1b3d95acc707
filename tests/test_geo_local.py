"""Local news: a town name written with its town's own business is a town of the story's country."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.geo.disambiguate import PlaceMention, resolve_places
from geonews_extract.geo.gazetteer import load_gazetteer
from geonews_extract.geo.institutions import institution_countries, institution_counts
from geonews_extract.geo.local import story_country, written_as_town, written_states


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def town_in(text, name, country=None, municipal=False, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return written_as_town(text, start, start + len(name), country, municipal)


# the story's country -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mill in Quarry, Mich., closed on Friday.",
        "Sen. Jane Roe, R-Quarry, voted against the bill.",
        "The bill's author (DFL-Brindle) spoke first.",
        "Police were called to 412 N. Elm St. on Sunday.",
        "Deputies from the sheriff's office searched the barn.",
        "Councilwoman Ann Poe asked the board to wait.",
        "Write to the club at PO Box 12, Quarry, MI 48201-1234.",
        "Write to the club at PO Box 12, Quarry, Mich. 48201.",
        "The third-graders planted a garden.",
    ],
)
def test_a_us_format_or_office_makes_a_us_story(text):
    assert story_country(text) == "US"


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to spend $1,200 on a trip.",  # dollars are written bare in other countries too
        "The prime minister visited 10 Downing Street, London.",  # a street written out is no US style
        "The Garda said the road was closed.",
        "R-rated films and I-95 traffic were on the agenda.",
        "The D-Day landings were remembered.",
        "The score was IN 12345 to OUT 2 in all.",
        "Flight MI 48201 was late.",
    ],
)
def test_no_us_sign_no_us_story(text):
    assert story_country(text) != "US"


def test_signs_that_disagree_make_no_country_or_the_most_signs_country():
    assert story_country("The Garda met in Quarry, Mich., on Monday.") is None
    assert story_country("The Garda and the Taoiseach met in Quarry on Monday.") == "IE"
    assert story_country("The Garda met a state senator in Quarry, Mich., and Brindle, Ga.") == "US"


def test_the_currency_sign_still_counts_for_the_institutions_prior():
    text = "The council voted to spend $1,200 on a trip."
    assert institution_countries(text) == {"US": 1.0}
    assert institution_counts(text) == {"US": 1}
    assert not institution_counts(text, currency=False)


@pytest.mark.parametrize(
    "text",
    [
        "The Garda met in Quarry, Mich., on Monday, and paid $40.",
        "The sheriff's office and the Garda and the Taoiseach met at 412 N. Elm St. for $5.",
        "Nothing here says where.",
    ],
)
def test_the_institution_words_read_once_give_what_each_reads_itself(text):
    counts = institution_counts(text, currency=False)
    kept = counts.copy()
    assert story_country(text, counts) == story_country(text)
    assert institution_countries(text, counts) == institution_countries(text)
    assert list(institution_countries(text, counts)) == list(institution_countries(text))
    assert counts == kept  # neither changes the counts it is given


# a name written as a local town ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Arrested was Jo Doe, 44, of 2517 Kiln St., Quarry, on Sunday.",
        "Services will be held at the chapel, 40 S. Birch Ave., Quarry.",
        "Rep. Sam Roe, D-Quarry, said the plan was late.",
        "The tax was backed by Sen. Ann Poe (DFL-Quarry).",
    ],
)
def test_an_address_or_a_party_tag_writes_a_us_town(text):
    assert town_in(text, "Quarry") == "US"


def test_the_us_formats_write_no_town_in_a_story_of_another_country():
    text = "The Garda and the Taoiseach met; Rep. Sam Roe, D-Quarry, said so."
    assert town_in(text, "Quarry", story_country(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Quarry is a town of 4,000 people.",
        "He moved to 2517 Kiln Street, Quarry, in May.",  # a street written out
        "She lived at Kiln St. in Quarry.",  # no number
        "The X-Quarry project and the AR-Quarry rifle were shown.",
    ],
)
def test_no_address_no_party_tag_no_town(text):
    assert town_in(text, "Quarry") is None


@pytest.mark.parametrize("text", ["Pupils of Quarry elementary schools sang.", "Quarry City Schools will close early."])
def test_a_towns_schools_write_a_town_of_the_storys_country(text):
    assert town_in(text, "Quarry", "US") == "US"
    assert town_in(text, "Quarry", None) is None
    assert town_in("Quarry police said so.", "Quarry", "US") is None


def test_a_name_whose_last_word_starts_the_body_is_written_as_a_town():
    text = "Members of the Quarry City Council met."
    start = text.index("Quarry")
    assert written_as_town(text, start, start + len("Quarry City"), "US") == "US"
    assert written_as_town("Quarry City won the cup.", 0, len("Quarry City"), "US") is None


def test_a_town_written_with_city_is_the_town_of_its_bare_name(gazetteer):
    places = [PlaceMention("a", ("Athens City",), kind="settlement", local="US"), PlaceMention("b", ("Athens",), weight=3)]
    read = resolve_places(places, gazetteer)
    assert read["b"].record.country_code == "US"


def test_a_towns_own_body_writes_a_town_of_the_storys_country_only():
    text = "The Quarry City Council met on Monday."
    assert town_in(text, "Quarry", "US", municipal=True) == "US"
    assert town_in(text, "Quarry", None, municipal=True) is None
    assert town_in(text, "Quarry", "US", municipal=False) is None


@given(st.text(max_size=200))
def test_any_text_reads_without_error(text):
    assert story_country(text) in (None, *_codes())
    if text:
        assert written_as_town(text, 0, min(3, len(text)), "US") in (None, "US")


def _codes():
    from geonews_extract.geo.institutions import load_institutions

    return set(load_institutions().country_of.values()) | {"US"}


# the readings of a local town -----------------------------------------------------------------


def test_a_local_town_is_no_country_and_no_capital_abroad(gazetteer):
    for name in ("Lebanon", "Athens", "Alexandria"):
        alone = resolve_places([PlaceMention("p", (name,))], gazetteer)["p"].record
        assert alone.country_code != "US"
        local = resolve_places([PlaceMention("p", (name,), local="US")], gazetteer)["p"].record
        assert local is not None and local.country_code == "US" and local.feature_class == "P"


def test_a_local_town_too_small_for_the_gazetteer_is_a_village_of_that_country(gazetteer):
    small = [r for r in gazetteer.reserve_candidates("Cook") if r.country_code == "US"]
    assert small and not [r for r in gazetteer.candidates("Cook") if r.country_code == "US"]
    places = [PlaceMention("c", ("Cook",), local="US"), PlaceMention("m", ("Minnesota",))]
    record = resolve_places(places, gazetteer)["c"].record
    assert record is not None and record.country_code == "US"


def test_one_local_mention_makes_every_place_of_its_name_the_town(gazetteer):
    places = [PlaceMention("a", ("Athens",), local="US"), PlaceMention("b", ("Athens",), weight=3)]
    read = resolve_places(places, gazetteer)
    assert read["a"].record.country_code == read["b"].record.country_code == "US"


def test_a_place_of_a_known_country_stays_in_it(gazetteer):
    place = PlaceMention("g", ("Georgia",), countries=frozenset({"GE"}), local=None)
    assert resolve_places([place], gazetteer)["g"].record.country_code == "GE"


# the state of a local town ---------------------------------------------------------------------


def test_the_states_a_story_writes_after_its_towns():
    text = "The mill in Quarry, Ga., closed. Write to PO Box 2, Brindle, GA 30601, or to Marrow, Tenn."
    assert dict(written_states(text)) == pytest.approx({"Georgia": 2 / 3, "Tennessee": 1 / 3})


@pytest.mark.parametrize(
    "text",
    [
        "The mill in Quarry closed.",
        "Ga. is short for Georgia.",  # no town before it
        "The score was Quarry, GA to Brindle, OH in the end.",  # a postal code without a ZIP code
        "Flight GA 30601 was late.",
    ],
)
def test_no_state_written_after_a_town(text):
    assert written_states(text) == ()


def test_a_local_town_is_read_in_the_state_the_story_writes(gazetteer):
    for state in ("Ohio", "Georgia"):
        place = PlaceMention("d", ("Dublin",), local="US", states=((state, 1.0),))
        record = resolve_places([place], gazetteer)["d"].record
        assert record is not None and (record.country_code, record.admin1) == ("US", state)


def test_the_written_state_moves_only_a_local_town(gazetteer):
    place = PlaceMention("d", ("Dublin",), states=(("Ohio", 1.0),))
    assert resolve_places([place], gazetteer)["d"].record.country_code != "US"


def test_every_place_of_the_local_towns_name_takes_its_state(gazetteer):
    places = [
        PlaceMention("a", ("Dublin City",), kind="settlement", local="US", states=(("Ohio", 1.0),)),
        PlaceMention("b", ("Dublin",), weight=3),
    ]
    read = resolve_places(places, gazetteer)
    assert read["b"].record.admin1 == read["a"].record.admin1 == "Ohio"


def test_the_stage_reads_a_local_town_in_the_state_of_its_zip_code(nlp):
    from geonews_extract import extract

    text = (
        "The Dublin City Council met on Monday to repave two roads. "
        "Send comments to City Hall, 5200 Emerald Pkwy., Dublin, OH 43017."
    )
    document = extract(text, nlp=nlp)
    places = [
        m.place or e.place or e.named_place for e in document.entities for m in e.mentions if "Dublin" in m.text
    ]
    assert places and all(p is not None and p.admin1 == "Ohio" for p in places), places


def test_the_stage_reads_a_local_town(nlp):
    from geonews_extract import extract

    text = (
        "Two residents were charged after a fight at 2517 Kiln St., Alexandria, on Sunday. "
        "Officers said Alexandria has had few such calls this year."
    )
    document = extract(text, nlp=nlp)
    town = next(e for e in document.entities if any(m.text == "Alexandria" for m in e.mentions))
    assert town.place is not None and town.place.country_code == "US"


def test_the_stage_reads_a_town_with_its_own_council_in_a_us_story(nlp):
    from geonews_extract import extract

    text = (
        "The Athens City Council voted on Monday to repave two roads. "
        "The sheriff's office and county commissioners backed the plan, and Athens will pay half."
    )
    document = extract(text, nlp=nlp)
    # a mention's own place where it has one ("Athens" acting for Greece names the town), else its entity's
    places = [
        m.place or e.place or e.named_place for e in document.entities for m in e.mentions if m.text == "Athens"
    ]
    assert places and all(p is not None and p.country_code == "US" for p in places), places
