"""Speakers named by a role: the person named beside the role, the titles a person was
introduced with, the category noun of an organisation ("the airline"), and a "they" whose
antecedent names several states; and the date a cue was spoken on, which is the cue's."""

import pytest
from quoting import entity_of, quote_by

from geonews_extract import extract


def test_a_person_named_beside_a_state_role_is_the_speaker(nlp):
    document = extract("Norway's fisheries minister, Karin Holm, said the quota would be cut.", nlp=nlp)
    entity = entity_of(document, quote_by(document, "the quota would be cut"))
    assert entity is not None and entity.name == "Karin Holm"


def test_a_person_named_after_a_role_of_an_organisation_is_the_speaker(nlp):
    document = extract(
        "The finance director of Corvell Mining, Peter Sandoval, told investors that output had doubled. "
        "The director added that a new shaft would open in May.",
        nlp=nlp,
    )
    for start in ("output had doubled", "a new shaft would open"):
        entity = entity_of(document, quote_by(document, start))
        assert entity is not None and entity.name == "Peter Sandoval", start


def test_every_title_before_a_name_introduces_the_person(nlp):
    document = extract(
        "Detective Inspector Clara Boateng said the van had been stolen. "
        "The detective said two men were being questioned.",
        nlp=nlp,
    )
    entity = entity_of(document, quote_by(document, "two men were being questioned"))
    assert entity is not None and "Clara Boateng" in entity.name


def test_they_after_leaders_of_several_states_is_none_of_the_states(nlp):
    document = extract(
        "The prime ministers of Spain and Portugal met in Lisbon on Thursday. "
        "They said the two countries would share the cost of the new railway.",
        nlp=nlp,
    )
    entity = entity_of(document, quote_by(document, "the two countries would share"))
    assert entity is None or entity.type != "GPE"


def test_the_airline_is_the_airline_named_before(nlp):
    document = extract(
        "Skyvale Airlines cancelled 30 flights on Sunday. The airline said a software fault was to blame.",
        nlp=nlp,
    )
    entity = entity_of(document, quote_by(document, "a software fault"))
    assert entity is not None and entity.name == "Skyvale Airlines"


def test_the_date_after_the_cue_is_not_in_the_content(nlp):
    document = extract("Chile said on Monday it would send two ships to the area.", nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["it would send two ships to the area"]


@pytest.mark.parametrize(
    "text",
    ["The town council said last year it would build a footbridge over the canal.",
     "The town council said this month it would build a footbridge over the canal."],
)
def test_a_date_of_several_words_after_the_cue_is_not_in_the_content(nlp, text):
    document = extract(text, nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["it would build a footbridge over the canal"]


def test_a_date_that_opens_a_noun_of_the_report_stays_in_it(nlp):
    document = extract("The town council said last year's footbridge had cost too much.", nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["last year's footbridge had cost too much"]


def test_a_date_that_belongs_to_the_report_stays_in_it(nlp):
    document = extract("Chile said that on Monday it would send two ships to the area.", nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["on Monday it would send two ships to the area"]


def test_a_person_named_after_a_longer_role_is_the_speaker(nlp):
    document = extract("The head of sales at Norbridge Cars, Emma Kline, said orders were up.", nlp=nlp)
    entity = entity_of(document, quote_by(document, "orders were up"))
    assert entity is not None and entity.name == "Emma Kline"
