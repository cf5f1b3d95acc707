"""A transcript whose speakers the text names only in its capital labels: a speaker introduced
in full ("NORA VANCE:") and named by the last word of that name afterwards ("VANCE:") is a
speaker each time, though the text names her nowhere else."""

from geonews_extract import extract

TRANSCRIPT = (
    "Harbour tolls debated on morning radio\n"
    "The port authority's plan to double tolls was the first topic of the programme.\n"
    "NORA VANCE: Why should fishermen pay for the new cranes?\n"
    "PAVEL LINDQVIST: The cranes serve every boat that lands here, large or small.\n"
    "VANCE: The small boats never use them, and you know that.\n"
    "LINDQVIST: They use the quay the cranes keep clear, and that quay costs money.\n"
)


def test_capital_labels_shortened_to_a_last_name_are_the_speakers_of_their_turns(nlp):
    quotes = extract(TRANSCRIPT, nlp=nlp).quotes
    turns = {(q.speaker.text if q.speaker else None, q.content.text.rstrip(".?")) for q in quotes}
    assert ("NORA VANCE", "Why should fishermen pay for the new cranes") in turns
    assert ("PAVEL LINDQVIST", "The cranes serve every boat that lands here, large or small") in turns
    assert ("VANCE", "The small boats never use them, and you know that") in turns
    assert ("LINDQVIST", "They use the quay the cranes keep clear, and that quay costs money") in turns

