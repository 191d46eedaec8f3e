"""Throughput: the whole pipeline against bare spaCy parsing of the same texts, in one run.

    python benchmarks/throughput.py [--corpus PATH] [--runs 3] [--limit N]

Alternates bare ``nlp.pipe`` and ``Pipeline.code`` over the same documents, chunk by chunk (so a
change in the shared machine's load hits both sides alike), ``--runs`` times, and prints the
median of the per-run totals, the median per-run ratio (pipeline / bare), documents per second
and peak memory (RSS).
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
    parser.add_argument("--chunk", type=int, default=32, help="documents per alternation")
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

    list(pipeline.code(documents[:2]))  # first use builds or opens caches; not timed
    bare_times, full_times, records, failures = [], [], 0, 0
    for _ in range(args.runs):
        bare_total = full_total = 0.0
        records = failures = 0
        for i in range(0, len(documents), args.chunk):
            start = time.perf_counter()
            for _doc in bare.pipe(texts[i : i + args.chunk], batch_size=batch):
                pass
            bare_total += time.perf_counter() - start
            start = time.perf_counter()
            for item in pipeline.code(documents[i : i + args.chunk]):
                if isinstance(item, Failure):
                    failures += 1
                else:
                    records += len(item.records)
            full_total += time.perf_counter() - start
        bare_times.append(bare_total)
        full_times.append(full_total)

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
