"""Throughput: the whole pipeline against bare spaCy parsing of the same texts, in one run.

    python benchmarks/throughput.py [--corpus PATH] [--runs 3] [--limit N]

Alternates bare ``nlp.pipe`` and ``Pipeline.code`` over the same documents ``--runs`` times and
prints medians, the ratio (pipeline / bare), documents per second and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import platform
import resource
import statistics
import time
from datetime import date
from pathlib import Path

from wirewatch.config import Settings
from wirewatch.ingest import read_paths
from wirewatch.nlp import load_base_model
from wirewatch.pipeline import Failure, Pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/guardian_sdf.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--coder", default=None, help="event coder back-end (default: settings)")
    args = parser.parse_args()

    documents = [
        r.document for r in read_paths([args.corpus], max_chars=10**7) if r.document is not None
    ][: args.limit]
    texts = [d.text for d in documents]
    settings = Settings()
    if args.coder:
        settings.coder = args.coder
    pipeline = Pipeline(settings)
    bare = load_base_model(settings.model)
    batch = settings.batch_size

    bare_times, full_times, records = [], [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=batch):
            pass
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        records = 0
        failures = 0
        for item in pipeline.code(documents):
            if isinstance(item, Failure):
                failures += 1
            else:
                records += len(item.records)
        full_times.append(time.perf_counter() - start)

    bare_s, full_s = statistics.median(bare_times), statistics.median(full_times)
    ratios = [f / b for f, b in zip(full_times, bare_times, strict=True)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(t.split()) for t in texts)
    print(
        f"# throughput — {date.today()} — {platform.machine()} {platform.python_version()}, "
        f"{len(documents)} docs, {words:,} words, {args.runs} runs, coder={settings.coder}"
    )
    print("| measure | value |\n|---|---|")
    print(f"| bare spaCy nlp.pipe (median s) | {bare_s:.1f} |")
    print(f"| whole pipeline (median s) | {full_s:.1f} |")
    print(f"| ratio pipeline / bare (median of per-run ratios) | {statistics.median(ratios):.2f} |")
    print(f"| documents/s, whole pipeline | {len(documents) / full_s:.1f} |")
    print(f"| records per run | {records} (failures {failures}) |")
    print(f"| peak RSS (MB) | {peak_mb:.0f} |")


if __name__ == "__main__":
    main()
