"""Reported content that goes on past its cue: the words after a cue clause's closing comma
that continue the clause it reports ("[A], the paper said, [including B]")."""

import pytest

from geonews_extract import extract


def pieces(nlp, text, cue):
    document = extract(text, nlp=nlp)
    quote = next(q for q in document.quotes if q.cue is not None and q.cue.text == cue)
    return [document.text[p.start : p.end] for p in quote.parts] or [quote.content.text]


def test_a_phrase_after_a_parenthetical_cue_goes_on_with_the_clause(nlp):
    text = "The letters covered many topics, the paper said, including budgets, roads and schools."
    assert pieces(nlp, text, "said") == ["The letters covered many topics", "including budgets, roads and schools"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The port will reopen, the ministry said, adding that the crane is fixed.", "The port will reopen"),
        ("The port will reopen, the ministry said, citing new repairs.", "The port will reopen"),
    ],
)
def test_the_speakers_own_act_after_the_cue_is_no_part_of_the_report(nlp, text, content):
    assert pieces(nlp, text, "said") == [content]


def test_a_bracketed_citation_after_a_colon_quote_is_not_its_content(nlp):
    text = ('Prices in the region rose again.\n\nMore from Omar Haddad: "Grain prices will fall next year." '
            "[Daily Ledger]\n\nTraders were calm.")
    [quote] = extract(text, nlp=nlp).quotes
    assert quote.kind == "direct" and quote.content.text == "Grain prices will fall next year."
    assert quote.speaker is not None and quote.speaker.text == "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor is calling for the state to send more buses to the valley.",
         "the state to send more buses to the valley", "calling for"),
        ("The senator also called for all candidates to publish their tax returns.",
         "all candidates to publish their tax returns", "called for"),
    ],
)
def test_a_request_for_someone_to_act_is_reported(nlp, text, content, cue):
    found = [(q.content.text, q.cue.text if q.cue else None) for q in extract(text, nlp=nlp).quotes]
    assert (content, cue) in found, found



def test_a_second_report_coordinated_after_the_first_is_its_own_quote(nlp):
    # the parse takes the second "said" for a second complement of the first
    text = "Seven in 10 suburban bus riders said the service is slow and unreliable, and two-thirds said the same of the trams."
    found = [(q.content.text, q.speaker.text if q.speaker else None) for q in extract(text, nlp=nlp).quotes]
    assert ("the service is slow and unreliable", "Seven in 10 suburban bus riders") in found, found
    assert ("the same of the trams", "two-thirds") in found, found
