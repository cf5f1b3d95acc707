"""The Document contract: field names, JSON schema, round trips, span integrity."""

import json
from datetime import date, datetime

import pytest
from pydantic import ValidationError

from geonews_extract import Document, extract

TEXT = (
    "Taliban Warns US Over Drones\n"
    "KABUL - The Taliban said on Tuesday that US drones had violated Afghan airspace, "
    "according to Al Jazeera."
)


def test_contract_field_names():
    schema = Document.model_json_schema()
    assert {"id", "text", "published", "entities", "times", "quotes", "warnings"} <= set(schema["properties"])
    defs = schema["$defs"]
    assert {"id", "name", "type", "group", "mentions"} <= set(defs["Entity"]["properties"])
    assert {"start", "end", "text", "label"} <= set(defs["Mention"]["properties"])
    assert {"start", "end", "text", "value", "type", "anchor"} <= set(defs["TimeExpression"]["properties"])
    assert {"kind", "content", "speaker", "cue"} <= set(defs["Quote"]["properties"])
    assert "entity_id" in defs["Speaker"]["properties"]


def test_every_field_is_described():
    for name, model in Document.model_json_schema()["$defs"].items():
        for field, spec in model["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"


def test_json_round_trip(nlp):
    document = extract(TEXT, published="2021-09-30", id="a1", nlp=nlp)
    again = Document.model_validate_json(document.model_dump_json())
    assert again == document
    payload = json.loads(document.model_dump_json())
    assert payload["id"] == "a1" and payload["published"] == "2021-09-30"


def test_entities_group_mentions_by_surface_form(nlp):
    document = extract(TEXT + " The Taliban denied it.", nlp=nlp)
    taliban = [e for e in document.entities if e.name == "Taliban"]
    assert len(taliban) == 1 and len(taliban[0].mentions) == 3
    assert all(e.group for e in document.entities)


def test_a_span_that_does_not_match_the_text_is_rejected():
    with pytest.raises(ValidationError, match="does not match"):
        Document.model_validate(
            {
                "text": "Kabul is calm.",
                "entities": [
                    {"id": "kabul", "name": "Kabul", "type": "GPE", "group": "kabul",
                     "mentions": [{"start": 1, "end": 6, "text": "Kabul", "label": "GPE"}]}
                ],
            }
        )


def test_a_span_with_a_wrong_length_is_rejected():
    with pytest.raises(ValidationError, match="characters"):
        Document.model_validate({"text": "Kabul", "times": [{"start": 0, "end": 2, "text": "Kabul", "value": None, "type": "DATE"}]})


def test_a_date_stays_a_date_read_from_json_or_from_a_dict():
    payload = Document(text="Kabul", published=date(2021, 9, 30)).model_dump_json()
    assert Document.model_validate_json(payload).published == date(2021, 9, 30)
    again = Document.model_validate(json.loads(payload)).published
    assert type(again) is date and again == date(2021, 9, 30)
    later = Document.model_validate({"text": "Kabul", "published": "2021-09-30T08:15:00"}).published
    assert later == datetime(2021, 9, 30, 8, 15)


def test_entity_at_prefers_the_largest_overlap_and_follows_new_entities(nlp):
    from geonews_extract.annotations import EntityRecord, MentionRecord, entity_at, set_entities

    doc = nlp.make_doc("Officials in Kabul and Doha met US envoys.")
    first = EntityRecord("kabul", "Kabul", "GPE", "kabul", [MentionRecord(13, 18, "GPE")])
    second = EntityRecord("doha", "Doha", "GPE", "doha", [MentionRecord(23, 27, "GPE")])
    set_entities(doc, [first, second])
    assert entity_at(doc, 13, 18) == first
    assert entity_at(doc, 10, 27) == first  # overlaps both: Kabul by 5, Doha by 4
    assert entity_at(doc, 20, 27) == second
    assert entity_at(doc, 0, 9) is None
    united = EntityRecord("united-states", "United States", "GPE", "united-states", [MentionRecord(32, 34, "GPE")])
    set_entities(doc, [united])
    assert entity_at(doc, 32, 41) == united
    assert entity_at(doc, 13, 18) is None
