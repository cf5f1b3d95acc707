"""News NER on CoNLL-2003 English: bare spaCy, the pipeline, and the pipeline without each stage.

    PYTHONPATH=src python benchmarks/conll2003.py [--file eng.testa] [--limit N] [--details]
        [--ablate STAGE ...] [--errors FILE]   (FILE: eng.train's missed and spurious spans)

Data: ../shared/benchmarks/conll2003 (`eng.train` to develop on, `eng.testa` to score on).
Each document is detokenised keeping token offsets, its sentences joined with newlines, the
dateline's date passed as `published`. Every configuration goes through the same
`Extractor.extract_many` path and is scored on the mentions of its `Document` (what a user
sees), exact span and type, with OntoNotes labels mapped to CoNLL's as the data's README
says: PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE->MISC.
The MISC mapping is rough for any OntoNotes model, so "PER/ORG/LOC" is also shown alone.

Rows: bare spaCy (no stages), the full pipeline, and one row per stage left out. The "cpu"
column is each configuration's CPU time as a share of bare spaCy's throughput (same
documents, batch size 32, one process; configurations run one after another, so read it as
a guide and use benchmarks with interleaved runs for speed claims).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from geonews_extract import Extractor
from geonews_extract.pipeline import DEFAULT_STAGES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "conll2003"
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")
#: The file whose errors may be read; eng.testa is only ever scored.
DEVELOPMENT = "eng.train"
_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")
#: Tokens written without a space before them, and after them.
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})

Gold = set[tuple[int, int, str]]


@dataclass
class Article:
    text: str
    published: str | None
    gold: Gold


def read_conll(path: Path, limit: int | None = None) -> list[Article]:
    """Documents of a CoNLL-2003 file, detokenised, with gold spans as character offsets."""
    articles: list[Article] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def close_document() -> None:
        if sentence:
            sentences.append(list(sentence))
            sentence.clear()
        if sentences:
            articles.append(_article(sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            close_document()
            if limit is not None and len(articles) >= limit:
                return articles
        elif not line.strip():
            if sentence:
                sentences.append(list(sentence))
                sentence.clear()
        else:
            fields = line.split()
            sentence.append((fields[0], fields[-1]))
    close_document()
    return articles[:limit] if limit is not None else articles


def _article(sentences: list[list[tuple[str, str]]]) -> Article:
    lines: list[str] = []
    gold: Gold = set()
    published = None
    offset = 0
    for sentence in sentences:
        line = ""
        open_span: tuple[int, str] | None = None
        end = 0
        previous = None
        for token, tag in sentence:
            if published is None and _DATE.match(token):
                published = token
            if line and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
                line += " "
            start = offset + len(line)
            line += token
            kind = tag[2:] if tag != "O" else None
            continues = open_span is not None and kind == open_span[1] and not tag.startswith("B-")
            if open_span is not None and not continues:
                gold.add((open_span[0], end, open_span[1]))
                open_span = None
            if kind is not None and open_span is None:
                open_span = (start, kind)
            end = offset + len(line)
            previous = token
        if open_span is not None:
            gold.add((open_span[0], end, open_span[1]))
        lines.append(line)
        offset += len(line) + 1
    return Article("\n".join(lines), published, gold)


def predicted(extractor: Extractor, articles: list[Article]) -> tuple[list[Gold], float]:
    """Each article's mentions as (start, end, CoNLL type), and the CPU seconds it took."""
    records = [{"id": str(i), "text": a.text, "published": a.published} for i, a in enumerate(articles)]
    start = time.process_time()
    documents = list(extractor.extract_many(records, batch_size=32))
    seconds = time.process_time() - start
    found: list[Gold] = [set() for _ in articles]
    for document in documents:
        spans = found[int(document.id or 0)]
        for entity in document.entities:
            for mention in entity.mentions:
                if mention.label in LABELS:
                    spans.add((mention.start, mention.end, LABELS[mention.label]))
    return found, seconds


def prf(gold: list[Gold], found: list[Gold], types: tuple[str, ...]) -> tuple[float, float, float, int]:
    counts: Counter = Counter()
    for g, f in zip(gold, found, strict=True):
        g = {s for s in g if s[2] in types}
        f = {s for s in f if s[2] in types}
        counts["tp"] += len(g & f)
        counts["fp"] += len(f - g)
        counts["fn"] += len(g - f)
    p = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 0.0
    r = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, counts["tp"] + counts["fn"]


def write_errors(path: Path, articles: list[Article], found: list[Gold]) -> None:
    """Each document's missed (-) and spurious (+) spans with their line, for reading errors."""
    out = []
    for number, (article, spans) in enumerate(zip(articles, found, strict=True)):
        text = article.text
        wrong = sorted([(s, e, t, "-") for s, e, t in article.gold - spans] + [(s, e, t, "+") for s, e, t in spans - article.gold])
        for start, end, kind, sign in wrong:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            out.append(f"{number}\t{sign}{kind}\t{text[start:end]}\t{line[:160]}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def configurations(ablate: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    rows = [("bare spaCy", ()), ("pipeline", tuple(DEFAULT_STAGES))]
    rows += [(f"  without {stage}", tuple(s for s in DEFAULT_STAGES if s != stage)) for stage in ablate]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", help="eng.testa and/or eng.train (default: both)")
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each file")
    parser.add_argument(
        "--ablate", nargs="*", default=list(DEFAULT_STAGES), help="stages to leave out one at a time (default: all)"
    )
    parser.add_argument("--details", action="store_true", help="per-type P/R/F1 for every row")
    parser.add_argument(
        "--errors", metavar="FILE", help="write the pipeline's missed and spurious spans of eng.train (never eng.testa) to FILE"
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"no CoNLL-2003 data at {DATA}")
    for name in args.file or ["eng.testa", "eng.train"]:
        articles = read_conll(DATA / name, args.limit)
        gold = [a.gold for a in articles]
        print(f"\n{name}: {len(articles)} documents, {sum(len(g) for g in gold)} gold entities")
        print(f"{'':24}{'micro P':>8}{'R':>7}{'F1':>7}{'P/O/L F1':>10}{'PER':>7}{'ORG':>7}{'LOC':>7}{'MISC':>7}{'cpu':>7}")
        bare_seconds = None
        details = []
        for label, stages in configurations(args.ablate):
            found, seconds = predicted(Extractor(stages=stages), articles)
            bare_seconds = bare_seconds or seconds
            p, r, f1, _ = prf(gold, found, TYPES)
            core = prf(gold, found, ("PER", "ORG", "LOC"))[2]
            per_type = [prf(gold, found, (t,))[2] for t in TYPES]
            cells = "".join(f"{100 * v:7.1f}" for v in per_type)
            print(f"{label:24}{100 * p:8.1f}{100 * r:7.1f}{100 * f1:7.1f}{100 * core:10.1f}{cells}{bare_seconds / seconds:7.2f}")
            if args.errors and label == "pipeline" and name == DEVELOPMENT:
                write_errors(Path(args.errors), articles, found)
            if args.details or label in ("bare spaCy", "pipeline"):
                details.append((label, [(t, prf(gold, found, (t,))) for t in TYPES]))
        print(f"\n{'per type':24}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
        for label, rows in details:
            for t, (p, r, f1, n) in rows:
                print(f"{label.strip() + ' ' + t:24}{100 * p:7.1f}{100 * r:7.1f}{100 * f1:7.1f}{n:7d}")


if __name__ == "__main__":
    main()
