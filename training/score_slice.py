"""Record the shipped model's scores on a fixed slice of the shared data in ``card.json``.

Run after training (``make train`` does). ``tests/test_classify.py`` re-scores the same slice and
checks the figures match, so a changed or damaged artifact is caught cheaply. The slice is part of
the training data: these are reproduction figures, not accuracy claims (for those see the
cross-validated table in benchmarks/RESULTS.md).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from wirewatch.eval.events import evaluate
from wirewatch.events.learned import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]
SLICE_FILE = ROOT / ".." / "shared" / "data" / "events" / "plover_gsr.jsonl"
SLICE_LINES = 120  # the first 120 GSR documents


def slice_scores(model_dir: Path = DEFAULT_MODEL) -> dict[str, float]:
    with SLICE_FILE.open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(SLICE_LINES)]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "slice.jsonl"
        gold.write_text("".join(lines), encoding="utf-8")
        scores = evaluate(gold, "learned", model=model_dir)
    return {
        "n": scores.n,
        "accuracy": round(scores.accuracy, 4),
        "macro_f1": round(scores.macro_f1, 4),
        "mode_accuracy": round(scores.mode_accuracy or 0.0, 4),
        "mode_n": scores.mode_n,
    }


if __name__ == "__main__":
    model_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MODEL
    card = {
        "slice": {"file": "events/plover_gsr.jsonl", "first_lines": SLICE_LINES},
        "scores": slice_scores(model_dir),
    }
    (model_dir / "card.json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(card))
