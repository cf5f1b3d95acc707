"""Names the model types wrongly that the words around them type at once, by general rules.

* A name set beside a common noun for an organisation is that organisation, never a person:
  "the farmers' union [Agrovita]", "the Belgian side [Lierse Sporting]"; a capitalised name
  there that the model missed becomes one.
  After "of", a person's two names stay a person's ("the chairman of the party [Ivan Petrov]").
* A name the model calls a person's is an organisation's where it is an acronym in running
  text ("data compiled by [NBRX]") other than the initials of a person the text names in full
  ("John Fitzgerald Kennedy" ... "[JFK]" stays a person, and is one whatever the model typed it
  where the person's name has three words or more), holds an organisation's head word ("Tam Lok [Trust]"), or is
  a plural common noun before the name of a state or a province ("[Elections Manitoba]",
  "[Statistics Norway]": a body named by what it does and where, the plural told by the
  lemmatizer's tables).
* A name the words around it make a person's is a person, whatever the model typed it, where it
  has a person's shape (capitalised words, none of them an organisation's head word: "Ministry",
  "Bank", "Inc"):
  - the possessor of a relative: "[Voinea]'s granddaughter";
  - set beside a relative or a person's post: "Voinea's granddaughter, [Ilinca]", "a council
    spokesman, [Mihai Dobre]", "[Ilinca], his granddaughter", "television host [Ana Ruiz]";
  - given an age: "[Voinea], 71, says";
  - after a personal title, which is no part of the name: "Dr [Anouk de Vries]".
  A relative's, a post's or a person's common noun that opens a name of three words or more is no
  part of it either: "Pensioner [Mary Hale] said", "Striker [Tom Reed]".
  A capitalised name the model missed there becomes one. Two names the model typed apart after
  such a noun, the first a compound of the second, are one person's: "hurdler [Ana] [Ruiz]".
  A capitalised noun of that kind right before a personal title is no name: "[Historian] Dr. Ana Ruiz".
  The other names of the document with that person's surname are that person too: the full
  name a bare surname shortens ("Radu Voinea" ... "Voinea, 71"), the bare surname of a full
  name, and the end of a full name that starts with a particle ("de Vries").
* A name the model typed a law whose last word is an organisation's head word is that
  organisation's: "the Consumer [Authority]".
* A name of two words or more the model typed a place, that a plural verb agrees with and that
  the gazetteer does not know, is a team's ("[Kestrel City] have signed"): British usage makes a
  team plural, never a town; its other mentions are the team too.
* The text's other mentions of the same words type a name:
  - the other mentions the model calls a person's of a name a rule above made an organisation's
    are that organisation ("the Belgian side [Lierse Sporting]" ... "[Lierse Sporting]'s director");
  - one word the model calls a person's that opens a longer organisation's name the running text
    gives first, and opens or ends no longer person's name, is no place's (in the text or the
    gazetteer) and follows no title, is that organisation ("Veltro Systems" ... "[Veltro] expected");
  - a given name and a surname (an initial between them allowed) that the model typed an
    organisation, whose surname the model calls a person's alone elsewhere, are a person's
    ("[Ebrahim Raisi]" ... "Raisi said").
  - one word the model typed an organisation or a place that is the given name of a person the
    running text names in full ("Dana Whitlow" ... "calls to [Dana]"), and that the text uses no
    other way (it opens no other name, ends no person's, and is no state's or first-level
    division's by the gazetteer), is that person.
* A campaign's verb before a name ("Stop Whitlow", "Draft Whitlow") makes an organisation's name,
  never a person's, whatever the model typed it and whoever the rest names.
* A name of a person's shape that the model typed a thing (a work, a product, an event) and
  that is the subject of a verb of speech is a person's ('"...," [Lars Egeland] told Reuters').
* A capitalised name the model missed that is the subject of a verb of speech is a person's
  ("[Jan Egeland] told reporters"; one word where it ends a longer name of the text: "Marek
  Gajdos" ... "[Gajdos] said", the longer name a person's too), or an organisation's where it
  is an acronym or holds an organisation's head word ("[Harbour Watch Group] said"); one the
  model missed that runs from a force's word to a place the text names ("[Police Scotland]"),
  or an acronym where a source works ("analysts at [ING]"), is an organisation's, wherever it
  stands.

The word lists are data (``data/ner/people.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.attrs import IDX, POS
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

from ..annotations import text_of
from ..datafiles import read_json
from ..resolution.people import initials

PlaceTest = Callable[[str], bool]
WordTest = Callable[[str], bool]

_WORDS = read_json("ner/people.json")
#: Nouns for a relative: their possessor and the name beside them are people.
KIN = frozenset(_WORDS["kin"])
#: Nouns for a person's post: the name beside them is a person.
ROLES = frozenset(_WORDS["roles"])
#: Common nouns for what a person is or does ("pensioner"): like a relative or a post, no part of a name after them.
PERSON_NOUNS = frozenset(_WORDS["person_nouns"])
#: Nouns for a post or for what a person is: a name they are set on is a person's.
POST_NOUNS = ROLES | PERSON_NOUNS
#: Nouns for a relative, a post or what a person is: capitalised before a name, no part of it.
PERSON_WORDS = KIN | POST_NOUNS
#: Words that make a name an organisation's, never a person's.
ORGANISATION_HEADS = frozenset(_WORDS["organisation_heads"])
#: Common nouns for an organisation: a name right after one is that organisation.
ORGANISATION_NOUNS = frozenset(_WORDS["organisation_nouns"])
#: Titles before a person's name ("Dr", "Prof."), with their case: the name after one is a person's.
PERSONAL_TITLES = frozenset(_WORDS["personal_titles"])
#: Lower-case words inside a person's name ("de" in "Anouk de Vries"), never its last word.
PARTICLES = frozenset(_WORDS["particles"])
#: Verbs that open a campaign's name ("Stop Whitlow"), in lower case: such a name is no person's.
CAMPAIGN_VERBS = frozenset(_WORDS["campaign_verbs"])
#: Titles before a name that are no part of it (the entities stage's list, lower case).
NAME_TITLES = frozenset(read_json("resolution/people.json")["titles"])
#: Verbs whose subject speaks (the quotes stage's verbs of speech, lemmas).
SPEECH_VERBS = frozenset(read_json("quotes/cues.json")["speech"])
#: First words of a force's name that a place completes: "Police Scotland".
FORCE_WORDS = frozenset({"police"})
#: Prepositions after which an acronym names where a source works: "analysts at ING".
WORKPLACE_PREPOSITIONS = frozenset({"at", "from"})
#: Labels a name the words around it make a person's may carry.
RETYPED_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Labels a person's name may carry: the model's own and those the words around it correct.
NAME_LABELS = RETYPED_LABELS | {"PERSON"}
#: Labels of things, which never speak: a name so typed that a verb of speech has as its subject is a person's.
#: Not a facility's: a bridge, a hall or an airport speaks through those who run it ("Tower Bridge said
#: on its account") and stays a place the geocoder reads.
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: The oldest age an apposition gives a person.
MAX_AGE = 120
#: How many words before an organisation's noun its phrase may run back over to an "of".
PHRASE_WORDS = 6
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
ARTICLES = frozenset({"the", "a", "an"})
#: Labels the model gives one word that is a given name of a person the text names in full ("[Dana]'s speech");
#: not NORP, which a plural ("Floridians") opening a name the model ran on takes.
GIVEN_NAME_LABELS = frozenset({"ORG", "GPE"})
#: Labels of places: a plural noun and a place's name make a body's name ("Elections Manitoba").
PLACE_LABELS = frozenset({"GPE", "LOC"})


def retype(
    doc: Doc, ents: list[Span], place_names: PlaceTest | None = None, plural_noun: WordTest | None = None
) -> list[Span]:
    """`ents` with the repairs of the module docstring applied, sorted, without overlaps.
    `place_names` (a gazetteer test) keeps a place set beside a post a place; `plural_noun` tells
    a plural common noun ("elections") for the names of bodies."""
    ents = _joined_after_a_person_word(ents)
    covered = bytearray(len(doc))
    for ent in ents:
        covered[ent.start : ent.end] = b"\x01" * len(ent)
    places = {ent.text for ent in ents if ent.label_ in PLACE_LABELS}
    before = ents
    people_initials = frozenset(
        initials(words) for ent in ents if ent.label_ == "PERSON" and len(words := _words(ent)) >= 2
    )
    ents = [_initialled(_organisation(ent, places, place_names, plural_noun, people_initials), people_initials)
            for ent in ents]
    teams = _teams(ents, place_names)
    if teams:
        ents = [Span(doc, ent.start, ent.end, label="ORG") if ent.label_ == "GPE" and ent.text in teams else ent
                for ent in ents]
    ents = _like_its_namesakes(ents, teams | {new.text for new, old in zip(ents, before, strict=True)
                                              if old.label_ == "PERSON" and new.label_ == "ORG"})
    ents = [_after_a_title(ent) for ent in ents if not _a_role_before_a_title(ent)]
    sites = places | {ent.text for ent in ents if ent.label_ == "FAC"}
    speaking = [_speaking_person(ent, places, sites) for ent in ents]
    missed = _missed_names(doc, covered, frozenset(ent[-1].text for ent in ents), places, frozenset(
        ent[-1].text for ent in ents if len(ent) >= 2 and ent.label_ in NAME_LABELS
    ))
    # the names the subject of a verb of speech made people: their surnames are people's too
    speaking_people = {new.start for new, old in zip(speaking, ents, strict=True) if new is not old}
    speaking_people |= {
        ent.start for ent in missed if ent.label_ == "PERSON" and _speaking_name(ent, places, {ent[-1].text}) == "PERSON"
    }
    ents = speaking + missed
    people = [
        ent
        for ent in ents
        if ent.label_ in NAME_LABELS and _person_shape(ent)
        and (_beside_a_person_word(ent, place_names) or _titled_name(ent, places) or ent.start in speaking_people)
    ]
    if not people:
        return _by_other_mentions(sorted(ents, key=lambda span: span.start), set(), place_names)
    full = {_words(ent) for ent in people}
    bare = {words[-1] for words in full if len(words) == 1}
    surnames = {words[-1] for words in full}
    # "de Vries" ends "Anouk de Vries": the surname with its particle
    particled = {words[i:] for words in full for i in range(1, len(words) - 1) if words[i] in PARTICLES}
    retyped = []
    for ent in ents:
        if ent.label_ in RETYPED_LABELS and _person_shape(ent):
            words = _words(ent)
            if words in full or words in particled or words[-1] in bare or (len(words) == 1 and words[0] in surnames):
                ent = Span(doc, ent.start, ent.end, label="PERSON")
        retyped.append(ent)
    return _by_other_mentions(sorted(retyped, key=lambda span: span.start), {ent.start for ent in people}, place_names)


def _teams(ents: list[Span], place_names: PlaceTest | None) -> set[str]:
    """Names of two words or more the model typed a place that a plural verb agrees with ("Kestrel
    City have signed", "... City were beaten"): a team, which British usage makes plural, where no
    town takes the verb. Not a name in the plural ("the Philippines have"), nor one the gazetteer
    (`place_names`, without which none is found) knows as a place."""
    if place_names is None:
        return set()
    return {
        ent.text for ent in ents
        if ent.label_ == "GPE" and len(ent) >= 2 and not ent[-1].text.endswith("s") and _plural_agreement(ent)
        and not place_names(ent.text)
    }


def _plural_agreement(ent: Span) -> bool:
    """The name is the subject of a verb in the plural: a present one ("have", "are") or "were"."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    group = [verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i)]
    return any(word.tag_ == "VBP" or word.lower_ == "were" for word in group)


def _like_its_namesakes(ents: list[Span], organisations: AbstractSet[str]) -> list[Span]:
    """The other mentions the model calls a person's of a name a rule made an organisation's
    ("the Belgian side [Lierse Sporting]" ... "[Lierse Sporting]'s director") are that organisation."""
    if not organisations:
        return ents
    return [Span(ent.doc, ent.start, ent.end, label="ORG") if ent.label_ == "PERSON" and ent.text in organisations
            else ent for ent in ents]


def _by_other_mentions(ents: list[Span], people: AbstractSet[int], place_names: PlaceTest | None = None) -> list[Span]:
    """Names the text's other mentions of the same words type (`people`: the starts of the names
    the words around them made a person's, which stay so):
    - one word the model calls a person's that opens a longer organisation's name the running text
      (no headline) gives before the word alone ("Veltro Systems unveiled" ... "Veltro expected"; not
      "Dodd said" ... "Dodd-Frank"), and neither opens nor ends a longer person's name, is no
      place's, elsewhere in the text ("Mrs. [Springfield]" ... "in Springfield") or in the gazetteer (`place_names`: the town of "Kent's Board of Finance"),
      nor a person's by the words around one of its mentions, is that organisation ("[Veltro]
      expected" beside "Veltro Systems");
    - a given name and a surname that the model typed an organisation, whose surname the model calls
      a person's alone elsewhere, are a person's ("[Ebrahim Raisi]" beside "Raisi said"); not a
      place's name, which a person's name may end ("North Clayton")."""
    # where the text first names each organisation by its first word, in running text
    opening: dict[str, int] = {}
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) >= 2 and _running(ent):
            opening.setdefault(ent[0].text, ent.start)
    alone: dict[str, int] = {}
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and _running(ent):
            alone.setdefault(ent.text, ent.start)
    placed = {ent.text for ent in ents if ent.label_ in PLACE_LABELS}  # "Mrs. [Springfield]" ... "in Springfield"
    # the first and last words of longer people's names, and the names the words around them made people's
    surnames = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and (len(ent) >= 2 or ent.start in people)}
    surnames |= {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2}  # a given name: "Martha"
    shortened = {
        ent.text for ent in ents
        if ent.label_ == "PERSON" and len(ent) == 1 and opening.get(ent.text, len(ent.doc)) < alone.get(ent.text, 0)
        and ent.text not in surnames | placed
        and (place_names is None or not place_names(ent.text))
    }
    bare = {ent.text for ent in ents if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in shortened}
    given = _given_names(ents, place_names)
    found = []
    for ent in ents:
        if ent.label_ == "PERSON" and (ent.text in shortened or _campaign(ent)):
            ent = Span(ent.doc, ent.start, ent.end, label="ORG")
        elif (ent.label_ == "ORG" and ent[-1].text in bare and _given_and_surname(ent)) or (
            ent.label_ in GIVEN_NAME_LABELS and ent.text in given and _running(ent)  # "calls to [Dana]"
        ):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        found.append(ent)
    return found


def _campaign(ent: Span) -> bool:
    """'Stop Whitlow', 'Draft Whitlow': a campaign's verb before a name is a campaign's name."""
    return len(ent) >= 2 and ent[0].lower_ in CAMPAIGN_VERBS and ent[1].text[:1].isupper()


def _given_names(ents: list[Span], place_names: PlaceTest | None) -> set[str]:
    """The given names of the people the running text names in full and by their surname alone
    ("Dana" of "Dana Whitlow" ... "Whitlow said"; not "Ajax" of a team the model typed a person,
    "Ajax Amsterdam"), where the text uses the word no other way: it opens no other name and ends
    no person's, and it is no state's or first-level division's ("Georgia" of "Georgia Mills")."""
    surnames = {ent.text for ent in ents if ent.label_ == "PERSON" and len(ent) == 1}
    given = {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(words := _words(ent)) >= 2
             and words[-1] in surnames and ent[0].text[:1].isupper() and ent[0].text not in PARTICLES and _running(ent)}
    if not given:
        return given
    given -= {ent[0].text for ent in ents if ent.label_ != "PERSON" and len(ent) >= 2}  # "Dana Point"
    given -= {ent[-1].text for ent in ents if ent.label_ == "PERSON"}  # a surname too
    divisions = getattr(place_names, "divisions", None)
    return {word for word in given if divisions is None or not divisions(word)}


def _given_and_surname(ent: Span) -> bool:
    """Two proper nouns of a person's shape, or three with an initial between them ("Channing D.
    Phillips"): not a movement's or a group's name ("Stop Trump", "Young Latinos", "Ku Klux Klan")."""
    words = [t for t in ent if t.text not in _POSSESSIVES]
    initial = len(words) == 3 and len(words[1].text) == 2 and words[1].text[0].isupper() and words[1].text[1] == "."
    return (len(words) == 2 or initial) and len(words) == len(ent) and all(
        t.pos_ == "PROPN" for t in words
    ) and _person_shape(ent)


def _titled(ent: Span) -> bool:
    """A name right after a personal title: "Dr [Anouk de Vries]"."""
    return ent.start > 0 and ent.doc[ent.start - 1].text in PERSONAL_TITLES


def _titled_name(ent: Span, places: AbstractSet[str]) -> bool:
    """A name after a personal title that makes the name's other mentions a person's too: not one
    word the text also names a place by, which after a title is a nickname ("known as 'Mr.
    [Arlington]'" beside "the Arlington Boys Club" and "in Arlington")."""
    return _titled(ent) and not (len(ent) == 1 and ent.text in places)


def _after_a_title(ent: Span) -> Span:
    """`ent` as a person, without the title, where it starts with a personal title or follows
    one and has a person's shape otherwise ("[Dr Anouk de Vries]" is "Dr [Anouk de Vries]");
    and without a relative's, a post's or a person's common noun it opens where two words or more
    of a person's shape follow, in a name typed a person's or one that speaks ("[Pensioner Mary
    Hale] said" is "Pensioner [Mary Hale] said")."""
    if ent.label_ not in NAME_LABELS:
        return ent
    if len(ent) >= 2 and ent[0].text in PERSONAL_TITLES:
        name = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
        return name if _person_shape(name) else ent
    if len(ent) >= 3 and ent[0].text.istitle() and ent[0].lower_ in PERSON_WORDS:
        titled = len(ent) >= 4 and ent[1].text in PERSONAL_TITLES  # "[Historian Dr.] Ewan Pryde"
        name = Span(ent.doc, ent.start + 1 + titled, ent.end, label="PERSON")  # "[Pensioner] Mary Hale said"
        # another type only where the name speaks: not "Victim Support Scotland"
        speaks = ent.label_ == "PERSON" or _speaking_name(name) == "PERSON"
        return name if speaks and _person_shape(name) else ent
    if ent.label_ != "PERSON" and _titled(ent) and _person_shape(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _a_role_before_a_title(ent: Span) -> bool:
    """One capitalised word for a relative, a post or what a person is, right before a personal
    title: "[Historian] Dr. Ewan Pryde" names no group, the role is no part of the name."""
    doc = ent.doc
    return (
        len(ent) == 1 and ent.label_ != "PERSON" and ent.text.istitle() and ent[0].lower_ in PERSON_WORDS
        and ent.end < len(doc) and doc[ent.end].text in PERSONAL_TITLES
    )


def _joined_after_a_person_word(ents: list[Span]) -> list[Span]:
    """'British hurdler [Danielle] [Ruston]': two names the model typed apart, the first a compound
    of the second, after a lower-case noun for a post or for what a person is that is hung on the
    second: one person's name."""
    joined: list[Span] = []
    for ent in ents:
        before = joined[-1] if joined else None
        if before is not None and before.end == ent.start and _one_name_after_a_person_word(before, ent):
            joined[-1] = Span(ent.doc, before.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _one_name_after_a_person_word(first: Span, second: Span) -> bool:
    if first.label_ not in NAME_LABELS or second.label_ not in NAME_LABELS or first.start == 0:
        return False
    doc = first.doc
    noun, last = doc[first.start - 1], first[-1]
    return (
        last.dep_ == "compound" and second.start <= last.head.i < second.end
        and noun.is_lower and noun.dep_ == "compound" and second.start <= noun.head.i < second.end
        and noun.lemma_ in POST_NOUNS
        and _person_shape(Span(doc, first.start, second.end))
    )


def _speaking_person(ent: Span, places: AbstractSet[str], sites: AbstractSet[str] = frozenset()) -> Span:
    """`ent` as a person where the model typed it a work, product, event or law but it
    has a person's shape and is the subject of a verb of speech ('"...," [Lars Egeland] told
    Reuters', which the model reads as a title after the quotation marks); not where the text
    names a place or a facility so (`sites`: '"...," [Tower Bridge] said' after "at Tower Bridge"),
    which speaks through those who run it."""
    if ent.label_ in THING_LABELS and ent.text not in sites and _speaking_name(ent, places) == "PERSON":
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _initialled(ent: Span, people_initials: frozenset[str]) -> Span:
    """`ent` as a person where it is an acronym of three letters or more that are the initials of
    a person named in full ("Lyndon Baines Johnson" ... "[LBJ] said"), whatever the model typed it."""
    if ent.label_ in RETYPED_LABELS and len(ent.text) >= 3 and ent.text in people_initials and _acronym(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _organisation(
    ent: Span,
    places: set[str],
    place_names: PlaceTest | None,
    plural_noun: WordTest | None,
    people_initials: frozenset[str] = frozenset(),
) -> Span:
    """`ent` as an organisation where a rule of the module docstring makes it one; an acronym
    among `people_initials` (the initials of the people named in full) stays a person."""
    after_noun = ent.label_ in RETYPED_LABELS - {"ORG"} | {"PERSON"} and _after_an_organisation_noun(ent.doc, ent.start)
    if after_noun and not (ent.label_ == "PERSON" and len(ent) > 1 and _after_of(ent)):
        return Span(ent.doc, ent.start, ent.end, label="ORG")  # "the dockers' union [Portalia]"
    if ent.label_ == "LAW" and ent[-1].lower_ in ORGANISATION_HEADS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")  # "the Consumer [Authority]": no law
    if ent.label_ != "PERSON":
        return ent
    words = _words(ent)
    if (
        (_acronym(ent) and ent.text not in people_initials)
        or any(w.lower() in ORGANISATION_HEADS for w in words)
        or _a_body_of_a_place(words, places, place_names, plural_noun)
    ):
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    return ent


def _a_body_of_a_place(
    words: tuple[str, ...], places: set[str], place_names: PlaceTest | None, plural_noun: WordTest | None
) -> bool:
    """'Elections Manitoba', 'Statistics Norway': a plural common noun, then the name of a state or
    of a first-level division (the gazetteer's `divisions`, or a place the text names apart)."""
    if len(words) < 2 or plural_noun is None or not plural_noun(words[0].lower()):
        return False
    rest = " ".join(words[1:])
    divisions = getattr(place_names, "divisions", None)
    return rest in places or (divisions is not None and divisions(rest))


def _after_an_organisation_noun(doc: Doc, start: int) -> bool:
    """'the farmers' union [Agrovita]': a common noun for an organisation, in lower case and
    itself after an article, a possessive or another lower-case word, right before the name and
    hung on it (not "the organisation [Ann Reyes] founded", where the name starts a clause)."""
    if start < 2:
        return False
    noun, before = doc[start - 1], doc[start - 2]
    if noun.text not in ORGANISATION_NOUNS or not (
        before.text in _POSSESSIVES or before.text.islower() or before.lower_ in ARTICLES  # "The daily Le Monde"
        or (before.pos_ == "ADJ" and start >= 3 and doc[start - 3].lower_ in ARTICLES)  # "the Belgian side"
    ):
        return False
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    verb = name.head  # the name as the subject of a clause on the noun
    return not (name.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i == noun.i)


def _after_of(ent: Span) -> bool:
    """'the chairman of the liberal party [Ivan Petrov]': after "of", the name set beside the party
    is as often that of the person the whole phrase names."""
    doc = ent.doc
    for i in range(ent.start - 2, max(ent.start - 2 - PHRASE_WORDS, -1), -1):
        if doc[i].lower_ == "of":
            return True
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return False
    return False


def _acronym(ent: Span) -> bool:
    """One word in capitals, in a sentence written mostly in lower case (not a headline in capitals)."""
    text = ent.text
    if len(ent) != 1 or len(text) < 2 or not text.isalpha() or not text.isupper():
        return False
    lower = sum(1 for t in ent.sent if t.is_alpha and t.is_lower)
    return lower > sum(1 for t in ent.sent if t.is_alpha and t.is_upper)


def _missed_names(
    doc: Doc,
    covered: bytearray,
    surnames: frozenset[str],
    places: AbstractSet[str] = frozenset(),
    name_ends: AbstractSet[str] = frozenset(),
) -> list[Span]:
    """Capitalised names the model missed where the words around them type them: after a
    common noun for an organisation (ORG), or beside a relative, a post or an age (PERSON),
    the subject of a verb of speech, a force's word before a place (`places`: names of places
    the text has) or an acronym where a source works (see the module docstring).
    A capitalised word the tagger took for a common noun counts where it ends a name found
    elsewhere in the text (`surnames`: "Sorin Vladu" ... "Vladu, 59,"). The words are found
    on the parse arrays, without making a Python object of every token."""
    capitalised = _capitalised(doc, covered, surnames)
    runs = []
    for i in sorted(capitalised):
        if i - 1 in capitalised or (i > 0 and covered[i - 1]):
            continue  # only the first word of a name starts one
        end = i + 1
        while end in capitalised:
            end += 1
        if end < len(doc) and doc[end].pos_ == "PROPN":
            continue  # the name runs on into another one
        runs.append((i, end))
    # the last words of names of two words or more: a surname where it speaks alone ("Tuttle added")
    name_ends = set(name_ends) | {doc[end - 1].text for i, end in runs if end - i >= 2}
    found = []
    for i, end in runs:
        span = Span(doc, i, end)
        if _after_an_organisation_noun(doc, i):
            found.append(Span(doc, i, end, label="ORG"))
        elif _person_shape(span) and _beside_a_person_word(span):
            found.append(Span(doc, i, end, label="PERSON"))
        elif (label := _speaking_name(span, places, name_ends) or _organisation_name(span, places)) is not None:
            found.append(_without_titles(Span(doc, i, end, label=label)))
    return found


def _without_titles(name: Span) -> Span:
    """A person's name without the titles before it ("Detective [Richard Black]", "King [Birendra]")."""
    start = name.start
    while name.label_ == "PERSON" and start < name.end - 1 and name.doc[start].lower_ in NAME_TITLES:
        start += 1
    return Span(name.doc, start, name.end, label=name.label_) if start > name.start else name


def _speaking_name(
    span: Span, places: AbstractSet[str] = frozenset(), name_ends: AbstractSet[str] = frozenset()
) -> str | None:
    """The type of a name the model missed that is the subject of a verb of speech, on the verb's
    line: an acronym or a name with an organisation's head word is an organisation's, two to four
    capitalised words a person's, and so is one word among `name_ends` (the last words of longer
    names of the text: "Gajdos said"); one other word is left alone ("Police said")."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or not _running(span):
        return None
    doc = span.doc
    first, last = min(span.start, verb.i), max(span.end, verb.i)
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[first:last]):
        return None  # a dateline's place over the line that speaks ("BONN 1996-08-24 \n ... said")
    words = _words(span)
    if _acronym(span):
        return "ORG"
    if any(w.lower() in ORGANISATION_HEADS for w in words):
        listed = span.end < len(doc) and doc[span.end].lower_ in (",", "and", "&")
        return "ORG" if len(span) > 1 and not listed else None  # not "Public Service, Labour and ..."
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"  # "the Yedioth Ahronoth daily": no person
    named = [w for w in words if w.lower() not in NAME_TITLES]  # "Detective [Richard Black]", not "Chief" alone
    placed = any(w in places for w in words)  # "Bangladesh Speaker"
    surname = len(words) == 1 and words[0] in name_ends  # "Ian Tuttle" ... "Tuttle added"
    return "PERSON" if (len(words) >= 2 or surname) and named and not (after_the or placed) and _person_shape(span) else None


def _organisation_name(span: Span, places: AbstractSet[str]) -> str | None:
    """'Police Scotland': a force's word before a place the text names; 'analysts at ING': an
    acronym after "at" or "from" on a noun."""
    words = _words(span)
    if len(words) >= 2 and words[0].lower() in FORCE_WORDS and " ".join(words[1:]) in places and _running(span):
        return "ORG"
    preposition = span.root.head
    source = preposition.head  # "[analysts] at ING wrote": the subject of a verb of speech
    if (
        _acronym(span)
        and span.root.dep_ == "pobj"
        and preposition.lower_ in WORKPLACE_PREPOSITIONS
        and source.pos_ == "NOUN"
        and source.dep_ == "nsubj"
        and source.head.lemma_.lower() in SPEECH_VERBS
    ):
        return "ORG"
    return None


def _running(span: Span) -> bool:
    """In a sentence whose other words are mostly in lower case, not a headline in Title Case or
    capitals."""
    words = [t for t in span.sent if t.is_alpha and not span.start <= t.i < span.end]
    return sum(t.is_lower for t in words) > sum(not t.is_lower for t in words)


def _capitalised(doc: Doc, covered: bytearray, surnames: frozenset[str]) -> set[int]:
    """Indices of the words outside every entity that start with a capital and are letters (a
    hyphen allowed): proper nouns, and common nouns that are one of `surnames`."""
    text = text_of(doc)  # joined once per Doc: the stage has read it before
    propn, noun = doc.vocab.strings["PROPN"], doc.vocab.strings["NOUN"]
    found = set()
    for i, (pos, idx) in enumerate(doc.to_array([POS, IDX]).tolist()):
        if pos in (propn, noun) and not covered[i] and text[idx].isupper():
            word = doc[i].text
            if (pos == propn or word in surnames) and word.replace("-", "").isalpha():
                found.add(i)
    return found


def _person_shape(ent: Span) -> bool:
    """One to four capitalised words (a particle between or before them: "de Vries"), none of
    them an organisation's head word, and no article."""
    words = _words(ent)
    return 0 < len(words) <= 4 and words[0] != "The" and words[-1] not in PARTICLES and not (
        len(words) >= 2 and words[0].lower() in CAMPAIGN_VERBS  # "Stop Whitlow": a campaign
    ) and all(
        w in PARTICLES
        or (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w.lower() not in ORGANISATION_HEADS)
        for w in words
    ) and not any(w.isupper() and len(w) > 1 for w in words)


def _words(ent: Span) -> tuple[str, ...]:
    return tuple(t.text for t in ent if t.text not in _POSSESSIVES)


def _beside_a_person_word(ent: Span, place_names: PlaceTest | None = None) -> bool:
    """The possessor of a relative, a name set beside a relative or a post, or given an age. A
    name the gazetteer knows as a place stands beside a post only where the parse hung it wrongly
    ("the governor of the largest state, California"), and beside a relative too after a
    preposition ("raised in Chile, the daughter of"); a person's name may be a town's ("his wife, Elena")."""
    root = ent.root
    head = root.head
    if root.dep_ == "poss" and head.lemma_.lower() in KIN:
        return True
    beside = [head] if root.dep_ == "appos" and head.pos_ == "NOUN" else []
    beside += [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]  # "Ilinca, his granddaughter"
    nouns = {t.lemma_.lower() for t in beside} & (KIN | ROLES)
    if nouns and place_names is not None and place_names(ent.text):
        after_a_preposition = ent.start > 0 and ent.doc[ent.start - 1].pos_ == "ADP"
        nouns = set() if after_a_preposition else nouns & KIN
    if nouns:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.dep_ == "compound" and ent.start <= before.head.i < ent.end and (
        before.is_lower and before.lemma_ in POST_NOUNS
    ):
        return True  # "Fox News [host] Sean Hannity", "campaign [spokesman] Ana Ruiz", "[hurdler] Ana Ruiz"
    for child in root.rights:
        if child.dep_ != "appos":
            continue
        if _age(child):
            return True  # "Voinea, 71,"
    return False


def _age(token: Token) -> bool:
    """A bare number set off by commas right after the name: "Voinea, 71, says"."""
    doc = token.doc
    if not token.text.isdigit() or not 0 < int(token.text) < MAX_AGE:
        return False
    return doc[token.i - 1].text == "," and token.i + 1 < len(doc) and doc[token.i + 1].text == ","


@dataclass(frozen=True, slots=True)
class PluralNouns:
    """Whether a lower-case word is the plural of a common noun the lemmatizer's tables know
    ("elections" -> "election"): a plain value, so a pipeline holding it pickles."""

    nouns: frozenset[str]
    rules: tuple[tuple[str, str], ...]  # (plural ending, singular ending)

    def __call__(self, word: str) -> bool:
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in self.nouns for old, new in self.rules)


def plural_noun_test(lookups: Lookups | None) -> WordTest | None:
    """`PluralNouns` over the lemmatizer's tables; None without them."""
    if lookups is None or not (lookups.has_table("lemma_index") and lookups.has_table("lemma_rules")):
        return None
    nouns = frozenset(lookups.get_table("lemma_index").get("noun", ()))
    rules = tuple((old, new) for old, new in lookups.get_table("lemma_rules").get("noun", ()) if old)
    return PluralNouns(nouns, rules) if nouns and rules else None
