"""How the quotes stage's time grows on adversarial text: one enormous sentence.

    python benchmarks/quotes_scaling.py [--sizes 10000 40000 160000 1000000] [--units said ...]

Each input repeats one unit ("said ", "according to ", "Taliban ", "ISIS-K (ISKP) ") to the
given number of characters, runs the pipeline's stages before `quotes`, then times the
quotes stage alone in CPU seconds of this process (`time.process_time`, so other work on
a shared machine does not count). The
growth exponent between two sizes is log(t2 / t1) / log(n2 / n1): 1.0 is linear. The
stage reads a sentence of more than `max_sentence_tokens` tokens in pieces (see
`geonews_extract.quotes.pieces`), which keeps it linear; the warning it writes is printed.
"""

from __future__ import annotations

import argparse
import math
import sys
import time

from geonews_extract import load_pipeline
from geonews_extract.annotations import warnings_of

UNITS = ("said ", "according to ", "Taliban ", "ISIS-K (ISKP) ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 160_000, 1_000_000])
    parser.add_argument("--units", nargs="+", default=list(UNITS))
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, max(args.sizes) + 1)
    print(f"{'unit':16} {'chars':>9} {'CPU s':>9} {'exponent':>9}  warning")
    for unit in args.units:
        previous: tuple[int, float] | None = None
        for size in args.sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            doc = nlp.make_doc(text)
            for name, stage in nlp.pipeline:
                if name == "quotes":
                    started = time.process_time()
                    doc = stage(doc)
                    seconds = time.process_time() - started
                else:
                    doc = stage(doc)
            exponent = ""
            if previous is not None and previous[1] > 0:
                exponent = f"{math.log(seconds / previous[1]) / math.log(size / previous[0]):.2f}"
            warning = next((w for w in warnings_of(doc) if w.startswith("quotes:")), "")
            print(f"{unit.strip():16} {size:>9} {seconds:>9.2f} {exponent:>9}  {warning[:60]}", flush=True)
            previous = (size, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
