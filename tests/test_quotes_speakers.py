"""Who a speaker stands for: the person introduced with the speaker's noun, the author of a
text, the plural antecedent of "they"; the speaker's own words stay the speaker text."""

import pytest
from quoting import quote_by
from spacy.lang.en import English
from spacy.tokens import Doc

from geonews_extract import extract
from geonews_extract.quotes import find_quotes, load_lexicon


def entity_name(document, quote):
    entity = document.entity(quote.speaker.entity_id) if quote.speaker.entity_id else None
    return entity.name if entity else None


def test_a_definite_title_is_the_person_introduced_with_it(nlp):
    document = extract(
        "Defense lawyer Maria Lopez met Judge Paul Grant on Monday. Grant refused the request. "
        "The lawyer said she would appeal the ruling.",
        nlp=nlp,
    )
    quote = quote_by(document, "she would appeal")
    assert quote.speaker.text == "The lawyer"
    assert entity_name(document, quote) == "Maria Lopez"


def test_a_title_in_an_apposition_introduces_the_person(nlp):
    document = extract(
        "Omar Haddad, the club's coach, spoke to Karim Nasser after the game. Nasser left early. "
        "The coach said the team had played well.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the team had played")) == "Omar Haddad"


def test_a_text_from_its_author_speaks_for_the_author(nlp):
    document = extract(
        "Foreign Minister Ana Costa flew to Geneva on Sunday. "
        "A statement from the minister's office said the talks would resume.",
        nlp=nlp,
    )
    quote = quote_by(document, "the talks would resume")
    assert quote.speaker.text == "the minister's office"
    assert quote.channel is not None and quote.channel.text == "A statement"
    assert entity_name(document, quote) == "Ana Costa"


def test_a_report_speaks_for_whoever_wrote_it(nlp):
    document = extract(
        "A report by the Ocean Trust estimated that fish stocks had halved. "
        "The study, published by the Reef Council on Monday, said coral cover was falling.",
        nlp=nlp,
    )
    by = quote_by(document, "fish stocks had halved")
    assert by.speaker.text == "the Ocean Trust" and entity_name(document, by) == "Ocean Trust"
    assert entity_name(document, quote_by(document, "coral cover")) == "Reef Council"


def test_they_is_the_plural_antecedent_not_the_nearest_country(nlp):
    leaders = extract(
        "Two senior leaders of the coalition met in Rome on Friday. Italy hosted the talks. They said a deal was close.",
        nlp=nlp,
    )
    assert entity_name(leaders, quote_by(leaders, "a deal was close")) is None
    forecasters = extract(
        "Forecasters at the weather service expect heavy rain. Spain issued a warning. "
        "They added that rivers could flood.",
        nlp=nlp,
    )
    assert entity_name(forecasters, quote_by(forecasters, "rivers could flood")) is None


def test_they_still_finds_a_plural_group_that_is_named(nlp):
    document = extract(
        "The Green Party won four seats in Lyon. They said the result was a turning point.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the result was")) == "Green Party"


def test_a_possessive_never_reaches_the_entity_name(nlp):
    document = extract("Kenya's government said the border would reopen on Monday.", nlp=nlp)
    quote = quote_by(document, "the border would reopen")
    assert quote.speaker.text == "Kenya's government"
    name = entity_name(document, quote)
    assert name is not None and not name.endswith(("'s", "’s"))


def test_a_dateline_is_never_the_speaker(nlp):
    document = extract(
        "Port deal reached.\n\nBOSTON (AP) — Maria Lopez and Mayor Tom Brandt said on Friday that the port would reopen.",
        nlp=nlp,
    )
    quote = quote_by(document, "the port would reopen")
    assert "Maria Lopez" in quote.speaker.text and "BOSTON" not in quote.speaker.text
    assert entity_name(document, quote) != "Boston"


def test_a_party_label_in_parentheses_stays_with_the_name(nlp):
    document = extract("Rep. Ann Reyes (D-Ohio) told a reporter that the bill would fail.", nlp=nlp)
    quote = quote_by(document, "the bill would fail")
    assert quote.speaker.text == "Rep. Ann Reyes (D-Ohio)"
    assert entity_name(document, quote) == "Ann Reyes"


def test_a_campaign_or_a_spokesman_speaks_for_its_person(nlp):
    document = extract(
        "Senator Ann Reyes toured three farms in Iowa on Friday. "
        "Reyes's campaign said it had raised two million dollars. "
        "Governor Tom Brandt's spokeswoman said the budget was balanced.",
        nlp=nlp,
    )
    campaign = quote_by(document, "it had raised")
    assert campaign.speaker.text == "Reyes's campaign"
    assert entity_name(document, campaign) == "Ann Reyes"
    assert entity_name(document, quote_by(document, "the budget was balanced")) == "Tom Brandt"


def test_a_relative_is_not_the_person_it_belongs_to(nlp):
    document = extract("Tom Brandt's father said the family was relieved.", nlp=nlp)
    assert entity_name(document, quote_by(document, "the family was relieved")) != "Tom Brandt"


def test_a_spokesman_named_in_an_apposition_is_that_person(nlp):
    document = extract(
        "Prime Minister Ana Costa spoke in Lisbon on Monday. Costa's spokesman, Daniel Okafor, said the talks would go on.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the talks would go on")) == "Daniel Okafor"


def test_two_named_subjects_joined_by_and_keep_the_first(nlp):
    document = extract(
        "Former Ohio Gov. Ann Reyes (D) and former Iowa Gov. Tom Brandt (R) announced they will end their campaigns.",
        nlp=nlp,
    )
    assert quote_by(document, "they will end").speaker.text.startswith("Former Ohio Gov. Ann Reyes")


def test_a_relative_pronoun_subject_is_in_the_speaker_phrase_with_its_antecedent(nlp):
    document = extract(
        "Senator Ann Reyes, who said the bill was unjust and added that it would fail, voted against it. "
        "Tom Brandt, a retired judge, said the vote was close.",
        nlp=nlp,
    )
    for content in ("the bill was unjust", "it would fail"):
        quote = quote_by(document, content)
        assert quote.speaker.text == "Senator Ann Reyes, who"
        assert entity_name(document, quote) == "Ann Reyes"
    assert quote_by(document, "the vote was close").speaker.text == "Tom Brandt"


def test_a_campaign_post_named_with_a_compound_speaks_for_its_person(nlp):
    document = extract(
        "Senator Ann Reyes toured three farms in Iowa on Friday. "
        "Reyes's campaign manager said the polls were wrong. "
        "Governor Tom Brandt's campaign strategists said the race was close. "
        "Brandt's neighbours said the house was empty.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the polls were wrong")) == "Ann Reyes"
    assert entity_name(document, quote_by(document, "the race was close")) == "Tom Brandt"
    assert entity_name(document, quote_by(document, "the house was empty")) != "Tom Brandt"


def test_a_focus_particle_before_a_name_is_not_part_of_the_speaker(nlp):
    document = extract(
        "Even Ann Reyes said the plan was too costly. Nearly half of the farmers said prices were low.",
        nlp=nlp,
    )
    assert quote_by(document, "the plan was too costly").speaker.text == "Ann Reyes"
    assert quote_by(document, "prices were low").speaker.text == "Nearly half of the farmers"


def test_an_existential_there_is_no_speaker(nlp):
    document = extract("There was a rally in the square on Monday, calling for new elections.", nlp=nlp)
    for quote in document.quotes:
        assert quote.speaker is None or quote.speaker.text != "There"


def speaker_entity(document, quote):
    return document.entity(quote.speaker.entity_id) if quote.speaker.entity_id else None


def test_an_unnamed_body_is_the_organisation_it_describes_not_the_place_after_it(nlp):
    document = extract(
        "The department of fisheries in Lagos said catches had fallen sharply. "
        "The department added that boats would stay in port.",
        nlp=nlp,
    )
    first = quote_by(document, "catches had fallen")
    assert first.speaker.text == "The department of fisheries in Lagos"
    body = speaker_entity(document, first)
    assert body is not None and body.type == "ORG"
    assert body.name == "department of fisheries in Lagos"
    assert [m.text for m in body.mentions] == ["department of fisheries in Lagos"]
    assert body.named_place is not None and body.named_place.name == "Lagos"
    assert speaker_entity(document, quote_by(document, "boats would stay")) is body


def test_a_body_described_by_a_noun_before_it_or_only_by_its_place(nlp):
    ministry = extract("The health ministry in Accra said two clinics had closed.", nlp=nlp)
    assert entity_name(ministry, quote_by(ministry, "two clinics")) == "health ministry in Accra"
    police = extract("Police in Lyon said the road would stay closed.", nlp=nlp)
    assert entity_name(police, quote_by(police, "the road would")) == "Police in Lyon"


def test_a_described_body_the_text_named_before_is_that_entity(nlp):
    document = extract(
        "The Ministry of Fisheries opened an inquiry on Monday. "
        "The ministry of fisheries in Lagos said catches had fallen sharply.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "catches had fallen")) == "Ministry of Fisheries"


def test_a_government_in_a_capital_still_stands_for_the_state_and_a_bare_body_is_an_anaphor(nlp):
    government = extract("The government in Kabul said the border was open.", nlp=nlp)
    assert entity_name(government, quote_by(government, "the border was")) != "government in Kabul"
    army = extract("Mali's army attacked a base on Monday. The army said ten fighters were killed.", nlp=nlp)
    assert entity_name(army, quote_by(army, "ten fighters")) == "Mali"



def test_the_agency_credit_after_a_dateline_is_no_ones_antecedent(nlp):
    from geonews_extract.quotes.speakers import _credit

    text = "FARO, Portugal (AFP) — Fishermen from the northern villages found the boat (AFP) on Sunday, the navy said."
    dateline_end = text.index(" (AFP)")
    credit = text.index("AFP")
    later = text.index("AFP", credit + 1)
    assert _credit(text, credit, credit + 3, [dateline_end])
    assert not _credit(text, later, later + 3, [dateline_end])
    document = extract(text, nlp=nlp)
    assert entity_name(document, quote_by(document, "Fishermen from")) != "AFP"


def test_a_party_label_the_parse_opened_inside_its_parenthesis_stays_with_the_name(nlp):
    document = extract("Sen. Lena Marsh (D-NY) told reporters the bill would pass.", nlp=nlp)
    assert quote_by(document, "the bill would").speaker.text == "Sen. Lena Marsh (D-NY)"


def test_a_run_of_bare_titles_ending_in_a_name_is_that_person(nlp):
    document = extract(
        "GOP presidential contender and former surgeon Ben Okoro said the plan would fail. "
        "Party chairman and former mayor Tom Brandt said the vote was fair.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the plan would")) == "Ben Okoro"
    assert entity_name(document, quote_by(document, "the vote was")) == "Tom Brandt"


def test_a_persons_email_speaks_for_the_person(nlp):
    document = extract("Ann Reyes's fundraising email to her supporters said the race was close.", nlp=nlp)
    assert entity_name(document, quote_by(document, "the race was")) == "Ann Reyes"


def test_who_issued_a_text_that_speaks_through_a_participle_is_the_speaker(nlp):
    document = extract('Senator Ann Reyes put out a statement saying: "We will not back down."', nlp=nlp)
    quote = quote_by(document, "We will not back down")
    assert quote.speaker.text == "Senator Ann Reyes"
    assert entity_name(document, quote) == "Ann Reyes"
    assert quote.channel is not None and quote.channel.text == "a statement"
    assert quote.verb_group.text == "put out a statement saying"


def test_voters_a_poll_shows_saying_something_still_speak(nlp):
    document = extract("A poll released on Monday showed most voters saying the economy was weak.", nlp=nlp)
    quote = quote_by(document, "the economy was weak")
    assert quote.speaker.text == "most voters"
    assert quote.verb_group.text == "saying"


def test_a_share_of_people_that_says_something_is_the_speaker(nlp):
    document = extract("About 4 in 10 say they want the next mayor to be more liberal.", nlp=nlp)
    quote = quote_by(document, "they want the next mayor")
    assert quote.speaker.text == "About 4 in 10"
    assert quote.speaker.entity_id is None


def test_an_opening_participle_is_no_part_of_the_speaker(nlp):
    document = extract(
        "Alarmed by the unrest in Lagos, Senator Ann Reyes, the minority leader, said that she spoke with the governor.",
        nlp=nlp,
    )
    quote = quote_by(document, "she spoke with the governor")
    assert quote.speaker.text == "Senator Ann Reyes"
    assert entity_name(document, quote) == "Ann Reyes"


def test_who_released_an_ad_that_speaks_is_the_speaker(nlp):
    # the artifact (an ad, a video, a petition) is the means; its maker speaks through it
    for text, start in (
        ("Governor Lina Brandt released a new radio ad saying the tax plan would fail.", "the tax plan"),
        ("Mayor Tom Okafor issued an online video that accuses the council of hiding the budget.", "the council"),
    ):
        document = extract(text, nlp=nlp)
        quote = quote_by(document, start)
        assert quote.speaker.text in ("Governor Lina Brandt", "Mayor Tom Okafor"), text
        assert entity_name(document, quote) in ("Lina Brandt", "Tom Okafor"), text


def test_people_a_text_describes_with_a_relative_clause_still_speak(nlp):
    document = extract("The survey found many parents who say the schools need more money.", nlp=nlp)
    quote = quote_by(document, "the schools need")
    assert quote.speaker.text != "The survey"


def test_of_two_subjects_the_parse_gave_a_cue_a_place_before_the_speaker_is_none():
    # a parse as the model gives it after a place set off by commas: the state read as a second subject
    words = ["In", "Dover", ",", "Delaware", ",", "Reyes", "said", "the", "vote", "was", "close", "."]
    doc = Doc(English().vocab, words=words, spaces=[True, False, True, False, True, True, True, True, True, True, False, False],
              heads=[6, 0, 6, 6, 6, 6, 6, 8, 9, 6, 9, 6],
              deps=["prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
              tags=["IN", "NNP", ",", "NNP", ",", "NNP", "VBD", "DT", "NN", "VBD", "JJ", "."],
              pos=["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
              lemmas=["in", "Dover", ",", "Delaware", ",", "Reyes", "say", "the", "vote", "be", "close", "."],
              ents=["O", "B-GPE", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])
    [quote] = find_quotes(doc, load_lexicon())
    assert quote.speaker is not None and doc.text[slice(*quote.speaker)] == "Reyes"


def test_a_participle_set_off_by_a_comma_speaks_for_the_clause_subject_not_the_object(nlp):
    document = extract(
        "On Friday Ms. Reyes made one more bid to calm the row, writing on her blog that the deal was fair.", nlp=nlp
    )
    quote = quote_by(document, "the deal was fair")
    assert quote.speaker.text == "Ms. Reyes"
    assert entity_name(document, quote) == "Reyes"
    # a parse as the model gives it in some contexts: the participle hung on the object before the comma
    words = ["Reyes", "sent", "a", "reply", ",", "saying", "the", "vote", "was", "close", "."]
    doc = Doc(English().vocab, words=words, spaces=[True, True, True, False, True, True, True, True, True, False, False],
              heads=[1, 1, 3, 1, 5, 3, 7, 8, 5, 8, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "acl", "det", "nsubj", "ccomp", "acomp", "punct"],
              tags=["NNP", "VBD", "DT", "NN", ",", "VBG", "DT", "NN", "VBD", "JJ", "."],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
              lemmas=["Reyes", "send", "a", "reply", ",", "say", "the", "vote", "be", "close", "."])
    [quote] = find_quotes(doc, load_lexicon())
    assert quote.speaker is not None and doc.text[slice(*quote.speaker)] == "Reyes"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Costa issued a response saying the count was flawed.", "the count was flawed", "Costa"),
        ("Marchers held up signs saying the mine must close.", "the mine must close", "Marchers"),
        ("The union quickly sent an email to members stating that the strike was over.", "the strike was over", "The union"),
    ],
)
def test_who_sent_a_text_or_a_sign_that_speaks_through_a_participle_is_the_speaker(nlp, text, content, speaker):
    quote = quote_by(extract(text, nlp=nlp), content)
    assert quote.speaker.text == speaker


def test_the_text_sent_to_someone_is_the_channel_not_the_addressee(nlp):
    quote = quote_by(extract("The union quickly sent an email to members stating that the strike was over.", nlp=nlp),
                     "the strike was over")
    assert quote.channel is not None and quote.channel.text == "an email"
    assert quote.verb_group.text == "quickly sent an email to members stating"


def test_people_a_text_went_to_still_speak_where_no_text_carries_the_participle(nlp):
    document = extract("Officials met farmers saying the dam had ruined their fields.", nlp=nlp)
    assert quote_by(document, "the dam had ruined").speaker.text == "farmers"


@pytest.mark.parametrize(
    "text",
    [
        "TOLEDO — Former Attorney General Ann Reyes told the crowd the plant would close.",
        "Boston (AFP) – Vice President Ann Reyes on Monday joined the race, calling the plant's closure unfair.",
    ],
)
def test_the_name_after_a_dateline_the_parse_made_the_subject_is_the_speaker(nlp, text):
    document = extract(text, nlp=nlp)
    [quote] = document.quotes
    assert quote.speaker.text.endswith("Ann Reyes")
    assert entity_name(document, quote) == "Ann Reyes"


def test_the_clitic_of_has_the_parse_made_a_second_subject_is_no_speaker(nlp):
    document = extract("Costa’s campaign lost the vote. He’s said the plan will fail.", nlp=nlp)
    quote = quote_by(document, "the plan will fail")
    assert quote.speaker.text == "He"
    assert quote.verb_group.text == "’s said"


def test_the_clitic_of_has_before_a_reported_clause_is_no_passive(nlp):
    document = extract("Since then, she's said the tax was a mistake.", nlp=nlp)
    quote = quote_by(document, "the tax was a mistake")
    assert quote.speaker.text == "she"
    impersonal = extract("It's said that the tax was a mistake.", nlp=nlp)
    assert all(q.speaker is None or q.speaker.text != "It" for q in impersonal.quotes)


def test_a_possessive_pronoun_on_a_campaign_stands_for_the_person_it_refers_to(nlp):
    document = extract(
        "Senator Ann Reyes toured the plant on Monday. Her campaign said the visit had gone well.", nlp=nlp
    )
    quote = quote_by(document, "the visit had gone well")
    assert quote.speaker.text == "Her campaign"
    assert entity_name(document, quote) == "Ann Reyes"


def test_a_possessive_pronoun_takes_the_person_of_its_own_sentence_first(nlp):
    document = extract(
        "Lena Brook won the vote on Tuesday. Even before Tom Brandt took the stage, his campaign said "
        "he would concede.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "he would concede")) == "Tom Brandt"


def test_a_surname_names_the_one_person_named_in_full_with_it():
    from geonews_extract.annotations import EntityRecord, MentionRecord
    from geonews_extract.quotes.speakers import _surnames

    text = "Gen. Samuel Okafor's men met Bashar al-Assad, Ruth Kane and Tom Kane. Okafor spoke."
    def person(ident, name):
        start = text.index(name)
        return EntityRecord(ident, name, "PERSON", ident, [MentionRecord(start, start + len(name), "PERSON")])
    found = _surnames(text, [person("p1", "Gen. Samuel Okafor's"), person("p2", "Bashar al-Assad"),
                             person("p3", "Ruth Kane"), person("p4", "Tom Kane")])
    assert found["Okafor"][1].id == "p1"  # the title and the possessive are no part of the name
    assert found["Assad"][1].id == "p2"  # nor the Arabic article of the surname
    assert "Kane" not in found  # two people share it


def test_a_definite_occupation_is_the_person_spoken_of(nlp):
    document = extract(
        "Ian Hobbs opened a new bakery in Leeds on Monday. The businessman said the jobs would stay in the city.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the jobs would stay")) == "Ian Hobbs"



def test_an_organisation_name_left_untagged_is_a_mention_of_the_organisation_tagged_with_it():
    from geonews_extract.annotations import EntityRecord, MentionRecord
    from geonews_extract.quotes.speakers import _untagged_org_mentions

    text = ("The Fjordline Airways flight to Bremen landed late, the airline said. Fjordline Airways and "
            "Fjordline Airwaysmen are not Larsen. Larsen said Fjordline Airways flies to Oslo.")
    def entity(ident, name, entity_type, nth=0):
        start = text.index(name)
        for _ in range(nth):
            start = text.index(name, start + 1)
        return EntityRecord(ident, name, entity_type, ident, [MentionRecord(start, start + len(name), entity_type)])
    airline = entity("o1", "Fjordline Airways", "ORG", nth=3)  # tagged only at its last use
    larsen = entity("p1", "Larsen", "PERSON")  # a one-word name is no evidence alone
    larsen_org = entity("o2", "Larsen", "ORG", nth=1)
    found = {e.id: [text[m.start : m.end] for m in e.mentions] for e in _untagged_org_mentions(text, [airline, larsen, larsen_org])}
    starts = [m.start for e in _untagged_org_mentions(text, [airline]) for m in e.mentions]
    assert found == {"o1": ["Fjordline Airways", "Fjordline Airways"]}  # not inside "Airwaysmen", nor the tagged one
    assert starts == [4, text.index("Fjordline Airways and")]


def test_a_definite_organisation_noun_falls_back_to_the_latest_organisation_named(nlp):
    # no organisation was a subject or speaker: the one named after a preposition is still the company
    document = extract(
        "Shareholders voted on Tuesday at the annual meeting of Orvane Textiles in Leeds. "
        "The company said the vote would be counted by Friday.",
        nlp=nlp,
    )
    assert entity_name(document, quote_by(document, "the vote would be counted")) == "Orvane Textiles"
