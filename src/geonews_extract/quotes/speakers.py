"""Who is speaking: the speaker's words in the text, and the entity they stand for.

The speaker phrase is the subject's head with what comes before it ("US officials",
"human rights monitors", but not a focus particle before a name: "Even [Reyes]") and the phrases after it that say whose it is ("a spokesman for
the Taliban", "The US and Britain"), with a party label in parentheses right after it
("Rep. Ann Reyes (D-Ohio)"); relative clauses, participles and other appositions are
left out ("US officials, concerned about ...,"). Resolution, in order:

1. a subject pronoun ("he", "it") -> the most recent entity of a type it can stand for,
   preferring earlier speakers and subjects; a person's office or campaign that spoke
   ("Drury's office said ... It called") is that person for "it";
2. a named entity at the head or in a modifier before it ("US officials") -> that entity,
   but not a person's possessive ("Brandt's father"); an untagged surname alone (or one the
   tagger took for a pronoun) -> the one person named in full with it ("Maddow" after "Rachel Maddow");
3. a text that speaks for its author ("the statement continued") -> the one who issued it
   ("Reyes's statement", "[X] issued a statement"), or of the latest earlier text of that kind
   ("X said in a statement"), else the previous speaker (where that one named no one and the text
   is new to the story, the latest organisation named: "inspectors said ... The report said");
4. a generic source ("critics", "residents of Kabul") -> no entity (null), unless an organisation
   after "at" or "from" says whom it works for ("analysts at Erste Group"), or it is definite and
   the latest earlier speaker with its noun had one ("Analysts at X wrote ... the analysts added");
5. a named entity in an apposition or the head's own prepositional object ("the governor,
   Ahmad Shah", "officials in the Kurdistan Regional Government", not "lawyers for the family
   in Miami", nor names joined with others: "the leaders of Spain and Portugal"; a person
   beside a role comes before the state or firm in it: "Norway's minister, Karin Holm"), else the person whose possessive is on a noun that speaks for them ("Reyes's
   campaign", "Brandt's spokeswoman", "Reyes's campaign manager"; data: sources.json
   'representing'), or the one a possessive pronoun on it stands for ("Her campaign" as "she", a
   person of its own sentence first); "A spokesman" alone, naming no one, speaks for the organisation the story
   last had as a subject or speaker;
6. a body of a state or an organisation that its own words describe and that names no entity
   ("the department of fisheries in Lagos", "the health ministry", "police in Lyon"; data:
   sources.json 'bodies') -> the entity the text named with those words ("the Ministry of
   Fisheries"; or with the words before the noun alone: "the elections agency" ~ "Elections
   Manitoba"), else that unnamed body, a new organisation whose one mention is the phrase
   without its article; the place in its phrase is where it sits, never who speaks;
7. a definite phrase ("the group", "the ministry", "the official") -> the earlier speaker
   with the same noun ("a law enforcement official said ... the official added"), else the
   entity whose name holds the noun, else the most recent entity of a compatible type that
   was a subject or a speaker (never one person for a plural: "these officials");
8. a definite description that found no one -> the name the next sentence gives as the subject of
   the same verb of speech ("..., the plant's operator said. Norvik Energy said ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import accumulate

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.tokens import Doc, Span, Token

from ..annotations import EntityRecord, MentionRecord, entities_of, entity_at, local_entity
from ..layout import headlines_of
from ..resolution.people import FullNames, name_words, without_particle
from .lexicon import Lexicon
from .marks import QuoteMarks
from .syntax import (
    PLACE_TYPES,
    RELATIVE_PRONOUNS,
    SENTENCE_END,
    carrying_text,
    chars,
    dateline_tokens,
    hyphened_word,
    is_timestamp,
    misread_finite_subject,
    same_paragraph,
    speaks_through,
    subject_of,
)

LEFT_DEPS = frozenset({"det", "predet", "compound", "amod", "nmod", "poss", "nummod", "quantmod", "case", "advmod"})
RIGHT_DEPS = frozenset({"prep", "conj", "cc", "case", "compound"})
#: Heads whose adverb before them is a focus particle, not part of the phrase ("Even Reyes",
#: "Only those"); on a common noun it may be ("nearly half of voters").
FOCUSED_TAGS = frozenset({"NNP", "NNPS", "PRP", "DT"})
#: Modifiers before the head that name whose the speaker is ("US officials", "Israel's military").
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Modifiers before a name that give the person's title ("defense lawyer Maria Lopez").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # a name the tagger found
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
#: Prepositions that name who issued a text ("a statement from the ministry", "a report by the bank").
AUTHOR_PREPOSITIONS = frozenset({"from", "by"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Prepositions whose organisation object says whom a generic source works for ("analysts at X").
EMPLOYER_PREPOSITIONS = frozenset({"at", "from"})
#: Prepositions whose place object says where a body sits ("police in Lyon"), not who it is.
LOCATIVE_PREPOSITIONS = frozenset({"in", "at"})
#: Modifiers before a body's noun that belong to its description ("the local health ministry").
DESCRIBING_DEPS = frozenset({"compound", "amod", "nmod"})
#: How far after a dateline's place its agency credit may start ("BAMAKO, Mali (AP)").
DATELINE_CREDIT_CHARS = 40
#: Units of an age phrase that stands for a person ("the 24-year-old", "the six-month-old").
AGE_UNITS = frozenset({"year", "month"})
PERSON = frozenset({"PERSON"})
ORGANISATIONS = frozenset({"ORG"})
#: Nouns for one who speaks for an organisation: "a spokesman" alone speaks for the one just spoken of.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Possessive pronouns and the subject pronoun each stands for as well ("his campaign" ~ "he").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it"}
#: A speaker's pronoun, whose finding no one says nothing of whom the story named ("she said ... the statement said").
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
#: Entity types that never stand for a person named beside a role ("the mayor of [Bergen]").
NO_PERSON_TYPES = frozenset({"GPE", "LOC", "NORP"})
#: Clauses whose subject is the topic a later "he" or "the group" most likely refers back to; a
#: complement clause too, where it comes before the verb the parse hung it on ("Reyes fired back:
#: '...,' she wrote"), not where it is what a verb before it reports ("Shaw told the court that
#: [Hale] had lied. '...,' she said": Shaw, not Hale).
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})


def speaker_tokens(head: Token) -> list[Token]:
    """The speaker phrase around its head token (see the module docstring)."""
    doc = head.doc
    start = end = head.i
    for piece in hyphened_word(head):  # "Her [co-author]": the parse split the word, "Her" on "co"
        start = min(start, piece.i)
        for child in piece.lefts:
            if child.dep_ in LEFT_DEPS and not (child.dep_ == "advmod" and head.tag_ in FOCUSED_TAGS):
                start = min(start, child.left_edge.i)
    # a past verb the parse hung on the speaker ("minister, Joanna Kruk, [called] him ... and said") ends it
    verb = next((c.i for c in head.rights if c.dep_ == "acl" and getattr(misread_finite_subject(c), "i", None) == head.i),
                len(doc))
    for child in head.rights:
        if child.i >= verb:
            break
        if child.dep_ == "prep":
            end = max(end, _before_aside(child))
        elif child.dep_ in RIGHT_DEPS:
            end = max(end, _before_relative_clause(child) if child.dep_ == "conj" else child.right_edge.i)
    named = _misread_role(head)
    if named is not None:  # "[commuter] Anita Rao" read as a verb and its object: the name is in the phrase
        end = max(end, named.right_edge.i)
    closing = _parenthesis_after(head, end)
    dateline = dateline_tokens(doc)  # "AMSTERDAM - [Brightwater Foods]": the place says where the story was filed
    start = max([start, *(i + 1 for i in dateline if start <= i < head.i)])
    start = max([start, *(t.i + 1 for t in doc[start : head.i] if is_timestamp(t))])  # "[15:10] The co-leader says"
    tokens = same_paragraph(list(doc[start : closing + 1]), head)
    if closing > end and tokens[-1].i == closing - 1:  # the closing parenthesis, trimmed as punctuation
        tokens.append(doc[closing])
    return tokens


def _misread_role(head: Token) -> Token | None:
    """The name right after a subject the tagger read as a verb: a verb is no subject, so "commuter
    Anita Rao", parsed as a verb and its object, is a role noun and the name it stands before."""
    if head.pos_ != "VERB" or head.dep_ not in SUBJECT_DEPS:
        return None
    return next((c for c in head.rights if c.dep_ == "dobj" and c.left_edge.i == head.i + 1 and c.pos_ == "PROPN"), None)


def _before_aside(preposition: Token) -> int:
    """The last token of a prepositional phrase before an apposition or a relative clause set off by
    a comma inside it ("the mayor of Bergen[, Rune Vik]", "Alan Reed of King's College[, who led
    the work]"): the name beside the role and the clause on it are no part of the speaker's words."""
    doc = preposition.doc
    last = preposition.right_edge.i
    for token in preposition.subtree:
        start = token.left_edge.i
        if token.dep_ in ("appos", "relcl") and start > preposition.i + 1 and doc[start - 1].text == ",":
            last = min(last, start - 2)
    while last > preposition.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last


def _before_relative_clause(conjunct: Token) -> int:
    """The last token of a joined name before a relative clause set off by a comma on it ("Ann Wu
    and [Bo Chen], who run the farm,"): the clause describes the speakers, as it does after one."""
    doc = conjunct.doc
    for child in conjunct.rights:
        start = child.left_edge.i
        if child.dep_ == "relcl" and start > conjunct.i and doc[start - 1].text == ",":
            last = start - 2
            while last > conjunct.i and (doc[last].is_punct or doc[last].is_space):
                last -= 1
            return last
    return conjunct.right_edge.i


def _age_phrase(head: Token) -> bool:
    """'the 24-year-old': 'old' with its unit of age before it."""
    return head.lower_ == "old" and any(c.lemma_.lower() in AGE_UNITS for c in head.lefts)


def _through_relative_pronoun(tokens: list[Token], head: Token, at: int) -> list[Token]:
    """The phrase run on to the relative pronoun that is the cue's subject ("Barkley, who" said):
    the pronoun is the source in the annotation convention of attribution corpora (PolNeAR), and
    the words before it say whom it stands for."""
    doc = head.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return tokens
    verb = span[0]
    for _ in range(3):  # "who said A and added B": the subject of the first verb
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None)
        if pronoun is not None:
            break
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return tokens
        verb = verb.head
    if pronoun is None or verb.dep_ != "relcl" or verb.head.i != head.i or pronoun.i <= tokens[-1].i:
        return tokens
    extended = same_paragraph(list(doc[tokens[0].i : pronoun.i + 1]), head)
    return extended if extended[-1].i == pronoun.i else tokens


def _parenthesis_after(head: Token, end: int) -> int:
    """The end of an apposition in parentheses right after the phrase, a party and state
    ("Rep. Ann Reyes (D-Ohio)"), else `end`."""
    doc = head.doc
    opening = end + 1
    if opening >= len(doc) or doc[opening].text != "(":
        return end
    for child in head.rights:
        closing = child.right_edge.i + 1
        if (child.dep_ == "appos" and child.left_edge.i in (opening, opening + 1)  # "(" in it or not
                and closing < len(doc) and doc[closing].text == ")"):
            return closing
    return end


@dataclass(frozen=True, slots=True)
class Resolved:
    span: tuple[int, int]
    entity: EntityRecord | None
    channel: tuple[int, int] | None = None  # the text the speaker issued ("A statement from X")


@dataclass(frozen=True, slots=True)
class _Referent:
    start: int
    entity: EntityRecord
    salient: bool  # a subject or a speaker
    adjective: bool = False  # a nationality adjective ("Nigerian officials")
    person: bool = False  # typed otherwise, but named beside a person's role (see `_role_people`)
    office: bool = False  # a person's office or campaign that spoke for them ("Drury's office said")
    collective: bool = False  # typed otherwise, but a body by its verb's plural (see `_collectives`)

    def fits(self, types: frozenset[str] | None) -> bool:
        """A nationality adjective stands for a state ("the army"), never for a group; a person's
        office stands for "it" and "the office" as well as for "he" or "she"."""
        if not types:
            return True
        if self.office and {"ORG", "GPE"} <= types:
            return True
        if self.collective and "ORG" in types:  # "Kestrel City have signed ... the club said"
            return True
        if self.person:
            return "PERSON" in types
        return "GPE" in types if self.adjective else self.entity.type in types


class Resolver:
    """Resolves speakers in text order, remembering who spoke before."""

    def __init__(self, doc: Doc, lexicon: Lexicon, marks: QuoteMarks) -> None:
        self.doc = doc
        self.text = marks.text
        self.lexicon = lexicon
        self.entities = entities_of(doc)  # decoded once: every look-up below reads this list
        #: Speaker phrases by head index: a main clause's subject is read again when it speaks.
        self._phrases: dict[int, list[Token]] = {}
        self._subjects = _main_clause_subjects(doc)  # read twice: for salience and for plural subjects
        #: Entities the tagger typed as no person that a person's role introduces ("Councillor Ann Hale").
        self.role_people = _role_people(doc, self.entities, lexicon.person_nouns, lexicon.honorifics)
        self.referents = _mentions_outside_quotes(
            doc, marks, self.entities, self._subjects, self._speaker_tokens, self.role_people
        )
        #: An organisation's name of several words that the tagger missed at one place but tagged at
        #: another ("The [Boreal Air] flight ... the airline said"): a mention there all the same.
        untagged = _untagged_org_mentions(self.text, self.entities)
        if untagged:  # most texts have none: the subjects' phrases are not read again
            self.referents += [
                replace(r, entity=next(e for e in self.entities if e.id == r.entity.id))
                for r in _mentions_outside_quotes(doc, marks, untagged, self._subjects, self._speaker_tokens)
            ]
        #: A surname the tagger typed as no person after the person was named in full ("Victor
        #: Mendes" ... "Mendes did not concede"): that person, for the speaker and for "he" after it.
        self.surnames = _surnames(self.text, self.entities)
        #: A given name alone, untagged, after the person was named in full ("Aoife Byrne" ... "Aoife said").
        self.given_names = _given_names(self.text, self.entities)
        self.referents = [self._as_person(r) for r in self.referents] + self._untagged_people()
        #: Names typed as no organisation whose verb agrees in the plural ("Kestrel City have signed"): bodies.
        self.collectives = _collectives(doc, self.entities)
        if self.collectives:
            self.referents = [replace(r, collective=r.entity.id in self.collectives) for r in self.referents]
        self.speakers: list[tuple[int, EntityRecord | None, str]] = []  # (cue, entity, head noun)
        self.plural_speakers: list[tuple[int, EntityRecord | None]] = []  # "officials", "the rebels"
        self._tokens_by_lemma: dict[str, list[Token]] | None = None  # built on first need
        self._titles: dict[str, list[tuple[int, EntityRecord]]] | None = None  # noun -> people it introduced
        self._plurals: list[Token] | None = None
        self._kinds_beside: list[tuple[int, EntityRecord, frozenset[str]]] | None = None  # see `_possessed_kind`
        #: Unnamed bodies the speakers described ("the department of fisheries"), new entities
        #: that the caller adds to the document's; keyed by their words, lower case.
        self.bodies: dict[str, EntityRecord] = {}

    def resolve(self, head: Token, at: int) -> Resolved:
        """Resolve the speaker whose head is `head`, for a cue at character `at`."""
        channel = None
        text, author = head, self._author_phrase(head)
        if author is None:
            text, author = carrying_text(head), self._issuing_subject(head)
        if author is not None:  # "A statement from the minister's office", "X issued a statement saying": X speaks
            channel = chars(same_paragraph(list(self.doc[text.left_edge.i : text.i + 1]), text))
            head = author
        tokens = self._speaker_tokens(head)
        entity = self._entity(head, min(at, tokens[0].idx))
        if entity is None:  # "..., the mine's owner said. The Carrow Mining Group said ...": named next
            entity = self._named_next(head)
        tokens = _through_relative_pronoun(tokens, head, at)
        self.speakers.append((at, entity, head.lemma_.lower()))
        if head.tag_ in ("NNS", "NNPS"):
            self.plural_speakers.append((at, entity))
        if entity is not None:
            adjective = entity_at(self.doc, head.idx, head.idx + len(head)) is not entity
            # a person spoken of by a role stands for the state or firm of the role ("Norway's
            # minister" -> Norway), and a later "he" for the same person, not for the state itself
            person = entity.id in self.role_people or (
                head.tag_ == "NN" and head.lemma_.lower() in self.lexicon.person_nouns
            )
            # "Drury's office said ... It called": the office speaks for the person a later "it" is
            office = entity.type == "PERSON" and head.tag_ == "NN" and not person and (
                head.lemma_.lower() in self.lexicon.representing
            )
            self.referents.append(_Referent(at, entity, True, adjective and entity.type == "NORP", person, office,
                                            entity.id in self.collectives))
        return Resolved(chars(tokens), entity, channel)

    def _named_next(self, head: Token) -> EntityRecord | None:
        """The name the next sentence gives a definite description that spoke with nothing to refer
        back to: "Three workers were hurt ..., the plant's operator said. Norvik Energy said the fire
        ..." is Norvik Energy, a lead's description that the story names as it goes on. The next
        sentence's main verb is the description's own verb of speech ("said" ... "said"), its subject
        a name of a type the noun can stand for; a person's role is left to name a person."""
        noun = head.lemma_.lower()
        verb = head.head
        if head.tag_ != "NN" or head.dep_ != "nsubj" or verb.i == head.i or not self._described_definite(head):
            return None
        if noun in self.lexicon.generic or noun in self.lexicon.documents or noun in self.lexicon.studies:
            return None
        types = self.lexicon.definite.get(noun)
        following = next((t for t in self.doc[head.sent.end :] if not t.is_space), None)
        if following is None:
            return None
        root = following.sent.root
        if root.lemma_.lower() != verb.lemma_.lower():
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        entity = self._named([subject])
        if entity is None or entity.type not in (types or {"ORG", "PERSON"}):
            return None
        return entity

    def _described_definite(self, head: Token) -> bool:
        """A definite description: "the operator", or a noun a definite possessive owns ("the plant's
        operator")."""
        for child in head.lefts:
            if child.dep_ in ("det", "predet") and child.lower_ in DEFINITE:
                return True
            if child.dep_ == "poss" and child.pos_ == "NOUN" and _with_definite_article(child):
                return True
        return False

    def _owned_by_a_thing(self, head: Token) -> bool:
        """Whether the head has a definite possessive that is a common noun naming no organisation and
        no entity ("[the plant's] operator", "[the mine's] owner"): a definite description of its own."""
        for child in head.lefts:
            if child.dep_ == "poss" and child.tag_ == "NN" and _with_definite_article(child):
                lemma = child.lemma_.lower()
                return lemma not in self.lexicon.definite and lemma not in self.lexicon.bodies and (
                    self._named([child]) is None
                )
        return False

    def _speaker_tokens(self, head: Token) -> list[Token]:
        """`speaker_tokens(head)`, built once per head (callers never change the list)."""
        tokens = self._phrases.get(head.i)
        if tokens is None:
            tokens = self._phrases[head.i] = speaker_tokens(head)
        return tokens

    def _author_phrase(self, head: Token) -> Token | None:
        """Who issued a text that speaks: "a statement from [the office]", "a report by [the bank]"."""
        noun = head.lemma_.lower()
        if noun in self.lexicon.documents:
            prepositions = AUTHOR_PREPOSITIONS
        elif noun in self.lexicon.generic:
            prepositions = frozenset({"by"})  # "a study by the bank", never "residents from the town"
        else:
            return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in prepositions:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _issuing_subject(self, head: Token) -> Token | None:
        """Who issued a text that is the object of their verb and speaks through a participle or
        a relative clause on it: "[the Taliban] issued a statement saying", "[the ministry] put out
        a release calling", "[the senator] released a video that accuses"."""
        if not any(speaks_through(c) for c in head.rights):
            return None
        head = carrying_text(head)  # "sent [an email] to members stating": the email speaks
        if head.dep_ != "dobj" or head.lemma_.lower() not in self.lexicon.documents:
            return None
        verb = head.head
        return subject_of(verb) if verb.i != head.i and verb.pos_ in ("VERB", "AUX") else None

    def repeat(self, at: int, entity_id: str | None) -> None:
        """Record a speaker carried over from an earlier quote, by the id of its entity."""
        self.speakers.append((at, next((e for e in self.entities if e.id == entity_id), None), ""))

    def _entity(self, head: Token, before: int) -> EntityRecord | None:
        """The speaker's entity; an antecedent must come before `before`."""
        lexicon = self.lexicon
        word = head.lower_
        # a name the tagger took for a pronoun ("O'Malley") is read as the name it is
        if (head.pos_ == "PRON" and self._named([head]) is None) or word in lexicon.pronouns:
            types = lexicon.pronouns.get(word)
            if not types:
                return None
            if word == "they":  # a plural speaker or subject before ("Forecasters expect ... they added")
                plural = [(start, entity) for start, entity in self.plural_speakers if start < before]
                plural += [(t.idx, self._plural_entity(t)) for t in self._plural_subjects() if t.idx < before]
                latest = self._latest(types, before, salient=True) or self._latest(types, before)
                if plural:
                    start, entity = max(plural, key=lambda item: item[0])
                    if latest is None or start > latest.start:
                        return entity
            return self._recent(types, before)
        misread = _misread_role(head)
        named = self._named([misread]) if misread is not None else None
        named = named or self._named([head]) or self._titled(head) or self._apposed_person(head) or self._apposed_body(head)
        named = named or self._owner(head) or self._named(_called(head))
        if named is not None:
            return named
        short = self._short_name(head, before) or self._untagged_surname(head, before)
        if short is not None:  # "Calder said" after "Calder Foods", "Maddow said" after "Rachel Maddow"
            return short
        noun = head.lemma_.lower()
        definite = any(c.lower_ in DEFINITE for c in head.lefts if c.dep_ in ("det", "predet"))
        untagged = self._untagged_name(head) if definite else None
        if untagged is not None:  # "The Fair Fares Alliance": a name, not "the alliance" named before
            return untagged
        if head.tag_ in ("NNS", "NNPS") and _counted(head):  # "the two banks said": several, no one of them
            return None
        if definite and _age_phrase(head):  # "The 24-year-old said": the person the text was about
            return self._recent(PERSON, before)
        if noun in lexicon.documents or noun in lexicon.generic:
            # "The report, written by Dr. Ann Shaw, estimates" after "a report by the Bogland Trust": that report
            published = (self._text_named_before(head, noun, before) if definite else None) or self._publisher(head)
            if published is not None:
                return published
        if noun in lexicon.documents or word in lexicon.documents:
            if head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.lefts):
                # "Local reports said": texts no one named issued, not the previous speaker's
                return self._issuer(head)  # no possessive, so no one they speak for
            if any(c.dep_ == "amod" and c.lower_ in JOINT for c in head.lefts):
                # "according to a joint statement": the text of several, none of whom speaks alone
                return self._issuer(head)
            found = (
                self._represented(head, before)
                or self._definite_owner(head, before)
                or self._issuer(head)
                or self._earlier_issuer(noun, before)
            )
            if found is None and any(start < before for start, _, _ in self.speakers):
                # "The family said in a statement ... the statement said": the previous speaker's;
                # where they named no one ("inspectors said ... The report said"), a definite text is
                # a text the story names for the first time is the latest organisation's the story
                # named ("the lowest of Carewatch's grades"); a pronoun that found no one is no such
                # speaker, and a text named before is theirs ("The family said in a statement")
                last = [(entity, lemma) for start, entity, lemma in self.speakers if start < before][-1]
                if last[0] is None and last[1] and last[1] not in PERSONAL_PRONOUNS and definite and (
                    head.tag_ == "NN" and not self._named_before(noun, head.idx)
                ):
                    return self._recent(ORGANISATIONS, before)
                return last[0]
            return found or self._recent(None, before, salient_only=True)
        if definite and (_common_singular(head) or (_role_noun(head, lexicon.person_nouns) and _of_phrase(head))):
            # "the lawyer" -> the person introduced as the lawyer; "the Bishop of Carrow" too
            introduced = self._introduced(noun, before)
            if introduced is not None:
                return introduced
        possessor = self._possessor(head, before)
        if possessor is not None:  # "the minister's office" -> the minister
            return possessor
        anaphor = definite and (noun in lexicon.definite or word in lexicon.definite)
        if not anaphor and self._owned_by_a_thing(head):  # "the plant's operator": an organisation named before
            kinds = lexicon.definite.get(noun)
            anaphor = kinds is not None and not kinds & {"PERSON", "GPE"}
        if definite and not anaphor and noun in lexicon.representing:  # "Brook's campaign said ... the campaign added"
            owners = [entity for start, entity, lemma in self.speakers if start < before and lemma == noun]
            if owners and owners[-1] is not None:
                return owners[-1]
        if definite and noun in lexicon.studies:  # "the poll" after "the survey by Atlantic Opinion Research"
            named = self._named(_named_after(head)) or self._publisher(head)
            earlier = [entity for start, entity, lemma in self.speakers
                       if start < before and lemma in lexicon.studies and entity is not None]
            if named is not None or earlier:
                return named or earlier[-1]
        if not anaphor and (noun in lexicon.generic or word in lexicon.generic):
            # "Reyes's supporters": a generic source that speaks for the one whose possessive it has
            employer = self._employer(head) or self._represented(head, before)
            if employer is None and definite:  # "Analysts at ING wrote ... the analysts added": the same ones
                same = [entity for start, entity, lemma in self.speakers if start < before and lemma == noun]
                return same[-1] if same else None
            return employer
        if noun in lexicon.bodies or word in lexicon.bodies:
            body = self._body(head, before)
            if body is None and _bare(head):  # "Police said" after "Greater Manchester Police" was named
                body = self._named_with({word}, word, before)
            if body is not None:
                return body
        named = self._named(_named_after(head)) or self._represented(head, before) or self._definite_owner(head, before)
        named = named or self._possessed_kind(head, before)
        if named is None and noun in SPOKESPEOPLE:
            # "A spokeswoman for the agency": whom "the agency" would be as a speaker
            named = self._for_definite(head, before)
        if named is None and noun in SPOKESPEOPLE and _bare_indefinite(head):
            # "The Harbour Board said ... A spokesman added": a spokesman of the organisation just spoken of
            latest = self._latest(ORGANISATIONS, before, salient=True)
            since = latest.start if latest is not None else -1
            return self._definite_subject(since, before) or (latest.entity if latest is not None else None)
        body_noun = _body_compound(head, self.lexicon.bodies) if named is None and noun in SPOKESPEOPLE else None
        if body_noun is not None:
            # "A force spokesman" after "Westshire Police": the body named before whose name holds the
            # noun, else the organisation just spoken of
            latest = self._latest(ORGANISATIONS, before, salient=True)
            return self._named_with({body_noun}, body_noun, before) or (latest.entity if latest is not None else None)
        kind_noun = _org_compound(head, lexicon.definite) if named is None and noun in SPOKESPEOPLE else None
        if kind_noun is not None:
            # "A company spokesperson", "a club spokeswoman": a spokesperson of the organisation "the
            # company" would be
            types = lexicon.definite[kind_noun]
            found = self._by_name(kind_noun, types, before) or self._recent(types, before, salient_only=True)
            latest = self._latest(types, before) if found is None else None
            return found or (latest.entity if latest is not None else None)
        if named is None and head.tag_ == "NN" and (definite or self._owned_by_a_thing(head)):
            # "Carrow Mining Group, the mine's owner, said ... The mine's owner said": the name it was set beside
            beside = self._set_beside_before({noun}, before)
            if beside is not None:
                return beside
        if named is not None or not anaphor:
            return named
        # of the same number: "the group" after "aid groups say" is no one of them
        plural_at = {start for start, _ in self.plural_speakers}
        same_noun = [entity for start, entity, lemma in self.speakers if start < before and lemma == noun
                     and (start in plural_at) == (head.tag_ in ("NNS", "NNPS"))]
        if same_noun:
            return same_noun[-1]
        types = lexicon.definite.get(noun) or lexicon.definite.get(word)
        if head.tag_ in ("NNS", "NNPS") and types == {"PERSON"}:
            return None
        found = self._by_name(noun, types, before) or self._recent_of_kind(noun, types, before)
        if found is None and types is not None and "PERSON" not in types and "GPE" not in types:
            # "the company" where no organisation was a subject or speaker: the latest one named
            found = self._recent_of_kind(noun, types, before, salient=False)
        return found

    def _recent_of_kind(
        self, noun: str, types: frozenset[str] | None, before: int, salient: bool = True
    ) -> EntityRecord | None:
        """The latest compatible (salient) referent that "the <noun>" can describe: not one the text
        introduced as another kind of organisation ("the company" is not "The Miners' Alliance" nor
        "the Miners' Solidarity union"; see `_kind_of`)."""
        fitting = [r for r in self.referents if r.start < before and (r.salient or not salient) and r.fits(types)]
        for referent in sorted(fitting, key=lambda r: r.start, reverse=True):
            if types and "GPE" in types:  # "the army", "the ministry": a state's, whatever it was named
                return referent.entity
            kind = self._kind_of(referent)
            if kind is None or kind == noun or kind in self.lexicon.kinds.get(noun, ()):
                return referent.entity
        return None

    def _kind_of(self, referent: _Referent) -> str | None:
        """The organisation noun the text introduced an organisation with: the last word of its
        name ("Miners' [Alliance]", "State Mining [Authority]") or the noun right after it ("the
        Miners' Solidarity [union]"), one of the `definite` nouns that stand for no person."""
        if referent.entity.type != "ORG":
            return None
        mentions = [m for m in referent.entity.mentions if m.start == referent.start] or referent.entity.mentions
        span = self.doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand")
        if span is None:
            return None
        words = [span[-1]]
        if span.end < len(self.doc) and self.doc[span.end].pos_ == "NOUN":
            words.append(self.doc[span.end])
        for word in reversed(words):
            lemma = word.lemma_.lower()
            types = self.lexicon.definite.get(lemma)
            if types and "ORG" in types and "PERSON" not in types:
                return lemma
        return None

    def _definite_subject(self, since: int, before: int) -> EntityRecord | None:
        """The organisation the latest main clause's subject between `since` and `before` refers back to
        where it is a definite noun of an organisation's kind that did not speak ("The company rejected
        that. A spokeswoman said": the company, not the union that spoke before)."""
        for i in reversed(self._subjects):
            subject = self.doc[i]
            if subject.idx >= before:
                continue
            if subject.idx <= since:
                return None
            types = self.lexicon.definite.get(subject.lemma_.lower())
            if subject.tag_ == "NN" and types and "ORG" in types and "PERSON" not in types and _with_definite_article(subject):
                return self._entity(subject, subject.idx)
        return None

    def _for_definite(self, head: Token, before: int) -> EntityRecord | None:
        """Whom a spokesperson speaks for where they are one "for" a definite noun that refers back
        ("a spokeswoman for the agency" after "The state weather agency, Meteora, warned"): the one
        that noun would be as a speaker."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "for":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.tag_ == "NN" and _with_definite_article(pobj) and pobj.lemma_.lower() in self.lexicon.definite:
                        return self._entity(pobj, before)
        return None

    def _employer(self, head: Token) -> EntityRecord | None:
        """The organisation a generic source works at or belongs to: "analysts at [Erste Group]",
        "researchers from [the University of Leeds]"; a place there says where they are, never who
        speaks ("residents of Kabul"), and "of" names what they are of as often ("reporters of Reuters"
        stays generic where "reporter" is one)."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in EMPLOYER_PREPOSITIONS:
                for pobj in (c for c in child.children if c.dep_ == "pobj" and not _coordinated(c)):
                    entity = self._named([pobj])
                    if entity is not None and entity.type == "ORG":
                        return entity
        return None

    def _body(self, head: Token, before: int) -> EntityRecord | None:
        """The body the speaker's own words describe, when they name no entity: a noun before
        the head or after "of" ("the health ministry", "the ministry of health"), or a place
        after "in" or "at" ("police in Lyon"), which says where the body sits; see `_described`."""
        described = _described(head)
        if described is None:
            return None
        words, locative = described
        place = self._named([locative]) if locative is not None else None
        if place is not None and place.type not in PLACE_TYPES:
            return None  # "the office at the Acme Corporation": the company speaks
        if any(self._named([t]) for t in words) or not (words or place is not None):
            return None  # "the ministry of Defence": it has a name; "police at the scene": no description
        first = min([head.i, *(t.left_edge.i for t in head.lefts if t.dep_ in DESCRIBING_DEPS)])
        last = max([head.i, *(t.right_edge.i for t in words if t.i > head.i)])
        if place is not None and locative is not None:
            last = max(last, locative.right_edge.i)
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        key = self._body_key(start, end)
        if key in self.bodies:
            return self.bodies[key]
        names = {head.lower_, head.lemma_.lower(), *(t.lower_ for t in words)}
        if not words and place is not None:  # "police in Lyon" ~ "the Lyon Police"
            names |= set(place.name.lower().split())
        named = self._named_with(names, head.lower_, before) or self._named_with(
            {t.lower_ for t in words if t.i < head.i}, None, before
        )
        if named is not None:
            return named
        return self._new_body(start, end, place, locative)

    def _untagged_name(self, head: Token) -> EntityRecord | None:
        """An organisation's name the tagger missed, headed by a noun that else refers back to one
        ("The [Fair Fares Alliance]", "the [Harbour Watch Group]"): the head and the words before it
        capitalised, none of them an entity; a state's noun also in lower case after a name the
        tagger missed ("The Manx government"). A body ("the Health Ministry") is left to `_body`."""
        noun = head.lemma_.lower()
        if noun in self.lexicon.bodies or noun not in self.lexicon.definite or "PERSON" in self.lexicon.definite[noun]:
            return None
        if not head.text[:1].isupper() and "GPE" not in self.lexicon.definite[noun]:
            return None  # a state's noun is written in lower case after its name: "the Manx government"
        words = [t for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
        if not words or not all(t.text[:1].isupper() for t in words) or self._named([*words, head]):
            return None
        start, end = min(t.idx for t in words), head.idx + len(head)
        return self.bodies.get(self._body_key(start, end)) or self._new_body(start, end, None, None)

    def _named_with(self, words: set[str], noun: str | None, before: int) -> EntityRecord | None:
        """The latest organisation named before `before` with the body's noun and its describing
        words ("the fisheries ministry" ~ "the Ministry of Fisheries"); with no noun (None), one
        whose name holds the describing words before the noun ("the elections agency" ~ "Elections
        Manitoba", a body named by what it does and where)."""
        if noun is None and not words:
            return None
        best: tuple[int, EntityRecord] | None = None
        for entity in self.entities:
            if entity.type != "ORG":
                continue
            for mention in entity.mentions:
                named = set(self.text[mention.start : mention.end].lower().split())
                holds = noun is None or noun in named
                if mention.start < before and holds and words - {noun} <= named and (best is None or mention.start > best[0]):
                    best = (mention.start, entity)
        return best[1] if best else None

    def _new_body(self, start: int, end: int, place: EntityRecord | None, locative: Token | None) -> EntityRecord:
        """A new organisation for an unnamed body, its phrase the one mention; the place it sits in
        is the mention's `place_part` and the entity's `named_place`."""
        taken = {e.id for e in self.entities} | {e.id for e in self.bodies.values()}
        ident, name, entity_type = local_entity([(self.text[start:end], "ORG")], taken, "ORG")
        place_part = named_place = None
        if place is not None and locative is not None:
            mention = next((m for m in place.mentions if m.start <= locative.idx < m.end), None)
            if mention is not None and start <= mention.start and mention.end <= end:
                # a capital acting for its state names the city here (`MentionRecord.place`)
                place_part, named_place = (mention.start, mention.end), mention.place or place.place
        body = EntityRecord(
            ident, name, entity_type, ident, [MentionRecord(start, end, "ORG", place_part=place_part)], named_place=named_place
        )
        self.bodies[self._body_key(start, end)] = body
        return body

    def _body_key(self, start: int, end: int) -> str:
        """The words of an unnamed body's phrase, folded, under which `bodies` keeps it."""
        return " ".join(self.text[start:end].lower().split())

    def _titled(self, head: Token) -> EntityRecord | None:
        """The person a run of bare titles ends with: "party chairman and former mayor [Tom
        Brandt]", "GOP contender and former surgeon [Ben Okoro]" (the name parsed as a conjunct
        or an apposition of the first title); not "the senator and Ann Reyes", two speakers."""
        if head.tag_ not in ("NN", "NNP") or any(c.dep_ in ("det", "predet", "poss") for c in head.lefts):
            return None
        last = head.right_edge
        for child in head.rights:
            if child.dep_ in ("conj", "appos") and child.right_edge.i == last.i and not any(
                c.dep_ in ("det", "predet", "poss") for c in child.lefts
            ):
                entity = self._named([child])
                if entity is not None and self._person(entity):
                    return entity
        return None

    def _person(self, entity: EntityRecord) -> bool:
        return entity.type == "PERSON" or entity.id in self.role_people

    def _apposed_person(self, head: Token) -> EntityRecord | None:
        """The person named beside a role, who speaks rather than the state or firm in it: "Norway's
        fisheries minister, [Karin Holm]", "the finance director of Corvell Mining, [Peter
        Sandoval]" (the parse hangs the name on the firm; a firm has no person in apposition)."""
        if not _role_noun(head, self.lexicon.person_nouns):
            return None
        for token in _role_appositions(head):
            entity = self._named([token])
            if entity is not None and self._person(entity):
                return entity
        return None

    def _apposed_body(self, head: Token) -> EntityRecord | None:
        """The organisation named beside a body's noun, which speaks rather than the state or
        organisation in its words: "The U.N. humanitarian office, [OCHA],", "Norway's rail
        regulator, [Railtilsynet],"."""
        noun = head.lemma_.lower()
        if head.pos_ != "NOUN" or not (noun in self.lexicon.bodies or "ORG" in self.lexicon.definite.get(noun, ())):
            return None
        for token in (c for c in head.rights if c.dep_ == "appos" and not _coordinated(c)):
            entity = self._named([token])
            if entity is not None and entity.type == "ORG":
                return entity
        return None

    def _publisher(self, text: Token) -> EntityRecord | None:
        """The agent of a participle on the text: "the report, [published by the bank]", also
        where a common noun names the agent's kind before its name ("published by the
        environmental group [Bogland Trust]")."""
        for child in text.rights:
            if child.dep_ in ("acl", "relcl"):
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    author = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if author is not None:
                        names = [c for c in author.rights if c.dep_ == "appos" and not _coordinated(c)]
                        return self._named([author]) or self._owner(author) or self._named(names)
        return None

    def _text_named_before(self, head: Token, noun: str, before: int) -> EntityRecord | None:
        """Whom a definite text with a participle set off by a comma speaks for: the text of that noun
        that spoke before ("a report published by the Bogland Trust ... The report, written by Dr. Niamh
        Carey, estimates" is the trust's report). The participle adds to what is known of a text already
        named, where one without the comma ("the report published by X") says which text it is."""
        if not any(c.dep_ in ("acl", "relcl") and c.left_edge.i > head.i and self.doc[c.left_edge.i - 1].text == ","
                   for c in head.rights):
            return None
        earlier = [entity for start, entity, lemma in self.speakers if start < before and lemma == noun]
        return earlier[-1] if earlier else None

    def _introduced(self, noun: str, before: int) -> EntityRecord | None:
        """The latest person introduced with `noun` as a title or apposition before `before`."""
        if self._titles is None:
            self._titles = _titles(self.doc, self.entities, self.lexicon, self.role_people)
        found = [entity for start, entity in self._titles.get(noun, []) if start < before]
        return found[-1] if found else None

    def _possessor(self, head: Token, before: int) -> EntityRecord | None:
        """Whose the speaker is, when a definite title says so: "the minister's office"."""
        for child in head.lefts:
            if child.dep_ == "poss" and child.tag_ == "NN" and _with_definite_article(child):
                return self._introduced(child.lemma_.lower(), before)
        return None

    def _plural_subjects(self) -> list[Token]:
        """Plural noun subjects of main clauses, in text order ("Forecasters", "Two leaders")."""
        if self._plurals is None:
            self._plurals = [
                self.doc[i] for i in self._subjects if self.doc[i].tag_ in ("NNS", "NNPS")
            ]
        return self._plurals

    def _plural_entity(self, subject: Token) -> EntityRecord | None:
        lemma = subject.lemma_.lower()
        named = self._named([subject]) or self._owner(subject) or self._definite_owner(subject, subject.idx)
        if named is not None or lemma in self.lexicon.generic or subject.lower_ in self.lexicon.generic:
            return named
        return self._named(_named_after(subject))

    def _named(self, tokens: list[Token]) -> EntityRecord | None:
        for token in tokens:
            entity = entity_at(self.doc, token.idx, token.idx + len(token))
            if entity is not None:
                return entity
        return None

    def _untagged_people(self) -> list[_Referent]:
        """A person's full name the tagger missed where the person is first named, as the subject of
        a main clause ("[Ines Carvalho] has not been on a stage"), whose surname alone it
        tags later ("Carvalho is wary ..."): a subject a later "she" can stand for."""
        found = []
        for entity in self.entities:
            if entity.type != "PERSON" or any(" " in self.text[m.start : m.end] for m in entity.mentions):
                continue
            first = min(m.start for m in entity.mentions)
            surname = self.text[first : next(m.end for m in entity.mentions if m.start == first)]
            for i in self._subjects:
                token = self.doc[i]
                if token.idx >= first or token.text != surname or token.ent_type_ or not i:
                    continue
                given = self.doc[i - 1]
                if given.pos_ == "PROPN" and given.dep_ == "compound" and not given.ent_type_ and given.is_title:
                    found.append(_Referent(given.idx, entity, True))
        return found

    def _short_name(self, head: Token, before: int) -> EntityRecord | None:
        """An untagged proper noun alone that is the first word of one organisation's longer name
        named before ("Calder" after "Calder Foods"): that organisation."""
        if head.pos_ != "PROPN" or any(c.dep_ in ("compound", "amod", "det", "poss") for c in head.lefts):
            return None
        found = {
            entity.id: entity for entity in self.entities if entity.type == "ORG"
            for mention in entity.mentions
            if mention.start < before and self.text[mention.start : mention.end].split()[0] == head.text
            and len(self.text[mention.start : mention.end].split()) > 1
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _surname_of(self, entity: EntityRecord, start: int, end: int) -> EntityRecord | None:
        """The person named in full before `start` whose surname is the one word at start..end,
        where the tagger typed that word as no person and no place."""
        if entity.type == "PERSON" or entity.type in NO_PERSON_TYPES or " " in self.text[start:end]:
            return None
        named = self.surnames.get(self.text[start:end])
        return named[1] if named is not None and named[0] < start else None

    def _as_person(self, referent: _Referent) -> _Referent:
        entity = referent.entity
        mention = next((m for m in entity.mentions if m.start == referent.start), None)
        person = self._surname_of(entity, mention.start, mention.end) if mention is not None else None
        return replace(referent, entity=person) if person is not None else referent

    def _owner(self, head: Token) -> EntityRecord | None:
        """A name before the head that says whose the speaker is: "US officials", "Israel's
        military", an organisation's name before a possessive noun ("the NGG food workers'
        union"); a person's possessive is not ("Brandt's father" is not Brandt; but see
        `_represented`)."""
        dateline = dateline_tokens(self.doc)
        for child in head.lefts:
            if child.dep_ not in OWNER_DEPS or child.i in dateline:
                continue
            entity = self._named([child])
            if entity is not None and not (child.dep_ == "poss" and entity.type == "PERSON"):
                return entity
            if child.dep_ == "poss" and child.pos_ == "NOUN":  # "the [NGG] food workers' union"
                entity = self._named([c for c in child.lefts if c.dep_ == "compound"])
                if entity is not None and entity.type == "ORG":
                    return entity
        return None

    def _definite_owner(self, head: Token, before: int) -> EntityRecord | None:
        """The organisation a definite possessive of its kind refers back to, for what belongs to it:
        "the council's planning officers", "the company's spokesman", "the agency's report" speak for
        the council, company or agency named before, as "the council" alone would be (a noun of
        `bodies` or a `definite` noun that stands for neither a person nor a state: "the state's records"
        are no organisation's; a state's noun only where it refers back to an organisation: "the
        authority's figures" after "the State Rail Authority")."""
        for child in head.lefts:
            if child.dep_ != "poss" or child.tag_ != "NN" or not _with_definite_article(child):
                continue
            noun = child.lemma_.lower()
            types = self.lexicon.definite.get(noun)
            if noun in self.lexicon.bodies or (types and not types & {"PERSON", "GPE"}):
                return self._entity(child, before)
            if types and "ORG" in types and "PERSON" not in types:
                # "the authority's figures": a state's noun, where it refers back to an organisation
                owner = self._entity(child, before)
                return owner if owner is not None and owner.type == "ORG" else None
        return None

    def _possessed_kind(self, head: Token, before: int) -> EntityRecord | None:
        """The organisation a possessive pronoun's noun of its kind stands for: "His former club" after
        "signed Ola Bakare from the Dutch side Veldhoven Sport" is the organisation named beside a noun
        of that kind (the noun itself or one of `Lexicon.kinds`), the latest before; none else."""
        noun = head.lemma_.lower()
        types = self.lexicon.definite.get(noun)
        if not types or types & {"PERSON", "GPE"} or not any(
            c.dep_ == "poss" and (c.lower_ in POSSESSIVE_PRONOUNS or c.lower_ == "their") for c in head.lefts
        ):
            return None
        return self._set_beside_before({noun, *self.lexicon.kinds.get(noun, ())}, before)

    def _set_beside_before(self, nouns: AbstractSet[str], before: int) -> EntityRecord | None:
        """The latest entity, no person, that a phrase headed by one of `nouns` was set beside before
        `before` ("Carrow Mining Group, [the mine's owner],", "the Dutch [side] Veldhoven Sport")."""
        if self._kinds_beside is None:
            self._kinds_beside = self._nouns_beside_names()
        best: tuple[int, EntityRecord] | None = None
        for start, entity, beside in self._kinds_beside:
            if start < before and not beside.isdisjoint(nouns) and (best is None or start > best[0]):
                best = (start, entity)
        return best[1] if best else None

    def _nouns_beside_names(self) -> list[tuple[int, EntityRecord, frozenset[str]]]:
        """Each mention of an entity that is no person with the lemmas of the common nouns set beside
        it ("the Dutch [side] Veldhoven Sport", "her [label], Northlight Records"), in entity order;
        read once a Doc, for `_possessed_kind`."""
        found = []
        for entity in self.entities:
            if self._person(entity):
                continue
            for mention, span in _mention_spans(self.doc, entity):
                root = span.root
                beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
                if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                    beside.append(root.head)
                if beside:
                    found.append((mention.start, entity, frozenset(t.lemma_.lower() for t in beside)))
        return found

    def _represented(self, head: Token, before: int) -> EntityRecord | None:
        """The person whose possessive is on a noun that speaks for them: "Reyes's campaign",
        "Reyes's statement", "Reyes's campaign manager" (a post in the campaign; see
        `Lexicon.representing`); "Reyes's father" is no one's voice. A possessive pronoun stands
        for whom its subject pronoun would ("his campaign" -> the latest person "he" can be)."""
        speaking = self.lexicon.representing | self.lexicon.documents
        compounds = (c.lemma_.lower() for c in head.lefts if c.dep_ == "compound")
        # "Gore's close friends and allies": a conjunct that speaks for the person makes all of them
        joined = (c.lemma_.lower() for c in head.rights if c.dep_ == "conj" and c.tag_ == head.tag_)
        if head.lemma_.lower() not in speaking and not any(c in self.lexicon.representing for c in compounds) and not any(
            c in self.lexicon.representing for c in joined
        ):
            return None
        for child in head.lefts:
            if child.dep_ != "poss":
                continue
            pronoun = POSSESSIVE_PRONOUNS.get(child.lower_)
            if pronoun is not None:
                types = self.lexicon.pronouns.get(pronoun)
                if not types:
                    return None
                # "Even before Sanders spoke, his campaign said": a person of the same sentence first
                start = head.sent.start_char
                here = [r for r in self.referents if start <= r.start < head.idx and r.fits(types)]
                if here:
                    return max(here, key=lambda r: r.start).entity
                return self._owner_before(head, (pronoun, child.lower_), types, before)
            entity = self._named([child])
            if entity is not None and entity.type == "PERSON":
                return entity
        return None

    def _owner_before(
        self, head: Token, pronouns: tuple[str, str], types: frozenset[str], before: int
    ) -> EntityRecord | None:
        """Whom a possessive pronoun with no one to stand for in its own sentence stands for: the latest
        subject or speaker it can be, unless the sentence before names, not as a subject, one the story
        has named more often ("The Daily Post reported that Vance had collapsed. Her representatives
        said ..." is Vance, not the promoter that spoke two sentences before). Where that sentence holds
        the pronoun itself ("She has scheduled stops ... Her campaign said"), the chain goes on."""
        recent = self._recent(types, before)
        if recent is None or not head.sent.start:
            return recent
        previous = self.doc[head.sent.start - 1].sent
        last = [r.entity for r in self.referents
                if previous.start_char <= r.start < head.sent.start_char and r.fits(types)]
        if not last or recent in last or any(t.lower_ in pronouns for t in previous):
            return recent
        named = Counter(r.entity.id for r in self.referents if r.start < before)
        best = max(last, key=lambda e: named[e.id])
        return best if named[best.id] > named[recent.id] else recent

    def _untagged_surname(self, head: Token, before: int) -> EntityRecord | None:
        """An untagged proper noun alone that is the surname of the one person named in full
        before it ("Maddow said" after "Rachel Maddow"): that person; else the given name of the
        one person named in full before it ("Aoife said" after "Aoife Byrne")."""
        if head.pos_ != "PROPN" or head.is_upper or any(c.dep_ in ("compound", "amod", "poss") for c in head.lefts):
            return None
        for names in (self.surnames, self.given_names):
            named = names.get(head.text)
            if named is not None and named[0] < before:
                return named[1]
        # the same word tagged as a person elsewhere ("Maddow asked" ... "Maddow said", untagged)
        people = {e.id: e for e in self.entities if e.type == "PERSON"
                  for m in e.mentions if m.start < before and self.text[m.start : m.end] == head.text}
        return next(iter(people.values())) if len(people) == 1 else None

    def _issuer(self, document: Token) -> EntityRecord | None:
        """The subject of the verb that issued the text: "[the Taliban] issued a statement saying"."""
        verb = document.head
        if document.dep_ not in ("dobj", "pobj") or verb.i == document.i:
            return None
        if document.dep_ == "pobj":
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        return self._named([subject]) or self._owner(subject)

    def _earlier_issuer(self, noun: str, before: int) -> EntityRecord | None:
        """Who issued the latest earlier text of that kind: "The Islamic Emirate issued a statement"."""
        earlier = self._by_lemma(noun)
        position = bisect_left([t.idx for t in earlier], before)
        return self._issuer(earlier[position - 1]) if position else None

    def _by_lemma(self, noun: str) -> list[Token]:
        """The tokens of that lemma, in text order (built once, on first need)."""
        if self._tokens_by_lemma is None:
            self._tokens_by_lemma = {}
            for token in self.doc:
                self._tokens_by_lemma.setdefault(token.lemma_.lower(), []).append(token)
        return self._tokens_by_lemma.get(noun, [])

    def _named_before(self, noun: str, before: int) -> bool:
        """Whether a word of that lemma comes before `before` ("in a statement" ... "the statement said")."""
        earlier = self._by_lemma(noun)
        return bool(earlier) and earlier[0].idx < before

    def _previous_speaker(self, at: int) -> EntityRecord | None:
        earlier = [entity for start, entity, _ in self.speakers if start < at]
        return earlier[-1] if earlier else None

    def _by_name(self, noun: str, types: frozenset[str] | None, before: int) -> EntityRecord | None:
        """The latest entity of `types` before `before` whose name holds `noun` ("the ministry" ->
        "Ministry of Defence"), or of any type but a place's or a person's whose name ends with it (an
        organisation's noun); the noun alone capitalised is no name ("Council leader Amy Rowe")."""
        best: tuple[int, EntityRecord] | None = None
        for entity in self.entities:
            # a name the noun ends is an organisation's whatever its type ("the Harbour Competition
            # Authority" tagged a law), where the noun can be one and the name is no place's nor person's
            headed = types is not None and "ORG" in types and entity.type not in PLACE_TYPES | PERSON
            if types and entity.type not in types and not headed:
                continue
            for mention in entity.mentions:
                words = self.text[mention.start : mention.end].lower().split()
                if words == [noun] or (types and entity.type not in types and words[-1:] != [noun]):
                    continue
                if mention.start < before and noun in words and (best is None or mention.start > best[0]):
                    best = (mention.start, entity)
        return best[1] if best else None

    def _recent(self, types: frozenset[str] | None, before: int, salient_only: bool = False) -> EntityRecord | None:
        """The latest compatible salient referent before the speaker, else (for pronouns) the latest of any."""
        found = self._latest(types, before, salient=True) or (None if salient_only else self._latest(types, before))
        return found.entity if found else None

    def _latest(self, types: frozenset[str] | None, before: int, salient: bool = False) -> _Referent | None:
        fitting = [r for r in self.referents if r.start < before and r.fits(types) and (r.salient or not salient)]
        return max(fitting, key=lambda r: r.start) if fitting else None


def _titles(
    doc: Doc, entities: list[EntityRecord], lexicon: Lexicon, role_people: frozenset[str]
) -> dict[str, list[tuple[int, EntityRecord]]]:
    """Title nouns that introduce a person, with where and whom: "defense [lawyer] Maria Lopez",
    "Omar Haddad, the club's [coach]", "the [coach], Omar Haddad", "the [Bishop] of Carrow, Helen
    Mbeki" (a title written capitalised, as a proper noun); a title written short stands for its
    nouns too (`lexicon.titles`: "[Sen.] Ann Reyes" introduces "the senator")."""
    short, person_nouns = lexicon.titles, lexicon.person_nouns
    found: dict[str, list[tuple[int, EntityRecord]]] = {}
    for entity in entities:
        if entity.type != "PERSON" and entity.id not in role_people:
            continue
        for mention, span in _mention_spans(doc, entity):
            root = span.root
            nouns = _title_run(root, lexicon.honorifics)
            nouns += [c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and _role_noun(root.head, person_nouns):
                nouns.append(root.head)
            elif root.dep_ == "appos" and root.head.dep_ == "pobj":
                role = _role_of(root.head, person_nouns)
                if role is not None:
                    nouns.append(role)  # "the director of X, [Name]": the name stands beside the role
            for noun in nouns:
                lemma = noun.lemma_.lower()
                if _organisation_noun(lemma, lexicon):  # "[Council] leader Amy Rowe" leads the council
                    continue
                for word in {lemma, *short.get(lemma.rstrip("."), ())}:
                    found.setdefault(word, []).append((mention.start, entity))
    for places in found.values():
        places.sort(key=lambda item: item[0])
    return found


def _organisation_noun(lemma: str, lexicon: Lexicon) -> bool:
    """A noun of a body or of an organisation's kind, never a person's title: "the council" after
    "Council leader Amy Rowe" is the council she leads, not her."""
    types = lexicon.definite.get(lemma)
    return lemma in lexicon.bodies or (types is not None and "PERSON" not in types)


def _surnames(text: str, entities: list[EntityRecord]) -> dict[str, tuple[int, EntityRecord]]:
    """Surname -> (where the person was first named in full, the person), for the people named
    with more than one word (titles and a possessive left out, a surname also without its
    particle: "al-Assad" is "Assad"; see `FullNames`); a surname two people share names neither."""
    named = [(m.start, entity, words) for entity in entities if entity.type == "PERSON" for m in entity.mentions
             if len(words := name_words(text[m.start : m.end])) >= 2 and without_particle(words[-1])[:1].isupper()]
    full = FullNames(words for _, _, words in named)
    first: dict[tuple[str, ...], tuple[int, EntityRecord]] = {}
    for start, entity, words in sorted(named, key=lambda item: item[0]):
        first.setdefault(words, (start, entity))
    found = {}
    for ending, indices in full.by_ending.items():
        people = {first[full.names[i]][1].id for i in indices}
        if len(ending) == 1 and len(people) == 1:
            found[ending[0]] = min((first[full.names[i]] for i in indices), key=lambda item: item[0])
    return found


def _given_names(text: str, entities: list[EntityRecord]) -> dict[str, tuple[int, EntityRecord]]:
    """Given name -> (where the person was first named in full, the person), for the people named
    with two words or more (titles left out); a given name two people share, or that is someone's
    surname, names no one."""
    people: dict[str, dict[str, tuple[int, EntityRecord]]] = {}
    surnames: set[str] = set()
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            words = name_words(text[mention.start : mention.end])
            if len(words) >= 2 and words[0][:1].isupper():
                seen = people.setdefault(words[0], {})
                if entity.id not in seen or mention.start < seen[entity.id][0]:
                    seen[entity.id] = (mention.start, entity)
                surnames.add(words[-1])
    return {name: next(iter(seen.values())) for name, seen in people.items() if len(seen) == 1 and name not in surnames}


def _mention_spans(doc: Doc, entity: EntityRecord) -> Iterator[tuple[MentionRecord, Span]]:
    """Each mention of `entity` with the tokens it covers (widened to whole tokens)."""
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            yield mention, span


def _role_people(
    doc: Doc, entities: list[EntityRecord], person_nouns: frozenset[str], honorifics: frozenset[str]
) -> frozenset[str]:
    """Ids of the entities the tagger typed as an organisation or a thing that a person's role
    stands beside, so that a later "she" or "the coach" can be them: a title at the head of the
    name ("[Councillor] Ann Hale"), before it ("head [coach] Ewan Reid"), or a role the name is
    set beside ("Carlisle's [coach], Ewan Reid", "the [mayor] of Bergen, Rune Vik", the name hung
    on the place). `person_nouns` are the role nouns (`Lexicon.person_nouns`)."""
    found = set()
    for entity in entities:
        if entity.type == "PERSON" or entity.type in NO_PERSON_TYPES:
            continue
        for _, span in _mention_spans(doc, entity):
            root = span.root
            nouns = [span[0]] if len(span) > 1 and span[1].pos_ == "PROPN" else []
            nouns += _title_run(root, honorifics)
            if root.dep_ == "appos" and _role_noun(root.head, person_nouns):
                nouns.append(root.head)
            elif root.dep_ == "appos" and root.head.dep_ == "pobj":
                place = entity_at(doc, root.head.idx, root.head.idx + len(root.head))
                role = _role_of(root.head, person_nouns) if place is not None and place.type in NO_PERSON_TYPES else None
                nouns += [role] if role is not None else []
            if any(noun.lemma_.lower() in person_nouns or noun.lower_ in person_nouns for noun in nouns):
                found.add(entity.id)
                break
    return frozenset(found)


def _collectives(doc: Doc, entities: list[EntityRecord]) -> frozenset[str]:
    """Ids of the entities the tagger typed as no organisation whose name, singular, is the subject of
    a verb in the plural, alone (not "Spain and Portugal have"): "Kestrel City have signed a striker",
    "Dunmore Town were relegated". In British copy a club, a team or a firm takes a plural verb, as a
    body of people does; a place does not, so the name is a body that "the club" or "they" can refer
    back to. Names typed as people are left alone: there a plural verb is more often a parse's slip."""
    found = set()
    dateline = None
    for entity in entities:
        if entity.type in ("ORG", "PERSON", "NORP"):
            continue
        for _, span in _mention_spans(doc, entity):
            root = subject = span.root
            if root.dep_ == "appos" and root.tag_ == "NNP":  # "PORTMERE, England - [Kestrel City] have": the
                dateline = dateline_tokens(doc) if dateline is None else dateline  # parse hung it on the dateline
                subject = root.head if root.head.i in dateline else root
            if root.tag_ != "NNP" or subject.dep_ not in SUBJECT_DEPS or subject.head.i == subject.i or _coordinated(root):
                continue
            verb = subject.head
            finite = sorted((t for t in (verb, *verb.children) if (t.i == verb.i or t.dep_ in ("aux", "auxpass"))
                             and t.tag_ in ("VBP", "VBZ", "VBD", "MD")), key=lambda t: t.i)
            if finite and (finite[0].tag_ == "VBP" or finite[0].lower_ == "were"):
                found.add(entity.id)
                break
    return frozenset(found)


def _role_of(pobj: Token, person_nouns: frozenset[str] = frozenset()) -> Token | None:
    """The common noun whose prepositional phrases hold `pobj` ("the [director] of sales at X"), or
    a title of `person_nouns` written capitalised ("the [Archbishop] of Carrow")."""
    token = pobj
    for _ in range(ROLE_DEPTH):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            break
        token = token.head.head
    return token if token.i != pobj.i and _role_noun(token, person_nouns) else None


def _title_run(root: Token, honorifics: frozenset[str] = frozenset()) -> list[Token]:
    """The titles before a name, each title's own titles too ("[Detective] [Inspector] Clara Boateng",
    the first hung on the second); a word that grades a title is none (`honorifics`: "the Most
    [Rev.] Ann Cole")."""
    nouns = [t for t in root.lefts if t.dep_ in TITLE_DEPS and t.pos_ in ("NOUN", "PROPN")]
    for noun in nouns:  # grows while it is read
        nouns += [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t not in nouns]
    return [t for t in nouns if t.lower_ not in honorifics]


def _common_singular(head: Token) -> bool:
    """A singular common noun, also one the tagger took for a proper noun though it is written in
    lower case ("the bishop")."""
    return head.tag_ == "NN" or (head.tag_ == "NNP" and head.text.islower())


def _of_phrase(head: Token) -> bool:
    """Whether `head` takes a phrase with "of" ("the Archbishop [of Carrow]")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)


def _role_noun(token: Token, person_nouns: frozenset[str]) -> bool:
    """A common noun, or a person's title written capitalised ("the [Archbishop] of Carrow")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lemma_.lower() in person_nouns)


def _credit(text: str, start: int, end: int, datelines: list[int]) -> bool:
    """Is [start, end) the agency credit in parentheses right after a dateline ("BAMAKO, Mali
    (AP) —"), which names who wrote the story, never anyone in it?"""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return any(0 <= start - at <= DATELINE_CREDIT_CHARS and "\n" not in text[at:start] for at in datelines)


def _inside_quote(quoted: list[tuple[int, int]], opens: list[int], offset: int) -> bool:
    """Is `offset` strictly inside one of the sorted, disjoint (open, close) pairs?"""
    index = bisect_left(opens, offset) - 1
    return index >= 0 and quoted[index][0] < offset < quoted[index][1]


#: How many prepositional phrases deep a role's phrase may hang the name beside it.
ROLE_DEPTH = 3


def _role_appositions(head: Token, depth: int = ROLE_DEPTH) -> list[Token]:
    """The appositions of a role noun and of the objects of its prepositions, where the parse
    hangs a name that stands beside the whole phrase ("the director of X, [Name]", "the head of
    sales at X, [Name]")."""
    found = [c for c in head.rights if c.dep_ == "appos"]
    if depth == ROLE_DEPTH:
        found += _set_beside_at_end(head)
    if depth:
        for child in head.rights:
            if child.dep_ == "prep":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found += _role_appositions(pobj, depth - 1)
    return found


def _coordinated(token: Token) -> bool:
    """A name joined with others ("Spain and Portugal"): the phrase names several, none of them alone."""
    return any(c.dep_ == "conj" for c in token.children)


#: Participles that give the name of what they hang on: "a group calling itself X", "known as X", "called X",
#: "identified as X".
NAMING_PARTICIPLES = frozenset({"call", "know", "name", "identify"})
JOINT = frozenset({"joint"})  # a text several issued together ("a joint statement", "a joint declaration")


def _counted(head: Token) -> bool:
    """A plural noun with a number of two or more on it ("the two banks", "the three unions"): it
    stands for several, not for one of them."""
    return any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in head.lefts)


def _called(head: Token) -> list[Token]:
    """The name a participle of naming gives the head: "a group calling itself [Parents for Choice]",
    "a militia known as [the Desert Lions]", "an organisation called [Clean Rivers Now]", also on a
    phrase set beside it ("The lead plaintiff, a nurse identified in the filing as [Jane Doe],"), where
    the parse may hang the participle on a name inside that phrase ("a nurse from [Tacoma] identified
    as"): a name is given no name, so the participle there names the phrase."""
    hosts = [head]
    for appos in (c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"):
        hosts.append(appos)
        hosts += [o for p in appos.rights if p.dep_ == "prep" for o in p.children
                  if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_]
    tokens = []
    for host in hosts:
        for child in host.rights:
            if child.dep_ == "acl" and child.lemma_.lower() in NAMING_PARTICIPLES:
                tokens += [c for c in child.children if c.dep_ == "oprd"]
                tokens += [o for c in child.children if c.dep_ == "prep" and c.lower_ == "as"
                           for o in c.children if o.dep_ == "pobj"]
    return [t for t in tokens if not _coordinated(t)]


def _set_beside_at_end(head: Token) -> list[Token]:
    """A name set after a comma beside a phrase that ends its sentence, which the parse hung
    elsewhere ("according to her label, [Northlight Records]." read as a modifier of the verb):
    the phrase's apposition all the same."""
    doc = head.doc
    comma = head.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_iob_ != "B":
        return []
    end = comma + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[comma + 1 : end]
    if (end < len(doc) and doc[end].text not in SENTENCE_END) or doc[end - 1].sent != head.sent:
        return []
    if name.root.pos_ != "PROPN" or name.root.dep_ == "ROOT" or head.is_ancestor(name.root):
        return []
    return [name.root]


def _named_after(head: Token) -> list[Token]:
    """Where a name after the head says who the speaker is: an apposition ("the governor, Ahmad
    Shah") or the head's own prepositional object ("officials in the KRG"), each with the words
    before it, but not phrases deeper down ("lawyers for the families in Leeds") nor names
    joined with others ("the leaders of Spain and Portugal" speak for neither alone); a name set
    beside the phrase at its sentence's end that the parse hung elsewhere (`_set_beside_at_end`)."""
    tokens = _set_beside_at_end(head)
    for child in head.rights:
        if child.dep_ == "appos" and not _coordinated(child):
            tokens += [child, *(c for c in child.lefts if c.dep_ in OWNER_DEPS)]
        elif child.dep_ == "prep":
            for pobj in (c for c in child.children if c.dep_ == "pobj" and not _coordinated(c)):
                tokens += [pobj, *(c for c in pobj.lefts if c.dep_ in OWNER_DEPS)]
    return tokens


def _with_definite_article(noun: Token) -> bool:
    """'[the] company', '[this] ministry': a definite determiner on the noun."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.lefts)


def _bare_indefinite(head: Token) -> bool:
    """'A spokesman': the indefinite article and nothing else on the noun ("a spokesman for X" names X)."""
    children = [c for c in head.children if c.dep_ not in ("punct", "relcl")]
    return len(children) == 1 and children[0].lower_ in ("a", "an")


def _body_compound(head: Token, bodies: frozenset[str]) -> str | None:
    """'A police spokesman', 'a ministry spokeswoman': the body's noun, where the indefinite article
    and that one common noun are all there is on the head."""
    children = [c for c in head.children if c.dep_ not in ("punct", "relcl")]
    nouns = [c for c in children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in bodies]
    if len(children) != 2 or len(nouns) != 1 or not any(c.lower_ in ("a", "an") for c in children):
        return None
    return nouns[0].lower_


def _org_compound(head: Token, definite: Mapping[str, frozenset[str]]) -> str | None:
    """'A company spokesperson', 'a club spokeswoman': the noun of a kind of organisation (a
    `definite` noun that stands for organisations only), where the indefinite article and that
    one common noun are all there is on the head."""
    children = [c for c in head.children if c.dep_ not in ("punct", "relcl")]
    nouns = [c for c in children if c.dep_ == "compound" and c.pos_ == "NOUN"
             and definite.get(c.lower_) == frozenset({"ORG", "NORP"})]
    if len(children) != 2 or len(nouns) != 1 or not any(c.lower_ in ("a", "an") for c in children):
        return None
    return nouns[0].lower_


def _bare(head: Token) -> bool:
    """A noun alone, with no word before it nor phrase after it ("Police said")."""
    return not any(c.dep_ not in ("punct", "relcl") for c in head.children)


def _described(head: Token) -> tuple[list[Token], Token | None] | None:
    """What describes a body's noun: the common nouns before it and the object of its "of"
    ("the [health] ministry", "the ministry of [health]"), and the object of "in" or "at" after
    it ("police in [Lyon]"); None when a possessive says whose it is ("the minister's office")."""
    if any(c.dep_ == "poss" for c in head.lefts):
        return None
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    locative = None
    for child in head.rights:
        if child.dep_ != "prep":
            continue
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if child.lower_ == "of" and locative is None:
            words.append(obj)
        elif child.lower_ in LOCATIVE_PREPOSITIONS and locative is None:
            locative = obj
    return words, locative


def _main_clause_subjects(doc: Doc) -> list[int]:
    """Indices of the noun subjects of main clauses, read off the parse arrays (no Token per word)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    array = doc.to_array([DEP, HEAD, POS]).astype("int64")
    heads = np.arange(len(doc)) + array[:, 1]
    subject = np.isin(array[:, 0], [strings[d] for d in SUBJECT_DEPS]) & (array[:, 2] != strings["PRON"])
    clause_heads = heads[heads]  # the word each subject's clause hangs on
    main = np.isin(array[heads, 0], [strings[d] for d in MAIN_CLAUSE_DEPS]) | (
        (array[heads, 0] == strings["ccomp"]) & (clause_heads > heads)
    )
    found = [int(i) for i in np.flatnonzero(subject & main)]
    # the agent of a main clause's passive is its subject in sense ("The delegation was led by [Te Moana].
    # He said"): the one a later pronoun means as much as a subject
    for i in np.flatnonzero(main & (array[:, 0] == strings["nsubjpass"])):
        verb = doc[int(heads[i])]
        found += [o.i for c in verb.rights if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj" and o.pos_ != "PRON"]
    # a sentence the parse made one noun phrase, its verb a participle on the name ("In Marsby, Dennis
    # Kowalczyk, 67, [watched] from a footbridge"): the name is the sentence's subject all the same
    roots = [s.root for s in doc.sents if s.root.pos_ == "PROPN"]
    found += [r.i for r in roots if any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and doc[c.i - 1].text == ","
                                        for c in r.rights)]
    # a name that opens a sentence the parse read as an interjection on a verb with no subject ("[Pike]
    # conceded shortly before 1 a.m."): a name is no interjection, it is the subject
    openings = (next((t for t in s if not t.is_space), None) for s in doc.sents)
    found += [t.i for t in openings if t is not None and t.dep_ == "intj" and t.ent_type_ in NAME_LABELS
              and t.head.pos_ == "VERB" and t.head.dep_ == "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in t.head.children)]
    return sorted(found)


def _with_named_apposition(subject: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A subject's span run on over a name set beside it ("The outgoing premier, [Gordon Reid],
    conceded"): the name is the subject a later "he" refers back to, as much as the role."""
    names = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not names:
        return span
    last = names[-1]
    return span[0], max(span[1], last.idx + len(last))


def _untagged_org_mentions(text: str, entities: list[EntityRecord]) -> list[EntityRecord]:
    """Each organisation with a name of two or more capitalised words, its mentions the places
    that name stands untagged as whole words, outside every entity's mention."""
    taken = sorted((m.start, m.end) for entity in entities for m in entity.mentions)
    found = []
    for entity in entities:
        if entity.type != "ORG":
            continue
        tagged = Counter(text[m.start : m.end] for m in entity.mentions)
        names = {n for n in tagged if len(n.split()) > 1 and all(w[:1].isupper() for w in n.split())}
        names = {n for n in names if text.count(n) > tagged[n]}  # a name the text holds untagged somewhere
        mentions = []
        for name in names:
            for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                start, end = match.span()
                if not any(s < end and start < e for s, e in taken):
                    mentions.append(MentionRecord(start, end, "ORG"))
        if mentions:
            found.append(replace(entity, mentions=mentions))
    return found


def _mentions_outside_quotes(
    doc: Doc,
    marks: QuoteMarks,
    entities: list[EntityRecord],
    main_subjects: list[int],
    phrase: Callable[[Token], list[Token]] = speaker_tokens,
    role_people: frozenset[str] = frozenset(),
) -> list[_Referent]:
    """Entity mentions that a speaker can refer back to: outside quotation marks and datelines,
    salient when inside the subject phrase of a main clause (not in a headline); `main_subjects`
    are the `_main_clause_subjects`, `phrase` gives a subject's speaker phrase."""
    quoted = sorted((s.open, s.close) for s in marks.outermost())
    quoted_opens = [open_ for open_, _close in quoted]
    subjects = sorted(_with_named_apposition(doc[i], chars(phrase(doc[i]))) for i in main_subjects)
    subject_starts = [start for start, _end in subjects]
    furthest_end = list(accumulate((end for _start, end in subjects), max))  # of subjects[: i + 1]
    headlines = headlines_of(doc, marks.text)
    datelines = [m.end for entity in entities for m in entity.mentions if m.dateline]
    referents = []
    for entity in entities:
        for mention in entity.mentions:
            if mention.dateline or _inside_quote(quoted, quoted_opens, mention.start):
                continue
            if datelines and _credit(marks.text, mention.start, mention.end, datelines):
                continue
            holder = bisect_right(subject_starts, mention.start) - 1  # subjects starting at or before it
            salient = holder >= 0 and furthest_end[holder] >= mention.end and not any(
                start <= mention.start < end for start, end in headlines
            )
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            adjective = span is not None and (span.root.pos_ == "ADJ" or span.root.dep_ == "amod")
            referents.append(_Referent(mention.start, entity, salient, adjective, entity.id in role_people))
    return referents
