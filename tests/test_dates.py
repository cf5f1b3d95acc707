"""The dates stage: time expressions found in text, with TimeML extents and anchored values."""

import json
from datetime import datetime

import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geonews_extract import extract, extract_many
from geonews_extract.annotations import set_published, times_of
from geonews_extract.stages.dates import DateStage

PUBLISHED = "2021-09-30"  # a Thursday


def times(document):
    return {t.text: (t.value, t.type) for t in document.times}


def test_seed_article_required_times_come_out_with_their_values(seed, seed_document):
    _, gold = seed
    found = times(seed_document)
    for expected in gold["times"]["required"]:
        assert found.get(expected["text"], (None,))[0] == expected["value"], expected["text"]


def test_seed_article_stretch_times(seed, seed_document):
    _, gold = seed
    found = times(seed_document)
    for expected in gold["times"]["stretch"]:
        assert found.get(expected["text"], (None,))[0] == expected["value"], expected["text"]


def test_fixture_articles_gold_times_are_found_with_their_values(nlp):
    pairs = sorted(FIXTURES.glob("articles/*.txt"))
    if not pairs:
        pytest.skip("no fixture articles")
    total = right = 0
    for path in pairs:
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        document = extract(path.read_text(encoding="utf-8"), published=gold["published"], nlp=nlp)
        found = [(t.text, t.value) for t in document.times]
        for expected in gold["times"]:
            total += 1
            right += (expected["text"], expected["value"]) in found
    assert right / total >= 0.9, f"{right}/{total} gold times found with their value"


def test_extents_follow_timeml(nlp):
    document = extract(
        "Rebels attacked the town on Tuesday, the army said. They have held it since 2001, "
        "and last year's offensive failed. The September 11, 2001 attacks changed the war.",
        published=PUBLISHED,
        nlp=nlp,
    )
    found = times(document)
    assert found["Tuesday"] == ("2021-09-28", "DATE")
    assert found["2001"] == ("2001", "DATE")
    assert found["last year"] == ("2020", "DATE")
    assert found["September 11, 2001"] == ("2001-09-11", "DATE")
    assert not any(t.text.startswith(("on ", "since ", "the September")) for t in document.times)


def test_modifiers_stay_in_the_extent(nlp):
    document = extract(
        "Fighting resumed in mid-August and again earlier this week. Over the past decade the "
        "group has grown; it was recently weakened.",
        published=PUBLISHED,
        nlp=nlp,
    )
    found = times(document)
    assert found["mid-August"] == ("2021-08", "DATE")
    assert found["earlier this week"] == ("2021-W39", "DATE")
    assert found["the past decade"] == ("P1DE", "DURATION")
    assert found["recently"] == ("PAST_REF", "DATE")


def test_numbers_and_ages_are_not_times(nlp):
    document = extract(
        "Police arrested around 80 members and a 16-year-old boy; the 52 years old leader escaped.",
        published=PUBLISHED,
        nlp=nlp,
    )
    assert document.times == []


def test_tense_of_the_governing_verb_decides_direction(nlp):
    past = extract("The group has claimed responsibility for the August 26 attack.", published=PUBLISHED, nlp=nlp)
    assert times(past)["August 26"] == ("2021-08-26", "DATE")
    future = extract("The envoys will meet in Doha on Tuesday.", published=PUBLISHED, nlp=nlp)
    assert times(future)["Tuesday"] == ("2021-10-05", "DATE")
    reported = extract("The envoys met in Doha on Tuesday.", published=PUBLISHED, nlp=nlp)
    assert times(reported)["Tuesday"] == ("2021-09-28", "DATE")


def test_a_date_in_the_text_anchors_the_next_relative_expression(nlp):
    document = extract(
        "A drone strike hit the city on August 29. Two days later the last troops left.",
        published=PUBLISHED,
        nlp=nlp,
    )
    later = next(t for t in document.times if t.text.lower() == "two days later")
    assert (later.value, later.anchor) == ("2021-08-31", "text")
    first = next(t for t in document.times if t.text == "August 29")
    assert first.anchor == "published"


def test_a_day_counted_from_the_text_moves_the_story_on(nlp):
    document = extract(
        "The ferry sank on July 4, 2021. Ten days later divers reached the hull. The next day they"
        " raised the first container. The following month the port reopened.",
        published=PUBLISHED,
        nlp=nlp,
    )
    found = times(document)
    assert found["Ten days later"] == ("2021-07-14", "DATE")
    assert found["The next day"] == ("2021-07-15", "DATE")
    assert found["The following month"] == ("2021-08", "DATE")


def test_years_counted_from_the_text_stay_comparisons_with_the_named_day(nlp):
    document = extract(
        "Profit for the quarter ended March 31, 2021 rose to $5 million from $4 million a year earlier."
        " Sales climbed to $90 million from $70 million a year earlier.",
        published=PUBLISHED,
        nlp=nlp,
    )
    values = [t.value for t in document.times if t.text == "a year earlier"]
    assert len(values) == 2 and values[0] == values[1]


def test_sets_and_durations(nlp):
    document = extract(
        "Protesters gather every Friday. The siege lasted three years.", published=PUBLISHED, nlp=nlp
    )
    found = times(document)
    assert found["every Friday"] == ("XXXX-WXX-5", "SET")
    assert found["three years"] == ("P3Y", "DURATION")


def test_without_published_nothing_is_anchored_to_today(nlp):
    document = extract(
        "The army said on Tuesday that the attack of August 26 was planned last month.", nlp=nlp
    )
    found = times(document)
    assert found["Tuesday"] == ("XXXX-WXX-2", "DATE")
    assert found["August 26"] == ("XXXX-08-26", "DATE")
    assert found["last month"] == (None, "DATE")
    assert all(t.anchor is None for t in document.times)
    assert any("no publication date" in w for w in document.warnings)


def test_published_may_be_a_datetime(nlp):
    document = extract("The blast came two hours ago.", published=datetime(2021, 9, 30, 15, 20), nlp=nlp)
    assert times(document)["two hours ago"] == ("2021-09-30T13:20", "TIME")


def test_batches_take_published_per_record(nlp):
    text = "Talks collapsed last month."
    first, second = extract_many(
        [{"id": "a", "text": text, "published": "2021-09-30"}, {"id": "b", "text": text, "published": "2020-01-15"}],
        nlp=nlp,
    )
    assert times(first)["last month"][0] == "2021-08"
    assert times(second)["last month"][0] == "2019-12"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels vowed to hold the city in 99999.",
        "The ceasefire was signed on February 30 in Geneva.",
        "The treaty of Feb. 30, 2021 collapsed.",
    ],
)
def test_impossible_dates_warn_and_have_no_value(nlp, text):
    document = extract(text, published=PUBLISHED, nlp=nlp)
    assert document.times and all(t.value is None for t in document.times)
    assert any("has no value" in w for w in document.warnings)


def test_dateparser_failure_is_a_warning(nlp, monkeypatch):
    from geonews_extract.timex import rules
    from geonews_extract.timex.extents import forget_readings

    def broken(*args, **kwargs):
        raise RuntimeError("dateparser broke")

    monkeypatch.setattr(rules, "parse_absolute", broken)
    forget_readings()
    document = extract("The report was filed on 30.09.2021 in Kabul.", published=PUBLISHED, nlp=nlp)
    forget_readings()
    assert any("dateparser" in w for w in document.warnings)


def test_stage_settings_and_serialisation(nlp, tmp_path):
    no_anchors = DateStage(nlp, text_anchors=False)
    with nlp.select_pipes(disable=["dates"]):
        doc = nlp("A strike hit the city on August 29. Two days later the troops left.")
    set_published(doc, datetime(2021, 9, 30).date())
    later = [t for t in times_of(no_anchors(doc)) if doc.text[t.start : t.end].lower() == "two days later"]
    assert later and (later[0].anchor, later[0].value) == (None, "P2D")  # no day of the text to count from: the length

    stage = nlp.get_pipe("dates")
    stage.to_disk(tmp_path)
    restored = DateStage(nlp).from_disk(tmp_path)
    assert restored.patterns == stage.patterns and restored.only_as == stage.only_as


def test_a_bad_patterns_file_is_a_clear_error(nlp, tmp_path):
    broken = tmp_path / "patterns.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="time patterns"):
        DateStage(nlp, patterns=str(broken))


TIMEY = st.lists(
    st.sampled_from(
        ["on", "Tuesday", "last", "month", "week", "August", "26", "30", "February", "2001", "99999", "in",
         "since", "two", "days", "later", "ago", "every", "Friday", "mid-", "the", "past", "decade", "year's",
         "recently", "now", "3", "p.m.", "noon", "and", "to", ",", ".", "-", "'s", "\n", "1/2", "nineteen",
         "ninety-six", "Q3", "quarter", "third", "weekend", "tonight", "30.09.2021", "13/45/2020"]
    ),
    min_size=1,
    max_size=30,
).map(" ".join)
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(text=st.one_of(TIMEY, st.text(min_size=1, max_size=200)), published=st.sampled_from([None, PUBLISHED, datetime(2021, 9, 30, 8, 0)]))
def test_any_text_gives_times_inside_the_text_and_never_raises(nlp, text, published):
    if not text.strip():
        return
    document = extract(text, published=published, nlp=nlp)
    for time in document.times:
        assert 0 <= time.start < time.end <= len(text)
        assert text[time.start : time.end] == time.text
        if published is None:
            assert time.anchor in (None, "text")


def test_times_carry_mod_and_calendar_range_through_the_document(nlp):
    document = extract(
        "Prices rose sharply last month and the board will meet in early November. "
        "The strike lasted more than two weeks.",
        published=PUBLISHED,
        nlp=nlp,
    )
    by_text = {t.text: t for t in document.times}
    last_month = by_text["last month"]
    assert (last_month.mod, str(last_month.range.start), str(last_month.range.end)) == (None, "2021-08-01", "2021-08-31")
    november = by_text["early November"]
    assert (november.value, november.mod, str(november.range.start)) == ("2021-11", "START", "2021-11-01")
    weeks = by_text["more than two weeks"]
    assert (weeks.value, weeks.mod, weeks.range) == ("P2W", "MORE_THAN", None)
    again = type(document).model_validate_json(document.model_dump_json())
    assert again.times == document.times


def test_frames_and_html_show_mod_and_range(nlp):
    document = extract("The vote was held in late March.", published=PUBLISHED, nlp=nlp)
    row = document.to_frames().times.iloc[0]
    assert (row["text"], row["mod"], row["range_start"], row["range_end"]) == ("late March", "END", "2021-03-01", "2021-03-31")
    assert "END, 2021-03-01 to 2021-03-31" in document._repr_html_()


def test_a_passage_about_an_earlier_date_anchors_its_weekdays_on_that_date(nlp):
    text = (
        "The leaked e-mail was sent on July 4, 2012. It asked staff to gather on Sunday night "
        "at the old depot.\nOfficials said on Tuesday that the depot had closed."
    )
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["July 4, 2012"] == ("2012-07-04", None)
    assert found["Sunday night"] == ("2012-07-08TNI", "text")  # asked to gather: the Sunday after it was sent
    assert found["Tuesday"] == ("2021-09-28", "published")  # a new paragraph: back to the publication date


def test_a_date_modifying_a_noun_opens_no_passage(nlp):
    text = "The ceasefire followed the August 2012 agreement, and talks resumed on Tuesday."
    found = {t.text: t.value for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["Tuesday"] == "2021-09-28"


def test_plans_and_schedules_point_year_less_dates_forward(nlp):
    text = (
        "The minister is expected in May. The vote is scheduled for Saturday. "
        "Talks resumed in December. The index closed near the record set on Aug. 6."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["May"][0] == "2022-05"
    assert found["Saturday"][0] == "2021-10-02"
    assert found["December"][0] == "2020-12"
    assert found["Aug. 6"][0] == "2021-08-06"


def test_a_deadline_extended_through_a_month_lies_ahead(nlp):
    text = "The lender has extended the credit line through January. The drought lasted through February."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["January"][0] == "2022-01"
    assert found["February"][0] == "2021-02"


def test_a_plan_in_the_past_perfect_lies_behind(nlp):
    text = "The ferry had been due to sail Friday evening, but the storm kept it in port."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Friday evening"][0] == "2021-09-24TEV"


def test_what_takes_effect_on_a_year_less_date_takes_effect_ahead(nlp):
    text = (
        "The bank named a new governor, effective Jan. 5. "
        "Workers walked out over a wage deal effective March 1."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Jan. 5"][0] == "2022-01-05"
    assert found["March 1"][0] == "2022-03-01"


@pytest.mark.parametrize("adjective", ["year-ago", "year-earlier"])
@pytest.mark.parametrize("noun", ["period", "quarter"])
def test_a_year_ago_period_is_one_expression_with_its_noun(nlp, adjective, noun):
    text = f"Profit at the mill rose to 8 million euros from 6 million euros in the {adjective} {noun}."
    assert f"the {adjective} {noun}" in [t.text for t in extract(text, published=PUBLISHED, nlp=nlp).times]


def test_a_unit_and_a_half_is_one_expression_shifted_in_the_smaller_unit(nlp):
    text = (
        "The plant closed a year and a half ago. The mayor left office two and a half years ago. "
        "The hearing lasted an hour and a half. Two and a half days later, rescuers arrived."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["a year and a half ago"] == ("2020-03", "DATE")
    assert found["two and a half years ago"] == ("2019-03", "DATE")
    assert found["an hour and a half"] == ("PT1H30M", "DURATION")
    assert found["Two and a half days later"] == ("P2DT12H", "DURATION")


def test_reporting_verbs_keep_the_publication_date_inside_a_passage(nlp):
    text = "The e-mail was sent on July 4, 2012, and officials confirmed on Tuesday that it was genuine."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["Tuesday"] == ("2021-09-28", "published")


def test_every_time_pattern_has_a_token_that_marks_where_it_can_match(nlp):
    stage = nlp.get_pipe("dates")

    def marks(token):
        for key, wanted in token.items():
            if key in ("LOWER", "TEXT", "ORTH"):
                if isinstance(wanted, str):
                    return stage.triggers.is_trigger(wanted)
                if "REGEX" in wanted:
                    return True
                return all(stage.triggers.is_trigger(w) for w in wanted["IN"])
        return False

    for kind, patterns in stage.patterns.items():
        for pattern in patterns:
            assert any(marks(t) for t in pattern if t.get("OP") not in ("?", "*")), (kind, pattern)


TIME_WORD_SEQUENCES = st.lists(st.sampled_from(
    "the past few weeks , last year in 1999 every Friday two days later of early - May recently "
    "'90s 12/05/2020 coming months said that new year 's day fiscal quarter and it was latest "
    "current comparable period year end every other week Tuesday morning since 2001 more one".split()
), max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TIME_WORD_SEQUENCES)
def test_matching_only_near_time_words_finds_what_matching_everything_finds(nlp, words):
    stage = nlp.get_pipe("dates")
    doc = nlp.make_doc(" ".join(words))
    every_pattern = stage.matcher_for(frozenset(stage.patterns))
    everywhere = {(s.start, s.end, s.label_) for s in every_pattern(doc, as_spans=True)}
    near = {(s.start, s.end, s.label_) for w in stage.triggers.windows(doc) for s in every_pattern(w, as_spans=True)}
    assert near == everywhere
    # each stretch matched only with the patterns of the kinds its time words belong to
    by_kind = [(s.start, s.end, s.label_) for s in stage.pattern_matches(doc)]
    assert set(by_kind) == everywhere and len(by_kind) == len(everywhere)


def test_a_time_word_reaching_further_left_than_the_one_before_it_widens_their_window(nlp):
    # "year" marks "3 to 9 March next year" from five tokens on; "March" reaches back only two
    stage = nlp.get_pipe("dates")
    doc = nlp("They met from 3 to 9 March next year.")
    every_pattern = stage.matcher_for(frozenset(stage.patterns))
    everywhere = {(s.start, s.end, s.label_) for s in every_pattern(doc, as_spans=True)}
    assert (3, 9, "month names") in everywhere
    assert {(s.start, s.end, s.label_) for s in stage.pattern_matches(doc)} == everywhere


def test_only_the_rarest_token_of_a_pattern_marks_where_it_can_match(nlp):
    triggers = nlp.get_pipe("dates").triggers
    # "a year and a half": "half", not the unit, marks the pattern; units still mark others
    assert triggers.is_trigger("half") and triggers.is_trigger("year")
    assert not triggers.is_trigger("and")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TIME_WORD_SEQUENCES)
def test_a_stretch_matched_with_more_kinds_gives_the_same_spans_in_the_same_order(nlp, words):
    stage = nlp.get_pipe("dates")
    doc = nlp.make_doc(" ".join(words))
    every_pattern = stage.matcher_for(frozenset(stage.patterns))
    for window, kinds in stage.triggers.stretches(doc):
        own = [(s.start, s.end, s.label_) for s in stage.matcher_for(kinds)(window, as_spans=True)]
        assert [(s.start, s.end, s.label_) for s in every_pattern(window, as_spans=True)] == own
        assert [(s.start, s.end, s.label_) for s in stage.matcher_near(kinds, len(window))(window, as_spans=True)] == own


def test_a_set_of_kinds_gets_its_own_matcher_once_the_tries_in_vain_have_paid_for_it(nlp):
    stage = DateStage(nlp)
    every_kind = frozenset(stage.patterns)
    weekdays = frozenset({"weekdays"})
    assert stage.matcher_near(weekdays, 1) is stage.matcher_for(every_kind)  # a one-token stretch: not worth a Matcher yet
    assert weekdays not in stage._matcher_of
    own = stage.matcher_near(weekdays, 10_000)  # a long one pays for it
    assert own is not stage.matcher_for(every_kind) and stage.matcher_near(weekdays, 1) is own
    doc = nlp.make_doc("They met on Friday and again on Monday.")
    assert [s.text for s in own(doc, as_spans=True)] == ["Friday", "Monday"]


def test_each_end_of_a_range_is_its_own_expression(nlp):
    text = (
        "The 1990-91 war changed the region. The 2014-2015 season was long. Prices rose from "
        "March to May 2020. The fair runs between 1 and 3 June 2022. The repairs will take "
        "between 12 and 18 months."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["1990"] == ("1990", "DATE") and found["91"] == ("1991", "DATE")
    assert found["2014"] == ("2014", "DATE") and found["2015"] == ("2015", "DATE")
    assert found["March"] == ("2020-03", "DATE") and found["May 2020"] == ("2020-05", "DATE")
    assert found["1"] == ("2022-06-01", "DATE") and found["3 June 2022"] == ("2022-06-03", "DATE")
    assert found["12"] == ("P12M", "DURATION") and found["18 months"] == ("P18M", "DURATION")


def test_lengths_keep_their_modifiers_in_the_extent_and_mod(nlp):
    text = (
        "The witness spoke for more than four hours. The base is leased for at least 20 more years. "
        "The inspection lasted over a week. The ceasefire held two weeks or so. "
        "It took a mere 24 hours. Shares fell for eight trading days."
    )
    found = {t.text: (t.value, t.mod) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["more than four hours"] == ("PT4H", "MORE_THAN")
    assert found["at least 20 more years"] == ("P20Y", "EQUAL_OR_MORE")
    assert found["over a week"] == ("P1W", "MORE_THAN")
    assert found["two weeks or so"] == ("P2W", "APPROX")
    assert found["a mere 24 hours"] == ("PT24H", None)
    assert found["eight trading days"] == ("P8D", None)


def test_a_length_of_a_named_year_is_two_expressions(nlp):
    text = "Hiring averaged 200,000 for the first nine months of 2019. The third quarter of 1984 was weak."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the first nine months"] == ("P9M", "DURATION")
    assert found["2019"] == ("2019", "DATE")
    assert found["The third quarter of 1984"] == ("1984-Q3", "DATE")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 11), st.integers(1, 4), st.sampled_from(["DATE", "TIME", "GPE", "PERSON"])), max_size=6))
def test_time_entities_are_the_date_and_time_entities_of_the_doc(nlp, marks):
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from geonews_extract.timex.extents import time_entities

    doc = nlp.make_doc("On Monday morning the envoys met in Doha for two hours before the talks ended .")
    doc.set_ents(filter_spans([Span(doc, s, min(s + n, len(doc)), label=label) for s, n, label in marks]))
    expected = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    assert [(e.start, e.end, e.label_) for e in time_entities(doc)] == expected


def test_remembered_words_and_forms_give_the_same_reading_the_second_time(nlp):
    text = (
        "The year began badly. Talks resumed in October, a year after the 1990s ended; "
        "more than two weeks later, in the year's third quarter, officials met again at 5 p.m. "
        "The year began badly."
    )
    once = [(t.text, t.value, t.mod, t.range) for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    again = [(t.text, t.value, t.mod, t.range) for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert once and once == again
    years = [t for t in once if t[0] == "The year"]
    assert years and years[0] == years[-1]


def test_adverbs_of_the_event_stay_outside_the_extent(nlp):
    text = (
        "Talks resumed just last month. The truce lasted only six months, barely a month longer "
        "than the last one. "
        "Right now the city is quiet."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["last month"] == ("2021-08", "DATE")
    assert found["six months"] == ("P6M", "DURATION")
    assert found["a month"] == ("P1M", "DURATION")
    assert found["now"] == ("PRESENT_REF", "DATE")  # "right" is a focus adverb, like "just"
    assert not any(t.split()[0].lower() in ("just", "only", "barely") for t in found)


def test_reported_futures_and_arrangements_point_year_less_dates_forward(nlp):
    published = "2021-10-27"  # a Wednesday
    found = times(extract("The exchange is to resume trading on Tuesday.", published=published, nlp=nlp))
    assert found["Tuesday"] == ("2021-11-02", "DATE")
    found = times(extract("The company said the dividend would be paid in January.", published=published, nlp=nlp))
    assert found["January"] == ("2022-01", "DATE")
    found = times(extract("The exchange resumed trading on Tuesday.", published=published, nlp=nlp))
    assert found["Tuesday"] == ("2021-10-26", "DATE")


def test_a_length_modifying_another_noun_leaves_its_determiner_to_that_noun(nlp):
    text = "Supporters began a two day march to the coast. Crowds came for the three day festival."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["two day"] == ("P2D", "DURATION")
    assert found["three day"] == ("P3D", "DURATION")


def test_a_length_heading_a_noun_of_time_is_one_expression_with_that_noun(nlp):
    text = "The grant will be paid out over a two-year period. She won a four-year term in 2019."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["a two-year period"] == ("P2Y", "DURATION")
    assert found["a four-year term"] == ("P4Y", "DURATION")
    assert found["2019"] == ("2019", "DATE")


def test_a_unit_in_the_possessive_is_the_unit_the_text_is_in(nlp):
    found = times(extract("The week's trading was calm after a busy Monday.", published=PUBLISHED, nlp=nlp))
    assert found["The week"] == ("2021-W39", "DATE")


def test_over_as_a_preposition_of_the_event_stays_outside_the_extent(nlp):
    text = "The fund can be drawn over three years for repairs. The hearing lasted over a week."
    found = {t.text: (t.value, t.mod) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["three years"] == ("P3Y", None)
    assert found["over a week"] == ("P1W", "MORE_THAN")


def test_a_length_and_the_day_it_fell_on_are_two_expressions(nlp):
    text = "The minister answered questions for more than four hours Friday in the assembly."
    found = {t.text: (t.value, t.mod) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["more than four hours"] == ("PT4H", "MORE_THAN")
    assert found["Friday"] == ("2021-09-24", None)


def test_a_weekday_and_its_date_are_one_expression(nlp):
    text = "The vote is this coming Monday, October 4. The ship sailed Friday Sept. 17 at dawn."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["this coming Monday, October 4"] == ("2021-10-04", "DATE")
    assert found["Friday Sept. 17"] == ("2021-09-17", "DATE")


def test_parts_of_the_day_with_mid(nlp):
    text = "By mid afternoon the square was empty. Shares rose at mid-afternoon yesterday."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["mid afternoon"] == ("2021-09-30TAF", "TIME")
    assert found["mid-afternoon yesterday"] == ("2021-09-29TAF", "TIME")


def test_a_part_of_the_day_used_as_a_modifier_or_greeting_is_no_time(nlp):
    text = "Good evening from the square. She spoke on the morning news show. Trading was thin in the morning."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"the morning": ("2021-09-30TMO", "TIME")}


def test_clock_times_in_twenty_four_hours_with_their_zone_and_day(nlp):
    text = "The quake struck at 0342 GMT Sunday. The ferry sank at about 3:30 a.m. local time (1930 GMT Tuesday)."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["0342 GMT Sunday"] == ("2021-09-26T03:42", "TIME")
    assert found["1930 GMT Tuesday"] == ("2021-09-28T19:30", "TIME")
    assert "1930" not in found


def test_a_range_of_days_in_one_month_gives_each_day(nlp):
    found = times(extract("The envoy will tour the region from October 3 to 7.", published=PUBLISHED, nlp=nlp))
    assert found["October 3"] == ("2021-10-03", "DATE")
    assert found["7"] == ("2021-10-07", "DATE")


def test_an_approximate_shift_is_one_expression(nlp):
    found = {t.text: (t.value, t.mod) for t in extract("A week or so ago the talks broke down.", published=PUBLISHED, nlp=nlp).times}
    assert found == {"A week or so ago": ("2021-09-23", "APPROX")}


def test_an_adverb_of_a_leading_preposition_stays_outside_the_extent(nlp):
    text = (
        "The attack took place shortly after 10 p.m. Saturday. Rebels struck shortly before dawn on Monday. "
        "The plane landed soon after midnight."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["10 p.m. Saturday"] == ("2021-09-25T22:00", "TIME")
    assert found["dawn on Monday"] == ("2021-09-27TMO", "TIME")
    assert found["midnight"][1] == "TIME"


def test_alone_after_a_time_stays_outside_the_extent(nlp):
    found = times(extract("The market has fallen 20 percent this year alone.", published=PUBLISHED, nlp=nlp))
    assert found == {"this year": ("2021", "DATE")}


def test_a_possessive_determiner_stays_outside_the_extent(nlp):
    text = "The brewer lost money in its third quarter. The league moved their season opener to next week."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["third quarter"][1] == "DATE"
    assert not any(t.startswith(("its", "their")) for t in found)


def test_a_reporting_year_that_ends_on_a_named_day_is_a_length(nlp):
    text = "Sales for the year ended March 31 rose, and the fiscal year ending June 30 looks weaker. The year was hard."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the year"] == ("P1Y", "DURATION")
    assert found["the fiscal year"] == ("P1Y", "DURATION")
    assert found["March 31"] == ("2021-03-31", "DATE")
    assert found["The year"] == ("2021", "DATE")


def test_a_participle_takes_the_tense_of_the_clause_it_hangs_on(nlp):
    text = "The shares have swung widely, climbing to a peak in March. The army will start pulling out troops on Friday."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["March"] == ("2021-03", "DATE")
    assert found["Friday"] == ("2021-10-01", "DATE")


def test_a_future_sentence_in_a_passage_about_an_earlier_date_looks_ahead_from_the_publication(nlp):
    text = "The board, chosen at a meeting in Oslo in May 2015, will take office on June 3."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["June 3"] == ("2022-06-03", "published")


def test_a_possessive_time_takes_no_modifier_from_the_preposition_before_it(nlp):
    text = "The union will look for ways to get around Tuesday's decision by the board."
    found = {t.text: t.mod for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found == {"Tuesday": None}


@pytest.mark.parametrize(
    "text",
    [
        'He told CBS\'s "60 Minutes" that the plan was sound.',
        "Crowds joined the annual March for Peace in the capital.",
        "She marched at the head of the March of the Mothers through the old town.",
        "The pilot, who began flying in his 30s, retired from the airline.",
        "Both founders were in their twenties when the shop opened.",
        "The party daily Pravda printed the speech in full.",
    ],
)
def test_names_ages_and_newspapers_are_not_times(nlp, text):
    assert extract(text, published=PUBLISHED, nlp=nlp).times == []


def test_the_words_kept_apart_from_names_and_ages_are_still_times(nlp):
    text = "Rallies are held daily. The vote comes in March for the third time. Prices rose in the 1930s. It took 60 minutes."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["daily"] == ("P1D", "SET")
    assert found["March"][1] == "DATE"
    assert found["the 1930s"] == ("193", "DATE")
    assert found["60 minutes"] == ("PT60M", "DURATION")


def test_the_week_of_a_day_is_that_week(nlp):
    text = "The court may hold a hearing the week of Oct. 4, a lawyer said."
    found = {t.text: (t.value, t.range) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["the week of Oct. 4"][0] == "2021-W40"
    assert (str(found["the week of Oct. 4"][1].start), str(found["the week of Oct. 4"][1].end)) == ("2021-10-04", "2021-10-10")


def test_an_hour_in_a_part_of_the_day_is_a_clock_time(nlp):
    text = "The ferry will leave at 5 in the morning, and the last bus runs at 11 at night."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["5 in the morning"] == ("2021-09-30T05:00", "TIME")
    assert found["11 at night"] == ("2021-09-30T23:00", "TIME")


def test_a_date_after_the_night_of_or_last_is_still_found(nlp):
    text = "The storm hit the town on the night of Friday, Sept. 10. The clerk was killed last Sept. 12 at his shop."
    found = [(t.text, t.value) for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert ("Friday, Sept. 10", "2021-09-10") in found
    assert any(text.endswith("Sept. 12") and value == "2021-09-12" for text, value in found)


def test_a_length_from_now_is_one_expression_ahead(nlp):
    found = times(extract("The new station opens eight years from now.", published=PUBLISHED, nlp=nlp))
    assert found == {"eight years from now": ("2029", "DATE")}


def test_a_deadline_moved_until_a_day_lies_ahead(nlp):
    text = "Officials postponed until Tuesday morning any decision on the permits. The agency extended its deadline until 9 a.m. Monday."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Tuesday morning"] == ("2021-10-05TMO", "TIME")
    assert found["9 a.m. Monday"] == ("2021-10-04T09:00", "TIME")


def test_a_present_plan_points_its_day_ahead(nlp):
    text = "On Tuesday, the league plans to hold a news conference in the capital."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["Tuesday"] == ("2021-10-05", "DATE")


def test_a_clock_time_after_a_day_and_at_is_on_that_day(nlp):
    text = "The e-mail was sent in July 2012. It asked staff to gather Sunday night at 8 PM."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["8 PM"] == ("2012-WXX-7T20:00", "text")
    text = "The talks resumed Monday at 10 a.m. in the old palace."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["10 a.m."] == ("2021-09-27T10:00", "text")


def test_early_hours_of_a_day_narrow_the_day_to_its_morning(nlp):
    document = extract("Firefighters were called out in the early hours of Tuesday.", published=PUBLISHED, nlp=nlp)
    found = [(t.text, t.value, t.type, t.mod) for t in document.times]
    assert found == [("Tuesday", "2021-09-28TMO", "TIME", "START")]


def test_recurring_seasons_and_election_day_are_found(nlp):
    document = extract(
        "The team travels abroad twice each season. Polls will close early on Election Day.",
        published=PUBLISHED,
        nlp=nlp,
    )
    found = times(document)
    assert found["each season"] == ("P1Y", "SET")
    assert found["Election Day"][0] in ("2021-11-02", "2020-11-03")


def test_a_present_perfect_sentence_speaks_from_the_publication_not_the_passage(nlp):
    text = (
        "The treaty was first drafted in March 2016 in Vienna. The five states have completed "
        "every step now that the senate approved it on Monday."
    )
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["Monday"] == ("2021-09-27", "published")


def test_a_day_naming_an_event_by_its_possessive_takes_no_tense_from_the_verb(nlp):
    # published on a Thursday: the nearest Tuesday is two days back, whatever "will" says
    text = "The union will look for ways to get around Tuesday's decision by the board."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Tuesday"][0] == "2021-09-28"
    ahead = times(extract("Saturday's match will be played in the rain.", published=PUBLISHED, nlp=nlp))
    assert ahead["Saturday"][0] == "2021-10-02"


def test_a_clock_time_without_a_day_in_a_past_passage_is_on_the_passage_day(nlp):
    text = "The letter was posted on March 3, 2015, two years after the 2013 election, and the clerk opened it at 9 a.m."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["9 a.m."] == ("2015-03-03T09:00", "text")


def test_a_decade_or_century_gives_no_day_to_anchor_on(nlp):
    text = "The ship sank on May 2, 2016. Divers in the 1990s had mapped the reef, and the alarm sounded at 4:15 a.m."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["4:15 a.m."] == ("2016-05-02T04:15", "text")
    text = "Officials said the bridge, built in the 19th century, closed at 6 p.m."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["6 p.m."] == ("2021-09-30T18:00", "published")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council meets twice a month.", ("twice a month", "P1M", "2X")),
        ("The ferry runs three times a week.", ("three times a week", "P1W", "3X")),
        ("The board met once a quarter.", ("once a quarter", "P1Q", "1X")),
        ("Prices are reviewed several times a year.", ("several times a year", "P1Y", "XX")),
    ],
)
def test_how_often_in_each_period_is_a_set_with_its_frequency(nlp, sentence, expected):
    found = [(t.text, t.value, t.freq) for t in extract(sentence, published=PUBLISHED, nlp=nlp).times if t.type == "SET"]
    assert found == [expected]


def test_a_unit_the_parse_hangs_on_a_quantity_is_a_rate(nlp):
    def found(sentence):
        return [(t.text, t.value, t.type) for t in extract(sentence, published=PUBLISHED, nlp=nlp).times]

    assert found("The city collects 3,000 tonnes of waste a day.") == [("a day", "P1D", "SET")]
    assert found("He was sentenced to a year in prison.") == [("a year", "P1Y", "DURATION")]


def test_set_quant_and_freq_reach_the_document(nlp):
    document = extract("The ferry sails twice a week, and the market opens every Saturday.", published=PUBLISHED, nlp=nlp)
    by_text = {t.text: (t.value, t.type, t.quant, t.freq) for t in document.times}
    assert by_text["twice a week"] == ("P1W", "SET", None, "2X")
    assert by_text["every Saturday"] == ("XXXX-WXX-6", "SET", "EVERY", None)
    again = type(document).model_validate_json(document.model_dump_json())
    assert again.times == document.times
    row = document.to_frames().times.set_index("text").loc["twice a week"]
    assert (row["type"], row["freq"]) == ("SET", "2X")
    assert "SET XXXX-WXX-6, EVERY" in document._repr_html_()


def test_a_deadline_given_until_a_day_lies_ahead(nlp):
    text = (
        "The regulator has given the bank until 9 a.m. Tuesday to reply. The court gave the "
        "miners until Friday to leave the site. The hearing lasted until Monday."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["9 a.m. Tuesday"][0] == "2021-10-05T09:00"
    assert found["Friday"][0] == "2021-10-01"
    assert found["Monday"][0] == "2021-09-27"  # what lasted until a day: behind


def test_a_race_time_is_a_length(nlp):
    text = "The champion won the marathon in 2:05:41, and the runner-up finished in 2:06:12. The race began at 7:30 a.m."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["2:05:41"] == ("PT2H5M41S", "DURATION")
    assert found["2:06:12"] == ("PT2H6M12S", "DURATION")
    assert found["7:30 a.m."][1] == "TIME"


def test_the_end_of_a_range_does_not_lie_before_its_start(nlp):
    text = (
        "The ski season runs from December to April. The survey will run from Nov. 20 until Jan. 15. "
        "The exhibition ran from October 2019 to March."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["December"][0] == "2021-12" and found["April"][0] == "2022-04"
    assert found["Nov. 20"][0] == "2021-11-20" and found["Jan. 15"][0] == "2022-01-15"
    assert found["October 2019"][0] == "2019-10" and found["March"][0] == "2020-03"


def test_a_weekday_on_an_event_verb_in_the_present_lies_ahead(nlp):
    text = (
        "The new tariffs come into force on Monday. The two leaders are meeting Saturday in Oslo. "
        "The agency says Friday was the busiest day. Tuesday is a public holiday."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Monday"][0] == "2021-10-04"
    assert found["Saturday"][0] == "2021-10-02"
    assert found["Friday"][0] == "2021-09-24"  # what a present reporting verb tells of: behind
    assert found["Tuesday"][0] == "2021-09-28"


def test_a_verb_whose_past_is_its_present_names_no_timetabled_day(nlp):
    found = times(extract("Weak exports hurt the currency on Friday.", published=PUBLISHED, nlp=nlp))
    assert found["Friday"][0] == "2021-09-24"


def test_a_future_in_the_past_is_placed_after_the_passage_date(nlp):
    text = "In a letter sent on March 2, 2016, the mayor wrote that the council would meet on Friday at 6 p.m."
    found = {t.text: (t.value, t.anchor) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["Friday"] == ("2016-03-04", "text")
    assert found["6 p.m."] == ("2016-03-04T18:00", "text")
    text = "The firm said on Monday that it would close the plant on Friday."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["Friday"][0] == "2021-10-01"


def test_a_part_of_the_year_is_of_the_publication_year(nlp):
    text = (
        "Sales fell in the first half of the year, the company said. "
        "Output in the third quarter of the year was flat. Prices rose earlier in the year."
    )
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the first half of the year"][0] == "2021-H1"
    assert found["the third quarter of the year"][0] == "2021-Q3"
    assert found["earlier in the year"][0] == "2021"
    text = "Output was the highest since 1990 in the second quarter of the year."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["the second quarter of the year"][0] == "2021-Q2"


def test_a_year_next_to_a_time_said_from_the_publication_are_two_expressions(nlp):
    found = times(extract("Inflation reached its highest level since 2008 last month.", published=PUBLISHED, nlp=nlp))
    assert found["2008"][0] == "2008"
    assert found["last month"][0] == "2021-08"


def test_a_weekday_of_a_week_named_is_one_expression(nlp):
    text = "Police arrested him on Friday last week. The ministers meet on Monday next week."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Friday last week"][0] == "2021-09-24"
    assert found["Monday next week"][0] == "2021-10-04"


def test_a_date_a_meeting_is_put_off_until_lies_ahead(nlp):
    text = "Officials postponed the vote until Monday. The judge adjourned the trial until Friday. The strike lasted until Tuesday."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Monday"][0] == "2021-10-04"
    assert found["Friday"][0] == "2021-10-01"
    assert found["Tuesday"][0] == "2021-09-28"


def test_a_season_of_a_year_is_one_expression(nlp):
    text = "The election will be held in the autumn of 2022. The dam burst in the spring of 1998."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the autumn of 2022"][0] == "2022-FA"
    assert found["the spring of 1998"][0] == "1998-SP"


def test_a_clock_time_before_a_day_with_only_a_zone_between_is_on_that_day(nlp):
    text = "The quake struck at 3 a.m. local time Sunday. The plane landed at 7:45 a.m. (1145 GMT) on Monday."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["3 a.m. local time Sunday"][0] == "2021-09-26T03:00"  # one expression, as TimeBank's "4 a.m. EDT Thursday"
    assert found["7:45 a.m."][0] == "2021-09-27T07:45"
    assert found["1145 GMT"][0] == "2021-09-27T11:45"
    text = "The plane crashed at 7:45 a.m., the airline said on Monday."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["7:45 a.m."][0] == "2021-09-30T07:45"


def test_a_weekday_with_a_part_of_the_day_in_the_plural_is_a_set(nlp):
    found = times(extract("The club opens on Friday nights. Flights leave on Monday and Tuesday nights.", published=PUBLISHED, nlp=nlp))
    assert found["Friday nights"] == ("XXXX-WXX-5TNI", "SET")
    assert found["Monday"] == ("XXXX-WXX-1TNI", "SET")
    assert found["Tuesday nights"] == ("XXXX-WXX-2TNI", "SET")


def test_as_early_as_before_a_time_stays_outside_the_extent(nlp):
    text = "The sale could take effect as early as next year's first quarter. The plant could reopen as early as next week."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["next year's first quarter"][0] == "2022-Q1"
    assert found["next week"][0] == "2021-W40"


def test_a_month_on_an_event_verb_in_the_present_lies_ahead(nlp):
    text = "The season starts in May. The trial opens on Aug. 3. Exports rose in May, the ministry says."
    found = [(t.text, t.value) for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert found == [("May", "2022-05"), ("Aug. 3", "2022-08-03"), ("May", "2021-05")]


def test_a_date_something_is_set_for_lies_ahead(nlp):
    text = "The vote is set for Monday. The final is set for the weekend. A record set on Tuesday still stands."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Monday"][0] == "2021-10-04"
    assert found["the weekend"][0] == "2021-W39-WE"
    assert found["Tuesday"][0] == "2021-09-28"


def test_the_quarter_ended_a_day_is_the_calendar_quarter_holding_most_of_its_months(nlp):
    text = "In the quarter ended July 31, the chain earned $2 million. In the third quarter ended Oct. 31, sales fell."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the quarter"][0] == "2021-Q2"
    assert found["the third quarter"][0] == "2021-Q3"
    # after another quarter the text named, "the quarter" alone would be that one: the day still says which
    text = "The mill earned $8 million in the fiscal second quarter. Sales rose in the quarter ended Sept. 30."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["the quarter"][0] == "2021-Q3"


def test_the_day_after_an_event_in_a_passage_about_a_day_is_the_next_day(nlp):
    text = "The judge was shot on Oct. 23, 2020. Two men came to his house the day after his death."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["the day"][0] == "2020-10-24"
    text = "He was last seen on March 3, 2020, the day before police issued a warrant."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["the day"][0] == "2020-03-03"


def test_a_noun_taken_into_a_time_entity_is_left_out_of_it(nlp):
    text = "The prince fled the capital after a coup d'etat last year, aides said."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["last year"][0] == "2020"


def test_the_verb_last_before_a_length_stays_outside_the_extent(nlp):
    text = "The strike may last three years. The talks will last several weeks. Prices rose last year."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["three years"] == ("P3Y", "DURATION")
    assert found["several weeks"] == ("PXW", "DURATION")
    assert found["last year"] == ("2020", "DATE")


def test_a_pattern_spacy_refuses_is_refused_in_every_matcher_that_holds_it(nlp, tmp_path):
    patterns = tmp_path / "patterns.json"
    patterns.write_text(json.dumps({"patterns": {
        "weekday": [[{"LOWER": "friday"}]],
        "broken": [[{"LOWER": {"NOT_AN_OPERATOR": ["week"]}}]],
    }}), encoding="utf-8")
    stage = DateStage(nlp, patterns=str(patterns))
    assert [s.text for s in stage.matcher_for(frozenset({"weekday"}))(nlp.make_doc("on Friday"), as_spans=True)] == ["Friday"]
    with pytest.raises(ValueError):
        stage.matcher_for(frozenset({"broken"}))
    with pytest.raises(ValueError):
        stage.matcher_for(frozenset({"weekday", "broken"}))  # checked again: it never passed


def test_the_matchers_used_longest_ago_make_room_for_new_sets_of_kinds(nlp, monkeypatch):
    from geonews_extract.stages import dates

    stage = nlp.get_pipe("dates")
    monkeypatch.setattr(stage, "_matcher_of", {})
    monkeypatch.setattr(dates, "_MAX_KIND_MATCHERS", 2)
    kinds = [frozenset([kind]) for kind in list(stage.patterns)[:3]]
    first = stage.matcher_for(kinds[0])
    stage.matcher_for(kinds[1])
    assert stage.matcher_for(kinds[0]) is first  # kept, and now the most recently used
    stage.matcher_for(kinds[2])  # the limit: the second set, used longest ago, goes
    assert list(stage._matcher_of) == [kinds[0], kinds[2]]
    assert stage.matcher_for(kinds[0]) is first


def _candidate(nlp, text, words):
    """`words` of `text` as a model entity would give them, a DATE span."""
    from spacy.tokens import Span

    doc = nlp(text)
    start = text.index(words)
    return doc.char_span(start, start + len(words), label="DATE") or Span(doc, 0, 0)


def test_a_date_before_the_noun_it_names_is_matched_without_the_model(nlp):
    stage = nlp.get_pipe("dates")
    doc = nlp("Tourism suffered after the Aug. 9 Embassy attacks, and after the May 3, 2019, floods.")
    found = {span.text for span in stage.pattern_matches(doc)}
    assert {"Aug. 9", "May 3, 2019"} <= found


def test_an_article_before_a_date_stays_outside_the_extent(nlp):
    from geonews_extract.timex.extents import trim

    assert trim(_candidate(nlp, "The deal follows an April 2, 2019, supply contract.", "an April 2, 2019")).text == "April 2, 2019"


def test_each_year_of_a_list_is_its_own_expression(nlp):
    from geonews_extract.timex.extents import parts, trim

    text = "Sales fell in 2004, 2005, 2006 and 2008 across the region."
    span = trim(_candidate(nlp, text, "2004, 2005, 2006 and"))
    assert [t for _, _, t in parts(span, text, None)] == ["2004", "2005", "2006"]
    text = "It would cut earnings by 5% in both 2022 and 2023."
    assert trim(_candidate(nlp, text, "both 2022")).text == "2022"


def test_sometime_before_a_time_stays_outside_the_extent(nlp):
    text = "Sometime next year, the council will publish its plan."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["next year"] == ("2022", "DATE")


def test_a_weekday_and_the_date_after_it_found_apart_are_one_expression(nlp):
    from spacy.tokens import Span

    from geonews_extract.timex.extents import join_clock_and_day

    doc = nlp("Most of the money left the fund Friday Oct. 13 alone, and more on Monday, Oct. 16.")
    weekday, date = Span(doc, 7, 8, label="DATE"), Span(doc, 8, 10, label="DATE")
    assert [s.text for s in join_clock_and_day([weekday, date])] == ["Friday Oct. 13"]
    monday, with_comma = Span(doc, 15, 16, label="DATE"), Span(doc, 17, 19, label="DATE")
    assert [s.text for s in join_clock_and_day([monday, with_comma])] == ["Monday, Oct. 16"]
    apart = Span(doc, 17, 19, label="DATE")
    assert len(join_clock_and_day([weekday, apart])) == 2


def test_a_length_joined_to_long_is_one_expression(nlp):
    text = "After a day-long meeting, the board ended a decades-long dispute with the town."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["day-long"] == ("P1D", "DURATION")
    assert found["decades-long"] == ("PXDE", "DURATION")


def test_a_noun_and_its_article_taken_into_a_length_are_left_out(nlp):
    from geonews_extract.timex.extents import parts

    text = "She spoke in an interview several months before the vote."
    span = _candidate(nlp, text, "an interview several months")
    assert [t for _, _, t in parts(span, text, None)] == ["several months"]
    text = "The firm changed from a fiscal year to a calendar year."
    span = _candidate(nlp, text, "a fiscal year")
    assert [t for _, _, t in parts(span, text, None)] == ["a fiscal year"]  # a kind of year: read as no time


def test_right_before_now_stays_outside_the_extent(nlp):
    text = "Right now the market is calm, but traders are nervous right now about rates."
    found = [t.text for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert found == ["now", "now"]


def test_fiscal_before_a_period_is_part_of_the_extent(nlp):
    from geonews_extract.timex.extents import grow

    text = "The mill posted a profit for the fiscal second-quarter of $8 million."
    span = _candidate(nlp, text, "second-quarter")
    assert grow(span.doc, span).text.endswith("fiscal second-quarter")


def test_a_time_word_in_the_title_of_a_programme_is_no_time(nlp):
    text = 'The minister, speaking on CBC\'s "This Week," said talks went well. This is Radio Canada Today.'
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {}
    text = 'She said on "This Week With Anna Lee" that she would run.'
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {}
    text = '"Today, I ask you to vote," she said.'
    assert set(times(extract(text, published=PUBLISHED, nlp=nlp))) == {"Today"}
    text = "Markets Fall Sharply This Week\nStocks dropped this week, and the index fell today."
    assert {"This Week", "this week", "today"} <= set(times(extract(text, published=PUBLISHED, nlp=nlp)))


def test_about_before_a_noun_phrase_is_its_preposition(nlp):
    text = "Farmers are worried about the future. The storm lasted about two hours, around the clock."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert "the future" in found and "about the future" not in found
    assert "about two hours" in found


def test_a_share_of_something_and_a_unit_to_unit_compound_are_no_times(nlp):
    text = "Banks hold more than a quarter of the whole market and half of its debt. The quarter-to-quarter gain was small."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {}
    text = "Sales rose in the third quarter of the year, the first half of 2020 and the last half of the '80s."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert {"the third quarter of the year", "the first half of 2020"} <= set(found)
    text = "The mill earned a profit for the fiscal second-quarter of $8 million after several quarters of losses."
    assert {"fiscal second-quarter", "several quarters"} <= set(times(extract(text, published=PUBLISHED, nlp=nlp)))


def test_today_and_tomorrow_after_of_and_a_plural_noun_name_an_era(nlp):
    text = "He said the schools of tomorrow must change. The vote is tomorrow, and the end of today is the deadline."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert list(found) == ["tomorrow", "the end of today"]


def test_a_day_of_the_month_alone_is_in_the_month_meant(nlp):
    text = "The rally was held on the 15th, police said. The next rally will be on the 9th."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the 15th"] == ("2021-09-15", "DATE")
    assert found["the 9th"] == ("2021-10-09", "DATE")
    text = "In March, the factory closed. It reopened on the 21st."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["the 21st"] == ("2021-03-21", "DATE")
    text = "He celebrated the 25th anniversary of the firm. The 11th Circuit ruled."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {}


def test_today_opening_a_present_tense_sentence_after_a_conjunction_is_nowadays(nlp):
    text = "Phones were rare in 1950. And today, most families own two. But today, the minister signed the bill."
    found = [(t.text, t.value) for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert ("today", "PRESENT_REF") in found
    assert ("today", "2021-09-30") in found


def test_a_month_or_season_after_a_date_the_text_told_of(nlp):
    text = "The rebels took the city in May 2014. That summer, thousands fled. The previous December, its mayor had left."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["That summer"] == ("2014-SU", "DATE")
    assert found["The previous December"] == ("2013-12", "DATE")


def test_that_weekend_after_a_date_the_text_told_of(nlp):
    text = "Fighting broke out on Sept. 3, 2019. That weekend, thousands fled."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["That weekend"] == ("2019-W36-WE", "DATE")


def test_later_in_the_week_after_a_day_told_of_is_that_week(nlp):
    text = "The summit opened on March 3, 2015. Later in the week, the leaders met again."
    found = {t.text: (t.value, t.type, t.mod) for t in extract(text, published=PUBLISHED, nlp=nlp).times}
    assert found["Later in the week"] == ("2015-W10", "DATE", "END")


def test_the_near_short_and_long_term_as_nouns_are_the_future(nlp):
    text = "Prices may fall in the near term. Profits will suffer in the short term but grow over the long term."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {
        "the near term": ("FUTURE_REF", "DATE"),
        "the short term": ("FUTURE_REF", "DATE"),
        "the long term": ("FUTURE_REF", "DATE"),
    }
    text = "The short term outlook is poor, and near-term bonds fell."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {}


def test_a_count_modifier_before_a_single_unit_is_one_length(nlp):
    text = "The inspections are likely to last over a week. The talks took less than a day."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["over a week"] == ("P1W", "DURATION")
    assert found["less than a day"] == ("P1D", "DURATION")


def test_the_adjective_of_comparison_before_a_period_is_part_of_its_extent(nlp):
    text = "In the comparable year-ago quarter, the miner earned $3 million."
    assert list(times(extract(text, published=PUBLISHED, nlp=nlp))) == ["the comparable year-ago quarter"]
    text = "Sales rose from the corresponding year-earlier period, when the mill was shut."
    assert list(times(extract(text, published=PUBLISHED, nlp=nlp))) == ["the corresponding year-earlier period"]


def test_over_as_the_preposition_of_a_verb_stays_outside_a_length(nlp):
    text = "The payments will be spread over a year, and the review could take over a month."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"a year": ("P1Y", "DURATION"), "over a month": ("P1M", "DURATION")}


def test_today_before_a_noun_of_an_age_or_a_people_names_an_era(nlp):
    text = "The film speaks to today's youth about today's world. Today's vote was close."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert list(found) == ["Today"]
    text = "Tomorrow's leaders met today; today's session and tomorrow's vote were short."
    found = [t.text for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert found == ["today", "today", "tomorrow"]


def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker(nlp):
    text = 'Prices fell for years. Now, the minister says, they will rise. "Now, we see the edge," he said.'
    assert list(times(extract(text, published=PUBLISHED, nlp=nlp))) == ["years"]
    text = "Now the board is split, and for now, the plan stands. Now officials are waiting."
    found = [t.text for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert found == ["Now", "now", "Now"]


def test_the_day_before_a_weekday_leaves_the_weekday(nlp):
    text = "During the day Friday, the boy played in the yard."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"Friday": ("2021-09-24", "DATE")}
    text = "The group gave money on the day after Christmas, and it won."
    assert "Christmas" not in times(extract(text, published=PUBLISHED, nlp=nlp))  # the day after it, not the feast


def test_this_as_a_pronoun_before_a_time_stays_outside_the_extent(nlp):
    text = "You said this 30 years ago, and the party understood this in 2008. It happened this week."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"30 years ago": ("1991", "DATE"), "2008": ("2008", "DATE"), "this week": ("2021-W39", "DATE")}


def test_a_proper_name_taken_into_a_weekday_is_left_out(nlp):
    text = "The senator said on Twitter Thursday that the remark was wrong."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"Thursday": ("2021-09-30", "DATE")}


def test_a_vague_length_before_later_is_the_length(nlp):
    text = "The mayor spoke at noon. Minutes later, the council met. The emails came out months later."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["Minutes"] == ("PTXM", "DURATION")
    assert found["months"] == ("PXM", "DURATION")


def test_a_date_of_this_or_last_year_is_one_expression(nlp):
    text = "The law took effect on March 23 of this year, and the rule in June of last year."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["March 23 of this year"] == ("2021-03-23", "DATE")
    assert found["June of last year"] == ("2020-06", "DATE")


def test_later_in_a_season_keeps_the_season(nlp):
    text = "The convention will end later in the summer, the party said."
    found = times(extract(text, published="2021-04-15", nlp=nlp))
    assert found == {"the summer": ("2021-SU", "DATE")}


def test_a_date_of_that_year_is_not_read_in_the_publication_year(nlp):
    text = "Unemployment rose in January 2009 and peaked in October of that year."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert all(not value.startswith("2021") for value, _ in found.values())


def test_a_date_before_this_or_next_year_is_one_expression(nlp):
    text = "She will lead the country from January 20 next year, her aides said."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"January 20 next year": ("2022-01-20", "DATE")}


def test_early_or_late_in_a_year_or_month_is_one_expression_with_its_mod(nlp):
    text = "The senator opposed a bill early in 2009 and another late in March."
    document = extract(text, published=PUBLISHED, nlp=nlp)
    found = {t.text: (t.value, t.mod) for t in document.times}
    assert found == {"early in 2009": ("2009", "START"), "late in March": ("2021-03", "END")}


def test_this_last_is_read_as_last(nlp):
    text = "The leader revealed this last fall that the plan had failed."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"this last fall": ("2020-FA", "DATE")}


def test_a_weekday_freed_from_a_noun_keeps_its_part_of_the_day(nlp):
    text = "Sanders is scheduled to address the convention Monday night."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"Monday night": ("2021-10-04TNI", "TIME")}


def test_a_decade_with_its_modifier_after_a_possessive_is_an_age(nlp):
    text = "As he reached his mid-20s, he began drinking; in her early 30s she moved, in the mid-1980s."
    assert list(times(extract(text, published=PUBLISHED, nlp=nlp))) == ["the mid-1980s"]


def test_a_night_joined_to_its_day_that_reads_as_nothing_leaves_the_day(nlp):
    text = "WASHINGTON — The senator had a great night on Saturday. Her rival had a poor one."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"Saturday": ("2021-09-25", "DATE")}


def test_a_year_joined_to_a_year_the_model_found_is_found(nlp):
    text = "He was a featured speaker at the 2004 and 2008 conventions. Between 1500 and 2000 troops left."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"2004": ("2004", "DATE"), "2008": ("2008", "DATE")}


def test_at_the_end_of_the_day_before_a_comma_is_an_idiom(nlp):
    text = "At the end of the day, voters want cheaper bread. The stalls shut at the end of the day."
    found = [t.text for t in extract(text, published=PUBLISHED, nlp=nlp).times]
    assert found == ["the end of the day"]
    assert extract(text, published=PUBLISHED, nlp=nlp).times[0].start > 60


def test_a_shift_narrowed_to_this_week_and_this_time_last_year_are_one_expression(nlp):
    text = "Five years ago this week, the old bridge fell into the river. This time last year, the ferry was the only way across."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {
        "Five years ago this week": ("2016-W39", "DATE"),
        "This time last year": ("2020-09-30", "DATE"),
    }


def test_the_day_after_a_holiday_is_one_day(nlp):
    text = "Shoppers crowded the malls on the day after Christmas, and again on the day after Thanksgiving."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["the day after Christmas"] == ("2020-12-26", "DATE")
    assert "the day after Thanksgiving" in found and "Thanksgiving" not in found


def test_weekends_as_a_habit_and_a_part_of_day_of_a_day_told_of(nlp):
    text = "The fish market opens on weekends. The river rose on August 2, 2019. That evening, the levee broke."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["weekends"] == ("XXXX-WXX-WE", "SET")
    assert found["That evening"] == ("2019-08-02TEV", "TIME")


def test_a_season_after_a_year_and_a_day_of_the_month_after_a_date(nlp):
    text = "The mill shut in 2009. The following spring, it reopened. Officials met on March 3. On the 15th, they signed the accord."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["The following spring"] == ("2010-SP", "DATE")
    assert found["the 15th"] == ("2021-03-15", "DATE")


def test_hyphenated_half_lengths_and_some_before_a_count(nlp):
    text = "The mayor spent two-and-a-half years in office. The ferry was stuck for some three weeks."
    document = extract(text, published=PUBLISHED, nlp=nlp)
    found = {t.text: (t.value, t.mod) for t in document.times}
    assert found == {"two-and-a-half years": ("P2Y6M", None), "some three weeks": ("P3W", "APPROX")}


def test_the_longest_count_modifier_is_kept(nlp):
    text = "The firm has no more than ten days to respond. The feud has lasted well over two decades."
    document = extract(text, published=PUBLISHED, nlp=nlp)
    found = {t.text: (t.value, t.mod) for t in document.times}
    assert found == {"no more than ten days": ("P10D", "EQUAL_OR_LESS"), "well over two decades": ("P2DE", "MORE_THAN")}


def test_a_holidays_weekend_and_night_are_one_expression(nlp):
    text = "Roads were jammed over the Labor Day weekend. Fireworks lit the sky on New Year's Eve night."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"the Labor Day weekend": ("2021-W35-WE", "DATE"), "New Year's Eve night": ("2020-12-31TNI", "TIME")}


def test_a_unit_compared_with_itself_is_no_time(nlp):
    text = "Exports doubled year on year, and prices rose 2% month over month, the agency said on Monday."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"Monday": ("2021-09-27", "DATE")}


def test_a_month_after_since_is_the_last_one(nlp):
    text = "The prime minister, in office since January, faces a confidence vote."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"January": ("2021-01", "DATE")}


def test_a_month_that_dates_a_simple_past_is_the_last_one(nlp):
    text = "Talks resumed in October. The mill closed on Oct. 3, the owner said. The firm said it would reopen the mill in October."
    document = extract(text, published=PUBLISHED, nlp=nlp)
    assert [(t.text, t.value) for t in document.times] == [("October", "2020-10"), ("Oct. 3", "2020-10-03"), ("October", "2021-10")]


def test_a_text_counting_in_decades_counts_on_from_the_decade_it_named(nlp):
    text = "The agency was created in the 1960s and abolished a decade later. A quarter of a century later, the law changed."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["a decade later"] == ("197", "DATE")
    assert "A quarter of a century later" in found


def test_a_decade_leaves_the_day_the_text_is_telling_about(nlp):
    text = "On Monday, officials said the plant, built in the 1990s, would open at 9 a.m."
    assert times(extract(text, published=PUBLISHED, nlp=nlp))["9 a.m."] == ("2021-09-27T09:00", "TIME")


def test_a_weekday_inside_a_longer_name_is_no_day(nlp):
    text = "The Sunday Times reported the story, and the minister said on Tuesday that it was false."
    assert times(extract(text, published=PUBLISHED, nlp=nlp)) == {"Tuesday": ("2021-09-28", "DATE")}


def test_more_of_a_length_and_a_fortnight_are_found(nlp):
    text = "The court gave the firm a further three months to pay. The vote was put off by a fortnight, and the team needs an extra week."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"a further three months": ("P3M", "DURATION"), "a fortnight": ("P2W", "DURATION"), "an extra week": ("P1W", "DURATION")}


def test_a_length_back_is_a_shift_and_not_long_ago_the_past(nlp):
    text = "The law was passed two weeks back. The rebels struck not long ago."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"two weeks back": ("2021-09-16", "DATE"), "not long ago": ("PAST_REF", "DATE")}


def test_the_year_of_a_season_is_found_when_the_whole_reads_as_nothing(nlp):
    text = "The club won the title in the 2012 season and again in the 2019-20 season."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"2012": ("2012", "DATE"), "2019": ("2019", "DATE"), "20": ("2020", "DATE")}


def test_no_later_than_a_date_is_on_or_before_it(nlp):
    text = "The report is due no later than June 30, 2022, and the plant will open no earlier than 2025."
    document = extract(text, published=PUBLISHED, nlp=nlp)
    found = {t.text: (t.value, t.mod) for t in document.times}
    assert found == {"no later than June 30, 2022": ("2022-06-30", "ON_OR_BEFORE"), "no earlier than 2025": ("2025", "ON_OR_AFTER")}


def test_current_said_of_an_earlier_time_is_the_past(nlp):
    text = "Holders could buy shares at half the then current price. The deal followed the then-current rules, the current chief said."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found == {"then current": ("PAST_REF", "DATE"), "then-current": ("PAST_REF", "DATE"), "current": ("PRESENT_REF", "DATE")}



def test_a_few_units_later_is_the_vague_length_not_the_future(nlp):
    text = "The board met on June 3, 2020. A few days later, the chief resigned. Several weeks earlier, the firm had lost a contract."
    found = times(extract(text, published=PUBLISHED, nlp=nlp))
    assert found["A few days"] == ("PXD", "DURATION")
    assert found["Several weeks"] == ("PXW", "DURATION")
    assert "A few days later" not in found
