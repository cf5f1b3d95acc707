"""The country a document's own institutions point to: a weak prior on its places."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.geo.disambiguate import PlaceMention, resolve_places
from geonews_extract.geo.gazetteer import load_gazetteer
from geonews_extract.geo.institutions import institution_countries, load_institutions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_offices_of_one_country_point_to_it():
    text = "Deputies of the sheriff's office met the county commissioners and a state senator on Monday."
    assert institution_countries(text) == {"US": 1.0}


def test_each_country_gets_its_share_of_the_offices():
    text = "The Garda and the sheriff's office swapped notes, a state senator said."
    shares = institution_countries(text)
    assert shares["US"] == pytest.approx(2 / 3) and shares["IE"] == pytest.approx(1 / 3)


def test_a_proper_name_is_matched_as_written_and_a_common_phrase_in_any_case():
    assert institution_countries("Members of the BUNDESTAG voted.") == {}
    assert institution_countries("The Bundestag voted.") == {"DE": 1.0}
    assert institution_countries("THE SHERIFF'S OFFICE SAID") == {"US": 1.0}


def test_a_word_inside_another_word_is_no_office():
    assert institution_countries("Gardaland reopened; the Bundestagswahl was near.") == {}


def test_a_word_after_a_letter_or_an_apostrophe_is_no_office_one_at_the_start_is():
    assert institution_countries("Garda officers searched the flat.") == {"IE": 1.0}
    assert institution_countries("Sheriff's Office deputies came; xsheriff's office did not.") == {"US": 1.0}
    assert institution_countries("Sheriff’s Office deputies came.") == {"US": 1.0}
    assert institution_countries("xGarda and 'Garda and ’Garda met.") == {}
    assert institution_countries("$40 was paid") == {"US": 1.0}
    assert institution_countries("It cost C$40 and a$5.") == {}


def _plain_patterns():
    """The institution words as a look-behind first would find them: what the faster patterns must match."""
    import re

    vocabulary = load_institutions()

    def pattern(words, flags=0):
        escaped = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w'’])(?:{escaped})(?![\w'’])", flags)

    signs = "|".join(map(re.escape, vocabulary.currency_country))
    return (
        pattern([w for w in vocabulary.country_of if w == w.lower()], re.IGNORECASE),
        pattern([w for w in vocabulary.country_of if w != w.lower()]),
        re.compile(rf"(?<![\w$])({signs}) ?\d"),
    )


_WORDS = [
    *sorted(load_institutions().country_of),
    *(word.upper() for word in load_institutions().country_of),
    *["$4", "C$4", "x", "'", "’", " ", ",", "\n"],
]


@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=3), max_size=12))
def test_the_patterns_match_what_a_look_behind_first_would(parts):
    text = "".join(parts)
    any_case, as_written, currency = _plain_patterns()
    vocabulary = load_institutions()
    if text.isascii() and vocabulary.any_case_ascii is not None:
        fast = [m.span() for m in vocabulary.any_case_ascii.finditer(text.lower())]
        assert fast == [m.span() for m in any_case.finditer(text)]
    assert [m.span() for m in vocabulary.as_written.finditer(text)] == [m.span() for m in as_written.finditer(text)]
    assert [m.span(1) for m in vocabulary.currency.finditer(text)] == [m.span(1) for m in currency.finditer(text)]


@given(st.text(max_size=300))
def test_shares_sum_to_one_or_nothing(text):
    shares = institution_countries(text)
    assert not shares or sum(shares.values()) == pytest.approx(1.0)
    assert all(len(code) == 2 and code.isupper() for code in shares)


def test_a_lone_town_follows_the_countrys_offices_its_namesake_abroad_does_not(gazetteer):
    place = PlaceMention("alexandria", ("Alexandria",))
    alone = resolve_places([place], gazetteer)["alexandria"].record
    local = resolve_places([place], gazetteer, institution_countries={"US": 1.0})["alexandria"].record
    assert alone.country_code == "EG"
    assert local.country_code == "US"


def test_the_offices_weigh_less_than_the_documents_places(gazetteer):
    places = [PlaceMention(key, (key,)) for key in ("Alexandria", "Cairo", "Giza")]
    read = resolve_places(places, gazetteer, institution_countries={"US": 1.0})
    assert read["Alexandria"].record.country_code == "EG"


def test_the_geocode_stage_reads_the_documents_offices(nlp):
    from geonews_extract import extract

    document = extract(
        "Deputies from the sheriff's office searched a home in Alexandria on Tuesday, a state senator said.",
        nlp=nlp,
    )
    town = next(e for e in document.entities if any(m.text == "Alexandria" for m in e.mentions))
    assert town.place is not None and town.place.country_code == "US"
