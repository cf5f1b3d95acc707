"""A transcript's turns open with the speaker's surname in capitals ("HALE:"): the tagger rarely
tags such a label, and the person the text named by that surname is who speaks."""

from quoting import entity_of, quote_by

from geonews_extract import extract

TRANSCRIPT = (
    "Ferry Chief Grilled Over Cancelled Crossings\n"
    "The chief executive of Island Link, Moira Hale, spoke to the presenter Owen Carver on Monday.\n"
    "CARVER: Forty crossings were cancelled last month. Who is to blame for that?\n"
    "HALE: The weather was the main cause, and two of our boats were in dry dock at the same time.\n"
    "CARVER: Will the islanders get their money back?\n"
    "HALE: Every passenger with a cancelled ticket will be refunded in full by the end of May.\n"
)


def test_a_label_in_capitals_speaks_for_the_person_of_that_surname(nlp):
    document = extract(TRANSCRIPT, nlp=nlp)
    answer = quote_by(document, "Every passenger with a cancelled ticket")
    assert answer.speaker.text == "HALE"
    assert entity_of(document, answer).name == "Moira Hale"
    question = quote_by(document, "Will the islanders get their money back")
    assert entity_of(document, question).name == "Owen Carver"
    # a surname two people share labels neither
    text = TRANSCRIPT.replace("the presenter Owen Carver", "the presenter Owen Carver and her deputy, Colin Hale,")
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "Every passenger with a cancelled ticket")) is None
