"""How long do the signals take over a large store? 100,000 synthetic events in SQLite.

Builds (once, cached beside the script in an ignored folder, or at --db) a store of synthetic
documents, each a few short sentences with events and statements pointing into them, some
actors going quiet or loud in the last weeks, some places changing hands. Then times each
detector group and the full report, several runs each, and prints a table with medians.

    python benchmarks/signals_scale.py [--events 100000] [--runs 3] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from wirewatch.pipeline import Coded
from wirewatch.report import build_report, render
from wirewatch.schema import ActorRef, Document, Event, Place, Range, Span, Statement
from wirewatch.signals import KIND_GROUPS, compute_signals
from wirewatch.store import Store

EVENTS_PER_DOC = 20
STATEMENTS_PER_DOC = 4
TYPES = [
    ("CONSULT", 1, 1.0),
    ("AGREE", 1, 2.0),
    ("AID", 2, 4.0),
    ("ACCUSE", 3, 2.0),
    ("THREATEN", 3, 4.0),
    ("ASSAULT", 4, 7.0),
]
VERBS = {
    "CONSULT": "met",
    "AGREE": "agreed with",
    "AID": "aided",
    "ACCUSE": "accused",
    "THREATEN": "threatened",
    "ASSAULT": "attacked",
}


def actors(n: int) -> list[tuple[str, str, str]]:
    codes = ["RUS", "USA", "SYR", "IRN", "TUR", "SAU", "FRA", "GBR", "IRQ", "LBN"]
    sectors = ["GOV", "MIL", "REB", "OPP"]
    out = []
    for i in range(n):
        code, sector = codes[i % len(codes)], sectors[(i // len(codes)) % len(sectors)]
        out.append((f"Actor{i}", code, sector))
    return out


def build(db: Path, n_events: int, seed: int = 7) -> tuple[int, float]:
    rng = random.Random(seed)
    people = actors(40)
    quiet = set(range(0, 40, 7))  # these go silent in the last eight weeks
    first = date(2023, 1, 2)
    n_docs = n_events // EVENTS_PER_DOC
    started = time.perf_counter()
    with Store(str(db)) as store:
        for d in range(n_docs):
            day = first + timedelta(days=rng.randrange(364))
            late = day >= first + timedelta(weeks=44)
            parts: list[str] = []
            events: list[Event] = []
            statements: list[Statement] = []
            places: list[Place] = []  # what the geoparser would find: the towns
            pos = 0
            for k in range(EVENTS_PER_DOC + STATEMENTS_PER_DOC):
                a, b = rng.sample(range(len(people)), 2)
                if late and a in quiet:
                    a = (a + 1) % len(people)
                name_a, code_a, sec_a = people[a]
                name_b, code_b, sec_b = people[b]
                if k < EVENTS_PER_DOC:
                    kind, quad, scale = rng.choice(TYPES)
                    taken = rng.random() < 0.01
                    verb = "captured" if taken else VERBS[kind]
                    obj = f"Town{rng.randrange(60)} from {name_b}" if taken else name_b
                    sentence = f"{name_a} {verb} {obj} on {day:%B} {day.day}."
                else:
                    verb = "said"
                    sentence = f"{name_a} said {name_b} were terrorists, in Doc {d}."
                start = pos
                a_ref = ActorRef(
                    text=name_a,
                    start=start,
                    end=start + len(name_a),
                    name=name_a,
                    code=code_a,
                    sector=sec_a,
                )
                b_at = start + sentence.index(name_b)
                b_ref = ActorRef(
                    text=name_b,
                    start=b_at,
                    end=b_at + len(name_b),
                    name=name_b,
                    code=code_b,
                    sector=sec_b,
                )
                v_at = start + len(name_a) + 1
                trigger = Span(text=verb, start=v_at, end=v_at + len(verb))
                sent = Range(start=start, end=start + len(sentence))
                if k < EVENTS_PER_DOC:
                    events.append(
                        Event(
                            id=f"s{d}:e{k}",
                            doc_id=f"s{d}",
                            event=kind,
                            quad=quad,
                            scale=scale,
                            date=day.isoformat(),
                            actor=[a_ref],
                            recipient=[b_ref],
                            trigger=trigger,
                            sentence=sent,
                        )
                    )
                else:
                    statements.append(
                        Statement(
                            id=f"s{d}:s{k}",
                            doc_id=f"s{d}",
                            speaker=[a_ref],
                            verb=trigger,
                            about=[b_ref],
                            topics=["Issue"],
                            sentence=sent,
                        )
                    )
                if k < EVENTS_PER_DOC and taken:
                    town = obj.split(" from ")[0]
                    at = start + sentence.index(town)
                    places.append(Place(text=town, start=at, end=at + len(town), name=town))
                parts.append(sentence)
                pos += len(sentence) + 1
            doc = Document(id=f"s{d}", text=" ".join(parts), date=day.isoformat())
            store.save(Coded(document=doc, events=events, statements=statements, places=places))
    return n_docs, time.perf_counter() - started


def timed(fn, runs: int) -> tuple[float, list[float], float, object]:
    """Median wall time, all wall times, median CPU time (robust on a shared machine), result."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), times, statistics.median(cpu), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="reuse or build this store")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "signals_scale.db"
    if not db.exists():
        n_docs, seconds = build(db, args.events)
        print(
            f"built {db}: {n_docs} documents, {args.events} events in {seconds:.1f} s",
            file=sys.stderr,
        )
    with Store(str(db)) as store:
        summary = store.summary()
        rows = []
        for group, kinds in KIND_GROUPS.items():
            median, times, cpu, run = timed(lambda k=kinds: compute_signals(store, k), args.runs)
            rows.append((group, median, min(times), max(times), cpu, len(run.signals)))
        median, times, cpu, run = timed(lambda: compute_signals(store), args.runs)
        rows.append(("all kinds (one view)", median, min(times), max(times), cpu, len(run.signals)))
        median, times, cpu, report = timed(lambda: render(build_report(store), "html"), args.runs)
        rows.append(("report (build + HTML)", median, min(times), max(times), cpu, len(report)))
    print(
        f"store: {summary['documents']} documents, {summary['events']} events, "
        f"{summary['statements']} statements; {args.runs} runs each"
    )
    print(f"{'what':<24} {'median s':>9} {'min s':>7} {'max s':>7} {'CPU s':>7} {'signals':>9}")
    for name, med, lo, hi, cpu, n in rows:
        unit = "bytes" if name.startswith("report") else ""
        print(f"{name:<24} {med:>9.2f} {lo:>7.2f} {hi:>7.2f} {cpu:>7.2f} {n:>9} {unit}")
    print(f"events per second (all kinds): {summary['events'] / rows[-2][1]:,.0f}")


if __name__ == "__main__":
    main()
