"""Reading cues, subjects and channels off spaCy's dependency parse."""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..annotations import DATELINE_SPANS, text_of
from ..timex.lexicon import CLOCK_TIME
from .lexicon import Lexicon

#: Dependencies of a clause whose subject is the subject of the clause it hangs from
#: ("... and said", "..., adding that", "refused to say").
SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp"})
#: Clauses that stand as a sentence of their own: a participle after one speaks for its subject.
SENTENCE_CLAUSE_DEPS = frozenset({"ROOT", "conj"})
#: Relative pronouns: a reporting clause "which said ..." speaks for the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
SENTENCE_END = frozenset({".", "!", "?", ";"})
#: How far after a dateline's place its dash may come, in tokens ("BAMAKO, Mali (AP) —").
DATELINE_TAIL_TOKENS = 8
DASHES = frozenset({"—", "–", "-", "--"})
#: Entity types of a place, which the parse may take for a second subject ("In Dover, Delaware, Reyes said").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: How many distinct lemmas `cue_positions` remembers (in the lexicon) before starting afresh.
MAX_KNOWN_LEMMAS = 200_000


def is_cue_verb(token: Token, lexicon: Lexicon) -> bool:
    """A speech or cognition verb, or a phrasal speech verb with its particle ("pointed out")."""
    if not (token.pos_ == "VERB" or token.tag_.startswith("VB")):
        return False
    lemma = token.lemma_.lower()
    if lemma in lexicon.verbs:
        return True
    particles = lexicon.phrasal.get(lemma, frozenset())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in token.children)


def cue_positions(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Indices of the tokens that may be a cue: a cue or phrasal verb's lemma or a phrase's first word,
    read off the token arrays (a Token is made only for these)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    array = doc.to_array([LEMMA, LOWER]).astype("uint64")
    known = lexicon.cue_lemma_ids  # each distinct lemma's string is read once, not once per Doc
    if len(known) > MAX_KNOWN_LEMMAS:
        known.clear()
    verbs = []
    for lemma in np.unique(array[:, 0]).tolist():
        cue = known.get(lemma)
        if cue is None:
            cue = known[lemma] = strings[lemma].lower() in lexicon.cue_lemmas
        if cue:
            verbs.append(lemma)
    starts = [strings[word] for word in lexicon.phrase_starts]  # a word's hash, whether the Doc has it or not
    hits = np.isin(array[:, 0], np.array(verbs, dtype="uint64")) | np.isin(array[:, 1], np.array(starts, dtype="uint64"))
    return [int(i) for i in np.flatnonzero(hits)]


#: What a finite verb the parse read as a participle still governs: its object, the predicate
#: of its object, its clause.
FINITE_OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp"})


def misread_finite_subject(verb: Token) -> Token | None:
    """The subject of a past verb the parse hung as a participle on a noun, after a comma and an
    aside on the subject ("Pryce, who has scored in five games, called the defeat ...", "Poland's
    minister, Joanna Kruk, called him ... and said"): the sentence's root noun, where the sentence
    has no verb of its own, or the noun the verb hangs on, where that noun is the subject of a
    verb after it. Only a verb with an object or a clause and no agent is read so: "the plan,
    drawn up in May, ..." and "a law, passed by the senate, ..." stay participles."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or not verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children) or not any(c.dep_ in FINITE_OBJECT_DEPS for c in children):
        return None
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and verb.i in {t.i for t in root.subtree}:
        return root
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" and head.head.i > verb.i:
        return head
    return None


def phrase_at(doc: Doc, i: int, lexicon: Lexicon) -> int | None:
    """If a multiword cue ("according to") starts at token i, the index of its last token."""
    first = doc[i].lower_
    if first not in lexicon.phrase_starts:
        return None
    for phrase in lexicon.phrases:
        end = i + len(phrase)
        if phrase[0] == first and end <= len(doc) and all(doc[i + k].lower_ == word for k, word in enumerate(phrase)):
            return end - 1
    return None


def phrase_source(token: Token) -> Token | None:
    """The object of a cue phrase's last word: "according to [the ministry]"."""
    return next((c for c in token.children if c.dep_ in ("pobj", "dobj", "obj")), None)


def hyphened_word(token: Token) -> list[Token]:
    """The pieces of a hyphened word the parse split into tokens of one relation to one head
    ("co", "-", "author", each a subject of the cue): all of them, in order, with no space
    between; the word's head is the last. Any other token comes back alone."""
    doc = token.doc

    def piece(other: Token) -> bool:
        return other.head.i == token.head.i and other.dep_ == token.dep_ and other.i != token.head.i

    start = end = token.i
    while start > 0 and piece(doc[start - 1]) and not doc[start - 1].whitespace_:
        start -= 1
    while end + 1 < len(doc) and piece(doc[end + 1]) and not doc[end].whitespace_:
        end += 1
    word = list(doc[start : end + 1])
    return word if any(t.text == "-" for t in word[1:-1]) else [token]


def _title_of_next(token: Token, subjects: list[Token]) -> bool:
    """A common noun right before a name that is another subject of the same verb, nothing between
    them but the name's own words: the name's title ("then-provost Jean Ochil", which the parse
    may tag an adjective)."""
    if token.pos_ not in ("NOUN", "ADJ"):
        return False
    return any(
        other.pos_ == "PROPN" and other.ent_type_ == "PERSON" and other.left_edge.i == token.i + 1
        for other in subjects
    )


def subject_of(verb: Token, lexicon: Lexicon | None = None, depth: int = 3) -> Token | None:
    """The head token of the cue verb's subject, following shared subjects and relative clauses.

    With a lexicon, a participle cue ("..., adding that"), or a coordinated one without a
    subject of its own ("said X and added that Y"), speaks for the subject of the nearest
    cue verb above it. Where the parse gives no subject, a name or pronoun right
    before the cue in its paragraph is taken ("Washington said", misparsed after a line
    the parser ran on from).
    """
    deps = ("nsubj", "nsubjpass") if perfect_read_as_passive(verb) else ("nsubj",)
    subjects = [c for c in verb.children if c.dep_ in deps]
    named = [c for c in subjects if not _relative(c, verb)]
    if named:  # a dateline is no subject: "BOSTON (AP) — Maria Lopez said" parses both as subjects
        candidates = [c for c in named if not _dateline(c)] or named
        # of two subjects the parse gave, a place set off by commas before the speaker is none
        candidates = [c for c in candidates if c.ent_type_ not in PLACE_TYPES] or candidates
        # a role the parse cut off its name as a subject of its own ("then-[provost] [Jean Ochil]"): the name
        candidates = [c for c in candidates if not _title_of_next(c, candidates)]
        # nor the clitic of "has" ("He's said") read as a noun: the word it hangs on
        candidates = [c for c in candidates if not is_clitic_has(c, verb)] or [_before_clitic(c, verb) for c in candidates]
        # where the parse made every subject a dateline ("ROUEN, France - The port said"), the
        # phrase after its dash, on whichever of them the parse hung it
        dateline = dateline_tokens(verb.doc)
        after = [a for a in map(_after_dateline, candidates) if a.i not in dateline]
        subject = _on_the_cue_line(hyphened_word(after[0] if after else candidates[0])[-1], verb)
        return _behind_participle(subject, verb) if subject is not None else None
    if subjects:  # "the group, which said ...": the noun the clause hangs from
        return next((a for a in verb.ancestors if a.pos_ in ("NOUN", "PROPN")), None)
    share = next((c for c in verb.lefts if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    if share is not None:  # "About 4 in 10 say ...": the share, parsed as the verb's number
        return share
    misread = misread_finite_subject(verb)
    if misread is not None:  # "Pryce, who has scored in five games, called the defeat ..."
        return misread
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):  # "a statement saying ..."
        clause = _clause_of_set_off_participle(verb)
        if depth and clause is not None:  # "X sent a reply, saying ...": X says it
            return subject_of(clause, None, depth - 1) or verb.head
        return verb.head
    if lexicon is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        found = _reporting_ancestor_subject(verb, lexicon, depth)
        if found is not None:
            return found
    if depth and (verb.dep_ in SHARED_SUBJECT_DEPS or _run_on_verb(verb)) and verb.head.i != verb.i:
        found = subject_of(_host(verb) if verb.tag_ == "VBG" else verb.head, None, depth - 1)
        if found is not None:
            return found
    if lexicon is not None and verb.dep_ in ("advcl", "conj"):  # "said X and added that Y"
        found = _reporting_ancestor_subject(verb, lexicon, depth)
        if found is not None:
            return found
    clause = _clause_of_gerund(verb)
    if depth and clause is not None:  # "After saying that ..., the sheriff closed": the clause's subject
        return subject_of(clause, None, depth - 1)
    opening = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")), None)
    if opening is not None:  # "Asked about X, [the captain, Tom Reid], said": hung inside the participle
        hung = _behind_participle(opening, verb)
        if hung is not opening:
            return hung
    return _adjacent_subject(verb)


def _behind_participle(subject: Token, verb: Token) -> Token:
    """The name set off by commas at the end of an opening participle that the parse took for
    the subject ("Alarmed by the unrest, [Senator Ann Reyes], the minority leader, said") or hung
    inside the participle when the cue has no subject ("Asked about X, [the captain], Tom Reid,
    said"), else the subject (the participle)."""
    if subject.tag_ not in ("VBN", "VBG") or subject.i > verb.i:
        return subject
    last = verb.i - 1
    while last > subject.i and subject.doc[last].is_punct:
        last -= 1
    for token in subject.subtree:
        start = token.left_edge.i
        if (token.dep_ == "appos" and token.pos_ in ("PROPN", "NOUN") and token.right_edge.i == last
                and start > 0 and subject.doc[start - 1].text == ","):
            return token
    return subject


def _clause_of_set_off_participle(verb: Token) -> Token | None:
    """The verb of the clause whose object a participle set off by a comma hangs on in the parse
    ("[sent] a reply, saying ..."): the comma makes the participle the clause's, not the noun's."""
    noun, doc = verb.head, verb.doc
    first = verb.left_edge.i  # the comma is the participle's own in some parses, else right before it
    if verb.tag_ != "VBG" or noun.i > verb.i or not any(t.text == "," for t in doc[max(first - 1, noun.i) : verb.i]):
        return None
    if noun.dep_ not in ("dobj", "pobj", "dative", "attr"):
        return None
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _clause_of_gerund(verb: Token) -> Token | None:
    """The verb of the clause that a gerund in a prepositional phrase modifies ("[closed] ...
    after saying", "[ended] the debate by arguing"): its subject is the gerund's."""
    preposition = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or preposition.dep_ != "prep":
        return None
    clause = preposition.head
    return clause if clause.pos_ in ("VERB", "AUX") and clause.i != verb.i else None


def _dateline(subject: Token) -> bool:
    """A name opening its paragraph with a dash hung from it: a dateline before the story
    ("BOSTON (AP) —", "CHICAGO, May 3 (UPI) –"), or a place the entity stage marked as the dateline."""
    first = subject.left_edge.i
    opens = first == 0 or "\n" in subject.doc[first - 1].text
    return ((opens and subject.pos_ == "PROPN" and any(c.dep_ == "punct" and c.text in DASHES for c in subject.rights))
            or subject.i in dateline_tokens(subject.doc))


def _after_dateline(subject: Token) -> Token:
    """The name after the dash where the parse made a dateline the subject and hung the name on it
    as an apposition ("TOLEDO — [Ann Reyes] told", "Boston (AFP) – [Ann Reyes] said"), or hung what
    follows the dash anyhow ("AVIEMORE, Scotland - [Police Scotland] said", the hyphen read as one
    inside a name), else the subject."""
    if not _dateline(subject):
        return subject
    dash = next((c for c in subject.rights if c.dep_ == "punct" and c.text in DASHES), None)
    if dash is not None:
        return next((c for c in subject.rights if c.dep_ == "appos" and c.i > dash.i), subject)
    last = max(dateline_tokens(subject.doc), default=subject.i)  # the dateline's dash
    return next((t for t in subject.subtree if t.i > last and (t.head.i <= last or t.head.i == t.i)), subject)


def is_timestamp(token: Token) -> bool:
    """A clock time that opens its line: a live blog's time of the entry ("[14:09] The government
    expects ..., Whitmore tells the House", "[09.45] ..."), which is neither who speaks nor what
    was said."""
    if not CLOCK_TIME.fullmatch(token.text):
        return False
    text = text_of(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return not text[line_start : token.idx].strip()


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the datelines the entity stage marked, from the start of their line to the dash
    that ends them ("[AVIEMORE, Scotland -] Police said", "[BAMAKO, Mali (AP) —]"); none where no dash
    follows the place on its line."""
    found: set[int] = set()
    for place in doc.spans.get(DATELINE_SPANS, []):
        first = place.start
        while first > 0 and "\n" not in doc[first - 1].text:
            first -= 1
        for token in doc[place.end : min(place.end + DATELINE_TAIL_TOKENS, len(doc))]:
            if "\n" in token.text:
                break
            if token.text in DASHES:
                found.update(range(first, token.i + 1))
                break
    return frozenset(found)


def is_clitic_has(token: Token, verb: Token) -> bool:
    """The clitic "'s" right before a past participle or past form, "has" ("He's said"), which the
    parse may take for a second subject."""
    return token.lower_ in ("'s", "’s") and token.i == verb.i - 1 and verb.tag_ in ("VBN", "VBD")


def _before_clitic(subject: Token, verb: Token) -> Token:
    """The word before the clitic of "has" that the parse made the subject and hung that word on
    ("[He]'s said"), else the subject."""
    if not is_clitic_has(subject, verb) or subject.i == 0:
        return subject
    before = subject.doc[subject.i - 1]
    return before if before.head.i == subject.i and before.pos_ in ("PRON", "PROPN", "NOUN") else subject


def _relative(subject: Token, verb: Token) -> bool:
    """A relative pronoun as subject: "which said", "who said" (also where the parse missed the relcl)."""
    return subject.lower_ in RELATIVE_PRONOUNS and (verb.dep_ == "relcl" or subject.lower_ != "that")


def _on_the_cue_line(subject: Token, verb: Token) -> Token | None:
    """The subject, unless the parse ran over a line break to find it ("ATLANTA (AP) --\n\nThe
    creator of ... says", a heading "SCIENTISTS\n\nMarine biologist Ann Berg ... said"): then the
    noun it hangs on the cue's line, as an apposition or any other noun (the parse read the heading
    and the speaker as one phrase), if any."""
    low, high = sorted((subject.i, verb.i))
    if not any("\n" in t.text for t in subject.doc[low:high]):
        return subject
    return next((c for c in subject.children
                 if (c.dep_ == "appos" or (c.pos_ in ("NOUN", "PROPN") and c.dep_ != "compound"))
                 and (c.i > low) == (verb.i > low)
                 and not any("\n" in t.text for t in subject.doc[min(c.i, verb.i) : max(c.i, verb.i)])), None)


def passive_agent(verb: Token) -> Token | None:
    """The agent of a passive cue: "was asked by [reporters]"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _run_on_verb(verb: Token) -> bool:
    """'The mayor paused, then revealed why ...': a finite verb with a clause right after it that the
    parse hung on a finite verb before it with no label ("dep"), after a comma: a second act of
    the same subject."""
    head = verb.head
    return (verb.dep_ == "dep" and head.i < verb.i and head.pos_ == "VERB" and verb.tag_ == head.tag_
            and verb.tag_ in ("VBD", "VBZ", "VBP") and any(t.text == "," for t in verb.doc[head.i + 1 : verb.i])
            and any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 for c in verb.children))


def _reporting_ancestor_subject(verb: Token, lexicon: Lexicon, depth: int) -> Token | None:
    start = _host(verb, lexicon) if verb.tag_ == "VBG" else verb.head
    if start.i != verb.i and start.dep_ in SENTENCE_CLAUSE_DEPS and not is_cue_verb(start, lexicon) and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in start.children
    ):  # "X sued the city, saying": the main clause's own subject, not a cue's further up
        return subject_of(start, lexicon, depth)
    above = next((a for a in (start, *start.ancestors) if is_cue_verb(a, lexicon) and a.i != verb.i), None)
    return subject_of(above, lexicon, depth) if above is not None else None


#: Double quotation marks as tokens: an odd number of them between two words puts one inside a
#: quotation the other is outside of.
DOUBLE_QUOTE_TOKENS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``"})
#: How many clauses up a participle's host is looked for.
MAX_HOST_CLIMB = 4


def _host(participle: Token, lexicon: Lexicon | None = None) -> Token:
    """The clause whose subject a participle set after it speaks for: its head in the parse, or
    above it where that head is a clause reported by a verb with a subject before it ("X said
    [the plan works], adding"), a relative clause of "that" or "which" on a noun ("X had a
    moment [that played well], denouncing"), a verb's complement infinitive ("X said Y will
    have [to choose], saying"), the clause that says what an object holds ("X rejected the idea
    [that Y would fail], saying") or a verb inside quotation marks the participle is outside
    of ('X said, adding, "[He cares]"'): the parse hangs a participle on the nearest verb, the
    writer on the sentence's speaker. With a lexicon, a cue verb is the host
    ('Y, X added, saying'), wherever the parse hangs it."""
    head = participle.head
    for _ in range(MAX_HOST_CLIMB):
        above = head.head
        if above.i == head.i or (lexicon is not None and is_cue_verb(head, lexicon)):
            break
        if _noun_content(head) or _thing_clause(head):  # "rejected [the idea that X would fail], saying"
            above = above.head  # past the noun, to the verb it hangs on
        elif not (_quoted_apart(participle, head) or _reported_by(head) or head.dep_ == "xcomp"):
            break
        head = above
    return head


def _noun_content(clause: Token) -> bool:
    """The clause "that ..." that says what a noun, the object of a verb, holds ("rejected [the idea]
    [that ...]")."""
    noun = clause.head
    return (clause.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.dep_ == "dobj"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _reported_by(clause: Token) -> bool:
    """A clause reported by the verb before it, which has a subject of its own ("X said [...]")."""
    verb = clause.head
    return (clause.dep_ == "ccomp" and verb.i < clause.i and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))


def _thing_clause(clause: Token) -> bool:
    """A relative clause whose subject is "that" or "which": it tells of a thing, which says nothing."""
    return clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children)


def _quoted_apart(a: Token, b: Token) -> bool:
    """One of two words of a sentence is inside a quotation and the other outside it."""
    low, high = sorted((a.i, b.i))
    return sum(t.text in DOUBLE_QUOTE_TOKENS for t in a.doc[low + 1 : high]) % 2 == 1


def _adjacent_subject(verb: Token) -> Token | None:
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("PROPN", "NOUN", "PRON") and before.dep_ not in ("nsubj", "dobj") and "\n" not in before.text:
        return before
    return None


def reports_nothing(verb: Token, lexicon: Lexicon | None = None) -> bool:
    """A negated ("did not say") or infinitive ("declined to say", "important to note") cue, or
    one in a set phrase of the writer's: "That said, ...", "(It goes) without saying", "Let's say".
    With a lexicon, an infinitive after one of its `implicatives` ("continued to insist") or of
    purpose on an act done ("stood up to say") is said all the same."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not (
            lexicon is not None and entailed_infinitive(verb, lexicon)):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":  # what one goes or leaves without saying
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.head.lemma_ == "let" and verb.head.i < verb.i and any(c.lower_ in HYPOTHESIS_SUBJECTS for c in subjects):
        return True  # "Let's say the rate doubles": a supposition
    return _that_said(verb, subjects)


def entailed_infinitive(verb: Token, lexicon: Lexicon) -> bool:
    """'continued [to insist] that ...': a speech verb in the to-infinitive hung on one of the
    lexicon's implicative verbs (with its particle, if listed with one) that is not itself denied or
    in the infinitive, or in a clause of purpose on an act done ("stood at the meeting [to say]"),
    so the act took place."""
    head = verb.head
    particles = lexicon.implicatives.get(head.lemma_.lower())
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return False  # 'continue to believe': a state of mind goes on, no act took place
    if _purpose_done(verb, head):
        return True
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or head.pos_ != "VERB" or particles is None:
        return False  # an infinitive after a particle may be read as a clause of purpose
    if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in head.children):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in head.children)


def _purpose_done(verb: Token, head: Token) -> bool:
    """'stood at the meeting [to say] ...', 'tweeted on Friday [to say] ...': a clause of purpose on a
    verb in a past or present tense with a subject of its own, neither denied nor under a modal."""
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBZ", "VBP") or head.i > verb.i:
        return False
    if not any(c.dep_ == "nsubj" for c in head.children):
        return False
    return not any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in head.children)


#: The subject of "let" that makes a supposition of a speech verb ("Let's say", "let us say").
HYPOTHESIS_SUBJECTS = frozenset({"'s", "us"})
#: Demonstratives that, as the only subject of a cue set off by a comma, make a connective of it.
CONNECTIVE_SUBJECTS = frozenset({"that", "this"})


def _that_said(verb: Token, subjects: list[Token]) -> bool:
    """'That said, the plan holds': a demonstrative subject right before the cue, opening its
    sentence, and a comma right after it: the writer's connective ("even so"), not a report."""
    doc = verb.doc
    if len(subjects) != 1 or subjects[0].i != verb.i - 1 or subjects[0].lower_ not in CONNECTIVE_SUBJECTS:
        return False
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    return subjects[0].is_sent_start or subjects[0].i == 0 or doc[subjects[0].i - 1].is_punct


#: Subjects of an impersonal passive ("It's said that ..."), which the clitic "'s" leaves a passive.
IMPERSONAL_SUBJECTS = frozenset({"it", "this", "that", "there"})


def perfect_read_as_passive(verb: Token) -> bool:
    """The clitic of "has" the parse read as the passive's "is", before a past participle that
    reports a clause of its own: "she's said [the tax was a mistake]" (not "it's said that ...",
    nor "he's said to be ill")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    clitic = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") and c.i == verb.i - 1 for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return clitic and subject is not None and subject.lower_ not in IMPERSONAL_SUBJECTS


def is_passive(verb: Token) -> bool:
    """A cue in the passive ("was asked whether", "when asked if"): its subject, or the clause's,
    is the one spoken to, never the speaker. A past participle with a passive auxiliary or
    subject, or a bare one ("when asked") without "have" or a subject of its own; also where the
    parse read a bare one as a past tense ("Asked whether ..., she said"), which a clause hung on
    another verb without a subject of its own cannot be."""
    if verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return not perfect_read_as_passive(verb)
    if misread_finite_subject(verb) is not None:
        return False
    if verb.tag_ == "VBD" and not _fronted_bare(verb):
        return False
    return (verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "nsubj") for c in verb.children))


def _fronted_bare(verb: Token) -> bool:
    """A verb that opens a clause before the one it hangs on, with nothing before it but "when"
    ("Asked whether ..., she said", "When asked ..., he said")."""
    return verb.i < verb.head.i and all(t.tag_ == "WRB" for t in verb.doc[verb.left_edge.i : verb.i])


def chars(tokens: list[Token] | tuple[Token, ...]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def cue_chars(verb: Token) -> tuple[int, int]:
    """The cue verb with its particles ("pointed out")."""
    parts = [verb, *(c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)]
    return chars(parts)


def channel_of(verb: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where it was said: "in a statement on Twitter", "(told) Reuters", "to reporters"."""
    for child in verb.children:
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and _names_channel(objects[0], lexicon):
                return _chars_or_none(same_paragraph(list(child.subtree), verb))
        elif (
            child.dep_ in ("dobj", "dative")
            and verb.lemma_.lower() in ("tell", "brief", "inform")
            and (_names_channel(child, lexicon) or child.ent_type_ in ("ORG", "PERSON"))
        ):
            return _chars_or_none(same_paragraph(list(child.subtree), verb))
    return None


def _chars_or_none(tokens: list[Token]) -> tuple[int, int] | None:
    return chars(tokens) if tokens else None


def same_paragraph(tokens: list[Token], anchor: Token) -> list[Token]:
    """The contiguous tokens around `anchor` that share its paragraph, without edge punctuation.

    The parser sometimes runs a sentence on over a line break; no span of ours does."""
    at = anchor.i
    left = [t for t in tokens if t.i < at]
    right = [t for t in tokens if t.i > at]
    first = len(left)  # the left part runs back to the nearest line break
    while first and "\n" not in left[first - 1].text:
        first -= 1
    last = 0  # the right part runs on to the nearest line break
    while last < len(right) and "\n" not in right[last].text:
        last += 1
    middle = [anchor] if len(left) + len(right) < len(tokens) else []  # the anchor is among the tokens
    return trim(left[first:] + middle + right[:last]) or middle


def _names_channel(token: Token, lexicon: Lexicon) -> bool:
    return token.lemma_.lower() in lexicon.channels or token.lower_ in lexicon.channels


def is_quote_mark(token: Token) -> bool:
    """A quotation mark, by spaCy's flag or the tagger's ``/'' tags."""
    return token.is_quote or token.tag_ in ("``", "''")


def trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, quotation marks and spaces at both ends, and a conjunction at the end."""
    start, end = 0, len(tokens)
    while start < end and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space or tokens[end - 1].pos_ == "CCONJ"):
        end -= 1
    return tokens[start:end]


def tokens_between(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    """Tokens that start at or after start_char and end at or before end_char."""
    if start_char >= end_char:
        return []
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    return list(span) if span is not None else []


def speaks_through(verb: Token) -> bool:
    """The verb says what the noun it hangs on says: a participle ("a statement [saying]") or a
    relative clause whose subject is the relative pronoun ("a video that [accuses]")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.i < verb.i for c in verb.children
    )


def carrying_text(noun: Token) -> Token:
    """The object a participle on `noun` speaks through: `noun`, or the object whose phrase says
    whom it went to, where the parse hung the participle on the addressee ("sent [an email] to
    members stating ...")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ not in ("prep", "dative") or preposition.lower_ != "to":
        return noun
    above = preposition.head  # the object, or the verb the parse hung "to" on beside it
    if above.dep_ == "dobj":
        return above
    if above.pos_ not in ("VERB", "AUX"):
        return noun
    return next((c for c in above.children if c.dep_ == "dobj" and c.i < preposition.i), noun)


#: Entity types a name set off before a cue without a subject may speak for.
SPEAKING_NAMES = frozenset({"PERSON", "ORG"})
#: Most tokens between such a name and its cue (an aside set off by commas).
MAX_ASIDE_TOKENS = 14
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def name_set_off_before(cue: Token, before: list[Token]) -> Token | None:
    """'..., Col. Ann Reyes, a spokeswoman in Kabul, said, "..."', '... after Ms. Lowe, asked
    about the strike, had said, "..."': a cue the parse left without a subject, the name of a
    person or organisation right before its comma, or before an aside set off by commas (a
    phrase set beside the name, a participle, a relative clause), which the parse hung elsewhere
    (as the apposition of a date, the object of "after"). The name is the speaker; a name that
    is the object of a preposition in the aside ('for the Red Cross') is none."""
    words = [t for t in before if not t.is_space]
    while words and words[-1].head.i == cue.i and words[-1].dep_ in ("aux", "neg", "advmod"):
        words.pop()
    if not words or words[-1].text != ",":
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 2 - MAX_ASIDE_TOKENS), -1):
        name = words[k]
        if name.ent_type_ not in SPEAKING_NAMES or (name.i + 1 < len(cue.doc) and cue.doc[name.i + 1].ent_iob_ == "I"):
            continue
        aside = words[k + 1 : -1]
        # 'her adviser, Jake Sullivan, said': the name ends the phrase; not the object of a verb or
        # preposition before it ('In criticizing [Clinton], hints that ...')
        if not aside and name.dep_ not in ("pobj", "dobj"):
            return name
        if not aside or aside[0].text != ",":  # a name inside the aside ('for the Red Cross')
            continue
        inner = [t for t in aside[1:] if not t.is_punct]
        finite = [t for t in inner[1:] if t.tag_ in FINITE_TAGS]
        if (not inner or any(is_quote_mark(t) or t.text in SENTENCE_END for t in aside)
                or (finite and not any(t.tag_ in ("WP", "WDT") for t in inner))):
            return None
        return name
    return None
