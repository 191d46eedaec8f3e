"""Is there a kind of clause where the learned actor finder is precise enough on news?

    PYTHONPATH=src python benchmarks/actor_finder_shapes.py [--threshold 0.5]

The actor finder (``wirewatch.events.actor_finder``, off by default) gives a rule candidate that
has no actor the best actor mention of its sentence. Judged on news, the records it added were
right 0.25-0.40 of the time against 0.45-0.65 for the records kept (P544-P547), so it stays off.
One way it could still be used is where the clause itself says an actor is missing, e.g. an
infinitive or a second verb whose subject the parser did not reach. This reads the 1,526
half-0 Guardian candidates that annotators answered ("which mention does it, or none";
``training/news_actors*.jsonl``), runs the committed finder on each and prints, by the shape of
the candidate's clause, how many it picks at the threshold and how many of those picks are the
annotated actor. A right pick is an upper bound on a right record: the judge of a record also
wants its type and recipient right.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from pair_scorer_check import ANNOTATED  # noqa: E402
from train_actor_finder import (  # noqa: E402
    GUARDIAN,
    OUT,
    annotated_candidates,
    candidates_with_mentions,
    is_actor,
    read_jsonl,
)

from wirewatch.config import Settings  # noqa: E402
from wirewatch.events.actor_finder import load_actor_finder, mention_features  # noqa: E402
from wirewatch.events.candidates import Candidate  # noqa: E402
from wirewatch.pipeline import Pipeline  # noqa: E402
from wirewatch.schema import Document  # noqa: E402

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})
PASSIVE = frozenset({"nsubjpass", "auxpass", "agent"})


def shape(candidate: Candidate) -> str:
    """The candidate's clause: a noun, a verb with a subject of its own, a passive verb, or an
    active verb with no subject, named by how it hangs on its head."""
    if candidate.nominal:
        return "noun"
    head = candidate.head
    children = {c.dep_ for c in head.children}
    if children & PASSIVE:
        return "passive verb"
    if children & SUBJECTS:
        return "verb with a subject"
    return f"active verb, no subject ({head.dep_})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=0.5, help="the finder's minimum")
    args = parser.parse_args()
    if not GUARDIAN.exists():
        sys.exit(f"needs {GUARDIAN} (the shared development data)")
    answers = annotated_candidates(*(ROOT / "training" / name for name in ANNOTATED))
    documents = [
        Document.model_validate(row) for row in read_jsonl(GUARDIAN) if row["id"] in answers
    ]
    finder = load_actor_finder(OUT / "actors.npz")
    counts: Counter[tuple[str, str]] = Counter()
    pipeline = Pipeline(Settings(coder="rules"))
    for document, candidate, mentions in candidates_with_mentions(documents, pipeline):
        actor = answers[document.id].get(candidate.trigger.start_char, "unasked")
        if actor == "unasked" or candidate.actors:
            continue
        kind = shape(candidate)
        counts[kind, "candidates"] += 1
        counts[kind, "with an actor"] += any(is_actor(ref, actor) for ref, _ in mentions)
        scores = [finder.probability(f) for f in mention_features(candidate, mentions)]
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] >= args.threshold:
            counts[kind, "picks"] += 1
            counts[kind, "right"] += is_actor(mentions[best][0], actor)
    kinds = sorted({k for k, _ in counts}, key=lambda k: -counts[k, "candidates"])
    print(f"finder at {args.threshold}, annotated half-0 Guardian candidates with no rules actor\n")
    print("| clause | candidates | with an actor | picks | right | precision |")
    print("|---|---|---|---|---|---|")
    for kind in [*kinds, "all"]:
        row = [
            sum(counts[k, c] for k in kinds) if kind == "all" else counts[kind, c]
            for c in ("candidates", "with an actor", "picks", "right")
        ]
        share = f"{row[3] / row[2]:.2f}" if row[2] else "-"
        print(f"| {kind} | {' | '.join(map(str, row))} | {share} |")


if __name__ == "__main__":
    main()
