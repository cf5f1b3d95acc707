"""Nested attributions ("X said that the judge believes Y": X's quote holds the judge's, which is
reported too, with its own source, where the stage's `nested` setting asks for it) and coordinated cues ("admitted A but insisted B": two
quotes, each with its own cue; "said A and promised B" never takes B into A)."""

import pytest

from geonews_extract import extract
from geonews_extract.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nested_nlp():
    return load_pipeline(quotes={"nested": True})


def reported(nlp, text):
    return [(q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The mayor said that the engineer believes the bridge is unsafe.",
         ("the engineer believes the bridge is unsafe", "The mayor", "said"),
         ("the bridge is unsafe", "the engineer", "believes")),
        ("Officials said the inspectors concluded that the dam had cracked.",
         ("the inspectors concluded that the dam had cracked", "Officials", "said"),
         ("the dam had cracked", "the inspectors", "concluded")),
        ("The minister said farmers complained that prices were too low.",
         ("farmers complained that prices were too low", "The minister", "said"),
         ("prices were too low", "farmers", "complained")),
        ("Police said witnesses reported that the car was speeding.",
         ("witnesses reported that the car was speeding", "Police", "said"),
         ("the car was speeding", "witnesses", "reported")),
    ],
)
def test_a_nested_attribution_is_reported_inside_the_outer_one(nested_nlp, text, outer, inner):
    found = reported(nested_nlp, text)
    assert outer in found
    assert inner in found


def test_the_outer_speakers_words_are_never_given_to_the_nested_source(nested_nlp):
    found = reported(nested_nlp, "The coach said the players think the pitch is too wet to play on.")
    assert ("the players think the pitch is too wet to play on", "The coach", "said") in found
    assert [f for f in found if f[1] == "the players"] == [("the pitch is too wet to play on", "the players", "think")]


def test_a_nested_attribution_before_the_outer_cue_is_kept_too(nested_nlp):
    found = reported(nested_nlp, "The engineer warned that the bridge could fall, the mayor said.")
    assert ("The engineer warned that the bridge could fall", "the mayor", "said") in found
    assert ("the bridge could fall", "The engineer", "warned") in found


def test_by_default_only_the_outer_attribution_is_reported(nlp):
    found = reported(nlp, "The mayor said that the engineer believes the bridge is unsafe.")
    assert found == [("the engineer believes the bridge is unsafe", "The mayor", "said")]


def test_no_report_nests_in_a_direct_quote(nested_nlp):
    found = reported(nested_nlp, '"The engineer believes the bridge is unsafe," the mayor said.')
    assert found == [("The engineer believes the bridge is unsafe", "the mayor", "said")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The mayor said the park would reopen and promised new benches for the square.",
         ("the park would reopen", "The mayor", "said"), ("new benches for the square", "The mayor", "promised")),
        ("The party said it would appeal and accused the court of bias.",
         ("it would appeal", "The party", "said"), ("the court of bias", "The party", "accused")),
        ("The general said his troops were ready and vowed to retake the town.",
         ("his troops were ready", "The general", "said"), ("to retake the town", "The general", "vowed")),
    ],
)
def test_a_coordinated_cue_does_not_go_into_the_first_report(nlp, text, first, second):
    found = reported(nlp, text)
    assert first in found
    assert second in found


def test_coordinated_cues_each_report_their_own_clause(nlp):
    found = reported(nlp, "The army admitted mistakes were made but insisted its soldiers were attacked first.")
    assert ("mistakes were made", "The army", "admitted") in found
    assert ("its soldiers were attacked first", "The army", "insisted") in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the council would meet and vote on the plan.", "the council would meet and vote on the plan"),
        ('The mayor says she would call the governor and tell him "enough is enough".',
         'she would call the governor and tell him "enough is enough"'),
    ],
)
def test_a_verb_that_shares_the_reported_clause_stays_in_it(nlp, text, content):
    assert (content, "The mayor", text.split()[2]) in reported(nlp, text)
