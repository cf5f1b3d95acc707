"""Resolving the mentions of a parsed Doc to actors: the logic of the `aliases` stage.

Each mention (spaCy's entities, reconciled with the knowledge-base names found in
the text, see `mentions`) is resolved in this order:

1. exact knowledge-base alias, after folding case, accents, dots, hyphens and "the"
   ("the U.S." = "US", "Al-Qaida" = "al Qaida", "Da'esh" = "Daesh"); an alias several
   actors share goes to the one the document is about (see `context`);
2. aliases the document defines ("Islamic State Khorasan Province (ISKP)",
   "ISIS Khorasan (ISIS-K) or ISKP"), see `abbreviations`;
3. fuzzy match against the knowledge-base aliases (not for people), see
   `matching.FUZZY_THRESHOLD`;
4. people named in full and then by surname, by a transcript's turn label in capitals
   ("HALE:", whatever the tagger typed it) or by their initials ("JFK"), see `people`;
5. two names the text joins ("also known as", "aka"), see `aka`;
6. otherwise one document-local entity per folded surface form.

A capital resolves to its state where it acts for its government and stays the city
elsewhere, see `metonymy`. `Entity.id` is the most specific knowledge-base id, `Entity.group`
the top of its parent chain; document-local entities get ids like
``person:abu-omar-khorasani`` with ``group == id``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import numpy
from spacy.attrs import IS_STOP, ORTH, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..annotations import (
    ENTITY_LABELS,
    EntityRecord,
    MentionRecord,
    dateline_offsets,
    display_form,
    local_entity,
    span_text,
    text_of,
)
from ..kb import AliasEntry, KnowledgeBase, alias_key
from ..layout import headlines_of
from ..ner.tables import ENTRANT, TEAM_SPANS
from .abbreviations import Definition, find_definitions, short_forms_after_names
from .aka import joined_pairs, name_after, phrase_end
from .context import context_of, pick
from .matching import FUZZY_THRESHOLD, FuzzyMatcher, KbMatcher
from .mentions import Candidate, MentionSet, collect_mentions
from .metonymy import acts_as_agent
from .people import FullNames, name_words, turn_labels
from .typing import PlaceTest, mention_label, used_as_place
from .typing import entity_type as resolved_type

#: Labels whose mentions are never matched fuzzily: people's names are not in the knowledge base.
NOT_FUZZY = frozenset({"PERSON"})
#: Labels a single-word mention may carry and still be a person's surname ("Diallo" tagged ORG).
SURNAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Knowledge-base types whose one-word names may also be personal names.
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: The hyphens that join a surname to a neighbour into a name of its own ("Okonkwo-Diallo").
_HYPHENS = ("-", "‐")


@dataclass(frozen=True, slots=True)
class Settings:
    """Which resolution steps run (the `aliases` stage's settings)."""

    fuzzy_threshold: float = FUZZY_THRESHOLD
    definitions: bool = True
    metonymy: bool = True
    people: bool = True
    place_names: PlaceTest | None = None


class Resolver:
    """Resolves the entities of a Doc to actors of a knowledge base; see the module docstring."""

    def __init__(self, kb: KnowledgeBase, nlp: Language, settings: Settings) -> None:
        self.kb = kb
        self.nlp = nlp
        self.fuzzy_threshold = settings.fuzzy_threshold
        self.definitions = settings.definitions
        self.metonymy = settings.metonymy
        self.people = settings.people
        self.place_names = settings.place_names
        self.matcher = KbMatcher(kb, nlp)
        self.fuzzy = FuzzyMatcher(kb, settings.fuzzy_threshold)

    def resolve(self, doc: Doc) -> tuple[list[EntityRecord], list[Span]]:
        """The entities of `doc` and the new `doc.ents` (knowledge-base names added, labels resolved)."""
        text = text_of(doc)
        doc_ents = list(doc.ents)  # read once: spaCy walks every token on each read of doc.ents
        found = collect_mentions(doc, self.matcher(doc, text), self.kb.lookup, headlines_of(doc, text), doc_ents)
        mentions = MentionSet(doc, found, doc_ents)
        self._keep_teams(doc, mentions)
        if self.kb.sharing:
            self._pick_shared_aliases(mentions)
        if self.definitions:
            self._apply_definitions(doc, text, mentions, _definitions(text, mentions))
        for mention in mentions:
            if mention.entry is None and mention.cluster is None and mention.label not in NOT_FUZZY:
                mention.entry = self.fuzzy.match(mention.text)
        if self.people:
            self._cluster_people(doc, text, mentions)
        for mention in mentions:
            if mention.entry is None and mention.cluster is None:
                mention.cluster = "name:" + (alias_key(mention.text) or mention.text)
        resolved = self._join_aka(doc, text, mentions)
        records = self._records(doc, resolved)
        labels = {(m.start, m.end): m.label for record in records for m in record.mentions}
        return records, self._ents(doc, resolved, labels, doc_ents)

    def _keep_teams(self, doc: Doc, mentions: MentionSet) -> None:
        """A team of a results or standings row (`ner.tables`) is a club of its own, not
        the town it is named after; a state's name in a results row is its national team,
        which the data's guidelines keep the state, but a team entered under a state's
        name ("Jordan" in motor racing) is a team."""
        teams = {(s.start, s.end): s.label_ for s in doc.spans.get(TEAM_SPANS, ())}
        if not teams:
            return
        for mention in mentions:
            kind = teams.get((mention.span.start, mention.span.end))
            if kind is not None and (kind == ENTRANT or not self._is_state(mention.entry)):
                mention.entry, mention.exact, mention.label = None, False, "ORG"
                mention.cluster = "team:" + (alias_key(mention.text) or mention.text)

    def _is_state(self, entry: AliasEntry | None) -> bool:
        if entry is None or entry.kind != "name":
            return False
        actor = self.kb.actors[entry.actor_id]
        return actor.type == "GPE" and actor.country is None and actor.parent is None

    def _pick_shared_aliases(self, mentions: MentionSet) -> None:
        """A name several actors share goes to the one the document is about (see `context`)."""
        options = {
            id(m): o
            for m in mentions
            if m.entry is not None and m.entry.actor_id in self.kb.sharing and m.alias is not None
            and len(o := self.kb.candidates(m.alias)) > 1
        }
        if not options:
            return
        context = context_of((m.entry for m in mentions if m.entry is not None and id(m) not in options), self.kb)
        for mention in mentions:
            if id(mention) in options:
                mention.entry = pick(options[id(mention)], context, self.kb)

    def _apply_definitions(self, doc: Doc, text: str, mentions: MentionSet, definitions: list[Definition]) -> None:
        """Aliases the document defines: all forms of one definition go to one actor."""
        by_key: dict[str, list[Candidate]] = {}
        for mention in mentions:
            by_key.setdefault(alias_key(mention.text), []).append(mention)
        short_forms = {text[s:e] for definition in definitions for s, e in definition.shorts}
        occurrences: dict[str, list[tuple[int, int]]] = {}
        for start, end in _occurrences(text, *short_forms):  # one pass for every definition
            occurrences.setdefault(text[start:end], []).append((start, end))
        for number, definition in enumerate(definitions):
            forms = [text[s:e] for s, e in (definition.long, *definition.shorts)]
            known = {entry.actor_id for f in forms if (entry := self.kb.lookup(f)) and entry.kind == "name"}
            if len(known) > 1:
                continue  # the knowledge base already tells these apart
            entry = AliasEntry(known.pop(), "name") if known else None
            cluster = None if entry else f"definition:{number}"
            same_forms = [m for key in dict.fromkeys(alias_key(f) for f in forms) for m in by_key.get(key, [])]
            # a known name plus words for its people or organs, given a short form of its own,
            # names an organisation ("the Palestinian Authority (PA)"), not the known actor
            organ = entry is None and any(m.entry is not None and not m.exact for m in same_forms)
            for mention in same_forms:
                if mention.entry is None or not mention.exact:
                    mention.entry, mention.cluster = entry, cluster
                    if organ:
                        mention.label = "ORG"
            label = "ORG" if organ else next((m.label for m in same_forms if m.label), None)
            for start, end in (definition.long, *definition.shorts):
                self._claim(doc, mentions, start, end, entry, cluster, label)
            for short in definition.shorts:
                form = text[short[0] : short[1]]
                for start, end in occurrences.get(form, ()):
                    self._claim(doc, mentions, start, end, entry, cluster, None)

    @staticmethod
    def _claim(
        doc: Doc,
        mentions: MentionSet,
        start: int,
        end: int,
        entry: AliasEntry | None,
        cluster: str | None,
        label: str | None,
    ) -> None:
        span = doc.char_span(start, end)
        if span is not None:
            mentions.claim(span, entry, cluster, label)

    def _cluster_people(self, doc: Doc, text: str, mentions: MentionSet) -> None:
        """Surnames and short forms of a person named in full join that person."""
        full_names = FullNames(
            words
            for m in mentions
            if m.entry is None and m.cluster is None and m.label == "PERSON" and len(words := name_words(m.text)) >= 2
            and words[0][:1].isupper()  # "van Leeuwen" is the surname of "Joris van Leeuwen", no full name
        )
        if not full_names:
            return
        labels = list(turn_labels(text))
        # "WASHINGTON:" opening a story names where it was filed, unless other turns follow
        datelines = dateline_offsets(doc) if len(labels) < 2 else set()
        for label_start, start, end, label in labels:
            full = full_names.labelled_by(label)
            if full is None or (label_start, end) in datelines:
                continue
            for first in dict.fromkeys((start, label_start)):  # the name, else with its title ("MS REYES")
                span = doc.char_span(first, end)
                if span is not None and mentions.claim(span, None, "person:" + " ".join(full), "PERSON"):
                    break
        for mention in mentions:
            if mention.label not in SURNAME_LABELS or mention.cluster is not None:
                continue
            words = name_words(mention.text)
            if mention.entry is None and mention.label == "PERSON" and len(words) == 1 and words[0].isupper():
                full = full_names.initialled_by(words[0])  # "JFK" after "John Fitzgerald Kennedy"
                if full is not None:
                    mention.cluster = "person:" + " ".join(full)
                    continue
            if mention.entry is None and words in full_names:
                mention.cluster = "person:" + " ".join(words)
                continue
            if mention.entry is not None and not self._may_be_a_name(mention, words):
                continue
            full = full_names.abbreviated_by(words, mention.label == "PERSON" and not self._used_as_place(mention))
            if full is not None:
                mention.entry, mention.cluster, mention.label = None, "person:" + " ".join(full), "PERSON"
        surnames = {
            full[-1]: "person:" + " ".join(full)
            for full in full_names
            if len(full[-1]) >= 3 and not _is_stop_word(self.nlp.vocab, full[-1].lower()) and not self.kb.lookup(full[-1])
        }
        hyphenated = [s for s in surnames if "-" in s]  # several tokens: found in the text instead
        spans = _word_tokens(doc, surnames) + [
            span for start, end in _occurrences(text, *hyphenated) if (span := doc.char_span(start, end)) is not None
        ]
        for span in spans:
            if mentions.is_free(span):
                mentions.claim(span, None, surnames[span_text(span, text)], "PERSON")

    @staticmethod
    def _join_aka(doc: Doc, text: str, mentions: MentionSet) -> list[Candidate]:
        """Names joined by "also known as", "aka", ... are one actor (see `aka`); the mentions in order."""
        ordered = mentions.in_order()
        claimed = False
        for mention in ordered:
            start = phrase_end(text, mention.end_char)
            span = name_after(doc, start, mention.span.end) if start is not None else None
            if span is not None and mentions.is_free(span):
                claimed |= mentions.claim(span, mention.entry, mention.cluster, mention.label)
        if claimed:
            ordered = mentions.in_order()
        for i in joined_pairs(text, ((a.end_char, b.start_char) for a, b in pairwise(ordered))):
            _join(ordered[i], ordered[i + 1], ordered)
        return ordered

    def _used_as_place(self, mention: Candidate) -> bool:
        """A gazetteer name in place syntax ("Alexandria police", "an Alexandria jury") is the
        place, not the first name of a longer name that starts with it."""
        return mention.label is not None and used_as_place([mention.span], [mention.label], self.place_names)

    def _may_be_a_name(self, mention: Candidate, words: tuple[str, ...]) -> bool:
        """A one-word place name can be a person's name too ("Chad", "Jordan", "Sofia"); an organisation's cannot."""
        entry = mention.entry
        if entry is None:
            return False
        actor = self.kb.actors[entry.actor_id]
        return len(words) == 1 and entry.kind == "name" and actor.type in PLACE_TYPES

    # output -------------------------------------------------------------------------
    def _final_entry(self, mention: Candidate) -> AliasEntry | None:
        entry = mention.entry
        if entry is None:
            return None
        actor = self.kb.actors[entry.actor_id]
        if actor.metonym_for and self.metonymy and not _in_dateline(mention.span) and acts_as_agent(mention.span):
            return AliasEntry(actor.metonym_for, "name")
        return entry

    def _label(self, mention: Candidate) -> str:
        if mention.entry is not None and (mention.exact or not mention.label):
            if mention.entry.kind == "demonym":
                return "NORP"
            return self.kb.actors[mention.entry.actor_id].type
        return mention.label or "ORG"

    def _records(self, doc: Doc, mentions: list[Candidate]) -> list[EntityRecord]:
        datelines = dateline_offsets(doc)
        records: dict[str, EntityRecord] = {}
        local: dict[str, list[tuple[Candidate, str]]] = {}
        for mention in mentions:
            label = self._label(mention)
            record_mention = MentionRecord(
                mention.start_char, mention.end_char, label, (mention.start_char, mention.end_char) in datelines
            )
            entry = self._final_entry(mention)
            if entry is None:
                local.setdefault(mention.cluster or "", []).append((mention, label))
                continue
            record = records.get(entry.actor_id)
            if record is None:
                actor = self.kb.actors[entry.actor_id]
                record = records[entry.actor_id] = EntityRecord(
                    actor.id, actor.name, actor.type, self.kb.group_of(actor.id)
                )
            record.mentions.append(record_mention)
        taken = set(records)
        for members in local.values():
            record = _local_record(members, taken, datelines, self.place_names)
            taken.add(record.id)
            records[record.id] = record
        return list(records.values())

    def _ents(
        self, doc: Doc, mentions: list[Candidate], labels: dict[tuple[int, int], str], doc_ents: list[Span]
    ) -> list[Span]:
        spans = [_labelled(m.span, labels.get((m.start_char, m.end_char)) or self._label(m)) for m in mentions]
        covered = bytearray(len(doc))
        for span in spans:
            covered[span.start : span.end] = b"\x01" * len(span)
        others = [e for e in doc_ents if e.label_ not in ENTITY_LABELS and not any(covered[e.start : e.end])]
        return sorted(spans + others, key=lambda s: s.start)


def _labelled(span: Span, label: str) -> Span:
    """A Span of `span`'s tokens labelled `label`: `span` itself where it is one already (an
    entity read from ``doc.ents`` that keeps its label), without building another (each new
    Span makes a Python `Token` of its first and last tokens)."""
    if span.label_ == label and not span.kb_id and not span.id:
        return span
    return Span(span.doc, span.start, span.end, label=label)


def _in_dateline(span: Span) -> bool:
    """A dateline names where the story was filed, never an actor."""
    return (span.start_char, span.end_char) in dateline_offsets(span.doc)


def _definitions(text: str, mentions: MentionSet) -> list[Definition]:
    """The text's definitions (`find_definitions`), where a name found by NER ends just before
    the short form, with that whole name as the long form (see `short_forms_after_names`)."""
    names = [
        (m.start_char, m.end_char) for m in mentions if m.label != "PERSON" and not (m.exact and m.entry is not None)
    ]
    after_names = {short: Definition(long, (short,)) for long, short in short_forms_after_names(text, names)}
    definitions = [d for d in find_definitions(text) if d.shorts[0] not in after_names]
    return sorted(definitions + list(after_names.values()), key=lambda d: d.long)


def _join(first: Candidate, second: Candidate, mentions: list[Candidate]) -> None:
    """Every mention of `second`'s actor becomes one of `first`'s (or the reverse where only
    `second` is known to the knowledge base); two known actors stay apart."""
    if first.entry is not None and second.entry is not None:
        return
    target, source = (second, first) if first.entry is None and second.entry is not None else (first, second)
    key = (source.entry, source.cluster)
    for mention in mentions:
        if (mention.entry, mention.cluster) == key:
            mention.entry, mention.cluster = target.entry, target.cluster
            mention.label = target.label or mention.label


def _local_record(
    members: list[tuple[Candidate, str]], taken: set[str], datelines: set[tuple[int, int]], place_names: PlaceTest | None
) -> EntityRecord:
    """A document-local entity: one type for all its mentions (see `resolution.typing`),
    named and given its id by `annotations.local_entity`."""
    labels = [label for _, label in members]
    forms = [display_form(m.text) for m, _ in members]
    entity_type, gazetteer_place = resolved_type([m.span for m, _ in members], labels, forms, place_names)
    ident, name, _ = local_entity([(m.text, label) for m, label in members], taken, entity_type)
    record = EntityRecord(ident, name, entity_type, ident)
    for mention, label in members:
        dateline = (mention.start_char, mention.end_char) in datelines
        shown = mention_label(label, entity_type, gazetteer_place)
        record.mentions.append(MentionRecord(mention.start_char, mention.end_char, shown, dateline))
    return record


def _is_stop_word(vocab: Vocab, word: str) -> bool:
    """``vocab[word].is_stop``, without adding a lexeme for a word the vocabulary does not
    hold (a new lexeme would take its flag from the same test)."""
    if word in vocab:
        return bool(vocab[word].is_stop)
    test = getattr(vocab, "lex_attr_getters", {}).get(IS_STOP)  # not in spaCy's type stubs
    return bool(test(word)) if test is not None else False


def _word_tokens(doc: Doc, words: dict[str, str]) -> list[Span]:
    """The one-token occurrences of `words` that no hyphen joins to a neighbour ("Diallo", not
    the "Diallo" of "Okonkwo-Diallo"); the tokens are found by their ORTH hashes in one array
    comparison, without making a Python object of every token."""
    if not words:
        return []
    wanted = numpy.fromiter((get_string_id(word) for word in words), dtype=numpy.uint64, count=len(words))
    orths = doc.to_array(ORTH)
    hits = numpy.flatnonzero(numpy.isin(orths, wanted)).tolist()
    if not hits:
        return []
    spaced = doc.to_array(SPACY).tolist()  # a space after each token or not: its whitespace_
    orth = orths.tolist()
    hyphens = {get_string_id(hyphen) for hyphen in _HYPHENS}
    found = []
    for i in hits:  # an ORTH hash found is the token's text: each is one of `words`
        joined = (i > 0 and not spaced[i - 1] and orth[i - 1] in hyphens) or (
            i + 1 < len(orth) and not spaced[i] and orth[i + 1] in hyphens
        )
        if not joined:
            found.append(doc[i : i + 1])
    return found


def _occurrences(text: str, *forms: str) -> list[tuple[int, int]]:
    """Where any of `forms` occurs as a whole word (not "ISIS" inside "ISIS-K"), in one pass."""
    if not forms:
        return []
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text)]
