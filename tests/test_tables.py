"""Sports results and standings rows: the names in them are teams (organisations), see ner/tables.py."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract import extract
from geonews_extract.ner.tables import table_names


def names(text):
    return [(text[s:e], kind) for s, e, kind in table_names(text)]


def test_a_results_row_names_two_teams():
    assert names("Soccer results on Saturday:\nLeeds 2 Hamburg 1\nBarnet City 0 St Albans 3") == [
        ("Leeds", "result"),
        ("Hamburg", "result"),
        ("Barnet City", "result"),
        ("St Albans", "result"),
    ]


def test_scorers_in_brackets_are_no_part_of_a_team_name():
    found = names("Korvast 1 (Emil Brandt 12th) Old Harbour 3 (Tomas Lind 40th, Peder")
    assert found == [("Korvast", "result"), ("Old Harbour", "result")]


def test_a_standings_row_names_one_team():
    assert names("Played won drawn lost for against points:\nHamburg 5 3 1 1 9 4 10") == [("Hamburg", "standings")]
    assert names("CHICAGO 74 58 .561 -") == [("CHICAGO", "standings")]


@pytest.mark.parametrize(
    "line",
    [
        "Hamburg police said 3 people died and 12 were hurt.",
        "The army lost 3 men at Korvast 1 week ago.",
        "Leeds 2 Hamburg",
        "Leeds beat Hamburg 2 1",
        "Hamburg 5 3",
    ],
)
def test_prose_and_partial_rows_are_no_table(line):
    assert names(line) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_names_lie_inside_the_text(text):
    for start, end, _kind in table_names(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def mentions(document):
    return {(m.text, m.label) for e in document.entities for m in e.mentions}


def test_clubs_named_after_towns_are_organisations_not_the_towns(nlp):
    document = extract("Results of German league matches on Saturday:\nHamburg 2 Cologne 1\nDresden 0 Leipzig 4\n", nlp=nlp)
    found = mentions(document)
    for club in ("Hamburg", "Cologne", "Dresden", "Leipzig"):
        assert (club, "ORG") in found
    assert all(e.type == "ORG" for e in document.entities if e.name in ("Hamburg", "Cologne", "Dresden", "Leipzig"))


def test_a_club_is_not_the_city_of_the_same_name_in_prose(nlp):
    document = extract("Police in Hamburg arrested two men on Friday.\nResults:\nHamburg 2 Cologne 1\n", nlp=nlp)
    city = [e for e in document.entities if any(m.text == "Hamburg" and m.start < 20 for m in e.mentions)]
    club = [e for e in document.entities if any(m.text == "Hamburg" and m.start > 40 for m in e.mentions)]
    assert city and club and city[0].id != club[0].id
    assert city[0].type == "GPE"


def test_national_teams_stay_their_states(nlp):
    document = extract("World Cup qualifiers on Sunday:\nKenya 2 Uganda 1\n", nlp=nlp)
    assert ("Kenya", "GPE") in mentions(document)
    assert ("Uganda", "GPE") in mentions(document)


def test_players_in_a_scores_row_stay_people(nlp):
    document = extract("Leading scores after four rounds:\n278 Ralph Tennant 70 68 71 69\n", nlp=nlp)
    assert ("Ralph Tennant", "ORG") not in mentions(document)


def test_a_row_of_accounts_gains_no_organisation(nlp):
    document = extract("Quarterly figures in millions:\nOperating Income 906 962 599 515\n", nlp=nlp)
    assert ("Operating Income", "ORG") not in mentions(document)


def test_rows_after_a_venue_and_scorecards_name_teams():
    assert names("In Tirana: Korvast (Albania) 0 Old Harbour (Wales) 2") == [
        ("Korvast", "result"),
        ("Old Harbour", "result"),
    ]
    assert names("At Hove: Sussex 368-7 (N. Lenham 145, V. Drakes 59") == [("Sussex", "innings")]
    assert names("FTSE 100 (SEP) 3,894.00 3,894.00") == []


def test_standings_may_count_games_behind_in_halves():
    assert names("FLORIDA 58 69 .457 21 1/2") == [("FLORIDA", "standings")]


def test_a_ranked_entry_names_a_person_and_the_team_entered():
    assert names("4. Ana Ruiz (Spain) Yamaha 1:55.281") == [("Ana Ruiz", "competitor"), ("Yamaha", "entrant")]
    assert names("2. Ana Ruiz (Spain) Subaru Impreza 12 seconds") == []


def test_the_team_entered_is_an_organisation_even_when_it_bears_a_state_name(nlp):
    document = extract("Final times:\n1. Ana Ruiz (Spain) Jordan 1:52.4\n2. Tom Vale (Canada) Honda 1:53.0\n", nlp=nlp)
    found = mentions(document)
    assert ("Jordan", "ORG") in found and ("Honda", "ORG") in found
    assert ("Ana Ruiz", "PERSON") in found and ("Tom Vale", "PERSON") in found
