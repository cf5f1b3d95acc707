"""Places no entity covers (`geo.recall`): a legislator's home after the party, the place an
unrecognised organisation's name holds, and a name listed after another under one
preposition, and a name a date or time ran into, on sentences written for them."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from geonews_extract.geo.recall import affiliated_places, date_words_end, missed_places

BLANK = spacy.blank("en")
TOWNS = {"Brindle", "Larchmere", "Maple Hollow", "Quarry"}
STATES = {"Texas", "W. Va.", "N.D."}
COUNTIES = {"Marrow", "Marrow County", "Tilden Parish"}


def affiliations(text, covered=()):
    doc = BLANK(text)
    found = affiliated_places(doc, set(covered), TOWNS.__contains__, STATES.__contains__, COUNTIES.__contains__)
    return [doc[s:e].text for s, e in found]


def missed(nlp, text, organisation=None):
    """The missed places of `text` where the model saw no entity but, if given, the
    organisation named `organisation`."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = component(doc)
    if organisation is None:
        doc.ents = []
    else:
        start = next(t.i for t in doc if text[t.idx :].startswith(organisation))
        end = next(t.i + 1 for t in doc if t.idx + len(t) == text.index(organisation) + len(organisation))
        doc.ents = [Span(doc, start, end, label="ORG")]
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = missed_places(doc, covered, TOWNS.__contains__, STATES.__contains__, COUNTIES.__contains__)
    return [doc[s:e].text for s, e in found]


def test_a_legislators_home_is_read_after_both_and_before_a_full_stop():
    assert affiliations("Senators Ann Lee and Tom Ross, both D-W. Va., backed it.") == ["W. Va."]
    assert affiliations('said Rep. Ann Lee, D-N.D. "We will not wait."') == ["N.D."]
    assert affiliations("and Ann Lee, R-Brindle. Earlier, the House met.") == ["Brindle"]


def test_a_legislators_home_may_be_a_county_named_without_its_kind_word():
    assert affiliations("Committee chairwoman Ann Lee, D-Marrow, said the bill was late.") == ["Marrow"]
    assert affiliations("Committee chairwoman Ann Lee, D-Zorbla, said the bill was late.") == []


def test_a_legislators_home_the_model_took_in_with_the_party_is_still_read():
    text = "Committee chairwoman Ann Lee, D-Brindle, said the bill was late."
    doc = BLANK(text)
    party = next(t.i for t in doc if t.text == "D")
    assert affiliations(text, covered=range(party, party + 3)) == ["Brindle"]
    assert affiliations(text, covered=range(party + 2, party + 3)) == []  # the home alone is another entity's


def test_no_affiliation_without_a_party_or_a_closing_mark():
    assert affiliations("The score was 3-Brindle, said the coach.") == []
    assert affiliations("Ann Lee, D-Brindle and more words follow here") == []


def test_the_place_an_unrecognised_organisations_name_holds_is_a_missed_place(nlp):
    found = missed(nlp, "A spokesman for the Brindle Volunteer Fire Department said the blaze was out.")
    assert "Brindle" in found
    found = missed(nlp, "Anyone with news should call the Tilden Parish Sheriff's Office at once.", "Sheriff's Office")
    assert "Tilden Parish" in found


def test_a_name_listed_after_a_place_under_one_preposition_is_a_place(nlp):
    assert "Larchmere" in missed(nlp, "The governor stopped in Brindle and Larchmere on Monday.")
    assert "Quarry" in missed(nlp, "Sandbags went to Brindle, Maple Hollow and Quarry last week.")


def test_a_list_without_a_preposition_gives_no_place(nlp):
    assert "Larchmere" not in missed(nlp, "Brindle and Larchmere signed the deal on Monday.")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_affiliations_never_raise_and_stay_inside_the_text(text):
    doc = BLANK(text)
    for start, end in affiliated_places(doc, set(), TOWNS.__contains__, STATES.__contains__, COUNTIES.__contains__):
        assert 0 <= start < end <= len(doc)


def test_a_town_the_tagger_took_for_an_adjective_is_a_name_unless_the_dictionary_holds_the_adjective():
    known = (TOWNS | {"Local"}).__contains__
    adjectives = {"local", "young"}.__contains__

    def found(text, is_adjective):
        doc = BLANK(text)
        doc[0].pos_ = "ADJ"
        return [doc[s:e].text for s, e in missed_places(doc, set(), known, is_adjective=is_adjective)]

    assert found("Brindle police questioned the driver.", adjectives) == ["Brindle"]
    assert found("Brindle police questioned the driver.", None) == []
    assert found("Local police questioned the driver.", adjectives) == []


def _ents(nlp, text, spans):
    """`text` parsed, its entities set by hand: (surface, label) pairs, each surface's first occurrence."""
    doc = nlp(text)
    ents = []
    for surface, label in spans:
        start = text.index(surface)
        ents.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = ents
    return doc


def test_a_date_or_time_ends_before_the_name_it_ran_into(nlp):
    doc = _ents(nlp, "At 9:40 p.m. Polk County dispatchers took a call about smoke.", [("9:40 p.m. Polk County", "TIME")])
    assert doc[date_words_end(doc.ents[0]) : doc.ents[0].end].text == "Polk County"
    doc = _ents(nlp, "In March, Nebraska had the lowest rate.", [("March, Nebraska", "DATE")])
    assert doc[date_words_end(doc.ents[0]) : doc.ents[0].end].text == "Nebraska"


def test_a_date_of_calendar_words_keeps_its_end(nlp):
    for text, surface in [
        ("The vote is on Monday, March 9, at noon.", "Monday, March 9"),
        ("They met at 10 a.m. Tuesday in the hall.", "10 a.m. Tuesday"),
    ]:
        ent = _ents(nlp, text, [(surface, "DATE")]).ents[0]
        assert date_words_end(ent) == ent.end
    ent = _ents(nlp, "It rained all of May, Brindle said.", [("May, Brindle", "PERSON")]).ents[0]
    assert date_words_end(ent) == ent.end  # only a date's or time's span is cut


def test_a_place_name_a_time_ran_into_is_a_missed_place(nlp):
    text = "At 9:40 p.m. Polk County dispatchers took a call about smoke."
    doc = _ents(nlp, text, [("9:40 p.m. Polk County", "TIME")])
    records = []
    assert nlp.get_pipe("geocode").add_missed_places(doc, records)
    assert [(r.type, [text[m.start : m.end] for m in r.mentions]) for r in records] == [("GPE", ["Polk County"])]
