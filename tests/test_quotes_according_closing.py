"""'According to X' closing a sentence after a participle the parse hung it on attributes the whole
sentence, not the participle ('won the race, defeating Y by 412 votes, according to unofficial
results.')."""

from geonews_extract import extract


def _quotes(nlp, text):
    return [(q.content.text, q.speaker.text if q.speaker else None) for q in extract(text, nlp=nlp).quotes]


def test_according_to_after_a_closing_participle_reports_the_sentence(nlp):
    text = ("Ana Ferreira, a retired nurse, narrowly won the race for mayor on Tuesday, defeating councilman "
            "Paul Keane by 412 votes, according to unofficial results.")
    assert _quotes(nlp, text) == [
        ("Ana Ferreira, a retired nurse, narrowly won the race for mayor on Tuesday, defeating councilman "
         "Paul Keane by 412 votes", "unofficial results")
    ]
    # not where the participle goes on after the phrase: then the phrase sits inside it
    text = ("The river rose overnight, flooding about 40 homes, according to the fire service, "
            "before falling again by noon.")
    found = _quotes(nlp, text)
    assert all(not content.startswith("The river rose") or "noon" not in content for content, _ in found)


def test_a_subject_the_parse_set_beside_the_source_is_the_clauses(nlp):
    text = "According to Keller & Co, Calder's net debt could rise by the end of the year."
    assert _quotes(nlp, text) == [("Calder's net debt could rise by the end of the year", "Keller & Co")]
    # a source with its own apposition keeps it when the clause has a subject of its own
    text = "According to Jane Moss, a lawyer for the firm, the debt could rise."
    assert _quotes(nlp, text) == [("the debt could rise", "Jane Moss")]
