"""The news_ner stage against the bare spaCy model, on the fixture articles (and the seed).

    python benchmarks/ner_repairs.py

For each pipeline: wrong PERSON spans (gold "not_person" strings tagged PERSON), datelines
found, the share of gold forms tagged as an entity at all, and the run time as a ratio to
the bare model (same run, same texts).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from geonews_extract import load_pipeline
from geonews_extract.pipeline import load_model

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "acceptance"
REPEAT = 20


def cases() -> list[tuple[str, dict]]:
    found = []
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        forms = [form for group in gold["groups"] for form in group]
        found.append((path.read_text(encoding="utf-8"), {"not_person": gold.get("not_person", []), "dateline": gold["dateline"], "forms": forms}))
    if (SEED / "seed-article.txt").is_file():
        gold = json.loads((SEED / "seed-article.gold.json").read_text(encoding="utf-8"))
        forms = [form for group in gold["groups"]["required"] for form in group]
        found.append(((SEED / "seed-article.txt").read_text(encoding="utf-8"), {"not_person": gold["not_entities"]["person_false_positives"], "dateline": "JAKARTA", "forms": forms}))
    return found


def score(nlp, data) -> dict[str, float]:
    wrong_people = datelines = forms_found = forms_total = 0
    for text, gold in data:
        doc = nlp(text)
        people = {e.text for e in doc.ents if e.label_ == "PERSON"}
        wrong_people += sum(1 for s in gold["not_person"] if s in people)
        dateline = [s.text for s in doc.spans.get("dateline", [])]
        datelines += bool(gold["dateline"]) and dateline[:1] == [gold["dateline"]]
        mentions = {e.text for e in doc.ents}
        forms_total += len(gold["forms"])
        forms_found += sum(1 for f in gold["forms"] if f in mentions)
    start = time.perf_counter()
    for _ in range(REPEAT):
        for text, _gold in data:
            nlp(text)
    return {
        "wrong PERSON": wrong_people,
        "datelines found": datelines,
        "gold forms tagged": forms_found / forms_total,
        "seconds": time.perf_counter() - start,
    }


def main() -> None:
    data = cases()
    bare = score(load_model(), data)
    ours = score(load_pipeline(stages=["news_ner"]), data)
    expected_datelines = sum(1 for _t, g in data if g["dateline"])
    print(f"{len(data)} articles, {expected_datelines} with a dateline")
    print(f"{'':22}{'bare spaCy':>12}{'+ news_ner':>12}")
    print(f"{'wrong PERSON':22}{bare['wrong PERSON']:>12}{ours['wrong PERSON']:>12}")
    print(f"{'datelines found':22}{bare['datelines found']:>12}{ours['datelines found']:>12}")
    print(f"{'gold forms tagged':22}{bare['gold forms tagged']:>12.3f}{ours['gold forms tagged']:>12.3f}")
    print(f"{'time ratio':22}{1.0:>12.2f}{ours['seconds'] / bare['seconds']:>12.2f}")


if __name__ == "__main__":
    main()
