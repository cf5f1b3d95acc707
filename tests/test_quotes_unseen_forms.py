"""Forms written after the stage, to check it on news it was not built from: British copy in
straight single marks, a cue inverted before a name between the halves of a quote, cue clauses
set inside the clause they report, a clause told to someone, a title written short, and set
phrases of the writer's that report nothing."""

import pytest

from geonews_extract import extract
from geonews_extract.quotes import pair_marks


def quotes(nlp, text):
    return extract(text, nlp=nlp).quotes


def entity_name(document, quote):
    entity = document.entity(quote.speaker.entity_id) if quote.speaker and quote.speaker.entity_id else None
    return entity.name if entity else None


# ---- British copy: straight single marks ------------------------------------------------------------
def contents(text):
    return [text[slice(*s.content)] for s in pair_marks(text).segments]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'We will appeal,' she said.", ["We will appeal,"]),
        ("'The players' union agreed,' he said.", ["The players' union agreed,"]),
        ("He called it 'a whitewash' and said it would be 'binned'.", ["a whitewash", "binned"]),
        ("The voters' choice was clear in the '90s.", []),
        ("The club's 'new era' starts today, the owners' lawyer said.", ["new era"]),
    ],
)
def test_straight_single_marks_pair_in_a_text_with_no_double_mark(text, quoted):
    assert contents(text) == quoted


def test_straight_single_marks_in_a_text_with_double_ones_stay_apostrophes():
    text = "\"He told me 'go home' and left,\" she said.\nThe 'new era' starts today."
    assert contents(text) == ["He told me 'go home' and left,"]


def test_a_british_quote_broken_by_its_attribution_is_one_quote(nlp):
    [quote] = quotes(nlp, "'We are not,' the prime minister insisted, 'going to raise taxes.'")
    assert quote.kind == "direct" and quote.speaker.text == "the prime minister" and quote.cue.text == "insisted"
    assert [p.text for p in quote.parts] == ["We are not", "going to raise taxes."]


def test_a_british_quote_goes_on_after_its_attribution_sentence(nlp):
    [quote] = quotes(nlp, "'It was a shambles from start to finish,' said Peter Oduya. 'We owe the fans an apology.'")
    assert quote.speaker.text == "Peter Oduya"
    assert [p.text for p in quote.parts] == ["It was a shambles from start to finish", "We owe the fans an apology."]


def test_a_british_quote_runs_over_paragraphs(nlp):
    document = extract("'We ran out of oxygen by midnight.\n\n'By morning we borrowed tanks,' Dr. Hana Kowal said.",
                       nlp=nlp)
    [quote] = document.quotes
    assert quote.content.text.startswith("We ran out") and quote.content.text.endswith("we borrowed tanks")
    assert entity_name(document, quote) == "Hana Kowal"


def test_a_paragraph_in_single_marks_after_a_double_quoted_one_is_no_continuation(nlp):
    found = quotes(nlp, "\u201cWe start at dawn,\u201d said Tom Reilly.\n\n\u2018The road to the final\u2019\n\nThe race begins at nine.")
    assert [q.content.text for q in found] == ["We start at dawn"]


# ---- a cue before the speaker between the two halves of a quote --------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "second"),
    [
        ('"Prices will keep rising," warned economist Priya Nair, "at least until the spring."',
         "economist Priya Nair", "warned", "at least until the spring."),
        ('"The vote was fair," insisted Lena Vogt, "and the count was open."', "Lena Vogt", "insisted",
         "and the count was open."),
    ],
)
def test_an_inverted_cue_between_the_halves_joins_them(nlp, text, speaker, cue, second):
    [quote] = quotes(nlp, text)
    assert quote.speaker.text == speaker and quote.cue.text == cue
    assert [p.text for p in quote.parts][-1] == second


# ---- a cue clause inside the clause it reports ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "pieces"),
    [
        ("The bridge, engineers warned on Monday, could collapse within weeks.", "engineers",
         ["The bridge", "could collapse within weeks"]),
        ("The vaccine, doctors say, is safe for children.", "doctors", ["The vaccine", "is safe for children"]),
    ],
)
def test_a_cue_clause_after_the_reported_subject_reports_the_clause_around_it(nlp, text, speaker, pieces):
    [quote] = quotes(nlp, text)
    assert quote.speaker.text == speaker and [p.text for p in quote.parts] == pieces


# ---- a clause told to someone ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He told officers he had been at home all night.", "he had been at home all night"),
        ("The mayor told reporters they would get answers.", "they would get answers"),
    ],
)
def test_a_clause_told_to_someone_is_the_report(nlp, text, content):
    [quote] = quotes(nlp, text)
    assert quote.content.text == content and quote.cue.text == "told"


# ---- a title written short introduces the person a definite title speaks for ---------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Sen. Raul Medina met voters in Tucson on Saturday.\n\nThe senator told them the border plan was a failure.",
         "the border plan", "Raul Medina"),
        ("Gov. Ellen Marsh toured the site with Mayor Tom Ruiz. The governor said the damage was severe.",
         "the damage was severe", "Ellen Marsh"),
    ],
)
def test_a_definite_title_speaks_for_the_person_introduced_with_its_short_form(nlp, text, content, name):
    document = extract(text, nlp=nlp)
    [quote] = [q for q in document.quotes if q.content.text.startswith(content)]
    assert entity_name(document, quote) == name


# ---- the writer's set phrases ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "That said, the team still has a chance of reaching the final.",
        "It goes without saying that the stakes are high.",
        "He left without saying that he would return.",
        "Let's say the rate doubles next year.",
        "Her family reported him missing on Sunday.",
        "Doctors declared them dead at the scene.",
    ],
)
def test_a_set_phrase_or_an_object_and_its_state_reports_nothing(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("That, officials said, is why prices rose.", "officials"), ("This, the mayor said, is the plan.", "the mayor")],
)
def test_a_demonstrative_set_off_by_a_cue_clause_is_still_reported(nlp, text, speaker):
    [quote] = quotes(nlp, text)
    assert quote.speaker.text == speaker
