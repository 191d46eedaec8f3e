"""How the ``learned`` back-end should weigh the rules' proposed type: a grid on held-out answers.

    PYTHONPATH=src python benchmarks/relabel_tuning.py

For every PLV and GSR gold pair the rule pipeline found an event for, its candidate input
(``training/pipeline_inputs.py``) was classified by the cross-validated model that never saw
that sentence (``train_classifier.py --cv``, file ``*_pipeline.jsonl``). This script re-decides
each candidate with ``wirewatch.events.relabel.choose`` for a grid of ``rules_boost`` and
``keep_rules_below`` values and prints type accuracy over all gold pairs (a pair the rules found
nothing for is a miss for every setting, as in the pipeline). The seed article plays no part.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wirewatch.events.labels import LEGACY_YIELD, to_legacy
from wirewatch.events.relabel import choose

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "events"
CV_PIPELINE = ROOT / "benchmarks" / "data" / "learned_cv_predictions_pipeline.jsonl"
CANDIDATES = ROOT / "build" / "pipeline_inputs.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_types(name: str) -> dict[str, str]:
    return {
        f"{doc['id']}#{i}": gold["event"]
        for doc in read_jsonl(DATA / name)
        for i, gold in enumerate(doc["gold"])
    }


def legacy(event: str, want: str) -> str:
    """PLV's label set where the gold uses it (CONCEDE and RETREAT are YIELD there)."""
    return to_legacy(event) if want == LEGACY_YIELD else event


def accuracy(
    gold: dict[str, str], rows: dict[str, dict], held: dict[str, dict], boost: float, keep: float
) -> float:
    right = 0
    for key, want in gold.items():
        if key not in rows or key not in held:
            continue
        event, _ = choose(held[key]["scores"], rows[key]["rules_event"], boost, keep)
        right += int(legacy(event, want) == want)
    return right / len(gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv-pipeline", type=Path, default=CV_PIPELINE)
    parser.add_argument("--candidates", type=Path, default=CANDIDATES)
    parser.add_argument("--boosts", default="0,0.25,0.5,0.75,1,1.5,2,3")
    parser.add_argument("--keeps", default="0,0.2,0.3,0.4,0.5")
    args = parser.parse_args()
    if not args.candidates.exists():
        sys.exit(f"no {args.candidates}: run `PYTHONPATH=src python training/pipeline_inputs.py`")
    rows = {r["key"]: r for r in read_jsonl(args.candidates)}
    held = {r["id"]: r for r in read_jsonl(args.cv_pipeline)}
    boosts = [float(b) for b in args.boosts.split(",")]
    keeps = [float(k) for k in args.keeps.split(",")]
    for name, label in (("plv_train.jsonl", "PLV"), ("plover_gsr.jsonl", "GSR")):
        gold = gold_types(name)
        rules = sum(
            int(k in rows and legacy(rows[k]["rules_event"], w) == w) for k, w in gold.items()
        )
        print(f"\n{label}: {len(gold)} gold pairs; rules alone {rules / len(gold):.3f}")
        print("| keep_rules_below \\ rules_boost | " + " | ".join(map(str, boosts)) + " |")
        print("|---" * (len(boosts) + 1) + "|")
        for keep in keeps:
            cells = [f"{accuracy(gold, rows, held, b, keep):.3f}" for b in boosts]
            print(f"| {keep} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
