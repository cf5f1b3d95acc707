"""Throughput of the batch runner with 1, 2, ... worker processes on the same corpus.

    PYTHONPATH=src python benchmarks/batch_scaling.py [--repeat N] [--limit N] [--workers 1 2 4]

Corpus: the TempEval-3 news texts (../shared/benchmarks/tempeval3, tags stripped, DCT as
published) when present, else the fixture articles. Each setting runs the whole runner
(reading, extraction, JSONL writing) into a fresh file; the pipeline is loaded once,
before timing. Prints docs/s per setting, its ratio to the first setting, and the CPU
time of the parent (reading, writing) and of the worker processes: on a busy machine the
ratio falls short of the worker count while those CPU figures show where the time went.

Side by side, in the same run: the plain alternative (one process, `Extractor.extract_many`
writing ``model_dump_json`` lines, with no checks, ordering, lock or resume), and the time
a resumed run spends reading the finished output before it starts (every line is checked
to be an output record).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import resource
import tempfile
import time
from pathlib import Path

from geonews_extract import Extractor
from geonews_extract.batch import JsonlOutput, run
from geonews_extract.corpus import Item

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "benchmarks" / "tempeval3"
_DCT = re.compile(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def corpus() -> tuple[str, list[tuple[str, str, str | None]]]:
    files = sorted(TEMPEVAL.glob("*/*.tml"))
    if files:
        texts = []
        for path in files:
            raw = path.read_text(encoding="utf-8")
            dct = _DCT.search(raw)
            body = _TEXT.search(raw)
            if body:
                published = (dct.group(1) or dct.group(2))[:10] if dct else None
                texts.append((path.stem, html.unescape(_TAG.sub("", body.group(1))).strip(), published))
        return "TempEval-3 TBAQ", texts
    texts = [(p.stem, p.read_text(encoding="utf-8"), "2024-01-01") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    return "fixture articles", texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="copies of the corpus in one run")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--limit", type=int, help="only the first N documents of the corpus")
    args = parser.parse_args()
    name, texts = corpus()
    texts = texts[: args.limit] if args.limit else texts
    items = [Item(f"{n}/{key}", text, published) for n in range(args.repeat) for key, text, published in texts]
    chars = sum(len(str(item.text)) for item in items)
    extractor = Extractor()
    print(f"corpus: {name}, {len(items)} documents, {chars:,} characters; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), time.process_time()
        with Path(tmp, "plain.jsonl").open("w", encoding="utf-8") as out:
            records = ({"id": item.id, "text": item.text, "published": item.published} for item in items)
            plain = sum(out.write(doc.model_dump_json() + "\n") > 0 for doc in extractor.extract_many(records, batch_size=args.batch_size))
        plain_rate, plain_cpu = plain / (time.perf_counter() - start), time.process_time() - cpu
    print(f"plain extract_many, 1 process: {plain} documents, {plain_rate:.1f} docs/s; CPU s: {plain_cpu:.1f}")
    rates: dict[int, float] = {}
    for workers in args.workers:
        with tempfile.TemporaryDirectory() as tmp:
            before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            summary = run(items, JsonlOutput(Path(tmp, "out.jsonl")), workers=workers, batch_size=args.batch_size, extractor=extractor)
            elapsed = time.perf_counter() - start
            opened = time.perf_counter()
            JsonlOutput(Path(tmp, "out.jsonl")).close()
            reopen = time.perf_counter() - opened
            parent, children = (
                after.ru_utime + after.ru_stime - earlier.ru_utime - earlier.ru_stime
                for after, earlier in zip((resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)), before, strict=True)
            )
        rates[workers] = summary.documents / elapsed
        ratio = rates[workers] / rates[args.workers[0]]
        print(f"workers={workers}: {summary.documents} documents, {summary.errors} errors, {elapsed:.1f} s, "
              f"{rates[workers]:.1f} docs/s, ratio to {args.workers[0]} worker(s) {ratio:.2f}; "
              f"CPU s: parent {parent:.1f}, workers {children:.1f}; reopening the output to resume: {reopen * 1000:.0f} ms")
        if workers == 1:
            print(f"  runner / plain extract_many at 1 worker: docs/s {rates[1] / plain_rate:.2f}, CPU time {parent / plain_cpu:.2f}")


if __name__ == "__main__":
    main()
