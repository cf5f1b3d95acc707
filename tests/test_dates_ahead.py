"""Which way a year-less day points on the day it names, and around a holiday just past:
sentences written for these tests, each with the publication day it is read against."""

import pytest

from geonews_extract import extract

MONDAY = "2025-03-10"
THURSDAY = "2024-03-14"
AFTER_VETERANS_DAY = "2024-11-14"  # Veterans Day 2024 fell on Monday, November 11
BEFORE_VETERANS_DAY = "2024-11-09"

#: (sentence, published, extent, value)
CASES = [
    # a future sentence naming the publication's own weekday means the next one, a week ahead
    ("The bakery will reopen on Monday after the repairs.", MONDAY, "Monday", "2025-03-17"),
    ("The council is going to vote on Monday.", MONDAY, "Monday", "2025-03-17"),
    # a past or reporting sentence naming it means that very day
    ("The bakery reopened on Monday after the repairs.", MONDAY, "Monday", "2025-03-10"),
    ("The mayor said on Monday that the bakery would reopen.", MONDAY, "Monday", "2025-03-10"),
    ("Firefighters were called to the warehouse on Monday.", MONDAY, "Monday", "2025-03-10"),
    # a meeting moved to a weekday lies ahead, a week on if that weekday is today
    ("The hearing was postponed until Thursday.", THURSDAY, "Thursday", "2024-03-21"),
    ("The trial has been adjourned until Thursday.", THURSDAY, "Thursday", "2024-03-21"),
    ("The hearing was postponed until Friday.", THURSDAY, "Friday", "2024-03-15"),
    # a holiday follows the tense as a weekday does, however near the other one lies
    ("Restaurants were busy on Veterans Day.", BEFORE_VETERANS_DAY, "Veterans Day", "2023-11-11"),
    ("Restaurants were busy on Veterans Day.", AFTER_VETERANS_DAY, "Veterans Day", "2024-11-11"),
    ("The parade will be held on Veterans Day.", AFTER_VETERANS_DAY, "Veterans Day", "2025-11-11"),
    ("The parade will be held on Veterans Day.", BEFORE_VETERANS_DAY, "Veterans Day", "2024-11-11"),
    # a timetable's present with a plural subject, however the tagger reads the verb
    ("Ticket sales open on Saturday.", THURSDAY, "Saturday", "2024-03-16"),
    ("Registrations close on Friday.", THURSDAY, "Friday", "2024-03-15"),
    ("Applications start on Tuesday.", THURSDAY, "Tuesday", "2024-03-19"),
    ("The museum was open on Saturday.", THURSDAY, "Saturday", "2024-03-09"),
    # a season a plan was set for in the past perfect: the nearest, ahead as often as behind
    ("Engineers said the resurfacing had been planned for the summer.", THURSDAY, "the summer", "2024-SU"),
    # a bare verb joined to a future one shares its "will"
    ("Snow will cover the passes tonight and stay until Sunday.", THURSDAY, "Sunday", "2024-03-17"),
    # a modal of what may or must still be done, with no perfect after it, looks ahead
    ("Temperatures should recover on Monday.", THURSDAY, "Monday", "2024-03-18"),
    ("The new forms can be downloaded from Tuesday.", THURSDAY, "Tuesday", "2024-03-19"),
    # a bound on an infinitive under a present or a present perfect
    ("Tenants have been asked to leave the building by noon on Saturday.", THURSDAY, "noon on Saturday", "2024-03-16T12:00"),
    # a timetable verb the tagger reads as a noun, with a clock time before the day
    ("The poll shuts at 9 p.m. on Sunday, and the count begins overnight.", THURSDAY, "9 p.m. on Sunday", "2024-03-17T21:00"),
    # what a present perfect has set in place from a weekday starts ahead
    ("Rail services have been suspended from Saturday.", THURSDAY, "Saturday", "2024-03-16"),
    ("The port has declared a curfew from 10 p.m. on Friday.", THURSDAY, "10 p.m. on Friday", "2024-03-15T22:00"),
    # a day a service is cancelled for
    ("All flights to the island have been cancelled for Saturday.", THURSDAY, "Saturday", "2024-03-16"),
    # a season an intent in the present is set on
    ("Ministers want the new law in force before the summer break.", "2024-04-24", "summer", "2024-SU"),
]

#: (sentence, {extent: value}): days written as ordinals before "of" and the month, which the
#: model tags as numbers; each end of a range is its own expression.
ORDINAL_DAYS = [
    ("The fair runs from the 3rd to the 5th of May.", {"the 3rd": "2024-05-03", "the 5th of May": "2024-05-05"}),
    ("The festival was held from the 21st to the 23rd of June.", {"the 21st": "2023-06-21", "the 23rd of June": "2023-06-23"}),
    ("Voting opens on the 2nd of April.", {"the 2nd of April": "2024-04-02"}),
    ("The vote is on the 3rd of May.", {"the 3rd of May": "2024-05-03"}),
]


@pytest.mark.parametrize(("sentence", "expected"), ORDINAL_DAYS)
def test_ordinal_days_of_a_month(nlp, sentence, expected):
    found = {t.text: t.value for t in extract(sentence, published=THURSDAY, nlp=nlp).times}
    assert found == expected


@pytest.mark.parametrize(("sentence", "published", "extent", "value"), CASES)
def test_direction_on_and_around_the_day_named(nlp, sentence, published, extent, value):
    found = {t.text: t.value for t in extract(sentence, published=published, nlp=nlp).times}
    assert found.get(extent) == value, found


#: (text, extent, value): a count of units finer than the month or year the text named last
#: cannot name a finer stretch; TimeML's value keeps the named stretch's granularity, the one
#: that holds most of the days the count can reach (its middle, moved by the count).
COUNTED_FROM_A_COARSER_TIME = [
    ("The band split in October 2018. Two weeks later, the singer released a solo album.", "Two weeks later", "2018-10"),
    ("The band split in October 2018. Three weeks later, the singer released a solo album.", "Three weeks later", "2018-11"),
    ("The band split in October 2018. Ten days earlier, the drummer had left.", "Ten days earlier", "2018-10"),
    ("The band split in October 2018. Three weeks earlier, the drummer had left.", "Three weeks earlier", "2018-09"),
    ("The band split in October 2018. Six weeks later, the singer released a solo album.", "Six weeks later", "2018-11"),
    ("The band split on Oct. 3, 2018. Two weeks later, the singer released a solo album.", "Two weeks later", "2018-10-17"),
]


@pytest.mark.parametrize(("text", "extent", "value"), COUNTED_FROM_A_COARSER_TIME)
def test_a_finer_count_keeps_the_granularity_of_its_anchor(nlp, text, extent, value):
    found = {t.text: t.value for t in extract(text, published=THURSDAY, nlp=nlp).times}
    assert found.get(extent) == value, found
