"""A noun of a speech act with its that-clause: "the mayor's claim that ...", "a warning by the
agency that ...": the clause, opening with its "that", is what was said, the noun its cue, the
possessive or the agent of "by" its speaker."""

from quoting import quote_by

from geonews_extract import extract


def test_a_possessive_claim_reports_its_clause(nlp):
    document = extract("Officials rejected the mayor's claim that the budget was balanced.", nlp=nlp)
    quote = quote_by(document, "that the budget was balanced")
    assert quote.content.text == "that the budget was balanced"
    assert quote.cue.text == "claim"
    assert quote.speaker is not None and quote.speaker.text.startswith("the mayor")


def test_the_agent_of_by_is_the_speaker(nlp):
    document = extract("A statement by the ministry that no soldiers were hurt drew doubts from reporters.", nlp=nlp)
    quote = quote_by(document, "that no soldiers were hurt")
    assert quote.cue.text == "statement"
    assert quote.speaker is not None and quote.speaker.text == "the ministry"


def test_an_adjective_on_the_noun_joins_the_cue(nlp):
    document = extract("The senator's earlier claim that the naval base would close proved wrong.", nlp=nlp)
    assert quote_by(document, "that the naval base would close").cue.text == "earlier claim"


def test_a_relative_clause_or_a_claim_the_writer_weighs_is_no_report(nlp):
    text = ("The claim that she made on Monday was false. The claim that ferry fares have tripled is wrong too. "
            "Later the police received her aide's claim that the count was rigged.")
    document = extract(text, nlp=nlp)
    assert [q.content.text for q in document.quotes] == ["that the count was rigged"]


def test_a_noun_a_cue_verb_takes_is_that_verbs_report(nlp):
    text = ("The mayor repeated her complaint that the buses ran late. "
            "Residents sent complaints that the plant smelled of sulphur at night.")
    document = extract(text, nlp=nlp)
    assert [q.cue.text for q in document.quotes if q.cue is not None] == ["repeated", "complaints"]
    assert document.quotes[-1].content.text == "that the plant smelled of sulphur at night"


def test_a_noun_a_word_weighs_or_examines_is_no_report_of_its_owner(nlp):
    text = ("Reporters raised questions about the governor's claim that the tunnel was safe. "
            "Auditors found inconsistencies with the council's statement that no funds were lost. "
            "The minister doubled down on his promise that the hospital would open in June. "
            "Rivals challenged the mayor's claim that crime had fallen. "
            "An aide later clarified the senator's remark that the base would close. "
            "The memo referenced the agency's warning that the dam could fail. "
            "The union's warning that the mill would shut spread fast.")
    document = extract(text, nlp=nlp)
    assert [(q.cue.text, q.content.text) for q in document.quotes if q.cue is not None] == [
        ("warning", "that the mill would shut")]


def test_a_noun_given_as_an_example_is_no_report(nlp):
    text = ("Critics listed his errors, such as his recent claim that crime had doubled in the city. "
            "The union's warning that the mill would shut spread fast.")
    document = extract(text, nlp=nlp)
    assert [(q.cue.text, q.content.text) for q in document.quotes if q.cue is not None] == [
        ("warning", "that the mill would shut")]


def test_an_unowned_noun_the_writer_says_something_was_is_no_report(nlp):
    text = ("The tour ended on Friday, and its high point was an announcement that the border would reopen. "
            "A warning by the agency that the dam could fail drew crowds.")
    document = extract(text, nlp=nlp)
    assert [(q.cue.text, q.content.text) for q in document.quotes if q.cue is not None] == [
        ("warning", "that the dam could fail")]


def test_a_noun_set_as_a_time_or_a_setting_is_no_report(nlp):
    text = ("Anger grew in the capital following his comments that the tax would rise. "
            "Shares fell amid reports that the bank had lost money. "
            "The union's warning that the mill would shut spread fast.")
    document = extract(text, nlp=nlp)
    assert [(q.cue.text, q.content.text) for q in document.quotes if q.cue is not None] == [
        ("warning", "that the mill would shut")]


def test_that_as_the_object_of_a_naming_verb_is_a_relative_clause(nlp):
    text = ("Voters cheered, and he kept uttering complaints that his critics, for one, called ''pure theatre.'' "
            "The union's warning that the mill would shut spread fast.")
    document = extract(text, nlp=nlp)
    assert "complaints" not in [q.cue.text for q in document.quotes if q.cue is not None]
