"""An office, campaign, staff or allies a named person owns ("Senator Drury's office", "Hale's
allies"), or a text they wrote ("Fenn's memoir"), speaks for that person, and a later "It" or "the
office" in its place speaks for that person too, not for the latest organisation the text named;
"the analysts" after "Analysts at X" are the same analysts."""

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


def test_a_persons_allies_speak_for_that_person(nlp):
    text = "Senator Ruth Hale lost the vote on Tuesday. Hale's allies said the count had been rigged.\n"
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "the count had been rigged")).name == "Ruth Hale"


def test_a_persons_memoir_speaks_for_that_person(nlp):
    text = "Governor Tom Fenn left office in 2010. According to Fenn's memoir, the meeting lasted ten minutes.\n"
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "the meeting lasted ten minutes")).name == "Tom Fenn"


def test_the_analysts_after_analysts_at_a_bank_speak_for_the_bank(nlp):
    text = ('Economists at KBC wrote in a note that inflation would ease. "We expect two cuts this year," '
            "the economists wrote.\n")
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "We expect two cuts")).name == "KBC"
