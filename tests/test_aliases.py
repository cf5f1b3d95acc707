"""The aliases stage: every name of one actor resolves to one entity, affiliates roll up to their family."""

import json

import pytest
import spacy
from conftest import FIXTURES

from geonews_extract import extract, load_pipeline
from geonews_extract.annotations import entities_of
from geonews_extract.kb import load_knowledge_base
from geonews_extract.pipeline import load_model
from geonews_extract.resolution.abbreviations import find_definitions
from geonews_extract.resolution.matching import FuzzyMatcher, case_compatible
from geonews_extract.resolution.people import FullNames, name_words
from geonews_extract.scoring import entity_of_form, pair_decisions, same

ARTICLES = sorted((FIXTURES / "articles").glob("*.gold.json"))
PAIRS = json.loads((FIXTURES / "alias_pairs.json").read_text(encoding="utf-8"))["items"]


def entity(document, form):
    found = entity_of_form(document, form)
    assert found is not None, f"{form!r} is not a mention"
    return found


# acceptance ------------------------------------------------------------------------


def test_seed_required_groups_come_out_exactly(seed, seed_document):
    _, gold = seed
    groups = gold["groups"]["required"]
    specific = {k: v for k, v in gold["groups"]["specific"].items() if not k.startswith("_")}
    decisions = pair_decisions(seed_document, groups, "group", [specific])
    wrong = [(d.a, d.b, d.level) for d in decisions if d.gold_same != d.predicted_same]
    assert wrong == []


def test_seed_affiliate_keeps_its_own_id_inside_the_family(seed_document):
    affiliate = {entity(seed_document, f).id for f in ("ISIS Khorasan", "ISIS-K", "ISKP")}
    parent = {entity(seed_document, f).id for f in ("ISIL", "ISIS")}
    assert affiliate == {"islamic-state-khorasan"} and parent == {"islamic-state"}
    assert entity(seed_document, "ISKP").group == "islamic-state"


@pytest.mark.parametrize("gold_path", ARTICLES, ids=lambda p: p.name.split(".")[0])
def test_fixture_actors_come_out_exactly(nlp, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    document = extract(text, published=gold["published"], nlp=nlp)
    decisions = pair_decisions(document, gold["groups"], "id", gold.get("specific") or [])
    wrong = [(d.a, d.b, d.gold_same, d.level) for d in decisions if d.gold_same != d.predicted_same]
    assert wrong == []


def test_hand_checked_alias_pairs(nlp):
    decisions = []
    for item in PAIRS:
        document = extract(item["text"], nlp=nlp)
        decisions += [
            (a, b, gold_same, same(document, a, b, level)) for a, b, gold_same, level in item["pairs"]
        ]
    assert len(decisions) >= 40
    merged_wrongly = [(a, b) for a, b, gold_same, got in decisions if got and not gold_same]
    assert merged_wrongly == []
    found = sum(got for _, _, gold_same, got in decisions if gold_same)
    assert found / sum(gold_same for _, _, gold_same, _ in decisions) >= 0.9


# resolution order ----------------------------------------------------------------------


def test_spelling_variants_and_names_spacy_misses_become_mentions(nlp):
    document = extract(
        "Fighters loyal to Daesh attacked the town, and Da'esh later claimed it. Officials blamed "
        "al-Qaida, though Al Qaeda denied any role.",
        nlp=nlp,
    )
    assert entity(document, "Daesh").id == entity(document, "Da'esh").id == "islamic-state"
    assert entity(document, "al-Qaida").id == entity(document, "Al Qaeda").id == "al-qaeda"


def test_names_found_only_in_the_knowledge_base_are_added_to_doc_ents(nlp):
    doc = nlp("Fighters loyal to Daesh attacked the town on Monday.")
    assert ("Daesh", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_short_acronyms_match_only_as_written(nlp):
    document = extract("Tell us what happened, a resident said after the US strike. They ate turkey.", nlp=nlp)
    us = entity(document, "US")
    assert [m.text for m in us.mentions] == ["US"]
    assert all(m.text != "turkey" for e in document.entities for m in e.mentions)


def test_case_compatibility_only_capitalises_word_starts():
    assert case_compatible("Al-Qaeda", "al-Qaeda")
    assert case_compatible("AL-QAEDA", "al-Qaeda")
    assert not case_compatible("turkey", "Turkey")
    assert not case_compatible("Al-qaeda", "al-Qaeda")


def test_document_defined_aliases_join_unknown_names(nlp):
    document = extract(
        "The Eastern Liberation Front (ELF) said it had seized two villages. ELF commanders told "
        "residents to leave.",
        nlp=nlp,
    )
    front = entity(document, "Eastern Liberation Front")
    assert entity(document, "ELF").id == front.id
    assert front.id.endswith("eastern-liberation-front") and front.group == front.id
    assert len(front.mentions) == 3


def test_document_defined_short_form_joins_a_known_actor(nlp):
    document = extract("Boko Haram (BH) fighters raided the village. Residents said BH gunmen took cattle.", nlp=nlp)
    assert entity(document, "BH").id == "boko-haram"


def test_definitions_do_not_merge_a_family_with_its_affiliate(nlp):
    document = extract(
        "Officials fear the Islamic State (IS) offshoot known as ISIS Khorasan (ISIS-K) or ISKP. "
        "IS central command rarely comments on ISIS-K attacks.",
        nlp=nlp,
    )
    assert entity(document, "ISIS-K").id == entity(document, "ISKP").id == "islamic-state-khorasan"
    assert entity(document, "IS").id == "islamic-state"
    assert entity(document, "ISKP").group == "islamic-state"


def test_schwartz_hearst_definitions():
    text = "members of ISIS Khorasan (ISIS-K) or ISKP, and the ISIL (ISIS) affiliate. ISKP (Islamic State Khorasan Province)"
    found = {text[slice(*d.long)]: [text[slice(*s)] for s in d.shorts] for d in find_definitions(text)}
    assert found == {"ISIS Khorasan": ["ISIS-K", "ISKP"], "Islamic State Khorasan Province": ["ISKP"]}


def test_fuzzy_matching_takes_close_spellings_only():
    fuzzy = FuzzyMatcher(load_knowledge_base())
    assert fuzzy.match("Hizbolah").actor_id == "hezbollah"
    assert fuzzy.match("al-Qaeida").actor_id == "al-qaeda"
    assert fuzzy.match("Khorasani") is None
    assert fuzzy.match("Hamad") is None  # too short to guess


def test_people_named_in_full_then_by_surname(nlp):
    document = extract(
        "Colonel Ibrahim Sankara, the army spokesman, said the operation was over. Sankara added that "
        "troops would stay.",
        nlp=nlp,
    )
    person = entity(document, "Ibrahim Sankara")
    assert person.type == "PERSON" and person.id.startswith("person:") and person.group == person.id
    assert [m.text for m in person.mentions][-1] == "Sankara"


def test_surnames_are_joined_without_growing_the_vocabulary(nlp):
    """Whether a surname is a stop word is asked without adding its lower-cased form to the
    model's vocabulary (a stream of articles would otherwise keep growing it)."""
    document = extract(
        "Minister Tavita Quarrenbeck opened the port on Monday. Quarrenbeck said trade would grow.",
        nlp=nlp,
    )
    person = entity(document, "Tavita Quarrenbeck")
    assert [m.text for m in person.mentions] == ["Tavita Quarrenbeck", "Quarrenbeck"]
    assert "quarrenbeck" not in nlp.vocab


def test_name_words_and_full_name_matching():
    assert name_words("Gen. Samuel Okafor's") == ("Samuel", "Okafor")
    khorasani, okafor = ("Abu", "Omar", "Khorasani"), ("Samuel", "Okafor")
    full = FullNames([khorasani, okafor, okafor])
    assert list(full) == [khorasani, okafor] and okafor in full and ("Okafor",) not in full
    assert full.abbreviated_by(("Khorasani",), False) == khorasani
    assert full.abbreviated_by(("Omar", "Khorasani"), False) == khorasani
    assert full.abbreviated_by(("Samuel",), True) == okafor
    assert full.abbreviated_by(("Samuel",), False) is None
    assert FullNames([okafor, ("Ada", "Okafor")]).abbreviated_by(("Okafor",), True) is None


def test_one_word_that_ends_one_full_name_and_opens_another_is_the_surname():
    """Second references in news go by surname: "Vance" after "Mara Vance" is Mara Vance, also
    where another name opens with the word (a headline's "Vance Quits" the tagger took for a name)."""
    vance, other = ("Mara", "Vance"), ("Vance", "Quits")
    assert FullNames([other, vance]).abbreviated_by(("Vance",), True) == vance
    assert FullNames([other]).abbreviated_by(("Vance",), True) == other


def test_a_surname_joins_its_full_name_beside_a_name_it_opens(nlp):
    text = "Vance Quits Tour\nSinger Mara Vance has cancelled her tour. Vance wrote that she was tired."
    doc = nlp.make_doc(text)
    last = text.rindex("Vance")
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(24, 34, label="PERSON"),
                doc.char_span(last, last + 5, label="PERSON")]
    doc = nlp.get_pipe("aliases")(doc)
    by_start = {m.start: r.id for r in entities_of(doc) for m in r.mentions}
    assert by_start[last] == by_start[24] != by_start[0]


# mentions --------------------------------------------------------------------------------


def resolve(nlp, text, ents):
    """Run the stage on a Doc whose entities are set by hand: [(text, label)]."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    doc = nlp.get_pipe("aliases")(doc)
    return {(text[m.start : m.end], r.id) for r in entities_of(doc) for m in r.mentions}


def test_an_actor_with_member_words_carries_the_actor(nlp):
    found = resolve(nlp, "Taliban leaders met Malian troops.", [("Taliban leaders", "ORG"), ("Malian troops", "ORG")])
    assert found == {("Taliban leaders", "taliban"), ("Malian troops", "mali")}


def test_a_hyphenated_modifier_does_not_rename_an_actor(nlp):
    text = "The Kurdish-led Syrian Democratic Forces fought the Iran-backed Houthis."
    found = resolve(nlp, text, [("Kurdish-led Syrian Democratic Forces", "ORG"), ("Iran-backed Houthis", "ORG")])
    assert found == {
        ("Kurdish-led Syrian Democratic Forces", "syrian-democratic-forces"),
        ("Iran", "iran"),
        ("Houthis", "houthis"),
    }


def test_an_entity_listing_two_actors_is_split(nlp):
    found = resolve(nlp, "They deny ISIS and Al-Qaeda militants are active.", [("ISIS and Al-Qaeda", "ORG")])
    assert found == {("ISIS", "islamic-state"), ("Al-Qaeda", "al-qaeda")}


def test_a_name_containing_a_known_name_is_a_name_of_its_own(nlp):
    found = resolve(nlp, "Students of Kabul University protested.", [("Kabul University", "ORG")])
    assert found == {("Kabul University", "org:kabul-university")}


def test_known_actors_take_the_knowledge_base_label(nlp):
    document = extract("The Houthis, who call themselves Ansar Allah, fired a missile.", nlp=nlp)
    assert {m.label for m in entity(document, "Ansar Allah").mentions} == {"ORG"}


# metonymy ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, capital, actor",
    [
        ("A drone strike in Kabul killed ten civilians, which Washington later acknowledged.", "Washington", "united-states"),
        ("Moscow says its instructors are in Mali at the invitation of the government.", "Moscow", "russia"),
        ("Ankara's demands were rejected by the Iraqi government.", "Ankara", "turkey"),
        ("The talks will be held in Washington next month.", "Washington", "washington"),
        ("Thousands marched through central Moscow on Saturday.", "Moscow", "moscow"),
        ("Officials in Washington said the strike was legal.", "Washington", "washington"),
    ],
)
def test_a_capital_is_its_state_only_as_an_agent(nlp, text, capital, actor):
    assert entity(extract(text, nlp=nlp), capital).id == actor


def test_a_capital_agent_joins_its_states_group(nlp):
    document = extract("The United States denied the report. Washington said the strike was lawful.", nlp=nlp)
    assert entity(document, "Washington").id == entity(document, "United States").id


# configuration -------------------------------------------------------------------------------

EXTRA = {"actors": [{"id": "kabul-now", "name": "Kabul Now", "type": "ORG", "aliases": ["KN", "ISKP", "Amaq"]}]}


def test_users_extend_the_knowledge_base_from_a_file(tmp_path):
    path = tmp_path / "my_kb.json"
    path.write_text(json.dumps(EXTRA), encoding="utf-8")
    nlp = load_pipeline(aliases={"extra_kb": str(path)})
    document = extract("KN reported that ISKP claimed the attack.", nlp=nlp)
    assert entity(document, "KN").id == "kabul-now"
    assert entity(document, "ISKP").id == "kabul-now"  # the user's entry wins


def test_users_extend_the_knowledge_base_with_a_dict_that_survives_to_disk(tmp_path):
    nlp = load_model()
    nlp.add_pipe("geonews_news_ner", name="news_ner")
    nlp.add_pipe("geonews_aliases", name="aliases", config={"extra_kb": EXTRA})
    assert "kabul-now" in nlp.config.to_str()
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    document = extract("KN reported the attack, and Amaq said ISIS-K was behind it.", nlp=again)
    assert entity(document, "KN").id == entity(document, "Amaq").id == "kabul-now"
    assert entity(document, "ISIS-K").id == "islamic-state-khorasan"


def test_a_stage_error_becomes_a_warning(nlp, monkeypatch):
    resolver = nlp.get_pipe("aliases")

    def broken(doc, text=None):
        raise RuntimeError("matcher broke")

    monkeypatch.setattr(resolver.resolver, "matcher", broken)
    document = extract("The Taliban said so.", nlp=nlp)
    assert any("matcher broke" in w for w in document.warnings)
    assert entity(document, "Taliban").id == "org:taliban"  # one local entity per surface form instead


def test_a_local_entity_has_one_id_whichever_stages_ran(nlp):
    text = "Police said Amara Okonkwo-Diallo left Lagos. The Ministry of Roads welcomed the news."
    with_aliases = {e.name: e.id for e in extract(text, nlp=nlp).entities if ":" in e.id}
    bare = load_pipeline(stages=[n for n in nlp.pipe_names if n in ("line_breaks", "news_ner")])
    without = {e.name: e.id for e in extract(text, nlp=bare).entities}
    assert with_aliases  # people and organisations the knowledge base does not know
    for name, ident in with_aliases.items():
        assert without.get(name) == ident


def test_short_acronyms_are_words_of_a_line_in_capitals_only():
    from geonews_extract.resolution.matching import LinesWithLowerCase

    text = "WHAT IS NEXT FOR US\nThe US said so.\n\nUS"
    lines = LinesWithLowerCase(text)
    assert [lines(text.index("US")), lines(text.index("The US") + 4), lines(len(text) - 1)] == [False, True, False]
    assert lines(text.index("\n\n") + 1) is False


def test_a_canonical_name_never_keeps_a_possessive(nlp):
    document = extract("Officers searched Ruth Amadi's house in the morning. Amadi was not at home.", nlp=nlp)
    names = [e.name for e in document.entities if e.type == "PERSON"]
    assert names and not any(n.endswith(("'s", "’s")) for n in names)


def test_a_surname_without_its_article_joins_the_full_name(nlp):
    document = extract(
        "Ghassan al-Hamadi arrived in the capital on Monday. Mr Hamadi met the mayor, and Hamadi later left.",
        nlp=nlp,
    )
    person = next(e for e in document.entities if e.name == "Ghassan al-Hamadi")
    assert {m.text for m in person.mentions} >= {"Ghassan al-Hamadi", "Hamadi"}


def test_people_sharing_a_surname_stay_apart(nlp):
    document = extract("Maria Okoth and Daniel Okoth both spoke. Maria Okoth said the road was closed.", nlp=nlp)
    people = {e.name for e in document.entities if e.type == "PERSON"}
    assert {"Maria Okoth", "Daniel Okoth"} <= people


# institutions ---------------------------------------------------------------------------------


def test_an_institution_is_its_own_entity_inside_its_states_group(nlp):
    document = extract(
        "The Kremlin denied the report on Monday. Russia later recalled its ambassador, and the White House said "
        "the United States would wait.",
        nlp=nlp,
    )
    kremlin, russia = entity(document, "Kremlin"), entity(document, "Russia")
    assert kremlin.id != russia.id and kremlin.group == russia.group == "russia"
    white_house, states = entity(document, "White House"), entity(document, "United States")
    assert white_house.id != states.id and white_house.group == states.group == "united-states"


def test_a_title_and_surname_join_the_full_name_with_its_article(nlp):
    document = extract(
        "Bashar al-Assad addressed parliament on Sunday. Mr Assad said the war was over, and Assad later left.",
        nlp=nlp,
    )
    person = entity(document, "Bashar al-Assad")
    assert entity(document, "Mr Assad").id == person.id
    assert {m.text for m in person.mentions} >= {"Bashar al-Assad", "Assad"}
    assert person.name == "Bashar al-Assad"
