"""A quoted sentence right after a verb of crying out or saying, with no comma or colon between,
is a direct quote ('the crowd chanted "Four more years!"')."""

import pytest

from geonews_extract import extract


def reported(nlp, text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None, q.cue.text.lower() if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("As the mayor left the hall, the striking nurses chanted \u201cPay us what we are worth!\u201d",
         "Pay us what we are worth!", "the striking nurses", "chanted"),
        ("When the gates finally opened after midnight, a fisherman yelled \u201cGet the boats out now!\u201d",
         "Get the boats out now!", "a fisherman", "yelled"),
        ("Outside the court, a protester shouted \u201cFree the three editors!\u201d",
         "Free the three editors!", "a protester", "shouted"),
        ("The coach of the home side wrote \u201cProud of every one of you.\u201d",
         "Proud of every one of you.", "The coach of the home side", "wrote"),
    ],
)
def test_a_quoted_sentence_right_after_the_verb_is_a_direct_quote(nlp, text, quote, speaker, cue):
    found = reported(nlp, text)
    assert ("direct", quote, speaker, cue) in found



def test_a_no_break_space_before_the_mark_is_a_space(nlp):
    text = "After the storm the fire chief\u00a0wrote:\u00a0\u201cEvery crew came home safe tonight.\u201d"
    assert ("direct", "Every crew came home safe tonight.", "the fire chief", "wrote") in reported(nlp, text)
