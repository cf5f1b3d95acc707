"""Is a place name acting as an agent? "Washington later acknowledged..." vs "in Washington".

A capital stands for its state's government only where the sentence makes it do
something: the subject of a verb that is not a mere place predicate ("lies",
"hosted", "fell"), the agent of a passive ("by Moscow"), the owner of a decision
or policy ("Ankara's demands"), or the modifier of people acting for it
("Washington officials"). Everywhere else it stays the place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..datafiles import read_json

_WORDS = read_json("resolution/metonymy.json")
#: Verbs whose subject is a place, not an actor: "Kabul lies in a valley", "Kabul fell".
PLACE_PREDICATES = frozenset(_WORDS["place_predicates"])
#: Nouns that make their possessor or modifier an actor: "Moscow's decision", "Washington officials".
AGENCY_NOUNS = frozenset(_WORDS["agency_nouns"])
_SUBJECTS = frozenset({"nsubj", "csubj"})
#: Penn tags of a finite verb or modal: "said", "says", "say", "will".
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def acts_as_agent(span: Span) -> bool:
    """True where the place named by `span` does or says something."""
    token = _first_conjunct(span.root)
    if token.dep_ in _SUBJECTS:
        head = token.head
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in PLACE_PREDICATES
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    if token.dep_ in ("poss", "compound", "amod", "nmod"):
        return token.head.lemma_.lower() in AGENCY_NOUNS or token.head.lower_ in AGENCY_NOUNS
    return _followed_by_its_verb(span)


def _followed_by_its_verb(span: Span) -> bool:
    """Where the parse went wrong (a sentence break it missed), the word order still shows
    an agent: "Washington [later] said ...", not after a preposition ("officials in Washington said")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False
    for token in doc[span.end : span.end + 3]:
        if token.pos_ == "ADV":
            continue
        return token.tag_ in FINITE_VERB_TAGS and token.lemma_.lower() not in PLACE_PREDICATES
    return False


def _first_conjunct(token: Token) -> Token:
    """'Washington and Moscow agreed': 'Moscow' takes the role of 'Washington'."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token
