"""Reported speech without a that-clause: requests ("urged X to Y", "called for Y"),
commitments ("vowed to Y"), naming ("called X a Y") and judgements ("praised X for Y"); and
what stays no quote."""

import pytest

from geonews_extract import extract


def reported(nlp, text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in extract(text, nlp=nlp).quotes]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The senator urged voters to stay home on Sunday.", "voters to stay home on Sunday", "The senator", "urged"),
        ("The mayor told residents to leave the coastal area.", "residents to leave the coastal area", "The mayor", "told"),
        ("Aid groups called on the army to open the border crossing.", "the army to open the border crossing",
         "Aid groups", "called on"),
        ("The union called for a national strike next month.", "a national strike next month", "The union", "called for"),
        ("Rebel leaders vowed to retake the northern city.", "to retake the northern city", "Rebel leaders", "vowed"),
    ],
)
def test_requests_and_commitments_report_what_is_asked_or_promised(nlp, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in reported(nlp, text)


def test_naming_something_reports_the_judgement(nlp):
    found = reported(nlp, "The former governor called the plan reckless and unworkable.")
    assert ("indirect", "the plan reckless and unworkable", "The former governor", "called") in found


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The governor praised the volunteers for their quick work.", "the volunteers for their quick work",
         "The governor", "praised"),
        ("The coach thanked the fans for their patience.", "the fans for their patience", "The coach", "thanked"),
        ("The senator mocked the budget plan as a gimmick.", "the budget plan as a gimmick", "The senator", "mocked"),
        ("The union accused the board of ignoring safety rules.", "the board of ignoring safety rules",
         "The union", "accused"),
    ],
)
def test_a_judgement_reports_its_object_and_grounds(nlp, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in reported(nlp, text)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The mayor characterized the new ferry as a floating palace.", "the new ferry as a floating palace",
         "The mayor", "characterized"),
        ("Critics have portrayed the harbour plan as a gift to developers.", "the harbour plan as a gift to developers",
         "Critics", "portrayed"),
    ],
)
def test_a_label_reports_its_object_and_what_it_is_given_as(nlp, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in reported(nlp, text)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The group reported spending six million dollars on advertising.",
         "spending six million dollars on advertising", "The group", "reported"),
        ("The mayor has proposed closing the old ferry terminal.", "closing the old ferry terminal", "The mayor",
         "proposed"),
        ("The senator denied taking money from the firm.", "taking money from the firm", "The senator", "denied"),
    ],
)
def test_a_gerund_a_speech_verb_reports_is_what_was_said(nlp, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in reported(nlp, text)


def test_a_reported_gerund_stops_before_the_speakers_next_act(nlp):
    found = reported(nlp, "The mayor has proposed closing the old terminal and signaled support for a new pier.")
    assert any(c == "closing the old terminal" and cue == "proposed" for _, c, _, cue in found), found


def test_a_gerund_after_a_verb_of_going_on_is_no_report_of_it(nlp):
    assert all(cue != "continued" for _, _, _, cue in reported(nlp, "The crews continued clearing the roads all night."))


def test_a_label_stops_where_a_report_of_its_own_begins(nlp):
    text = "The mayors have portrayed their trips as favours to the firms that invited them and say they have stopped travelling."
    found = reported(nlp, text)
    assert any(c == "their trips as favours to the firms that invited them" and cue == "portrayed" for _, c, _, cue in found), found
    assert any(c == "they have stopped travelling" and cue == "say" for _, c, _, cue in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The guide described the old harbour in great detail.",
        "The painting depicts the old harbour at night.",
        "The new ferry was portrayed as a floating palace.",
    ],
)
def test_a_label_verb_without_its_as_phrase_reports_nothing(nlp, text):
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The mayor mentioned the flood damage on the coast.", "the flood damage on the coast", "The mayor", "mentioned"),
        ("She noted the rising cost of rents in the city.", "the rising cost of rents in the city", "She", "noted"),
        ("The minister promised a new school for the village.", "a new school for the village", "The minister",
         "promised"),
    ],
)
def test_a_topic_verb_reports_its_object(nlp, text, content, speaker, cue):
    assert ("indirect", content, speaker, cue) in reported(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the efforts of the volunteers to clear the roads after the storm.",
         "the efforts of the volunteers to clear the roads after the storm"),
        ("The minister promised new money to repair the old bridges.", "new money to repair the old bridges"),
        ("She noted her long opposition to the new toll on the ferry.", "her long opposition to the new toll on the ferry"),
        ("The coach criticized the referee over his handling of the match.",
         "the referee over his handling of the match"),
    ],
)
def test_a_judged_object_goes_on_through_the_phrase_after_it(nlp, text, content):
    """A phrase or infinitive the parse hung on the verb right after its object ("to ...",
    "over ...") belongs with what was said."""
    assert content in [found[1] for found in reported(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the volunteers at a news conference in the town hall.", "the volunteers"),
        ("The senator criticized the new budget during a radio debate.", "the new budget"),
        ("The coach praised the young players in an interview with the local paper.", "the young players"),
        ("She mentioned the new school to me.", "the new school"),
        ("The senator criticized the new budget in a long and angry tirade.", "the new budget"),
    ],
)
def test_the_scene_of_a_judgement_stays_out_of_it(nlp, text, content):
    """Where, how and to whom the speaker spoke (a setting, a channel, an occasion, the one
    spoken to) is no part of what was said."""
    assert content in [found[1] for found in reported(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers were praised for their quick work.",
        "The mayor did not praise the new budget plan.",
        "The plan praised by the council was dropped in May.",
        "The mayor did not mention the flood damage.",
        "The army confirmed the strike on the depot.",
        "The minister proposed little by way of new rules.",
    ],
)
def test_no_judgement_is_reported_without_a_judge_or_when_denied(nlp, text):
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council called a meeting on Friday.",
        "Residents call the checkpoint the gate.",
        "A group called the River Alliance held a rally.",
        "She declined to urge voters to stay home.",
        "The police officer wanted to leave early.",
    ],
)
def test_no_request_or_naming_is_reported_where_none_is_made(nlp, text):
    assert reported(nlp, text) == []


def test_a_quote_paragraph_continues_the_direct_speaker_past_a_reported_request(nlp):
    document = extract(
        '"We will rebuild the bridge," said Mayor Ines Roa. She urged residents to stay calm.\n'
        '"The water is safe to drink."',
        nlp=nlp,
    )
    # the paragraph that is only a quote goes on with the mayor's quote, one more piece of it
    quote = next(q for q in document.quotes if q.parts and q.parts[-1].text == "The water is safe to drink.")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ines Roa" and quote.cue.text == "said"
    assert quote.parts[0].text == "We will rebuild the bridge"


# ---- a headline that names its source before a colon ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker"),
    [
        ("Okafor: Port strike will end this week\n\nThe dock workers' union met on Monday.",
         "indirect", "Port strike will end this week", "Okafor"),
        ("Health ministry: “No new cases in the capital”\n\nOfficials gave figures on Friday.",
         "direct", "No new cases in the capital", "Health ministry"),
        ("Analysts: Wheat prices to fall as harvest grows\n\nTraders were calm on Monday.",
         "indirect", "Wheat prices to fall as harvest grows", "Analysts"),
    ],
)
def test_a_headline_naming_its_source_before_a_colon_is_its_quote(nlp, text, kind, content, speaker):
    found = reported(nlp, text)
    assert (kind, content, speaker, ":") in found


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: Port strike will end this week\n\nThe union met on Monday.",
        "Port strike: what the closure means for shippers\n\nThe union met on Monday.",
        "The union met on Monday. Okafor: the strike will end.\n",
    ],
)
def test_a_colon_after_a_label_or_outside_the_headline_reports_nothing(nlp, text):
    assert not any(cue == ":" for *_, cue in reported(nlp, text))


# ---- a paragraph that opens with its source and a colon: transcripts, digests ----------------------------
@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker"),
    [
        ("The mayor spoke to a radio host on Monday.\n\nPIKE: Will the harbour reopen this year?\n\n"
         "ROA: I expect the first ships in the spring.\n\nThe interview lasted ten minutes. Host Dan Pike and Mayor Ines Roa "
         "agreed to meet again.", "indirect", "I expect the first ships in the spring", "ROA"),
        ("The debate turned to wages.\n\nMaria Lopez: Nobody in this town can live on the old minimum.\n\n"
         "Tom Berry: The shops would close within a year.\n",
         "indirect", "Nobody in this town can live on the old minimum", "Maria Lopez"),
        ("Harvest news from the week.\n\nWHEAT YIELDS HOLD UP - Omar Haddad: “The rain came just in time for most farms.”\n",
         "direct", "The rain came just in time for most farms.", "Omar Haddad"),
        ("Harvest news from the week.\n\nPrices stay low - More from Haddad: “Buyers are waiting for the next crop.”\n",
         "direct", "Buyers are waiting for the next crop.", "Haddad"),
    ],
)
def test_a_paragraph_opening_with_its_source_and_a_colon_is_its_quote(nlp, text, kind, content, speaker):
    assert (kind, content, speaker, ":") in reported(nlp, text)


def test_a_headline_source_keeps_the_claim_that_holds_a_cue_of_its_own(nlp):
    found = reported(nlp, "Okafor: I Still Think The Strike Will End Soon\n\nThe union met on Monday.")
    assert ("indirect", "I Still Think The Strike Will End Soon", "Okafor", ":") in found
    assert not any(speaker == "I" for _, _, speaker, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The union met.\n\nUPDATE: The strike will end this week after talks.\n",
        "The union met.\n\nKey points: wages, hours and the pension fund.\n",
        "The union met.\n\nWASHINGTON: The strike will end this week after talks.\n",
        "The union met.\n\nAt 10:30 the strike ended after talks.\n",
        "The union met.\n\nEDITOR'S NOTE: This story has been corrected.\n",
        "The union met.\n\nOkafor: Port Strike Will End This Week\n",
        "The union met.\n\nWhat the deal means for workers: higher wages and shorter hours.\n",
    ],
)
def test_a_label_time_or_heading_before_a_colon_is_no_source(nlp, text):
    assert not any(cue == ":" for *_, cue in reported(nlp, text))


def test_one_paragraph_of_a_name_and_a_colon_is_no_transcript(nlp):
    text = "The union met.\n\nMaria Lopez: wages, hours and the pension fund, in that order.\n"
    assert not any(cue == ":" for *_, cue in reported(nlp, text))


def test_a_name_opening_a_sentence_before_a_colon_and_a_whole_quote_is_its_source(nlp):
    text = ('Both candidates spoke about the harbour on Monday. Maria Lopez: "We will not close it." '
            'Daniel Okafor: "We have no choice."\n')
    found = reported(nlp, text)
    assert ("direct", "We will not close it.", "Maria Lopez", ":") in found
    assert ("direct", "We have no choice.", "Daniel Okafor", ":") in found


def test_a_paragraph_of_two_turns_each_after_a_name_and_a_colon_gives_both(nlp):
    text = ('Both candidates spoke about the harbour on Monday.\n\n'
            'Maria Lopez: "Our aim is not to close the port but to rebuild it." Daniel Okafor: "We have no choice."\n')
    found = reported(nlp, text)
    assert ("direct", "Our aim is not to close the port but to rebuild it.", "Maria Lopez", ":") in found
    assert ("direct", "We have no choice.", "Daniel Okafor", ":") in found


@pytest.mark.parametrize(
    "text",
    [
        'The mayor spoke last. Her message was plain: "We will not close it."\n',
        'The mayor spoke last. At 10:30: "We will not close it."\n',
    ],
)
def test_a_phrase_that_is_no_name_before_a_colon_and_a_quote_is_no_source(nlp, text):
    assert not any(cue == ":" for *_, cue in reported(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the crews for their speed because the roads opened early.",
         "the crews for their speed because the roads opened early"),
        ("The senator vowed to cut taxes if she wins the election.", "to cut taxes if she wins the election"),
        ("She called the plan reckless because it ignores the coast.", "the plan reckless because it ignores the coast"),
        ('He called the ruling "a disgrace" because the judge ignored the evidence.',
         '"a disgrace" because the judge ignored the evidence'),
    ],
)
def test_a_report_without_a_clause_goes_on_with_its_reason_or_condition(nlp, text, content):
    """As for a reported clause, a clause of reason or condition after a judgement, commitment,
    naming or quoted object goes on with what was said."""
    assert any(found[1].endswith(content) for found in reported(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the crews for their speed while the council stayed silent.", "the crews for their speed"),
        ("The senator vowed to cut taxes, although her rivals doubt it.", "to cut taxes"),
    ],
)
def test_a_clause_set_against_a_judgement_stays_out(nlp, text, content):
    assert content in [found[1] for found in reported(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the crews for their speed, minutes after the bridge reopened.", "the crews for their speed"),
        ("The senator urged voters not to back the plan but did not name an alternative.",
         "voters not to back the plan"),
    ],
)
def test_a_report_without_a_clause_stops_before_a_clause_of_time_or_a_denied_act(nlp, text, content):
    """When the act happened is the writer's setting; "but did not ..." is the speaker's next act."""
    assert content in [found[1] for found in reported(nlp, text)]


def test_coordinated_grounds_of_a_judgement_go_on_with_it(nlp):
    text = "The senator criticized the governor for cutting school funds, and for raising the ferry fares."
    assert "the governor for cutting school funds, and for raising the ferry fares" in [
        found[1] for found in reported(nlp, text)]


def test_a_request_goes_on_through_the_infinitive_the_parse_hung_on_the_verb(nlp):
    text = "The union has called for the former mayor to release the minutes of his meetings."
    assert "the former mayor to release the minutes of his meetings" in [
        found[1] for found in reported(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor insisted on the changes in a long speech, as she urged the board to cut the fees, reopen the "
         "library and hire more teachers.", "the board to cut the fees, reopen the library and hire more teachers"),
        ("The charter carries no powers, instead calling on the mayor to open the schools, repair the roads and "
         "ensure the parks are kept clean.",
         "the mayor to open the schools, repair the roads and ensure the parks are kept clean"),
        ("“The system is broken,” Ruiz told the crowd, with her aides standing behind her as she urged the council "
         "to scrap the parking fees, replace the transport board's chairman, open up the night buses to students, "
         "and make its meetings public.",
         "the council to scrap the parking fees, replace the transport board's chairman, open up the night buses "
         "to students, and make its meetings public"),
    ],
)
def test_a_request_goes_on_through_the_bare_verbs_listed_after_its_infinitive(nlp, text, content):
    """The parse hangs the later verbs of the list on another verb of the sentence, or tags one a
    present tense; with no subject of their own they are more of what was asked."""
    assert content in [found[1] for found in reported(nlp, text)]

