"""A second act of the same subject that the parse hung, unlabelled, on the verb before it after
a comma ("The mayor paused, then revealed why ..."): a cue there speaks for that verb's subject."""

from quoting import quote_by

from geonews_extract import extract


def test_a_cue_run_on_after_a_comma_speaks_for_the_subject_before(nlp):
    quote = quote_by(extract("The mayor paused, then revealed why the bridge was closed.", nlp=nlp), "why the bridge")
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.text == "The mayor"
