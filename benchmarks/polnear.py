"""Attributed quotes on PolNeAR (political news attribution relations), side by side with textacy.

    python benchmarks/polnear.py [--split train|dev] [--limit N] [--details]

Reads ../shared/benchmarks/polnear/SPLIT/: each article's `text/NAME.txt` and its brat
`attributions/NAME_ANNOTATOR.ann`. Where an article has several annotators' files, the one
whose annotator id sorts first is read (the first of metadata.tsv's `annotators`), so every
article counts once. An attribution is an `Attribution` or `Attribution-no-source` event with
its Content (and Content2) spans, Cue and Source; discontinuous spans count as the set of
their characters. Both tools read the same parsed Doc: ours is the `quotes` stage, textacy's
is `textacy.extract.triples.direct_quotations` (its exceptions are caught per article and
counted).

Two figures:
(a) every gold attribution, beliefs and intentions included ("he believes", "she wants");
(b) statements: gold attributions whose cue is a statement cue, listed with how the list was
    chosen in benchmarks/polnear_statement_cues.json (verbs of communication from Levin 1993
    class 37 and FrameNet's statement frames, fixed before reading any error); a prediction
    counts in (b) unless its content matches a non-statement gold attribution or its cue is
    not a statement cue (a prediction without a cue, a continued quote, counts).

Matching, one-to-one, best first, on letters and digits only (spaces, punctuation and
quotation marks never count):
- content overlap: shared characters >= 50% of the gold's and >= 50% of the prediction's;
- content exact: the same characters;
- content exact, no "that": the same characters once a complementizer "that" opening the
  gold content is left out, with the comma of an aside right after it ("that, if elected,"). PolNeAR's content keeps it ("said [that the bill is unjust]"),
  the quotes stage's does not (its content is the reported clause), so the strict figure
  counts every indirect quote of that form as inexact; this second figure, printed beside
  the strict one and never in its place, says how many bounds differ by more than that word
  (a gold content that does not open with "that" is compared as it is);
- source: a content-overlap match whose speaker text equals the gold source or holds it, or
  is held by it, as whole words (without a leading article); P over predictions with a
  speaker, R over gold attributions with a source;
- cue: a content-overlap match whose cue overlaps the gold cue by >= 50% both ways (a cue of
  punctuation only, the colon of "He said: ..." that PolNeAR's guidelines make the cue, has
  no letters: two such cues match where they share a character); ours is
  the quote's verb group (the cue with its auxiliaries, negation and adverbs before it, "has
  repeatedly said"), which is what PolNeAR's guidelines annotate as the cue ("keep the verb
  group together"); "cue, verb only" scores the quote's `cue` field (the verb and its
  particle) the same way, printed beside it and never in its place;
- speaker entity right: of the content-overlap matches whose gold source names its entity
  (the source's head word, or a possessive on it, is a mention the entities stage found:
  "Former Attorney General Ann Reyes", "Costa's campaign"; not "he", "who", "a
  spokesman for Maria Costa", "delegates in Brindle"), the share whose speaker
  entity is that mention's entity; printed for ours alone (textacy resolves no entity).
Kinds are read off the gold: content all inside quotation marks is direct, partly is mixed,
none is indirect. Per kind, gold of that kind is matched by predictions of that kind only
(textacy's are all direct).

--details prints misses and extras, and only on train: errors are read on train, never dev.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from geonews_extract import load_pipeline
from geonews_extract.annotations import entities_of, quotes_of
from geonews_extract.inputs import prepare
from geonews_extract.quotes.marks import pair_marks

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "benchmarks" / "polnear"
STATEMENT_CUES = Path(__file__).with_name("polnear_statement_cues.json")
KINDS = ("direct", "indirect", "mixed")
SCOPES = ("all", *KINDS)
FIGURES = ("content overlap", "content exact", "exact, no that", "source", "cue", "cue, verb only")
WORD = re.compile(r"\w+(?:'\w+)*")
#: A complementizer opening a gold content: lower case, then a space (a capital "That" opens a sentence).
COMPLEMENTIZER = re.compile(r"that(?:\s*,)?\s")


@dataclass(frozen=True)
class Attribution:
    content: frozenset[int]  # offsets of the content's letters and digits
    source: str | None
    cue: frozenset[int]
    cue_text: str
    kind: str = "indirect"
    statement: bool = True
    extent: tuple[int, int] = (0, 0)
    bare: frozenset[int] | None = None  # the content without an opening complementizer "that" (gold only)
    source_at: tuple[tuple[int, int], ...] = ()  # the source's spans (gold only)
    entities: frozenset[str] = frozenset()  # ours: the speaker's entity id; gold: ids named in the source
    verb: frozenset[int] | None = None  # ours: the cue verb alone, where `cue` is its verb group
    cue_marks: frozenset[int] = frozenset()  # a cue of punctuation only (":"): its characters


@dataclass
class Article:
    name: str
    text: str
    published: str | None
    gold: list[Attribution] = field(default_factory=list)


# ---- corpus -----------------------------------------------------------------------------------
def _spans(field_text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]


def _letters(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if text[i].isalnum())


def _marks(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The characters of a cue that is punctuation only (a colon, a dash), else nothing."""
    if _letters(text, spans):
        return frozenset()
    return frozenset(i for s, e in spans for i in range(s, e) if not text[i].isspace())


def read_ann(path: Path, text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]] | None, list[tuple[int, int]]]]:
    """(content spans, source spans or None, cue spans) of every attribution event in a brat file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _spans(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            if "Attribution" in roles or "Attribution-no-source" in roles:
                events.append(roles)
    found = []
    for roles in events:
        content = [s for role in ("Content", "Content2") if role in roles for s in spans.get(roles[role], [])]
        if not content or "Cue" not in roles:
            continue
        source = spans.get(roles["Source"]) if "Source" in roles else None
        found.append((content, source, spans.get(roles["Cue"], [])))
    return found


def load(split: str, limit: int | None) -> list[Article]:
    folder = CORPUS / split
    published = {}
    for line in (CORPUS / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        published[cells[1]] = cells[5]
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt"))[:limit]:
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        article = Article(text_path.stem, text, published.get(text_path.stem))
        article.gold = [  # cue words and kinds are filled in once the text is parsed
            Attribution(_letters(text, c), " ".join(text[s:e] for s, e in src) if src else None,
                        _letters(text, cue), " ".join(text[s:e] for s, e in cue),
                        extent=(min(s for s, _ in c), max(e for _, e in c)), source_at=tuple(src or ()),
                        cue_marks=_marks(text, cue))
            for c, src, cue in read_ann(anns[0], text)
        ]
        articles.append(article)
    return articles


# ---- statement cues and kinds -------------------------------------------------------------------
@dataclass(frozen=True)
class StatementCues:
    lemmas: frozenset[str]
    phrases: tuple[str, ...]

    @classmethod
    def load(cls) -> StatementCues:
        data = json.loads(STATEMENT_CUES.read_text(encoding="utf-8"))
        return cls(frozenset(data["lemmas"]), tuple(data["phrases"]))

    def holds(self, doc: Doc, cue: frozenset[int]) -> bool:
        if not cue:
            return True
        tokens = [t for t in doc if any(i in cue for i in range(t.idx, t.idx + len(t)))]
        lemmas = [t.lemma_.lower() for t in tokens]
        joined = " ".join(lemmas)
        return any(lemma in self.lemmas for lemma in lemmas) or any(p in joined for p in self.phrases)


def gold_kind(quoted: bytearray, content: frozenset[int]) -> str:
    inside = sum(quoted[i] for i in content)
    return "direct" if inside == len(content) else "indirect" if inside == 0 else "mixed"


def quoted_flags(text: str) -> bytearray:
    flags = bytearray(len(text) + 1)
    for segment in pair_marks(text).outermost():
        flags[segment.open : segment.end] = b"\x01" * (segment.end - segment.open)
    return flags


# ---- the two extractors ---------------------------------------------------------------------
def ours(doc: Doc, cues: StatementCues) -> list[Attribution]:
    text = doc.text
    found = []
    for q in quotes_of(doc):
        verb = _letters(text, [q.cue]) if q.cue else frozenset()
        group = getattr(q, "verb_group", None) or q.cue  # older records have no verb group
        cue = _letters(text, [group]) if group else frozenset()
        pieces = list(getattr(q, "parts", ()) or [q.content])  # a quote broken by its attribution: its pieces
        found.append(Attribution(_letters(text, pieces), text[slice(*q.speaker)] if q.speaker else None,
                                 cue, text[slice(*group)] if group else "", q.kind, cues.holds(doc, verb), q.content,
                                 entities=frozenset([q.speaker_entity_id] if q.speaker_entity_id else []), verb=verb,
                                 cue_marks=_marks(text, [group]) if group else frozenset()))
    return found


def textacy_quotes(doc: Doc, cues: StatementCues) -> tuple[list[Attribution], bool]:
    """textacy's direct quotations; (quotes, True) when it raised on the article."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except Exception:  # any failure of the alternative is counted, not fatal
        return [], True
    text, found = doc.text, []
    for speaker, cue_tokens, content in triples:
        cue = _letters(text, [(t.idx, t.idx + len(t)) for t in cue_tokens])
        source = text[speaker[0].idx : speaker[-1].idx + len(speaker[-1])] if speaker else None
        found.append(Attribution(_letters(text, [(content.start_char, content.end_char)]), source, cue,
                                 " ".join(t.text for t in cue_tokens), "direct", cues.holds(doc, cue),
                                 (content.start_char, content.end_char)))
    return found, False


# ---- scoring --------------------------------------------------------------------------------
@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0

    def prf(self) -> tuple[float | None, float | None, float | None]:
        p = self.matched / self.predicted if self.predicted else None
        r = self.matched / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return p, r, f


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return min(shared / len(a), shared / len(b))


def without_complementizer(text: str, content: frozenset[int], extent: tuple[int, int]) -> frozenset[int] | None:
    """The gold content's letters without the complementizer "that" it opens with, else None."""
    found = COMPLEMENTIZER.match(text, extent[0])
    if found is None:
        return None
    return content - frozenset(range(extent[0], found.end()))


def match(
    predicted: list[Attribution], gold: list[Attribution], exact: bool = False, bare: bool = False
) -> list[tuple[Attribution, Attribution]]:
    """One-to-one matches, best first; `bare` compares with the gold content without its "that"."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = overlap(p.content, g.content)
            if bare and g.bare is not None:
                score = max(score, overlap(p.content, g.bare))
            if score >= (1.0 if exact else 0.5):
                pairs.append((score, i, j))
    pairs.sort(key=lambda item: -item[0])
    used_p, used_g, chosen = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), chosen.append((predicted[i], gold[j]))
    return chosen


def _words(text: str | None) -> tuple[str, ...]:
    """The words of a source, without a leading article; punctuation only separates words."""
    words = tuple(WORD.findall((text or "").casefold().replace("’", "'")))
    return words[1:] if words and words[0] in ("the", "a", "an") else words


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def source_matches(predicted: str | None, gold: str | None) -> bool:
    """Whole-word containment either way: 'Brian Fallon' is held by 'Brian Fallon, a spokesman'."""
    p, g = _words(predicted), _words(gold)
    return bool(p and g) and (_holds(p, g) or _holds(g, p))


def in_statements(predicted: list[Attribution], gold: list[Attribution]) -> list[Attribution]:
    """Figure (b)'s predictions: statement-cued, and not matching a non-statement gold attribution."""
    elsewhere = {id(p) for p, g in match(predicted, gold) if not g.statement}
    return [p for p in predicted if p.statement and id(p) not in elsewhere]


def score(articles: list[Article], predictions: list[list[Attribution]], statements: bool) -> dict[str, dict[str, Tally]]:
    table = {f: {s: Tally() for s in SCOPES} for f in FIGURES}
    for article, predicted in zip(articles, predictions, strict=True):
        gold = article.gold
        if statements:
            predicted, gold = in_statements(predicted, gold), [g for g in gold if g.statement]
        for scope in SCOPES:
            preds = [p for p in predicted if scope == "all" or p.kind == scope]
            golds = [g for g in gold if scope == "all" or g.kind == scope]
            pairs = match(preds, golds)
            rows = {
                "content overlap": (len(preds), len(golds), len(pairs)),
                "content exact": (len(preds), len(golds), len(match(preds, golds, exact=True))),
                "exact, no that": (len(preds), len(golds), len(match(preds, golds, exact=True, bare=True))),
                "source": (sum(p.source is not None for p in preds), sum(g.source is not None for g in golds),
                           sum(source_matches(p.source, g.source) for p, g in pairs)),
                "cue": (sum(bool(p.cue or p.cue_marks) for p in preds), len(golds),
                        sum(cue_matches(p.cue, p, g) for p, g in pairs)),
                "cue, verb only": (sum(bool(p.cue or p.cue_marks) for p in preds), len(golds),
                                   sum(cue_matches(_verb(p), p, g) for p, g in pairs)),
            }
            for figure, (n_pred, n_gold, n_matched) in rows.items():
                tally = table[figure][scope]
                tally.predicted += n_pred
                tally.gold += n_gold
                tally.matched += n_matched
    return table


def cue_matches(cue: frozenset[int], predicted: Attribution, gold: Attribution) -> bool:
    """The cue overlaps the gold cue by half both ways; two cues of punctuation only (PolNeAR's
    colon cue, "He said: ...") match where they share a character."""
    if not cue and not gold.cue:
        return bool(predicted.cue_marks & gold.cue_marks)
    return overlap(cue, gold.cue) >= 0.5


def _verb(attribution: Attribution) -> frozenset[int]:
    """The cue verb alone where the tool gave its verb group, else the cue."""
    return attribution.cue if attribution.verb is None else attribution.verb


def named_in(doc: Doc, spans: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """Ids of the entities whose mention holds the gold source's head word or a possessive on it."""
    phrase = doc.char_span(spans[0][0], spans[0][1], alignment_mode="expand") if spans else None
    if phrase is None or not len(phrase):
        return frozenset()
    words = [phrase.root, *(c for c in phrase.root.children if c.dep_ == "poss")]
    return frozenset(e.id for e in entities_of(doc) for m in e.mentions
                     if any(m.start <= w.idx < m.end for w in words))


def speaker_entities(articles: list[Article], predictions: list[list[Attribution]], statements: bool) -> tuple[int, int]:
    """(right, of): content-overlap matches whose gold source names an entity, and of those the
    ones whose speaker entity is among the named ones."""
    right = of = 0
    for article, predicted in zip(articles, predictions, strict=True):
        gold = article.gold
        if statements:
            predicted, gold = in_statements(predicted, gold), [g for g in gold if g.statement]
        for p, g in match(predicted, gold):
            if g.entities:
                of += 1
                right += bool(p.entities & g.entities)
    return right, of


def fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def report(title: str, mine: dict[str, dict[str, Tally]], theirs: dict[str, dict[str, Tally]]) -> None:
    print(f"\n== {title}")
    print(f"{'figure':16} {'scope':9} {'ours P':>7} {'R':>6} {'F1':>6}   {'textacy P':>9} {'R':>6} {'F1':>6}   gold")
    for figure in FIGURES:
        for scope in SCOPES:
            tally, other = mine[figure][scope], theirs[figure][scope]
            if not tally.gold and not tally.predicted:
                continue
            (p, r, f), (tp, tr, tf) = tally.prf(), other.prf()
            print(f"{figure:16} {scope:9} {fmt(p):>7} {fmt(r):>6} {fmt(f):>6}   {fmt(tp):>9} {fmt(tr):>6} {fmt(tf):>6}   {tally.gold}")


def show(article: Article, predicted: list[Attribution]) -> None:
    """Misses and extras of figure (b), for reading errors on train."""
    text, gold = article.text, [g for g in article.gold if g.statement]
    predicted = in_statements(predicted, article.gold)
    pairs = match(predicted, gold)
    matched_g, matched_p = {id(g) for _, g in pairs}, {id(p) for p, _ in pairs}
    for g in gold:
        if id(g) not in matched_g:
            print(f"[{article.name}] MISSED {g.kind} src={g.source!r} cue={g.cue_text!r} {text[slice(*g.extent)][:90]!r}")
    for p in predicted:
        if id(p) not in matched_p:
            print(f"[{article.name}] EXTRA {p.kind} src={p.source!r} cue={p.cue_text!r} {text[slice(*p.extent)][:90]!r}")
    for p, g in pairs:
        if not source_matches(p.source, g.source) and g.source:
            print(f"[{article.name}] SOURCE {p.source!r} gold {g.source!r} cue={g.cue_text!r}")
        elif g.entities and not p.entities & g.entities:
            print(f"[{article.name}] ENTITY {sorted(p.entities)} for {p.source!r}, gold {g.source!r} names {sorted(g.entities)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (by file name)")
    parser.add_argument("--details", action="store_true", help="print misses and extras (train only)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no PolNeAR copy at {CORPUS}", file=sys.stderr)
        return 1
    if args.details and args.split != "train":
        parser.error("--details reads errors, which is done on train only")
    cues = StatementCues.load()
    articles = load(args.split, args.limit)
    nlp = load_pipeline()
    mine, theirs, raised, seconds, in_quotes = [], [], 0, 0.0, 0.0
    for article in articles:
        prepared = prepare(article.text, article.published)
        doc = nlp.make_doc(prepared.masked)
        for name, stage in nlp.pipeline:  # CPU time of this process, stage by stage
            started = time.process_time()
            doc = stage(doc)
            spent = time.process_time() - started
            seconds += spent
            in_quotes += spent if name == "quotes" else 0.0
        quoted = quoted_flags(article.text)
        article.gold = [
            Attribution(g.content, g.source, g.cue, g.cue_text, gold_kind(quoted, g.content), cues.holds(doc, g.cue), g.extent,
                        without_complementizer(article.text, g.content, g.extent), g.source_at, named_in(doc, g.source_at),
                        cue_marks=g.cue_marks)
            for g in article.gold if g.content
        ]
        mine.append(ours(doc, cues))
        found, failed = textacy_quotes(doc, cues)
        theirs.append(found)
        raised += failed
        if args.details:
            show(article, mine[-1])
    n_gold = sum(len(a.gold) for a in articles)
    n_statement = sum(g.statement for a in articles for g in a.gold)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {n_gold} attributions, {n_statement} with a statement cue; "
          f"textacy raised on {raised}; pipeline {seconds:.1f} CPU s, of which the quotes stage "
          f"{in_quotes:.1f} s ({100 * in_quotes / max(seconds, 1e-9):.1f}%)")
    for title, statements in (("(a) all attributions", False), ("(b) attributions with a statement cue", True)):
        report(title, score(articles, mine, statements), score(articles, theirs, statements))
        right, of = speaker_entities(articles, mine, statements)
        print(f"speaker entity right, of matched quotes with a named speaker: {right} of {of} "
              f"({fmt(right / of if of else None)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
