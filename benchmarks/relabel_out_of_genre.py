"""How the ``learned`` back-end should weigh the rules' type, judged on prose it was not trained on.

    PYTHONPATH=src python training/ngec_instances.py build/ngec_candidates.jsonl
    PYTHONPATH=src python benchmarks/relabel_out_of_genre.py [--docs N]

``benchmarks/relabel_tuning.py`` chooses ``rules_boost`` / ``keep_rules_below`` on held-out PLV and
GSR answers: wire sentences like those the classifier learned from, where the model is sure of
itself and the combination barely matters. The question it cannot answer is what to do when the
model meets a different genre and is unsure. This script asks it on the NGEC synthetic stories
(multi-paragraph prose, one document-level gold type each), leaving out the stories whose headline
the shipped classifier trained on (``train_classifier.ngec_examples``: the same seed and draw).

``training/ngec_instances.py`` codes every story once with the real pipeline and the shipped
``learned`` back-end and records each candidate it is asked about, with the model's
probabilities and the rules' proposal; each setting here re-decides those candidates with
``events.relabel.choose`` (the rules back-end takes the proposal). Scores per setting: the share
of stories whose gold type is among their decided types (*hit*), and the share of decided
candidates with the gold type (*on type*; a story has other events besides its gold one, so this
only ranks settings). PLV and GSR figures for the same settings come from
``relabel_tuning.accuracy``. The seed article plays no part.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from relabel_tuning import CANDIDATES, CV_PIPELINE, accuracy, gold_types, read_jsonl
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.events.relabel import choose

ROOT = Path(__file__).resolve().parents[1]
NGEC = ROOT / ".." / "shared" / "data" / "events" / "ngec_synthetic.jsonl"
RECORDED = ROOT / "build" / "ngec_candidates.jsonl"
# train_classifier.py's defaults: seed 13, 500 headlines, drawn first from a fresh generator.
TRAIN_SEED, TRAIN_HEADLINES = 13, 500


def unseen_stories() -> list[dict]:
    """NGEC stories whose headline the shipped classifier did not train on, in file order."""
    stories = read_jsonl(NGEC)
    titled = [d for d in stories if d.get("title")]
    random.Random(TRAIN_SEED).shuffle(titled)
    seen = {d["id"] for d in titled[:TRAIN_HEADLINES]}
    return [d for d in stories if d["id"] not in seen]


def out_of_genre(
    stories: list[dict], rows: list[dict], boost: float | None, keep: float
) -> tuple[float, float, int]:
    """(hit, on type, decided) for one setting; ``boost`` None is the rules alone."""
    gold = {s["id"]: s["gold"][0]["event"] for s in stories}
    types: dict[str, set[str]] = {doc: set() for doc in gold}
    on_type = decided = 0
    for row in rows:
        proposal = row["rules_event"] if row["rules_event"] in EVENT_TYPES else None
        if boost is None:
            event = proposal
        else:
            event, _ = choose(row["scores"], proposal, boost, keep)
        if event is None:
            continue
        types[row["doc_id"]].add(event)
        decided += 1
        on_type += int(event == gold[row["doc_id"]])
    hit = sum(gold[doc] in found for doc, found in types.items()) / len(gold)
    return hit, on_type / max(decided, 1), decided


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=0, help="first N unseen stories (0: all)")
    parser.add_argument("--recorded", type=Path, default=RECORDED)
    parser.add_argument("--boosts", default="0,0.5,1,2")
    parser.add_argument("--keeps", default="0,0.2,0.3,0.4,0.5,0.6")
    args = parser.parse_args()
    if not args.recorded.exists():
        sys.exit(
            f"no {args.recorded}: run `PYTHONPATH=src python training/ngec_instances.py"
            f" {args.recorded}`"
        )
    stories = unseen_stories()
    if args.docs:
        stories = stories[: args.docs]
    wanted = {s["id"] for s in stories}
    rows = [r for r in read_jsonl(args.recorded) if r["doc_id"] in wanted]
    cands = {r["key"]: r for r in read_jsonl(CANDIDATES)}
    held = {r["id"]: r for r in read_jsonl(CV_PIPELINE)}
    plv, gsr = gold_types("plv_train.jsonl"), gold_types("plover_gsr.jsonl")
    print(f"NGEC: {len(stories)} stories, {len(rows)} candidates")
    print("| setting | PLV acc | GSR acc | NGEC hit | NGEC on type | decided |")
    print("|---|---|---|---|---|---|")
    hit, share, n = out_of_genre(stories, rows, None, 0.0)
    print(f"| rules alone | - | - | {hit:.3f} | {share:.3f} | {n} |")
    for boost in (float(b) for b in args.boosts.split(",")):
        for keep in (float(k) for k in args.keeps.split(",")):
            hit, share, n = out_of_genre(stories, rows, boost, keep)
            p = accuracy(plv, cands, held, boost, keep)
            g = accuracy(gsr, cands, held, boost, keep)
            print(
                f"| boost {boost}, keep below {keep} | {p:.3f} | {g:.3f} | {hit:.3f}"
                f" | {share:.3f} | {n} |"
            )


if __name__ == "__main__":
    main()
