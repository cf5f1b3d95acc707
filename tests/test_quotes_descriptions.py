"""Definite descriptions a reader resolves from the story: an event's organisation its director is
named with ("Festival director X" ... "The festival said"), an organisation named by its trade ("the
forecaster" after a weather office), a text whose speaker before it named no one (the organisation
the story named), and a description in the lead that the next sentence names ("..., the plant's
operator said. Norvik Energy said ...")."""

from dataclasses import replace

import pytest
from quoting import speaker_entity_of

from geonews_extract.annotations import entities_of, set_entities
from geonews_extract.quotes import find_quotes, load_lexicon


def test_the_festival_is_the_festival_not_its_director(nlp):
    text = ("The comedy won the main prize at the Galway Film Festival on Sunday. Festival director Aoife Dunne "
            "defended the choice. \"We picked the best film,\" she said. The festival said 40,000 tickets had "
            "been sold, a record.")
    assert speaker_entity_of(nlp, text, "40,000 tickets had been sold") == "Galway Film Festival"


def test_the_forecaster_is_the_weather_office_named_before(nlp):
    text = ("The Northland Weather Service issued a red warning for the coast on Monday. Winds of 90 mph "
            "were recorded on the cliffs, according to the forecaster.")
    assert speaker_entity_of(nlp, text, "Winds of 90 mph") == "Northland Weather Service"


def test_a_report_after_speakers_who_named_no_one_is_the_organisation_named_before(nlp):
    text = ("A care home in Dunmore has been rated poor, the lowest of Carewatch's three grades, after "
            "inspectors said residents were left alone for hours. The report on Elm Court, published on "
            "Friday, said managers had ignored complaints from families.")
    assert speaker_entity_of(nlp, text, "managers had ignored") == "Carewatch"


def test_a_statement_named_before_stays_with_its_speaker_who_names_no_one(nlp):
    text = ("The Ferncliff Sailing Club paid tribute to him on Friday. The family said in a statement that the "
            "funeral would be held on Wednesday. \"He would have hated a fuss,\" the statement said.")
    assert speaker_entity_of(nlp, text, "He would have hated a fuss") is None


def test_a_description_in_the_lead_is_the_organisation_the_next_sentence_names(nlp):
    text = ("Three workers were hurt after a fire broke out at the Skarvik power plant in western Norway on "
            "Monday, the plant's operator said.\n\nNorvik Energy said the fire had been put out within an hour "
            "and that the plant would restart on Friday.")
    assert speaker_entity_of(nlp, text, "Three workers were hurt") == "Norvik Energy"


def test_a_description_the_next_sentence_does_not_name_stays_without_an_entity(nlp):
    text = ("Three workers were hurt after a fire broke out at the Skarvik power plant in western Norway on "
            "Monday, the plant's operator said.\n\nFirefighters said the fire had been put out within an hour.")
    assert speaker_entity_of(nlp, text, "Three workers were hurt") is None


def test_a_persons_supporters_speak_for_that_person(nlp):
    text = ("Senator Ann Reyes toured the steel plant on Monday. Ms. Reyes's supporters said the visit had "
            "gone well.")
    assert speaker_entity_of(nlp, text, "the visit had gone well") == "Ann Reyes"


def test_friends_joined_to_allies_speak_for_the_person(nlp):
    text = ("Senator Ann Reyes will skip the convention. Ms. Reyes's close friends and allies said she was "
            "tired of the fighting.")
    assert speaker_entity_of(nlp, text, "she was tired of the fighting") == "Ann Reyes"


def test_a_persons_father_is_no_voice_of_theirs(nlp):
    text = ("Senator Ann Reyes toured the steel plant on Monday. Ms. Reyes's father said the visit had gone well.")
    assert speaker_entity_of(nlp, text, "the visit had gone well") is None


def test_an_organisations_noun_is_the_name_it_ends_whatever_its_tagged_type(nlp):
    # the tagger at times types a body's name as a law ("the Danish Competition and Consumer Authority"):
    # the name's last word says what it is
    doc = nlp.make_doc("The deal needs the approval of the Harbour Competition Authority. The authority said it "
                       "would examine the deal.")
    stop = [name for name, _ in nlp.pipeline].index("quotes")
    for _, stage in nlp.pipeline[:stop]:
        doc = stage(doc)
    set_entities(doc, [replace(e, type="LAW") if e.name.endswith("Authority") else e for e in entities_of(doc)])
    [quote] = find_quotes(doc, load_lexicon())
    entity = next(e for e in entities_of(doc) if e.id == quote.speaker_entity_id)
    assert entity.name == "Harbour Competition Authority"


def test_the_plants_operator_is_the_operator_named_before(nlp):
    text = ("A fire broke out at the Skarvik plant on Monday. Norvik Energy, which runs the plant, said nobody was "
            "hurt. Police said the road was closed. The plant's operator said it would restart on Friday.")
    assert speaker_entity_of(nlp, text, "it would restart on Friday") == "Norvik Energy"


def test_a_description_set_beside_a_name_is_that_name_when_repeated(nlp):
    text = ("Two miners were hurt at the Dolna mine on Tuesday. Carrow Mining Group, the mine's owner, said the "
            "shaft was closed. Rescuers worked through the night. The mine's owner said on Wednesday that the men "
            "were safe.")
    assert speaker_entity_of(nlp, text, "the men were safe") == "Carrow Mining Group"


@pytest.mark.parametrize(("text", "start", "name"), [
    ("Pellham Pharmaceuticals cut the price of its insulin on Monday. The drugmaker said no patient would pay more.",
     "no patient would pay more", "Pellham Pharmaceuticals"),
    ("The Financial Conduct Authority fined Orbis Bank on Monday. The watchdog said the bank had misled savers.",
     "the bank had misled savers", "Financial Conduct Authority"),
])
def test_an_organisation_named_by_its_trade_is_the_one_named_before(nlp, text, start, name):
    assert speaker_entity_of(nlp, text, start) == name
