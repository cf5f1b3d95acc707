"""The knowledge base: shipped coverage, user extensions, and errors that name the file and entry."""

import json
import shutil

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geonews_extract.kb import KB_DIR, KnowledgeBaseError, alias_key, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def test_ships_at_least_300_actors_of_every_kind(kb):
    assert len(kb) >= 300
    types = {actor.type for actor in kb.actors.values()}
    assert {"GPE", "ORG", "LOC"} <= types


def test_every_iso_country_resolves_by_its_iso_name(kb):
    for country in pycountry.countries:
        for field in ("name", "official_name", "common_name"):
            if hasattr(country, field):
                entry = kb.lookup(getattr(country, field))
                assert entry is not None and kb.actors[entry.actor_id].type == "GPE", getattr(country, field)


@pytest.mark.parametrize(
    "form, actor_id",
    [
        ("US", "united-states"),
        ("U.S.", "united-states"),
        ("USA", "united-states"),
        ("America", "united-states"),
        ("the United States", "united-states"),
        ("the White House", "white-house"),
        ("UK", "united-kingdom"),
        ("Britain", "united-kingdom"),
        ("the Kremlin", "kremlin"),
        ("the Élysée", "elysee-palace"),
        ("Downing Street", "downing-street"),
        ("the Pentagon", "us-department-of-defense"),
        ("Russia", "russia"),
        ("Türkiye", "turkey"),
        ("Iran", "iran"),
        ("Islamic Republic of Iran", "iran"),
        ("DRC", "democratic-republic-of-the-congo"),
        ("Afghan", "afghanistan"),
        ("Afghans", "afghanistan"),
        ("Pakistani", "pakistan"),
        ("Pakistanis", "pakistan"),
        ("Al-Qaida", "al-qaeda"),
        ("al Qaeda", "al-qaeda"),
        ("Al Qaeda", "al-qaeda"),
        ("al-Qa'ida", "al-qaeda"),
        ("Daesh", "islamic-state"),
        ("Da'esh", "islamic-state"),
        ("DAESH", "islamic-state"),
        ("ISIL", "islamic-state"),
        ("ISIS-K", "islamic-state-khorasan"),
        ("ISIS Khorasan", "islamic-state-khorasan"),
        ("ISKP", "islamic-state-khorasan"),
        ("ISWAP", "islamic-state-west-africa"),
        ("Ansar Allah", "houthis"),
        ("Hizbollah", "hezbollah"),
        ("Kurdistan Workers Party", "pkk"),
        ("Wagner", "wagner-group"),
        ("NATO", "nato"),
        ("African Union", "african-union"),
        ("Jama’at Nusrat al-Islam wal-Muslimin", "jnim"),
    ],
)
def test_names_short_forms_and_spelling_variants_resolve(kb, form, actor_id):
    assert kb.lookup(form).actor_id == actor_id


def test_demonyms_are_marked_as_such(kb):
    assert kb.lookup("Afghan").kind == "demonym"
    assert kb.lookup("Afghanistan").kind == "name"


def test_affiliates_roll_up_to_the_top_of_their_family(kb):
    assert kb.group_of("islamic-state-khorasan") == "islamic-state"
    assert kb.group_of("islamic-state") == "islamic-state"
    assert kb.group_of("katiba-macina") == "al-qaeda"  # via JNIM
    assert kb.group_of("unhcr") == "united-nations"
    assert kb.group_of("kabul") == "kabul"  # a capital is no part of its state's family


@pytest.mark.parametrize(
    "institution, state",
    [
        ("kremlin", "russia"),
        ("white-house", "united-states"),
        ("us-department-of-defense", "united-states"),
        ("downing-street", "united-kingdom"),
        ("elysee-palace", "france"),
    ],
)
def test_institutions_are_actors_of_their_own_that_roll_up_to_their_state(kb, institution, state):
    assert institution != state and kb.actors[institution].type == "ORG"
    assert kb.group_of(institution) == state
    assert kb.actors[institution].metonym_for is None


def test_capitals_stand_for_their_state(kb):
    assert kb.actors["washington"].metonym_for == "united-states"
    assert kb.actors["kabul"].country == "afghanistan"


def write(tmp_path, content, name="extra.json"):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_user_entries_extend_the_knowledge_base_from_a_file_or_a_dict(tmp_path):
    entries = {"actors": [{"id": "eastern-front", "name": "Eastern Front", "type": "ORG", "aliases": ["EF"]}]}
    for extra in (write(tmp_path, entries), str(write(tmp_path, entries)), entries, entries["actors"]):
        kb = load_knowledge_base(extra)
        assert kb.lookup("EF").actor_id == "eastern-front"
        assert kb.lookup("Taliban").actor_id == "taliban"


def test_user_aliases_win_over_shipped_ones():
    kb = load_knowledge_base([{"id": "khorasan-cell", "name": "Khorasan Cell", "type": "ORG", "aliases": ["ISKP"]}])
    assert kb.lookup("ISKP").actor_id == "khorasan-cell"
    assert kb.lookup("ISIS-K").actor_id == "islamic-state-khorasan"


def test_a_user_entry_with_a_shipped_id_replaces_it():
    kb = load_knowledge_base([{"id": "taliban", "name": "Islamic Emirate", "type": "ORG", "aliases": ["IEA"]}])
    assert kb.actors["taliban"].name == "Islamic Emirate"
    assert kb.lookup("IEA").actor_id == "taliban"


def test_a_malformed_entry_names_the_file_and_the_entry(tmp_path):
    path = write(tmp_path, [{"id": "ok-group", "name": "Ok", "type": "ORG"}, {"id": "bad-group", "name": "Bad"}])
    with pytest.raises(KnowledgeBaseError, match=r"extra\.json: entry 1 \(id 'bad-group'\): type"):
        load_knowledge_base(path)


@pytest.mark.parametrize(
    "entry, problem",
    [
        ({"id": "Bad Id", "name": "X", "type": "ORG"}, "id"),
        ({"id": "x", "name": "X", "type": "ARMY"}, "type"),
        ({"id": "x", "name": "X", "type": "ORG", "aliases": "X1"}, "aliases"),
        ({"id": "x", "name": "X", "type": "ORG", "alias": ["X1"]}, "alias"),
        ({"id": "x", "name": "", "type": "ORG"}, "name"),
    ],
)
def test_each_kind_of_bad_field_is_reported(tmp_path, entry, problem):
    with pytest.raises(KnowledgeBaseError, match=rf"entry 0 .*{problem}"):
        load_knowledge_base(write(tmp_path, [entry]))


def test_invalid_json_names_the_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match=r"broken\.json: not valid JSON"):
        load_knowledge_base(write(tmp_path, '{"actors": [', "broken.json"))


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(KnowledgeBaseError, match=r"missing\.json"):
        load_knowledge_base(tmp_path / "missing.json")


def test_one_alias_may_name_several_actors(tmp_path):
    path = write(
        tmp_path,
        [
            {"id": "front-a", "name": "Front A", "type": "ORG", "country": "kenya", "aliases": ["The Front"]},
            {"id": "front-b", "name": "Front B", "type": "ORG", "country": "nigeria", "aliases": ["the front"]},
        ],
    )
    kb = load_knowledge_base(path)
    assert [e.actor_id for e in kb.candidates("the Front")] == ["front-a", "front-b"]
    assert kb.lookup("The Front").actor_id == "front-a"  # the first, where nothing else decides
    assert [e.actor_id for e in kb.candidates("Front B")] == ["front-b"]
    assert kb.candidates("no such front") == ()


def test_a_users_alias_replaces_a_shared_shipped_one():
    kb = load_knowledge_base([{"id": "coastal-shabab", "name": "Coastal Shabab", "type": "ORG", "aliases": ["al-Shabab"]}])
    assert [e.actor_id for e in kb.candidates("al-Shabab")] == ["coastal-shabab"]


def test_the_shipped_al_shabab_names_two_actors(kb):
    assert {e.actor_id for e in kb.candidates("al-Shabab")} == {"al-shabaab", "islamic-state-mozambique"}


def test_unknown_references_and_parent_loops_are_errors():
    with pytest.raises(KnowledgeBaseError, match="parent 'no-such-group' is not a known id"):
        load_knowledge_base([{"id": "cell", "name": "Cell", "type": "ORG", "parent": "no-such-group"}])
    loop = [
        {"id": "cell-a", "name": "Cell A", "type": "ORG", "parent": "cell-b"},
        {"id": "cell-b", "name": "Cell B", "type": "ORG", "parent": "cell-a"},
    ]
    with pytest.raises(KnowledgeBaseError, match="parent chain loops"):
        load_knowledge_base(loop)


def test_a_shipped_file_may_share_an_alias_between_two_actors(tmp_path):
    directory = tmp_path / "kb"
    shutil.copytree(KB_DIR, directory, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    regions = json.loads((directory / "regions.json").read_text(encoding="utf-8"))
    regions["actors"].append({"id": "other-gaza", "name": "Gaza City Region", "type": "LOC", "aliases": ["Gaza"]})
    (directory / "regions.json").write_text(json.dumps(regions), encoding="utf-8")
    kb = load_knowledge_base(directory=directory)
    assert "other-gaza" in {e.actor_id for e in kb.candidates("Gaza")}


def test_an_unknown_country_code_names_the_entry(tmp_path):
    directory = tmp_path / "kb"
    shutil.copytree(KB_DIR, directory, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    countries = json.loads((directory / "countries.json").read_text(encoding="utf-8"))
    countries["countries"]["XYZ"] = {"demonyms": ["Xyzian"]}
    (directory / "countries.json").write_text(json.dumps(countries), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"countries\.json: entry 'XYZ'"):
        load_knowledge_base(directory=directory)


LATIN = st.characters(whitelist_categories=("Lu", "Ll"), min_codepoint=0x41, max_codepoint=0x24F)
WORDS = st.text(alphabet=LATIN, min_size=1, max_size=8)


@given(words=st.lists(WORDS, min_size=1, max_size=4))
def test_keys_ignore_case_hyphens_dots_and_a_leading_article(words):
    name = " ".join(words)
    key = alias_key(name)
    assert alias_key(key) == key
    assert alias_key("-".join(words)) == key
    assert alias_key(f"the {name.upper()}") == alias_key(name.upper())
    assert alias_key(name.upper()) == alias_key(name.lower())


def test_an_extra_file_that_is_not_utf8_or_nested_too_deeply_is_named(tmp_path):
    latin = tmp_path / "latin.json"
    latin.write_bytes('[{"id": "caf\xe9", "name": "Caf\xe9", "type": "ORG"}]'.encode("latin-1"))
    with pytest.raises(KnowledgeBaseError, match=r"latin\.json"):
        load_knowledge_base(latin)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"deep\.json"):
        load_knowledge_base(deep)
