"""Speakers a reader resolves by bridging: what belongs to a body named before ("the council's
planning officers"), a text that refers back to one named before, a person a role or name beside
it introduces."""

from quoting import speaker_entity_of


def test_the_councils_officers_speak_for_the_council_named_before(nlp):
    text = ("Harlow District Council will vote on the plan next week. "
            "The council's planning officers said the site was suitable.")
    assert speaker_entity_of(nlp, text, "the site was suitable") == "Harlow District Council"


def test_they_after_the_councils_officers_is_the_council(nlp):
    text = ("Harlow District Council will vote on the budget next week. But the council's finance officers "
            "back the cuts. In a memo, they wrote that the reserves were too low.")
    assert speaker_entity_of(nlp, text, "the reserves were too low") == "Harlow District Council"


def test_the_companys_spokesman_speaks_for_the_company(nlp):
    text = ("Corvell Mining cut 300 jobs at its smelter on Monday. "
            "The company's spokesman said the plant had lost money for years.")
    assert speaker_entity_of(nlp, text, "the plant had lost money") == "Corvell Mining"


def test_a_text_named_before_speaks_for_its_publisher_not_the_writer_set_beside_it(nlp):
    text = ("Coastal towns lose more sand each winter, according to a study published on Monday by the "
            "conservation group Shoreline Watch. The study, written by the geographer Dr. Ian Webb, estimates "
            "that 40 beaches could vanish by 2050.")
    assert speaker_entity_of(nlp, text, "40 beaches could vanish") == "Shoreline Watch"


def test_a_text_with_its_publisher_and_no_comma_is_that_publishers(nlp):
    text = ("Coastal towns lose more sand each winter, according to a study by the conservation group "
            "Shoreline Watch. A study published by the Harbour Council said that 12 piers needed repair.")
    assert speaker_entity_of(nlp, text, "12 piers needed repair") == "Harbour Council"


def test_a_role_set_beside_a_phrase_that_names_the_person_is_that_person(nlp):
    text = ("A fitness app maker was sued on Monday. Ruth Okafor, a lawyer at Bell & Grant, said the case was strong. "
            "The lead plaintiff, a teacher from Spokane identified in the filing as John Roe, says in the complaint "
            "that he received advertisements for locks days after he moved house.")
    assert speaker_entity_of(nlp, text, "that he received advertisements") == "John Roe"


def test_a_name_set_beside_the_source_at_the_sentences_end_is_the_source(nlp):
    text = "Mara Lind will return to the stage in the spring, according to her label, Northlight Records."
    assert speaker_entity_of(nlp, text, "Mara Lind will return") == "Northlight Records"


def test_a_name_set_off_before_a_cue_without_a_subject_speaks_its_reported_clause(nlp):
    text = ("Nine cases of measles were confirmed in the north, the Public Health Centre said. At a briefing in "
            "Kaunas, the centre's director, Dr. Ona Petraitis, said most of the cases were in children under ten.")
    assert speaker_entity_of(nlp, text, "most of the cases") == "Ona Petraitis"


def test_her_representatives_after_a_report_about_her_speak_for_her(nlp):
    text = ("Singer Ana Lind cancelled her tour on Monday. \"I need rest,\" Lind wrote. Her manager, Tom Vale, "
            "said refunds would follow. The promoter, Bluefin Live, said it supported Lind's decision. The Evening "
            "Star reported last week that Ana Lind had fainted on stage in Leeds. Her representatives said at the "
            "time that the story was untrue.")
    assert speaker_entity_of(nlp, text, "that the story was untrue") == "Ana Lind"


def test_a_name_with_a_plural_verb_is_the_club_a_definite_noun_refers_back_to(nlp):
    text = ("Harbury City have signed the striker Ola Bakare from the Dutch side Veldhoven Sport for a record fee. "
            "The 22-year-old has agreed a four-year contract, the club said.")
    assert speaker_entity_of(nlp, text, "The 22-year-old has agreed") == "Harbury City"


def test_a_name_with_a_plural_verb_after_a_dateline_is_the_club(nlp):
    text = ("SALTMOOR, England - Harbury City have signed the striker Ola Bakare from the Dutch side Veldhoven Sport "
            "for a record fee. The 22-year-old has agreed a four-year contract, the club said.")
    assert speaker_entity_of(nlp, text, "The 22-year-old has agreed") == "Harbury City"


def test_his_former_club_is_the_side_he_was_signed_from(nlp):
    text = ("Harbury City have signed the striker Ola Bakare from the Dutch side Veldhoven Sport for a record fee. "
            "Bakare said he had chosen Harbury because of the manager. His former club said it was sorry to see him go.")
    assert speaker_entity_of(nlp, text, "it was sorry to see him go") == "Veldhoven Sport"
