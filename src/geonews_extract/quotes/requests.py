"""Reported speech whose content is not a that-clause: requests, commitments and naming.

    The senator urged [voters to stay home].            a request: object and infinitive
    Aid groups called on [the army to open the border].  a request: a preposition's object
    The union called for [a national strike].            a request: what is called for
    Rebel leaders vowed [to retake the city].            a commitment: the infinitive
    She called [the plan reckless and unworkable].       naming: object and predicate
    Forty percent of riders said [yes].                  an answer: a pro-form for a clause
    The mayor praised [the crews for their speed].       a judgement: object and grounds
    She mentioned [the flood on the coast].              a topic: the object
    Critics portrayed [the plan as a gift].              a label: the object and its "as"

Requests and commitments are Searle's directives and commissives: what is asked or
promised is what was said. The verbs and prepositions are data (``requests`` and
``commitments`` in ``data/quotes/cues.json``). Naming ("called X Y") reports a judgement
only with a predicate after the object ("called a meeting" names nothing) and, as for
quoted names, not in the plural simple present ("Residents call the checkpoint the gate").
An answer ("said yes", "said so", "said the same of X") stands for the clause it answers or
repeats; the pro-forms are data (``answers``), so any other object ("said goodbye") is none.
A verb of judgement (FrameNet's Judgment_communication: "praise", "mock", "accuse") says
what the speaker thinks of its object, and why ("for ...", "of ...") or as what ("as ..."):
the object with that phrase is what was said. So is the object of a speech verb that names
what was said ("mentioned [the flood]", "promised [a new school]"). The verbs are data
(``judgements`` and ``topics``). A verb that labels its object ("portray", "characterize";
``descriptions``) reports it only with the "as" phrase that gives the label. A phrase or infinitive the parse hung on the verb right after
the object completes it ("noted her opposition [to the toll]"), unless it sets the scene of
the speaking ("[at a briefing]", "[in an interview]", "[to me]").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import cue_chars

#: Dependents that hold the one a request is made of ("urged [voters]").
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
#: Dependents that hold what a thing is named ("called the plan [reckless]").
PREDICATE_DEPS = frozenset({"oprd", "dobj", "ccomp", "xcomp"})


def reported_without_clause(cue: Token, lexicon: Lexicon) -> tuple[list[Token], tuple[int, int]] | None:
    """(content words, cue characters) of a request, commitment or naming cue, else None."""
    lemma = cue.lemma_.lower()
    if lemma in lexicon.requests:
        found = _request(cue, lexicon.requests[lemma])
        if found is not None:
            return found
    if lemma in lexicon.commitments:
        infinitive = _infinitive(cue)
        if infinitive is not None and not any(c.dep_ in ADDRESSEE_DEPS for c in cue.children):
            return _subtree(infinitive), cue_chars(cue)
    if lemma in lexicon.naming_verbs:
        return _naming(cue)
    return None


#: Dependents of a speech verb that can hold an answer ("said [yes]", "said [so]", "said [the same]").
ANSWER_DEPS = frozenset({"intj", "advmod", "dobj", "npadvmod"})


def answer_said(cue: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words of an answer a speech verb reports in place of a clause, else None."""
    if cue.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for child in cue.rights:
        if child.dep_ not in ANSWER_DEPS:
            continue
        words = _subtree(child)
        lowered = [t.lower_ for t in words]
        if words[0].i == _after_particles(cue) and any(tuple(lowered[: len(a)]) == a for a in lexicon.answers):
            return words + _accepted(cue, words[-1].i)
        return None
    return None


def _accepted(cue: Token, end: int) -> list[Token]:
    """'said no [to the new tax]': what an answer accepts or refuses, hung on the verb right after it."""
    phrase = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ == "to" and c.i == end + 1), None)
    return _subtree(phrase) if phrase is not None else []


#: Prepositions after a judged object that say why or as what it is judged ("praised the crews [for
#: their speed]", "mocked the plan [as a stunt]", "accused the council [of waste]").
GROUNDS = frozenset({"for", "as", "of"})
#: Dependents after what is cited that the parse hung on the verb but that still describe it ("cited
#: the poll [from May]", "cited her record [in the senate]").
CITED_DEPS = frozenset({"prep", "oprd", "npadvmod", "advmod", "dative"})
#: Dependencies of a participle that modifies a noun ("the plan praised by ..."): no act of judging.
MODIFIER_DEPS = frozenset({"acl", "amod"})


def judgement_said(cue: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words of a judgement (object and grounds) a verb of judgement reports, or of the topic a
    topic verb names, else None."""
    lemma = cue.lemma_.lower()
    said = lexicon.judgements | lexicon.topics | lexicon.grounds | lexicon.descriptions
    if lemma not in said or cue.dep_ in MODIFIER_DEPS:
        return None
    label = lemma not in lexicon.judgements | lexicon.topics | lexicon.grounds  # reports only with its "as" phrase
    judged = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if judged is None or judged.left_edge.i != _after_particles(cue):
        return None
    start, end = judged.left_edge.i, judged.right_edge.i
    for child in cue.rights:  # one object the parse split in two ("accused [Azerbaijani] [forces] of ...")
        if child.dep_ == "dobj" and child.i > judged.i and child.left_edge.i == end + 1:
            judged, end = child, child.right_edge.i
    cited = lemma in lexicon.grounds  # what is cited runs on through the phrases that say whence or as what
    grounds = False
    for child in cue.rights:
        if child.i <= end:
            continue
        if grounds and child.dep_ == "conj" and child.lower_ in GROUNDS and all(
                t.is_punct or t.dep_ == "cc" for t in cue.doc[end + 1 : child.left_edge.i]):
            end = child.right_edge.i  # 'criticized X for A[, and for B]': the parse hangs the second on the verb
            continue
        if child.left_edge.i != end + 1:
            continue
        if child.dep_ in ("prep", "oprd") and child.lower_ in GROUNDS:
            end, grounds = child.right_edge.i, True
        elif (cited and child.dep_ in CITED_DEPS) or (judged.pos_ in NOMINALS and _goes_with_object(child, lexicon)):
            end = child.right_edge.i
    if label and not (grounds or _labelled(judged)):
        return None
    return _words(cue, start, end)


def _labelled(judged: Token) -> bool:
    """The object holds the "as" phrase that labels it, where the parse hung it on the object's
    noun ("portrayed [the ferry as a floating palace]")."""
    return any(t.lower_ == "as" and t.dep_ == "prep" and t.head.i == judged.i for t in judged.rights)


#: Heads of an object that a phrase after it can complete ("the efforts [to ...]"), unlike a
#: quantity ("proposed little [by way of reform]").
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
#: Prepositions that set the scene of the speaking, not what was said ("praised the crews [at a
#: briefing]", "[during a debate]", "[after the vote]").
SETTINGS = frozenset({"at", "during", "after", "before", "since", "until", "amid", "following", "from", "according"})


def _goes_with_object(phrase: Token, lexicon: Lexicon) -> bool:
    """A phrase the parse hung on the verb right after its object that the object goes on with:
    an infinitive ("praised the efforts of the crews [to clear the roads]") or a prepositional
    phrase ("noted her opposition [to the toll]", "praised the plan [on Monday] for its speed"),
    unless the phrase sets the scene of the speaking: a setting preposition ("[at a briefing]"), a
    channel ("[in an interview]"), an occasion ("[in a long speech]") or the one spoken to ("[to me]")."""
    if phrase.dep_ in ("xcomp", "advcl"):
        return _to_infinitive(phrase)
    if phrase.dep_ != "prep" or phrase.lower_ in SETTINGS:
        return False
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    if phrase.lower_ == "to" and any(o.pos_ == "PRON" for o in objects):
        return False  # 'mentioned the flood [to me]': whom it was said to
    if phrase.lower_ == "in" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for o in objects for d in o.children):
        return False  # 'criticized the plan [in a speech]', '[in a sharp letter]': the occasion of the speaking
    return not any(o.lemma_.lower() in lexicon.channels or o.lower_ in lexicon.channels for o in objects)


def _after_particles(verb: Token) -> int:
    return verb.i + 1 + _particles(verb)


def _request(cue: Token, prepositions: frozenset[str]) -> tuple[list[Token], tuple[int, int]] | None:
    infinitive = _infinitive(cue)
    if not prepositions:
        addressee = next((c for c in cue.rights if c.dep_ in ADDRESSEE_DEPS), None)
        if infinitive is None or addressee is None or addressee.i > infinitive.i:
            return None
        return _words(cue, addressee.left_edge.i, infinitive.right_edge.i), cue_chars(cue)
    following = cue.i + 1 + _particles(cue)
    # the preposition right after the cue: its own child, or the "for" the parse made a clause's
    # marker ("called [for] the rivals to drop out": "for" hangs on "drop")
    candidates = [c for c in cue.rights if c.i == following]
    if following < len(cue.doc) and _for_to_clause(cue.doc[following], cue):
        candidates.append(cue.doc[following])
    for child in candidates:
        if child.lower_ not in prepositions:
            continue
        start, cue_end = child.i + 1, child
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                return None
            end = objects[-1].right_edge.i
            if infinitive is None:  # 'called for X [to release ...]': an infinitive parsed as a clause of purpose
                infinitive = next((c for c in cue.rights if c.dep_ == "advcl" and c.left_edge.i == end + 1
                                   and _to_infinitive(c)), None)
            end = max(end, infinitive.right_edge.i if infinitive is not None else 0)
        elif child.dep_ == "mark" and child.head.head.i == cue.i:  # "called for [the rivals to drop out]"
            end = child.head.right_edge.i
        else:
            return None
        return _words(cue, start, end), (cue.idx, cue_end.idx + len(cue_end))
    return None


def _for_to_clause(marker: Token, cue: Token) -> bool:
    """'called [for] the rivals [to] drop out': "for" marks an infinitive clause with its own
    subject, which hangs on the cue."""
    clause = marker.head
    return (marker.dep_ == "mark" and marker.lower_ == "for" and clause.head.i == cue.i and clause.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _naming(cue: Token) -> tuple[list[Token], tuple[int, int]] | None:
    if cue.tag_ == "VBP" or cue.dep_ in ("acl", "relcl", "amod"):
        return None
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    if not objects:
        return None
    predicate = next((c for c in cue.rights if c.dep_ in PREDICATE_DEPS and c.i > objects[0].right_edge.i), None)
    if predicate is None or predicate.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return _words(cue, objects[0].left_edge.i, predicate.right_edge.i), cue_chars(cue)


def _infinitive(verb: Token) -> Token | None:
    """The verb's to-infinitive complement ("urged voters [to stay home]")."""
    return next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and _to_infinitive(c)), None)


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.lefts)


def _particles(verb: Token) -> int:
    return sum(1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)


def _subtree(token: Token) -> list[Token]:
    return list(token.doc[token.left_edge.i : token.right_edge.i + 1])


def _words(cue: Token, start: int, end: int) -> list[Token]:
    return list(cue.doc[start : end + 1])
