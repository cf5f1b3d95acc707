"""A past verb after a comma that the parse hung as a participle on the noun before it, where the
sentence has no verb of its own or the noun is the subject of a verb after it, is the sentence's
verb: its subject speaks, the speaker's words stop before it, and a name the parse made the root
of such a sentence is the subject a later "he" or "she" stands for (docs/quotes.md, "A verb the
parse read as a participle")."""

from quoting import quotes_with_entities


def test_a_verb_after_a_relative_clause_on_the_speaker_speaks_for_the_speaker(nlp):
    text = ('Callum Devlin, who has now scored in five straight games, called the defeat "a punch in the '
            'stomach". "We were the better side," he said.')
    found = quotes_with_entities(nlp, text)
    assert ('the defeat "a punch in the stomach"', "Callum Devlin", "Callum Devlin") in found
    assert ("We were the better side", "he", "Callum Devlin") in found


def test_the_speakers_words_stop_before_a_verb_hung_on_them(nlp):
    text = ('Poland\'s culture minister, Joanna Kruk, called Wierzbicki "a teacher of a whole generation, on and off '
            'the stage" and said his work had shown what public money could do.')
    assert ("his work had shown what public money could do", "Poland's culture minister", "Joanna Kruk") in quotes_with_entities(nlp, text)


def test_a_name_made_the_root_of_its_sentence_is_who_he_stands_for(nlp):
    text = ("Its chief fire officer, Alison Reeve, urged people to stay indoors. "
            "In Marsby, Dennis Kowalczyk, 67, watched from a footbridge as water lapped at the windows of his flat. "
            "He said he had lived in the town for forty years.")
    assert ("he had lived in the town for forty years", "He", "Dennis Kowalczyk") in quotes_with_entities(nlp, text)
    # a participle with an agent stays a participle
    text = 'The harbour plan, called "reckless" by the opposition, was approved on Tuesday.'
    assert quotes_with_entities(nlp, text) == []
