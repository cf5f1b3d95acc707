"""A quote's verb group is its cue with the auxiliaries, negation and adverbs before it (the cue
of attribution annotation); never the phrases after the verb, the speaker or the content. The
cue itself stays the verb."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geonews_extract import extract


def quote_of(document, content_start):
    found = [q for q in document.quotes if q.content.text.startswith(content_start)]
    assert len(found) == 1, [(q.content.text, q.cue and q.cue.text) for q in document.quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "cue", "group"),
    [
        ("Reyes has repeatedly said the bill was unjust.", "the bill was unjust", "said", "has repeatedly said"),
        ("The senator would only say that talks continue.", "talks continue", "say", "would only say"),
        ("Officials have also warned that the river could flood.", "the river could flood", "warned", "have also warned"),
        ('"We will win," Ann Reyes said in a statement on Tuesday.', "We will win", "said", "said"),
        ("Reyes said Tuesday that the bill was unjust.", "the bill was unjust", "said", "said"),
        ("When asked about the vote, Reyes said it was close.", "it was close", "said", "said"),
    ],
)
def test_the_verb_group_is_the_cue_with_what_comes_before_it(nlp, text, content, cue, group):
    quote = quote_of(extract(text, nlp=nlp), content)
    assert quote.cue.text == cue
    assert quote.verb_group.text == group
    assert quote.verb_group.end == quote.cue.end


@pytest.mark.parametrize(
    ("text", "content", "cue", "group"),
    [
        ('She went on to say: "The plan will fail."', "The plan will fail", "say", "went on to say"),
        ('The letter goes on to say: "Taxes are high."', "Taxes are high", "say", "goes on to say"),
        ('"We will win," the senator said dryly.', "We will win", "said", "said dryly"),
        ("The mayor argued emphatically that taxes were high.", "taxes were high", "argued", "argued emphatically"),
        ('"We will win," Reyes said earlier.', "We will win", "said", "said"),
    ],
)
def test_the_verb_group_takes_in_the_verb_it_completes_and_a_manner_adverb(nlp, text, content, cue, group):
    quote = quote_of(extract(text, nlp=nlp), content)
    assert quote.cue.text == cue
    assert quote.verb_group.text == group


@pytest.mark.parametrize(
    ("text", "content", "group"),
    [
        ("The harbour board released a statement Friday evening saying the ferries would resume on Monday.",
         "the ferries would resume", "released a statement Friday evening saying"),
        ("The mayor wrote a letter to the council asking that the vote be postponed.",
         "the vote be postponed", "wrote a letter to the council asking"),
    ],
)
def test_the_verb_group_takes_in_the_verb_that_issued_the_text_the_participle_follows(nlp, text, content, group):
    quote = quote_of(extract(text, nlp=nlp), content)
    assert quote.verb_group.text == group


def test_the_verb_group_never_reaches_into_the_speaker(nlp):
    quote = quote_of(
        extract("Senator Ann Reyes, who has long argued that taxes are too high, voted no.", nlp=nlp),
        "taxes are too high",
    )
    assert quote.verb_group.text == "has long argued"
    assert quote.speaker.end <= quote.verb_group.start


def test_a_cue_that_is_no_verb_is_its_own_group(nlp):
    quote = quote_of(extract("According to the ministry, the road was closed.", nlp=nlp), "the road was closed")
    assert quote.verb_group.text == quote.cue.text == "According to"


SUBJECTS = ("Ann Reyes", "The ministry", "Officials", "She", "Senator Tom Brandt, who")
GROUPS = ("said", "has said", "would not say", "had repeatedly warned", "also argued", "will surely claim")
CLAUSES = ("the talks failed", "that the bridge was closed", '"we will win"', "prices were rising")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(GROUPS), st.sampled_from(CLAUSES)),
                min_size=1, max_size=3))
def test_a_verb_group_holds_its_cue_and_stays_off_the_speaker_and_content(nlp, sentences):
    text = " ".join(f"{subject} {verb} {clause}." for subject, verb, clause in sentences)
    for quote in extract(text, nlp=nlp).quotes:
        if quote.cue is None:
            assert quote.verb_group is None
            continue
        group = quote.verb_group
        assert group.start <= quote.cue.start and group.end == quote.cue.end
        for other in (quote.speaker, *(quote.parts or [quote.content])):
            if other is not None:
                assert group.end <= other.start or other.end <= group.start, (text, group.text, other.text)
