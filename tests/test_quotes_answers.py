"""A bare quote after the writer's own question, as interviews written up as questions and
answers give it: the answer of the one the interview is with (the latest speaker named), with no
speaker or cue of its own (docs/quotes.md, "An answer to the writer's question")."""

from geonews_extract.annotations import entities_of, quotes_of
from geonews_extract.inputs import prepare


def _quotes(nlp, text):
    """(content, speaker, entity name) of each quote, the entity read off the stage's records: a
    quote with no speaker phrase still names whose words it is there."""
    doc = nlp(nlp.make_doc(prepare(text, None).masked))
    names = {e.id: e.name for e in entities_of(doc)}
    return [(doc.text[slice(*q.content)], doc.text[slice(*q.speaker)] if q.speaker else None,
             names.get(q.speaker_entity_id)) for q in quotes_of(doc)]


def test_a_quote_paragraph_after_a_question_paragraph_is_the_answer(nlp):
    text = ('The painter Mirela Dobrescu spoke to us in her studio in Cluj.\n'
            '"I paint every morning before the light turns," Dobrescu said.\n'
            'Does she ever stop?\n'
            '"Only when my hands hurt. Then I read."')
    assert ("Only when my hands hurt. Then I read.", None, "Mirela Dobrescu") in _quotes(nlp, text)


def test_a_quote_after_a_question_in_its_own_paragraph_is_the_answer(nlp):
    text = ('Harbour master Olav Strand said the ferry would sail at noon. "The wind is dropping," he said.\n'
            'Would the evening crossing go ahead? "If the swell allows it."')
    assert ("If the swell allows it.", None, "Olav Strand") in _quotes(nlp, text)
    # a quoted question is someone's words, no question of the writer's
    text = ('Harbour master Olav Strand said the ferry would sail at noon.\n'
            '"Why wait?" asked one passenger. "We have been here since dawn."')
    assert all(entity != "Olav Strand" or speaker for _, speaker, entity in _quotes(nlp, text))
    # and a statement before a bare quote makes no answer of it
    text = ('Harbour master Olav Strand said the ferry would sail at noon.\n'
            'The ferry sailed at half past twelve.\n'
            '"Better late than never."')
    assert all(content != "Better late than never." for content, _, _ in _quotes(nlp, text))
