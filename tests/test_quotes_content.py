"""Where reported content starts and ends: a cue set between commas after a fronted phrase,
answers reported with "say" ("said yes", "said the same"), a bare verb that shares the
reported clause's modal, and "as X said" reporting the clause it is attached to."""

import pytest

from geonews_extract import extract


def reported(nlp, text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


def pieces(nlp, text, cue):
    document = extract(text, nlp=nlp)
    quote = next(q for q in document.quotes if q.cue is not None and q.cue.text == cue)
    return [document.text[p.start : p.end] for p in quote.parts] or [quote.content.text]


def test_a_parenthetical_cue_after_a_fronted_phrase_reports_the_whole_clause(nlp):
    text = "On most nights, officials at the port said, the cranes stood idle."
    assert pieces(nlp, text, "said") == ["On most nights", "the cranes stood idle"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Asked whether the fares should rise, 40 percent of riders said yes.", "yes", "40 percent of riders"),
        ("Only a third of the members said so in the spring.", "so", "a third of the members"),
        ("Twelve percent of the voters said the same of the mayor.", "the same of the mayor",
         "Twelve percent of the voters"),
        ("Most of the farmers said no to the new water tax.", "no to the new water tax", "Most of the farmers"),
    ],
)
def test_an_answer_said_is_reported(nlp, text, content, speaker):
    found = reported(nlp, text)
    assert any(c == content and (s or "").endswith(speaker.split()[-1]) and cue == "said" for _, c, s, cue in found), found


@pytest.mark.parametrize("text", ["The farmers said goodbye to the valley.", "The priest said a prayer for the crew."])
def test_other_objects_of_say_are_no_report(nlp, text):
    assert reported(nlp, text) == []


def test_a_bare_verb_sharing_the_reported_modal_stays_in_the_content(nlp):
    text = 'The governor says she would call the union leaders in and tell them "no more strikes".'
    found = reported(nlp, text)
    assert ("mixed", 'she would call the union leaders in and tell them "no more strikes"', "The governor",
            "says") in found, found


def test_a_finite_speech_verb_after_the_complement_is_still_a_report_of_its_own(nlp):
    found = reported(nlp, 'He said the visit was "useful" and vowed to "press on".')
    assert any(content == 'to "press on"' and cue == "vowed" for _, content, _, cue in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As the mayor said last week, the bridge will reopen in May.", "the bridge will reopen in May", "the mayor"),
        ("The harvest was poor, as the farmers' union noted in its report.", "The harvest was poor",
         "the farmers' union"),
        ("But as the mayor noted, the bridge will reopen in May.", "the bridge will reopen in May", "the mayor"),
        ("And, as the union pointed out, the mill has lost money for years.", "the mill has lost money for years",
         "the union"),
        ("As the Ledger revealed, the board agreed to sell the land in late May.",
         "the board agreed to sell the land in late May", "the Ledger"),
    ],
)
def test_as_a_source_said_reports_the_clause_it_modifies(nlp, text, content, speaker):
    found = reported(nlp, text)
    assert any(c == content and s == speaker for _, c, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("(As the Ledger first reported, the board agreed to sell the land in May.)",
         "the board agreed to sell the land in May", "the Ledger"),
        ("As the mayor told the Ledger, the bridge will reopen in May.", "the bridge will reopen in May", "the mayor"),
    ],
)
def test_as_a_source_said_after_a_bracket_or_to_someone_reports_the_clause_after_it(nlp, text, content, speaker):
    found = reported(nlp, text)
    assert any(c == content and s == speaker for _, c, s, _ in found), found


def test_as_a_source_told_a_story_is_a_clause_of_time(nlp):
    found = reported(nlp, "As the guide told the story, the children sat still.")
    assert all(c != "the children sat still" for _, c, _, _ in found), found


def test_as_before_a_report_of_its_own_leaves_that_report_alone(nlp):
    found = reported(nlp, "As the mayor noted, the engineer said the bridge was unsafe.")
    assert any(c == "the bridge was unsafe" and s == "the engineer" for _, c, s, _ in found), found
    assert all(s != "the mayor" for _, _, s, _ in found), found


def test_as_in_a_clause_of_time_is_no_attribution(nlp):
    found = reported(nlp, "The crowd cheered as the mayor announced the winners.")
    assert all(content != "The crowd cheered" for _, content, *_ in found)


def test_a_speaker_after_the_cue_that_ends_the_report_is_its_speaker(nlp):
    text = "She also had a say in decisions about the new dam, said a former engineer at the ministry, Paul Otto."
    found = reported(nlp, text)
    assert any(content == "She also had a say in decisions about the new dam" and (speaker or "").startswith("a former engineer")
               for _, content, speaker, _ in found), found


def test_a_name_right_after_the_cue_speaks_though_the_parse_hung_it_elsewhere(nlp):
    text = '"We need a bigger plan for the river," said Ana Ruiz, who served as mayor during the flood yet endorsed the rival.'
    found = reported(nlp, text)
    assert any(kind == "direct" and content == "We need a bigger plan for the river" and "Ruiz" in (speaker or "")
               for kind, content, speaker, _ in found), found



def test_a_clause_with_the_speakers_quoted_words_coordinated_after_the_report_goes_on_with_it(nlp):
    found = reported(nlp, 'She added that she could manage without the old truck but it was a "great comfort to have."')
    assert any(kind == "mixed" and content.startswith("she could manage") and "great comfort" in content
               for kind, content, _, _ in found), found


def test_a_coordinated_clause_without_quoted_words_stays_the_writers(nlp):
    found = reported(nlp, "She added that she could manage without the old truck, but it was sold in May.")
    assert any(content == "she could manage without the old truck" for _, content, _, _ in found), found


def test_a_reason_the_parse_hung_on_the_cue_goes_on_with_the_report(nlp):
    text = ("The ministry said it did not count those visits in its total because, presumably, such visits "
            "were part of the job.")
    found = reported(nlp, text)
    assert ("indirect", "it did not count those visits in its total because, presumably, such visits were part "
            "of the job", "The ministry", "said") in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach said the team had a single goal: it wanted to reach the final.",
         "the team had a single goal: it wanted to reach the final"),
        ("The engineer said the dam had one weak point: its northern spillway.",
         "the dam had one weak point: its northern spillway"),
    ],
)
def test_what_a_colon_after_the_reported_clause_spells_out_goes_on_with_it(nlp, text, content):
    assert any(c == content and cue == "said" for _, c, _, cue in reported(nlp, text)), reported(nlp, text)


def test_a_quote_after_the_colon_is_the_speakers_words_not_a_spelled_out_clause(nlp):
    found = reported(nlp, 'The minister said the plan had one aim: "to keep the schools open."')
    assert any(kind == "mixed" and content.endswith('"to keep the schools open."') for kind, content, *_ in found), found
