"""Words the dates stage reads around a candidate in the parse, from ``data/dates/syntax.json``."""

from __future__ import annotations

from typing import Any

from ..datafiles import read_json

_SYNTAX: dict[str, Any] = read_json("dates/syntax.json")

#: Words that open a candidate span but not a TimeML extent.
LEADING_PREPOSITIONS = frozenset(_SYNTAX["leading_prepositions"])
#: Modifiers just outside a model entity that belong to the expression.
LEFT_MODIFIERS = frozenset(_SYNTAX["left_modifiers"])
RIGHT_MODIFIERS = frozenset(_SYNTAX["right_modifiers"])
#: Words joining two time expressions in one model entity ("Monday and Tuesday", "1990 to 1995").
JOINERS = frozenset(_SYNTAX["joiners"])
#: Participles after a reporting period that name the day it closes on ("the year ended March 31").
CLOSING_PARTICIPLES = frozenset(_SYNTAX["closing_participles"])
#: Adverbs that make a present a habit ("sales usually peak in the summer"), no timetable.
HABIT_ADVERBS = frozenset(_SYNTAX["habit_adverbs"])
#: Auxiliaries that put a verb in the future.
FUTURE_AUXILIARIES = frozenset(_SYNTAX["future_auxiliaries"])
#: Modals of what must or may still be done: under one, a bound ("must be filed by Friday") lies ahead.
OBLIGATION_MODALS = frozenset(_SYNTAX["obligation_modals"])
#: Modals of what may still happen: under one (not negated, not perfect) a date lies ahead.
POSSIBILITY_MODALS = frozenset(_SYNTAX["possibility_modals"])
#: Modals of a past ability as much as of a possibility: under one a date points neither way.
PAST_OR_POSSIBILITY_MODALS = frozenset(_SYNTAX["past_or_possibility_modals"])
#: Verbs and adjectives whose "to" + verb, or whose own time, looks ahead ("is expected to meet
#: on Friday", "is expected in May", "scheduled for Saturday").
INTENT_VERBS = frozenset(_SYNTAX["intent_verbs"])
#: Words just before an expression that point it forward ("as early as Tuesday").
FUTURE_CUES: tuple[str, ...] = tuple(_SYNTAX["future_cues"])
PERFECT_AUXILIARIES = frozenset(_SYNTAX["perfect_auxiliaries"])
#: Conjunctions that may open a sentence before "Today," ("And today, most families ..."):
#: the sentence still opens with the time.
OPENING_CONJUNCTIONS = frozenset(_SYNTAX["opening_conjunctions"])
#: Verbs that set a deadline, and the prepositions before it: what someone is given "until
#: Tuesday" (to reply) lies ahead, whatever the tense of the giving.
DEADLINE_VERBS = frozenset(_SYNTAX["deadline_verbs"])
#: Lemmas that call or book a meeting "for" a day: that day lies ahead.
APPOINTING_VERBS = frozenset(_SYNTAX["appointing_verbs"])
DEADLINE_PREPOSITIONS = frozenset(_SYNTAX["deadline_prepositions"])
#: Participles and adjectives of plan or schedule: the date they govern lies ahead.
SCHEDULE_WORDS = frozenset(_SYNTAX["schedule_words"])
#: Prepositions through which a month or a day dates a verb in the simple past ("resumed in
#: October", "was held from 4 to 6 May"): a time gone, not the day just ahead.
SIMPLE_PAST_DATE_PREPOSITIONS = frozenset(_SYNTAX["simple_past_date_prepositions"])
#: Third-person present forms of the verbs of a timetable ("ends", "opens"): a weekday they
#: govern is the next one, even where the tagger reads the form as a plural noun.
TIMETABLE_VERBS = frozenset(_SYNTAX["timetable_verbs"])
PLURAL_TIMETABLE_VERBS = frozenset(_SYNTAX["plural_timetable_verbs"])
#: Adjectives of a timetable after a present "be" ("polls are open on Sunday"): the day is the next one.
TIMETABLE_STATES = frozenset(_SYNTAX["timetable_states"])
#: Prepositions through which a dated noun is what a verb's event answers ("jailed for a burglary on Aug. 2, 2019").
CAUSE_PREPOSITIONS = frozenset(_SYNTAX["cause_prepositions"])
#: Forms of the verbs whose object "the week" is the period they open or close ("ended the week 2% higher").
#: Verbs an age follows ("turned 80"): a number just after one is the age, no part of a time after it
AGE_VERBS = frozenset(_SYNTAX["age_verbs"])
PERIOD_VERBS = frozenset(_SYNTAX["period_verbs"])
#: Lemmas of the verbs that report the news ("said Thursday"): their dates are the reporting's.
REPORTING_VERBS = frozenset(_SYNTAX["reporting_verbs"])
#: Verbs whose past is spelt as their present ("hurt", "cut"): their present tag may be a past.
SAME_FORM_PAST_VERBS = frozenset(_SYNTAX["same_form_past_verbs"])
#: Words of the time patterns too common to mark where a time expression may be ("the", "of").
MATCHER_NON_TRIGGERS = frozenset(_SYNTAX["matcher_non_triggers"])
#: Words just outside a candidate that TimeML keeps in its extent ("more than" two weeks, two
#: weeks "or so"); `COUNT_MODIFIERS` only before a number ("over a week").
LEFT_MODIFIER_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _SYNTAX["left_modifier_phrases"])
RIGHT_MODIFIER_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _SYNTAX["right_modifier_phrases"])
COUNT_MODIFIERS = frozenset(_SYNTAX["count_modifiers"])
#: Adverbs that qualify the event rather than the time ("just last month", "only six months"):
#: outside TimeML extents.
FOCUS_ADVERBS = frozenset(_SYNTAX["focus_adverbs"])
#: The same after the time ("this year alone").
TRAILING_FOCUS_ADVERBS = frozenset(_SYNTAX["trailing_focus_adverbs"])
#: Nouns naming a stretch of time: a length before one is one expression with it ("a
#: two-year period").
TIME_HEAD_NOUNS = frozenset(_SYNTAX["time_head_nouns"])
#: Singular unit words: "two day" before another noun is a length used as a modifier.
LENGTH_UNITS = frozenset(_SYNTAX["length_units"])
#: Lemmas whose "over" + a length means "more than" ("lasted over a week").
LASTING_VERBS = frozenset(_SYNTAX["lasting_verbs"])
#: After a month word and before a capitalised word: a name ("the March for Peace").
NAME_PREPOSITIONS = frozenset(_SYNTAX["name_prepositions"])
#: Before a proper name: a newspaper ("the party daily Pravda"), not a set of times.
PUBLICATION_FREQUENCIES = frozenset(_SYNTAX["publication_frequencies"])
#: After a number: a percentage, whose set word after it is a growth rate's period ("4% annually").
PERCENT_WORDS = frozenset(_SYNTAX["percent_words"])
MODIFIER_TIMES = frozenset(_SYNTAX["modifier_times"])
#: Capitalised inside a sentence and quoted or after an organisation's name, these end the
#: title of a programme ("This Week", "VOA Today"), not a time.
PROGRAMME_TITLE_WORDS = frozenset(_SYNTAX["programme_title_words"])
#: Adjectives between "the" and a period that say which one it is ("the comparable" year-ago quarter).
COMPARISON_ADJECTIVES = frozenset(_SYNTAX["comparison_adjectives"])
#: Nouns of an age or its people: "today's" before one names an era ("today's youth"), no day.
ERA_NOUNS = frozenset(_SYNTAX["era_nouns"])
#: Phrases that, before a comma, are a turn of speech ("At the end of the day, ..."), no time.
IDIOMS_BEFORE_A_COMMA: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _SYNTAX["idioms_before_a_comma"])
#: Determiners opening a noun phrase: an approximator before one is its preposition ("worried
#: about the future"), not a mod of the time.
NOUN_PHRASE_OPENERS = frozenset(_SYNTAX["noun_phrase_openers"])
#: Between a unit and itself, words that make a comparison ("year on year"): no time.
UNIT_COMPARISON_WORDS = frozenset(_SYNTAX["unit_comparison_words"])
#: The parts of a game's clock an ordinal names ("the second half", "the third period"), the
#: ordinals they may take besides the numbered ones ("the final quarter"), and the lemmas of
#: the verbs and nouns that make a sentence about a game: there they are no calendar periods.
GAME_PERIODS = frozenset(_SYNTAX["game_periods"])
PLAY_OPENING_ORDINALS = frozenset(_SYNTAX["play_opening_ordinals"])
GAME_VERBS = frozenset(_SYNTAX["game_verbs"])
GAME_NOUNS = frozenset(_SYNTAX["game_nouns"])
#: Nouns of a piece of writing: a full date after "of" dates it ("a diary entry of June 12,
#: 1961") and opens a passage; and lemmas of the verbs of writing, whose words ("\"We need a
#: crew by Friday,\" the inspector wrote") speak from the passage's day.
DOCUMENT_NOUNS = frozenset(_SYNTAX["document_nouns"])
WRITING_VERBS = frozenset(_SYNTAX["writing_verbs"])
