"""Capital metonymy: a capital used for its government links to its state every time;
a capital used as a place stays the city (see resolution/metonymy.py)."""

import pytest

from geonews_extract import extract
from geonews_extract.scoring import entity_of_form

GOVERNMENT = [
    # a hyphenated pair of capitals modifying a noun
    ("The Washington-Beijing relationship has cooled since the spring.", "Washington", "united-states"),
    ("The Washington-Beijing relationship has cooled since the spring.", "Beijing", "china"),
    ("Analysts expect the Moscow-Tehran axis to hold through the winter.", "Tehran", "iran"),
    # object of a relational preposition
    ("Manila signed a defence treaty with Washington in 1951.", "Washington", "united-states"),
    ("The rebels have waged an insurgency against Ankara for four decades.", "Ankara", "turkey"),
    ("Trade between Canberra and Beijing fell sharply last year.", "Canberra", "australia"),
    ("Its policy towards Moscow has hardened.", "Moscow", "russia"),
    # object of a preposition after a noun of agency or relation
    ("The ministry welcomed the support from Washington.", "Washington", "united-states"),
    ("Europe increased the pressure on Moscow after the vote.", "Moscow", "russia"),
    # object of a verb that acts on an actor
    ("The minister accused Tehran of arming the militia.", "Tehran", "iran"),
    ("Western envoys urged Kabul to reopen the girls' schools.", "Kabul", "afghanistan"),
    # a relative clause with a verb of speech or intent
    ("Exports were blocked by Beijing, which has sought to punish the island.", "Beijing", "china"),
    ("The deal angered Beijing, which said it would respond.", "Beijing", "china"),
    # possessor and subject, as before
    ("Ankara's demands were rejected by the Iraqi government.", "Ankara", "turkey"),
    ("Moscow says its instructors are in Mali at the invitation of the government.", "Moscow", "russia"),
    # the possessor of any noun but a part or feature of the city
    ("Moscow's offensive in the east has stalled.", "Moscow", "russia"),
    ("Tehran's nuclear programme worries its neighbours.", "Tehran", "iran"),
    ("Analysts doubt Riyadh's commitment to the truce.", "Riyadh", "saudi-arabia"),
    # the subject of an adjective or a passive that controls a verb of action
    ("Officials said Tehran was ready to resume the talks.", "Tehran", "iran"),
    ("Damascus has been slow to allow aid convoys through.", "Damascus", "syria"),
    ("Kyiv was forced to withdraw from the town.", "Kyiv", "ukraine"),
    ("Beijing is expected to respond to the sanctions.", "Beijing", "china"),
    # joined by a hyphen to a participle of agency
    ("Tehran-backed militias have attacked the bases.", "Tehran", "iran"),
    ("The Moscow-installed governor fled the city.", "Moscow", "russia"),
    # the subject set off from its verb by an adverb between commas
    ("Beijing, meanwhile, has stepped up its patrols.", "Beijing", "china"),
]

PLACE = [
    ("Delegates met in Beijing on Monday.", "Beijing", "beijing"),
    ("The minister flew to Washington for the talks.", "Washington", "washington"),
    ("Thousands marched through central Moscow on Saturday.", "Moscow", "moscow"),
    ("Fighters entered Kabul before dawn.", "Kabul", "kabul"),
    ("Rockets hit the outskirts of Kabul overnight.", "Kabul", "kabul"),
    ("The road from Kabul to Jalalabad was closed.", "Kabul", "kabul"),
    ("Ankara, which lies on a plateau, has grown fast.", "Ankara", "ankara"),
    ("The Moscow-Beijing flights resumed in May.", "Moscow", "moscow"),
    # a hyphenated place name ending in a proper noun is one name, not a pair of actors
    ("Road work is planned this week in Athens-Clarke County.", "Athens", "athens"),
    ("Voters in the Paris-Saclay Region chose a new council.", "Paris", "paris"),
    ("Officials in Washington said the strike was legal.", "Washington", "washington"),
    # the possessor of a part or feature of the city, or of a place named in it
    ("Kabul's airport reopened on Sunday.", "Kabul", "kabul"),
    ("Shops reopened along Kyiv's main streets.", "Kyiv", "kyiv"),
    ("Beijing's residents woke to thick smog.", "Beijing", "beijing"),
    ("Crowds filled Moscow's Red Square.", "Moscow", "moscow"),
    # a subject whose adjective or passive controls a place predicate
    ("Kabul was expected to fall within weeks.", "Kabul", "kabul"),
    ("Baghdad is likely to see more rain.", "Baghdad", "baghdad"),
    ("The Kabul-based charity runs four clinics.", "Kabul", "kabul"),
    ("He visited Beijing, Shanghai and Wuhan.", "Beijing", "beijing"),
]


def _id(nlp, text, form):
    entity = entity_of_form(extract(text, nlp=nlp), form)
    assert entity is not None, f"{form!r} is not a mention"
    return entity.id


@pytest.mark.parametrize("text, capital, state", GOVERNMENT)
def test_a_capital_used_for_its_government_is_the_state(nlp, text, capital, state):
    assert _id(nlp, text, capital) == state


@pytest.mark.parametrize("text, capital, city", PLACE)
def test_a_capital_used_as_a_place_stays_the_city(nlp, text, capital, city):
    assert _id(nlp, text, capital) == city


def test_a_dateline_capital_stays_the_city(nlp):
    document = extract("BEIJING (Reuters) - Beijing said on Tuesday it would retaliate.", nlp=nlp)
    ids = [e.id for e in document.entities for m in e.mentions if m.text.upper() == "BEIJING"]
    assert "beijing" in ids and "china" in ids
