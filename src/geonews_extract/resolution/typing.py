"""One type per actor: the knowledge base's type when the actor is known, else a vote
over the labels of its mentions.

A place is never a person, a product or a nationality: where a gazetteer test
(`PlaceTest`, e.g. the GeoNames gazetteer) knows the name and the words around a mention
the model labelled a person or an organisation make it a place (`geo.syntax.named_as_place`:
"in Sylhet", "an Alexandria man", "Roselle police", "TORRINGTON --"), or a name stands in
apposition right after a common noun for a place ("the Chechen capital Grozny", "the
border town Garissa"), is one of a list in place syntax ("around Kherson and Zaporizhzhia")
or is the object of a verb that only takes places ("seized Palma"), the entity is typed as a place; where one mention is labelled a place, the PERSON, PRODUCT and NORP votes do
not count. A person named in full ("Alan Shearer") stays a person whatever the gazetteer
knows of a part of the name. Mentions whose label the vote overruled take the entity's type, except demonyms of
an entity that is no gazetteer place, which stay NORP.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from ..annotations import span_text
from ..datafiles import read_json
from ..geo.syntax import PLACE_LABELS, named_as_place, named_in_full, place_cue

PlaceTest = Callable[[str], bool]

#: Labels a place name is never given.
NOT_FOR_PLACES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Labels a mention keeps whatever its entity's type (a demonym inside its state).
KEPT_LABELS = frozenset({"NORP"})
#: Common nouns for a place: a name in apposition right after one is that place.
_PLACE_WORDS = read_json("resolution/place_nouns.json")
PLACE_NOUNS = frozenset(_PLACE_WORDS["place_nouns"])
#: Lemmas of verbs whose direct object is only ever a place: "seized Palma".
PLACE_VERBS = frozenset(_PLACE_WORDS["place_verbs"])
#: Labels the model gives a place name in apposition by mistake (never ORG: "the city Council").
APPOSITION_MISTAKES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})


def vote(labels: Sequence[str], is_place: bool) -> str:
    """The entity type from its mentions' labels (most frequent; ties go to the first)."""
    counts = Counter(label for label in labels if not (is_place and label in NOT_FOR_PLACES))
    if not counts:
        return "GPE"
    return counts.most_common(1)[0][0]


def used_as_place(spans: Sequence[Span], labels: Sequence[str], place_names: PlaceTest | None) -> bool:
    """True when a mention the model labelled a person or an organisation stands in place
    syntax and the gazetteer knows its name (`geo.syntax.named_as_place`)."""
    if place_names is None:
        return False
    if any(
        label in APPOSITION_MISTAKES and place_names(span_text(span)) and in_place_syntax(span)  # cheap test first
        for span, label in zip(spans, labels, strict=False)
    ) and not named_in_full(list(spans), list(labels), place_names):
        return True
    return named_as_place(list(spans), list(labels), place_names, getattr(place_names, "divisions", None))


def in_place_syntax(span: Span) -> bool:
    """A common noun for a place before the name, a list of names in place syntax, or a verb
    that only ever takes a place as its object (see the module docstring)."""
    return after_a_place_noun(span) or coordinated_in_place_syntax(span) or object_of_a_place_verb(span)


def coordinated_in_place_syntax(span: Span) -> bool:
    """True when the name is one of a list joined by "and" or "or" that stands in place syntax
    as a whole ("around Kherson and Zaporizhzhia"): the preposition governs every name of it.
    A label the model gave a neighbour in the list is no evidence ("Chang and Washington")."""
    first = _first_conjunct(span.root)
    conjuncts = [first, *(t for t in first.subtree if t.dep_ == "conj" and _first_conjunct(t).i == first.i)]
    if len(conjuncts) < 2 or not any(c.dep_ == "cc" for t in conjuncts for c in t.children):
        return False
    start = min(_extent(c)[0] for c in conjuncts)
    end = max(_extent(c)[1] for c in conjuncts)
    return place_cue(span.doc, start, end) in ("preposition", "modifier")


def object_of_a_place_verb(span: Span) -> bool:
    """True when the name, or the coordination it is part of, is the direct object of a verb
    that only ever takes a place ("seized Palma", "recaptured Izium and Lyman")."""
    root = _first_conjunct(span.root)
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in PLACE_VERBS


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _extent(token: Token) -> tuple[int, int]:
    """The token range of the entity `token` is part of, or of the token alone."""
    doc = token.doc
    start, end = token.i, token.i + 1
    if token.ent_iob_ == "O":
        return start, end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def after_a_place_noun(span: Span) -> bool:
    """True when a common noun for a place, written in lower case, stands right before the name."""
    return span.start > 0 and span.doc[span.start - 1].text in PLACE_NOUNS


def entity_type(
    spans: Sequence[Span], labels: Sequence[str], names: Sequence[str], place_names: PlaceTest | None
) -> tuple[str, bool]:
    """The type of a document-local entity with these mention `spans`, `labels` and name
    forms, and whether the gazetteer made it a place."""
    if place_names is None:
        return vote(labels, False), False
    if used_as_place(spans, labels, place_names):
        return "GPE", True
    is_place = (
        any(label in NOT_FOR_PLACES for label in labels)
        and any(label in PLACE_LABELS for label in labels)
        and any(place_names(name) for name in names)
        and not named_in_full(list(spans), list(labels), place_names)
    )
    return vote(labels, is_place), is_place


def mention_label(label: str, entity_type: str, gazetteer_place: bool = False) -> str:
    """The label a mention shows: its entity's type, unless it is a demonym of an entity
    the gazetteer did not make a place."""
    return label if label in KEPT_LABELS and not gazetteer_place else entity_type
