"""Forms found by a second round of sentences written to probe unseen news: a relative clause
after joined names is no part of the speaker's words, a speaker the parse hung inside an opening
participle ("Asked about X, the captain, Name, said:"), a speaker phrase between a closing mark and
a cue the parse left without a subject, and a person named by an age or a role in court ("The
29-year-old", "The defendant")."""

import pytest
from quoting import entity_of, quote_by

from geonews_extract import extract


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Lia Berg and Otto Kray, who opened the cafe in 2015, said they would sell it.",
         "they would sell it", "Lia Berg and Otto Kray"),
        ("Ann Wu and Bo Chen, who run the farm, said the harvest was poor.", "the harvest was poor", "Ann Wu and Bo Chen"),
    ],
)
def test_a_relative_clause_after_joined_names_is_not_in_the_speaker(nlp, text, content, speaker):
    quote = quote_by(extract(text, nlp=nlp), content)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_speaker_hung_inside_an_opening_participle_speaks(nlp):
    document = extract('Asked about his injury, the captain, Tom Reid, said: "It\'s nothing serious."', nlp=nlp)
    quote = quote_by(document, "It's nothing serious")
    entity = entity_of(document, quote)
    assert entity is not None and entity.name == "Tom Reid"


def test_a_speaker_phrase_between_the_closing_mark_and_a_cue_without_subject_speaks(nlp):
    document = extract("'Patients' lives are at risk,' the charity's director, Ruth Moss, said.", nlp=nlp)
    quote = quote_by(document, "Patients' lives are at risk")
    entity = entity_of(document, quote)
    assert quote.kind == "direct" and entity is not None and entity.name == "Ruth Moss"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Swimmer Hannah Price retired on Friday. The 29-year-old said she had no regrets.", "she had no regrets", "Hannah Price"),
        ("Police arrested Ian Hobbs at his home. The 40-year-old said he was innocent.", "he was innocent", "Ian Hobbs"),
        ("Max Dorn is accused of theft. The defendant told the court he had found the money.",
         "he had found the money", "Max Dorn"),
    ],
)
def test_a_person_named_by_age_or_court_role_is_the_person_before(nlp, text, content, name):
    document = extract(text, nlp=nlp)
    entity = entity_of(document, quote_by(document, content))
    assert entity is not None and entity.name == name


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Exports grew in the first half, Belmont Paper said, with the group expecting that prices would fall.",
         ("Exports grew in the first half", "Belmont Paper", "said"), ("prices would fall", "the group", "expecting")),
        ("Losses narrowed in the third quarter, Ferro Airlines said, with the carrier predicting that demand would return.",
         ("Losses narrowed in the third quarter", "Ferro Airlines", "said"),
         ("demand would return", "the carrier", "predicting")),
    ],
)
def test_a_cue_between_commas_reports_the_clause_before_it_when_a_report_follows(nlp, text, first, second):
    found = [(q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
             for q in extract(text, nlp=nlp).quotes]
    assert found == [first, second]
