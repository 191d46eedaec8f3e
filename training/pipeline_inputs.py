"""The rule pipeline's candidate for each PLV and GSR gold pair: what the ``learned`` back-end sees.

Runs the full pipeline with the ``rules`` coder (the project venv, spaCy) over the training
sentences, matches its events to the gold pairs (``wirewatch.eval.events.match_events``) and
writes one line per gold pair the rules found an event for:
``{key, doc_id, text, actor_text, recipient_text, trigger, rules_event, rules_mode, agree}``
(``text`` is the event's sentence, ``trigger`` offsets into it). ``train_classifier.py`` uses the
trigger to mark it in training inputs, and with ``--cv`` predicts every line with the held-out
model, which is how the ``learned`` back-end is scored inside the pipeline without seeing its
own training sentences.

    PYTHONPATH=src python training/pipeline_inputs.py build/pipeline_inputs.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wirewatch.eval.events import NONE, _overlaps, predict_pipeline, read_gold

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
SETS = ("plv_train.jsonl", "plover_gsr.jsonl")


def main(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for name in SETS:
            documents, pairs = read_gold(DATA / name)
            for pair, found in zip(pairs, predict_pipeline(documents, pairs, "rules"), strict=True):
                if found.event == NONE or found.sentence is None:
                    continue
                row = {
                    "key": pair.key,
                    "doc_id": pair.doc_id,
                    "text": found.sentence,
                    "actor_text": "; ".join(found.actors or []) or None,
                    "recipient_text": "; ".join(found.recipients or []) or None,
                    "trigger": list(found.trigger) if found.trigger else None,
                    "rules_event": found.event,
                    "rules_mode": found.mode,
                    # 0: matched only for want of a better event (likely another event)
                    "agree": int(_overlaps(found.actors or [], pair.actors))
                    + int(_overlaps(found.recipients or [], pair.recipients)),
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} rule candidates to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/pipeline_inputs.jsonl"))
