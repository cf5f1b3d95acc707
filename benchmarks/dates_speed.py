"""Time to resolve every time expression in 200 articles: the dates stage versus
`dateparser.search.search_dates` over the same texts, in one run.

    python benchmarks/dates_speed.py [--limit N] [--scaling]

Texts: the first 200 TempEval-3 documents (../shared/benchmarks/tempeval3), or the fixture
articles repeated to 200 when those are absent. The dates stage is timed alone, on docs the
rest of the pipeline (model, news_ner) has already parsed, since it needs their entities and
parse; the full pipeline's time is printed beside it for scale. Both are warmed up on a
short text first (dateparser compiles its language data on first use, and the stage's own
dateparser fallback shares it), so steady-state times are compared. search_dates gets the raw
text and the same publication date as its relative base.

--scaling times `timex.resolve` on one adversarial "date" ("2021-" repeated) of 10k, 40k,
160k and 1M characters: the time must grow linearly with the length.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateparser.search import search_dates
from timeml import read_timeml

from geonews_extract import load_pipeline
from geonews_extract.annotations import set_published, times_of
from geonews_extract.inputs import parse_published
from geonews_extract.timex.fallback import parse_absolute

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "benchmarks" / "tempeval3"
ARTICLES = 200


def articles() -> list[tuple[str, str]]:
    """(text, published) pairs."""
    paths = sorted(TEMPEVAL.glob("*/*.tml"))
    if paths:
        found = [read_timeml(p) for p in paths[:ARTICLES]]
        return [(d.text, d.dct) for d in found]
    fixtures = []
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        fixtures.append((path.read_text(encoding="utf-8"), gold["published"]))
    return list(islice(cycle(fixtures), ARTICLES))


def as_datetime(published) -> datetime:
    value = parse_published(published)
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def scaling() -> None:
    from geonews_extract.timex import Context, resolve

    previous, previous_size = None, 1
    for size in (10_000, 40_000, 160_000, 1_000_000):
        text = ("2021-" * (size // 5 + 1))[:size]
        started = time.perf_counter()
        resolve(text, Context(datetime(2021, 9, 30)))
        seconds = time.perf_counter() - started
        growth = f"  x{seconds / previous:.1f} for x{size // previous_size}" if previous else ""
        print(f"'2021-' repeated, {size:>9,} characters: {seconds:7.3f} s{growth}")
        previous, previous_size = seconds, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=ARTICLES, help="number of articles (default 200)")
    parser.add_argument("--scaling", action="store_true", help="also time resolve() on one long adversarial date")
    args = parser.parse_args()
    if args.scaling:
        scaling()
    pairs = articles()[: args.limit]
    nlp = load_pipeline()
    stage = nlp.get_pipe("dates")

    started = time.perf_counter()
    docs = []
    for doc, (_, published) in zip(nlp.pipe((t for t, _ in pairs), disable=["dates"]), pairs, strict=True):
        set_published(doc, parse_published(published))
        docs.append(doc)
    upstream = time.perf_counter() - started

    # both warmed up first: dateparser compiles its language data on first use, and the
    # stage's own fallback to dateparser shares that cost; steady-state times are compared
    stage(nlp.make_doc("warm-up"))
    search_dates("It rained on 30.09.2021 and on Tuesday.", languages=["en"], settings={"RELATIVE_BASE": as_datetime(pairs[0][1])})
    parse_absolute("30.09.2021", None, None)

    started = time.perf_counter()
    for doc in docs:
        stage(doc)
    ours = time.perf_counter() - started
    found_ours = sum(len(times_of(doc)) for doc in docs)
    resolved = sum(1 for doc in docs for t in times_of(doc) if t.value)

    started = time.perf_counter()
    found_theirs = 0
    for text, published in pairs:
        found_theirs += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": as_datetime(published)}) or [])
    theirs = time.perf_counter() - started

    print(f"{len(pairs)} articles, {sum(len(t) for t, _ in pairs):,} characters")
    print(f"dates stage alone:          {ours:8.2f} s  {found_ours} expressions, {resolved} with a value")
    print(f"  (model + news_ner before it: {upstream:.2f} s; whole pipeline {upstream + ours:.2f} s)")
    print(f"dateparser search_dates:    {theirs:8.2f} s  {found_theirs} dates found")
    print(f"search_dates / dates stage: {theirs / ours:8.1f}x")
    print(f"search_dates / whole pipeline: {theirs / (upstream + ours):5.1f}x")


if __name__ == "__main__":
    main()
