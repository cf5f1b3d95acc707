"""'According to X' set between commas inside its clause ('Inflation, according to the bank, will
peak in March') attributes the whole clause, in two parts around it, as a cue clause set between
commas does ('The bridge, engineers warned, could collapse')."""

from geonews_extract import extract


def test_according_to_between_commas_inside_its_clause_reports_both_sides(nlp):
    document = extract("The new runway, according to the airport, will open in the spring.", nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["The new runway, according to the airport, will open in the spring"]
    quote = document.quotes[0]
    assert [p.text for p in quote.parts] == ["The new runway", "will open in the spring"]
    assert quote.speaker.text == "the airport"


def test_according_to_at_the_clause_end_is_unchanged(nlp):
    document = extract("The new runway will open in the spring, according to the airport.", nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["The new runway will open in the spring"]
    assert document.quotes[0].parts == []
