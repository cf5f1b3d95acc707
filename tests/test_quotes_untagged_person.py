"""A person's full name the tagger missed as the subject of a main clause, whose surname alone it
tags later, is who a "she" in between stands for."""

from geonews_extract.annotations import entities_of, quotes_of
from geonews_extract.inputs import prepare


def test_she_is_the_person_named_in_full_where_the_tagger_missed_it(nlp):
    text = ("Ines Carvalho has not been on a stage for six years. Next month the actress returns to the "
            "Teatro Aurora as Lady Macbeth.\n"
            '"I was tired," she said.\n'
            "Carvalho is wary of the word comeback.")
    doc = nlp(nlp.make_doc(prepare(text, None).masked))
    names = {e.id: e.name for e in entities_of(doc)}
    found = [(doc.text[slice(*q.content)], names.get(q.speaker_entity_id)) for q in quotes_of(doc)]
    assert found == [("I was tired", "Carvalho")]
