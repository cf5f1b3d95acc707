"""Religious titles: a cleric introduced with a title ("the Right Rev. Helen Mbeki", "the Bishop
of Carrow, ...") is the person a later "the bishop" or "the Bishop of Carrow" stands for."""

from quoting import entity_of, quote_by

from geonews_extract import extract


def name_of(document, start):
    entity = entity_of(document, quote_by(document, start))
    return entity.name if entity is not None else None


def test_a_bishop_named_beside_the_see_is_the_bishop_later(nlp):
    document = extract(
        "The Bishop of Carrow, the Right Rev. Helen Mbeki, opened a shelter for homeless families on Friday. "
        "Speaking to volunteers, the bishop said the city had failed its poorest residents.",
        nlp=nlp,
    )
    assert name_of(document, "the city had failed") == "Helen Mbeki"


def test_the_role_of_a_place_is_the_person_named_beside_it(nlp):
    document = extract(
        "The Archbishop of Carrow, the Most Rev. Samuel Adeyinka, used his sermon to criticise the cuts. "
        "\"Nobody in this city should go hungry,\" said the Archbishop of Carrow.",
        nlp=nlp,
    )
    assert name_of(document, "Nobody in this city") == "Samuel Adeyinka"



def test_a_body_a_person_leads_is_no_title_of_the_person(nlp):
    document = extract(
        "Harford District Council has closed the old bridge. Council leader Amy Rowe said repairs would take "
        "a month. The council said the bridge would reopen in the spring.",
        nlp=nlp,
    )
    assert name_of(document, "repairs would take") == "Amy Rowe"
    assert name_of(document, "the bridge would reopen") == "Harford District Council"


def test_a_party_its_leader_is_named_with_speaks_for_itself(nlp):
    document = extract(
        "The Green Unity Party held its conference in Dorford on Saturday. Party chairwoman Lena Voss told "
        "members that the vote had been fair. The party said turnout was the highest in a decade.",
        nlp=nlp,
    )
    assert name_of(document, "turnout was the highest") == "Green Unity Party"
