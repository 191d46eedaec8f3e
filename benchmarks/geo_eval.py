"""Geoparser accuracy on the dev splits, against Mordecai 3's and the Edinburgh Geoparser's
published figures, and its speed against the bare spaCy parse of the same documents.

    python benchmarks/geo_eval.py [--corpora gwn trnews lgl] [--limit N] [--repeats 3]
                                  [--speed-docs 150] [--no-speed] [--hand-set]

Prints tables (Markdown) to paste into benchmarks/RESULTS.md. The shipped candidate ranker was
trained on these dev splits, so its figures here are in-sample; the honest ones are the
cross-validated figures of ``training/train_geo_ranker.py``. ``--hand-set`` resolves with the
hand-set weights instead of the ranker.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT.parent / "shared" / "data" / "geo"

# Mordecai 3 (Halterman 2023), on the last 30% of each corpus, gold toponyms its NER found.
MORDECAI = {
    "gwn": {"acc161": 94.1, "exact": 90.1, "country": 97.4},
    "trnews": {"acc161": 87.3, "exact": 84.3, "country": 97.8},
    "lgl": {"acc161": 82.7, "exact": 79.4, "country": 97.9},
}
EDINBURGH_GWN_ACC161 = 91.9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=["gwn", "trnews", "lgl"])
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each")
    parser.add_argument("--repeats", type=int, default=3, help="timing repeats (median kept)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--hand-set", action="store_true", help="resolve without the ranker")
    parser.add_argument(
        "--speed-docs", type=int, default=150, help="time the first N documents (GWN first)"
    )
    args = parser.parse_args()
    if not GEO.exists():
        print(f"needs the shared dev data beside the repository ({GEO.name}/ not found)")
        return 2

    from wirewatch.eval.geo import evaluate, read_gold
    from wirewatch.geo.gazetteer import Gazetteer, cache_dir, fingerprint
    from wirewatch.geo.parse import geoparse
    from wirewatch.pipeline import Failure, Pipeline

    start = time.perf_counter()
    existed = (cache_dir() / f"gazetteer-{fingerprint()}.sqlite").exists()
    gazetteer = Gazetteer.open()
    first_open = time.perf_counter() - start
    pipeline = Pipeline(stages=["ww_places"])
    stage = pipeline.nlp.get_pipe("ww_places")
    if args.hand_set:
        stage.ranker = None
    print(f"resolution: {'learned ranker (in-sample on dev)' if stage.ranker else 'hand-set'}")

    def predict(documents):
        for item in geoparse(documents, pipeline):
            if isinstance(item, Failure):
                print(f"failed: {item.error}", file=sys.stderr)
                continue
            yield item.doc_id, item.places

    rows = []
    all_docs = []
    for corpus in args.corpora:
        gold = list(read_gold(GEO / f"{corpus}_dev.jsonl", limit=args.limit))
        all_docs.extend(g.document for g in gold)
        scores = evaluate(gold, predict, gazetteer)
        rows.append((corpus, scores))

    print("\n### Accuracy (dev splits; resolution over gold toponyms the recogniser found)\n")
    print(
        "| corpus | docs | rec. P | rec. R | rec. F1 | found / geocodable | acc@161km "
        "(Mordecai 3) | exact id (Mordecai 3) | right country (Mordecai 3) | median km "
        "| mean km | AUC |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for corpus, s in rows:
        m = MORDECAI.get(corpus, {})
        f = s.found
        print(
            f"| {corpus} | {args.limit or 'all'} | {100 * s.precision:.1f} | {100 * s.recall:.1f} "
            f"| {100 * s.f1:.1f} | {f.n} / {s.all.n} | {100 * f.accuracy_161:.1f} "
            f"({m.get('acc161', '-')}) | {100 * f.exact_id:.1f} ({m.get('exact', '-')}) "
            f"| {100 * f.right_country:.1f} ({m.get('country', '-')}) | {f.median_km:.1f} "
            f"| {f.mean_km:.0f} | {f.auc:.3f} |"
        )
    print("\nOver all gold geocodable toponyms (missed or unresolved = worst error):\n")
    print("| corpus | n | acc@161km | exact id | right country | median km | mean km | AUC |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for corpus, s in rows:
        a = s.all
        print(
            f"| {corpus} | {a.n} | {100 * a.accuracy_161:.1f} | {100 * a.exact_id:.1f} "
            f"| {100 * a.right_country:.1f} | {a.median_km:.1f} | {a.mean_km:.0f} | {a.auc:.3f} |"
        )
    if "gwn" in dict(rows):
        print(
            f"\nEdinburgh Geoparser on GWN, acc@161km: {EDINBURGH_GWN_ACC161}; ours (found): "
            f"{100 * dict(rows)['gwn'].found.accuracy_161:.1f}, (all): "
            f"{100 * dict(rows)['gwn'].all.accuracy_161:.1f}"
        )
    if not args.no_speed:
        speed(all_docs[: args.speed_docs], pipeline, args.repeats, first_open, existed)
    return 0


def speed(documents, pipeline, repeats: int, first_open: float, existed: bool) -> None:
    from wirewatch.geo.gazetteer import Gazetteer
    from wirewatch.nlp import load_nlp

    bare = load_nlp(pipeline.settings.model)  # the same model, without wirewatch stages
    texts = [d.text for d in documents]
    bare_times, geo_times = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=pipeline.settings.batch_size):
            pass
        bare_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _doc in pipeline.annotate(documents):
            pass
        geo_times.append(time.perf_counter() - t)
    loads = []
    for _ in range(5):
        t = time.perf_counter()
        g = Gazetteer.open()
        g.lookup("aleppo")
        loads.append(time.perf_counter() - t)
        g.close()
    # The stage alone on already parsed docs: its cost without the parse's noise on a shared VM.
    parsed = list(bare.pipe(texts, batch_size=pipeline.settings.batch_size))
    stage = pipeline.nlp.get_pipe("ww_places")
    stage_times = []
    for _ in range(repeats):
        t = time.perf_counter()
        for _doc in stage.pipe(parsed):  # as the pipeline runs it: in locale windows
            pass
        stage_times.append(time.perf_counter() - t)
    memory = gazetteer_memory()
    bare_m, geo_m = statistics.median(bare_times), statistics.median(geo_times)
    chars = sum(len(t) for t in texts)
    print(f"\n### Speed ({len(texts)} documents, {chars:,} characters; median of {repeats})\n")
    print("| run | median s | all runs s | docs/s |")
    print("|---|---:|---:|---:|")
    print(
        f"| bare spaCy parse | {bare_m:.2f} | {', '.join(f'{x:.2f}' for x in bare_times)} "
        f"| {len(texts) / bare_m:.1f} |"
    )
    print(
        f"| parse + ww_places | {geo_m:.2f} | {', '.join(f'{x:.2f}' for x in geo_times)} "
        f"| {len(texts) / geo_m:.1f} |"
    )
    stage_m = statistics.median(stage_times)
    print(
        f"| ww_places alone (on parsed docs) | {stage_m:.2f} | "
        f"{', '.join(f'{x:.2f}' for x in stage_times)} | {len(texts) / stage_m:.1f} |"
    )
    print(f"\ngeoparse / bare parse: **{geo_m / bare_m:.3f}** (target ≤ 1.20)")
    print(f"ww_places alone / bare parse: **{stage_m / bare_m:.3f}** (the added share)")
    print(
        f"gazetteer open (cached index), median of 5: {1000 * statistics.median(loads):.1f} ms; "
        f"first open this run: {first_open:.1f} s ({'cached' if existed else 'built'}); "
        f"index file {Gazetteer.open().path.stat().st_size / 2**20:.0f} MiB; "
        f"{memory}; this benchmark process peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


MEMORY_PROBE = """
import time

def status(field):
    # VmHWM (peak resident memory) is per address space: a fresh exec starts it anew,
    # unlike getrusage's ru_maxrss, which Linux carries over from the parent.
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field):
                return int(line.split()[1]) / 1024

base = status("VmHWM")
from wirewatch.geo.gazetteer import Gazetteer
from wirewatch.geo.normalise import key
t = time.perf_counter()
g = Gazetteer.open()
opened = time.perf_counter() - t
for name in ("Aleppo", "Damascus", "Paris", "Springfield", "Georgia", "Jassim", "Washington"):
    g.lookup(key(name)); g.lookup_skeleton(key(name))
g.country("SY"); g.demonym("syrian")
peak = status("VmHWM")
print(f"{opened * 1000:.1f} {peak - base:.1f} {peak:.1f}")
"""


def gazetteer_memory() -> str:
    """Open the cached gazetteer in a fresh process: time and memory of the gazetteer alone."""
    import os
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return (
        f"fresh process: open {out[0]} ms, gazetteer memory (peak RSS growth) {out[1]} MiB, "
        f"process peak {out[2]} MiB"
    )


if __name__ == "__main__":
    raise SystemExit(main())
