"""The ``learned`` coder back-end's decision: re-label rule candidates with the classifier.

Candidate extraction (trigger, actor, recipient, sentence) stays with the rule coder; this module
only decides each candidate's type from (sentence, actor text, recipient text). Where the model
is unsure (top probability below ``keep_rules_below``) and the rules proposed a type, the rules'
answer is kept: on some inputs the lexicon is more precise than a low-confidence guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirewatch.events.labels import QUAD
from wirewatch.events.learned import Relation, RelationClassifier

# Chosen on PLV with held-out (5-fold CV) model answers over the rule pipeline's candidates:
# type accuracy 0.353 when the model always decides, 0.369 at 0.3, falling above that; the same
# threshold is best on the GSR too (benchmarks/RESULTS.md, "Learned event classifier").
KEEP_RULES_BELOW = 0.3


@dataclass(frozen=True)
class Decision:
    event: str
    quad: int
    confidence: float
    source: str  # "learned" or "rules"
    aux_modes: list[str]


def relabel(
    classifier: RelationClassifier,
    relations: Sequence[Relation],
    proposals: Sequence[str | None],
    proposal_confidence: Sequence[float] | None = None,
    keep_rules_below: float = KEEP_RULES_BELOW,
) -> list[Decision]:
    """One decision per candidate, in order; ``proposals`` are the rules' types (or None)."""
    # Several triggers often share one sentence, actor and recipient: ask the model once each.
    index: dict[tuple[str, str | None, str | None], int] = {}
    for r in relations:
        index.setdefault((r.text, r.actor_text, r.recipient_text), len(index))
    distinct = classifier.classify([Relation(*key) for key in index])
    answers = [distinct[index[(r.text, r.actor_text, r.recipient_text)]] for r in relations]
    confidences = proposal_confidence or [0.5] * len(proposals)
    out = []
    for answer, proposal, rule_confidence in zip(answers, proposals, confidences, strict=True):
        if proposal is not None and answer.confidence < keep_rules_below:
            out.append(
                Decision(proposal, QUAD[proposal], rule_confidence, "rules", answer.aux_modes)
            )
        else:
            out.append(
                Decision(answer.event, answer.quad, answer.confidence, "learned", answer.aux_modes)
            )
    return out
