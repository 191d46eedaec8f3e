"""The auxiliary modes (negation, hypothetical, future, historical) against hand-written gold.

    PYTHONPATH=src python benchmarks/aux_modes_eval.py [--gold GOLD.jsonl]

Gold: the 640 analysis-genre sentences of ``benchmarks/data/analysis_events.jsonl``, each with one
event's trigger and the modes of that event (``aux``), written for issue 6 by writers who saw
neither the mode rules nor the seed article; no rule was built from them and no shipped model
trained on them. The writers' present is the day the set was written (``--anchor``), which is
what "historical" and "future" are judged against.

Three mechanisms side by side:

* ``trigger`` — ``events.modality.aux_modes``, what ``code`` writes on each event: it climbs
  the dependency parse from the trigger and reads the event's own date (``ww_timex``);
* ``window`` — ``events.aux_modes.aux_modes`` with the relation's actor and recipient, what
  ``classify`` writes (it takes no parse, nor a trigger): cue words in the stretch of the
  sentence around the participants (``relation_window``);
* ``sentence`` — the same cue words anywhere in the sentence (``classify`` before the window).

Prints per-mode precision, recall and F1, and the share of events whose whole set of modes is
right.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date as Date
from pathlib import Path

from wirewatch.events.aux_modes import aux_modes as sentence_modes
from wirewatch.events.learned import Relation
from wirewatch.events.modality import aux_modes as trigger_modes
from wirewatch.pipeline import Pipeline
from wirewatch.schema import Document
from wirewatch.timex.event_date import DateIndex

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "analysis_events.jsonl"
MODES = ("negation", "hypothetical", "future", "historical")
NOMINAL = {"NOUN", "PROPN"}


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [row for row in map(json.loads, filter(str.strip, handle)) if "aux" in row]


def predict(rows: list[dict], anchor: str) -> tuple[list[list[str]], ...]:
    pipeline = Pipeline(stages=("ww_timex",))
    documents = [Document(id=f"aux-{i}", text=r["text"], date=anchor) for i, r in enumerate(rows)]
    by_trigger, by_window, by_sentence = [], [], []
    for row, doc in zip(rows, pipeline.annotate(documents), strict=True):
        start = row["text"].find(row["trigger"])
        span = doc.char_span(start, start + len(row["trigger"]), alignment_mode="expand")
        head = span.root
        dates = DateIndex(doc)
        by_trigger.append(
            trigger_modes(head, head.pos_ in NOMINAL, dates.date(head), Date.fromisoformat(anchor))
        )
        relation = Relation(row["text"], row.get("actor_text"), row.get("recipient_text"))
        by_window.append(sentence_modes(row["text"], relation.participants()))
        by_sentence.append(sentence_modes(row["text"]))
    return by_trigger, by_window, by_sentence


def scores(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for mode in MODES:
        counts = Counter()
        for g, p in zip(gold, predicted, strict=True):
            counts[(mode in g, mode in p)] += 1
        tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[mode] = (tp + fn, tp + fp, precision, recall, f1)
    exact = sum(sorted(g) == sorted(p) for g, p in zip(gold, predicted, strict=True))
    out["all modes right"] = (len(gold), exact / len(gold))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--anchor", default="2026-11-30", help="the writers' present (ISO date)")
    args = parser.parse_args()
    rows = read_gold(args.gold)
    gold = [sorted(r["aux"]) for r in rows]
    by_trigger, by_window, by_sentence = predict(rows, args.anchor)
    print(f"{len(rows)} events; gold modes: {dict(Counter(m for g in gold for m in g))}\n")
    print("| mechanism | mode | gold | predicted | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    mechanisms = (
        ("trigger (code)", by_trigger),
        ("window (classify)", by_window),
        ("sentence", by_sentence),
    )
    for name, predicted in mechanisms:
        table = scores(gold, predicted)
        for mode in MODES:
            n, k, p, r, f = table[mode]
            print(f"| {name} | {mode} | {n} | {k} | {p:.3f} | {r:.3f} | {f:.3f} |")
        n, share = table["all modes right"]
        print(f"| {name} | all modes right | {n} | - | - | - | {share:.3f} |")


if __name__ == "__main__":
    main()
