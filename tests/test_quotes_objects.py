"""Quoted words as the object of an act of speech: verbs that name what was said only through its
quoted words ('condemned the vote as "shameful"', 'paid tribute to a "gentle soul"'), and an
object wholly in quotation marks ('vowed "a fight to the end"', a direct quote). Without quoted words these
verbs report nothing."""

import pytest

from geonews_extract import extract


def quotes(nlp, text):
    return extract(text, nlp=nlp).quotes


def only(found, cue):
    [quote] = [q for q in found if q.cue is not None and q.cue.text == cue]
    return quote


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ('The senator condemned the vote as "shameful".', "The senator", "condemned", 'the vote as "shameful"'),
        ('The chief executive welcomed the ruling as "a victory for common sense".', "The chief executive",
         "welcomed", 'the ruling as "a victory for common sense"'),
        ('The mayor has condemned the vote and welcomed the recount as "long overdue".', "The mayor", "welcomed",
         'the recount as "long overdue"'),
        # the quote opens before the object and closes inside it
        ('The governor welcomed "the swift response" of the emergency crews.', "The governor", "welcomed",
         '"the swift response" of the emergency crews'),
        # speech verbs and verbs of judgement do the same
        ('The airline apologised for "any errors" in the booking system.', "The airline", "apologised for",
         '"any errors" in the booking system'),
        ('She dismissed the allegations as "complete nonsense".', "She", "dismissed",
         'the allegations as "complete nonsense"'),
        ('The bishop denounced the attack as "an act of pure evil".', "The bishop", "denounced",
         'the attack as "an act of pure evil"'),
    ],
)
def test_a_verb_whose_object_holds_quoted_words_reports_them(nlp, text, speaker, cue, content):
    quote = only(quotes(nlp, text), cue)
    assert quote.kind == "mixed" and quote.speaker.text == speaker and quote.content.text == content


def test_paying_tribute_reports_the_words_after_to(nlp):
    text = 'The club paid tribute to a "gentle soul" who had coached there for decades.'
    quote = only(quotes(nlp, text), "paid tribute to")
    assert quote.kind == "mixed" and quote.speaker.text == "The club"
    assert quote.content.text == 'a "gentle soul" who had coached there for decades'


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ('He vowed "a fight to the end".', "He", "vowed", "a fight to the end"),
        ('The governor promised "a full and open inquiry."', "The governor", "promised",
         "a full and open inquiry."),
        ('Fans welcomed "the best night in the history of the club".', "Fans", "welcomed",
         "the best night in the history of the club"),
    ],
)
def test_an_object_wholly_in_quotation_marks_is_a_direct_quote(nlp, text, speaker, cue, content):
    # as 'He said "we will win"': every word reported is the speaker's own
    quote = only(quotes(nlp, text), cue)
    assert quote.kind == "direct" and quote.speaker.text == speaker and quote.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The city welcomed the new ferry on Monday.",
        "Thousands paid tribute to the victims at a vigil.",
        'The council welcomed the "smart city" plan.',  # the writer's scare quote inside a noun phrase
        'A plan condemned as "reckless" by critics was approved on Monday.',  # the one condemned is no speaker
        'She wrote "The Long Road" in prison.',  # a title: a speech verb that names no act of speech here
    ],
)
def test_without_the_speakers_quoted_words_these_verbs_report_nothing(nlp, text):
    assert quotes(nlp, text) == []


def test_the_one_condemned_is_not_the_speaker(nlp):
    found = quotes(nlp, 'The newspaper, condemned as "a disgrace" by the president, said it would sue.')
    assert [q.cue.text for q in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The mayor wrote to the developer, threatening "a long court fight," according to a copy seen by reporters.',
         "threatening"),
        ('The minister has promised "a thorough review," according to his office.', "promised"),
    ],
)
def test_a_commitment_takes_no_phrase_after_its_wholly_quoted_object(nlp, text, cue):
    # the quote holds the object only: "according to ..." is a source of its own, not what was promised
    found = quotes(nlp, text)
    assert not any(q.cue is not None and q.cue.text == cue and "according" in q.content.text for q in found)
