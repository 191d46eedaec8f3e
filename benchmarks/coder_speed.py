"""What the actor resolver and the event coder add to bare spaCy parsing time.

Parses the Guardian corpus (``../shared/data/corpora/guardian_sdf.jsonl``) with the spaCy
model alone, then runs each wirewatch stage over the parsed docs, timing each separately on
the same docs; repeats, and prints medians and the ratio of each stage's time to the parse
time. The issue's budget: actors + events together add at most 50% to the parse.

Usage: python benchmarks/coder_speed.py [--docs N] [--repeats R]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from wirewatch.pipeline import STAGES, Pipeline
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared" / "data" / "corpora" / "guardian_sdf.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=None)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rows = [json.loads(line) for line in GUARDIAN.open(encoding="utf-8")]
    documents = [Document.model_validate(r) for r in rows[: args.docs or len(rows)]]
    pipeline = Pipeline()
    nlp = pipeline.nlp
    stages = [(name, nlp.get_pipe(name)) for name in STAGES]
    timings: dict[str, list[float]] = {"spaCy parse": [], **{name: [] for name, _ in stages}}
    for _ in range(args.repeats):
        docs = [pipeline.make_doc(d) for d in documents]
        start = time.perf_counter()
        docs = list(nlp.pipe(docs, disable=list(STAGES), batch_size=32))
        timings["spaCy parse"].append(time.perf_counter() - start)
        for name, stage in stages:
            start = time.perf_counter()
            for doc in docs:
                stage(doc)
            timings[name].append(time.perf_counter() - start)
    chars = sum(len(d.text) for d in documents)
    parse = statistics.median(timings["spaCy parse"])
    print(f"{len(documents)} Guardian docs, {chars:,} characters, {args.repeats} repeats (medians)")
    print(f"| {'step':<22} | {'seconds':>8} | {'docs/s':>7} | {'vs parse':>8} |")
    print(f"|{'-' * 24}|{'-' * 10}|{'-' * 9}|{'-' * 10}|")
    for name, values in timings.items():
        seconds = statistics.median(values)
        print(
            f"| {name:<22} | {seconds:>8.2f} | {len(documents) / seconds:>7.1f} | "
            f"{seconds / parse:>8.1%} |"
        )
    coder = statistics.median(
        [a + e for a, e in zip(timings["ww_actors"], timings["ww_events"], strict=True)]
    )
    print(
        f"| {'actors + events':<22} | {coder:>8.2f} | {len(documents) / coder:>7.1f} | "
        f"{coder / parse:>8.1%} |"
    )


if __name__ == "__main__":
    main()
