"""The NGEC synthetic stories, coded by the ``learned`` back-end, candidate by candidate.

Runs the full pipeline with the shipped ``learned`` back-end over the 4,500 NGEC stories
(``events/ngec_synthetic.jsonl``: multi-paragraph prose, one document-level gold type each, not
the wire sentences the classifier learned from) and records every candidate the back-end is asked
about: the input it built (the format of ``training/weak_examples.py``, so
``train_classifier.py --weak`` marks it exactly as the back-end does), the model's probabilities
(``scores``), the rules' proposal (``rules_event``) and the story's gold type (``story_event``).

Two uses:

* ``benchmarks/relabel_out_of_genre.py`` re-decides the recorded candidates under each way of
  weighing the rules' proposal (out-of-genre evidence for ``events.relabel``'s settings);
* ``--instances FILE`` also writes one training example per story, multi-instance style: the
  candidate the model finds most likely to be of the story's gold type, labelled with that type
  (``label``), kept only if the model gives it at least ``MIN_SHARE``. The label comes from the
  story, not from the trigger word, so the model is not taught the rule lexicon (the failure
  of the rules-labelled weak set; ``benchmarks/RESULTS.md``).

    PYTHONPATH=src python training/ngec_instances.py build/ngec_candidates.jsonl \
        [--instances build/ngec_instances.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from weak_examples import row_of

from wirewatch.config import Settings
from wirewatch.events.candidates import Candidate
from wirewatch.events.coders import Decision, register_coder
from wirewatch.events.learned import Relation
from wirewatch.events.learned_coder import LearnedCoder, candidate_relation
from wirewatch.pipeline import Failure, Pipeline
from wirewatch.schema import Document

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
NGEC = DATA / "ngec_synthetic.jsonl"
RECORDER = "learned-recorder"
# Fixed before any figure: below this the story's event is probably not among the candidates.
MIN_SHARE = 0.05


@register_coder(RECORDER)
class RecordingLearnedCoder(LearnedCoder):
    """The shipped ``learned`` back-end, noting each candidate and the model's answer for it."""

    name = RECORDER
    seen: list[tuple[Candidate, dict[str, float]]] = []

    def __init__(self) -> None:
        super().__init__()
        answers: dict[Relation, dict[str, float]] = {}
        classify = self.classifier.classify

        def remembering(relations: Sequence[Relation]) -> list:
            out = classify(relations)
            for relation, answer in zip(relations, out, strict=True):
                answers[relation] = dict(answer.scores)
            return out

        self.classifier.classify = remembering  # type: ignore[method-assign]
        self.answers = answers

    def decide(self, candidates: Sequence[Candidate]) -> list[Decision | None]:
        decisions = super().decide(candidates)
        for candidate in candidates:
            relation = candidate_relation(candidate, self._with_clause)
            RecordingLearnedCoder.seen.append((candidate, self.answers[relation]))
        return decisions


def read_stories(path: Path = NGEC) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def record(stories: list[dict]) -> list[dict]:
    gold = {s["id"]: s["gold"][0]["event"] for s in stories}
    documents = [Document(id=s["id"], text=s["text"]) for s in stories]
    rows: list[dict] = []
    RecordingLearnedCoder.seen.clear()
    for item in Pipeline(Settings(coder=RECORDER)).annotate(documents):
        for candidate, scores in RecordingLearnedCoder.seen:
            proposal = Decision(candidate.proposal.event, candidate.proposal.mode, 0.0)
            row = row_of(candidate, proposal, len(rows) + 1)
            row["scores"] = {k: round(v, 5) for k, v in scores.items()}
            row["story_event"] = gold[row["doc_id"]]
            rows.append(row)
        RecordingLearnedCoder.seen.clear()
        if isinstance(item, Failure):
            print(f"skipped {item.document.id}: {item.error}", file=sys.stderr)
    return rows


def instances(rows: list[dict]) -> list[dict]:
    """Per story, the candidate most likely of the story's type, if likely enough."""
    best: dict[str, dict] = {}
    for row in rows:
        share = row["scores"].get(row["story_event"], 0.0)
        kept = best.get(row["doc_id"])
        if share >= MIN_SHARE and (kept is None or share > kept["scores"][row["story_event"]]):
            best[row["doc_id"]] = row
    return [{**row, "label": row["story_event"]} for row in best.values()]


def write(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--instances", type=Path)
    args = parser.parse_args()
    if not NGEC.exists():
        raise SystemExit(f"no NGEC stories at {NGEC}: needs ../shared/data")
    stories = read_stories()
    rows = record(stories)
    write(rows, args.out)
    print(f"recorded {len(rows)} candidates from {len(stories)} stories to {args.out}")
    if args.instances:
        chosen = instances(rows)
        write(chosen, args.instances)
        types = Counter(r["label"] for r in chosen)
        agree = sum(r["label"] == r["rules_event"] for r in chosen)
        print(f"wrote {len(chosen)} instances to {args.instances} ({agree} where the rules agree)")
        print("types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))


if __name__ == "__main__":
    main()
