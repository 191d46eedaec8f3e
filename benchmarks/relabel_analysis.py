"""How the ``learned`` back-end should weigh the rules' type, judged on written analysis prose.

    PYTHONPATH=src python benchmarks/relabel_analysis.py [--keeps 0,0.3 --boosts 0,1]

``benchmarks/relabel_tuning.py`` chooses ``keep_rules_below`` / ``rules_boost`` on held-out PLV
and GSR answers, wire sentences like those the classifier learned from. The reference article is
analysis, not wire. ``benchmarks/data/analysis_events.jsonl`` holds 640 events of that genre (40
per type), written for issue 6 by writers who saw neither coder nor the seed article; the shipped
classifier never trained on them and the rule lexicon was not built from them. For each setting
the real pipeline codes all 640 sentences with the ``learned`` back-end so set, and the events
are matched to the gold pairs as ``wirewatch eval events --pipeline`` does (a pair with no event
is a miss). PLV and GSR figures for the same setting come from ``relabel_tuning.accuracy`` (the
held-out pipeline answers). The seed article plays no part.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from relabel_tuning import CANDIDATES, CV_PIPELINE, accuracy, gold_types, read_jsonl
from wirewatch.eval.events import predict_pipeline, read_gold, score

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = ROOT / "benchmarks" / "data" / "analysis_events.jsonl"


def written_gold(path: Path, folder: Path) -> Path:
    """The written events as a gold file of ``wirewatch eval events`` (one document each)."""
    out = folder / "analysis_gold.jsonl"
    with path.open(encoding="utf-8") as rows, out.open("w", encoding="utf-8") as handle:
        for i, row in enumerate(map(json.loads, filter(str.strip, rows))):
            gold = {
                "event": row["event"],
                "actor_text": row["actor_text"],
                "recipient_text": row.get("recipient_text"),
                "aux_modes": row["aux"],
                "trigger_text": row["trigger"],
            }
            handle.write(json.dumps({"id": f"written-{i}", "text": row["text"], "gold": [gold]}))
            handle.write("\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--written", type=Path, default=WRITTEN)
    parser.add_argument("--keeps", default="0,0.2,0.3,0.4,0.5,0.6,0.7")
    parser.add_argument("--boosts", default="0,0.5,1,2")
    args = parser.parse_args()
    if not CANDIDATES.exists():
        sys.exit(f"no {CANDIDATES}: run `PYTHONPATH=src python training/pipeline_inputs.py`")
    rows = {r["key"]: r for r in read_jsonl(CANDIDATES)}
    held = {r["id"]: r for r in read_jsonl(CV_PIPELINE)}
    plv, gsr = gold_types("plv_train.jsonl"), gold_types("plover_gsr.jsonl")
    with tempfile.TemporaryDirectory() as folder:
        documents, pairs = read_gold(written_gold(args.written, Path(folder)))
    rules = score(pairs, predict_pipeline(documents, pairs, "rules"))
    print(f"{len(pairs)} written events; rules alone: type accuracy {rules.accuracy:.3f}\n")
    print(
        "| keep_rules_below | rules_boost | PLV (held-out) | GSR (held-out) | written"
        " | written macro-F1 |"
    )
    print("|---|---|---|---|---|---|")
    for keep in (float(k) for k in args.keeps.split(",")):
        for boost in (float(b) for b in args.boosts.split(",")):
            config = {"keep_rules_below": keep, "rules_boost": boost}
            learned = score(pairs, predict_pipeline(documents, pairs, "learned", None, config))
            print(
                f"| {keep} | {boost} | {accuracy(plv, rows, held, boost, keep):.3f} | "
                f"{accuracy(gsr, rows, held, boost, keep):.3f} | {learned.accuracy:.3f} | "
                f"{learned.macro_f1:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
