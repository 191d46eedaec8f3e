"""How often the rule coder finds the gold PLOVER event in gold-standard sentences.

Runs the full pipeline sentence by sentence (one document per record) on a gold JSONL file
(default ``../shared/data/events/plover_gsr.jsonl``) and prints a table: records, records where
the coder produced any event, type recall (gold type among the coded events), top-type accuracy
(the first coded event's type), and per-type recall. The full scorer with macro-F1 and a
confusion matrix is ``wirewatch eval events``; this is the coder's own quick check.

Usage: python benchmarks/coder_gsr.py [GOLD.jsonl] [--limit N] [--coder rules]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from wirewatch.config import Settings
from wirewatch.pipeline import Coded, Pipeline
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "events" / "plover_gsr.jsonl"

# Pre-2021 labels in the PLV training file and the current types they fall under.
OLD_NAMES = {"YIELD": {"CONCEDE", "RETREAT"}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--coder", default="rules")
    args = parser.parse_args()
    with Path(args.gold).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = rows[: args.limit] if args.limit else rows
    pipeline = Pipeline(Settings(coder=args.coder))
    documents = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    coded_any = recall = top = total = 0
    per_type: Counter[str] = Counter()
    per_type_hit: Counter[str] = Counter()
    for row, result in zip(rows, pipeline.code(documents), strict=True):
        gold = {g["event"] for g in row["gold"]}
        gold = set().union(*(OLD_NAMES.get(g, {g}) for g in gold))
        total += 1
        events = result.events if isinstance(result, Coded) else []
        found = [e.event for e in events]
        coded_any += bool(found)
        hit = bool(gold & set(found))
        recall += hit
        top += bool(found and found[0] in gold)
        for g in gold:
            per_type[g] += 1
            per_type_hit[g] += hit
    print(f"gold file: {Path(args.gold).name}   coder: {args.coder}")
    print(f"| {'measure':<34} | {'value':>8} |")
    print(f"|{'-' * 36}|{'-' * 10}|")
    print(f"| {'records':<34} | {total:>8} |")
    print(f"| {'records with any event coded':<34} | {coded_any / total:>8.1%} |")
    print(f"| {'gold type among coded events':<34} | {recall / total:>8.1%} |")
    print(f"| {'first coded event has gold type':<34} | {top / total:>8.1%} |")
    print()
    print(f"| {'type':<10} | {'gold':>5} | {'recall':>7} |")
    print(f"|{'-' * 12}|{'-' * 7}|{'-' * 9}|")
    for name in sorted(per_type):
        print(f"| {name:<10} | {per_type[name]:>5} | {per_type_hit[name] / per_type[name]:>7.1%} |")


if __name__ == "__main__":
    main()
