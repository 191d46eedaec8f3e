"""Event location against hand judgements on Guardian articles.

    PYTHONPATH=src python benchmarks/event_location_eval.py [--show]

The gold (``benchmarks/data/event_location_gold.json``) says, for 60 events drawn at random
from the rule coder's output, where the text says each happened, or that it does not say. The
script codes the same articles again, finds each judged event by its trigger offset, and prints
precision (a location given is the right one), recall (a stated place is found) and the same
by the evidence the location was read from (``location_basis``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from wirewatch.geo.normalise import key
from wirewatch.pipeline import Coded, Pipeline
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "event_location_gold.json"
GUARDIAN = ROOT / ".." / "shared" / "data" / "corpora" / "guardian_sdf.jsonl"


def same_place(predicted: str, gold: str) -> bool:
    return key(predicted) == key(gold)


def main(argv: list[str]) -> int:
    show = "--show" in argv
    if not GUARDIAN.exists():
        print(f"needs {GUARDIAN.name} from ../shared/data/corpora", file=sys.stderr)
        return 2
    judged = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    wanted = {row["doc_id"] for row in judged}
    with GUARDIAN.open(encoding="utf-8") as handle:
        documents = [
            Document.model_validate(row) for row in map(json.loads, handle) if row["id"] in wanted
        ]
    events = {}
    for coded in Pipeline().code(documents):
        if isinstance(coded, Coded):
            for event in coded.events:
                events[(event.doc_id, event.trigger.start)] = event

    tally: Counter[str] = Counter()
    by_basis: Counter[tuple[str, bool]] = Counter()
    for row in judged:
        event = events.get((row["doc_id"], row["trigger_start"]))
        if event is None:
            tally["event no longer coded"] += 1
            continue
        tally["judged"] += 1
        gold, place = row["place"], event.location
        if gold is not None:
            tally["stated"] += 1
        if place is None:
            tally["silent, right" if gold is None else "silent, missed"] += 1
            continue
        right = gold is not None and same_place(place.text, gold)
        if show and not right:
            print(
                f"wrong: {row['doc_id']} {row['trigger']!r} at {place.text!r} "
                f"({event.location_basis}); judged {gold!r}"
            )
        tally["located"] += 1
        tally["located, right"] += right
        by_basis[(event.location_basis or "?", right)] += 1

    located, stated = tally["located"], tally["stated"]
    precision = tally["located, right"] / located if located else 0.0
    recall = tally["located, right"] / stated if stated else 0.0
    print("| judged events | stated a place | located | right | precision | recall |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {tally['judged']} | {stated} | {located} | {tally['located, right']} "
        f"| {precision:.2f} | {recall:.2f} |"
    )
    print()
    print("| basis | located | right |")
    print("|---|---:|---:|")
    for basis in ("argument", "phrase", "clause", "sentence", "paragraph"):
        n = by_basis[(basis, True)] + by_basis[(basis, False)]
        if n:
            print(f"| {basis} | {n} | {by_basis[(basis, True)]} |")
    print()
    print(
        f"silent where the text names no place: {tally['silent, right']}; "
        f"silent where it does: {tally['silent, missed']}; "
        f"judged events the coder no longer finds: {tally['event no longer coded']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
