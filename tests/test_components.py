"""The stand-ins for the model's attribute ruler and lemmatizer write exactly what spaCy's write."""

import warnings

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.pipeline import AttributeRuler

from geonews_extract.components.attribute_ruler import CachedAttributeRuler
from geonews_extract.components.lemmatizer import CachedEnglishLemmatizer, WordList
from geonews_extract.pipeline import STAGES_CONFIG, build_pipeline, load_model, read_stage_config, swap_components

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, NORM]

TEXTS = [
    "She told us that nothing was gonna stop them, but I'd say they wanna wait.",
    "The ministers haven't agreed; it's a deal that those leaders won't sign before the summit.",
    "  Officials in Lagos said on Tuesday:\n\n\"We are nothin' without the harbour workers.\"",
    "Whether anyone will come is something he's gotta decide himself, and so does she.",
    "Prices rose 4.5% in March — the fastest pace since 1991 — as exports of steel fell.",
    "Who'd believe it?  Our team lost 2-1 to theirs , yet ours played better than yours.",
    "",
    "\n",
]


@pytest.fixture(scope="module")
def models():
    """The model as shipped, and the same model with the stand-ins swapped in."""
    own = load_model()
    swapped = load_model()
    swap_components(swapped, read_stage_config().replace)
    return own, swapped


def arrays(docs):
    return [doc.to_array(ATTRS) for doc in docs]


def test_the_stand_ins_replace_the_models_components_in_place(models):
    own, swapped = models
    assert swapped.pipe_names == own.pipe_names
    assert isinstance(swapped.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(swapped.get_pipe("lemmatizer"), CachedEnglishLemmatizer)
    assert swapped.get_pipe("attribute_ruler").patterns == own.get_pipe("attribute_ruler").patterns
    assert swapped.get_pipe_meta("lemmatizer").factory == "geonews_lemmatizer"
    assert swapped.config["components"]["lemmatizer"]["mode"] == "rule"


def test_every_token_gets_what_spacys_components_give_it(models):
    own, swapped = models
    texts = TEXTS * 2  # the second time every combination is remembered
    expected = arrays(own.pipe(texts))
    for one, other in zip(expected, arrays(swapped.pipe(texts)), strict=True):
        assert numpy.array_equal(one, other)
    for text in TEXTS:
        assert own(text).to_bytes() == swapped(text).to_bytes()


def test_without_a_parse_the_rules_on_dependencies_match_as_in_spacy(models):
    own, swapped = models
    for text in TEXTS:
        docs = []
        for nlp in (own, swapped):
            doc = nlp.make_doc(text)
            for name in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"):
                doc = nlp.get_pipe(name)(doc)
            docs.append(doc)
        assert numpy.array_equal(*arrays(docs))


def rulers():
    nlp = spacy.blank("en")
    return nlp, AttributeRuler(nlp.vocab), CachedAttributeRuler(nlp.vocab)


def tagged(nlp, text, tags):
    doc = nlp.make_doc(text)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_rules_of_every_kind_take_effect_in_the_order_they_were_added():
    nlp, spacys, ours = rulers()
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": {"IN": ["river", "lake"]}}]], "attrs": {"LEMMA": "water"}},
        {"patterns": [[{"LOWER": "big"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "large"}, "index": 1},
        {"patterns": [[{"LOWER": {"REGEX": "^fl"}, "TAG": {"NOT_IN": ["VB"]}}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"TAG": "DT", "OP": "?"}, {"LOWER": "lake"}]], "attrs": {"MORPH": "Number=Plur"}, "index": -1},
        {"patterns": [[{"LENGTH": 4}]], "attrs": {"TAG": "XX"}},
        {"patterns": [[{"LOWER": "the"}]], "attrs": {"NORM": "teh", "_": {}}},
        {"patterns": [[{"LOWER": "lake"}]], "attrs": {"MORPH": "Number=Sing|Foo=Bar"}},
    ]
    spacys.add_patterns(patterns)
    ours.add_patterns(patterns)
    tags = ["DT", "JJ", "NN", "VBD", "IN", "DT", "NN", "CC", "NN", "VB", "NN", "."]
    text = "The big river flowed into the lake and Flint flow floods ."
    for _ in range(2):
        one, other = (ruler(tagged(nlp, text, tags)) for ruler in (spacys, ours))
        assert numpy.array_equal(one.to_array(ATTRS), other.to_array(ATTRS))
    assert other[2].lemma_ == "large"  # the later two-token rule wins over "water"
    assert str(other[6].morph) == "Foo=Bar|Number=Sing"  # a later one-token rule wins over an earlier rule with an operator


def test_a_rule_whose_index_falls_outside_its_match_fails_as_in_spacy():
    nlp, spacys, ours = rulers()
    for ruler in (spacys, ours):
        ruler.add([[{"LOWER": "big"}, {"LOWER": "river"}]], {"LEMMA": "x"}, index=2)
        with pytest.raises(ValueError, match="E1001"):
            ruler(nlp("a big river"))


def test_rules_added_later_are_used():
    nlp, _spacys, ours = rulers()
    ours.add([[{"LOWER": "river"}]], {"LEMMA": "stream"})
    assert ours(nlp("the river"))[1].lemma_ == "stream"
    ours.add([[{"LOWER": "river"}]], {"LEMMA": "creek"})
    assert ours(nlp("the river"))[1].lemma_ == "creek"


def test_the_ruler_saves_and_loads_as_spacys(tmp_path):
    nlp, spacys, ours = rulers()
    spacys.add([[{"LOWER": "river"}]], {"LEMMA": "stream"})
    ours.from_bytes(spacys.to_bytes())
    spacys.to_disk(tmp_path / "ruler")
    loaded = CachedAttributeRuler(nlp.vocab).from_disk(tmp_path / "ruler")
    assert ours.patterns == spacys.patterns == loaded.patterns
    assert loaded(nlp("the river"))[1].lemma_ == "stream"


def test_lemmas_are_spacys_also_without_a_part_of_speech_and_when_overwriting(models):
    own, swapped = models
    for overwrite in (False, True):
        theirs, ours = own.get_pipe("lemmatizer"), swapped.get_pipe("lemmatizer")
        theirs.overwrite = ours.overwrite = overwrite
        try:
            for text in TEXTS:
                docs = [nlp.make_doc(text) for nlp in (own, swapped)]
                for doc in docs if len(docs[0]) else []:
                    doc[0].lemma_ = "preset"  # kept unless overwriting
                with warnings.catch_warnings(record=True) as seen:
                    warnings.simplefilter("always")
                    theirs(docs[0])
                    spacy_warnings = len(seen)
                    ours(docs[1])
                assert len(seen) == 2 * spacy_warnings  # the warning on tokens without a tag stays
                assert numpy.array_equal(*arrays(docs))
        finally:
            theirs.overwrite = ours.overwrite = False


def test_the_lookup_mode_is_spacys():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("geonews_lemmatizer", config={"mode": "lookup"})
    assert isinstance(lemmatizer, CachedEnglishLemmatizer)
    lemmatizer.lookups.add_table("lemma_lookup", {"rivers": "river"})
    assert [t.lemma_ for t in nlp("two rivers")] == ["two", "river"]


def test_a_config_file_without_stand_ins_keeps_the_models_own_components(tmp_path):
    text = STAGES_CONFIG.read_text(encoding="utf-8")
    start = text.index("[geonews.replace]")
    end = text.index("[components]")
    plain = tmp_path / "stages.cfg"
    plain.write_text(text[:start] + text[end:])
    nlp = build_pipeline(config_file=plain, stages=[])
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    assert nlp.get_pipe_meta("lemmatizer").factory == "lemmatizer"
    assert build_pipeline(stages=[]).get_pipe_meta("attribute_ruler").factory == "geonews_attribute_ruler"


def test_a_pipeline_with_the_stand_ins_survives_to_disk(tmp_path):
    nlp = build_pipeline(stages=[])
    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    assert isinstance(again.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(again.get_pipe("lemmatizer"), CachedEnglishLemmatizer)
    text = TEXTS[0]
    assert nlp(text).to_bytes() == again(text).to_bytes()


def test_the_lemmatizer_saves_tables_that_lemmatise_as_the_models(models):
    own, swapped = models
    for nlp in models:
        list(nlp.pipe(TEXTS))
    theirs, ours = own.get_pipe("lemmatizer"), swapped.get_pipe("lemmatizer")
    reloaded = CachedEnglishLemmatizer(own.vocab, None, mode="rule").from_bytes(ours.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    assert set(reloaded.lookups.tables) == set(theirs.lookups.tables)
    for name in theirs.lookups.tables:
        table, again = theirs.lookups.get_table(name), reloaded.lookups.get_table(name)
        assert set(table) == set(again)
        for key, value in table.items():
            assert (sorted(value) if isinstance(value, list) else value) == (sorted(again[key]) if isinstance(value, list) else again[key])


def test_the_word_lists_answer_as_lists():
    words = ["river", "lake", "sea", "Lake"]
    sorted_list = WordList(words)
    assert sorted(sorted_list) == sorted(words)
    for word in [*words, "ocean", "", "lakes", 3, None]:
        assert (word in sorted_list) == (word in words)
