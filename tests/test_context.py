"""An alias several actors share goes to the one the document is about (see resolution/context.py)."""

from collections import Counter

from geonews_extract import extract, load_pipeline
from geonews_extract.kb import AliasEntry, load_knowledge_base
from geonews_extract.resolution.context import pick
from geonews_extract.scoring import entity_of_form

FRONTS = [
    {"id": "front-a", "name": "Northern Front", "type": "ORG", "country": "kenya", "aliases": ["the Front"]},
    {"id": "front-b", "name": "Delta Front", "type": "ORG", "country": "nigeria", "aliases": ["the Front"]},
]


def test_the_option_related_to_the_documents_actors_wins():
    kb = load_knowledge_base(FRONTS)
    options = kb.candidates("the Front")
    assert pick(options, Counter({"nigeria": 2}), kb).actor_id == "front-b"
    assert pick(options, Counter({"kenya": 1, "nigeria": 1, "nairobi": 1}), kb).actor_id == "front-a"


def test_without_context_the_first_option_stays():
    kb = load_knowledge_base(FRONTS)
    assert pick(kb.candidates("the Front"), Counter(), kb) == AliasEntry("front-a", "name")


def test_an_invented_pair_is_told_apart_by_the_countries_of_the_article():
    nlp = load_pipeline(aliases={"extra_kb": FRONTS})
    nigerian = extract("Gunmen of the Front attacked an oil platform off Nigeria, the Nigerian navy said.", nlp=nlp)
    kenyan = extract("The Front raided a police post near Garissa, Kenyan police said on Monday.", nlp=nlp)
    assert entity_of_form(nigerian, "Front").id == "front-b"
    assert entity_of_form(kenyan, "Front").id == "front-a"


def test_al_shabab_is_the_mozambican_insurgency_in_a_story_about_mozambique(nlp):
    document = extract(
        "Insurgents of al-Shabab burned a village in Cabo Delgado, and Mozambican troops later retook it.", nlp=nlp
    )
    assert entity_of_form(document, "al-Shabab").id == "islamic-state-mozambique"


def test_al_shabab_is_the_somali_group_in_a_story_about_somalia(nlp):
    document = extract("Al-Shabab fighters stormed a hotel in Mogadishu before Somali forces ended the siege.", nlp=nlp)
    assert entity_of_form(document, "Al-Shabab").id == "al-shabaab"
