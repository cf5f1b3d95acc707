"""The dates stage's CPU time as a share of the spaCy model's own, on real news corpora.

    PYTHONPATH=src python benchmarks/dates_share.py [--limit N] [--rounds R] [--profile N] [--dump FILE]

Corpora as in throughput.py: CoNLL-2003 ``eng.testa``, TempEval-3 TBAQ, PolNeAR dev. For
each, the texts are parsed once by the pipeline up to the dates stage (its input: the
model's parse and entities, news_ner's repairs, the publication date), then timed:

- the bare spaCy model (``nlp.pipe`` of en_core_web_sm, batch size 32) on the same texts;
- the dates stage alone on the parsed docs.

Both are CPU time (``time.process_time``), summed over interleaved rounds; the stage's
remembered readings are emptied before each round, so no round profits from the last. The pipeline must
keep at least 0.90 of bare spaCy's throughput, so the dates stage is held to a few per cent
of the model's time. --profile N prints cProfile's N costliest functions of the stage;
--dump writes every time expression found (corpus, id, start, end, value, type, mod, range),
so a speed change can be checked to leave the output as it was.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import BATCH, conll, polnear, tbaq

from geonews_extract import Extractor
from geonews_extract.annotations import times_of
from geonews_extract.extractor import Job
from geonews_extract.inputs import prepare
from geonews_extract.pipeline import load_model
from geonews_extract.timex.extents import forget_readings


def parsed(extractor: Extractor, records: list[tuple[str, str, str | None]]) -> list:
    """The docs as the dates stage receives them."""
    nlp = extractor.nlp
    after = nlp.pipe_names[nlp.pipe_names.index("dates") :]
    docs = [extractor.make_doc(Job(i, prepare(t, p, extractor.max_chars))) for i, t, p in records]
    with nlp.select_pipes(disable=after):
        return list(nlp.pipe(docs, batch_size=BATCH))


def cpu(run) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per corpus (default: all)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", type=int, default=0, help="print the stage's N costliest functions")
    parser.add_argument("--dump", type=Path, help="write every time expression found here")
    args = parser.parse_args()

    extractor = Extractor()
    bare = load_model()
    stage = extractor.nlp.get_pipe("dates")
    corpora = {"CoNLL-2003 testa": conll(), "TempEval-3 TBAQ": tbaq(), "PolNeAR dev": polnear()}
    corpora = {name: records[: args.limit] for name, records in corpora.items() if records}
    if not corpora:
        print("no corpus under ../shared/benchmarks; nothing measured")
        return
    lines: list[str] = []
    profile = cProfile.Profile() if args.profile else None
    print(f"CPU seconds, {args.rounds} interleaved rounds")
    print(f"{'corpus':20} {'docs':>5} {'model':>8} {'dates':>8} {'dates / model':>14}")
    for name, records in corpora.items():
        texts = [t for _, t, _ in records]
        docs = parsed(extractor, records)
        for doc in docs[:2]:
            stage(doc)  # warm-up: dateparser compiles its language data on first use
        model = dates = 0.0
        for _ in range(args.rounds):
            model += cpu(lambda texts=texts: list(bare.pipe(texts, batch_size=BATCH)))
            forget_readings()  # each round starts with nothing remembered from the last
            dates += cpu(lambda docs=docs: [stage(doc) for doc in docs])
        if profile is not None:
            profile.runcall(lambda docs=docs: [stage(doc) for doc in docs])
        print(f"{name:20} {len(records):5} {model:8.2f} {dates:8.3f} {dates / model:13.1%}")
        for (record_id, _, _), doc in zip(records, docs, strict=True):
            for t in times_of(doc):
                lines.append(f"{name}\t{record_id}\t{t.start}\t{t.end}\t{t.value}\t{t.type}\t{t.mod}\t{t.range}")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
