"""Verbs the lexicon does not know, typed by the learned back-end: judged held-out on PLV and GSR.

    PYTHONPATH=src python benchmarks/open_candidates.py EVERY.jsonl ASKED.jsonl [--grid ...]
    PYTHONPATH=src python benchmarks/open_candidates.py --written FILE [--grid ...]

``EVERY.jsonl`` is ``training/every_candidate.py``'s list of every input the ``learned`` back-end
asks about in the PLV and GSR sentences; ``ASKED.jsonl`` holds each one's probabilities from the
cross-validation model that never saw its sentence (``train_classifier.py --cv … --score``). The
pipeline then runs for real (parse, candidates, ``LearnedCoder``, records, matching to the gold)
with a classifier that answers every input from that table, once per ``open_min`` setting
(``never``: no open candidates, the back-end as shipped).

``--written FILE`` instead codes the written analysis events (``benchmarks/data/
analysis_events.jsonl``, which no model trained on) with the shipped model, per setting.

Per set: type accuracy over the gold pairs (as ``wirewatch eval events`` in pipeline mode), the
records emitted, and the share of them that the matcher pairs with a gold event (``matched``; the
gold is not exhaustive, so this only bounds precision from below, the same way for every row).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from relabel_analysis import written_gold
from wirewatch.config import Settings
from wirewatch.eval.events import NONE, match_events, read_gold, score
from wirewatch.events.aux_modes import aux_modes
from wirewatch.events.labels import QUAD
from wirewatch.events.learned import Classification, Relation
from wirewatch.pipeline import Coded, Pipeline

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
SETS = (("PLV", "plv_train.jsonl"), ("GSR", "plover_gsr.jsonl"))


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def spans(value: list | None) -> tuple[tuple[int, int], ...] | None:
    return None if value is None else tuple((int(a), int(b)) for a, b in value)


def relation_of(row: dict) -> Relation:
    """The Relation ``LearnedCoder`` built for this input (``every_candidate.py`` wrote it)."""
    return Relation(
        row["text"],
        row["actor_text"],
        row["recipient_text"],
        trigger=tuple(row["trigger"]) if row["trigger"] else None,  # type: ignore[arg-type]
        actor_spans=spans(row["actor_spans"]),
        recipient_spans=spans(row["recipient_spans"]),
        clause=tuple(row["clause"]) if row["clause"] else None,  # type: ignore[arg-type]
        hint=row["hint"],
    )


class HeldOutClassifier:
    """Answers each input with its held-out probabilities; modes from the lexicon only."""

    modes = None
    clause_style = "none"

    def __init__(self, every: list[dict], asked: list[dict]) -> None:
        scores = {r["id"]: r["scores"] for r in asked}
        self.table = {relation_of(r): scores[r["key"]] for r in every if r["key"] in scores}

    def classify(self, relations: Sequence[Relation]) -> list[Classification]:
        out = []
        for relation in relations:
            scores = self.table.get(relation)
            if scores is None:
                raise LookupError(
                    f"no held-out answer for an input in {relation.text[:60]!r}: rerun"
                    " training/every_candidate.py and the --score cross-validation"
                )
            best = max(scores, key=scores.__getitem__)
            out.append(
                Classification(
                    best,
                    QUAD[best],
                    scores[best],
                    dict(scores),
                    aux_modes(relation.text, relation.participants()),
                )
            )
        return out


def run(pipeline: Pipeline, documents: list, pairs: list) -> tuple[float, int, int]:
    """(type accuracy, records emitted, records matched to a gold pair) on one set."""
    by_doc: dict[str, list] = defaultdict(list)
    for pair in pairs:
        by_doc[pair.doc_id].append(pair)
    found, emitted, matched = {}, 0, 0
    for item in pipeline.code(documents):
        events = item.events if isinstance(item, Coded) else []
        emitted += len(events)
        for predicted in match_events(by_doc[item.document.id], events):
            found[predicted.key] = predicted
            matched += predicted.event != NONE
    predictions = [found[p.key] for p in pairs]
    return score(pairs, predictions).accuracy or 0.0, emitted, matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("every", type=Path, nargs="?")
    parser.add_argument("asked", type=Path, nargs="?")
    parser.add_argument("--grid", default="never,0.99,0.95,0.9,0.8,0.7,0.6,0.5")
    parser.add_argument("--written", type=Path, help="code these written events instead")
    args = parser.parse_args()
    classifier: HeldOutClassifier | None = None
    if args.written:
        with tempfile.TemporaryDirectory() as folder:
            sets = [("written", *read_gold(written_gold(args.written, Path(folder))))]
    else:
        if not DATA.exists():
            sys.exit(f"needs {DATA} (the shared development data)")
        if not (args.every and args.asked):
            parser.error("EVERY and ASKED are needed without --written")
        classifier = HeldOutClassifier(read_jsonl(args.every), read_jsonl(args.asked))
        sets = [(name, *read_gold(DATA / file)) for name, file in SETS]
    print("| back-end | open_min | set | type acc | records | matched share |")
    print("|---|---|---|---|---|---|")
    settings: list[tuple[str, float | None]] = [("rules", None)]
    settings += [("learned", None if g == "never" else float(g)) for g in args.grid.split(",")]
    for coder, open_min in settings:
        config = {"open_min": open_min} if coder == "learned" else {}
        pipeline = Pipeline(
            Settings(coder=coder), stage_config={"ww_events": {"coder_config": config}}
        )
        if coder == "learned" and classifier is not None:
            pipeline.nlp.get_pipe("ww_events").coder.classifier = classifier
        for name, documents, pairs in sets:
            accuracy, emitted, matched = run(pipeline, documents, pairs)
            label = "-" if coder == "rules" else ("never" if open_min is None else open_min)
            share = matched / emitted if emitted else 0.0
            print(
                f"| {coder} | {label} | {name} | {accuracy:.3f} | {emitted} | {share:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
