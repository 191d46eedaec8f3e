"""Every input the ``learned`` back-end classifies in PLV and GSR sentences, for held-out scoring.

``pipeline_inputs.py`` keeps one rule candidate per gold pair, which is enough to score the
type decision. Judging candidates that may not be events at all (verbs the lexicon does not
know, ``lexicon.OPEN_VERB``) needs every input the back-end asks the model about, gold or not:
this runs the pipeline with the ``learned`` back-end and every candidate proposed
(``open_min`` 0), and writes one line per distinct input: ``{key, doc_id, text, actor_text,
recipient_text, trigger, actor_spans, recipient_spans, clause, hint, open}``.
``train_classifier.py --score FILE`` then predicts each line with the fold model that never saw
its sentence, and ``benchmarks/open_candidates.py`` replays the pipeline on those answers.

    PYTHONPATH=src python training/every_candidate.py build/every_candidate.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from wirewatch.config import Settings
from wirewatch.eval.events import read_gold
from wirewatch.events.learned import Classification, Relation, RelationClassifier
from wirewatch.pipeline import Coded, Pipeline

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
SETS = ("plv_train.jsonl", "plover_gsr.jsonl")


class Recorder:
    """Answers as the wrapped classifier does and keeps every relation it was asked about."""

    def __init__(self, inner: RelationClassifier) -> None:
        self.inner = inner
        self.asked: list[Relation] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)  # modes, clause_style: as the real model has them

    def classify(self, relations: Sequence[Relation]) -> list[Classification]:
        self.asked += relations
        return self.inner.classify(relations)


def spans(value: tuple[tuple[int, int], ...] | None) -> list[list[int]] | None:
    return None if value is None else [list(s) for s in value]


def main(out: Path) -> None:
    pipeline = Pipeline(
        Settings(coder="learned"), stage_config={"ww_events": {"coder_config": {"open_min": 0.0}}}
    )
    coder = pipeline.nlp.get_pipe("ww_events").coder
    recorder = Recorder(coder.classifier)
    coder.classifier = recorder
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for name in SETS:
            documents, _pairs = read_gold(DATA / name)
            for document in documents:
                recorder.asked = []
                (item,) = list(pipeline.code([document]))
                if not isinstance(item, Coded):
                    print(f"skipped {document.id}: {item.error}", file=sys.stderr)
                    continue
                seen: set[Relation] = set()
                for relation in recorder.asked:
                    if relation in seen:
                        continue
                    seen.add(relation)
                    row = {
                        "key": f"{document.id}/{len(seen)}",
                        "doc_id": document.id,
                        "text": relation.text,
                        "actor_text": relation.actor_text,
                        "recipient_text": relation.recipient_text,
                        "trigger": list(relation.trigger) if relation.trigger else None,
                        "actor_spans": spans(relation.actor_spans),
                        "recipient_spans": spans(relation.recipient_spans),
                        "clause": list(relation.clause) if relation.clause else None,
                        "hint": relation.hint,
                        # A lexicon candidate always proposes a PLOVER type; an open verb none.
                        "open": relation.hint is None,
                    }
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    print(f"wrote {written} classifier inputs to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/every_candidate.jsonl"))
