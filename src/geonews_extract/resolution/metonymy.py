"""Is a place name acting for its government? "Washington later acknowledged..." vs "in Washington".

A capital stands for its state's government where the syntax makes it a party to
something, and stays the place everywhere else:

* the subject of a verb that is not a mere place predicate ("Moscow says", not
  "Kabul lies", "Kabul fell"), or of a relative clause ("Beijing, which has sought to ...");
* the agent of a passive ("by Moscow");
* the object of a relational preposition ("a treaty with Washington", "an insurgency
  against Ankara", "trade between Canberra and Beijing"), or of any preposition after a
  noun of agency or relation ("pressure on Moscow", "support from Washington"), but not
  after a noun of travel ("the road to Kabul", "flights between Moscow and Beijing");
* the direct object of a verb that acts on an actor ("accused Tehran", "urged Kabul to"),
  not of a verb that acts on a place ("entered Kabul", "shelled Kyiv");
* the subject of an adjective or a passive that controls a verb of action ("Tehran was
  ready to resume the talks", "Kyiv was forced to withdraw"), not of a place predicate
  ("Kabul was expected to fall");
* joined by a hyphen to a participle of agency ("Tehran-backed militias", not "Kabul-based");
* the possessor or modifier of a noun of agency ("Moscow's offensive", "Washington
  officials"), not of a part or feature of the city ("Kabul's airport"), or one half of a hyphenated pair before a noun that is not of travel
  ("the Washington-Beijing relationship").

After a locative preposition ("in Beijing", "through central Moscow") it is the place.
The word lists are data (``data/resolution/metonymy.json``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_json

_WORDS = read_json("resolution/metonymy.json")
#: Verbs whose subject is a place, not an actor: "Kabul lies in a valley", "Kabul fell".
PLACE_PREDICATES = frozenset(_WORDS["place_predicates"])
#: Nouns that make their possessor, modifier or prepositional object an actor:
#: "Moscow's decision", "Washington officials", "pressure on Moscow", "ties with Beijing".
AGENCY_NOUNS = frozenset(_WORDS["agency_nouns"])
#: Prepositions whose object is a party: "against Ankara", "with Washington".
RELATIONAL_PREPOSITIONS = frozenset(_WORDS["relational_prepositions"])
#: Prepositions whose object is a place: "in Beijing", "through Moscow".
LOCATIVE_PREPOSITIONS = frozenset(_WORDS["locative_prepositions"])
#: Nouns of routes and travel: "the road to Kabul", "the Moscow-Beijing flights".
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
#: Verbs whose direct object is a place: "entered Kabul", "shelled Kyiv".
PLACE_OBJECT_VERBS = frozenset(_WORDS["place_object_verbs"])
#: Participles a hyphen joins a capital acting for its state to: "Tehran-backed militias".
AGENCY_PARTICIPLES = frozenset(_WORDS["agency_participles"])
_SUBJECTS = frozenset({"nsubj", "csubj"})
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
_HYPHENS = frozenset({"-", "–", "—", "/"})
#: Penn tags of a finite verb or modal: "said", "says", "say", "will".
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def acts_as_agent(span: Span) -> bool:
    """True where the place named by `span` stands for its government (see the module docstring)."""
    token = _first_conjunct(span.root)
    if _heads_a_party_relative_clause(token):
        return True
    if token.dep_ in _SUBJECTS:
        return _acts(token.head) or _controls_an_action(token.head)
    if token.dep_ == "nsubjpass":
        return _controls_an_action(token.head)
    if _joined_to_an_agency_participle(token):
        return True
    if token.dep_ == "pobj":
        return _party_of_preposition(token.head)
    if token.dep_ == "dobj":
        return token.head.pos_ == "VERB" and _lemma(token.head) not in PLACE_OBJECT_VERBS
    pair_head = _hyphenated_pair_head(token)
    if pair_head is not None:
        # a common noun: "the Washington-Beijing relationship"; a proper noun makes the
        # pair part of one place's name ("Athens-Clarke County")
        return pair_head.pos_ == "NOUN" and not _is(pair_head, PLACE_NOUNS)
    if token.dep_ in _MODIFIERS:
        return _is(token.head, AGENCY_NOUNS)
    return _followed_by_its_verb(span)


def _acts(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and _lemma(verb) not in PLACE_PREDICATES


def _controls_an_action(predicate: Token) -> bool:
    """'Tehran was ready to resume', 'Kyiv was forced to withdraw': the subject of the adjective
    or passive is the one who acts in its infinitive."""
    for child in predicate.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and _acts(child):
            return True
        if child.dep_ == "acomp" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and _acts(c) for c in child.children):
            return True
    return False


def _joined_to_an_agency_participle(token: Token) -> bool:
    """'Tehran-backed militias', 'Moscow-installed officials'; not 'Kabul-based'."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or doc[token.i + 1].text not in _HYPHENS:
        return False
    participle = doc[token.i + 2]
    return not doc[token.i + 1].whitespace_ and participle.tag_ == "VBN" and participle.lower_ in AGENCY_PARTICIPLES


def _heads_a_party_relative_clause(token: Token) -> bool:
    """'Beijing, which has sought to punish the island': the relative clause's subject is the capital."""
    for clause in token.children:
        party = clause.dep_ == "relcl" and _acts(clause) and _lemma(clause) != "have"
        if party and any(c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE_PRONOUNS for c in clause.children):
            return True
    return False


def _party_of_preposition(preposition: Token) -> bool:
    if preposition.dep_ == "agent":
        return True
    word = preposition.lower_
    if word in LOCATIVE_PREPOSITIONS:
        return False
    governor = preposition.head
    if _is(governor, PLACE_NOUNS):
        return False
    if word in RELATIONAL_PREPOSITIONS:
        return True
    return governor.pos_ in ("NOUN", "PROPN") and _is(governor, AGENCY_NOUNS)


def _hyphenated_pair_head(token: Token) -> Token | None:
    """The noun a hyphenated pair of names modifies ("the Washington-Beijing relationship"), if
    `token` is one half of such a pair."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text in _HYPHENS and not token.whitespace_ and after.i + 1 < len(doc):
        other = doc[after.i + 1]
        if other.pos_ == "PROPN" and token.head.i == other.i:
            return other.head if other.dep_ in _MODIFIERS and other.head.i > other.i else None
    if before is not None and before.text in _HYPHENS and not before.whitespace_ and before.i > 0:
        other = doc[before.i - 1]
        if other.pos_ == "PROPN" and not other.whitespace_:
            return token.head if token.dep_ in _MODIFIERS and token.head.i > token.i else None
    return None


def _followed_by_its_verb(span: Span) -> bool:
    """Where the parse went wrong (a sentence break it missed), the word order still shows
    an agent: "Washington [later] said ...", "Beijing, meanwhile, has stepped up ...", not after a preposition ("officials in Washington said")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False
    position = _after_parenthetical(doc, span.end)
    for token in doc[position : position + 3]:
        if token.pos_ == "ADV":
            continue
        return token.tag_ in FINITE_VERB_TAGS and _lemma(token) not in PLACE_PREDICATES
    return False


def _after_parenthetical(doc: Doc, position: int) -> int:
    """The position after an adverb set off by commas ("Beijing, meanwhile, has"), else `position`."""
    end = position + 1
    if position >= len(doc) or doc[position].text != ",":
        return position
    while end < len(doc) and doc[end].pos_ == "ADV":
        end += 1
    return end + 1 if end > position + 1 and end < len(doc) and doc[end].text == "," else position


def _first_conjunct(token: Token) -> Token:
    """'Washington and Moscow agreed': 'Moscow' takes the role of 'Washington'."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or _lemma(token) in words
