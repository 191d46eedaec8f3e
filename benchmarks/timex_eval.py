"""Accuracy of ``ww_timex`` on TempEval-3 training gold and WikiWars, beside HeidelTime's
published figures.

    PYTHONPATH=src python benchmarks/timex_eval.py [--data ../shared/data/timex]

TempEval-3 (TimeBank + AQUAINT, TIMEX3): documents keep their creation dates; anchor ``auto``.
WikiWars (TIMEX2: no types, values where present): history narratives, read without document
dates and with anchor ``narrative`` (relative dates resolved against dates in the text), the
way HeidelTime's own WikiWars runs use its ``narratives`` mode. HeidelTime's figures are its
published ones (TE3 *platinum test* set; WikiWars lenient), not a run here: see
``timex_vs_heideltime.py`` for the two side by side on the same documents.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wirewatch.eval.timex import evaluate, read_gold
from wirewatch.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "timex"

# (corpus, measure) -> HeidelTime's published figure (percent).
PUBLISHED = {
    ("te3", "strict F1"): 81.34,
    ("te3", "relaxed F1"): 90.30,
    ("te3", "value F1"): 77.61,
    ("wikiwars", "relaxed F1"): 90.3,
    ("wikiwars", "value F1"): 80.8,
}
CORPORA = (
    ("te3", "te3_train.jsonl", "auto", True),
    ("wikiwars", "wikiwars.jsonl", "narrative", False),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()

    rows = []
    for corpus, filename, anchor, with_dates in CORPORA:
        path = args.data / filename
        if not path.exists():
            raise SystemExit(f"missing {path}: this benchmark needs ../shared/data/timex")
        pipeline = Pipeline(stages=["ww_timex"], stage_config={"ww_timex": {"anchor": anchor}})
        with path.open(encoding="utf-8") as handle:
            gold = list(read_gold(handle, filename))
        started = time.perf_counter()
        scores = evaluate(gold, pipeline, with_dates=with_dates)
        seconds = time.perf_counter() - started
        figures = {
            "strict P": scores.strict[0],
            "strict R": scores.strict[1],
            "strict F1": scores.strict[2],
            "relaxed P": scores.relaxed[0],
            "relaxed R": scores.relaxed[1],
            "relaxed F1": scores.relaxed[2],
            "type accuracy": scores.type_accuracy,
            "value accuracy": scores.value_accuracy,
            "value F1": scores.value[2],
        }
        for measure, figure in figures.items():
            if figure is None:
                continue
            published = PUBLISHED.get((corpus, measure))
            shown = f"{published:.2f}" if published else "—"
            rows.append((corpus, measure, f"{100 * figure:.2f}", shown))
        chars = sum(len(d.text) for d, _ in gold)
        rows.append((corpus, "docs / gold timexes", f"{len(gold)} / {scores.counts.gold}", ""))
        rows.append((corpus, "seconds (parse + timex)", f"{seconds:.1f}", ""))
        rows.append((corpus, "chars per second", f"{chars / seconds:,.0f}", ""))

    print("| corpus | measure | wirewatch | HeidelTime (published) |")
    print("|---|---|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
