"""Throughput of ``wirewatch classify`` (the learned classifier) on real sentences.

Classifies every PLV and GSR relation (1,372 sentences with marked actor and recipient) several
times (one model call per relation) and prints the median sentences/s, plus the artifact's size.

    PYTHONPATH=src python benchmarks/classify_speed.py [--repeats 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / ".." / "shared" / "data" / "events"


def relations():
    from wirewatch.eval.events import read_gold
    from wirewatch.events.learned import Relation

    out = []
    for name in ("plv_train.jsonl", "plover_gsr.jsonl"):
        _, pairs = read_gold(EVENTS / name)
        out += [
            Relation(p.text, p.actors[0] if p.actors else None, (p.recipients or [None])[0])
            for p in pairs
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not EVENTS.exists():
        sys.exit(f"needs {EVENTS} (the shared development data)")
    from wirewatch.events.learned import DEFAULT_MODEL, LearnedClassifier

    items = relations()
    print(f"{len(items)} relations; model {DEFAULT_MODEL.name}; threads {args.threads}")
    print(f"{'median s':>9} {'min s':>7} {'max s':>7} {'sentences/s':>12}")
    classifier = LearnedClassifier(threads=args.threads)
    classifier.classify(items[:64])  # warm-up: first-call allocations are not throughput
    times = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        classifier.classify(items)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"{median:>9.2f} {min(times):>7.2f} {max(times):>7.2f} {len(items) / median:>12.1f}")
    size = sum(f.stat().st_size for f in DEFAULT_MODEL.iterdir())
    print(
        f"artifact folder: {size / 1e6:.1f} MB ({DEFAULT_MODEL / 'model.onnx'}: "
        f"{(DEFAULT_MODEL / 'model.onnx').stat().st_size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
