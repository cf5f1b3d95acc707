"""The quotes stage: direct, indirect and mixed quotes with speaker, cue and entity."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quoting import quotes_benchmark
from spacy.util import raise_error

from geonews_extract import Document, extract
from geonews_extract.annotations import quotes_of as stored_quotes
from geonews_extract.annotations import warnings_of
from geonews_extract.quotes import pair_marks
from geonews_extract.stages.quotes import Quotes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def quotes_of(nlp, text):
    return extract(text, published="2024-05-01", nlp=nlp).quotes


def entity_surfaces(document: Document, entity_id):
    entity = document.entity(entity_id) if entity_id else None
    return {m.text for m in entity.mentions} if entity else set()


def only(quotes, **fields):
    found = [q for q in quotes if all(_field(q, k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, [(q.kind, q.content.text, q.speaker and q.speaker.text) for q in quotes])
    return found[0]


def _field(quote, name):
    if name == "speaker":
        return quote.speaker.text if quote.speaker else None
    value = getattr(quote, name)
    return value.text if hasattr(value, "text") else value


# ---- the seed article ---------------------------------------------------------------------
def test_seed_required_quotes(seed, seed_document):
    _, gold = seed
    document = seed_document
    for expected in gold["quotes"]["required"]:
        matches = [
            q for q in document.quotes
            if q.kind == expected["kind"] and q.content.text.startswith(expected["content_starts"])
            and q.cue is not None and q.cue.text == expected["cue"]
        ]
        assert len(matches) == 1, expected
        speaker = matches[0].speaker
        assert speaker is not None, expected
        if expected["speaker_group"] is None:
            assert speaker.text == expected["speaker"] and speaker.entity_id is None, (expected, speaker)
        else:
            assert expected["speaker_group"] in entity_surfaces(document, speaker.entity_id), (expected, speaker)


def test_seed_stretch_quote(seed, seed_document):
    _, gold = seed
    for expected in gold["quotes"]["stretch"]:
        quote = only(seed_document.quotes, cue=expected["cue"])
        assert quote.kind == expected["kind"] and quote.content.text.startswith(expected["content_starts"])
        assert expected["speaker_group"] in entity_surfaces(seed_document, quote.speaker.entity_id)


def test_seed_scare_quote_is_no_quote(seed, seed_document):
    _, gold = seed
    contents = {q.content.text for q in seed_document.quotes}
    assert not contents & set(gold["quotes"]["never"]["contents"])


def test_seed_channel_is_its_own_span(seed_document):
    first = seed_document.quotes[0]
    assert first.channel is not None and first.channel.text == "in a statement on Twitter"


# ---- the article fixtures and the annotated cases, through the benchmark's scoring -------------


@pytest.mark.parametrize("source", ["cases", "articles"])
def test_fixture_figures_hold(nlp, source):
    bench = quotes_benchmark()
    docs = bench.load_cases() if source == "cases" else bench.load_articles()
    if not docs:
        pytest.skip("no fixtures")
    mine, _, _ = bench.run(docs, nlp, details=False, with_textacy=False)
    table = bench.score(docs, mine, text_forms=source == "cases")
    for figure, floor in (("content overlap", 0.95), ("speaker", 0.95), ("speaker + entity", 0.8)):
        precision, recall, _ = table[figure]["kind must match"].prf()
        assert precision >= floor and recall >= floor, (figure, precision, recall)


def test_cases_fixture_is_well_formed():
    lines = (FIXTURES / "quotes" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines]
    assert len(cases) >= 60
    for case in cases:
        for quote in case["quotes"]:
            assert quote["kind"] in ("direct", "indirect", "mixed")
            for key in ("content", "speaker", "cue", "entity"):
                assert quote[key] is None or quote[key] in case["text"], (case["id"], key)


# ---- direct quotes ------------------------------------------------------------------------------
def test_direct_attribution_after_before_and_between(nlp):
    quotes = quotes_of(
        nlp,
        'Lina Farouk spoke after the vote. "The count was fair," she said.\n'
        'Omar Haddad told reporters: “We will appeal the result.”\n'
        '"Nobody has called me," Haddad added, "but I am ready to talk."',
    )
    assert only(quotes, content="The count was fair", speaker="she", cue="said", kind="direct")
    assert only(quotes, content="We will appeal the result.", speaker="Omar Haddad", cue="told")
    interrupted = only(quotes, speaker="Haddad", cue="added")
    assert [p.text for p in interrupted.parts] == ["Nobody has called me", "but I am ready to talk."]


def test_direct_quote_over_paragraphs_is_one_quote(nlp):
    text = (
        'The mayor described the night.\n'
        '"The water came in minutes. We lost everything.\n'
        '"We are still waiting for help," said Rosa Mendes, the mayor of the town.'
    )
    quote = only(quotes_of(nlp, text), speaker="Rosa Mendes")
    assert quote.content.text.startswith("The water came") and quote.content.text.endswith("waiting for help")
    assert quote.kind == "direct"


def test_a_paragraph_that_is_only_a_quote_continues_the_quote_before(nlp):
    # The convention: the same quote going on (as attribution corpora join it), not a cue-less quote of its own.
    text = '"The talks were useful," said Tomas Berg.\n"We meet again next week."'
    quote = only(quotes_of(nlp, text), speaker="Tomas Berg")
    assert quote.cue.text == "said" and quote.kind == "direct"
    assert [p.text for p in quote.parts] == ["The talks were useful", "We meet again next week."]
    assert quote.content.text.startswith("The talks") and quote.content.text.endswith("next week.")


def test_a_paragraph_opening_with_a_stray_closing_mark_is_no_quote_going_on(nlp):
    text = 'He said " we rebuild \n ” " stays'
    for quote in extract(text, nlp=nlp).quotes:
        assert not (quote.content.start < text.index("\n") < quote.content.end), quote


def test_a_quote_goes_on_over_several_paragraphs_each_closed(nlp):
    text = (
        'Nadia Ferreira runs the only bakery in the village.\n'
        '"The flour comes by boat," Ferreira told the council. "Some weeks it does not come."\n'
        '"Then we bake less bread."\n'
        '"Nobody has gone hungry yet."'
    )
    quote = only(quotes_of(nlp, text), speaker="Ferreira")
    assert quote.cue.text == "told"
    assert [p.text for p in quote.parts] == [
        "The flour comes by boat", "Some weeks it does not come.", "Then we bake less bread.", "Nobody has gone hungry yet.",
    ]


def test_a_quote_paragraph_with_its_own_cue_is_its_own_quote(nlp):
    text = '"The talks were useful," said Tomas Berg.\n"We meet again next week," his deputy added.'
    quotes = quotes_of(nlp, text)
    berg = only(quotes, speaker="Tomas Berg")
    assert berg.content.text == "The talks were useful" and berg.parts == []
    assert only(quotes, content="We meet again next week", cue="added").speaker.text == "his deputy"


def test_a_paragraph_with_words_before_its_quote_does_not_continue_it(nlp):
    text = '"The talks were useful," said Tomas Berg.\nThe next round is "a formality."'
    quotes = quotes_of(nlp, text)
    berg = only(quotes, speaker="Tomas Berg")
    assert berg.content.text == "The talks were useful" and berg.parts == []
    assert not any("formality" in q.content.text for q in quotes)


def test_pronoun_and_statement_resolve_to_earlier_speakers(nlp):
    text = (
        "Ashraf Ghani left the country in August.\n"
        '"I had no choice," he said in a video message.\n'
        "The Islamic Emirate issued a statement on Monday.\n"
        '"Our airspace must be respected," the statement said.'
    )
    document = extract(text, nlp=nlp)
    he = only(document.quotes, speaker="he")
    assert "Ashraf Ghani" in entity_surfaces(document, he.speaker.entity_id)
    assert he.channel.text == "in a video message"
    statement = only(document.quotes, speaker="the statement")
    assert any("Islamic Emirate" in s for s in entity_surfaces(document, statement.speaker.entity_id))


def test_scare_quotes_and_titles_are_no_quotes(nlp):
    assert quotes_of(nlp, 'Officials described the raid as a "surgical" strike on the camp.') == []
    assert quotes_of(nlp, 'The film "Return to Kandahar" opened in Kabul on Friday.') == []


# ---- indirect and mixed quotes ---------------------------------------------------------------
def test_indirect_quotes_from_the_parse(nlp):
    quotes = quotes_of(
        nlp,
        "Pakistani officials say the crossing will remain closed. "
        "Critics warn that the law gives the police too much power. "
        "At least 12 people died in the blast, according to local police.",
    )
    assert only(quotes, content="the crossing will remain closed", speaker="Pakistani officials", kind="indirect")
    critics = only(quotes, speaker="Critics", cue="warn")
    assert critics.content.text == "the law gives the police too much power" and critics.speaker.entity_id is None
    assert only(quotes, content="At least 12 people died in the blast", speaker="local police", cue="according to")


def test_mixed_quote_keeps_its_quoted_words_and_a_scare_quote_does_not_make_one(nlp):
    quotes = quotes_of(
        nlp,
        'Josep Borrell said the attack was "a grave violation of international law". '
        'Western diplomats say the mission will keep a "light-footprint" presence in the capital.',
    )
    assert only(quotes, speaker="Josep Borrell").kind == "mixed"
    assert only(quotes, speaker="Josep Borrell").content.text == 'the attack was "a grave violation of international law"'
    assert only(quotes, speaker="Western diplomats").kind == "indirect"


def test_reports_of_their_own_are_cut_from_the_content(nlp):
    quotes = quotes_of(
        nlp,
        "Rights groups say the fighters abused civilians, but the Kremlin has denied that the group acts for it.",
    )
    assert only(quotes, speaker="Rights groups").content.text == "the fighters abused civilians"
    assert only(quotes, speaker="the Kremlin").content.text == "the group acts for it"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the bridge would reopen in May, a sign of how fast the repairs have gone.",
         "the bridge would reopen in May"),
        ("She said she would back a higher wage, which the council will debate next week.",
         "she would back a higher wage"),
        ("The coach said he trusts the new captain, whose father played for the club.", "he trusts the new captain"),
        # inside the clause, or hanging from a noun rather than the clause, it is the speaker's
        ("The governor said the town of Ely, which lost its mill in May, would get new money.",
         "the town of Ely, which lost its mill in May, would get new money"),
        ("The agency said the storm killed 12 people, most of them in the north.",
         "the storm killed 12 people, most of them in the north"),
        ("The mayor said repairs would cost more than the sum that the council set aside.",
         "repairs would cost more than the sum that the council set aside"),
    ],
)
def test_the_writers_comment_after_a_comma_is_not_content(nlp, text, content):
    [quote] = quotes_of(nlp, text)
    assert quote.content.text == content


def test_complements_the_parser_loses_and_relative_clauses(nlp):
    quotes = quotes_of(
        nlp,
        "The convoy was hit by a drone strike on Friday that the ministry later acknowledged killed four aid "
        "workers. It was a bombing that the army admitted hit a school. "
        "The group, which said it was behind the attack, has been banned.",
    )
    assert only(quotes, cue="acknowledged").content.text == "killed four aid workers"
    assert only(quotes, cue="admitted").speaker.text == "the army"
    assert only(quotes, speaker="The group, which").content.text == "it was behind the attack"


def test_a_quoted_fragment_before_its_attribution_is_a_mixed_quote(nlp):
    quotes = quotes_of(nlp, 'The firm closed the account for breaking "our rules on threats," spokesman Sam Reyes said.')
    quote = only(quotes, speaker="spokesman Sam Reyes")
    assert quote.kind == "mixed" and quote.content.text.startswith("The firm closed the account")


def test_the_same_noun_is_the_same_speaker_and_plurals_are_no_person(nlp):
    document = extract(
        "Investigators arrested Carlos Mendez on Monday. A police official said Mendez had fled twice. "
        "The official said the case was closed. These officials said the search went on. "
        "They said more arrests were likely.",
        nlp=nlp,
    )
    for speaker in ("The official", "These officials", "They"):
        assert only(document.quotes, speaker=speaker).speaker.entity_id is None, speaker


def test_whose_speaker_it_is(nlp):
    document = extract(
        "Lawyers for the family in Miami said the boy should stay. "
        "Maria Ortiz's brother said she had left the country. "
        "Officials in the Kurdistan Regional Government said the strikes hit farmland. "
        "The family, who said they had received threats, left the city.",
        nlp=nlp,
    )
    assert only(document.quotes, speaker="Lawyers for the family in Miami").speaker.entity_id is None
    assert only(document.quotes, speaker="Maria Ortiz's brother").speaker.entity_id is None
    krg = only(document.quotes, cue="said", content="the strikes hit farmland").speaker.entity_id
    assert any("Kurdistan Regional Government" in s for s in entity_surfaces(document, krg))
    assert only(document.quotes, content="they had received threats").speaker.text == "The family, who"


def test_a_subject_across_a_line_break_is_not_the_speaker(nlp):
    quotes = quotes_of(nlp, "DENVER (AP) --\n\nThe owner of a local radio station says the licence was revoked.")
    assert only(quotes, cue="says").speaker.text.startswith("The owner")


def test_cues_that_report_nothing(nlp):
    quotes = quotes_of(
        nlp,
        "It is important to note that the figures are early. The minister declined to say whether talks "
        "had failed. The army did not say the town had fallen. Prices fell. That according to a survey of traders.",
    )
    assert quotes == []


def test_dateline_is_not_content(nlp):
    quote = only(quotes_of(nlp, "Storm Hits Coast\nLAGOS, Nigeria (AP) — Floods cut the main road on Monday, officials said."),
                 speaker="officials")
    assert quote.content.text == "Floods cut the main road on Monday"


# ---- the lexicon is data the user can extend -----------------------------------------------------
def test_extra_cues_and_generic_sources(nlp):
    text = "The court ruled the election was invalid. Reporters of Reuters said the count went on."
    doc = nlp(text)
    assert not any(q.kind == "indirect" and doc.text[slice(*q.cue)] == "ruled" for q in stored_quotes(doc))
    reporters = next(q for q in stored_quotes(doc) if doc.text[slice(*q.cue)] == "said")
    assert reporters.speaker_entity_id is not None  # "of Reuters" names whose reporters they are
    stage = Quotes(nlp, extra_cues=["rule"], extra_generic_sources=["reporter"])
    quotes = stored_quotes(stage(nlp(text)))
    ruled = next(q for q in quotes if doc.text[slice(*q.cue)] == "ruled")
    assert doc.text[slice(*ruled.content)] == "the election was invalid"
    assert next(q for q in quotes if doc.text[slice(*q.cue)] == "said").speaker_entity_id is None


def test_lexicon_travels_with_the_stage(nlp, tmp_path):
    stage = Quotes(nlp, extra_cues=["rule", "in the view of"])
    stage.to_disk(tmp_path)
    restored = Quotes(nlp).from_disk(tmp_path)
    assert "rule" in restored.lexicon.verbs and ("in", "the", "view", "of") in restored.lexicon.phrases
    assert restored.lexicon == stage.lexicon


def test_a_failure_is_a_warning_by_default_and_an_error_with_spacys_raise_handler(nlp, monkeypatch):
    import geonews_extract.stages.quotes as module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "find_quotes", broken)
    stage = Quotes(nlp)
    doc = stage(nlp.make_doc('"Hello," he said.'))
    assert stored_quotes(doc) == [] and any("boom" in w for w in warnings_of(doc))
    stage.set_error_handler(raise_error)
    with pytest.raises(RuntimeError, match="boom"):
        stage(nlp.make_doc('"Hello," he said.'))


# ---- quotation marks ------------------------------------------------------------------------------
def contents(text):
    return [text[slice(*s.content)] for s in pair_marks(text).segments]


def test_marks_pair_straight_curly_and_mixed():
    assert contents('a "b c" d “e f” g “h i" j') == ["b c", "e f", "h i"]


def test_nested_and_apostrophes():
    text = "“He said ‘go home’ to the fighters’ leaders,” she said. The group's men left."
    assert contents(text) == ["He said ‘go home’ to the fighters’ leaders,", "go home"]
    assert [s.depth for s in pair_marks(text).segments] == [0, 1]


def test_a_quote_continues_only_into_a_paragraph_that_reopens_it():
    text = '"First part.\n"Second part," she said.\nThen "open only.\nPlain line.'
    marks = pair_marks(text)
    assert contents(text)[0] == 'First part.\n"Second part,'
    unclosed = marks.segments[-1]
    assert not unclosed.closed and text[slice(*unclosed.content)] == "open only."
    assert marks.unpaired
    assert len(marks.runs) == 3


def test_newswire_grave_and_apostrophe_marks():
    text = "He said: ``We will go on.'' Nobody's plans changed."
    assert contents(text) == ["We will go on."]


def test_doubled_apostrophes_open_and_close_a_quote():
    # typewriter copy writes '' on both sides; the side of the space tells which one opens
    text = "''We will go on,'' he said. ''It is not over.'' The crew's ''own'' boat sank."
    assert contents(text) == ["We will go on,", "It is not over.", "own"]


def test_doubled_apostrophes_quote_is_a_direct_quote_of_its_speaker(nlp):
    text = "''The dam held,'' said Ana Ruiz. ''We were lucky.''"
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "direct" and quote.speaker.text == "Ana Ruiz"
    assert [p.text for p in quote.parts] == ["The dam held", "We were lucky."]


def test_stray_closing_mark_pairs_with_nothing():
    marks = pair_marks('The army said" it had won.')
    assert marks.segments == () and marks.unpaired == (13,)


def test_unpaired_marks_are_reported(nlp):
    document = extract('He said" it was over.', nlp=nlp)
    assert any("quotation mark" in w for w in document.warnings)


# ---- any input ---------------------------------------------------------------------------------
PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "''", "``", "«", "»", "\n", "\n\n", " ", ",", ".", ":", "said", "he said",
     "the Taliban said", "officials say", "that", "according to", "US officials", "We will fight",
     "the group", "warned that", "Kabul", "attacks could", "“over-the-horizon”"]
)
QUOTY = st.lists(PIECES, min_size=1, max_size=40).map(" ".join) | st.lists(PIECES, min_size=1, max_size=40).map("".join)


def crosses_unmarked_break(text: str, start: int, end: int) -> bool:
    """A newline inside the span that the next paragraph does not open with a quotation mark."""
    for i in range(start, end):
        if text[i] == "\n":
            rest = text[i + 1 : end].lstrip()
            if rest and rest[0] not in "\"“„«‘" and not rest.startswith(("''", "``")):
                return True
    return False


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUOTY)
def test_any_quotation_marks(nlp, text):
    if not text.strip():
        return
    document = extract(text, nlp=nlp)
    for quote in document.quotes:
        for span in (quote.content, quote.speaker, quote.cue, quote.channel):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert not crosses_unmarked_break(text, quote.content.start, quote.content.end), quote


# ---- cue and source files are checked when the stage is built ---------------------------------------
@pytest.mark.parametrize(
    ("file_name", "data", "named"),
    [
        ("cues.json", {"speach": ["say"]}, "speach"),
        ("cues.json", {"speech": "say"}, "speech"),
        ("cues.json", {"phrases": [["according", "to"]]}, "phrases"),
        ("cues.json", ["say"], "object"),
        ("sources.json", {"generic": ["critic"], "pronoun": {"he": ["PERSON"]}}, "pronoun"),
        ("sources.json", {"pronouns": {"he": "PERSON"}}, "pronouns"),
        ("sources.json", {"definite": {"state": {"nouns": ["army"], "type": ["GPE"]}}}, "definite.state.type"),
        ("sources.json", {"definite": {"state": ["army"]}}, "definite.state"),
    ],
)
def test_a_cue_or_source_file_of_the_wrong_shape_is_rejected_by_name(nlp, tmp_path, file_name, data, named):
    from geonews_extract.datafiles import DataFileError

    path = tmp_path / file_name
    path.write_text(json.dumps(data), encoding="utf-8")
    setting = {"cues": str(path)} if file_name == "cues.json" else {"sources": str(path)}
    with pytest.raises(DataFileError) as raised:
        Quotes(nlp, **setting)
    message = str(raised.value)
    assert str(path) in message and named in message and "expected" in message


def test_a_well_formed_user_cue_file_is_used(nlp, tmp_path):
    path = tmp_path / "cues.json"
    path.write_text(json.dumps({"_about": "mine", "speech": ["proclaim"], "phrases": ["in the view of"]}), encoding="utf-8")
    stage = Quotes(nlp, cues=str(path))
    assert stage.lexicon.verbs == {"proclaim"} and stage.lexicon.phrases == (("in", "the", "view", "of"),)


# ---- an enormous sentence is read in pieces, with exact offsets and a warning ----------------------
def test_a_sentence_too_long_to_read_whole_is_read_in_pieces(nlp):
    stage = Quotes(nlp, max_sentence_tokens=40)
    text = "said " * 120 + "\nThe mayor said the bridge would reopen in May."
    doc = stage(_parsed_without_quotes(nlp, text))
    assert any("read in pieces" in w for w in warnings_of(doc))
    quote = next(q for q in stored_quotes(doc) if text[slice(*q.content)] == "the bridge would reopen in May")
    assert text[slice(*quote.speaker)] == "The mayor" and text[slice(*quote.cue)] == "said"


def test_sentences_of_news_length_are_read_whole(nlp):
    doc = nlp('"We had no choice," Ruiz told reporters on Monday after the vote in the regional assembly.')
    assert not any("pieces" in w for w in warnings_of(doc))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["said ", "according to ", "Taliban ", "\"", "he ", ", ", "the army "]), min_size=30, max_size=120))
def test_pieces_keep_every_offset_exact(nlp, words):
    text = "".join(words) + "officials said the talks failed."
    doc = Quotes(nlp, max_sentence_tokens=20)(_parsed_without_quotes(nlp, text))
    for quote in stored_quotes(doc):
        for span in (quote.content, quote.speaker, quote.cue):
            assert span is None or 0 <= span[0] < span[1] <= len(text)


def test_max_sentence_tokens_is_checked_when_the_stage_is_built(nlp):
    for bad in (0, -5, 3.5, True):
        with pytest.raises(ValueError, match="max_sentence_tokens"):
            Quotes(nlp, max_sentence_tokens=bad)


def _parsed_without_quotes(nlp, text):
    doc = nlp.make_doc(text)
    for name, stage in nlp.pipeline:
        if name != "quotes":
            doc = stage(doc)
    return doc


# ---- a quote broken by its attribution, or going on after it, is one quote ---------------------------
def test_an_interrupted_quote_is_one_quote_with_its_pieces(nlp):
    text = '"The talks failed," she added, "and nobody is surprised."'
    [quote] = quotes_of(nlp, text)
    assert [p.text for p in quote.parts] == ["The talks failed", "and nobody is surprised."]
    assert quote.content.start == quote.parts[0].start and quote.content.end == quote.parts[-1].end
    assert quote.cue.text == "added" and quote.speaker.text == "she" and quote.kind == "direct"


def test_a_quote_broken_by_a_long_attribution_is_still_one_quote(nlp):
    # the parse hangs the speaker on the second piece's verb: the piece still goes on with the first
    text = ('"The danger," said Paul Okafor, an engineer who is the chief of the harbour works department, '
            '"is that the wall gives way."')
    [quote] = quotes_of(nlp, text)
    assert [p.text for p in quote.parts] == ["The danger", "is that the wall gives way."]
    assert quote.cue.text == "said" and quote.speaker.text == "Paul Okafor" and quote.kind == "direct"


def test_a_quote_after_an_attribution_sentence_ending_in_an_abbreviation_continues_it(nlp):
    # "Calif." holds the sentence's full stop
    text = '"It was close," said Ana Diaz, 41, who lives in Reno and drove to the rally in Sacramento, Calif. "We will be back."'
    [quote] = quotes_of(nlp, text)
    assert [p.text for p in quote.parts] == ["It was close", "We will be back."]
    assert quote.speaker.text == "Ana Diaz"


def test_a_quote_after_its_attribution_sentence_continues_it(nlp):
    text = 'Ruiz spoke at the harbour.\n"We had no choice," Ruiz told reporters. "The bridge was gone. We waited."'
    [quote] = quotes_of(nlp, text)
    assert [p.text for p in quote.parts] == ["We had no choice", "The bridge was gone. We waited."]
    assert quote.speaker.text == "Ruiz" and quote.cue.text == "told"


@pytest.mark.parametrize(
    "text",
    [
        '"The pier is unsafe," said Tom Berry, head of a club called Friends of the Bay, which expects 500 '
        'members to attend. "They have made it worse."',
        '"The pier is unsafe," Tom Berry told a crowd of 300 on Tuesday after the band played "Hold On." '
        '"They have made it worse."',
    ],
)
def test_a_long_attribution_sentence_still_joins_the_quote_after_it(nlp, text):
    # a clause of its own or a quoted title inside the attribution does not end the quote
    berry = only(quotes_of(nlp, text), speaker="Tom Berry")
    assert [p.text for p in berry.parts] == ["The pier is unsafe", "They have made it worse."]


def test_a_quote_after_a_mixed_quotes_attribution_sentence_continues_it(nlp):
    text = 'The harbour is "far too shallow for the new ships," Ruiz said. "We will have to dredge it."'
    ruiz = only(quotes_of(nlp, text), speaker="Ruiz")
    assert ruiz.kind == "mixed" and ruiz.cue.text == "said"
    assert [p.text for p in ruiz.parts] == ['The harbour is "far too shallow for the new ships,"', "We will have to dredge it."]


def test_a_quote_after_a_mixed_quotes_closing_attribution_continues_it(nlp):
    text = ('The council "ran out of patience with the contractor" last spring, Okafor said. '
            '"Nobody wanted another winter of delays."')
    quote = only(quotes_of(nlp, text), speaker="Okafor")
    assert quote.kind == "mixed"
    assert quote.parts[-1].text == "Nobody wanted another winter of delays."


def test_a_quote_after_someone_else_spoke_does_not_continue(nlp):
    text = '"We had no choice," Ruiz told reporters. The mayor disagreed with him. "The bridge was gone."'
    ruiz = only(quotes_of(nlp, text), speaker="Ruiz")
    assert ruiz.content.text == "We had no choice" and ruiz.parts == []


def test_a_quote_of_one_piece_has_no_parts(nlp):
    [quote] = quotes_of(nlp, '"The bridge is closed," the police said.')
    assert quote.parts == []


@pytest.mark.parametrize(
    ("text", "lead", "quoted"),
    [
        ('If the levee fails, the engineer said, "the whole valley will flood."', "If the levee fails",
         "the whole valley will flood."),
        ("Without the grant, Mara Lindqvist said, \u201cthe clinic would have closed in March.\u201d", "Without the grant",
         "the clinic would have closed in March."),
    ],
)
def test_a_quote_that_goes_on_with_words_before_its_cue_clause_takes_them_in(nlp, text, lead, quoted):
    # 'X, he said, "y"': the sentence opens with the speaker's words, unquoted, and the quote goes on with them
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed" and quote.cue.text == "said"
    assert [p.text for p in quote.parts] == [lead, quoted]
    assert quote.content.start == quote.parts[0].start and quote.content.end == quote.parts[-1].end


@pytest.mark.parametrize(
    ("text", "lead", "quoted"),
    [
        ('The ferry crews, as they are known locally, "have kept this island alive for a century," Ruiz said.',
         "The ferry crews, as they are known locally", "have kept this island alive for a century"),
        ('The old pier, built in 1910 by the navy, "will not see another winter," the harbour master warned.',
         "The old pier, built in 1910 by the navy", "will not see another winter"),
    ],
)
def test_a_quote_whose_verb_has_its_subject_before_the_mark_takes_the_subject_in(nlp, text, lead, quoted):
    # 'X, ..., "verb ...," she said': the quoted words lack their subject, which the sentence gives
    # before the opening mark; the quote is mixed, the subject and the words after it its first part
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed"
    assert [p.text for p in quote.parts] == [lead, quoted]


def test_a_quote_opening_a_sentence_of_its_own_after_a_comma_stays_direct(nlp):
    # a capital opens a sentence of the speaker's own, and a quoted clause with its own subject
    # needs none from before the mark
    for text in ('After the storm, "We will rebuild the pier," the mayor said.',
                 'The pier is gone, "and we will rebuild it," the mayor said.'):
        [quote] = [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text == "said"]
        assert quote.kind == "direct", (text, quote.content.text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('But in a call with reporters on May 2, Col. Ann Reyes, a military spokeswoman in Kabul, said, '
         '"A patrol is a combat operation. There is no way around that."', "Col. Ann Reyes"),
        ('The issue came up after Ms. Lowe, asked about the strike, had said, "I think the drivers have a point."',
         "Ms. Lowe"),
    ],
)
def test_a_name_set_off_before_a_cue_without_a_subject_speaks_the_quote_after_it(nlp, text, speaker):
    # the parse hung the name on a date or on "after" and left the cue without a subject
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "direct" and quote.cue.text == "said"
    assert quote.speaker.text == speaker


def test_a_name_inside_the_aside_before_a_cue_is_no_speaker(nlp):
    [quote] = quotes_of(nlp, 'Ann Reyes, a spokeswoman for the Red Cross, said, "We need more trucks."')
    assert quote.speaker.text == "Ann Reyes"


def test_a_quote_after_a_lead_in_goes_on_into_the_next_paragraph(nlp):
    text = 'If the levee fails, the engineer said, "the whole valley will flood."\n"We have warned them for years."'
    [quote] = quotes_of(nlp, text)  # the paragraph that is only a quote is the same quote going on
    assert quote.speaker.text == "the engineer" and quote.cue.text == "said" and quote.kind == "mixed"
    assert [p.text for p in quote.parts] == [
        "If the levee fails", "the whole valley will flood.", "We have warned them for years.",
    ]


def test_a_quote_after_a_sentence_of_its_own_takes_no_lead_in(nlp):
    # the words before the cue clause hold a cue of their own, or end a sentence: no lead-in
    for text in ('The mayor said the road is open. "We cleared it overnight," she said.',
                 'He said the vote was close, she added, "but fair."'):
        for quote in quotes_of(nlp, text):
            assert quote.kind != "mixed" or quote.cue.text != "added", (text, quote.content.text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The engineer said, "We have two weeks to go" before the river crests.',
         'We have two weeks to go" before the river crests'),
        ("Mara Lindqvist told reporters: \u201cThe clinic will stay open\u201d for every family in the valley.",
         "The clinic will stay open\u201d for every family in the valley"),
    ],
)
def test_a_quote_that_closes_inside_its_sentence_goes_on_to_the_sentence_end(nlp, text, content):
    # the unquoted words after the closing mark finish the speaker's sentence: a mixed quote
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed" and quote.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        '"We have two weeks to go," the engineer said before the meeting.',
        'The engineer said, "We have two weeks to go" according to the memo.',
        'The engineer said, "We have two weeks to go" on Friday afternoon.',
        'The engineer said, "We have two weeks to go" before the flood, the memo shows.',
    ],
)
def test_an_attribution_or_the_writers_words_after_the_closing_mark_are_no_tail(nlp, text):
    for quote in quotes_of(nlp, text):
        assert quote.content.text == "We have two weeks to go", quote


# ---- a cue set between commas inside the clause it reports ------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "pieces"),
    [
        ("The desks, he told her, were for members only.", "he", "told", ["The desks", "were for members only"]),
        ("The convoy, the ministry said, was hit at dawn.", "the ministry", "said", ["The convoy", "was hit at dawn"]),
        ("This harvest, the farmers say, is the worst in a decade.", "the farmers", "say",
         ["This harvest", "is the worst in a decade"]),
        # the parse hangs the clause's own complement on the cue: still the whole clause
        ("There is a danger, some analysts said, that the talks will collapse.", "some analysts", "said",
         ["There is a danger", "that the talks will collapse"]),
        ("It is his duty, he said, to warn the public about the risks.", "he", "said",
         ["It is his duty", "to warn the public about the risks"]),
        # after a fronted subject the parse may take the clause's verb for a noun ("amount"), or the
        # whole sentence for one noun phrase: the cue clause between commas still reports the rest
        ("Such delays, the ministry says, amount to a breach of the contract.", "the ministry", "says",
         ["Such delays", "amount to a breach of the contract"]),
        ("Those fees, critics say, cost families hundreds of dollars a year.", "critics", "say",
         ["Those fees", "cost families hundreds of dollars a year"]),
        ("Higher tariffs, economists warn, hurt exporters first.", "economists", "warn",
         ["Higher tariffs", "hurt exporters first"]),
        # the parse may give the cue the fronted subject as a second subject: the one right before it speaks
        ("Voters, Ortega suggested, don’t have to fear that the new dam will dry up their wells.", "Ortega",
         "suggested", ["Voters", "don’t have to fear that the new dam will dry up their wells"]),
        ("Citizens, Haddad suggested, don’t have to worry that officials like himself can be bought with small "
         "favors.", "Haddad", "suggested",
         ["Citizens", "don’t have to worry that officials like himself can be bought with small favors"]),
    ],
)
def test_a_parenthetical_cue_reports_the_clause_around_it(nlp, text, speaker, cue, pieces):
    quote = only(quotes_of(nlp, text), cue=cue)
    assert quote.kind == "indirect" and quote.speaker.text == speaker
    assert [p.text for p in quote.parts] == pieces
    assert quote.content.text == text[text.index(pieces[0]) : text.index(pieces[-1]) + len(pieces[-1])]


def test_a_comma_clause_that_is_no_cue_reports_nothing(nlp):
    quotes = quotes_of(nlp, "The desks, he noticed with a smile, were new.")
    assert not any(q.cue is not None and q.cue.text == "noticed" for q in quotes)


# ---- quoted words as the object of a speech verb ------------------------------------------------------
def test_quoted_words_as_the_object_of_a_speech_verb_are_a_mixed_quote(nlp):
    quote = only(quotes_of(nlp, 'Her lawyer called the ruling "incoherent" and "unjust".'), cue="called")
    assert quote.kind == "mixed" and quote.speaker.text == "Her lawyer"
    assert quote.content.text == 'the ruling "incoherent" and "unjust"'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('The mayor described the new budget as "a total mess".', "described", 'the new budget as "a total mess"'),
        ('The senator dismissed the report as "pure fiction".', "dismissed", 'the report as "pure fiction"'),
        ('The coach blamed the loss on "a lack of focus".', "blamed", 'the loss on "a lack of focus"'),
    ],
)
def test_quoted_words_describing_an_object_are_a_mixed_quote(nlp, text, cue, content):
    quote = only(quotes_of(nlp, text), cue=cue)
    assert quote.kind == "mixed" and quote.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('The mayor warned of "a very long winter" for the valley.', "warned of", '"a very long winter" for the valley'),
        ('The coach joked about "losing his voice" at every game.', "joked about", '"losing his voice" at every game'),
        ('The union has cautioned against "a rushed deal" with the owners.', "cautioned against",
         '"a rushed deal" with the owners'),
    ],
)
def test_the_preposition_that_links_a_cue_to_its_quoted_object_is_the_cues(nlp, text, cue, content):
    # the preposition right after the verb says what the act of speech was about: it belongs to the cue
    quote = only(quotes_of(nlp, text), cue=cue)
    assert quote.kind == "mixed" and quote.content.text == content


def test_a_quoted_object_wholly_in_quotation_marks_keeps_its_preposition(nlp):
    # without "for" the content would be the quoted words alone: the quote stays mixed, as it was found
    quote = only(quotes_of(nlp, 'The senator has called for "a full inquiry."'), kind="mixed")
    assert quote.content.text.startswith("for")


def test_quoted_words_closing_after_the_full_stop_are_the_objects(nlp):
    quote = only(quotes_of(nlp, 'The coach called the referee "a disgrace to the sport."'), cue="called")
    assert quote.kind == "mixed" and quote.content.text.startswith("the referee")


def test_a_relative_object_before_the_cue_makes_no_quoted_object(nlp):
    quotes = quotes_of(nlp, 'They toured the old harbour, which the mayor described as "a jewel."')
    assert not any(q.cue is not None and q.cue.text == "described" for q in quotes)


def test_an_object_that_is_no_statement_is_no_quote(nlp):
    assert quotes_of(nlp, "The minister called a meeting for Friday.") == []
    assert quotes_of(nlp, "Her lawyer described the ruling at length.") == []


def test_a_habitual_name_in_quotation_marks_is_no_quote(nlp):
    assert quotes_of(nlp, 'Fishermen call the reef "the graveyard" because of its storms.') == []
    quote = only(quotes_of(nlp, 'The fishermen called the new rules "a graveyard for the village".'), cue="called")
    assert quote.kind == "mixed"


# ---- coordinated cues: each reports its own words ------------------------------------------------------
def test_two_coordinated_cues_with_quoted_words_are_two_quotes(nlp):
    quotes = quotes_of(nlp, 'He said the visit was "useful" and vowed to "press on".')
    said = only(quotes, cue="said")
    assert said.content.text == 'the visit was "useful"' and said.kind == "mixed"
    vowed = only(quotes, cue="vowed")
    assert vowed.content.text == 'to "press on"' and vowed.speaker.text == "He" and vowed.kind == "mixed"


def test_coordinated_cues_with_clauses_are_two_quotes(nlp):
    quotes = quotes_of(nlp, "The army admitted mistakes were made but insisted its soldiers were attacked first.")
    assert only(quotes, cue="admitted").content.text == "mistakes were made"
    assert only(quotes, cue="insisted").content.text == "its soldiers were attacked first"


@pytest.mark.parametrize(
    "text", ["That said, the talks went on until midnight.", "The minister called a meeting for Friday."]
)
def test_forms_that_report_nothing_said(nlp, text):
    assert quotes_of(nlp, text) == []


def test_a_saved_stage_with_a_wrong_cue_file_is_rejected_by_name(nlp, tmp_path):
    from geonews_extract.datafiles import DataFileError

    Quotes(nlp).to_disk(tmp_path)
    (tmp_path / "cues.json").write_text(json.dumps({"speech": ["say"], "phrase": ["according to"]}), encoding="utf-8")
    with pytest.raises(DataFileError, match="phrase"):
        Quotes(nlp).from_disk(tmp_path)


@pytest.mark.parametrize("cue", ["exclaimed", "confessed", "joked", "whispered"])
def test_verbs_of_manner_of_speaking_attribute_direct_quotes(nlp, cue):
    quote = only(quotes_of(nlp, f'"This is a big win for the town," the mayor {cue}.'), cue=cue)
    assert quote.kind == "direct" and quote.speaker.text == "the mayor"


def test_cue_positions_read_lemmas_in_any_case_in_every_doc(nlp):
    from spacy.tokens import Doc

    from geonews_extract.quotes.syntax import cue_positions

    lexicon = nlp.get_pipe("quotes").lexicon
    words = ["Police", "SAID", "it", "rained", "according", "to", "them"]
    lemmas = ["police", "SAY", "it", "rain", "according", "to", "they"]
    for _ in range(2):  # the second Doc reads what the first left remembered
        assert cue_positions(Doc(nlp.vocab, words=words, lemmas=lemmas), lexicon) == [1, 4]
    other = Doc(nlp.vocab, words=["Rain", "Say", "them"], lemmas=["rain", "Say", "they"])
    assert cue_positions(other, lexicon) == [1]


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_fragment_quoted_after_a_no_break_space_is_read_as_after_a_space(nlp, space):
    # web copy sets a no-break space before a quotation mark; the words before it still run into the quote
    text = f'The ferry crews are{space}"running out of patience with the council," Ruiz said.'
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed" and quote.speaker.text == "Ruiz"
    assert quote.content.text == f'The ferry crews are{space}"running out of patience with the council,"'
