"""Accuracy of ``ww_timex`` on TempEval-3 training gold and WikiWars, beside HeidelTime's
published figures.

    PYTHONPATH=src python benchmarks/timex_eval.py [--data ../shared/data/timex]

TempEval-3 (TimeBank + AQUAINT, TIMEX3): documents keep their creation dates; anchor ``auto``.
WikiWars (TIMEX2: no types, values where present): history narratives, read without document
dates and with anchor ``narrative`` (relative dates resolved against dates in the text), the
way HeidelTime's own WikiWars runs use its ``narratives`` mode.

Two wirewatch columns: the standalone ``wirewatch timex`` configuration (spaCy without its
entity recogniser) and the full parse that ``wirewatch code`` runs (the same stage, with entity
types as extra hints). HeidelTime's figures are its published ones (TE3 *platinum test* set;
WikiWars lenient), not a run here: ``timex_vs_heideltime.py`` runs both on the same documents.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wirewatch.eval.timex import evaluate, read_gold
from wirewatch.timex.run import timex_pipeline

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


def measure(gold, anchor: str, with_dates: bool, with_entities: bool) -> tuple[dict, float]:
    pipeline = timex_pipeline(anchor, with_entities=with_entities)
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
    return figures, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()

    rows = []
    for corpus, filename, anchor, with_dates in CORPORA:
        path = args.data / filename
        if not path.exists():
            raise SystemExit(f"missing {path}: this benchmark needs ../shared/data/timex")
        gold = list(read_gold(path))
        alone, alone_seconds = measure(gold, anchor, with_dates, with_entities=False)
        full, full_seconds = measure(gold, anchor, with_dates, with_entities=True)
        for name, figure in alone.items():
            if figure is None:
                continue
            published = PUBLISHED.get((corpus, name))
            shown = f"{published:.2f}" if published else "—"
            rows.append((corpus, name, f"{100 * figure:.2f}", f"{100 * full[name]:.2f}", shown))
        chars = sum(len(d.text) for d, _ in gold)
        count = f"{len(gold)} / {sum(len(g) for _, g in gold)}"
        rows.append((corpus, "docs / gold timexes", count, count, ""))
        rows.append(
            (corpus, "seconds (parse + timex)", f"{alone_seconds:.1f}", f"{full_seconds:.1f}", "")
        )
        rows.append(
            (
                corpus,
                "characters per second",
                f"{chars / alone_seconds:,.0f}",
                f"{chars / full_seconds:,.0f}",
                "",
            )
        )

    print(
        "| corpus | measure | wirewatch timex (parse without NER) | wirewatch code "
        "(full parse) | HeidelTime (published) |"
    )
    print("|---|---|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
