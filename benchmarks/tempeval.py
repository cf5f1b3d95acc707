"""TempEval-3 style scores of the dates stage on the TimeML corpora and the fixture articles.

    python benchmarks/tempeval.py [--errors errors.tsv] [--limit N] [--corpus TimeBank]

Reads ../shared/benchmarks/tempeval3/{TimeBank,AQUAINT}/*.tml (TBAQ-cleaned, 256 news
documents), runs the full pipeline on each text with the document creation time as
`published`, and scores `Document.times` against the TIMEX3 tags: strict extent F1 (same
start and end), relaxed extent F1 (overlap), value F1 (relaxed match with the same value;
TempEval-3's attribute F1; two durations of the same length, such as P10Y and P1DE, are
the same value, and so is a week number written without its leading zero, W5 and W05), type accuracy, mod accuracy (relaxed matches whose gold has a TimeML mod:
the share where ours is the same) and range accuracy (relaxed matches whose gold value names
a stretch of the calendar: the share where our `range` is exactly that stretch). The fixture
articles' gold times (surface strings) are scored the same way, located in their text in order.

TBAQ (TimeBank and AQUAINT) is the TempEval-3 training data and this benchmark's development
set: --errors writes the errors of both corpora and of the fixtures, so all its figures are
optimistic; the nearest to unseen news is the TempEval-3 platinum test set, not stored here.

HeidelTime's and SUTime's published figures are from the TempEval-3 overview paper, on the
task's platinum test set (20 other news documents): a different split, printed for
orientation only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeml import Tally, read_timeml

from geonews_extract import extract_many, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "benchmarks" / "tempeval3"
FIXTURES = ROOT / "fixtures" / "articles"
PUBLISHED = {  # TempEval-3 platinum test set, from the task overview paper
    "HeidelTime": {"strict F1": 0.813, "relaxed F1": 0.903, "value F1": 0.776},
    "SUTime": {"relaxed F1": 0.903, "value F1": 0.674},
}
COLUMNS = ("strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value F1", "type accuracy", "mod accuracy", "range accuracy")


def tempeval_records() -> list[tuple[str, dict, list[tuple[int, int, str, str]]]]:
    records = []
    for path in sorted(TEMPEVAL.glob("*/*.tml")):
        doc = read_timeml(path)
        gold = [(g.start, g.end, g.value, g.type, g.mod) for g in doc.times]
        records.append((path.parent.name, {"id": doc.name, "text": doc.text, "published": doc.dct}, gold))
    return records


def fixture_records() -> list[tuple[str, dict, list[tuple[int, int, str, str]]]]:
    records = []
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold_file = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        gold, position = [], 0
        for time_gold in gold_file["times"]:
            start = text.find(time_gold["text"], position)
            if start < 0:
                raise ValueError(f"{path.name}: {time_gold['text']!r} not found in order")
            position = start + len(time_gold["text"])
            gold.append((start, position, time_gold["value"], time_gold["type"]))
        records.append(("fixtures", {"id": path.stem, "text": text, "published": gold_file["published"]}, gold))
    return records


def _range(found) -> tuple[str, str] | None:
    return None if found is None else (str(found.start), str(found.end))


def evaluate(records, errors_path: Path | None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    lines = []
    nlp = load_pipeline()
    documents = extract_many((record for _, record, _ in records), nlp=nlp)
    for (corpus, record, gold), document in zip(records, documents, strict=True):
        system = [
            (t.start, t.end, t.value, t.type, getattr(t, "mod", None), _range(getattr(t, "range", None)))
            for t in document.times
        ]
        errors = tallies.setdefault(corpus, Tally()).add(gold, system)
        if corpus != "fixtures":
            tallies.setdefault("TimeML (all)", Tally()).add(gold, system)
        text = record["text"]
        for kind, g, s in errors:
            gold_text = f"{text[g[0]:g[1]]!r} {g[2]}" if g else ""
            system_text = f"{text[s[0]:s[1]]!r} {s[2]}" if s else ""
            context = text[max(0, (g or s)[0] - 50) : (g or s)[1] + 30].replace("\n", " ")
            lines.append(f"{kind}\t{corpus}\t{record['id']}\t{record['published']}\t{gold_text}\t{system_text}\t{context}")
    if errors_path:
        errors_path.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=Path, help="write every missed, spurious, wrong-value and wrong-boundary expression here (TSV: kind, corpus, document, DCT, gold, ours, context)")
    parser.add_argument("--limit", type=int, help="score only the first N documents of each corpus")
    parser.add_argument("--corpus", choices=("TimeBank", "AQUAINT", "fixtures"), help="score this part alone")
    args = parser.parse_args()
    records = fixture_records()
    if TEMPEVAL.is_dir():
        records = tempeval_records() + records
    else:
        print(f"{TEMPEVAL} not found: scoring the fixtures only")
    if args.corpus:
        records = [r for r in records if r[0] == args.corpus]
    if args.limit:
        by_corpus: dict[str, list] = {}
        for record in records:
            by_corpus.setdefault(record[0], []).append(record)
        records = [r for corpus in by_corpus.values() for r in corpus[: args.limit]]
    started = time.perf_counter()
    tallies = evaluate(records, args.errors)
    seconds = time.perf_counter() - started
    print(f"{'':24}" + "".join(f"{c:>15}" for c in COLUMNS) + f"{'gold':>7}{'found':>7}{'gold mods':>10}{'spurious mods':>14}")
    for name in ("TimeML (all)", "TimeBank", "AQUAINT", "fixtures"):
        if name in tallies:
            scores = tallies[name].scores()
            tally = tallies[name]
            label = name
            print(f"{label:24}" + "".join(f"{scores[c]:>15.3f}" for c in COLUMNS) + f"{tally.gold:>7}{tally.system:>7}{tally.gold_mod:>10}{tally.spurious_mod:>14}")
    print()
    for tool, scores in PUBLISHED.items():
        print(f"{tool + ' (platinum test)':24}" + "".join(f"{scores[c]:>15.3f}" if c in scores else f"{'-':>15}" for c in COLUMNS))
    print(
        "\nHeidelTime and SUTime: published TempEval-3 figures on the 20-document platinum test set, "
        "not on these files; ours are on the 256 TBAQ training documents, the development set "
        "(errors of both parts read): optimistic."
    )
    print(f"{len(records)} documents, full pipeline, {seconds:.1f} s")


if __name__ == "__main__":
    main()
