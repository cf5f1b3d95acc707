"""The news_ner stage: repairs to what a bare small model gets wrong in news."""

from geonews_extract import extract
from geonews_extract.layout import headline_lines
from geonews_extract.ner.headlines import sentence_case


def labels_of(document, surface):
    return {m.label for e in document.entities for m in e.mentions if m.text == surface}


def test_seed_headline_and_platform_are_not_people(seed, seed_document):
    _, gold = seed
    people = {m.text for e in seed_document.entities for m in e.mentions if m.label == "PERSON"}
    for wrong in gold["not_entities"]["person_false_positives"]:
        assert wrong not in people
    assert labels_of(seed_document, "Twitter") == {"ORG"}
    assert "GPE" in labels_of(seed_document, "US")


def test_seed_people_are_still_people(seed_document):
    assert labels_of(seed_document, "Abu Omar Khorasani") == {"PERSON"}
    assert labels_of(seed_document, "Farooq Bengalzai") == {"PERSON"}


def test_seed_date_inside_event_is_no_event(seed_document):
    events = [m.text for e in seed_document.entities for m in e.mentions if m.label == "EVENT"]
    assert not any("September 11" in text for text in events)


def test_seed_dateline_is_a_flagged_place(seed_document):
    datelines = [m for e in seed_document.entities for m in e.mentions if m.dateline]
    assert [(m.text, m.label) for m in datelines] == [("JAKARTA", "GPE")]


def test_headline_verbs_are_trimmed_from_names(nlp):
    doc = extract(
        "Hezbollah Warns Israel Over Border Clashes\n"
        "BEIRUT (Reuters) - Hezbollah said on Monday it would respond to any attack.",
        nlp=nlp,
    )
    assert not any(m.text.startswith("Warns") for e in doc.entities for m in e.mentions)
    assert "Israel" in {m.text for e in doc.entities for m in e.mentions}


def test_dateline_with_region_and_agency(nlp):
    doc = extract(
        "BAMAKO, Mali (AP) — Soldiers patrolled the capital on Tuesday after the attack, "
        "the army said.",
        nlp=nlp,
    )
    datelines = {m.text: m.label for e in doc.entities for m in e.mentions if m.dateline}
    assert datelines == {"BAMAKO": "GPE", "Mali": "GPE"}
    assert "ORG" in labels_of(doc, "AP")


def test_no_dateline_in_ordinary_prose(nlp):
    doc = extract("The UN said on Tuesday that NATO - and the EU - would meet in Brussels.", nlp=nlp)
    assert not any(m.dateline for e in doc.entities for m in e.mentions)


def test_known_outlets_override_the_model(nlp):
    doc = extract(
        "The minister told Reuters and Al Jazeera that he had posted the letter on Telegram.",
        nlp=nlp,
    )
    for outlet in ("Reuters", "Al Jazeera", "Telegram"):
        assert labels_of(doc, outlet) == {"ORG"}


def test_event_with_a_full_date_becomes_a_date_but_named_events_stay(nlp):
    doc = extract(
        "The mission began soon after the September 11, 2001 attacks. "
        "Veterans of the Second World War met in London.",
        nlp=nlp,
    )
    events = {m.text for e in doc.entities for m in e.mentions if m.label == "EVENT"}
    assert not any("September" in text for text in events)


def test_headline_detection():
    text = "Both Sides Claim Gains As Talks Stall\nKABUL - The talks stalled on Tuesday, officials said.\nA Short Line\n"
    lines = [text[s:e] for s, e in headline_lines(text)]
    assert lines == ["Both Sides Claim Gains As Talks Stall"]


def test_sentence_case_keeps_acronyms_and_length():
    line = "Taliban Warns US To Stop Drones Over NATO Bases"
    cased = sentence_case(line)
    assert cased == "Taliban warns US to stop drones over NATO bases"
    assert sentence_case("TALIBAN WARNS US") == "Taliban warns us"
