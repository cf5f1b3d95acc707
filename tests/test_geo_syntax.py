"""Where the text uses a name as a place: the cues of `geo.syntax`, on sentences written for them."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract.geo.syntax import place_cue

BLANK = spacy.blank("en")
STATES = {"Texas", "Ky.", "Ohio"}


def cue(text, name):
    doc = BLANK(text)
    start = next(t.i for t in doc if doc[t.i : t.i + len(BLANK(name))].text == name)
    return place_cue(doc, start, start + len(BLANK(name)), STATES.__contains__)


def test_a_locative_preposition_makes_a_place():
    assert cue("The parade ended in Brindle after dark.", "Brindle") == "preposition"
    assert cue("Crews worked north of Brindle all night.", "Brindle") == "preposition"


def test_a_noun_for_a_towns_people_or_bodies_makes_a_place():
    assert cue("A Brindle woman was hurt on Sunday.", "Brindle") == "modifier"
    assert cue("Brindle police said the road was shut.", "Brindle") == "modifier"
    assert cue("Volunteers came from all over the Brindle area.", "Brindle") == "modifier"
    assert cue("Shops across the Brindle area closed.", "Brindle") == "modifier"
    assert cue("A Brindle mother was charged on Friday.", "Brindle") == "modifier"
    assert cue("Brindle County commissioners voted on Monday.", "Brindle County") == "modifier"
    assert cue("Brindle detectives worked the case for months.", "Brindle") == "modifier"
    assert cue("A toddler drowned in the pool of a Brindle home.", "Brindle") == "modifier"
    assert cue("Ann Lee, a Brindle Republican, voted no.", "Brindle") == "modifier"


def test_a_following_state_makes_a_place():
    assert cue("She grew up in a farmhouse outside Olney Springs, Texas, with four brothers.", "Olney Springs")
    assert cue("Teams from Maple Hollow, Ky. met on Friday.", "Maple Hollow") in ("preposition", "qualified")
    assert cue("The winner, Maple Hollow, Ky., took the cup.", "Maple Hollow") == "qualified"


def test_a_capitalised_dateline_makes_a_place():
    assert cue("Council backs budget. BRINDLE -- The council voted on Monday.", "BRINDLE") == "dateline"
    assert cue("BRINDLE — The council voted on Monday.", "BRINDLE") == "dateline"


def test_a_dateline_may_follow_the_date_that_ends_a_byline():
    assert cue("By Dana Reed June 3, 2011 BRINDLE -- The council voted on Monday.", "BRINDLE") == "dateline"
    assert cue("Sales rose 4 percent in 2011 BRINDLE said.", "BRINDLE") is None


def test_a_dateline_may_name_its_state_or_agency_before_the_dash():
    assert cue("Mill to close. BRINDLE, Ohio (AP) -- The owners said on Monday.", "BRINDLE") == "dateline"
    assert cue("Mill to close. BRINDLE, Ky. - The owners said on Monday.", "BRINDLE") == "dateline"
    assert cue("Mill to close. NEW BRINDLE (AP) -- The owners said so.", "NEW BRINDLE") == "dateline"


def test_a_dateline_may_end_with_its_states_abbreviation_and_no_dash():
    assert cue("Mill to close. BRINDLE, Ky. The owners said on Monday.", "BRINDLE") == "dateline"
    assert cue("BRINDLE, Ky. The owners said on Monday.", "BRINDLE") == "dateline"


def test_a_name_in_capitals_with_a_state_is_no_dateline_where_a_headline_or_no_state_follows():
    assert cue("MILL TO CLOSE. BRINDLE, KY. OWNERS SAY NO.", "BRINDLE") != "dateline"
    assert cue("Mill to close. BRINDLE, Ky. OWNERS SAY NO.", "BRINDLE") != "dateline"
    assert cue("Mill to close. BRINDLE, Mill Road. The owners said on Monday.", "BRINDLE") != "dateline"
    assert cue("Fans cheered. GO BRINDLE, Ky. The owners said so.", "BRINDLE") != "dateline"


def test_a_line_in_capitals_after_the_dash_is_a_headline_not_a_dateline():
    from geonews_extract.geo.syntax import headline_after_dash

    assert headline_after_dash(BLANK("CRICKET - BRINDLE TAKE OVER AT TOP."), 1)
    assert headline_after_dash(BLANK("Mill to close. BRINDLE -- OWNERS SAY NO."), 5)
    assert not headline_after_dash(BLANK("Mill to close. BRINDLE -- The owners said no."), 5)


def residence_cue(text, person, name):
    from spacy.tokens import Span

    doc = BLANK(text)
    words = len(BLANK(person))
    first = next(t.i for t in doc if doc[t.i : t.i + words].text == person)
    doc.ents = [Span(doc, first, first + words, label="PERSON")]
    start = next(t.i for t in doc if t.text == name)
    return place_cue(doc, start, start + 1, STATES.__contains__)


def test_of_after_a_persons_name_gives_where_the_person_lives():
    assert residence_cue("Dana Kowalski of Brindle said the bridge was safe.", "Dana Kowalski", "Brindle") == "residence"
    assert residence_cue("Police said Dana Kowalski, 41, of Brindle, was hurt.", "Dana Kowalski", "Brindle") == "residence"
    assert residence_cue("The view was shared by Kowalski, of Brindle.", "Kowalski", "Brindle") == "residence"


def test_a_state_after_the_residence_is_read_first():
    assert residence_cue("Dana Kowalski, of Brindle, Ky., was hurt.", "Dana Kowalski", "Brindle") == "qualified"


def test_of_after_anything_but_a_person_gives_no_residence():
    assert cue("The Duke of Brindle said so.", "Brindle") is None
    assert cue("A friend of Brindle said so.", "Brindle") is None


def test_a_name_glued_to_based_is_a_place():
    assert cue("A Brindle-based firm designed the hotel.", "Brindle") == "modifier"
    assert cue("Brindle-Smith designed the hotel.", "Brindle") is None


def test_a_list_ending_in_a_plural_division_word_makes_places():
    text = "Roads are closed in parts of Becker, Clay and Wilkin counties."
    assert cue(text, "Clay") == "division list"
    assert cue(text, "Wilkin") == "division list"


def test_a_bare_name_in_a_list_of_counties_is_known_by_its_full_name():
    from geonews_extract.geo.syntax import known_in_place, listed_division

    doc = BLANK("Roads are closed in parts of Becker, Clay and Wilkin counties.")
    wilkin = next(t.i for t in doc if t.text == "Wilkin")
    assert listed_division(doc, wilkin, wilkin + 1) == "Wilkin County"
    assert known_in_place(doc, wilkin, wilkin + 1, {"Wilkin County"}.__contains__)
    other = BLANK("Wilkin said the roads in Becker were closed.")
    assert listed_division(other, 0, 1) is None
    assert not known_in_place(other, 0, 1, {"Wilkin County"}.__contains__)


def test_a_person_stays_a_person():
    assert cue("Mr. Brindle said the vote was close.", "Brindle") is None
    assert cue("Brindle said the vote was close.", "Brindle") is None
    assert cue("The vote, Brindle said, was close.", "Brindle") is None
    assert cue("Gov. Brindle in a speech said so.", "Brindle") is None
    assert cue("Brindle - who had won twice - said so.", "Brindle") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.integers(0, 30), st.integers(0, 5))
def test_never_raises_on_any_text_or_span(text, start, length):
    doc = BLANK(text)
    result = place_cue(doc, start, start + length, STATES.__contains__)
    assert result is None or isinstance(result, str)


def spans_of(text, name):
    doc = BLANK(text)
    width = len(BLANK(name))
    return [doc[t.i : t.i + width] for t in doc if doc[t.i : t.i + width].text == name]


def test_a_known_name_labelled_a_person_or_organisation_is_typed_a_place_by_its_syntax():
    from geonews_extract.resolution.typing import entity_type

    towns = {"Brindle"}.__contains__
    spans = spans_of("A Brindle man was hurt. Brindle police closed the road.", "Brindle")
    assert entity_type(spans, ["PERSON", "ORG"], ["Brindle"], towns) == ("GPE", True)
    said = spans_of("Brindle said the vote was close. Later Brindle left.", "Brindle")
    assert entity_type(said, ["PERSON", "PERSON"], ["Brindle"], towns) == ("PERSON", False)
    titled = spans_of("Mr. Brindle said so. A Brindle man agreed.", "Brindle")
    assert entity_type(titled, ["PERSON", "PERSON"], ["Brindle"], towns)[0] == "PERSON"
    unknown = spans_of("A Brindle man was hurt.", "Brindle")
    assert entity_type(unknown, ["PERSON"], ["Brindle"], {"Elsewhere"}.__contains__)[0] == "PERSON"
    assert entity_type(unknown, ["PERSON"], ["Brindle"], None)[0] == "PERSON"


def test_the_shared_place_test_knows_divisions_and_pickles_small():
    import pickle

    from geonews_extract.geo.gazetteer import gazetteer_places

    places = gazetteer_places()
    assert places("Mansfield") and not places("Zorblaxville")
    assert places.divisions("Texas") and places.divisions("Ky.") and not places.divisions("Mansfield")
    assert len(pickle.dumps(places)) < 200 and pickle.loads(pickle.dumps(places))("Mansfield")


def test_a_person_named_in_full_stays_a_person_whatever_the_gazetteer_knows():
    from geonews_extract.resolution.typing import entity_type

    towns = {"Brindle", "Tomas"}.__contains__
    text = "Tomas Brindle was named captain. Brindle residents cheered for Brindle."
    doc = BLANK(text)
    spans = [doc[0:2], doc[6:7], doc[10:11]]
    assert [s.text for s in spans] == ["Tomas Brindle", "Brindle", "Brindle"]
    assert entity_type(spans, ["PERSON", "PERSON", "GPE"], ["Tomas Brindle", "Brindle"], towns)[0] == "PERSON"


def test_a_club_after_a_players_name_stays_an_organisation():
    from spacy.tokens import Span

    from geonews_extract.resolution.typing import entity_type

    towns = {"Brindle"}.__contains__
    doc = BLANK("Tomas Kral of Brindle scored twice. Dana Kowalski of Brindle was hurt.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    mentions = [doc[3:4], doc[10:11]]
    assert entity_type(mentions, ["ORG", "ORG"], ["Brindle"], towns)[0] == "ORG"
    assert entity_type(mentions, ["PERSON", "PERSON"], ["Brindle"], towns) == ("GPE", True)


def test_a_home_after_a_persons_name_and_age_is_a_place_whatever_the_label():
    from spacy.tokens import Span

    from geonews_extract.resolution.typing import entity_type

    towns = {"Brindle"}.__contains__
    doc = BLANK("Police said Dana Kowalski, 41, of Brindle, was hurt.")
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert entity_type([doc[8:9]], ["ORG"], ["Brindle"], towns) == ("GPE", True)


def test_an_organisation_from_a_town_stays_an_organisation():
    from geonews_extract.resolution.typing import entity_type

    towns = {"Brindle"}.__contains__
    moved = spans_of("He joined the champions from Brindle last season.", "Brindle")
    assert entity_type(moved, ["ORG"], ["Brindle"], towns)[0] == "ORG"
    town = spans_of("Fighting reached the town of Brindle.", "Brindle")
    assert entity_type(town, ["ORG"], ["Brindle"], towns) == ("GPE", True)


def test_missed_places_skip_dates_capitals_compounds_and_nationalities(nlp):
    geocoder = nlp.get_pipe("geocode")
    text = (
        "SOCCER - STRIKER MOVES TO BRINDLE. Prices fell in June after a storm. "
        "Fighters left Urus-Martan. Fans of English county cricket prayed to God."
    )
    doc = nlp(text)
    records = []
    geocoder.add_missed_places(doc, records)
    assert not {r.name for r in records} & {"BRINDLE", "June", "Urus", "English", "God"}


def test_a_dateline_the_tagger_reads_as_a_common_noun_is_a_missed_place(nlp):
    from geonews_extract.geo.recall import missed_places

    def known(name):
        return name.title() in {"Brindle", "Hope"}

    doc = nlp("Storm closes the school. BRINDLE -- Classes at the high school were cancelled on Monday.")
    found = [doc[start:end].text for start, end in missed_places(doc, set(), known)]
    assert found == ["BRINDLE"]
    doc = nlp("Storm closes the school. HOPE FADES FOR THE CROP -- FARMERS SAY.")
    assert missed_places(doc, set(), known) == []


def test_a_name_the_document_already_uses_as_a_place_is_that_place_where_no_cue_is(nlp):
    from spacy.tokens import Span

    from geonews_extract.geo.recall import missed_places

    known = {"Brindle"}.__contains__
    text = "Water rose in Brindle overnight. Brindle raised its goal for sandbags on Tuesday."
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == "Brindle")
    doc.ents = [Span(doc, first, first + 1, label="GPE")]
    found = [(doc[s:e].text, doc[s].idx) for s, e in missed_places(doc, {first}, known)]
    assert found == [("Brindle", text.rindex("Brindle"))]
    doc.ents = [Span(doc, first, first + 1, label="PERSON")]
    assert missed_places(doc, {first}, known) == []
    doc = nlp("Water rose in Brindle overnight. The Brindle Rovers won on Tuesday.")
    first = next(t.i for t in doc if t.text == "Brindle")
    doc.ents = [Span(doc, first, first + 1, label="GPE")]
    assert missed_places(doc, {first}, known) == []


def test_a_town_glued_to_based_is_a_missed_place(nlp):
    from geonews_extract.geo.recall import missed_places

    known = {"Brindle"}.__contains__
    doc = nlp("The hotel was drawn by a Brindle-based design firm, the city said.")
    assert [doc[s:e].text for s, e in missed_places(doc, set(), known)] == ["Brindle"]


def test_a_bare_county_name_in_a_list_is_a_missed_place(nlp):
    from geonews_extract.geo.recall import missed_places

    known = {"Becker", "Wilkin County"}.__contains__
    doc = nlp("Flood warnings cover Becker and Wilkin counties this week.")
    assert [doc[s:e].text for s, e in missed_places(doc, set(), known)] == ["Becker", "Wilkin"]


def test_a_month_or_weekday_is_never_a_missed_place(nlp):
    from geonews_extract.geo.recall import missed_places

    known = {"June", "Sunday", "Roselle"}.__contains__
    doc = nlp("Accounts run to June 30. They met on Sunday night. Help came from Roselle.")
    found = [doc[start:end].text for start, end in missed_places(doc, set(), known)]
    assert found == ["Roselle"]


def test_the_shared_place_test_asks_the_gazetteer_once_per_name(monkeypatch):
    from geonews_extract.geo.gazetteer import Gazetteer, PlaceNames

    asked = []
    knows_place = Gazetteer.knows_place

    def counted(self, name):
        asked.append(name)
        return knows_place(self, name)

    monkeypatch.setattr(Gazetteer, "knows_place", counted)
    places = PlaceNames()
    assert [places(n) for n in ("Mansfield", "Qxzvbw", "Mansfield")] == [True, False, True]
    assert asked == ["Mansfield", "Qxzvbw"]
