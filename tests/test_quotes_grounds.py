"""Verbs that give their object as a reason or as evidence, as a present participle ('..., citing
rising costs', 'citing the survey as proof'): the object, with what it is cited as, is what the
one citing said; a finite verb, a passive or a noun's modifier ('the survey cited in the letter')
says nothing."""

import pytest

from geonews_extract import extract


def quotes(nlp, text):
    return extract(text, nlp=nlp).quotes


def with_cue(found, cue):
    return [q for q in found if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"Nobody wanted this," the mayor said, citing the cost of the new bridge.', "the mayor",
         "the cost of the new bridge"),
        ("The builder withdrew its bid for the harbour contract, citing rising interest rates.", "The builder",
         "rising interest rates"),
        ("The coach, citing the injuries in his squad, asked for the match to be moved.", "The coach",
         "the injuries in his squad"),
        ("The union called the strike, citing the survey of its members as proof of a crisis.", "The union",
         "the survey of its members as proof of a crisis"),
    ],
)
def test_what_is_cited_is_said_by_the_one_citing(nlp, text, speaker, content):
    [quote] = with_cue(quotes(nlp, text), "citing")
    assert quote.kind == "indirect" and quote.speaker.text == speaker and quote.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The survey cited in the letter was never published.",
        "The figures were cited by several newspapers last week.",
        # a finite verb as often recounts an example as gives a reason
        "Residents cited the flood of 2000 as an example.",
    ],
)
def test_only_a_present_participle_cites(nlp, text):
    assert not with_cue(quotes(nlp, text), "cited")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor made clear on Monday that the bridge would stay shut.", "The mayor",
         "the bridge would stay shut"),
        ("The mayor made it clear that the bridge would stay shut.", "The mayor", "the bridge would stay shut"),
        ("The governor has made it very clear that she will not resign.", "The governor", "she will not resign"),
        ("Officials made clear they had no plans to leave.", "Officials", "they had no plans to leave"),
    ],
)
def test_making_clear_that_reports_the_clause(nlp, text, speaker, content):
    [quote] = quotes(nlp, text)
    assert quote.kind == "indirect" and quote.speaker.text == speaker and quote.content.text == content
    assert quote.cue.text.startswith("made") and quote.cue.text.endswith("clear")


@pytest.mark.parametrize(
    "text",
    [
        "We need to make it clear that the plan has failed.",
        "The council made its plans clear.",
        "The risk was made clear when the storm reached the coast.",
    ],
)
def test_making_clear_reports_only_a_clause_and_not_in_the_infinitive(nlp, text):
    assert not [q for q in quotes(nlp, text) if q.cue is not None and "clear" in q.cue.text]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The minister made several comments about the harbour plan.", "The minister", "the harbour plan"),
        ("The mayor has made no mention of the budget gap.", "The mayor", "the budget gap"),
        ("Her lawyer made a statement on the ruling.", "Her lawyer", "the ruling"),
    ],
)
def test_making_comments_about_something_reports_what_they_were_about(nlp, text, speaker, content):
    [quote] = quotes(nlp, text)
    assert quote.kind == "indirect" and quote.speaker.text == speaker and quote.content.text == content
    assert quote.cue.text.startswith(("made", "has made")) and quote.cue.text.split()[-1] in ("about", "of", "on")


@pytest.mark.parametrize(
    "text",
    [
        "We need to make a statement about the flood.",
        "The statement was made on Monday.",
        "The council made a decision about the harbour.",
    ],
)
def test_making_comments_reports_only_a_finite_verb_and_a_noun_of_speech(nlp, text):
    assert not [q for q in quotes(nlp, text) if q.cue is not None and "made" in q.cue.text.lower()]
