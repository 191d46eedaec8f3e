"""Classifier input variants side by side, from their cross-validated predictions (issue 6).

    PYTHONPATH=src python benchmarks/input_trials.py NAME:CV.jsonl:CV_PIPELINE.jsonl ...

Each variant is one ``training/train_classifier.py --cv`` run (5 folds by sentence id, PLV and
GSR together). For PLV and the GSR the table gives the relation task (gold actor and recipient,
no trigger: ``learned (held-out fold)`` in events_table.py) and the ``learned`` back-end inside
the pipeline (every rule candidate typed by the fold model that never saw its sentence, decided by
``events.relabel.choose``: ``learned (pipeline, held-out)``), and, against the first variant,
how many gold pairs the pipeline decision newly gets right and newly gets wrong (a paired count:
with 1,050 and 322 pairs, one pair is 0.001 and 0.003).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from wirewatch.eval.events import NONE, predict_pipeline, read_gold, read_predictions, score
from wirewatch.events.labels import QUAD, to_legacy
from wirewatch.events.relabel import choose

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "events"
SETS = (("PLV", "plv_train.jsonl"), ("GSR", "plover_gsr.jsonl"))


def read_rows(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}


def right(event: str, gold: str, legacy: bool) -> bool:
    """PLV gold uses the pre-2021 YIELD: compare in its label set."""
    return (to_legacy(event) if legacy else event) == gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("variants", nargs="+", help="NAME:CV_FILE:CV_PIPELINE_FILE")
    parser.add_argument(
        "--common",
        action="store_true",
        help="score only the gold pairs every variant's CV file predicts (a run stopped early)",
    )
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs {DATA} (the shared development data)")
    variants = [v.split(":", 2) for v in args.variants]
    print(
        "| variant | set | n | relation acc | relation macro-F1 | pipeline acc | pipeline macro-F1"
        " | right now, wrong in first | wrong now, right in first |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for set_name, file in SETS:
        documents, pairs = read_gold(DATA / file)
        if args.common:
            predicted = set.intersection(*(set(read_rows(Path(v[1]))) for v in variants))
            pairs = [p for p in pairs if p.key in predicted]
            documents = [d for d in documents if d.id in {p.doc_id for p in pairs}]
        rules = predict_pipeline(documents, pairs, "rules")
        legacy = set_name == "PLV"
        first: list[bool] | None = None
        for name, cv, cv_pipeline in variants:
            relation = score(pairs, read_predictions(Path(cv), pairs))
            held = read_rows(Path(cv_pipeline))
            combined = []
            for r in rules:
                row = held.get(r.key)
                if r.event == NONE or row is None:
                    combined.append(r)
                    continue
                event, _ = choose(row["scores"], r.event)
                combined.append(replace(r, event=event, quad=QUAD[event]))
            pipeline = score(pairs, combined)
            hits = [right(c.event, p.event, legacy) for c, p in zip(combined, pairs, strict=True)]
            first = first or hits
            gained = sum(h and not f for h, f in zip(hits, first, strict=True))
            lost = sum(f and not h for h, f in zip(hits, first, strict=True))
            print(
                f"| {name} | {set_name} | {len(pairs)} | {relation.accuracy:.3f} | "
                f"{relation.macro_f1:.3f} | {pipeline.accuracy:.3f} | {pipeline.macro_f1:.3f} | "
                f"{gained} | {lost} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
