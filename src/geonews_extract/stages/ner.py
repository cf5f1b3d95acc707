"""The `news_ner` stage: news-specific repairs to spaCy's entity predictions.

A thin adapter over `geonews_extract.ner`, run after spaCy's `ner`:

* headline lines in Title Case are re-read in sentence case (`ner.headlines`), in one
  batch for all the documents of a `pipe` call;
* dates swallowed by an EVENT become DATEs (`ner.events`);
* names in bylines are people, offices in wire sign-offs organisations (`ner.bylines`);
* type and span errors a reader sees at once are repaired: time zones, a live blog's clock
  time glued to the name after it, lower-case
  words, a title's department word, an office title glued to a place, police forces,
  a person running over a dash (`ner.repairs`);
* names the words around them type are retyped: a relative's or a post's name, or one
  given an age, is a person, and so is every name with that person's surname; a name
  set beside a common noun for an organisation, or an acronym, is no person; the text's
  other mentions of the same words type a name (`ner.people`);
* the names in sports results and standings rows are teams, organisations even where
  they bear a town's name (`ner.tables`), marked in ``doc.spans["geonews_teams"]``;
* known platforms and outlets get their listed label, through spaCy's `SpanRuler`
  (`ner.known`, data in ``data/ner/known_organisations.json``);
* the dateline's place (and region) becomes a GPE, marked in ``doc.spans["dateline"]``
  (`ner.datelines`); a name the model ran over the dateline's dash keeps its part after it.

Settings: `place_names` is an optional test `str -> bool` (a gazetteer) that confirms a
dateline place not closed by a dash, date or agency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler, prioritize_new_ents_filter
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ..annotations import DATELINE_SPANS, text_of
from ..datafiles import read_json
from ..forking import freeze_inherited
from ..layout import headlines_of
from ..ner.bylines import byline_names, signoff_offices
from ..ner.datelines import find_dateline
from ..ner.events import date_matcher, repair_event_dates
from ..ner.headlines import (
    REREAD_COMPONENTS,
    in_title_case,
    reread_headlines,
    sentence_case,  # noqa: F401  (re-exported for callers)
)
from ..ner.known import KNOWN_FILE, known_names_filter, parse_known, patterns
from ..ner.lines import split_at_line_breaks
from ..ner.people import WordTest, plural_noun_test, retype
from ..ner.repairs import repair
from ..ner.tables import ENTRANT, TEAM, TEAM_SPANS, table_names
from .base import Stage

PlaceTest = Callable[[str], bool]
#: Dashes that close a dateline ("AVIEMORE, Scotland - ").
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


class NewsNer(Stage):
    """Repairs `doc.ents` after spaCy's `ner`; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "news_ner",
        organisations: str | None = None,
        headlines: bool = True,
        datelines: bool = True,
        event_dates: bool = True,
        bylines: bool = True,
        place_names: PlaceTest | None = None,
        repairs: bool = True,
        tables: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.headlines = headlines
        self.datelines = datelines
        self.event_dates = event_dates
        self.bylines = bylines
        self.place_names = place_names
        self.repairs = repairs
        self.tables = tables
        source = organisations or KNOWN_FILE
        self._use(parse_known(read_json(source), str(source)))

    def _use(self, known: dict[str, list[str]]) -> None:
        self.known = known
        # the ruler tokenises its phrase patterns with a tokenizer-only pipeline, so
        # building it never runs (or needs) the model's weights
        tokenizer_only = spacy.blank(self.nlp.lang or "xx", vocab=self.nlp.vocab)
        tokenizer_only.tokenizer = self.nlp.tokenizer
        self.ruler = SpanRuler(
            tokenizer_only,
            spans_key=None,
            annotate_ents=True,
            ents_filter=known_names_filter,
            phrase_matcher_attr="ORTH",
        )
        self.ruler.add_patterns(patterns(known))
        self.not_places = frozenset(n for names in known.values() for n in names if n.isupper())
        self.date_matcher = date_matcher(self.nlp.vocab)
        self._plural_noun: WordTest | None = None
        self._plural_noun_read = False  # the lemmatizer's tables are read on first use, once loaded

    def process(self, doc: Doc) -> Doc:
        return self._repair([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Headlines of a whole batch are re-read together; when a batch fails, its documents
        go one at a time, so the error handler decides for the failing one alone."""
        freeze_inherited()  # in a forked worker, once: see `forking`
        for batch in minibatch(docs, size=batch_size):
            try:
                repaired = self._repair(list(batch))
            except Exception:
                repaired = [self(doc) for doc in batch]
            yield from repaired

    def _repair(self, docs: list[Doc]) -> list[Doc]:
        texts = [text_of(doc) for doc in docs]
        all_ents = [
            [part for ent in doc.ents for part in split_at_line_breaks(ent, text)]
            for doc, text in zip(docs, texts, strict=True)
        ]
        if self.headlines:
            lines = [
                [(s, e) for s, e in headlines_of(doc, text) if in_title_case(text[s:e])]
                for doc, text in zip(docs, texts, strict=True)
            ]
            all_ents = reread_headlines(docs, all_ents, lines, texts, self.nlp.make_doc, self._reread)
        for doc, text, ents in zip(docs, texts, all_ents, strict=True):
            if self.event_dates:
                ents = repair_event_dates(doc, ents, self.date_matcher)
            if self.bylines:
                ents = _override(ents, _spans(doc, byline_names(text), "PERSON"))
                ents = _override(ents, _spans(doc, signoff_offices(text), "ORG"))
            if self.repairs:
                plural_noun = self._plural_nouns()
                ents = retype(doc, repair(doc, ents, text, plural_noun), self.place_names, plural_noun)
            ents = known_names_filter(filter_spans(ents), self.ruler.match(doc))
            if self.tables:
                teams, people = self._table_names(doc, text, ents)
                doc.spans[TEAM_SPANS] = [Span(doc, t.start, t.end, label=kind) for t, kind in teams]
                ents = _override(ents, [t for t, _ in teams] + people)
            if self.datelines:
                headline_end = max((end for _s, end in headlines_of(doc, text)), default=0)
                found = find_dateline(text, headline_end, self.place_names, self.not_places)
                dateline = _spans(doc, found.spans if found else [], "GPE")
                doc.spans[DATELINE_SPANS] = dateline
                ents = _override(ents + _past_the_dateline(ents, dateline), dateline)
            doc.ents = sorted(ents, key=lambda span: span.start)  # one write: each write re-checks the doc
        return docs

    def _plural_nouns(self) -> WordTest | None:
        """`ner.people.plural_noun_test` over the pipeline lemmatizer's tables."""
        if not self._plural_noun_read:
            self._plural_noun_read = True
            lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            self._plural_noun = plural_noun_test(getattr(lemmatizer, "lookups", None))
        return self._plural_noun

    def _table_names(self, doc: Doc, text: str, ents: list[Span]) -> tuple[list[tuple[Span, str]], list[Span]]:
        """Team names of the table rows (`ner.tables`) as ORG with their kind (`TEAM` or
        `ENTRANT`), and the competitors of ranked entry rows as PERSON. In a standings row, a
        name the model calls a person or misses counts only where the gazetteer knows it as
        a place (a club named after its town): golf and athletics tables list players, and
        "Operating Income 906 962 599" is a row of accounts."""
        found = table_names(text)
        if not found:
            return [], []
        label_at: dict[int, str] = {}
        for ent in ents:
            for i in range(ent.start, ent.end):
                label_at[i] = ent.label_
        teams: list[tuple[Span, str]] = []
        people: list[Span] = []
        for start, end, kind in found:
            span = doc.char_span(start, end, label="PERSON" if kind == "competitor" else "ORG", alignment_mode="contract")
            if span is None or not len(span):
                continue
            if kind == "competitor":
                people.append(span)
                continue
            labels = {label_at[i] for i in range(span.start, span.end) if i in label_at}
            unsure = kind == "standings" and ("PERSON" in labels or not labels)
            if unsure and (self.place_names is None or not self.place_names(span.text)):
                continue
            teams.append((span, ENTRANT if kind == "entrant" else TEAM))
        return teams, people

    def _reread(self, subdocs: list[Doc]) -> Iterable[Doc]:
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            if name in REREAD_COMPONENTS:
                subdocs = list(proc.pipe(subdocs)) if hasattr(proc, "pipe") else [proc(d) for d in subdocs]
        return subdocs

    # serialisation ---------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        import json

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "known_organisations.json").write_text(json.dumps(self.known, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> NewsNer:
        file = Path(path) / "known_organisations.json"
        self._use(parse_known(read_json(file), str(file)))
        return self


def _spans(doc: Doc, offsets: list[tuple[int, int]], label: str) -> list[Span]:
    spans = [doc.char_span(start, end, label=label, alignment_mode="contract") for start, end in offsets]
    return [s for s in spans if s is not None and len(s)]


def _past_the_dateline(ents: list[Span], dateline: list[Span]) -> list[Span]:
    """The part after the dateline's dash of a name the model ran over it ("[Scotland - Police
    Scotland] said"): the name that opens the story, kept when the dateline takes its place. The
    model typed the whole run, place included, so the part is a person where its last word alone
    is a person elsewhere in the text ("LISBON - Ines Carvalho" ... "Carvalho said")."""
    if not dateline:
        return []
    doc, end = dateline[-1].doc, dateline[-1].end
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    found = []
    for ent in ents:
        if ent.start < end < ent.end:
            dash = next((t.i for t in doc[end : ent.end] if t.text in DATELINE_DASHES), None)
            if dash is not None and dash + 1 < ent.end and doc[dash + 1].text[:1].isupper():
                label = "PERSON" if ent.end - dash > 2 and doc[ent.end - 1].text in surnames else ent.label_
                found.append(Span(doc, dash + 1, ent.end, label=label))
    return found


def _override(ents: list[Span], winners: list[Span]) -> list[Span]:
    """`winners` replace every entity they overlap (spaCy's own overwrite rule)."""
    return prioritize_new_ents_filter(ents, winners) if winners else ents


@Language.factory(
    "geonews_news_ner",
    default_config={
        "organisations": None,
        "headlines": True,
        "datelines": True,
        "event_dates": True,
        "bylines": True,
        "place_names": None,
        "repairs": True,
        "tables": True,
    },
)
def make_news_ner(
    nlp: Language,
    name: str,
    organisations: str | None,
    headlines: bool,
    datelines: bool,
    event_dates: bool,
    bylines: bool,
    place_names: PlaceTest | None,
    repairs: bool,
    tables: bool,
) -> NewsNer:
    return NewsNer(nlp, name, organisations, headlines, datelines, event_dates, bylines, place_names, repairs, tables)
