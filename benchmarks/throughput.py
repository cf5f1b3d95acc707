"""Throughput of the whole pipeline against bare spaCy on real news corpora, where the time
goes, workers, memory.

    PYTHONPATH=src python benchmarks/throughput.py [--limit N] [--rounds R] [--stream N]
        [--worker-docs N] [--worker-rounds R] [--skip speed shares workers memory]
        [--dump FILE | --profile N]

`--dump FILE` writes the Documents of the first `--limit` documents of each corpus as JSON
lines (a speed change must leave the file byte for byte as it was: ``cmp`` two of them);
`--profile N` prints the N functions of most own CPU time over them (cProfile timed by
``time.process_time``, so other jobs on the machine do not count; its overhead inflates
Python-heavy code: read it for where the time goes and for call counts, not for shares).

The defaults take about fifteen minutes on a quiet 2-core machine. In one run and one process:

1. Memory, measured first so no later figure's peak hides it: peak resident memory after a
   stream of `--stream`/10 small documents and after `--stream` (default 20,000;
   CoNLL-2003 sentences, one document each). Flat means the ratio stays near 1.
2. Speed, CPU time (``time.process_time``, each run started from a collected heap), batch
   size 32, on documents neither side has seen. Each corpus is cut into disjoint slices of
   `--limit` documents (default 40); both sides read the first slice untimed (what is loaded
   on first use is then in place, as in a long stream), and each of the next `--rounds`
   slices (default 4; fewer where a corpus runs out) is one timed round, given to both
   sides, the side that goes first alternating: `Extractor.extract_many` (the default
   pipeline, input checks and Document assembly included) against ``nlp.pipe`` of the bare
   spaCy model it is built on (every component of the model, nothing disabled), on
   - CoNLL-2003 ``eng.testa`` documents (216), detokenised as ../shared/benchmarks/README.md
     says (sentences on their own lines, the dateline date as published);
   - TempEval-3 TBAQ texts (256; TimeBank and AQUAINT, tags stripped, the DCT as published);
   - PolNeAR dev texts, then as many train texts as the slices need (publication date from
     metadata.tsv).
   After the memory stream (which reads the testa sentences) the speed part starts from a
   fresh Extractor with the package's process-wide caches emptied. The figure is the share
   of bare spaCy's throughput the pipeline keeps: the median of the rounds' shares with
   their range (on a shared machine the rounds differ: the range says by how much), and
   the total share (all bare seconds over all pipeline seconds). Rounds repeating the same
   documents are not used: the stages remember names they have seen, so a repeat costs the
   pipeline less than a new article would and overstates the share; a lone first round is
   one noisy measurement.
3. Where the time goes: in each round, after both sides, the same slice goes through a
   second Extractor (warmed up the same way, so it has not seen the slice either) a step at
   a time (as ``nlp.pipe`` runs it, batch by batch), each step's CPU time kept:
   input checks, the tokenizer, writing the input on the Doc, each of the model's
   components and each stage, `assemble`; time inside the `annotations` accessors is kept
   apart too. Printed as shares of the model's own time (tokenizer plus the model's
   components), per corpus: each stage's budget, and the overhead outside the components.
4. Workers, wall time and the CPU time of the parent and of the worker processes, on
   `--worker-docs` (default 512, long enough that starting the processes and the last
   batch's wait are a small part) distinct news articles, TBAQ's then PolNeAR's (the same
   articles twice would meet the same worker twice, as the batches are dealt in turn): the
   pipeline's own ``nlp.pipe`` with one process and with two (Docs serialised to and from
   the workers, Documents assembled in the parent), and `extract_many`'s supervised pool with two (Documents assembled in the
   workers), in `--worker-rounds` (default 2) rounds, each ratio against the one process of
   its own round. Wall ratios mean something only on a quiet machine; the CPU split shows
   where the work went, and twice the one process's CPU time over all the CPU time of a
   two-process run is about the most two cores could give (a guide: CPU time also grows
   when processes share the cores' caches and memory).

The corpora are read from ../shared/benchmarks; a corpus that is absent is skipped.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import cycle, islice
from pathlib import Path
from statistics import median
from typing import Any

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy.language import Language
from timeml import read_timeml

from geonews_extract import Extractor
from geonews_extract.pipeline import load_model

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
BATCH = 32
Record = tuple[str, str, str | None]  # id, text, published

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "`", "``"}


def detokenise(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        if text and token not in _NO_SPACE_BEFORE and text[-1] not in "([{$`" and not text.endswith(tuple(_NO_SPACE_AFTER)):
            text += " "
        text += token
    return text


def conll_documents(path: Path) -> list[list[str]]:
    """Each document as its detokenised sentences."""
    documents: list[list[str]] = []
    sentence: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            documents.append([])
            continue
        if not line.strip():
            if sentence and documents:
                documents[-1].append(detokenise(sentence))
            sentence = []
            continue
        sentence.append(line.split()[0])
    return [d for d in documents if d]


def conll() -> list[Record]:
    path = SHARED / "conll2003" / "eng.testa"
    if not path.is_file():
        return []
    records = []
    for number, sentences in enumerate(conll_documents(path)):
        dated = next((s.split()[-1] for s in sentences[:3] if s.split() and _iso(s.split()[-1])), None)
        records.append((f"conll-{number}", "\n".join(sentences), dated))
    return records


def conll_sentences() -> list[str]:
    path = SHARED / "conll2003" / "eng.testa"
    if not path.is_file():
        return []
    return [s for d in conll_documents(path) for s in d if len(s) > 20]


def _iso(token: str) -> bool:
    return len(token) == 10 and token[4] == "-" and token[7] == "-" and token[:4].isdigit()


def tbaq() -> list[Record]:
    files = sorted((SHARED / "tempeval3").glob("*/*.tml"))
    return [(p.stem, (d := read_timeml(p)).text.strip(), d.dct[:10]) for p in files]


def polnear(parts: tuple[str, ...] = ("dev",)) -> list[Record]:
    """The texts of each part in turn (dev, then train where asked), each part sorted by name."""
    folder = SHARED / "polnear"
    dates: dict[str, str] = {}
    metadata = folder / "metadata.tsv"
    if metadata.is_file():
        with metadata.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                name = row.get("filename") or row.get("name") or row.get("article") or ""
                dates[Path(name).stem] = (row.get("publication_date") or "")[:10]
    return [
        (p.stem, p.read_text(encoding="utf-8"), dates.get(p.stem) or None)
        for part in parts
        for p in sorted((folder / part / "text").glob("*.txt"))
    ]


def cpu(run: Callable[[], object]) -> float:
    """CPU seconds of `run`, started from a collected heap, so garbage left by the run
    before is never collected on this one's clock."""
    gc.collect()
    started = time.process_time()
    run()
    return time.process_time() - started


def wall(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def pipeline_vs_bare(
    extractor: Extractor, bare: Language, slices: list[list[Record]], stepper: Extractor | None = None,
    clock: Clock | None = None,
) -> tuple[list[float], list[float]]:
    """CPU seconds of each round, one round per slice of documents neither side has seen:
    the pipeline's `extract_many` and bare ``nlp.pipe`` on the same slice, one after the
    other, the side that goes first alternating from round to round; with `stepper` and
    `clock`, the step-by-step breakdown runs too, after both, by `stepper` (a second
    Extractor, warmed up as the first, which has not seen the slice either)."""
    ours, theirs = [], []
    for number, records in enumerate(slices):
        texts = [text for _, text, _ in records]
        pipeline = lambda r=records: cpu(lambda: list(extractor.extract_many(r, batch_size=BATCH, on_error=_raise)))  # noqa: E731
        spacy_only = lambda t=texts: cpu(lambda: list(bare.pipe(t, batch_size=BATCH)))  # noqa: E731
        if number % 2:
            theirs.append(spacy_only())
            ours.append(pipeline())
        else:
            ours.append(pipeline())
            theirs.append(spacy_only())
        if stepper is not None and clock is not None:
            gc.collect()
            with accessors_timed(clock):
                breakdown(stepper, records, clock)
    return ours, theirs


def warm_up(extractors: list[Extractor], bare: Language, spare: list[Record]) -> None:
    """Every side once over documents outside the timed ones, so what a stage or the model
    loads or builds on first use (lexicons, the gazetteer, dateparser's languages, spaCy's
    lookups) is in place before the clock runs, as it is in a long stream, while nothing
    remembered of the timed documents themselves is."""
    for extractor in extractors:
        list(extractor.extract_many(spare, batch_size=BATCH, on_error=_raise))
    list(bare.pipe([text for _, text, _ in spare], batch_size=BATCH))


def forget_caches() -> None:
    """Empty the package's process-wide ``functools`` caches (what a stream before has left
    in them: folded names, normalised expressions), so the timed slices are unseen by every
    memo of the process; what they load is loaded again by the warm-up."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("geonews_extract") or module is None:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()


def slices_of(records: list[Record], size: int, count: int) -> list[list[Record]]:
    """Up to `count` disjoint slices of `size` documents, in order; a last partial slice is left out."""
    return [records[i * size : (i + 1) * size] for i in range(min(count, len(records) // size))]


def _raise(record_id: str | None, err: Exception) -> None:
    raise RuntimeError(f"{record_id}: {err}") from err


# where the time goes ------------------------------------------------------------------------

#: The accessors of `annotations` timed on their own in the breakdown (time spent in them
#: is also inside the stage or step that called them).
ACCESSORS = (
    "set_entities", "entities_of", "set_times", "times_of", "set_quotes", "quotes_of",
    "published_of", "set_published", "warn", "warnings_of", "entity_at", "set_input",
    "original_text", "id_of", "entity_spans", "dateline_offsets", "entities_by_surface",
)


class Clock:
    """CPU seconds by step; time in an accessor is also kept apart, for the step that called it."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}
        self.accessors: dict[str, float] = {}
        self.step = ""
        self.depth = 0

    def add(self, step: str, seconds: float) -> None:
        self.steps[step] = self.steps.get(step, 0.0) + seconds

    def timed(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.depth -= 1
                self.accessors[self.step] = self.accessors.get(self.step, 0.0) + time.process_time() - started

        return wrapper


@contextmanager
def accessors_timed(clock: Clock) -> Iterator[None]:
    """Every module of the package that holds an accessor calls a timed copy, until the end."""
    from geonews_extract import annotations

    originals = {name: getattr(annotations, name) for name in ACCESSORS}
    patched: list[tuple[object, str, object]] = []
    for module in [m for name, m in sys.modules.items() if name.startswith("geonews_extract") and m]:
        for name, function in originals.items():
            if getattr(module, name, None) is function:
                patched.append((module, name, function))
                setattr(module, name, clock.timed(function))
    try:
        yield
    finally:
        for module, name, function in patched:
            setattr(module, name, function)


def breakdown(extractor: Extractor, records: list[Record], clock: Clock) -> None:
    """What `extract_many` does, a step at a time, each step's CPU time added to `clock`:
    input checks, the tokenizer, writing the input on the Doc, each component over the
    batch (as ``nlp.pipe`` runs them, batch size 32), assembling the Documents."""
    from geonews_extract.assemble import assemble

    nlp = extractor.nlp
    started = time.process_time()
    jobs = list(extractor.jobs(records, None, _raise))
    clock.add("input checks", time.process_time() - started)
    for first in range(0, len(jobs), BATCH):
        batch = jobs[first : first + BATCH]
        clock.step = "tokenizer"
        started = time.process_time()
        docs = [nlp.tokenizer(job.prepared.masked) for job in batch]
        clock.add("tokenizer", time.process_time() - started)
        clock.step = "set_input"
        started = time.process_time()
        for doc, job in zip(docs, batch, strict=True):
            _set_input(doc, job)
        clock.add("set_input", time.process_time() - started)
        for name, component in nlp.pipeline:
            clock.step = name
            started = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=BATCH))
            else:
                docs = [component(doc) for doc in docs]
            clock.add(name, time.process_time() - started)
        clock.step = "assemble"
        started = time.process_time()
        for doc in docs:
            assemble(doc)
        clock.add("assemble", time.process_time() - started)


def _set_input(doc: Doc, job: Any) -> None:
    """What `Extractor.make_doc` does after the tokenizer."""
    from geonews_extract.annotations import remember_text, set_input

    prepared = job.prepared
    remember_text(doc, prepared.masked)
    original = prepared.original if prepared.original != prepared.masked else None
    set_input(doc, original, prepared.published, prepared.warnings, job.id)


def print_shares(clocks: dict[str, Clock], model_components: list[str], bare: dict[str, float]) -> None:
    """One column per corpus: each step's CPU time as a share of the model's own time there
    (the tokenizer plus the model's components, as run inside the pipeline)."""
    names = list(clocks)
    model = {n: sum(clocks[n].steps.get(c, 0.0) for c in ["tokenizer", *model_components]) for n in names}
    width = max(len(n) for n in names) + 2
    print("\nCPU time of each step as a share of the model's own time (tokenizer + the model's components,")
    print("run inside the pipeline); accessor time (annotations.py) is also inside its step's figure")
    print(f"{'step':34}" + "".join(f"{n:>{width}}" for n in names))

    def row(label: str, values: list[float]) -> None:
        print(f"{label:34}" + "".join(f"{v:>{width}.3f}" for v in values))

    steps = ["input checks", "tokenizer", "set_input"]
    steps += [s for s in clocks[names[0]].steps if s not in (*steps, "assemble")] + ["assemble"]
    for step in steps:
        role = "model" if step in ("tokenizer", *model_components) else "ours"
        row(f"{step} ({role})", [clocks[n].steps.get(step, 0.0) / model[n] for n in names])
        accessor = [clocks[n].accessors.get(step, 0.0) / model[n] for n in names]
        if any(value >= 0.0005 for value in accessor) and step != "set_input":
            row("  of which accessors", accessor)
    outside = ["input checks", "set_input", "assemble"]
    row("overhead outside components", [sum(clocks[n].steps.get(s, 0.0) for s in outside) / model[n] for n in names])
    row("accessors inside stages", [
        sum(t for s, t in clocks[n].accessors.items() if s not in (*outside, "tokenizer", *model_components)) / model[n]
        for n in names
    ])
    totals = [sum(clocks[n].steps.values()) for n in names]
    row("whole pipeline", [t / model[n] for t, n in zip(totals, names, strict=True)])
    row("bare spaCy (nlp.pipe), same texts", [bare[n] / model[n] for n in names])
    print(f"{'model CPU seconds':34}" + "".join(f"{model[n]:>{width}.2f}" for n in names))


def workers(
    extractor: Extractor, bare: Language, records: list[Record], rounds: int
) -> list[tuple[dict[str, tuple[float, float, float]], list[float]]]:
    """For each round, (wall seconds, parent CPU seconds, worker processes' CPU seconds) of
    each way to run the stream, one after the other: the pipeline's own ``nlp.pipe`` with
    one and with two processes (Documents assembled in the parent), `extract_many`'s
    supervised pool with two, and bare spaCy's ``nlp.pipe`` with one and with two (the
    ceiling spaCy's own workers reach on the same texts); with the CPU seconds of each batch
    of the one-process run."""
    from geonews_extract.assemble import assemble

    def through_pipe(n_process: int, batches: list[float] | None = None) -> None:
        jobs = extractor.jobs(records, None, _raise)
        docs = (extractor.make_doc(job) for job in jobs)
        started = time.process_time()
        for number, doc in enumerate(extractor.nlp.pipe(docs, batch_size=BATCH, n_process=n_process), 1):
            assemble(doc)
            if batches is not None and (number % BATCH == 0 or number == len(records)):
                batches.append(time.process_time() - started)
                started = time.process_time()

    texts = [text for _, text, _ in records]

    def bare_pipe(n_process: int) -> None:
        for _ in bare.pipe(texts, batch_size=BATCH, n_process=n_process):
            pass

    def measured(run: Callable[[], object]) -> tuple[float, float, float]:
        before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = wall(run)
        after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        parent, children = (
            a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True)
        )
        return seconds, parent, children

    rounds_found: list[tuple[dict[str, tuple[float, float, float]], list[float]]] = []
    for _ in range(rounds):
        batches: list[float] = []
        found = {
            "nlp.pipe, 1 process": measured(partial(through_pipe, 1, batches)),
            "nlp.pipe, 2 processes": measured(lambda: through_pipe(2)),
            "extract_many, 2 processes": measured(
                lambda: list(extractor.extract_many(records, batch_size=BATCH, n_process=2, on_error=_raise))
            ),
            "bare spaCy, 1 process": measured(lambda: bare_pipe(1)),
            "bare spaCy, 2 processes": measured(lambda: bare_pipe(2)),
        }
        rounds_found.append((found, batches))
    return rounds_found


def costlier_half(batches: list[float]) -> float:
    """The most two workers can gain when spaCy deals batch i to worker i % 2: the worker
    given the costlier half of the batches sets the wall time whatever the other one does."""
    return sum(batches) / max(sum(batches[0::2]), sum(batches[1::2]))


def in_order(batches: list[float]) -> float:
    """The most two workers can gain as spaCy's ``nlp.pipe`` runs them, with no cost of moving
    Docs at all: a worker hands each finished batch down a pipe that holds far less than a
    batch, so it waits until the parent reads it, and the parent reads the batches in the
    order dealt; a worker starts its next batch only when its last one has been taken."""
    free = [0.0, 0.0]
    taken = 0.0
    for number, seconds in enumerate(batches):
        worker = number % 2
        taken = max(free[worker] + seconds, taken)
        free[worker] = taken
    return sum(batches) / taken if taken else 1.0


def peak_rss(extractor: Extractor, sentences: list[str], sizes: tuple[int, ...]) -> dict[int, float]:
    """Peak RSS in MB after each stream size (one stream, read as it goes)."""
    stream: Iterator[str] = islice(cycle(sentences), max(sizes))
    found, done = {}, 0
    for size in sizes:
        for _ in extractor.extract_many(islice(stream, size - done), batch_size=BATCH):
            pass
        done = size
        found[size] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return found


def dump_or_profile(extractor: Extractor, corpora: dict[str, list[Record]], dump: Path | None, top: int | None) -> None:
    """The Documents as JSON lines in `dump`, or a profile of the pipeline's `top` functions."""
    records = [record for found in corpora.values() for record in found]
    if dump is not None:
        with dump.open("w", encoding="utf-8") as handle:
            for document in extractor.extract_many(records, batch_size=BATCH, on_error=_raise):
                handle.write(document.model_dump_json() + "\n")
        print(f"{len(records)} Documents written to {dump}")
        return
    import cProfile
    import pstats

    list(extractor.extract_many(records[:4], batch_size=BATCH))  # loads what the stages load once
    profile = cProfile.Profile(time.process_time)  # CPU time: the other jobs on the machine do not count
    profile.runcall(lambda: list(extractor.extract_many(records, batch_size=BATCH, on_error=_raise)))
    pstats.Stats(profile).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=40, help="documents per slice (one slice a round) for the "
                        "speed rounds; with --dump or --profile, the first N documents of each corpus (0: all)")
    parser.add_argument("--rounds", type=int, default=4, help="timed rounds per corpus, each on its own slice "
                        "(fewer where a corpus has no more whole slices after the warm-up one)")
    parser.add_argument("--stream", type=int, default=20_000, help="documents in the memory stream")
    parser.add_argument("--worker-docs", type=int, default=512, help="documents in the workers stream")
    parser.add_argument("--worker-rounds", type=int, default=2, help="interleaved rounds of the workers comparison")
    parser.add_argument("--skip", nargs="*", default=(), choices=("speed", "shares", "workers", "memory"))
    parser.add_argument("--dump", type=Path, help="write the Documents of the --limit documents of each corpus "
                        "as JSON lines to this file and stop (compare two with cmp to check a speed change)")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N functions of most own CPU time "
                        "(cProfile) over the --limit documents of each corpus, and stop")
    args = parser.parse_args()

    extractor = Extractor()
    bare = load_model()
    corpora = {"CoNLL-2003 testa": conll(), "TempEval-3 TBAQ": tbaq(), "PolNeAR dev": polnear()}
    full = {name: records for name, records in corpora.items() if records}
    corpora = {name: records[: args.limit or None] for name, records in full.items()}
    if not corpora:
        print("no corpus under ../shared/benchmarks; nothing measured")
        return
    if args.dump or args.profile:
        dump_or_profile(extractor, corpora, args.dump, args.profile)
        return
    size = args.limit or 40
    pools = dict(full)
    if "PolNeAR dev" in pools:  # dev, then as many train texts as the slices need
        dev = pools.pop("PolNeAR dev")
        pools["PolNeAR dev+train"] = (dev + polnear(("train",)))[: size * (args.rounds + 1)]
    slices = {name: slices_of(records, size, args.rounds + 1) for name, records in pools.items()}
    spare = [record for found in slices.values() for record in found[0]]  # the warm-up slices, never timed

    if "memory" not in args.skip:  # warmed up on 8 documents a corpus, as before, so the figure stays comparable
        warm_up([extractor], bare, [record for found in slices.values() for record in found[0][:8]])
        sentences = conll_sentences() or [t for _, t, _ in next(iter(corpora.values()))]
        small = max(args.stream // 10, 1)
        rss = peak_rss(extractor, sentences, (small, args.stream))
        print(f"peak RSS: {rss[small]:.0f} MB after {small:,} documents, {rss[args.stream]:.0f} MB after "
              f"{args.stream:,} ({rss[args.stream] / rss[small]:.3f}x)")

    if "speed" not in args.skip:
        if "memory" not in args.skip:  # its stream read the timed CoNLL-2003 sentences: forget them
            extractor = Extractor()
            forget_caches()
        stepper = None if "shares" in args.skip else Extractor()
        warm_up([e for e in (extractor, stepper) if e is not None], bare, spare)
        print(f"\nCPU seconds (time.process_time), one process, batch size {BATCH}. Each corpus is cut into slices of {size}")
        print("documents; both sides are warmed up on the first slice, untimed; each timed round is a slice neither side")
        print("has seen, given to both (pipeline and bare spaCy, the first alternating), then to the step-by-step breakdown")
        print("by a second pipeline that has not seen it either. Share: bare seconds / pipeline seconds, the median round's")
        print("with the range of the rounds (on a shared machine the rounds differ: the range says by how much), and the")
        print("total share, all bare seconds over all pipeline seconds.")
        print(f"{'corpus':20} {'docs':>5} {'chars':>9} {'rounds':>6} {'pipeline':>9} {'bare':>8} "
              f"{'median share':>13} {'range':>12} {'total share':>12}")
        clocks: dict[str, Clock] = {}
        bare_seconds: dict[str, float] = {}
        for name, found in slices.items():
            timed = found[1:]
            if not timed:
                print(f"{name:20} fewer than two slices of {size} documents; not measured")
                continue
            clock = None if stepper is None else Clock()
            ours, theirs = pipeline_vs_bare(extractor, bare, timed, stepper, clock)
            docs = sum(len(s) for s in timed)
            chars = sum(len(t) for s in timed for _, t, _ in s)
            shares = [t / o for o, t in zip(ours, theirs, strict=True)]
            print(f"{name:20} {docs:5} {chars:9} {len(timed):6} {sum(ours):9.2f} {sum(theirs):8.2f} "
                  f"{median(shares):13.3f} {min(shares):6.3f}-{max(shares):.3f} {sum(theirs) / sum(ours):12.3f}")
            if clock is not None:
                clocks[name], bare_seconds[name] = clock, sum(theirs)
        if clocks:
            model_components = [n for n in extractor.nlp.pipe_names if n in bare.pipe_names]
            print_shares(clocks, model_components, bare_seconds)
        print("(Rounds over documents already seen are left out: the stages' memories of names make a repeated")
        print("document cheaper for the pipeline than a new article, so they overstate the share; a single first")
        print("round is one noisy measurement. Every round here is a first sight of its documents, after a warm-up.)")

    if "workers" not in args.skip:
        if "speed" in args.skip and "memory" in args.skip:
            warm_up([extractor], bare, spare)
        # Distinct articles: TBAQ's, then PolNeAR's. The same articles a second time would be dealt to the
        # same worker as the first time (256 is a multiple of two batches), doubling one pass's imbalance.
        pool = [*full.get("TempEval-3 TBAQ", []), *polnear(("dev", "train"))] or next(iter(full.values()))
        name = "news (TempEval-3 TBAQ, then PolNeAR)"
        records = [(f"{n}-{i}", t, p) for n, (i, t, p) in enumerate(islice(cycle(pool), args.worker_docs))]
        chars = sum(len(t) for _, t, _ in records)
        print(f"\nworkers: {len(records)} {name} documents ({chars:,} characters), batch size {BATCH}, "
              f"{os.cpu_count()} CPUs; wall time, so only a quiet machine gives the true ratio; the CPU")
        print("seconds of the parent and of the worker processes show where the work went whatever the load")
        print(f"{'round':6} {'':28} {'wall s':>8} {'parent CPU':>11} {'workers CPU':>12}")
        ratios: dict[str, list[float]] = {"nlp.pipe": [], "extract_many's pool": [], "bare spaCy": []}
        bounds: dict[str, list[float]] = {"nlp.pipe": [], "extract_many's pool": [], "bare spaCy": []}
        halves: list[float] = []
        ordered: list[float] = []
        compared = (
            ("nlp.pipe", "nlp.pipe, 1 process", "nlp.pipe, 2 processes"),
            ("extract_many's pool", "nlp.pipe, 1 process", "extract_many, 2 processes"),
            ("bare spaCy", "bare spaCy, 1 process", "bare spaCy, 2 processes"),
        )
        for number, (times, batches) in enumerate(workers(extractor, bare, records, args.worker_rounds), 1):
            for label, (seconds, parent, children) in times.items():
                print(f"{number:<6} {label:28} {seconds:8.2f} {parent:11.2f} {children:12.2f}")
            halves.append(costlier_half(batches))
            ordered.append(in_order(batches))
            for name, one, two in compared:
                ratios[name].append(times[one][0] / times[two][0])
                bounds[name].append(2 * sum(times[one][1:]) / sum(times[two][1:]))
        print("2 processes against 1 (wall), each round against the one process of the same round: " + ", ".join(
            f"{name} {' '.join(f'{r:.2f}x' for r in found)}" for name, found in ratios.items()
        ))
        print("the most 2 cores allow from CPU time (2 x one process's CPU / all CPU of the two-process run; a "
              "guide, not a measurement: CPU time too grows while processes share the cores' caches): " + ", ".join(
            f"{name} {' '.join(f'{r:.2f}x' for r in found)}" for name, found in bounds.items()
        ))
        print("nlp.pipe deals batch i to worker i % 2 and yields the batches in order: from the CPU time of each batch")
        print("in the one-process run, the most nlp.pipe(n_process=2) can reach on this stream even with no overhead:")
        print(f"  the worker given the costlier half sets the wall time {' '.join(f'{h:.2f}x' for h in halves)}")
        print("  and, as spaCy runs them, a worker waits until the parent has taken its last batch before it starts")
        print(f"  the next {' '.join(f'{h:.2f}x' for h in ordered)}")

if __name__ == "__main__":
    main()
