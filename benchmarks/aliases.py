"""Alias resolution: precision/recall of "same actor" decisions, and the stage's share of pipeline time.

    PYTHONPATH=src python benchmarks/aliases.py [--rounds 3]

Decisions are pairwise: every two gold forms of a document are the same actor
(same gold list) or not; the pipeline decides "same" when both forms resolve to
entities with the same `Entity.id` (fixtures, alias pairs at level "id") or the
same `Entity.group` (the seed article's groups, pairs at level "group").

Data: the seed article in ../shared/acceptance (groups at family level), the
article fixtures in fixtures/articles (groups per actor, "specific" affiliate /
parent pairs), and the hand-checked pairs in fixtures/alias_pairs.json. Timing
runs every pipeline component on the same documents (the fixtures, the seed and,
when ../shared is there, the TempEval-3 news texts, read only for their length
and wording) and reports the aliases stage's share of the total.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from geonews_extract import extract, load_pipeline
from geonews_extract.scoring import Decision, pair_decisions, precision_recall, same

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "acceptance" / "seed-article"
TEMPEVAL = SHARED / "benchmarks" / "tempeval3"
ARTICLES = ROOT / "fixtures" / "articles"
PAIRS = ROOT / "fixtures" / "alias_pairs.json"
_TAG = re.compile(r"<[^>]+>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds over the documents")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="folder of NAME.txt + NAME.gold.json")
    args = parser.parse_args()
    articles = sorted(args.articles.glob("*.gold.json"))
    nlp = load_pipeline()
    texts = []

    all_decisions: list[Decision] = []
    if SEED.with_suffix(".txt").is_file():
        text, gold = _read(SEED)
        texts.append(text)
        document = extract(text, published=gold["published"], nlp=nlp)
        groups = gold["groups"]["required"]
        specific = [{k: v for k, v in gold["groups"]["specific"].items() if not k.startswith("_")}]
        decisions = pair_decisions(document, groups, "group", specific)
        exact = all(d.gold_same == d.predicted_same for d in decisions)
        _report("seed article (groups)", decisions)
        print(f"  seed required groups exact: {exact}")
        all_decisions += decisions

    fixture_decisions: list[Decision] = []
    for gold_path in articles:
        text, gold = _read(gold_path.with_name(gold_path.name.replace(".gold.json", "")))
        texts.append(text)
        document = extract(text, published=gold.get("published"), nlp=nlp)
        specific = gold.get("specific") or []
        decisions = pair_decisions(document, gold["groups"], "id", specific if isinstance(specific, list) else [specific])
        wrong = [d for d in decisions if d.gold_same != d.predicted_same]
        for d in wrong:
            print(f"  {gold_path.stem}: {d.a!r} ~ {d.b!r} gold {d.gold_same} got {d.predicted_same} ({d.level})")
        fixture_decisions += decisions
    if fixture_decisions:
        _report(f"article fixtures ({len(articles)} articles)", fixture_decisions)
        all_decisions += fixture_decisions

    pair_decisions_: list[Decision] = []
    for item in json.loads(PAIRS.read_text(encoding="utf-8"))["items"]:
        texts.append(item["text"])
        document = extract(item["text"], nlp=nlp)
        for a, b, gold_same, level in item["pairs"]:
            decision = Decision(a, b, gold_same, same(document, a, b, level), level)
            if decision.gold_same != decision.predicted_same:
                print(f"  pair: {a!r} ~ {b!r} gold {gold_same} got {decision.predicted_same} ({level})")
            pair_decisions_.append(decision)
    _report(f"alias pairs ({len(pair_decisions_)} hand-checked)", pair_decisions_)
    all_decisions += pair_decisions_
    _report("all", all_decisions)

    timing_texts = texts + _tempeval_texts()
    shares = _stage_shares(nlp, timing_texts, args.rounds)
    total = sum(shares.values())
    words = sum(len(t.split()) for t in timing_texts)
    print(f"\ntiming: {len(timing_texts)} documents, {words} words, {args.rounds} rounds")
    for name, seconds in shares.items():
        print(f"  {name:>12}: {seconds / total:6.1%} of pipeline time")
    print(f"  aliases stage share of pipeline time: {shares['aliases'] / total:.1%} (goal: under 5%)")


def _report(title: str, decisions: list[Decision]) -> None:
    precision, recall, f1 = precision_recall(decisions)
    different = [d for d in decisions if not d.gold_same]
    kept_apart = sum(not d.predicted_same for d in different)
    print(
        f"{title}: {len(decisions)} decisions, same-actor precision {precision:.3f} recall {recall:.3f} "
        f"F1 {f1:.3f}; different actors kept apart {kept_apart}/{len(different)}"
    )


def _stage_shares(nlp, texts: list[str], rounds: int) -> dict[str, float]:
    seconds = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            doc = nlp.make_doc(text)
            seconds["tokenizer"] += time.perf_counter() - start
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                seconds[name] += time.perf_counter() - start
    return seconds


def _tempeval_texts() -> list[str]:
    texts = []
    for path in sorted(TEMPEVAL.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(_TAG.sub("", body).strip())
    return texts


def _read(stem: Path) -> tuple[str, dict]:
    text = stem.with_name(stem.name + ".txt").read_text(encoding="utf-8")
    gold = json.loads(stem.with_name(stem.name + ".gold.json").read_text(encoding="utf-8"))
    return text, gold


if __name__ == "__main__":
    main()
