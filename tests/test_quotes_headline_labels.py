"""A headline that opens with a label and a colon ("Fact Check: ...", "Breaking: ...") names the
kind of story, not who speaks: the label is no source (`labels` in data/quotes/sources.json)."""

from geonews_extract import extract


def test_a_label_before_the_headline_colon_speaks_for_no_one(nlp):
    text = ("Fact Check: Did Ferry Fares Really Triple Under the Council?\n"
            "The claim was made in a leaflet delivered to homes on the island last week.")
    assert [q.speaker.text for q in extract(text, nlp=nlp).quotes if q.speaker] == []
    # a name there still speaks
    document = extract("Okafor: Port strike will end this week\nTalks resumed on Monday.", nlp=nlp)
    assert [q.speaker.text for q in document.quotes if q.speaker] == ["Okafor"]
