"""Acronyms inside names: a name and its short form in parentheses are one organisation,
and a state named inside the name keeps its own mention (see resolution/abbreviations.py)."""

import pytest

from geonews_extract import extract
from geonews_extract.resolution.abbreviations import find_definitions, short_forms_after_names
from geonews_extract.scoring import entity_of_form


def test_a_short_form_after_a_name_is_found_whatever_its_letters():
    text = "Kenya's Directorate of Criminal Investigations (DCI) and the Land Bureau (KLB) met."
    found = short_forms_after_names(text, [(text.index("Directorate"), text.index(" (DCI)")),
                                           (text.index("Land"), text.index(" (KLB)"))])
    assert [text[s:e] for _, (s, e) in found] == ["DCI", "KLB"]


def test_no_short_form_where_the_parenthesis_does_not_follow_the_name():
    text = "The Land Bureau said (in a statement) that KLB staff left."
    assert short_forms_after_names(text, [(text.index("Land"), text.index(" said"))]) == []


def test_the_schwartz_hearst_definitions_are_unchanged():
    text = "The Islamic State Khorasan Province (ISKP) struck again."
    (definition,) = find_definitions(text)
    assert text[slice(*definition.long)] == "Islamic State Khorasan Province"


@pytest.mark.parametrize(
    "text, name, short, state",
    [
        ("Talks between Israel and the Palestinian Authority (PA) resumed. The PA said it would attend.",
         "Palestinian Authority", "PA", "palestine"),
        ("Ukraine's Security Service (SBU) said it had detained two agents. The SBU did not name them.",
         "Security Service", "SBU", "ukraine"),
        ("Kenya's Directorate of Criminal Investigations (DCI) opened an inquiry, and the DCI later made arrests.",
         "Directorate of Criminal Investigations", "DCI", "kenya"),
    ],
)
def test_a_name_with_its_acronym_is_one_organisation_apart_from_its_state(nlp, text, name, short, state):
    document = extract(text, nlp=nlp)
    organisation = entity_of_form(document, name)
    assert organisation is not None and organisation.type == "ORG"
    assert entity_of_form(document, short).id == organisation.id
    assert organisation.id != state  # an authority may roll up to its state in `group`, never merge into it
    if state in ("ukraine", "kenya"):
        assert any(e.id == state for e in document.entities), "the state keeps its own mention"


def test_a_ministry_defined_by_its_acronym_keeps_one_entity(nlp):
    document = extract("Officials of the Afghan Ministry of Interior (MoI) said the MoI would investigate.", nlp=nlp)
    ministry = entity_of_form(document, "MoI")
    assert ministry is not None and ministry.type == "ORG"
    assert any("Ministry of Interior" in m.text for m in ministry.mentions)
