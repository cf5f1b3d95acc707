"""Which way a year-less date points, read from the parse: past, present or future.

A function of the spaCy parse around one candidate span (the rules themselves never see
spaCy). The verb that governs the expression decides: its tense ("talks resumed in
October" -> past), its auxiliaries ("will visit in June", reported "said it would meet on
Monday", "is to resume on Tuesday" -> future) and its modality: a
verb or adjective of intent or schedule on the way up from the expression to its verb
looks ahead ("is expected in May", "scheduled for Saturday", "due on Friday", "effective
June 1"), unless a past perfect puts the plan itself in the past ("had been scheduled for
Monday", "had been due to expire Friday"); so does the present of a verb of intent with its
infinitive ("On Tuesday, the league plans to hold a news conference"); and so does a deadline
someone is given or granted ("has given the bank until Tuesday to reply").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from .anchoring import FUTURE, PAST, PAST_ONLY, PRESENT
from .lexicon import MONTHS, SEASONS, WEEKDAYS
from .syntax import (
    APPOINTING_VERBS,
    CAUSE_PREPOSITIONS,
    DEADLINE_PREPOSITIONS,
    DEADLINE_VERBS,
    DOCUMENT_NOUNS,
    FUTURE_AUXILIARIES,
    FUTURE_CUES,
    HABIT_ADVERBS,
    INTENT_VERBS,
    OBLIGATION_MODALS,
    OPENING_CONJUNCTIONS,
    PAST_OR_POSSIBILITY_MODALS,
    PERFECT_AUXILIARIES,
    PLURAL_TIMETABLE_VERBS,
    POSSIBILITY_MODALS,
    REPORTING_VERBS,
    SAME_FORM_PAST_VERBS,
    SCHEDULE_WORDS,
    SIMPLE_PAST_DATE_PREPOSITIONS,
    TIMETABLE_STATES,
    TIMETABLE_VERBS,
)


def tense_of(span: Span) -> str | None:
    """Past, present or future, read from the verb that governs the expression; none ahead or
    behind for a day that dates a noun's own event ("get around Tuesday's decision": the
    decision's time is not the verb's; "Saturday's match will be played": the subject's is).
    A day or month joined to another by "and" or "or" takes that one's ("expects crowds on
    Saturday and Sunday")."""
    root = span.root
    if root.dep_ == "conj" and root.head.i < root.i and _names_a_day_or_month(span):
        joined = root.doc[root.head.i : root.head.i + 1]
        if _names_a_day_or_month(joined):
            return tense_of(joined)
    tense = _verb_tense(span)
    if tense in (PAST, FUTURE) and span.root.dep_ == "poss" and span.root.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if tense == PAST and _dates_a_simple_past(span):
        return PAST_ONLY
    return tense


def _dates_a_simple_past(span: Span) -> bool:
    """A month or a day of a month that says when a verb in the simple past, active or
    passive, happened ("talks resumed in October", "the plant closed on Oct. 3", "the festival
    was held from 4 to 6 May"): a time already gone, never the one just ahead that a
    past-tense sentence may still name for something else ("declared a dividend payable
    Dec. 15")."""
    if not any(t.lower_.rstrip(".") in MONTHS for t in span):
        return False
    root = span.root
    head = root.head
    doc = span.doc
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in SIMPLE_PAST_DATE_PREPOSITIONS:
        head = head.head
    elif root.dep_ == "prep" and span.start > 0 and doc[span.start - 1].lower_ in SIMPLE_PAST_DATE_PREPOSITIONS:
        pass  # "took place from April 20 to 22": the parse hangs the range's "to" on the verb
    elif root.dep_ not in ("npadvmod", "tmod"):
        return False
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBD":
        return not auxiliaries
    return head.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ == "VBD"


def _verb_tense(span: Span) -> str | None:
    before = span.doc[max(0, span.start - 3) : span.start].text.lower()
    if before.endswith(FUTURE_CUES):
        return FUTURE
    if _reported_just_before(span):
        return PAST  # "said on Monday it would cut jobs": the day of the saying, whatever the parse
    path = _path_to_verb(span.root)
    verb = path[-1] if path and path[-1].pos_ in ("VERB", "AUX") else None
    scheduled = verb is not None and any(_is_schedule(t) for t in path)  # a word of plan between the time and its verb
    if verb is not None and scheduled and not _past_perfect(verb) and not _a_past_plan_of_its_subject(span, verb):
        return None if _a_plan_beside_a_past(verb, path) else FUTURE
    if verb is not None and scheduled and _past_perfect(verb) and _names_a_season(span):
        return None  # "the work had been planned for the spring": a season a plan was set for, ahead or behind, the nearest
    if verb is not None and _sets_a_deadline(verb, path) and not _past_perfect(verb):
        return FUTURE
    if verb is not None and _appoints_a_day(span, verb) and not _past_perfect(verb):
        return FUTURE
    if verb is not None and _starts_from_a_weekday(span, verb, path):
        return FUTURE
    if (verb is None or _after_a_noun_tagged_timetable_verb(span)) and _after_a_timetable_verb(span):
        return FUTURE
    if verb is not None and _a_present_bound(verb, path):
        return FUTURE
    if verb is not None and _subject_of_a_present(span, verb):
        return FUTURE
    for _ in range(3):
        if verb is None:
            return None
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxiliaries}
        if "to" in words and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in words)):
            # an infinitive, active or passive ("is expected to be held in February")
            if _is_intent(verb.head) and not _past_perfect(verb.head):
                return FUTURE
            if _bounded_ahead(span, path) and _told_from_now(verb.head):
                return FUTURE  # "shops have been told to clear the stock by 5 p.m. on Saturday"
            if verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):
                return FUTURE  # "is to resume trading on Tuesday": an arrangement ahead
            if verb.head.lower_ == "going" and any(c.lemma_ == "be" and c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.head.children):
                return FUTURE  # "the council is going to vote on Monday"
            verb = _governing_verb(verb.head) if verb.head is not verb else None
            continue
        if words & FUTURE_AUXILIARIES or "going" in words:
            return FUTURE
        if words & POSSIBILITY_MODALS and not words & PERFECT_AUXILIARIES and not _negated(verb) and not _outside_its_clause(span, verb):
            return FUTURE  # "may decide on Monday", "should be replaced in January"
        if words & PAST_OR_POSSIBILITY_MODALS and not words & PERFECT_AUXILIARIES:
            return None  # "could be replaced in January", "could be located Wednesday": either way
        if verb.tag_ == "VB" and not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "will sweep the hills and last through the weekend": a bare verb joined to one shares its auxiliaries
            continue
        if words & OBLIGATION_MODALS and not words & PERFECT_AUXILIARIES and _names_a_day_or_month(span):
            return FUTURE  # "conditions should ease on Sunday", "can be found online from Friday"
        if verb.tag_ == "VBD" or words & PERFECT_AUXILIARIES or any(a.tag_ == "VBD" for a in auxiliaries):
            return PAST
        if verb.tag_ == "VBG" and not auxiliaries and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "..., rising to a high in June": a participle has the tense of its clause
            continue
        if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and _is_intent(verb) and _has_an_infinitive(verb):
            return FUTURE  # "On Tuesday, the league plans to hold a news conference"
        if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and _is_intent(verb) and _names_a_season(span):
            return FUTURE  # "ministers want the bill passed before the summer recess"
        if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):
            if _timetabled(span, verb, auxiliaries):
                return FUTURE
            return PRESENT
        if verb.tag_ == "VBN":
            return PAST
        if verb.tag_ == "VB" and not auxiliaries and verb.dep_ == "xcomp" and verb.head.lower_ in TIMETABLE_VERBS and _names_a_day_or_month(span):
            return FUTURE  # "the league resumes play on Friday": the parse takes the object for a bare verb
        return None
    return None


#: Auxiliaries of a future told from now ("would" tells one seen from the past).
_FUTURE_FROM_NOW = frozenset({"will", "shall", "'ll", "wo"})


def looks_past_today(span: Span) -> bool:
    """The sentence's own grammar puts the expression ahead of now: "will", "shall" or "going
    to" on the verb that governs it, or a verb that moves a date just before it ("postponed
    until"). A weekday such a sentence names is not the publication's own day, which it would
    call "today" ("the shop will reopen on Monday" in Monday's paper is a week ahead); an
    intent or a timetable read from a present ("plans to meet Monday") says less."""
    before = span.doc[max(0, span.start - 3) : span.start].text.lower()
    if before.endswith(FUTURE_CUES):
        return True
    verb = _governing_verb(span.root)
    for _ in range(3):
        if verb is None:
            return False
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & _FUTURE_FROM_NOW:
            return True
        if not (verb.tag_ == "VB" and "to" in auxiliaries) or verb.head is verb:
            return False
        if verb.head.lower_ == "going" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in verb.head.children):
            return True
        verb = _governing_verb(verb.head)
    return False


def _bounded_ahead(span: Span, path: list[Token]) -> bool:
    """"by" or "until" bounds the expression, on its way up to the verb or just before it
    ("to clear the shelves by 5 p.m. on Saturday")."""
    return _under_preposition(span, path, _BOUNDS_AHEAD)


def _under_preposition(span: Span, path: list[Token], prepositions: AbstractSet[str]) -> bool:
    """One of `prepositions` is the word just before the expression or a preposition on its way
    up to the verb (`path`)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in prepositions) or any(
        t.lower_ in prepositions and t.dep_ == "prep" for t in path
    )


def _told_from_now(verb: Token) -> bool:
    """The verb is in the present or the present perfect ("have been told", "asks"): what it
    bounds is seen from now, not from a past."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ == "had" for a in auxiliaries):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _reported_just_before(span: Span) -> bool:
    """A reporting verb in the past stands just before the day, "on" at most between ("the
    company said on Monday it would ...", "officials announced Tuesday that ..."): news dates
    the saying so, even where the parse hangs the day on the reported verb."""
    verb = _word_before(span)
    return (verb is not None and verb.tag_ == "VBD" and verb.lemma_.lower() in REPORTING_VERBS
            and _names_a_day_or_month(span))


def _word_before(span: Span) -> Token | None:
    """The word just before a date, passing over one "on" ("said on Monday", "ends on Sunday")."""
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ in ("on", "at"):
        i -= 1
    return span.doc[i] if i >= 0 else None


def _timetabled(span: Span, verb: Token, auxiliaries: list[Token]) -> bool:
    """A weekday on an event verb in the present ("the new rules come into force on Friday",
    "the leaders are meeting Monday"): a day of a timetable or an arrangement, so the next one;
    not a reporting verb ("the ministry says Friday ...") nor "be" and "have", which state."""
    root = span.root
    if not (_names_a_day_or_month(span) or _names_a_season(span)) or verb.lemma_.lower() in REPORTING_VERBS:
        return False
    if root.dep_ == "prep":  # "(expires at) midnight on Friday": the parse hangs the clock and the day apart on the verb
        root = next((c for c in root.children if c.dep_ == "pobj" and span.start <= c.i < span.end), root)
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    state = _timetable_state(verb) if not auxiliaries else None
    if state is not None and head.i == state.i:
        head = verb  # "polls are open (from 7 a.m. to 8 p.m.) on Sunday": the day of the state
    if head.i != verb.i or root.dep_ not in ("pobj", "npadvmod", "tmod", "obl"):
        return False  # a day that dates a noun ("as of Friday's close"), not the verb's event
    if state is not None:
        return True
    if verb.lemma_ in ("be", "have") or any(a.lemma_ == "have" for a in auxiliaries):
        return False
    if not auxiliaries and verb.lower_ in SAME_FORM_PAST_VERBS:
        return False  # "stocks hurt the index on Friday": as likely a past
    return all(a.lemma_ == "be" for a in auxiliaries) and (verb.tag_ != "VBG" or bool(auxiliaries))


def _subject_of_a_present(span: Span, verb: Token) -> bool:
    """A weekday alone just before a verb in the simple present that has no subject of its own
    ("Saturday is the 25th anniversary", "Friday marks the deadline"): the day is the subject,
    which the parse takes for an adverb, and a day a present states a fact of lies ahead."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or span.end != verb.i or span.root.head.i != verb.i:
        return False
    if verb.tag_ != "VBZ":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children)


def _timetable_state(verb: Token) -> Token | None:
    """The adjective of a timetable a present "be" states ("polls are open", "the bridge is
    closed"), if it states one."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in TIMETABLE_STATES), None)


def _after_a_timetable_verb(span: Span) -> bool:
    """A weekday just after a present-tense verb of a timetable, "on" at most between ("the
    fair ends on Sunday", "the show opens Friday"), where the tagger took the verb for a
    plural noun and left the sentence without one: the next such day; so is a day or a month
    just after the plain form of one after a plural subject ("ticket sales open on Saturday",
    "registrations close on Friday"), which the tagger may read as an adjective or an adverb."""
    word = _word_before(span)
    if word is None or word.i < 1:
        return False
    subject = span.doc[word.i - 1]
    if word.lower_ in PLURAL_TIMETABLE_VERBS and word.tag_ not in ("VBD", "VBN") and subject.tag_ in ("NNS", "NNPS"):
        return _names_a_day_or_month(span)  # "ticket sales open on Saturday", "open" read as an adjective
    if not any(t.lower_ in WEEKDAYS for t in span):
        return False
    return word.lower_ in TIMETABLE_VERBS and word.tag_ in ("NNS", "VBZ") and subject.pos_ in ("NOUN", "PROPN", "ADJ")


def _after_a_noun_tagged_timetable_verb(span: Span) -> bool:
    """"The window shuts at 11 p.m. on Monday, and the manager said ...": a timetable verb the
    tagger took for a plural noun just before the time, so the parse hangs the time on a verb
    further up."""
    word = _word_before(span)
    return word is not None and word.tag_ == "NNS" and word.lower_ in TIMETABLE_VERBS


def _names_a_day_or_month(span: Span) -> bool:
    """A weekday or a month ("on Friday", "in May", "on Aug. 3", "on Sunday night"): a day a
    timetable can name."""
    return any(t.lower_ in WEEKDAYS or t.lower_.rstrip(".") in MONTHS for t in span)


def _names_a_season(span: Span) -> bool:
    """"in the spring", "next summer": a season a timetable can name ("the law takes effect in
    the spring"); "usually", "often" and their like make the present a habit, no timetable."""
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return any(t.lower_ in SEASONS for t in span) and not any(c.lower_ in HABIT_ADVERBS for c in verb.children)


def _is_intent(token: Token) -> bool:
    return token.lemma_.lower() in INTENT_VERBS or token.lower_ in INTENT_VERBS


def _has_an_infinitive(verb: Token) -> bool:
    """The verb governs a "to" + verb ("plans to hold"): what it intends lies ahead."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


def _is_schedule(token: Token) -> bool:
    """A participle or adjective of plan the date hangs on ("expected in May", "due Friday");
    an active verb ("they planned the attack in May") dates its own object, and "set" is
    ahead only with "to" ("a record set on Aug. 6")."""
    if token.lower_ == "set" and token.tag_ == "VBN":
        return any(c.lower_ == "for" and c.dep_ == "prep" for c in token.children)  # "the vote is set for Friday"
    return token.lower_ in SCHEDULE_WORDS and (token.tag_ == "VBN" or token.pos_ == "ADJ")


def _appoints_a_day(span: Span, verb: Token) -> bool:
    """"has called an emergency session for Thursday", "booked the hall for Saturday": a
    weekday a meeting is called or booked for lies ahead of the calling."""
    root = span.root
    return (
        verb.lemma_.lower() in APPOINTING_VERBS
        and root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.i == verb.i
        and any(t.lower_ in WEEKDAYS for t in span)
    )


def _starts_from_a_weekday(span: Span, verb: Token, path: list[Token]) -> bool:
    """"has issued a warning from 6 p.m. on Friday", "have been suspended from Monday": what a
    present perfect has just set in place (an object, or a passive) starts from a weekday,
    which lies ahead ("since" tells of a start behind)."""
    if not _under_preposition(span, path, _STARTS) or not any(t.lower_ in WEEKDAYS for t in span):
        return False
    children = list(verb.children)
    set_in_place = any(c.dep_ in ("dobj", "auxpass") for c in children)  # "prices have risen from Monday('s level)" sets nothing
    return verb.tag_ == "VBN" and set_in_place and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children)


def _sets_a_deadline(verb: Token, path: list[Token]) -> bool:
    """"has given the bank until Tuesday (to reply)", "granted them until March 3": a deadline
    someone is given lies ahead; "lasted until Monday" is no deadline."""
    return verb.lemma_.lower() in DEADLINE_VERBS and any(t.lower_ in DEADLINE_PREPOSITIONS and t.dep_ == "prep" for t in path)


#: Prepositions that bound a present state or expectation ahead ("have until Sunday", "expect
#: rain by the weekend").
_BOUNDS_AHEAD = frozenset({"until", "till", "by"})
#: The preposition of a time something starts from ("suspended from Monday").
_STARTS = frozenset({"from"})


def _a_present_bound(verb: Token, path: list[Token]) -> bool:
    """"Lawmakers have until midnight Sunday to reach a deal", "forecasters expect rain by the
    weekend": a verb in the simple present whose date hangs on "until" or "by" bounds what
    holds or is awaited now, so the date lies ahead ("lasted until Sunday" is a past); so does
    a verb under a modal of obligation ("must be filed by Friday")."""
    simple_present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not simple_present and not _under_an_obligation(verb):
        return False
    return any(t.lower_ in _BOUNDS_AHEAD and t.dep_ == "prep" for t in path)


def _under_an_obligation(verb: Token) -> bool:
    """"The report must be filed by Friday", "the forms should be returned by Monday": a
    modal of what must or may still be done, with no perfect after it ("must have been
    filed"), makes a bound on the verb a deadline ahead."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & OBLIGATION_MODALS) and not words & PERFECT_AUXILIARIES


def _a_past_plan_of_its_subject(span: Span, verb: Token) -> bool:
    """"Friday's attack was planned for weeks": a day that dates the subject's own event, with
    the plan told in the past, names that event's day, not a day the plan looks ahead to."""
    return span.root.dep_ == "poss" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _a_plan_beside_a_past(verb: Token, path: list[Token]) -> bool:
    """"Its report, due in March, was delayed": a plan set off beside what the clause tells in the
    simple past is one of that past, so the date it names points neither way from now (the
    nearest); "was scheduled for Friday", where the plan is the verb itself, still looks ahead."""
    beside = any(_is_schedule(t) and t.i != verb.i and t.i > 0 and t.doc[t.i - 1].text == "," for t in path)  # set off by a comma
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    simple_past = (verb.tag_ == "VBD" and not auxiliaries) or (
        verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ == "VBD"
    )
    return beside and simple_past


def _negated(verb: Token) -> bool:
    """ "cannot be reached on Friday": a negated modal tells an inability, no plan ahead."""
    return any(c.dep_ == "neg" for c in verb.children)


def _outside_its_clause(span: Span, verb: Token) -> bool:
    """The time comes before the word that opens the verb's clause ("warnings on Thursday that
    strikes could harm ties"): the parse hung it on the clause's verb, whose time it is not."""
    return any(c.dep_ == "mark" and c.i >= span.end for c in verb.children)


def _past_perfect(word: Token) -> bool:
    """The verb of `word` (itself, or the verb an adjective hangs on: "had been due") is in
    the past perfect: the plan itself lies behind."""
    verb = word if word.pos_ in ("VERB", "AUX") else _governing_verb(word)
    return verb is not None and any(c.lower_ == "had" for c in verb.children if c.dep_ in ("aux", "auxpass"))


def _path_to_verb(token: Token) -> list[Token]:
    """The tokens from `token` up its heads to the first verb (or to the root)."""
    path = [token]
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:  # a root is its own head (a new Token object each time)
            break
        token = token.head
        path.append(token)
    return path[1:] if len(path) > 1 else path


def _governing_verb(token: Token) -> Token | None:
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_it_dates_the_cause_of(span: Span) -> Token | None:
    """The verb whose event answers the noun the date dates ("jailed in December for a
    burglary on Aug. 2, 2019": "jailed"), None when the date dates no such noun."""
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    noun = root.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_PREPOSITIONS:
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and noun.head.dep_ == "prep" else None


def dates_the_verb(span: Span, verb: Token) -> bool:
    """The expression says when `verb`'s event happened ("jailed in December")."""
    governing = _governing_verb(span.root)
    return dates_an_event(span) and governing is not None and governing.i == verb.i


def dated_by_joined_verbs(first: Span, second: Span) -> bool:
    """The two expressions date the same verb, or two verbs joined by "and", "but" or "or"
    ("the museum opened in May and closed in 2019"): one story told in one stretch."""
    if not (dates_an_event(first) and dates_an_event(second)):
        return False
    one, other = _governing_verb(first.root), _governing_verb(second.root)
    if one is None or other is None:
        return False
    return one.i == other.i or (other.dep_ == "conj" and other.head.i == one.i) or (one.dep_ == "conj" and one.head.i == other.i)


def speaks_of_the_present_in_general(span: Span, tense: str | None) -> bool:
    """True where "today" means nowadays: a present-tense sentence opening with "Today,"
    ("Today, most families own a phone"; "And today, ..." after a past the text contrasts it
    with) or "of today" ("the Europe of today")."""
    if tense != PRESENT:
        return False
    doc = span.doc
    first = span[0]
    after_a_conjunction = first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].lower_ in OPENING_CONJUNCTIONS
    opens = (first.is_sent_start or after_a_conjunction) and span.end < len(doc) and doc[span.end].text == ","
    return opens or (span.start > 0 and doc[span.start - 1].lower_ == "of") or _after_a_generic_subject(span)


def _after_a_generic_subject(span: Span) -> bool:
    """"Young voters today care ...": "today" between a bare plural subject (no article,
    possessive or number: a class, not a group the news tells of) and its present verb; not
    a verb that reports the news ("Officials today say ...": the day)."""
    root = span.root
    verb = root.head
    if len(span) != 1 or root.dep_ not in ("npadvmod", "advmod") or verb.tag_ not in ("VBP", "VBZ") or verb.i < span.start or verb.lemma_.lower() in REPORTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and (subject.tag_ == "NNS" or (subject.tag_ == "NNPS" and bool(subject.is_sent_start)))  # "Pensioners" opening: a tagger's proper noun
        and subject.i == span.start - 1
        and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subject.children)
    )


def dates_an_event(span: Span) -> bool:
    """True when the expression says when a verb's event happened ("sent in July 2012",
    "met on Jan. 3, 2019") or a piece of writing was written ("a diary entry of June 12,
    1961"), not when it modifies another noun ("the August 1988 cease-fire")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "of" and head.head.lower_ in DOCUMENT_NOUNS:
            return True  # "in a diary entry of June 12, 1961": the writing's date
        head = head.head
        if head.pos_ == "ADV" and head.dep_ in ("advmod", "prt") and head.lower_ == "back":
            head = head.head  # "goes back to April 2009"
        elif head.pos_ == "NOUN" and head.dep_ == "dobj" and root.head.lower_ == "on":
            head = head.head  # "admitted its first patient on Jan. 9, 2020": the parse hangs the day on the object
    elif root.dep_ not in ("npadvmod", "tmod", "obl", "advmod", "pobj"):
        return False
    return head.pos_ in ("VERB", "AUX")


def in_the_present_perfect(span: Span) -> bool:
    """The verb the expression hangs on is in the present perfect, active, passive or
    progressive ("has doubled in the past decade", "have been built", "has been growing")."""
    verb = _governing_verb(span.root)
    return verb is not None and verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def an_adverb_of_a_clause(span: Span) -> bool:
    """The expression is one adverb of a verb with a subject of its own, or of a verb joined to
    one ("storms overnight knocked out power", "crews worked and finished overnight"); a
    participle describing a noun ("the sites struck overnight") has none."""
    if len(span) != 1 or span.root.dep_ not in ("advmod", "npadvmod"):
        return False
    verb = span.root.head
    for _ in range(2):
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def speaks_from_now(span: Span) -> bool:
    """The sentence's main verb is in the present perfect ("the states have completed every
    step after ..."): it speaks from the time of writing, not from a passage's earlier date."""
    root = span.sent.root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in root.children
    )


def speaks_of_a_future_in_the_past(span: Span) -> bool:
    """The verb governing the expression takes "would" ("he wrote that the meeting would be on
    Sunday"), or a deadline or a plan was set in the simple past ("gave the parties until
    Oct. 31", "a vote was scheduled for Friday"): a future seen from the past the passage
    tells about, not from the publication."""
    verb = _governing_verb(span.root)
    if verb is None:
        return False
    chain = verb
    for _ in range(3):  # "would have to wait until March": the "would" of the verb the infinitive completes
        if any(c.lower_ == "would" and c.dep_ == "aux" for c in chain.children):
            return True
        if chain.dep_ != "xcomp" or chain.head.i == chain.i:
            break
        chain = chain.head
    in_the_past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children)
    path = _path_to_verb(span.root)
    planned = _sets_a_deadline(verb, path) or any(_is_schedule(t) for t in path)
    return in_the_past and planned and not _past_perfect(verb)


def tells_the_story_on(span: Span, tense: str | None) -> bool:
    """A past-tense sentence that is not in the past perfect ("On Friday, the delegates
    signed"): in a passage about an earlier day it tells what happened next; "had inspected
    it on Monday" looks back. A day no verb's tense reaches ("asked staff to a meeting on
    Thursday") takes the tense of its sentence's main verb."""
    if tense is None:
        root = span.sent.root
        return root.tag_ == "VBD" and not _past_perfect(root)
    return tense in (PAST, PAST_ONLY) and not _past_perfect(span.root)


def opens_its_sentence(span: Span) -> bool:
    """Nothing but a preposition or a conjunction stands before the expression in its
    sentence ("In October, ...", "And on Friday ...")."""
    before = span.doc[span.sent.start : span.start]
    return len(before) <= 2 and all(t.pos_ in ("ADP", "CCONJ", "PUNCT") for t in before)


def reported_clause(span: Span) -> Token | None:
    """The verb of the clause a past-tense reporting verb's complement holds the expression in
    ("wrote that the troops had moved yesterday": "moved"), None when there is none."""
    token = span.root
    for _ in range(12):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS and head.tag_ == "VBD":
            return token
        token = head
    return None


def reports_the_news(span: Span) -> bool:
    """True when a reporting verb governs the expression ("officials said Thursday"), or
    stands just before it in the past whatever the parse hangs it on ("said on Tuesday it
    would pay"), not in the past perfect ("had warned in January" tells of a time before a
    passage's day)."""
    if _reported_just_before(span):
        return True
    verb = _governing_verb(span.root)
    return verb is not None and verb.lemma_.lower() in REPORTING_VERBS and not _past_perfect(verb)
