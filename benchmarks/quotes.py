"""Quote extraction against hand-annotated news text, side by side with textacy.

    python benchmarks/quotes.py [--details]

Reads fixtures/quotes/cases.jsonl and fixtures/quotes/articles.jsonl (quotes with their full content, speaker, cue and the
entity the speaker stands for), and the article fixtures (fixtures/articles/*.gold.json and,
when present, ../shared/acceptance/seed-article.gold.json), whose quotes give the first words
of the content and the speaker's entity group. Both tools read the same parsed Doc: ours is
the `quotes` stage, textacy's is `textacy.extract.triples.direct_quotations` (direct quotes
only; install with the `bench` extra), with its speaker mapped to an entity the same way.

Matching, one-to-one, best first:
- content exact: equal after trimming spaces, punctuation and quotation marks at both ends;
- content overlap: characters shared / characters in either >= 0.5 (articles: the content
  starts with the gold words);
- speaker: a content-overlap match whose speaker text equals the gold one, or holds it as whole
  words or is held by it, both without a leading article ("Army spokesman General Amadou
  Diallo" ~ "General Amadou Diallo");
- speaker + entity: also the speaker's entity is the gold one (cases: the entity has a mention
  that holds, or is held by, the gold surface; articles: a mention that is one of the gold
  group's forms; both: null for a generic source).
Per kind, a gold quote of that kind is matched only by predictions of that kind (textacy's
are all direct). P = matched / predicted, R = matched / gold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from geonews_extract import load_pipeline
from geonews_extract.annotations import entities_of, entity_at, quotes_of
from geonews_extract.inputs import prepare

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "fixtures" / "quotes" / "cases.jsonl"
ARTICLE_CASES = ROOT / "fixtures" / "quotes" / "articles.jsonl"
ARTICLES = ROOT / "fixtures" / "articles"
SEED = ROOT.parent / "shared" / "acceptance" / "seed-article"
KINDS = ("direct", "indirect", "mixed")
EDGE = " \t\n.,;:!?\"'“”‘’«»„"


@dataclass(frozen=True)
class Quote:
    kind: str
    content: tuple[int, int]
    speaker: str | None
    entity_forms: frozenset[str] | None  # predicted: the speaker entity's mention texts; None: no entity
    cue: str | None


@dataclass
class Gold:
    kind: str
    content: str  # full content (cases) or its first words (articles)
    start: int | None  # offset of the content in the text, for cases
    speaker: str | None
    entity: frozenset[str] | None  # forms any of which the speaker's entity must have; None: generic
    cue: str | None
    prefix: bool  # content is only the first words


def norm(text: str | None) -> str:
    text = " ".join((text or "").split()).strip(EDGE).casefold()
    return re.sub(r"^(?:the|a|an)\s+", "", text).replace("’", "'")


def speaker_matches(predicted: str | None, gold: str | None) -> bool:
    """Speaker texts agree (see the module docstring); a gold quote without speaker text
    (the seed article names only the speaker's group) checks the entity alone."""
    if gold is None:
        return True
    if predicted is None:
        return False
    p, g = norm(predicted), norm(gold)
    return p == g or bool(p and g) and (f" {g} " in f" {p} " or f" {p} " in f" {g} ")


def entity_matches(predicted: frozenset[str] | None, gold: Gold, text_forms: bool) -> bool:
    if gold.entity is None or predicted is None:
        return gold.entity is predicted
    if not text_forms:  # articles: a mention is one of the group's forms
        return bool({norm(f) for f in predicted} & {norm(f) for f in gold.entity})
    return any(norm(g) in norm(p) or norm(p) in norm(g) for p in predicted for g in gold.entity)


def content_score(text: str, quote: Quote, gold: Gold) -> float:
    predicted = text[slice(*quote.content)]
    if gold.prefix:
        return 1.0 if norm(predicted).startswith(norm(gold.content)) else 0.0
    s, e = gold.start, gold.start + len(gold.content)
    shared = max(0, min(e, quote.content[1]) - max(s, quote.content[0]))
    union = max(e, quote.content[1]) - min(s, quote.content[0])
    return shared / union if union else 0.0


# ---- the two extractors -------------------------------------------------------------------
def ours(doc: Doc) -> list[Quote]:
    by_id = {e.id: e for e in entities_of(doc)}
    found = []
    for q in quotes_of(doc):
        entity = by_id.get(q.speaker_entity_id) if q.speaker_entity_id else None
        found.append(Quote(q.kind, q.content, doc.text[slice(*q.speaker)] if q.speaker else None,
                           _forms(doc, entity), doc.text[slice(*q.cue)] if q.cue else None))
    return found


def textacy_quotes(doc: Doc) -> tuple[list[Quote], bool]:
    """textacy's direct quotations; (quotes, True) when it refused the text (odd quote marks)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return [], True
    found = []
    for speaker, cue, content in triples:
        inner = [t for t in content if not t.is_quote] or list(content)
        start, end = inner[0].idx, inner[-1].idx + len(inner[-1])
        s_start, s_end = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
        entity = entity_at(doc, s_start, s_end)
        found.append(Quote("direct", (start, end), doc.text[s_start:s_end], _forms(doc, entity), " ".join(t.text for t in cue)))
    return found, False


def _forms(doc: Doc, entity) -> frozenset[str] | None:
    return frozenset(doc.text[m.start : m.end] for m in entity.mentions) if entity else None


# ---- data -------------------------------------------------------------------------------------
def load_cases(tag: str | None = None, path: Path = CASES) -> list[tuple[str, str, list[Gold]]]:
    """The annotated cases of `path` (one JSON object a line), or only those with `tag`."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if tag is not None and tag not in case.get("tags", []):
            continue
        text = case["text"]
        golds = [
            Gold(q["kind"], q["content"], text.find(q["content"]), q["speaker"],
                 frozenset([q["entity"]]) if q["entity"] else None, q["cue"], prefix=False)
            for q in case["quotes"]
        ]
        docs.append((case["id"], text, golds))
    return docs


def load_articles() -> list[tuple[str, str, list[Gold]]]:
    pairs = [(p.with_suffix("").with_suffix(".txt"), p) for p in sorted(ARTICLES.glob("*.gold.json"))]
    if SEED.with_suffix(".txt").is_file():
        pairs.append((SEED.with_suffix(".txt"), SEED.with_suffix(".gold.json")))
    docs = []
    for text_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        groups = gold["groups"]["required"] if isinstance(gold["groups"], dict) else gold["groups"]
        quotes = gold["quotes"]
        if isinstance(quotes, dict):  # the seed article: required and stretch quotes are all gold
            quotes = quotes["required"] + quotes.get("stretch", [])
        golds = []
        for q in quotes:
            group = next((g for g in groups if q["speaker_group"] in g), None)
            forms = frozenset(group or [q["speaker_group"]]) if q["speaker_group"] else None
            golds.append(Gold(q["kind"], q["content_starts"], None, q.get("speaker"), forms, q["cue"], prefix=True))
        docs.append((text_path.stem, text_path.read_text(encoding="utf-8"), golds))
    return docs


# ---- scoring --------------------------------------------------------------------------------
@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0

    def add(self, predicted: int, gold: int, matched: int) -> None:
        self.predicted += predicted
        self.gold += gold
        self.matched += matched

    def prf(self) -> tuple[float | None, float | None, float | None]:
        p = self.matched / self.predicted if self.predicted else None
        r = self.matched / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return p, r, f


def match(text: str, predicted: list[Quote], golds: list[Gold], exact: bool) -> list[tuple[Quote, Gold]]:
    pairs = []
    for q in predicted:
        for g in golds:
            if exact:
                score = 1.0 if not g.prefix and norm(text[slice(*q.content)]) == norm(g.content) else 0.0
            else:
                score = content_score(text, q, g)
            if score >= (1.0 if exact else 0.5):
                pairs.append((score, q, g))
    pairs.sort(key=lambda item: -item[0])
    used_q, used_g, chosen = set(), set(), []
    for _, q, g in pairs:
        if id(q) not in used_q and id(g) not in used_g:
            used_q.add(id(q)), used_g.add(id(g)), chosen.append((q, g))
    return chosen


FIGURES = ("content exact", "content overlap", "speaker", "speaker + entity", "cue")


def score(docs, predictions, text_forms: bool) -> dict[str, dict[str, Tally]]:
    """figure -> scope ('all', 'all, kind must match', each kind) -> Tally."""
    scopes = ("all", "kind must match", *KINDS)
    table = {f: {s: Tally() for s in scopes} for f in FIGURES}
    for (_, text, golds), predicted in zip(docs, predictions):
        for scope in scopes:
            kind = scope if scope in KINDS else None
            preds = [q for q in predicted if kind is None or q.kind == kind]
            gs = [g for g in golds if kind is None or g.kind == kind]
            pairs = match(text, preds, gs, exact=False)
            if scope == "kind must match":
                pairs = [(q, g) for q, g in pairs if q.kind == g.kind]
            exact = match(text, preds, gs, exact=True)
            speaker = [(q, g) for q, g in pairs if speaker_matches(q.speaker, g.speaker)]
            entity = [(q, g) for q, g in speaker if entity_matches(q.entity_forms, g, text_forms)]
            cue = [(q, g) for q, g in pairs if norm(q.cue) == norm(g.cue)]
            for figure, matched in zip(FIGURES, (exact, pairs, speaker, entity, cue)):
                if figure == "content exact" and not text_forms:
                    continue  # articles give only the first words
                table[figure][scope].add(len(preds), len(gs), len(matched))
    return table


def fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def report(title: str, ours_table, textacy_table, refused: int, docs: int) -> None:
    print(f"\n== {title} ({docs} texts; textacy refused {refused} for odd quotation marks)")
    print(f"{'figure':18} {'scope':16} {'ours P':>7} {'R':>6} {'F1':>6}   {'textacy P':>9} {'R':>6} {'F1':>6}   gold")
    for figure in FIGURES:
        for scope, tally in ours_table[figure].items():
            if not tally.gold and not tally.predicted:
                continue
            other = textacy_table[figure][scope]
            p, r, f = tally.prf()
            tp, tr, tf = other.prf()
            print(f"{figure:18} {scope:16} {fmt(p):>7} {fmt(r):>6} {fmt(f):>6}   {fmt(tp):>9} {fmt(tr):>6} {fmt(tf):>6}   {tally.gold}")


def run(docs, nlp, details: bool, with_textacy: bool = True) -> tuple[list, list, int]:
    """Our quotes and textacy's for each text, and how many texts textacy refused."""
    mine, theirs, refused = [], [], 0
    for name, text, golds in docs:
        prepared = prepare(text, None)
        doc = nlp(nlp.make_doc(prepared.masked))
        mine.append(ours(doc))
        found, refused_here = textacy_quotes(doc) if with_textacy else ([], False)
        theirs.append(found)
        refused += refused_here
        if details:
            _show(name, text, golds, mine[-1])
    return mine, theirs, refused


def _show(name: str, text: str, golds: list[Gold], predicted: list[Quote]) -> None:
    pairs = {id(g): q for q, g in match(text, predicted, golds, exact=False)}
    for g in golds:
        q = pairs.get(id(g))
        ok = q and q.kind == g.kind and speaker_matches(q.speaker, g.speaker)
        if not ok:
            got = f"{q.kind} {q.speaker!r} {text[slice(*q.content)][:50]!r}" if q else "MISSED"
            print(f"[{name}] gold {g.kind} {g.speaker!r} {g.content[:50]!r}\n      got {got}")
    matched = {id(q) for q in pairs.values()}
    for q in predicted:
        if id(q) not in matched:
            print(f"[{name}] EXTRA {q.kind} {q.speaker!r} {text[slice(*q.content)][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every miss and extra")
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    for title, docs, text_forms in (
        (f"quote cases, {CASES.relative_to(ROOT)}", load_cases(), True),
        ("of which the held-out cases (written after the stage)", load_cases("heldout"), True),
        (f"whole articles, {ARTICLE_CASES.relative_to(ROOT)}", load_cases(path=ARTICLE_CASES), True),
        ("of which the second set (other registers, written after the first twelve)",
         load_cases("second-set", path=ARTICLE_CASES), True),
        ("of which the third set (ten more registers, written after the second)",
         load_cases("third-set", path=ARTICLE_CASES), True),
        ("of which the fourth set (ten more registers, annotated before the stage read them)",
         load_cases("fourth-set", path=ARTICLE_CASES), True),
        ("of which the fifth set (ten more registers, annotated before the stage read them)",
         load_cases("fifth-set", path=ARTICLE_CASES), True),
        ("of which the sixth set (ten more registers, annotated before the stage read them)",
         load_cases("sixth-set", path=ARTICLE_CASES), True),
        ("of which the seventh set (ten more registers, annotated before the stage read them)",
         load_cases("seventh-set", path=ARTICLE_CASES), True),
        ("of which the eighth set (ten more registers, annotated before the stage read them)",
         load_cases("eighth-set", path=ARTICLE_CASES), True),
        ("article fixtures (content_starts, speaker group)", load_articles(), False),
    ):
        if not docs:
            continue
        mine, theirs, refused = run(docs, nlp, args.details)
        report(title, score(docs, mine, text_forms), score(docs, theirs, text_forms), refused, len(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
