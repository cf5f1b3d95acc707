"""A transcript's turns open with the speaker's label in capitals, which the tagger rarely tags.
A label shortened to the last word of a name another label gives in full ("NORA VANCE:", then
"VANCE:") is a speaker each time, though the text names her nowhere else; a surname label
("HALE:") speaks for the person the text named by that surname."""

from quoting import entity_of, quote_by

from geonews_extract import extract

TRANSCRIPT = (
    "Harbour tolls debated on morning radio\n"
    "The port authority's plan to double tolls was the first topic of the programme.\n"
    "NORA VANCE: Why should fishermen pay for the new cranes?\n"
    "PAVEL LINDQVIST: The cranes serve every boat that lands here, large or small.\n"
    "VANCE: The small boats never use them, and you know that.\n"
    "LINDQVIST: They use the quay the cranes keep clear, and that quay costs money.\n"
)


def test_capital_labels_shortened_to_a_last_name_are_the_speakers_of_their_turns(nlp):
    quotes = extract(TRANSCRIPT, nlp=nlp).quotes
    turns = {(q.speaker.text if q.speaker else None, q.content.text.rstrip(".?")) for q in quotes}
    assert ("NORA VANCE", "Why should fishermen pay for the new cranes") in turns
    assert ("PAVEL LINDQVIST", "The cranes serve every boat that lands here, large or small") in turns
    assert ("VANCE", "The small boats never use them, and you know that") in turns
    assert ("LINDQVIST", "They use the quay the cranes keep clear, and that quay costs money") in turns


SURNAME_TRANSCRIPT = (
    "Ferry Chief Grilled Over Cancelled Crossings\n"
    "The chief executive of Island Link, Moira Hale, spoke to the presenter Owen Carver on Monday.\n"
    "CARVER: Forty crossings were cancelled last month. Who is to blame for that?\n"
    "HALE: The weather was the main cause, and two of our boats were in dry dock at the same time.\n"
    "CARVER: Will the islanders get their money back?\n"
    "HALE: Every passenger with a cancelled ticket will be refunded in full by the end of May.\n"
)


def test_a_label_in_capitals_speaks_for_the_person_of_that_surname(nlp):
    document = extract(SURNAME_TRANSCRIPT, nlp=nlp)
    answer = quote_by(document, "Every passenger with a cancelled ticket")
    assert answer.speaker.text == "HALE"
    assert entity_of(document, answer).name == "Moira Hale"
    question = quote_by(document, "Will the islanders get their money back")
    assert entity_of(document, question).name == "Owen Carver"
    # a surname two people share labels neither
    text = SURNAME_TRANSCRIPT.replace("the presenter Owen Carver", "the presenter Owen Carver and her deputy, Colin Hale,")
    document = extract(text, nlp=nlp)
    assert entity_of(document, quote_by(document, "Every passenger with a cancelled ticket")) is None


HOST_TRANSCRIPT = (
    "Senator Grace Whitfield joined the presenter, Tom Pike, on Tuesday evening.\n"
    "PIKE: Will the bridge be finished this year?\n"
    "WHITFIELD: The contractors have promised it by December, and I believe them.\n"
)


def _entity_with(document, text):
    found = [e for e in document.entities if any(document.text[m.start : m.end] == text for m in e.mentions)]
    assert len(found) == 1, [(e.id, [document.text[m.start : m.end] for m in e.mentions]) for e in document.entities]
    return found[0]


def test_a_surname_label_the_tagger_typed_a_place_is_the_person_of_that_surname(nlp):
    document = extract(HOST_TRANSCRIPT, nlp=nlp)
    host = _entity_with(document, "PIKE")
    assert (host.name, host.type) == ("Tom Pike", "PERSON")
    assert _entity_with(document, "WHITFIELD").name == "Grace Whitfield"
    assert entity_of(document, quote_by(document, "Will the bridge be finished")).name == "Tom Pike"
    assert entity_of(document, quote_by(document, "The contractors have promised")).name == "Grace Whitfield"


def test_a_full_name_in_capitals_labels_the_person_named_in_full_before(nlp):
    text = (
        "Mayor Ruth Kessler took questions from the radio host Dan Ford.\n"
        "FORD: Why has the library closed early all summer?\n"
        "KESSLER: We could not hire enough staff, and the budget is tight.\n"
        "RUTH KESSLER: Let me add that it reopens fully in September.\n"
    )
    document = extract(text, nlp=nlp)
    mayor = _entity_with(document, "Ruth Kessler")
    assert _entity_with(document, "RUTH KESSLER") is mayor
    assert _entity_with(document, "KESSLER") is mayor
    host = _entity_with(document, "FORD")
    assert (host.name, host.type) == ("Dan Ford", "PERSON")
    assert entity_of(document, quote_by(document, "Why has the library")).name == "Dan Ford"


def test_a_full_name_label_in_capitals_is_the_whole_speaker(nlp):
    text = (
        "Mayor Ruth Kessler took questions from the radio host Dan Ford.\n"
        "FORD: Why has the library closed early all summer?\n"
        "RUTH KESSLER: Let me add that it reopens fully in September.\n"
    )
    document = extract(text, nlp=nlp)
    answer = quote_by(document, "Let me add")
    assert answer.speaker.text == "RUTH KESSLER"
    assert entity_of(document, answer).name == "Ruth Kessler"


def test_a_label_with_a_title_before_the_surname_is_that_person(nlp):
    text = "Host Ann Reyes spoke with Mr Paul Ortega.\nMS REYES: How long?\nMR ORTEGA: Two years.\n"
    document = extract(text, nlp=nlp)
    host = _entity_with(document, "MS REYES")
    assert (host.name, host.type) == ("Ann Reyes", "PERSON")
    assert entity_of(document, quote_by(document, "How long")).name == "Ann Reyes"


def test_a_label_opening_a_story_with_no_turns_after_it_stays_its_dateline(nlp):
    text = "WASHINGTON: Lawmakers debated a statue of George Washington on Monday. The vote is due in June."
    document = extract(text, nlp=nlp)
    assert _entity_with(document, "WASHINGTON").type == "GPE"
