"""Indirect and mixed quotes: a cue with a clausal complement, or "according to X".

    Taliban leaders deny [ISIS and Al-Qaeda militants are active ...]    indirect
    [Ten people died], police said.                                      indirect
    According to the UN, [about 50,000 people live in the camp].         indirect
    ... warned that ["over-the-horizon" attacks could inflict ...]       mixed
    [The convoy], the ministry said, [was hit at dawn].                  indirect, in two parts
    Her lawyer called [the ruling "incoherent" and "unjust"].            mixed: quoted object
    The senator urged [voters to stay home].                             indirect: a request
    He said [the talks failed, and that both sides would meet].         indirect: one report

The content is the complement's words (without "that"), kept inside the paragraph run of
the cue. A complement with quoted words in it, or right after it, is a mixed quote, unless
the quoted words only name a term inside a noun phrase ("an "over-the-horizon" capability"):
that scare quote leaves the quote indirect. A complement that is wholly inside quotation
marks ('He said "we will win"') is a direct quote. A cue clause set between commas inside
the clause it reports (spaCy's parataxis) reports that clause, in the two pieces around it.
A speech verb without a complement reports its object only when the object holds the
speaker's quoted words; an object that is not a statement ("called a meeting") is no quote.
A second that-clause coordinated with the first ("said A, and that B") belongs to the same
report. A finite cue whose subject the parse lost ("About 4 in 10 say ...") reports its
clause with no speaker named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..annotations import DATELINE_SPANS, text_of
from .candidates import Candidate
from .lexicon import Lexicon
from .marks import QuoteMarks, Segment, quoted_words
from .requests import answer_said, judgement_said, reported_without_clause
from .syntax import (
    IMPERSONAL_SUBJECTS,
    SENTENCE_END,
    channel_of,
    chars,
    cue_chars,
    cue_positions,
    entailed_infinitive,
    is_cue_verb,
    is_passive,
    is_quote_mark,
    is_timestamp,
    name_set_off_before,
    passive_agent,
    phrase_at,
    phrase_source,
    reports_nothing,
    subject_of,
    tokens_between,
    trim,
)

#: Words before a quoted term that say the writer, not the source, is quoting it.
SCARE_MARKERS = frozenset({"so-called", "so", "called", "dubbed", "termed", "known"})
#: Tags of a relative pronoun ("which", "what", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: Relative pronouns that open a non-restrictive clause (the writer's aside after a comma).
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})
#: Fewest tokens in reported content: one word ("That, according to ...") reports nothing.
MIN_WORDS = 2
#: Tags of a finite verb: one can head a complement clause on its own.
FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Longest quoted term (in words) that can be a scare quote.
MAX_SCARE_WORDS = 4
#: A dateline's end: a dash or colon after the place, its region and agency ("BAMAKO, Mali (AP) —").
_DATELINE_END = re.compile(r"\s?(?:[-–—]{1,2}|:)\s")
MAX_DATELINE_TAIL = 30
#: Dependents of a speech verb that hold what it reports when it has no clause: "called [the
#: ruling] ["incoherent"]", "vowed [to "press on"]", "apologised [for "any errors"]".
OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "dative", "prep", "xcomp", "ccomp"})
#: The same for a verb of ``quoted_objects``, whose quoted words the parse may read as an
#: adverbial noun ('welcomed the plan ["a fresh start"]').
QUOTING_OBJECT_DEPS = OBJECT_DEPS | {"npadvmod"}


def find_indirect(
    doc: Doc, marks: QuoteMarks, lexicon: Lexicon, taken: list[Candidate], nested: bool = False
) -> list[Candidate]:
    """Indirect and mixed quotes (and direct ones a cue introduces without punctuation) whose
    content overlaps none of `taken` nor each other; with `nested`, a report inside another's
    content is kept beside it (see `_nests`). A cue coordinated with the reported clause that
    speaks for the same speaker ends the report before it (see `_before_coordinated_cue`)."""
    outer = marks.outermost()
    quoted = _flags(len(marks.text), [s.content for s in outer])  # inside an outermost quote
    used = _flags(len(marks.text), [c.content for c in taken])  # content already reported
    direct = bytes(used)  # content of the direct quotes: no report nests in one here
    found: list[Candidate] = []
    for i in cue_positions(doc, lexicon):
        token = doc[i]
        if quoted[token.idx]:
            continue
        last = phrase_at(doc, token.i, lexicon) if token.lower_ in lexicon.phrase_starts else None
        if last is not None:
            candidate = _according_to(doc, token, doc[last], marks, outer, lexicon)
        elif is_cue_verb(token, lexicon) and not reports_nothing(token, lexicon):
            candidate = _with_entailing_verb(_reported_clause(doc, token, marks, outer, lexicon), token, lexicon)
        elif (token.lemma_.lower() in lexicon.judgements or token.lemma_.lower() in lexicon.descriptions
              or _citing(token, lexicon)) and token.pos_ == "VERB" and not reports_nothing(token):
            candidate = _judged(doc, token, marks, outer, lexicon)
        elif token.lemma_.lower() in lexicon.predicates and not reports_nothing(token):
            candidate = _made_clear(doc, token, marks, outer, lexicon)
            if candidate is None and token.lemma_.lower() in lexicon.light_verbs:
                candidate = _remarks_about(doc, token, marks, outer, lexicon)
        elif token.lemma_.lower() in lexicon.light_verbs and not reports_nothing(token):
            candidate = _remarks_about(doc, token, marks, outer, lexicon)
        elif token.lemma_.lower() in lexicon.quoted_objects and token.pos_ == "VERB" and not reports_nothing(token):
            candidate = _quoting_act(doc, token, marks, outer, lexicon)
        elif token.lemma_.lower() in lexicon.findings and token.pos_ == "VERB":
            candidate = _finding(doc, token, marks, outer, lexicon)
        elif token.lemma_.lower() in lexicon.speech_nouns and token.pos_ == "NOUN":
            candidate = _noun_clause(doc, token, marks, outer, lexicon)
        else:
            continue
        if candidate is None:
            continue
        candidate = _after_connective(doc, candidate, lexicon)
        if any(used[slice(*candidate.content)]):
            if any(direct[slice(*candidate.content)]):
                continue
            cut = [_before_coordinated_cue(doc, c, candidate, token) for c in found]
            if any(_overlap(c.content, candidate.content) for c in cut) and not (nested and _nests(candidate, found)):
                continue
            found = cut
        used[slice(*candidate.content)] = b"\x01" * (candidate.content[1] - candidate.content[0])
        found.append(candidate)
    return found


def _with_entailing_verb(candidate: Candidate | None, cue: Token, lexicon: Lexicon) -> Candidate | None:
    """'[continued to insist] that ...': the cue of an infinitive said all the same (see
    `syntax.entailed_infinitive`) runs from the verb that entails it, where only its particle and
    "to" stand between them: one chain of verbs says that and how it was said."""
    if candidate is None or candidate.cue is None or not entailed_infinitive(cue, lexicon):
        return candidate
    head = cue.head
    between = cue.doc[head.i + 1 : cue.i]
    if head.i > cue.i or not all((t.dep_ == "prt" and t.head.i == head.i) or (t.dep_ == "aux" and t.lower_ == "to")
                                 for t in between):
        return candidate
    return replace(candidate, cue=(head.idx, candidate.cue[1]))


#: Most words in a connective set before a reported clause ("what 's more").
MAX_CONNECTIVE_TOKENS = 3


def _after_connective(doc: Doc, candidate: Candidate, lexicon: Lexicon) -> Candidate:
    """'Still, the bridge will open in May, the mayor said.': a connective (`connectives` in
    data/quotes/cues.json) and its comma that open the sentence of a reported clause whose cue
    comes after it are the writer's link to the sentence before, not what was said."""
    if candidate.kind == "direct" or candidate.parts or candidate.cue is None or candidate.cue[0] < candidate.content[1]:
        return candidate
    span = doc.char_span(*candidate.content, alignment_mode="expand")
    if span is None or not span[0].is_sent_start:
        return candidate
    comma = next((t for t in span[: MAX_CONNECTIVE_TOKENS + 1] if t.text == ","), None)
    if comma is None or comma.i == span.start:
        return candidate
    text = text_of(doc)
    if text[candidate.content[0] : comma.idx].strip().lower().replace("’", "'") not in lexicon.connectives:
        return candidate
    rest = trim(list(doc[comma.i + 1 : span.end]))
    if not rest:
        return candidate
    return replace(candidate, content=(rest[0].idx, candidate.content[1]))


#: Tags of a verb that reports with its predicate: past, present or ongoing, not the bare
#: infinitive of a wish or an order ("we need to make it clear", "let me make clear").
PREDICATE_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def _made_clear(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'The mayor made (it) clear that the bridge would stay shut': a verb and an adjective of
    ``predicates`` report the clause after them, which the parse hangs on either word."""
    if cue.tag_ not in PREDICATE_TAGS or is_passive(cue):  # 'as was made clear when ...': no one says it
        return None
    words = lexicon.predicates[cue.lemma_.lower()]
    adjective = next((c for c in cue.rights if c.dep_ in ("oprd", "ccomp", "acomp") and c.lower_ in words), None)
    if adjective is None:
        return None
    clause = next((c for c in (*cue.rights, *adjective.rights) if c.i > adjective.i and c.dep_ in ("ccomp", "advcl")
                   and c.pos_ in ("VERB", "AUX") and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                   and not any(k.dep_ == "mark" and k.lower_ != "that" for k in c.children)), None)
    subject = subject_of(cue, lexicon)
    if clause is None or subject is None:
        return None
    said = trim_complementizer(list(doc[clause.left_edge.i : clause.right_edge.i + 1]))
    return _candidate(doc, said, chars([cue, adjective]), subject, cue, marks, outer, channel_of(cue, lexicon))


def _remarks_about(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'The minister made several comments about [the harbour plan]', 'made no mention of [the
    gap]': a verb of ``light_verbs`` with a noun of speech as its object reports the object of the
    preposition listed with the noun; the verb through the preposition is the cue. Past or present
    only, not passive."""
    if cue.tag_ not in ("VBD", "VBZ", "VBN") or is_passive(cue) or cue.dep_ in ("acl", "amod"):
        return None
    pairs = lexicon.light_verbs[cue.lemma_.lower()]
    nouns = {pair[0] for pair in pairs if pair}
    noun = next((c for c in cue.rights if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    # the preposition on the noun, or on the verb right after the noun's phrase ('a statement [on] the ruling')
    preposition = next((c for c in (*noun.rights, *cue.rights) if c.dep_ == "prep"
                        and (noun.lemma_.lower(), c.lower_) in pairs
                        and (c.head.i == noun.i or c.i == noun.right_edge.i + 1)), None)
    target = next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
    subject = subject_of(cue, lexicon)
    if target is None or subject is None or preposition is None:
        return None
    said = list(doc[target.left_edge.i : target.right_edge.i + 1])
    return _candidate(doc, said, chars([cue, preposition]), subject, cue, marks, outer, channel_of(cue, lexicon),
                      min_words=1)


def _finding(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'Most parents back the plan, [the survey found]', 'X, records show': a verb of finding
    (`findings`) whose subject is a study, survey, poll or record (`studies`) reports the clause
    before it, in the past or present, not in the passive. A clause after it ('found that ...')
    is left to the reader: there PolNeAR's contents keep the "that" ours leave out."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or is_passive(cue):
        return None
    subject = subject_of(cue, lexicon)
    if subject is None or subject.lemma_.lower() not in lexicon.studies or subject.i < cue.i - 12:
        return None
    found = _reported_clause(doc, cue, marks, outer, lexicon)
    if found is None or found.content[1] > subject.left_edge.idx:
        return None
    return found


#: How the parse hangs a noun's that-clause on it ("the claim [that ...]").
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos"})
#: Words between a speech noun and the first adjective before it that the cue spans ("[earlier] claim",
#: "[by-now-familiar] claims").
NOUN_CUE_DEPS = frozenset({"amod", "compound", "advmod"})
#: Determiners of a noun the text already spoke of ("[the] claim that ...").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _noun_clause(doc: Doc, noun: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'the mayor's claim [that the budget was balanced]', 'a warning by the agency [that ...]': a
    noun of a speech act (``speech_nouns``) reports the clause its complementizer "that" opens,
    a clause with a subject of its own (not a relative clause: 'the claim that she made'), "that"
    and all, as PolNeAR marks it. The noun, with the adjectives right before it ("earlier claim"),
    is the cue; its possessive or the object of its "by" is the speaker, else no one named."""
    clause = next((c for c in noun.rights if c.dep_ in NOUN_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
                   and c.left_edge.lower_ == "that"
                   and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
                   and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
                   and not _object_named(c)), None)
    speaker = _noun_speaker(noun)
    if clause is None or _reported_by_verb(noun, lexicon) or _example(noun) \
            or (speaker is None and (_definite(noun) or noun.dep_ == "attr")):
        return None
    said = list(doc[clause.left_edge.i : clause.right_edge.i + 1])
    described = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "VERB", "ADV")]
    start = described[0] if described and all(t.dep_ in NOUN_CUE_DEPS or t.is_punct
                                              for t in doc[described[0].i : noun.i]) else noun
    return _candidate(doc, said, chars([start, noun]), speaker, noun, marks, outer, None)


def _object_named(clause: Token) -> bool:
    """'charges [that] a rival called "pure spin"': a verb with the predicate of an object but no
    object takes "that" as its object; the clause is a relative one."""
    deps = {c.dep_ for c in clause.children}
    return "oprd" in deps and "dobj" not in deps


def _definite(noun: Token) -> bool:
    """'The claim that fares doubled is false': a claim the text already spoke of, named again by
    the writer, who weighs it; no one makes it here. (So, too, a noun with no speaker that the writer
    says something was, 'its high point was [an announcement that ...]': see `_noun_clause`.)"""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.lefts)


def _example(noun: Token) -> bool:
    """'errors such as [his claim that ...]', 'remarks like [her warning that ...]': a noun the writer
    gives as an example of something names a claim to weigh it, no report of its own."""
    if noun.dep_ != "pobj":
        return False
    head = noun.head
    return head.lower_ == "like" or (head.lower_ == "as" and head.i > 0 and noun.doc[head.i - 1].lower_ == "such")


def _reported_by_verb(noun: Token, lexicon: Lexicon) -> bool:
    """'repeated [her claim that ...]', 'cited [reports that ...]', 'in response to [his charge that
    ...]': a noun a cue verb or phrase takes as its object, or that something answers ("in response
    [to]"), is what that cue reports, not a report of its own."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass", "appos") or head.i == noun.i:
        return False
    if head.lemma_.lower() in lexicon.cue_lemmas or (noun.dep_ == "pobj" and noun.head.lower_ == "to"):
        return True
    return _weighed(noun, head, lexicon)


def _weighed(noun: Token, head: Token, lexicon: Lexicon) -> bool:
    """'questions about [his claim that ...]', 'doubled down on [her claim that ...]', 'contradicts
    [the minister's statement that ...]': a noun taken by a word that weighs, disputes, repeats or
    examines it (``claim_weighers``) is what the writer or that word's subject says of the claim;
    the clause is no report of the claim's owner. For the object of a preposition the word is the
    preposition's head, the preposition itself ('about': the claim is a topic), or the word right
    before it, where the parse hangs it on the verb ('found inconsistencies with [her claim]')."""
    words = [head]
    if noun.dep_ == "pobj" and noun.head.i > 0:
        words += [noun.head, noun.doc[noun.head.i - 1]]
    if any(w.lemma_.lower() in lexicon.speech_events or w.lower_ in lexicon.speech_events for w in words[:2]):
        return True  # 'anger following [his remarks that ...]', 'amid [reports that ...]': an event in time
    return any(w.lemma_.lower() in lexicon.claim_weighers for w in words)


def _noun_speaker(noun: Token) -> Token | None:
    """Who made the claim: the noun's possessive ("[Trump]'s claim", "[her] claim") or the object of
    its "by" before the clause ("a claim by [the agency] that ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _citing(token: Token, lexicon: Lexicon) -> bool:
    """'..., citing rising costs': a verb of ``grounds`` reports only as a present participle; a
    finite one ('They cite the flood of 2000') as often recounts an example as gives a reason."""
    return token.lemma_.lower() in lexicon.grounds and token.tag_ == "VBG"


def _nests(candidate: Candidate, found: list[Candidate]) -> bool:
    """The candidate and every report already found that it overlaps are nested: one's cue and
    content lie inside the other's content ('The mayor said [the engineer believes [the bridge is
    unsafe]]'). Both are reported: the inner one with its own source, the outer one whole."""
    overlapping = [c for c in found if _overlap(c.content, candidate.content)]
    return bool(overlapping) and all(_inside(c, candidate) or _inside(candidate, c) for c in overlapping)


def _before_coordinated_cue(doc: Doc, outer: Candidate, inner: Candidate, cue: Token) -> Candidate:
    """'The general said his troops were ready [and vowed to retake the town]': a finite cue the parse
    hung on the reported clause's verb, inside the outer content, that speaks for the outer speaker
    and reports a clause or an infinitive of its own is the reporter's next act, not part of what
    was reported: the outer content ends before it. (A cue that reports only its object, "and
    accused him of ...", "and mentioned a case", stays in: attribution corpora read it so.)"""
    if (inner.subject is None or inner.subject != outer.subject or cue.dep_ != "conj" or cue.tag_ not in FINITE
            or not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children) or outer.parts or not _inside(inner, outer)):
        return outer
    start = cue.left_edge.i
    words = [t for t in doc[: start] if t.idx >= outer.content[0]]
    while words and (words[-1].is_space or words[-1].pos_ == "CCONJ" or (words[-1].is_punct and not is_quote_mark(words[-1]))):
        words.pop()
    if len(words) < MIN_WORDS:
        return outer
    end = words[-1].idx + len(words[-1])
    kind = outer.kind
    if kind == "mixed" and not any(is_quote_mark(t) for t in words):
        kind = "indirect"
    return replace(outer, kind=kind, content=(outer.content[0], end))


def _inside(inner: Candidate, outer: Candidate) -> bool:
    """`inner`'s cue and content lie inside `outer`'s content (not in the gap its cue clause leaves)."""
    if inner.cue is None or inner.content == outer.content:
        return False
    start, end = outer.content
    if not (start <= inner.cue[0] and inner.cue[1] <= end and start <= inner.content[0] and inner.content[1] <= end):
        return False
    pieces = outer.parts or (outer.content,)
    return any(s <= inner.cue[0] and inner.content[1] <= e for s, e in pieces)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _flags(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character of the text: 1 inside any of `spans`."""
    flags = bytearray(length + 1)
    for start, end in spans:
        flags[start:end] = b"\x01" * max(0, end - start)
    return flags


def _reported_clause(
    doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    complements = [c for c in cue.children if (c.dep_ == "ccomp" and not _object_predicate(c))
                   or (c.dep_ == "xcomp" and c.tag_ in FINITE) or _question(c, cue, lexicon)
                   or _gerund_subject(c, cue) or _gerund_reported(c, cue, lexicon) or _clause_read_as_noun(c, cue)]
    if complements:  # 'said A, and that B': the parse hangs the second that-clause on the cue
        complements += [c for c in cue.rights if c.dep_ == "conj" and c.i > complements[-1].i
                        and (_opens_with_that(c) or _quoting_clause(c, lexicon, outer))]
    if is_passive(cue):
        return _asked(doc, cue, complements, marks, outer, lexicon)
    subject = subject_of(cue, lexicon) or _inverted_subject(cue, complements)
    if subject is not None and subject in complements:  # a clause read as the first of two subjects
        subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass") and c not in complements), None)
    if subject is None:
        subject = _subject_read_as_clause(cue, complements)
        if subject is None:
            return _unnamed_speaker(doc, cue, complements, marks, outer, lexicon)
        complements = [c for c in complements if c.i > cue.i]
    if not any(c.dep_ == "nsubj" for c in cue.children):
        subject = _reporter_subject(cue, subject, lexicon)  # 'told X that ... and asked if ...'
    if complements and cue.dep_ == "parataxis":  # 'There is a risk, analysts said, that ...': the clause around
        found = _parenthetical(doc, cue, subject, marks, outer, lexicon)
        if found is not None:
            return found
    if not complements:
        lost = _lost_complement(cue)
        stranded = _stranded_complement(cue, lexicon) if lost is None else None
        if stranded is not None:
            words = list(doc[stranded.left_edge.i : stranded.right_edge.i + 1])
            words = words[1:] if words[0].dep_ == "mark" and words[0].lower_ == "that" else trim_complementizer(words)
            return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))
        if lost is None:
            return (
                _as_reported(doc, cue, subject, marks, outer, lexicon)
                or _parenthetical(doc, cue, subject, marks, outer, lexicon)
                or _before_next_act(doc, cue, subject, marks, outer, lexicon)
                or _without_clause(doc, cue, subject, marks, outer, lexicon)
                or _quoted_object(doc, cue, subject, marks, outer, lexicon)
                or _answer(doc, cue, subject, marks, outer, lexicon)
                or _judgement(doc, cue, subject, marks, outer, lexicon)
            )
        words = list(doc[lost.i : lost.right_edge.i + 1])
        return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))
    inverted = _inverted_parenthetical(doc, cue, complements, subject, marks, outer, lexicon)
    if inverted is not None:
        return inverted
    split = _split_subject_parenthetical(doc, cue, complements, marks, outer, lexicon)
    if split is not None:
        return split
    # a misparse can split one complement in two ("that [talks] on a ceasefire [were] ...");
    # with clauses on both sides of a cue whose subject comes first, the one right after the
    # cue is its report ("[The council voted ...]: the mayor said [she would veto it]")
    after = [c for c in complements if c.i > cue.i and _right_after(c, cue)]
    first = after[0] if after and subject.i < cue.i else complements[0]
    side = [c for c in complements if (c.i > cue.i) == (first.i > cue.i)]
    side = side[:1] + [c for c in side[1:] if not _second_report(c, lexicon)]
    words = list(doc[min(c.left_edge.i for c in side) : max(c.right_edge.i for c in side) + 1])
    words = trim_complementizer(words)
    if _gerund_reported(first, cue, lexicon):
        words = _before_finite_conjunct(words, first)
    if first.i > cue.i:
        words = _object_as_subject(words, first, cue)
        words = _without_date_said(words, cue)
    words = _before_next_report(words, {c.i for c in side}, lexicon, outer)
    words = _before_writer_comment(words, side[0], lexicon)
    if first.i > cue.i:
        words = _with_clauses_after(words, cue, lexicon)
    if first.i < cue.i and words and words[-1].i < subject.left_edge.i:
        tail = _clause_tail(cue, lexicon)
        if tail:
            return _fronted_with_tail(doc, words, tail, cue, subject, marks, outer, lexicon)
    if _relative_first(words, subject, cue):
        return _relative_report(doc, words, first, cue, subject, marks, outer, lexicon)
    pronoun = _relative_pronoun(words, first, cue)
    if pronoun is not None:
        found = _two_part_candidate(doc, [pronoun], words, range(pronoun.i + 1, words[0].i), cue, subject, marks,
                                    outer, lexicon)
        if found is not None:
            return found
    return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))


#: Tags of a verb in the past or present that can carry a clause of its own.
CLAUSE_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def _clause_read_as_noun(token: Token, cue: Token) -> bool:
    """'[A container ship and a car ferry carrying 200 people collided in fog ...], injuring six
    people, officials said.': the parse read the fronted clause's verb as a reduced relative on the
    noun before it ("people collided") and left the whole an unlabelled noun phrase, or a second
    subject, on the cue closing the sentence. A phrase that opens the sentence, ends at the comma before the cue's
    subject and holds such a verb is the clause the cue reports, as where the parse labels it one."""
    if token.dep_ not in ("dep", "nsubj") or token.pos_ not in ("NOUN", "PROPN") or token.i > cue.i:
        return False
    if token.left_edge.i != cue.sent.start or token.right_edge.i + 1 >= cue.i:
        return False
    after = cue.doc[token.right_edge.i + 1]
    if after.text != "," or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i and c.left_edge.i == after.i + 1
                                    for c in cue.lefts):
        return False
    return any(t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" and t.tag_ in CLAUSE_VERB_TAGS
               and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in token.subtree)


def _relative_pronoun(words: list[Token], clause: Token, cue: Token) -> Token | None:
    """'the toll, [which] the mayor said [was unfair]': the relative pronoun that opens the cue's
    relative clause, where the reported clause after the cue has no subject of its own (the pronoun
    is it), though the parse hung the pronoun on the cue."""
    if cue.dep_ != "relcl" or not words or words[0].i <= cue.i or cue.head.i > cue.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    opening = cue.left_edge
    return opening if opening.lower_ in RELATIVE_WORDS else None


#: Object pronouns: as the subject of a cue's complement, they make it an object and its state.
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})


def _object_predicate(clause: Token) -> bool:
    """'reported [him missing]', 'declared [them dead]': a clause without an auxiliary whose
    subject is an object pronoun is the cue's object with what is said of it, not a clause that
    reports speech ('expect [him to win]' is one: an infinitive)."""
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_ in OBJECT_PRONOUNS for c in clause.children)


def _relative_first(words: list[Token], subject: Token, cue: Token) -> bool:
    """'a tax, [which] critics said [was unfair]': the reported clause opens with the relative pronoun
    that stands right before the cue clause's subject."""
    return (len(words) > 1 and words[0].tag_ in RELATIVE_TAGS and words[0].i + 1 == subject.left_edge.i
            and subject.i < cue.i)


def _relative_report(
    doc: Doc, words: list[Token], clause: Token, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment],
    lexicon: Lexicon,
) -> Candidate | None:
    """A cue inside a relative clause reports the relative pronoun (what the clause is about) and the
    rest of the clause after the cue, in two parts: 'the ferry line, [which] officials said [will open
    in May]'."""
    rest = [t for t in words if t.i > cue.i]
    start = next((k for k, t in enumerate(rest) if t.i == clause.i or clause in t.ancestors), None)
    if start is None:
        return None
    after = trim(rest[start:])
    if not after:
        return None
    return _two_part_candidate(doc, words[:1], after, range(words[0].i + 1, after[0].i), cue, subject, marks, outer,
                               lexicon)


def _inverted_parenthetical(
    doc: Doc, cue: Token, complements: list[Token], subject: Token, marks: QuoteMarks, outer: list[Segment],
    lexicon: Lexicon,
) -> Candidate | None:
    """'[The new bridge], said Maria Lopez, the union's leader, [will never open]': a cue clause set
    between commas with its speaker after the cue, inside the clause it reports. The parse takes the
    words before it for the cue's subject and the speaker for the subject of the clause after it."""
    if subject.i > cue.i or cue.i < 1 or doc[cue.i - 1].text != ",":
        return None
    clause = next((c for c in complements if c.i > cue.i), None)
    if clause is None:
        return None
    name = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != cue.i + 1:
        return None
    closing = name.right_edge if name.right_edge.text == "," else doc[min(name.right_edge.i + 1, len(doc) - 1)]
    if closing.text != "," or closing.i >= clause.i:
        return None
    before = trim(list(doc[subject.left_edge.i : cue.i - 1]))
    after = trim(list(doc[closing.i + 1 : clause.right_edge.i + 1]))
    if not before or not after:
        return None
    return _two_part_candidate(doc, before, after, range(cue.i - 1, closing.i + 1), cue, name, marks, outer, lexicon)


def _split_subject_parenthetical(
    doc: Doc, cue: Token, complements: list[Token], marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'[The bridge], engineers warned on Monday, [could collapse]': a cue clause set between
    commas after the reported clause's subject, which the parse took for a second subject of the
    cue (and the rest of the clause for the cue's complement). The nearer subject speaks; the
    farther one and the complement after the closing comma are the clause reported, in two parts."""
    subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2:
        return None
    reported, speaker = subjects
    opens = reported.right_edge.i + 1
    if doc[opens].text != "," or speaker.left_edge.i != opens + 1:
        return None
    clause = next((c for c in complements if c.i > cue.i), None)
    if clause is None or clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ",":
        return None
    before = trim(list(doc[reported.left_edge.i : opens]))
    after = trim(list(doc[clause.left_edge.i : clause.right_edge.i + 1]))
    if not before or not after:
        return None
    return _two_part_candidate(doc, before, after, range(opens, clause.left_edge.i), cue, speaker, marks, outer,
                               lexicon)


def _fronted_with_tail(
    doc: Doc, words: list[Token], tail: list[Token], cue: Token, subject: Token, marks: QuoteMarks,
    outer: list[Segment], lexicon: Lexicon,
) -> Candidate | None:
    """'[The bridge closes in May], officials said, [because the cables are worn]': the clause
    before the cue and the words after its closing comma, in two parts."""
    found = _two_part_candidate(doc, words, tail, range(words[-1].i + 1, tail[0].i), cue, subject, marks, outer,
                                lexicon)
    return found or _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer,
                                                           channel_of(cue, lexicon))


#: Words that open an embedded question ("asked [if the ferry would run]").
QUESTION_MARKERS = frozenset({"if", "whether"})
#: Entity types of a date phrase that says when a cue was spoken ("said on Monday it would").
DATE_TYPES = frozenset({"DATE", "TIME"})


def _question(clause: Token, cue: Token, lexicon: Lexicon) -> bool:
    """'asked the mayor [if the ferry would run]': a clause after a verb of asking, opened by "if" or
    "whether", is the question asked, where the parse read it as a condition (an adverbial clause)."""
    return (clause.dep_ == "advcl" and clause.i > cue.i and cue.lemma_.lower() in lexicon.questions
            and clause.left_edge.lower_ in QUESTION_MARKERS
            and any(c.dep_ == "mark" and c.i == clause.left_edge.i for c in clause.children))


def _gerund_subject(gerund: Token, cue: Token) -> bool:
    """'said [taxing it] would raise millions': a gerund right after the cue that the parse took for
    the cue's own complement (xcomp), with the finite clause it is the subject of hung on it, opens
    the reported clause. A gerund with no such clause ("admitted taking the money") is not one."""
    return (gerund.dep_ == "xcomp" and gerund.tag_ == "VBG" and gerund.i > cue.i and gerund.left_edge.i == gerund.i
            and _right_after(gerund, cue)
            and any(c.dep_ == "ccomp" and c.i > gerund.i and (c.tag_ in FINITE or any(a.tag_ == "MD" for a in c.children))
                    for c in gerund.children))


def _gerund_reported(clause: Token, cue: Token, lexicon: Lexicon) -> bool:
    """'reported [spending six million dollars]', 'proposed [closing the terminal]': a gerund after a
    verb of ``gerunds`` (a speech verb whose gerund says what was said, unlike "continued [clearing
    the roads]"), with no subject of its own."""
    return (clause.dep_ == "xcomp" and clause.tag_ == "VBG" and clause.i > cue.i and cue.lemma_.lower() in lexicon.gerunds
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _before_finite_conjunct(words: list[Token], gerund: Token) -> list[Token]:
    """'proposed [conducting surveillance on mosques] and signaled support for ...': a verb in a tense
    or with an auxiliary of its own joined to a reported gerund is the speaker's next act, not more
    of what was said."""
    finite = next((c for c in gerund.rights if c.dep_ == "conj" and (c.tag_ in FINITE or any(
        a.dep_ in ("aux", "auxpass") for a in c.children))), None)
    if finite is None:
        return words
    cut = min([finite.left_edge.i] + [c.i for c in gerund.rights if c.dep_ == "cc" and c.i < finite.i])
    return trim([t for t in words if t.i < cut])


def _second_report(clause: Token, lexicon: Lexicon) -> bool:
    """'Seven in 10 riders said [A], and two-thirds said the same of B': a later complement the parse gave the
    cue that is a speech verb with a subject of its own is a second report, coordinated with the first."""
    return is_cue_verb(clause, lexicon) and any(c.dep_ == "nsubj" for c in clause.children)


def _inverted_subject(cue: Token, complements: list[Token]) -> Token | None:
    """'[The mill is losing money], said a former engineer, ...': after the clause it reports, a
    cue may come before its speaker, which the parse then takes for the cue's object."""
    if not complements or complements[0].i > cue.i or cue.i + 1 >= len(cue.doc):
        return None
    speaker = next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod")), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i != cue.i + 1:
        return None
    return speaker


def _subject_read_as_clause(cue: Token, complements: list[Token]) -> Token | None:
    """'Kasich offered him a job, then says [he will take advice]', 'Ms. Lee, a nurse who ran the
    clinic, also said [her group would march]': the parse read the words before a cue that has no
    subject as a clause it reports, though they hold its subject, and took the clause after it for
    a second one. The clause before opens with its own subject and runs up to the cue, with no
    quotation mark before the cue (then it is a quote, the cue's, '"...," said Lee'); the clause
    after has a subject of its own and opens right after the cue: its speaker is the subject before."""
    before = [c for c in complements if c.i < cue.i]
    after = [c for c in complements if c.i > cue.i]
    if not before or not after or cue.tag_ not in FINITE | {"VBN"} or cue.dep_ != "ROOT":
        return None
    clause, reported = before[-1], after[0]
    if clause.right_edge.i + 1 < cue.i and not all(t.pos_ in ("ADV", "PUNCT") for t in cue.doc[clause.right_edge.i + 1 : cue.i]):
        return None
    if any(is_quote_mark(t) for t in cue.doc[clause.right_edge.i - 1 : cue.i]):
        return None
    # 'A would admit it, but [B ...] says': the last clause joined to it is the one before the cue
    clause = next((c for c in reversed(list(clause.rights)) if c.dep_ == "conj" and any(
        s.dep_ == "nsubj" for s in c.children)), clause)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or subject.lower_ in IMPERSONAL_SUBJECTS:
        return None  # 'It is odd to see X insist ...': "it" says nothing
    if subject.left_edge.i != clause.left_edge.i:
        return None
    if subject.pos_ == "PRON" and cue.doc[cue.i - 1].text == ",":
        return None  # '[He had a say in it], said a former aide': a report, then its speaker
    if not _right_after(reported, cue) or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in RELATIVE_TAGS for c in reported.children):
        return None  # '..., said a spokesman, who ran ...': the words after the cue are its speaker
    return subject


def _unnamed_speaker(
    doc: Doc, cue: Token, complements: list[Token], marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """A finite cue that heads its sentence but whose subject the parse lost ("About 4 in 10
    say they ...": a number with no subject arc) still reports the clause right after it; the
    speaker is left unnamed rather than guessed."""
    if not complements or cue.tag_ not in FINITE or cue.dep_ != "ROOT":
        return None
    first = complements[0]
    if first.i < cue.i or not _right_after(first, cue):
        return None
    words = trim_complementizer(list(doc[first.left_edge.i : first.right_edge.i + 1]))
    words = _before_next_report(words, {first.i}, lexicon, outer)
    # "..., the centre's director, Dr. Ann Reyes, said most ...": a name set off before the cue speaks
    speaker = name_set_off_before(cue, list(doc[cue.sent.start : cue.i]))
    found = _candidate(doc, _before_writer_comment(words, first, lexicon), cue_chars(cue), speaker, cue, marks, outer,
                       channel_of(cue, lexicon))
    return found if found is not None and found.kind != "direct" else None  # a quote needs its speaker


def _quoting_clause(clause: Token, lexicon: Lexicon, outer: list[Segment]) -> bool:
    """'She added that A but it was a "great comfort"': a clause the parse coordinated with the
    cue, with a subject of its own and the speaker's quoted words in it, goes on with the report
    (the writer quotes only the speaker), unless it reports something itself."""
    if is_cue_verb(clause, lexicon) or not any(c.dep_ in ("nsubj", "expl") for c in clause.children):
        return False
    start, end = chars([clause.left_edge, clause.right_edge])
    return any(start <= s.open < end for s in _overlapping(outer, start, end))


def _opens_with_that(clause: Token) -> bool:
    """The clause opens with the complementizer "that" (after a conjunction or comma)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN" for c in clause.lefts)


def _right_after(clause: Token, cue: Token) -> bool:
    """The clause starts right after the cue, its particle and the one it is told to ("told
    [reporters] he ..."), not after a phrase of time or place ("said in May on the podcast ...")."""
    between = {t.i for c in cue.rights if c.dep_ in ("prt", "dative", "dobj") and c.i < clause.i for t in c.subtree}
    return all(i in between or cue.doc[i].text == "," for i in range(cue.i + 1, clause.left_edge.i))


def _asked(
    doc: Doc, cue: Token, complements: list[Token], marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'The coach was asked whether ...', 'when asked if ...': the clause after a passive cue,
    said by its agent ("by reporters") or by no one named; the one asked never speaks it."""
    after = [c for c in complements if c.i > cue.i]
    if not after:
        return _asked_about(doc, cue, marks, outer, lexicon)
    words = trim_complementizer(list(doc[min(c.left_edge.i for c in after) : max(c.right_edge.i for c in after) + 1]))
    return _candidate(doc, words, cue_chars(cue), passive_agent(cue), cue, marks, outer, channel_of(cue, lexicon))


def _asked_about(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'When asked about [the closure of the mill], ...', 'The coach was asked about [the injury]': a
    passive verb of asking with no clause reports the topic of the question, the object of "about"
    right after it; the verb and "about" are its cue, its agent (if any) the one who asked."""
    if cue.lemma_.lower() not in lexicon.questions or cue.i + 1 >= len(doc):
        return None
    about = doc[cue.i + 1]
    if about.lower_ != "about" or about.dep_ != "prep" or about.head.i != cue.i:
        return None
    topic = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None)
    if topic is None:
        return None
    words = list(doc[topic.left_edge.i : topic.right_edge.i + 1])
    aside = next((t.i for t in words[1:-1] if t.text == "," and doc[t.i + 1].lower_ in RELATIVE_WORDS), None)
    if aside is not None:  # '... about [the new rules], which the council wrote': the writer's aside
        words = [t for t in words if t.i < aside]
    return _candidate(doc, words, chars([cue, about]), passive_agent(cue), cue, marks, outer, channel_of(cue, lexicon))


def _parenthetical(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'The convoy, the ministry said, was hit at dawn': a cue clause between commas, hanging
    from the verb of the clause around it, reports that clause (both pieces)."""
    subject = _nearer_subject(cue, subject)
    clause = cue.head
    if clause.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in ("NOUN", "PROPN", "PRON"):
        clause = clause.head  # the parse hung the cue from the clause's subject ("The beds, she told ...")
    if cue.dep_ != "parataxis" or subject.i not in range(cue.left_edge.i, cue.i):
        return None
    if clause.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(clause):
        clause = cue.sent.root  # 'Those fees, critics say, cost ...' read as one noun phrase: the sentence
        if clause.pos_ in ("VERB", "AUX") or clause.i in range(cue.left_edge.i, cue.right_edge.i + 1):
            return None
    first = _cue_clause_start(cue, subject)
    tail = _clause_tail(cue, lexicon)
    own = [c for c in cue.rights if c.dep_ not in ("ccomp", "xcomp", "punct") and not (tail and c.i >= tail[0].i)]
    last = max([cue.i, *(c.right_edge.i for c in own)])
    if first == 0 or last + 1 >= len(doc):
        return None
    opens = doc[first] if doc[first].text == "," else doc[first - 1]
    closes = doc[last + 1]  # the cue's own words end before its comma (a complement the parse hung on it follows)
    if opens.text != "," or closes.text != ",":
        return None
    before = _words_before(list(doc[clause.left_edge.i : opens.i]))
    end = max(clause.right_edge.i, tail[-1].i if tail else 0)
    after = trim(list(doc[closes.i + 1 : end + 1]))
    if not before or not after:
        return None
    return _two_part_candidate(doc, before, after, range(opens.i, closes.i + 1), cue, subject, marks, outer, lexicon)


def _nearer_subject(cue: Token, subject: Token) -> Token:
    """'Voters, [Clinton] suggested, need not worry': where the parse gave a cue set between commas two
    subjects, the first ending right before the opening comma and the second right before the cue, the
    second speaks; the first is the subject of the clause reported around the cue."""
    doc = cue.doc
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].right_edge.i + 1 != cue.i:
        return subject
    comma = subjects[1].left_edge.i - 1
    return subjects[1] if doc[comma].text == "," and subjects[0].right_edge.i + 1 == comma else subject


def _verb_read_as_noun(clause: Token) -> bool:
    """'Such delays, the ministry says, [amount] to ...': the root of its sentence, tagged a noun, with
    a nominal subject of its own before it is the clause's verb that the parse took for a noun."""
    return (clause.dep_ == "ROOT" and clause.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children))


def _before_next_act(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'[Profits rose in the quarter], Lanark Foods said, with the group predicting that ...': a cue
    clause the parse hung on the clause before it, with a comma on each side, followed by "with"
    and a speech gerund (a report of its own): the cue reports the clause before it."""
    clause = cue.head
    if (cue.dep_ != "parataxis" or clause.i > cue.i or clause.pos_ not in ("VERB", "AUX")
            or subject.i not in range(cue.left_edge.i, cue.i)):
        return None
    first = _cue_clause_start(cue, subject)
    opens = doc[first] if doc[first].text == "," else doc[first - 1]
    comma = next((c for c in cue.rights if c.text == ","), None)
    if first == 0 or opens.text != "," or comma is None:
        return None
    after = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    if after is None or after.lower_ != "with" or after.head.i != cue.i or not any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and is_cue_verb(c, lexicon) for c in after.children
    ):
        return None  # only 'with X predicting that ...', the speaker's next report, ends it
    words = _words_before(list(doc[clause.left_edge.i : opens.i]))
    if not words:
        return None
    return _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))


def _words_before(words: list[Token]) -> list[Token]:
    """The words of the reported clause before a parenthetical cue, or the conjunction alone that
    opens it ('[But], he said, [the ferry will lose money]'): trimming would drop it as a trailing one."""
    trimmed = trim(words)
    if trimmed:
        return trimmed
    return [t for t in words if t.pos_ == "CCONJ"][:1]


#: Dependencies of the words after a cue's closing comma that go on with the clause it reports.
TAIL_DEPS = frozenset({"prep", "advcl"})


def _clause_tail(cue: Token, lexicon: Lexicon) -> list[Token]:
    """'[The letters covered many topics], the paper said, [including budgets and roads]': the
    words after the comma that closes a cue clause, which the parse hung on the cue, go on with
    the clause the cue reports, unless they are the speaker's own act (a participle, ", adding
    ...", ", citing ...") or hold a report of their own."""
    comma = next((c for c in cue.rights if c.text == ","), None)
    if comma is None:
        return []
    after = [c for c in cue.rights if c.i > comma.i and not (c.is_punct or c.is_space)]
    if _conjunct_of_clause(after, comma, lexicon):
        return trim(list(cue.doc[comma.i + 1 : after[1].right_edge.i + 1]))
    if not after or after[0].left_edge.i != comma.i + 1 or any(c.dep_ not in TAIL_DEPS for c in after):
        return []
    if any(c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and not any(d.dep_ in ("mark", "nsubj", "nsubjpass")
                                                                     for d in c.children) for c in after):
        return []  # a bare participle: the speaker's act
    words = list(cue.doc[comma.i + 1 : max(c.right_edge.i for c in after) + 1])
    if any(is_cue_verb(t, lexicon) for t in words):
        return []
    return trim(words)


def _conjunct_of_clause(after: list[Token], comma: Token, lexicon: Lexicon) -> bool:
    """'[The bridge had no defects], the agency added, [and had passed every inspection]': a verb
    joined by "and" right after the comma that closes a cue clause, which the parse hung on the cue,
    is the reported clause's second verb when it is no act of the speaker's: it is no cue verb and
    has an auxiliary or a subject of its own (a bare past, "..., she said, and left", is her act)."""
    if len(after) != 2 or after[0].dep_ != "cc" or after[0].lower_ != "and" or after[0].i != comma.i + 1:
        return False
    verb = after[1]
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(is_cue_verb(t, lexicon) for t in verb.subtree):  # the verb itself or a report inside its clause
        return False
    return any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _as_reported(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'As the mayor said last week, [the bridge will reopen]'; '[The harvest was poor], as the
    union noted': a comparative "as" clause whose speech verb lacks its object (the clause it
    is set beside by a comma fills that gap) reports that clause. With an object of its own
    ("cheered as the mayor announced the winners") "as" is a conjunction of time; the one told
    ("As the mayor told the Ledger, ...") is no such object. A bracket before a fronted "as"
    clause ("(As the paper reported, ...") stays out of the clause."""
    clause = cue.head
    opener = next((c for c in cue.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    if (opener is None or cue.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX")
            or _reports_itself(clause, lexicon)
            or any(c.dep_ in OBJECT_DEPS and not _one_told(c, cue, lexicon) for c in cue.children if c.dep_ != "prep")):
        return None
    if _opens_clause(opener, clause):  # fronted: the clause follows the comma closing the "as" clause
        comma = next((t for t in doc[cue.i : clause.i] if t.text == ","), None)
        words = list(doc[comma.i + 1 : clause.right_edge.i + 1]) if comma is not None else []
    elif opener.i > clause.i and opener.i > 0 and doc[opener.i - 1].text == ",":  # trailing
        words = list(doc[clause.left_edge.i : opener.i - 1]) if cue.right_edge.i >= clause.right_edge.i - 1 else []
    else:
        return None
    return _candidate(doc, trim(words), cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon))


def _one_told(token: Token, cue: Token, lexicon: Lexicon) -> bool:
    """The one a cue of telling addresses ("told [the Ledger]", "told [him]"): a name or a personal
    pronoun, not a thing told ("told the story")."""
    return (token.dep_ in ("dobj", "dative") and cue.lemma_.lower() in lexicon.requests
            and (token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ not in ("it", "that", "this", "what"))))


def _reports_itself(verb: Token, lexicon: Lexicon) -> bool:
    """The verb is a cue that reports a clause of its own ("As the mayor noted, [the engineer said
    ...]"), or a promise or request ("vowed to ..."): a report, not a clause the "as" clause reports.
    A cue verb that reports nothing here ("As the paper revealed, the board agreed to sell") is not."""
    if not is_cue_verb(verb, lexicon):
        return False
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (lemma in lexicon.commitments or lemma in lexicon.requests))
               for c in verb.children)


def _opens_clause(opener: Token, clause: Token) -> bool:
    """The word opens the clause, or follows only a conjunction, commas and an opening bracket
    ("[But] as the mayor noted, ...", "[(]As the paper reported, ...")."""
    return all(t.pos_ == "CCONJ" or t.text in (",", "(", "[") for t in opener.doc[clause.left_edge.i : opener.i])


def _cue_clause_start(cue: Token, subject: Token) -> int:
    """Where a parenthetical cue clause starts: its left edge, or the comma before its subject
    when the parse hung the reported clause's fronted phrase on the cue ("[At times], people
    close to him said, the mention ..."): that phrase belongs to the clause around the cue."""
    first = cue.left_edge.i
    start = subject.left_edge.i
    if first < start and cue.doc[start - 1].text == ",":
        return start - 1
    return first


def _without_clause(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """A request, commitment or naming (see `quotes.requests`)."""
    found = reported_without_clause(cue, lexicon)
    if found is None:
        return None
    words, cue_span = found
    words = _through_bare_verbs(doc, words)
    words = _with_clauses_after(words, cue, lexicon, condition_only=True)
    subject = _reporter_subject(cue, subject, lexicon)
    candidate = _candidate(doc, words, cue_span, subject, cue, marks, outer, channel_of(cue, lexicon))
    return candidate if candidate is not None and candidate.kind != "direct" else None


#: Tags of a bare verb: the tagger reads one without a subject as a present tense ("open up") as often as not.
BARE_TAGS = frozenset({"VB", "VBP"})


def _through_bare_verbs(doc: Doc, words: list[Token]) -> list[Token]:
    """'urged the party [to ax its superdelegates, replace its leaders and open its primaries]': an
    infinitive goes on through the bare verbs listed after it, after a comma or "and", wherever the
    parse hung them: a bare verb with no subject or auxiliary of its own cannot be joined to a verb in
    a tense ("insisted ..., replace ...") nor open a sentence of its own there."""
    if not any(t.dep_ == "aux" and t.lower_ == "to" for t in words):
        return words
    end = words[-1].i
    while end + 2 < len(doc) and doc[end + 1].text in (",", "and", "or"):
        verb = doc[end + 2] if doc[end + 2].lower_ not in ("and", "or") else doc[min(end + 3, len(doc) - 1)]
        head = verb.head
        if (verb.tag_ not in BARE_TAGS or verb.dep_ not in ("conj", "advcl", "ROOT") or words[0].i <= head.i <= words[-1].i
                or "\n" in doc[end + 1 : verb.i].text
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)):
            break
        # the verb with its own words, not the verbs joined to it (each is read in turn)
        end = max([verb.i, *(c.right_edge.i for c in verb.rights if c.dep_ not in ("conj", "cc", "punct"))])
    return words + list(doc[words[-1].i + 1 : end + 1]) if end > words[-1].i else words


def _answer(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'40 percent said yes', 'a third said so': an answer said in place of a clause (one word will do)."""
    words = answer_said(cue, lexicon)
    if words is None:
        return None
    found = _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon), min_words=1)
    return found if found is not None and found.kind == "indirect" else None


def _judged(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """A verb of judgement that is no speech verb ("praised", "mocked") reports its judgement
    only, said by its subject; in the passive ("was praised for ...") the one judged is its subject."""
    subject = None if is_passive(cue) else subject_of(cue, lexicon)
    return _judgement(doc, cue, subject, marks, outer, lexicon) if subject is not None else None


def _judgement(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'The mayor praised the crews for their speed': what a verb of judgement says of its object."""
    words = judgement_said(cue, lexicon)
    if words is None:
        return None
    if cue.lemma_.lower() in lexicon.descriptions:  # 'portrayed X as a gift to those who backed them [and say ...]'
        words = _before_next_report(words, {cue.i}, lexicon, outer)
    words = _with_clauses_after(words, cue, lexicon, condition_only=True)
    found = _candidate(doc, words, cue_chars(cue), _reporter_subject(cue, subject, lexicon), cue, marks, outer,
                       channel_of(cue, lexicon))
    return found if found is not None and found.kind != "direct" else None


def _quoting_act(doc: Doc, cue: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon) -> Candidate | None:
    """'The senator condemned the vote as "shameful"', 'The club paid tribute to a "gentle soul"': an
    act of speech (``quoted_objects``) that reports its object only when the object holds quoted
    words; in the passive or as a noun's modifier ("a plan condemned ... by critics", with or
    without its auxiliary) it is left out, and so is the plural simple present, which states a
    habit, as for "call"."""
    if is_passive(cue) or cue.dep_ in ("acl", "amod") or cue.tag_ == "VBP" or any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = subject_of(cue, lexicon)
    if subject is None:
        return None
    for words in sorted(lexicon.quoted_objects[cue.lemma_.lower()], key=len, reverse=True):
        found = (_quoted_object(doc, cue, subject, marks, outer, lexicon) if not words
                 else _phrase_object(doc, cue, words, subject, marks, outer, lexicon))
        if found is not None:
            return found
    return None


def _phrase_object(
    doc: Doc, cue: Token, words: tuple[str, ...], subject: Token, marks: QuoteMarks, outer: list[Segment],
    lexicon: Lexicon,
) -> Candidate | None:
    """'paid tribute to [a "gentle soul"]': the words after the verb are the cue's, and the object
    of the last of them, when it holds quoted words, is what was said."""
    last = cue.i + len(words)
    if last >= len(doc) or any(doc[cue.i + 1 + k].lower_ != word for k, word in enumerate(words)):
        return None
    if doc[last].head.i not in range(cue.i, last):
        return None
    target = next((c for c in doc[last].children if c.dep_ == "pobj"), None)
    if target is None:
        return None
    said = list(doc[target.left_edge.i : target.right_edge.i + 1])
    start, end = chars(said)
    if not any(start <= s.open < end for s in _overlapping(outer, start, end)):
        return None
    found = _candidate(doc, said, (cue.idx, doc[last].idx + len(doc[last])), _reporter_subject(cue, subject, lexicon),
                       cue, marks, outer, channel_of(cue, lexicon))
    return found if found is not None and found.kind == "mixed" else None


def _reporter_subject(cue: Token, subject: Token, lexicon: Lexicon) -> Token:
    """'He said the visit was "useful" and vowed ...': the parse hung 'vowed' on 'was', whose
    subject is not the speaker; the subject of the reporting verb above is."""
    reporter = cue.head.head
    if cue.dep_ == "conj" and cue.head.dep_ == "ccomp" and is_cue_verb(reporter, lexicon):
        return subject_of(reporter, lexicon) or subject
    return subject


def _quoted_object(
    doc: Doc, cue: Token, subject: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'Her lawyer called the ruling "incoherent"': a speech verb's object holding quoted words,
    also where the quote closes after the object's full stop ('called it "a mess."'). A cue whose
    object is a relative pronoun before it ('which he described as "..."') is left out: what it
    describes lies outside its clause."""
    if any(c.dep_ == "dobj" and c.i < cue.i and c.tag_ in RELATIVE_TAGS for c in cue.children):
        return None
    words = _object_quotes(cue, lexicon, outer, closing=True)
    if not words:
        return None
    words = _with_clauses_after(words, cue, lexicon, condition_only=True)
    subject = _reporter_subject(cue, subject, lexicon)
    channel = channel_of(cue, lexicon)
    found = _candidate(doc, words, cue_chars(cue), subject, cue, marks, outer, channel)
    if found is not None and found.kind == "direct" and _says_its_object(cue, lexicon):
        return found  # 'vowed "a fight to the end"': the object wholly quoted, the speaker's own words
    if found is None or found.kind != "mixed":
        return None
    rest, cue_span = _past_linking_preposition(cue, words)
    if len(rest) < len(words):  # the words after the preposition, when they are still a mixed quote
        past = _candidate(doc, rest, cue_span, subject, cue, marks, outer, channel)
        return past if past is not None and past.kind == "mixed" else found
    return found


def _says_its_object(cue: Token, lexicon: Lexicon) -> bool:
    """A verb whose object alone is what was said: a commitment ("vowed") or an act of speech of
    ``quoted_objects`` ("welcomed"), not a verb of writing or reading whose object may be a title."""
    lemma = cue.lemma_.lower()
    return lemma in lexicon.commitments or () in lexicon.quoted_objects.get(lemma, frozenset())


def _past_linking_preposition(cue: Token, words: list[Token]) -> tuple[list[Token], tuple[int, int]]:
    """(content words, cue characters): a preposition right after the verb that links it to the
    quoted words ("warned [of] ...", "joked [about] ...", "cautioned [against] ...") is part of
    the cue, as in "called for" (PolNeAR's guidelines keep it in the verb group), and the content
    starts at its object."""
    span = cue_chars(cue)
    first = words[0]
    after = next((t.idx for t in cue.doc[cue.i + 1 :] if t.idx >= span[1]), -1)
    if len(words) > 1 and first.dep_ == "prep" and first.head.i == cue.i and first.idx == after:
        return words[1:], (span[0], first.idx + len(first))
    return words, span


def _object_quotes(cue: Token, lexicon: Lexicon, outer: list[Segment], closing: bool = False) -> list[Token]:
    """The words of a speech verb's objects when they hold quoted words, else nothing; with
    `closing`, a quote that opens in them and closes after their last word and its punctuation
    only ('her "a smart woman."') counts too."""
    lemma = cue.lemma_.lower()
    quoting = () in lexicon.quoted_objects.get(lemma, frozenset())
    if lemma not in lexicon.speech_verbs and not quoting:
        return []
    if lemma in lexicon.naming_verbs and cue.tag_ == "VBP":
        return []  # 'Residents call the checkpoint "the gate"': a habitual name, not a statement
    deps = OBJECT_DEPS if lemma in lexicon.speech_verbs else QUOTING_OBJECT_DEPS
    objects = [c for c in cue.rights if c.dep_ in deps and not _second_object(c)]
    if not objects:
        return []
    words = list(cue.doc[min(o.left_edge.i for o in objects) : max(o.right_edge.i for o in objects) + 1])
    start, end = chars(words)
    text = text_of(cue.doc)  # Doc.text joins every token again on each access
    # a verb whose object alone is what was said also takes a quote that opens right before the
    # object and holds all of it ('vowed "a fight to the end"'); one of ``quoted_objects`` also one
    # that holds its first words ('welcomed "the swift response" of the crews')
    said = _says_its_object(cue, lexicon)
    if not any(((start <= s.open or (quoting and marks_only(text[s.open : start])))
                and (s.close <= end or (closing and marks_only(text[end : s.close]))))
               or (said and s.open < start and end <= s.close and marks_only(text[s.open : start]))
               for s in _overlapping(outer, start, end)):
        return []
    return words


def _lost_complement(cue: Token) -> Token | None:
    """A finite verb right after a cue, with no subject and no object on the cue, is a complement
    the parser lost: '... that Washington later acknowledged [killed 10 civilians]'."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in cue.children) or cue.i + 1 >= len(cue.doc):
        return None
    following = cue.doc[cue.i + 1]
    if following.tag_ not in FINITE or following.pos_ != "VERB" or following.i < cue.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in following.children):
        return None
    return following


def _stranded_complement(cue: Token, lexicon: Lexicon) -> Token | None:
    """A that-clause the parse hung on a noun of a phrase after the cue, as if it were a relative
    clause: 'told reporters at a briefing [that the port would reopen]'. A relative clause
    never opens with the complementizer "that" (a relative "that" is its subject or object), so
    a clause that does, inside the cue's prepositional phrase, is what the cue reports; also where
    the tagger took that "that" for a relative word but the parse left it the clause's mark and
    the clause has a subject of its own ('said in a tribute [that she had "..."]')."""
    for phrase in cue.rights:
        if phrase.dep_ == "npadvmod":  # 'told the audience [that evening] [that he had ...]'
            clause = next((c for c in phrase.rights if c.dep_ == "ccomp" and _opens_with_that(c)), None)
            if clause is not None:
                return clause
        if phrase.dep_ != "prep":
            continue
        for token in phrase.subtree:
            if token.dep_ in ("relcl", "acl") and any(
                c.dep_ == "mark" and c.lower_ == "that" and c.i == token.left_edge.i
                and (c.tag_ == "IN" or any(s.dep_ == "nsubj" for s in token.children))
                for c in token.children
            ):
                return token
    return _clause_after_addressee(cue, lexicon)


#: Subject pronouns that open a clause told to someone ("told officers [he had been at home]").
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
#: What makes a clause whole: a relative clause on a noun lacks one of these where its gap is.
WHOLE_CLAUSE_DEPS = frozenset({"dobj", "attr", "acomp", "prep", "ccomp", "xcomp", "oprd", "advmod", "npadvmod", "dative"})


def _clause_after_addressee(cue: Token, lexicon: Lexicon) -> Token | None:
    """'told officers [he had been at home all night]': the parse reads the clause told to
    someone as a relative clause on the one told. A relative clause without a relative word
    ('the officers he met') lacks an object or phrase where its gap is; a whole clause opened by
    a subject pronoun right after the one a cue of telling addresses ("told", "warned",
    "reminded": the request verbs) is what the cue reports."""
    if cue.lemma_.lower() not in lexicon.requests:
        return None
    addressee = next((c for c in cue.rights if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
    if addressee is None:
        return None
    clause = next((c for c in addressee.rights if c.dep_ == "relcl"), None)
    if clause is None:
        return None
    opener = clause.left_edge
    if opener.lower_ not in SUBJECT_PRONOUNS or opener.dep_ != "nsubj" or opener.head.i != clause.i:
        return None
    if opener.i != max(t.i for t in addressee.subtree if t.i < opener.i) + 1:
        return None
    if not any(c.dep_ in WHOLE_CLAUSE_DEPS for c in clause.children):
        return None
    return clause


#: What the parse makes of a reported clause's subject that it hung on the cue instead.
OBJECT_LIKE_DEPS = frozenset({"dobj", "dative", "npadvmod", "attr", "oprd"})
#: What gives a clause a subject of its own.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _object_as_subject(words: list[Token], clause: Token, cue: Token) -> list[Token]:
    """'promised [her whole plan] would be paid for by a new tax', 'say [Senator Lowe], has not been
    tested': the parse took the reported clause's subject for the cue's object and left a finite
    clause with no subject right after it. That object, right before the clause (a comma aside),
    is the clause's subject and opens the content, with what stands between them whatever the parse
    hung it on ('said [schools] in the valley would close ...'), if that holds no clause, mark
    or quotation of its own."""
    if not words or words[0].i <= cue.i or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return words
    if clause.tag_ not in FINITE and not any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE or c.tag_ == "MD") for c in clause.children
    ):
        return words
    doc = cue.doc
    subject = next((c for c in reversed(list(cue.children)) if cue.i < c.i < words[0].i
                    and c.pos_ in ("NOUN", "PROPN", "PRON") and c.dep_ in OBJECT_LIKE_DEPS), None)
    if subject is None:
        return words
    between = doc[subject.right_edge.i + 1 : words[0].i]
    if between and not (len(between) == 1 and between[0].text == ",") and any(
        t.tag_ in FINITE or t.tag_ == "MD" or t.text in (":", ";") or is_quote_mark(t) or "\n" in t.text
        for t in between
    ):
        return words
    return list(doc[subject.left_edge.i : words[-1].i + 1])


def _without_date_said(words: list[Token], cue: Token) -> list[Token]:
    """The reported clause without a date right after the cue, before the clause's subject and
    with no "that" before it: it says when the words were said ("said [on Monday] it would
    ...", "said Tuesday it would ...", "said last year it would ...": the phrase is the one whose
    first word opens the clause), whatever the parse hangs it on; after "that" it is the
    report's ("said that on Monday it would ...")."""
    if len(words) < 3:
        return words
    first = lead = words[0]
    while lead.dep_ not in ("prep", "npadvmod") and lead.head.i != lead.i and lead.head.left_edge.i == first.i:
        lead = lead.head
    if lead.dep_ not in ("prep", "npadvmod") or lead.head.i == lead.i or cue.doc[first.i - 1].lower_ == "that":
        return words
    end = lead.right_edge.i
    dated = [t for t in cue.doc[first.i : end + 1] if t.i != lead.i or lead.dep_ == "npadvmod"]
    if not dated or any(t.ent_type_ not in DATE_TYPES for t in dated):
        return words
    subject = next((c for c in lead.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != end + 1 or words[-1].i <= end:
        return words
    return [t for t in words if t.i > end]


def trim_complementizer(words: list[Token]) -> list[Token]:
    """The reported clause without its complementizer "that" (the project's content convention),
    and without an adverb before it, which is the cue's ("said [only] that ...")."""
    if len(words) > 1 and words[0].pos_ == "ADV" and words[0].dep_ == "advmod" and words[1].lower_ == "that" \
            and words[1].tag_ == "IN":
        return words[2:]
    return words[1:] if words and words[0].lower_ == "that" and words[0].tag_ == "IN" else words


def _before_next_report(words: list[Token], roots: set[int], lexicon: Lexicon, outer: list[Segment]) -> list[Token]:
    """Cut the content where a report of its own begins: "..., adding that ...",
    "... and added that ...", "..., but the Kremlin has denied that ...", "... and vowed
    to "press on"" (a speech verb whose own object holds quoted words). A subordinate clause
    whose cue reports no clause and no quoted words ("... after the ministry announced new
    rules") is part of the content, and so is a coordinated clause opening with "that" ("says
    A but that B"), and so is a bare verb that shares the clause's modal ("would call them in
    and tell them ...")."""
    for index, token in enumerate(words):
        if token.i not in roots and _reporters_act(token):
            return trim([t for t in words[:index] if t.i < token.left_edge.i])
        if token.i in roots or token.dep_ not in ("conj", "advcl") or not is_cue_verb(token, lexicon):
            continue
        own_subject = any(c.dep_ == "nsubj" for c in token.children)
        own_complement = any(c.dep_ == "ccomp" for c in token.children)
        if token.dep_ == "conj" and _opens_with_that(token):
            continue  # 'says A but that B': the same report goes on
        if token.dep_ == "conj" and _shares_modal(token) and not own_subject:
            continue  # 'says she would call them in and tell them ...': the reporter's verb is never bare
        if token.dep_ == "conj" and is_passive(token) and not own_subject:
            continue  # 'said he had complained and was told ...': the one told is the clause's subject
        if token.dep_ == "conj" and not own_subject and _backshifted(token, words[:index]):
            continue  # 'said the board had looked at A but had concluded that B': the reported tense goes on
        if token.dep_ == "conj" and not own_subject and _after_closing_mark(token):
            return trim([t for t in words[:index] if t.i < token.left_edge.i])  # 'was "fair", and accused ...'
        if token.dep_ == "advcl" and token.tag_ != "VBG" and not own_complement and not _object_quotes(token, lexicon, outer):
            continue  # 'reopened after the ministry announced new rules': a clause of time, no report
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            continue  # 'could not commit until the EU had said how much ...': a condition of what was said
        if _purpose_in_clause(token):
            continue  # 'said hikers had come down to ask whether ...': the purpose of the act reported
        if (token.dep_ == "advcl" and token.lemma_.lower() in lexicon.cognition_verbs
                and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in token.children)):
            continue  # 'said she attended because she thought it would be fun': the reason is what was said
        if token.dep_ == "conj" and own_subject and token.lemma_.lower() in lexicon.cognition_verbs:
            continue  # 'said the rent rose and she thought it unfair': a belief told in the report, no report of its own
        if token.tag_ == "VBG" or own_subject or own_complement or _object_quotes(token, lexicon, outer):
            cut = token.left_edge.i
            return [t for t in words[:index] if t.i < cut]
    return words


def _purpose_in_clause(verb: Token) -> bool:
    """'said hikers had come down from the ridge [to ask whether the path was open]': an infinitive
    of purpose, with no subject of its own, on a verb of the reported clause tells why the clause's
    subject acted, which the speaker reports; the speaker's own next report would be a finite verb
    or a participle."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.left_edge.i for c in verb.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _closing_mark(token: Token) -> bool:
    """A quotation mark set right after a word, with no space before it: one that closes."""
    return is_quote_mark(token) and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _after_closing_mark(verb: Token) -> bool:
    """A verb joined on right after the speaker's closing mark, with or without a comma ('said the
    offer was "fair and final"(,) and accused the union of ...'): the quoted words have ended, and
    the verb is the speaker's next act, not more of what was said. A verb with an auxiliary of its
    own ('... "exhaustion" and had been told to rest') goes on with the reported clause's subject."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    before = [t for t in doc[max(0, verb.left_edge.i - 3) : verb.left_edge.i]]
    while before and before[-1].dep_ == "cc":
        before.pop()
    if before and before[-1].text == ",":
        before.pop()
    return bool(before) and _closing_mark(before[-1])


#: Conjunctions that open a clause the writer sets against the report ("said A, while B").
CONTRAST_MARKERS = frozenset({"while", "whereas", "although", "though"})
#: What may stand between a reported clause and a clause that goes on with it (and the
#: quotation mark that closes the speaker's quoted words, 'said it was "a mistake," because ...').
JOINING_PUNCT = frozenset({",", "-", "--", "–", "—"})


def _with_clauses_after(words: list[Token], cue: Token, lexicon: Lexicon, condition_only: bool = False) -> list[Token]:
    """The reported clause with what the parse hung on the cue after it that goes on with the
    report: what a colon right after it spells out (see `_through_colon`), an adverbial clause
    with its own subject or conjunction ("said A [because B]", "said A [if B]"), and a "but"
    conjunct without a subject of its own ("said the aim was not to close the bridge [but to
    repair it]", "said he knew the book [but had not seen the film]"). A clause the writer sets against the report ("while B", "though B"), a
    participle (the speaker's own act: ", adding ..."), a clause with a conjunct that has a subject
    of its own (", but B said ...") or any cue of its own stays out, and so does a clause in the
    next paragraph. With `condition_only` (a report without a clause: "praised X for Y [because
    Z]"), of the adverbial clauses only one of reason or condition (`CONDITION_MARKERS`) goes on:
    a clause of time after an object ("criticized the plan[, minutes after the vote]") is the
    writer's setting of the act."""
    doc = cue.doc
    words = _through_colon(words, lexicon)
    while words:
        end = words[-1].i
        clause = next((c for c in cue.rights if c.i > end and not (c.is_punct or c.is_space or c.dep_ == "cc")), None)
        if clause is None:
            return words
        between = doc[end + 1 : clause.left_edge.i]
        if any(t.text not in JOINING_PUNCT and t.dep_ != "cc" and not is_quote_mark(t) for t in between):
            return words
        extent = doc[clause.left_edge.i : clause.right_edge.i + 1]
        if any("\n" in t.text for t in doc[end : clause.right_edge.i + 1]):
            return words
        conjunction = next((t for t in between if t.dep_ == "cc"), None)
        if _modal_conjunct(clause, conjunction, lexicon):
            words = list(doc[words[0].i : clause.right_edge.i + 1])
            continue
        if any(is_cue_verb(t, lexicon) for t in extent):
            return words
        if not (_reason_or_condition(clause, condition_only) or _but_after(clause, conjunction, words, condition_only)):
            return words
        words = list(doc[words[0].i : clause.right_edge.i + 1])
    return words


def _through_colon(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """'said he was the only other candidate to win a state[: he also won Iowa]': a colon right after
    the reported clause opens what spells it out, which the report goes on with to the sentence's
    end, unless that holds a cue or quotation marks of its own (a quote the colon introduces)."""
    if not words or words[-1].i + 1 >= len(words[0].doc):
        return words
    doc = words[0].doc
    colon = doc[words[-1].i + 1]
    if colon.text != ":":
        return words
    rest: list[Token] = []
    for token in doc[colon.i + 1 : colon.sent.end]:
        if "\n" in token.text:
            break
        rest.append(token)
    rest = trim(rest)
    if not rest or any(is_cue_verb(t, lexicon) or is_quote_mark(t) for t in rest):
        return words
    return list(doc[words[0].i : rest[-1].i + 1])


#: Conjunctions of reason and condition: the only adverbial clauses a report without a clause goes on with.
CONDITION_MARKERS = frozenset({"because", "if", "unless"})
#: Conjunctions of condition the parse reads as a preposition with a clause ("provided (that) B").
CONDITION_PREPOSITIONS = frozenset({"provided", "providing"})


def _reason_or_condition(clause: Token, condition_only: bool = False) -> bool:
    """A finite adverbial clause that is not set against the report: "because B", "if B", "as B";
    with `condition_only`, one opened by a conjunction of reason or condition only. "provided
    (that) B", which the parse reads as a preposition with a clause, is a condition."""
    if clause.dep_ == "prep" and clause.lower_ in CONDITION_PREPOSITIONS:
        return any(c.dep_ in ("pcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in clause.children)
    if clause.dep_ != "advcl" or clause.tag_ == "VBG":
        return False
    if condition_only:
        return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in clause.children)
    if any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKERS for c in clause.children):
        return False
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)


def _modal_conjunct(clause: Token, conjunction: Token | None, lexicon: Lexicon) -> bool:
    """'said she was "devastated" [and would appeal to ...]': a verb joined on with no subject of its
    own under a modal of its own goes on with the reported clause, whatever the parse hung it on; the
    speaker's next act is told in the past ('and appealed'), not in a modal of reported speech. A
    verb of speech denied there ('but would not say whether ...') is the speaker's refusal, the
    writer's fact."""
    if conjunction is None or conjunction.lower_ not in ("and", "but") or clause.dep_ != "conj":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    if is_cue_verb(clause, lexicon) and any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return True
    return _past_perfect_after_quote(clause)


def _past_perfect_after_quote(clause: Token) -> bool:
    """'told the court that his client was "deeply ashamed" [and had cooperated fully]': a past perfect
    joined on right after the speaker's closing mark is the report's back-shifted tense going on;
    the one who told would act next in the simple past."""
    if clause.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return False
    doc = clause.doc
    before = [t for t in doc[max(0, clause.left_edge.i - 3) : clause.left_edge.i] if t.dep_ != "cc" and t.text != ","]
    return bool(before) and _closing_mark(before[-1])


def _but_after(clause: Token, conjunction: Token | None, words: list[Token], after_not_only: bool = False) -> bool:
    """'A but B' with no subject of its own in B: "said the bridge was sound but [needed paint]",
    "said the aim was not to close it [but to repair it]": B goes on with what was said (a cue in
    B, the speaker's next act of speech, is kept out before this is asked), unless both A and B
    are denied ("urged voters not to back them but did not name any": the writer's next fact).
    With `after_not_only` (a report without a clause: "praised the work [but also had to ...]")
    only the "but" of "not A but B" goes on."""
    if conjunction is None or conjunction.lower_ != "but":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    a_denied = any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in words)
    b_denied = any(c.dep_ == "neg" for c in clause.children)
    if after_not_only:
        return a_denied and not b_denied
    return not (a_denied and b_denied)


#: Words that open a clause of condition or of a time still to come: a report in it is what the
#: report around it waits on ("until the EU has said how much"), no report of its own.
CONDITIONAL_MARKS = frozenset({"until", "till", "unless", "once", "if"})
#: Words that open a clause of reason: a belief in it is the reason the report gives, no report of its own.
REASON_MARKS = frozenset({"because"})


#: Auxiliaries of the present perfect: a simple past coordinated under one cannot share it.
PRESENT_PERFECT = frozenset({"has", "have", "'s", "'ve"})


def _reporters_act(verb: Token) -> bool:
    """'acknowledged that he has given speeches [but declined to name them]': a simple past with no
    subject of its own, coordinated with a present perfect ("has given"), cannot share its
    auxiliary, nor with a bare verb under a modal ("said the park would reopen [and promised new
    benches]") its modal: it goes with the reporting verb, not the reported clause."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    ):
        return False
    head = verb.head
    if head.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT for c in head.children)
    return head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _backshifted(verb: Token, before: list[Token]) -> bool:
    """A verb joined on with an auxiliary of reported speech's back-shifted tense of its own, the past
    perfect's "had" or a modal, that the reported clause before it has too ("said the board [had]
    looked at A but [had] concluded that B"): it goes on with the clause's subject, as the speaker's
    next act would be told in the simple past ("and concluded")."""
    own = {c.lower_ for c in verb.children if c.dep_ == "aux" and (c.lower_ == "had" or c.tag_ == "MD")}
    return bool(own) and any(t.dep_ == "aux" and t.lower_ in own for t in before)


def _shares_modal(verb: Token) -> bool:
    """A bare verb coordinated with a bare verb: both under one modal or "to" ("would [call]
    them in and [tell] them"). A reporting verb is finite, so this is the reported clause's."""
    return verb.tag_ == "VB" and verb.head.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)


def _before_writer_comment(words: list[Token], root: Token, lexicon: Lexicon) -> list[Token]:
    """Cut a comment the writer adds after a comma at the end of the reported clause: a noun
    phrase summing it up ("..., a sign of how fast the repairs went"), a non-restrictive
    relative clause on its last noun ("..., which the council debates next week") or a
    participle of a verb of consequence saying what the report did ("..., drawing protests",
    "..., reflecting ..."; `consequences` in data/quotes/cues.json). Each runs to the clause's
    end. (Any other participle set beside the clause, "..., saving the city millions", is as
    often the speaker's: it stays.)"""
    if len(words) < 2:
        return words
    bound = max(root.i, words[0].i)
    commas = [t.i for t in words if t.text == "," and t.i >= bound]  # the comma before a comment
    if not commas:  # (words is a run of the Doc: a comment's comma lies in it)
        return words
    last = words[-1].i
    while last > words[0].i and (words[last - words[0].i].is_punct or words[last - words[0].i].is_space):
        last -= 1
    for token in words[commas[0] + 1 - words[0].i :]:  # a comment opens after a comma
        start = token.left_edge.i
        if start <= bound or token.right_edge.i < last:
            continue
        comma = token.doc[start - 1]
        if _concession_after_quote(token):
            return [t for t in words if t.i < start - 1]
        if comma.text != "," or not (_writer_comment(token, root) or _consequence(token, lexicon)):
            continue
        return [t for t in words if t.i < comma.i]
    return words


#: Words that open a clause of concession ("..., though her party lost seats").
CONCESSIVE = frozenset({"though", "although", "whereas"})


def _concession_after_quote(token: Token) -> bool:
    """A clause of concession with a subject of its own right after the speaker's closing mark and a
    comma ('said the result showed "the old order is over", though her party lost seats'): the
    quoted words have ended, and the concession is the writer's."""
    doc, start = token.doc, token.left_edge.i
    if token.dep_ != "advcl" or doc[start].lower_ not in CONCESSIVE or start < 2:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    first, second = doc[start - 2], doc[start - 1]
    mark = second if first.text == "," else first if second.text == "," else None  # '", though' or ',", though'
    return mark is not None and _closing_mark(mark)


def _second_object(token: Token) -> bool:
    """A noun phrase after a comma that the parse made a second object or complement of a verb
    that already has one before it: the writer's appositive on what was said ('described the
    plan as "a gamble", [a remark that drew protests]'; 'said it was "a disgrace", [a claim the
    council denies]'). A verb takes one object, so the second sums the first up."""
    if token.dep_ not in ("dobj", "attr") or token.doc[token.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ in ("dobj", "attr") and c.i < token.i for c in token.head.children)


def _consequence(token: Token, lexicon: Lexicon) -> bool:
    """A bare participle of a verb of consequence: "drawing protests", not "also reflecting"."""
    return token.tag_ == "VBG" and token.left_edge.i == token.i and token.lemma_.lower() in lexicon.consequences


def _writer_comment(token: Token, root: Token) -> bool:
    if token.pos_ in ("NOUN", "PROPN") and (
        (token.head.i == root.i and token.dep_ in ("appos", "npadvmod"))
        or (token.head.i == root.head.i and token.dep_ == "ccomp")  # parsed as a second complement of the cue
        or (_second_object(token) and token.doc[token.left_edge.i - 2].is_quote)  # after the closing mark
    ):
        return True
    return (token.dep_ == "relcl" and token.head.i < token.i and token.left_edge.lower_ in RELATIVE_WORDS
            and not _speakers_relative(token, root))


#: Modals of the past a relative clause takes from the report it is in ("would", not "will").
BACKSHIFTED = frozenset({"would", "could", "might"})


def _speakers_relative(clause: Token, root: Token) -> bool:
    """A relative clause the speaker said, not the writer: one that speaks through a modal of the
    past that only the report explains ("notice of the walkout, which could come next month"). After
    the speaker's quoted words ('would "take a look" at the bill, which would give ...') the writer
    has taken over again."""
    if any(is_quote_mark(t) and t.tag_ != "POS" for t in clause.doc[min(root.left_edge.i, clause.i) : clause.i]):
        return False
    return any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in clause.children)


def _according_to(
    doc: Doc, first: Token, last: Token, marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon
) -> Candidate | None:
    """'According to X' attributes the whole clause it modifies, on either side: the clause's
    conjuncts too when the phrase stands at the edge of the coordination ("[A and B], according
    to X"); the content stops where a report of its own begins ("..., and the army said ...")."""
    source = phrase_source(last)
    if source is None:
        return None
    clause = first.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i in range(first.i, source.right_edge.i + 1):
        return None
    phrase = range(first.left_edge.i, max(source.right_edge.i, last.i) + 1)
    while _closing_participle(doc, clause, phrase):  # "X won, defeating Y, according to Z.": all of it
        clause = clause.head
    subject = _subject_read_as_apposition(doc, source, clause)
    if subject is not None:  # "According to X, [Calder's net debt] could rise": the clause's subject
        phrase = range(phrase.start, subject.left_edge.i - 1)
    while clause.dep_ == "conj" and _at_edge(doc, clause.head, phrase):
        clause = clause.head
    before = [t for t in doc[clause.left_edge.i : phrase.start]]
    after = [t for t in doc[phrase.stop : clause.right_edge.i + 1]]
    aside = _aside_in_clause(doc, before, after, phrase, clause)
    if aside is not None:  # 'The runway, according to X, will open': both sides, in two parts
        words = _before_next_report(aside[1], {clause.i}, lexicon, outer)
        found = _candidate(doc, aside[0] + words, chars([first, last]), source, first, marks, outer, None,
                           gap=range(phrase.start - 1, phrase.stop + 1))
        two = _in_two_parts(found, aside[0], trim(words))
        if two is not None:
            return two
    words = after if len(trim(after)) >= len(trim(before)) else before
    words = _before_next_report(words, {clause.i}, lexicon, outer)
    cue = chars([first, last])
    return _candidate(doc, words, cue, source, first, marks, outer, None)


def _subject_read_as_apposition(doc: Doc, source: Token, clause: Token) -> Token | None:
    """'According to Brennan & Co, [Calder's net debt] could rise': the noun after the source's
    comma that the parse set beside the source, where the clause after it has no subject of its
    own and goes on right after the noun's phrase, is the clause's subject."""
    if source.i > clause.i or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    noun = next((c for c in source.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun if noun.right_edge.i + 1 == clause.left_edge.i or noun.right_edge.i + 1 in {
        c.i for c in clause.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")
    } else None


def _closing_participle(doc: Doc, clause: Token, phrase: range) -> bool:
    """The clause is a participle without a subject that closes its sentence, "according to X"
    after it, set off by a comma, ending the sentence ('won the race, [defeating Mendes by 412
    votes], according to unofficial results.'): the phrase attributes the sentence, not the
    participle the parse hung it on."""
    if clause.dep_ not in ("advcl", "acl") or clause.tag_ not in ("VBG", "VBN") or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) or phrase.start < 1:
        return False
    end = phrase.stop
    return (doc[phrase.start - 1].text == "," and phrase.start - 1 > clause.i
            and (end >= len(doc) or doc[end].text in SENTENCE_END or doc[end].is_space))


def _aside_in_clause(
    doc: Doc, before: list[Token], after: list[Token], phrase: range, clause: Token
) -> tuple[list[Token], list[Token]] | None:
    """The clause's words on each side of a phrase set between commas after its subject and
    before its verb ('[The runway], according to X, [will open ...]'), or None."""
    if phrase.start < 1 or phrase.stop >= len(doc) or doc[phrase.start - 1].text != "," or doc[phrase.stop].text != ",":
        return None
    if not phrase.stop < clause.i or not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i for t in before):
        return None
    first, second = trim(before), trim(after)
    return (first, second) if first and second else None


def _at_edge(doc: Doc, clause: Token, phrase: range) -> bool:
    """The phrase opens the clause's span or closes it (but for punctuation)."""
    if phrase.start <= clause.left_edge.i:
        return True
    return all(t.is_punct or t.is_space for t in doc[phrase.stop : clause.right_edge.i + 1])


def _two_part_candidate(
    doc: Doc, before: list[Token], after: list[Token], gap: range, cue: Token, subject: Token | None,
    marks: QuoteMarks, outer: list[Segment], lexicon: Lexicon,
) -> Candidate | None:
    """The quote of `before` + `after` around the cue clause's tokens `gap`, in two parts (see `_in_two_parts`)."""
    found = _candidate(doc, before + after, cue_chars(cue), subject, cue, marks, outer, channel_of(cue, lexicon), gap=gap)
    return _in_two_parts(found, before, after)


def _in_two_parts(found: Candidate | None, before: list[Token], after: list[Token]) -> Candidate | None:
    """The quote of content `before` + `after` around its cue, with the two as its parts; None
    when the content is not both whole (a piece crossed a paragraph or is a direct quote). A
    quotation mark the content takes in at either end ('... was "a death trap."') stays in
    its piece."""
    if found is None or found.kind == "direct" or not before or not after:
        return None
    (first_start, first_end), (second_start, second_end) = chars(before), chars(after)
    start, end = found.content
    if not (start <= first_start and second_end <= end) or first_end > second_start:
        return None
    text = text_of(before[0].doc)  # Doc.text joins every token again on each access
    starts_clean = found.content[0] == first_start or marks_only(text[start:first_start])
    ends_clean = found.content[1] == second_end or marks_only(text[second_end:end])
    if not (starts_clean and ends_clean):
        return None
    return replace(found, parts=((start, first_end), (second_start, end)))


def _complementizer_before(doc: Doc, text: str, segment: Segment) -> int | None:
    """'She said that "the port will reopen."': where the "that" right before the mark starts,
    whose clause the quoted words are: the writer's indirect report in the speaker's words, a
    mixed quote that opens with the "that" outside the marks (as PolNeAR reads it); a no-break
    space, as web copy sets between them, is a space."""
    before = text[: segment.open].rstrip(" \t\u00a0,")
    if not before.lower().endswith("that") or (len(before) > 4 and before[-5].isalnum()):
        return None
    span = doc.char_span(len(before) - 4, len(before))
    return span.start_char if span is not None and len(span) == 1 and span[0].dep_ == "mark" else None


def marks_only(text: str) -> bool:
    """Only quotation marks, punctuation and spaces: what a content may take in past its words."""
    return not any(c.isalnum() for c in text)


def _candidate(
    doc: Doc,
    words: list[Token],
    cue: tuple[int, int],
    subject: Token | None,
    anchor: Token,
    marks: QuoteMarks,
    outer: list[Segment],
    channel: tuple[int, int] | None,
    gap: range = range(0),
    min_words: int = MIN_WORDS,
) -> Candidate | None:
    """The quote of content `words`; `gap` is the cue clause inside them, if any ('X, he said, Y');
    a `subject` of None is a speaker the text does not name."""
    run = marks.run_of(anchor.idx)
    if run is None:
        return None
    words = [t for t in words if run[0] <= t.idx and t.idx + len(t) <= run[1]]
    words = trim(_after_dateline(doc, marks.text, trim(words)))
    if words and cue[1] <= words[0].idx:
        words = _before_own_clause(words)
    if len(words) < min_words or (
        subject is not None and subject.i in range(words[0].i, words[-1].i + 1) and subject.i not in gap
    ):
        return None
    speaker = subject.i if subject is not None else None
    start, end = chars(words)
    near = _overlapping(outer, start, end)
    inside = next((s for s in near if s.open < start and end <= s.close), None)
    if inside is not None:  # the complement is all quoted: 'He said "we will win"'
        content = quoted_words(marks.text, inside)
        that = _complementizer_before(doc, marks.text, inside)
        if content and that is not None:
            return Candidate("mixed", (that, inside.end), cue, speaker, channel)
        return Candidate("direct", content, cue, speaker, channel) if content else None
    quoted = [s for s in near if start <= s.close and s.open < end]
    following = _quote_right_after(marks.text, end, outer, run)
    if following is not None:
        quoted.append(following)
    if quoted:
        start = min(start, *(s.open for s in quoted))
        end = max(end, *(s.end for s in quoted))
    mixed = any(not _scare_quote(doc, marks.text, s) for s in quoted)
    return Candidate("mixed" if mixed else "indirect", (start, end), cue, speaker, channel)


def _before_own_clause(words: list[Token]) -> list[Token]:
    """'said the line would cost 400 million; it cost 720 million': after a semicolon, a clause with
    a subject of its own is the writer's next sentence, not more of a report whose cue came first."""
    for k, token in enumerate(words[1:-1], 1):
        if token.text == ";" and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i > token.i for t in words[k + 1 :]
        ):
            return trim(words[:k])
    return words


def _after_dateline(doc: Doc, text: str, words: list[Token]) -> list[Token]:
    """Drop a dateline ("KABUL -", "BAMAKO, Mali (AP) —") or a live blog's time of entry ("14:09")
    that the parse put into the content."""
    if words and is_timestamp(words[0]):
        words = trim(words[1:])
    if not words:
        return words
    for place in doc.spans.get(DATELINE_SPANS, []):
        if place.start_char <= words[0].idx < place.end_char or words[0].i == place.start:
            line_end = text.find("\n", place.end_char)
            match = _DATELINE_END.search(text, place.end_char, line_end if line_end >= 0 else len(text))
            if match and match.start() - place.end_char <= MAX_DATELINE_TAIL:
                return [t for t in words if t.idx >= match.end()]
    return words


def _quote_right_after(text: str, end: int, outer: list[Segment], run: tuple[int, int]) -> Segment | None:
    """A quote that goes on from the complement's last word: 'would continue "until ..."'."""
    index = bisect_left(outer, end, key=lambda s: s.open)  # the first quote opening at or after `end`
    if index < len(outer):
        segment = outer[index]
        if segment.close < run[1] and not text[end : segment.open].strip():
            return segment
    return None


def _overlapping(outer: list[Segment], start: int, end: int) -> list[Segment]:
    """The sorted, disjoint outermost quotes that touch [start, end], found by bisection."""
    index = max(0, bisect_left(outer, start, key=lambda s: s.close))
    found = []
    while index < len(outer) and outer[index].open <= end:
        found.append(outer[index])
        index += 1
    return found


def _scare_quote(doc: Doc, text: str, segment: Segment) -> bool:
    """A short quoted term the writer marks inside a noun phrase: 'an "over-the-horizon" capability'."""
    words = [t for t in tokens_between(doc, *segment.content) if not (t.is_punct or t.is_space)]
    if not words or len(text[slice(*segment.content)].split()) > MAX_SCARE_WORDS:
        return False
    before = tokens_between(doc, max(0, segment.open - 40), segment.open)
    if before and before[-1].lower_ in SCARE_MARKERS:
        return True
    inside = {t.i for t in words}
    heads = [t.head for t in words if t.head.i not in inside]
    if not heads or any(h.i != heads[0].i for h in heads):
        return False
    noun = heads[0]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.idx < segment.close:
        return False
    return any(
        c.dep_ in ("det", "poss", "amod", "nummod") and c.i not in inside and c.idx < segment.open
        for c in noun.children
    )
