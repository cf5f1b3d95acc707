"""An office, campaign or staff a named person owns ("Senator Drury's office") speaks for that
person, and a later "It" or "the office" in its place speaks for that person too, not for the
latest organisation the text named."""

from quoting import entity_of, quote_by

from geonews_extract import extract


def test_it_after_a_persons_office_speaks_for_that_person(nlp):
    text = (
        "The Harbour Board approved the new tolls on Monday. Senator Paul Drury's office said in a "
        "statement that the senator had opposed the tolls from the start. It called the vote "
        '"a gift to the shipping lines".\n'
    )
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "the senator had opposed")).name == "Paul Drury"
    later = quote_by(document, "the vote")
    assert later.speaker.text == "It"
    assert entity_of(document, later).name == "Paul Drury"
    # an organisation that speaks after the office comes first
    text = (
        "Senator Paul Drury's office said the tolls were too high. The Harbour Board said on Tuesday "
        "that the tolls would stay. It added that ships paid less than in other ports.\n"
    )
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "ships paid less")).name == "Harbour Board"


def test_the_campaign_after_a_persons_campaign_speaks_for_that_person(nlp):
    text = (
        "The Western Rail Company raised its fares again in May. Mayor Lena Brook's campaign said the rise "
        "would hurt commuters. The campaign added that the mayor would ask for a review.\n"
    )
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "the rise would hurt")).name == "Lena Brook"
    assert entity_of(document, quote_by(document, "the mayor would ask")).name == "Lena Brook"
