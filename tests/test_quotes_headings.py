"""A section heading in capitals on the line before the speaker ("SCIENTISTS" over "Marine
biologist Ann Berg ... said") that the parse read as the cue's subject, with the speaker hung on
it as an object: the speaker is the noun on the cue's own line."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from geonews_extract.quotes.syntax import subject_of

WORDS = ["SCIENTISTS", "\n", "Marine", "biologist", "Ann", "Berg", "said", "the", "ice", "was", "thin", "."]
SPACES = [False, False, True, True, True, True, True, True, True, True, False, False]
HEADS = [6, 0, 3, 5, 5, 0, 6, 8, 9, 6, 9, 6]
DEPS = ["nsubj", "dep", "compound", "compound", "compound", "dobj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
POS = ["NOUN", "SPACE", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]


def test_the_speaker_under_a_heading_is_the_noun_on_the_cue_line():
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS)
    subject = subject_of(doc[6])
    assert subject is not None and subject.text == "Berg"
