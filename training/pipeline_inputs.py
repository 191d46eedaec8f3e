"""The rule pipeline's candidate for each PLV and GSR gold pair: what the ``learned`` back-end sees.

Runs the full pipeline with the ``rules`` coder (the project venv, spaCy) over the training
sentences, matches its events to the gold pairs (``wirewatch.eval.events.match_events``) and
writes one line per gold pair the rules found an event for: ``{key, doc_id, text, actor_text,
recipient_text, trigger, actor_spans, recipient_spans, clause, rules_event, rules_mode, agree}``
(``text`` is the event's sentence; ``trigger``, the candidate's own actor and recipient mentions
and the trigger's clause (``wirewatch.events.clause``, from the same parse) are offsets into it).
``train_classifier.py`` marks them in training inputs exactly as the ``learned`` back-end does,
and with ``--cv`` predicts every line with the held-out model, which is how the ``learned``
back-end is scored inside the pipeline without seeing its own training sentences.

    PYTHONPATH=src python training/pipeline_inputs.py build/pipeline_inputs.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc

from wirewatch.config import Settings
from wirewatch.eval.events import NONE, Predicted, _overlaps, match_events, read_gold
from wirewatch.events.clause import clause_range
from wirewatch.pipeline import Pipeline, coded_from_doc
from wirewatch.schema import Event

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
SETS = ("plv_train.jsonl", "plover_gsr.jsonl")


def event_of(found: Predicted, events: list[Event], text: str) -> Event:
    """The event a match came from (one event per trigger, so sentence and trigger decide)."""
    for event in events:
        start = event.sentence.start
        if text[start : event.sentence.end] == found.sentence and found.trigger == (
            event.trigger.start - start,
            event.trigger.end - start,
        ):
            return event
    raise LookupError(f"no event behind the match {found.key}")


def clause_of(doc: Doc, event: Event) -> tuple[int, int]:
    """The trigger's clause as ``LearnedCoder`` computes it, from this document's parse."""
    trigger = doc.char_span(event.trigger.start, event.trigger.end)
    if trigger is None:
        raise LookupError(f"trigger of {event.id} is not on token boundaries")
    sentence = doc.char_span(event.sentence.start, event.sentence.end)
    if sentence is None:
        raise LookupError(f"sentence of {event.id} is not on token boundaries")
    people = [(a.start, a.end) for a in (*event.actor, *event.recipient)]
    return clause_range(sentence, trigger, people)


def main(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(Settings(coder="rules"))
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for name in SETS:
            documents, pairs = read_gold(DATA / name)
            by_doc = defaultdict(list)
            for pair in pairs:
                by_doc[pair.doc_id].append(pair)
            for doc in pipeline.annotate(documents):
                if not isinstance(doc, Doc):
                    print(f"skipped {doc.document.id}: {doc.error}", file=sys.stderr)
                    continue
                coded = coded_from_doc(doc)
                for pair, found in zip(
                    by_doc[coded.document.id],
                    match_events(by_doc[coded.document.id], coded.events),
                    strict=True,
                ):
                    if found.event == NONE or found.sentence is None:
                        continue
                    event = event_of(found, coded.events, coded.document.text)
                    row = {
                        "key": pair.key,
                        "doc_id": pair.doc_id,
                        "text": found.sentence,
                        "actor_text": "; ".join(found.actors or []) or None,
                        "recipient_text": "; ".join(found.recipients or []) or None,
                        "trigger": list(found.trigger) if found.trigger else None,
                        "actor_spans": [list(s) for s in found.actor_spans or ()],
                        "recipient_spans": [list(s) for s in found.recipient_spans or ()],
                        "clause": list(clause_of(doc, event)),
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
