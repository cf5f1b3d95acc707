"""Which expectations of a gold file does `extract` meet? Prints one line per expectation.

    python benchmarks/seed_acceptance.py [TEXT GOLD]

Defaults to the shared seed article (../shared/acceptance/). The gold format is the one
of seed-article.gold.json: surface strings for groups, times and quotes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from geonews_extract import Document, extract

ACCEPTANCE = Path(__file__).resolve().parents[2] / "shared" / "acceptance"


def by_surface(document: Document, field: str = "group") -> dict[str, set[str]]:
    """surface text -> the `field` ("group" or "id") of every entity with a mention of that text."""
    found: dict[str, set[str]] = {}
    for entity in document.entities:
        for mention in entity.mentions:
            found.setdefault(mention.text, set()).add(getattr(entity, field))
    return found


def check_groups(document: Document, gold: dict) -> list[tuple[bool, str]]:
    by_text = by_surface(document)
    results = []
    chosen: list[str | None] = []
    for forms in gold["groups"]["required"]:
        groups = [by_text.get(form, set()) for form in forms]
        common = set.intersection(*groups) if all(groups) else set()
        chosen.append(next(iter(sorted(common)), None))
        results.append((bool(common), f"group {forms}: {[sorted(g) for g in groups]}"))
    distinct = [g for g in chosen if g]
    results.append((len(distinct) == len(set(distinct)), "groups are all different"))
    specific = gold["groups"].get("specific")
    if specific:
        ids = by_surface(document, "id")
        affiliate = [ids.get(f, set()) for f in specific["affiliate"]]
        parent = [ids.get(f, set()) for f in specific["parent"]]
        same_affiliate = set.intersection(*affiliate) if all(affiliate) else set()
        same_parent = set.intersection(*parent) if all(parent) else set()
        ok = bool(same_affiliate) and bool(same_parent) and not (same_affiliate & same_parent)
        results.append((ok, f"affiliate ids {sorted(same_affiliate)} differ from parent ids {sorted(same_parent)}"))
    return results


def check_people(document: Document, gold: dict) -> list[tuple[bool, str]]:
    people = {m.text for e in document.entities for m in e.mentions if m.label == "PERSON"}
    wrong = gold.get("not_entities", {}).get("person_false_positives", [])
    return [(text not in people, f"{text!r} is not a PERSON") for text in wrong]


def check_times(document: Document, gold: dict) -> list[tuple[bool, str]]:
    results = []
    for level in ("required", "stretch"):
        for want in gold.get("times", {}).get(level, []):
            got = [t.value for t in document.times if t.text == want["text"]]
            results.append((want["value"] in got, f"[{level}] time {want['text']!r} = {want['value']} (got {got})"))
    return results


def check_quotes(document: Document, gold: dict) -> list[tuple[bool, str]]:
    by_text = by_surface(document)
    group_by_id = {e.id: e.group for e in document.entities}
    results = []
    for level in ("required", "stretch"):
        for want in gold.get("quotes", {}).get(level, []):
            ok = any(_quote_matches(q, want, by_text, group_by_id) for q in document.quotes)
            results.append((ok, f"[{level}] {want['kind']} quote {want['content_starts'][:40]!r} by {want.get('speaker_group') or want.get('speaker')!r} cue {want['cue']!r}"))
    for content in gold.get("quotes", {}).get("never", {}).get("contents", []):
        results.append((all(q.content.text != content for q in document.quotes), f"no quote is just {content!r}"))
    return results


def _quote_matches(quote, want: dict, by_text: dict, group_by_id: dict) -> bool:
    if quote.kind != want["kind"] or not quote.content.text.startswith(want["content_starts"]):
        return False
    if quote.cue is None or quote.cue.text != want["cue"] or quote.speaker is None:
        return False
    if want.get("speaker_group") is None:
        return quote.speaker.entity_id is None and quote.speaker.text == want.get("speaker")
    return group_by_id.get(quote.speaker.entity_id) in by_text.get(want["speaker_group"], set())


def main(argv: list[str]) -> int:
    text_path = Path(argv[0]) if argv else ACCEPTANCE / "seed-article.txt"
    gold_path = Path(argv[1]) if len(argv) > 1 else ACCEPTANCE / "seed-article.gold.json"
    if not text_path.is_file():
        print(f"no gold article at {text_path}")
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = extract(text_path.read_text(encoding="utf-8"), published=gold["published"])
    sections = [check_groups, check_people, check_times, check_quotes]
    met = total = 0
    for check in sections:
        for ok, what in check(document, gold):
            met += ok
            total += 1
            print(("ok   " if ok else "MISS ") + what)
    print(f"\n{met}/{total} expectations met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
