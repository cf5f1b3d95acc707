"""How extraction time grows with adversarial input: seconds per size and the fitted exponent.

    PYTHONPATH=src python benchmarks/scaling.py [--sizes 10000 40000 160000 1000000] [--case NAME ...]

Each case repeats one piece of text to 10k, 40k, 160k and 1M characters and times one
`extract` call on it (the default pipeline, loaded before timing), then fits
seconds ~ size^k over the sizes measured: k near 1 is linear, 2 quadratic. A size is
skipped once one call has taken over `--budget` seconds. Not a test: figures depend on
the machine; the tests in tests/test_robustness.py check the behaviour of the guards.

Cases: the input-preparation paths (HTML masking, runs of quotation marks) and, with
``--case``, the other paths reported in the robustness issue (dates, acronyms, quotes).
"""

from __future__ import annotations

import argparse
import math
import time

from geonews_extract import Extractor

#: name -> the piece repeated
CASES = {
    "quote marks": '"',
    "html <p><p><script>": "<p><p><script> ",
    "html <!--": "<!-- ",
    "prose": "Officials in Kabul said on Tuesday that talks with the Taliban would resume. ",
}
#: Paths of other stages, measured on request.
MORE_CASES = {
    "dates 2021-": "2021-",
    "acronyms U.S.": "U.S. ",
    "said": "said ",
    "according to": "according to ",
}


def fitted_exponent(sizes: list[int], seconds: list[float]) -> float | None:
    """The least-squares slope of log(seconds) on log(size)."""
    points = [(math.log(n), math.log(s)) for n, s in zip(sizes, seconds, strict=True) if s > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 160_000, 1_000_000])
    parser.add_argument("--case", nargs="*", default=None, help=f"cases (default: {list(CASES)})")
    parser.add_argument("--budget", type=float, default=120.0, help="stop a case after a call this slow")
    args = parser.parse_args()
    every = {**CASES, **MORE_CASES}
    chosen = list(CASES) if args.case is None else args.case
    extractor = Extractor(max_chars=max(args.sizes))
    extractor.extract("Warm up in Kabul on Tuesday.")
    print(f"{'case':22} " + " ".join(f"{n:>9,}" for n in args.sizes) + "  exponent")
    for name in chosen:
        piece = every[name]
        measured: list[int] = []
        seconds: list[float] = []
        for size in args.sizes:
            text = (piece * (size // len(piece) + 1))[:size]
            started = time.process_time()
            extractor.extract(text)
            seconds.append(time.process_time() - started)
            measured.append(size)
            if seconds[-1] > args.budget:
                break
        exponent = fitted_exponent(measured, seconds)
        cells = [f"{s:9.2f}" for s in seconds] + ["        -"] * (len(args.sizes) - len(seconds))
        shown = "-" if exponent is None else f"{exponent:.2f}"
        print(f"{name:22} " + " ".join(cells) + f"  {shown:>8}", flush=True)


if __name__ == "__main__":
    main()
