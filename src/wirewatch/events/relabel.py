"""The ``learned`` coder back-end's decision: re-label rule candidates with the classifier.

Candidate extraction (trigger, actor, recipient, sentence) stays with the rule coder; this module
decides each candidate's type from the model's probabilities for (sentence, actor, recipient,
marked trigger) and the type the rules proposed. Two ways to let the rules' answer count, chosen
on written analysis prose within a bound on held-out PLV and GSR answers (below; never on the
seed article):

* ``rules_boost``: the proposed type's log-probability is raised by this much before the arg-max
  (a stacking of the two answers with one weight): the model must be clearly surer of another
  type to overrule the lexicon;
* ``keep_rules_below``: the rules' type is kept outright when the model's top probability is
  below this (the first back-end's rule).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wirewatch.events.labels import QUAD
from wirewatch.events.learned import Relation, RelationClassifier

# On wire sentences like its training data (held-out PLV and GSR answers over the rule
# candidates, benchmarks/relabel_tuning.py) the model alone is best (PLV 0.513, GSR 0.491), but
# barely: the model is sure of itself there. On analysis prose (640 written events,
# benchmarks/relabel_analysis.py) it is not, and leaning towards the rules' type helps (0.252
# alone, the rules 0.291). Chosen there among the settings that cost PLV and the GSR at most half
# a point (procedure fixed before the grid ran; RESULTS.md, "Learned event classifier"): 0.281,
# with PLV 0.508 and GSR 0.488.
RULES_BOOST = 0.5
KEEP_RULES_BELOW = 0.5


@dataclass(frozen=True)
class Decision:
    event: str
    quad: int
    confidence: float
    source: str  # "learned" or "rules"
    aux_modes: list[str]


def choose(
    scores: Mapping[str, float],
    proposal: str | None,
    rules_boost: float = RULES_BOOST,
    keep_rules_below: float = KEEP_RULES_BELOW,
) -> tuple[str, str]:
    """(type, "learned" or "rules") for one candidate from the model's probabilities."""
    best = max(scores, key=scores.__getitem__)
    if proposal is None or proposal not in scores:
        return best, "learned"
    if scores[best] < keep_rules_below:
        return proposal, "rules"
    if rules_boost > 0.0:
        floor = 1e-6  # a zero probability must not make the log undefined

        def adjusted(t: str) -> float:
            return math.log(max(scores[t], floor)) + (rules_boost if t == proposal else 0.0)

        best = max(scores, key=adjusted)
    return best, "rules" if best == proposal else "learned"


def relabel(
    classifier: RelationClassifier,
    relations: Sequence[Relation],
    proposals: Sequence[str | None],
    proposal_confidence: Sequence[float] | None = None,
    keep_rules_below: float = KEEP_RULES_BELOW,
    rules_boost: float = RULES_BOOST,
) -> list[Decision]:
    """One decision per candidate, in order; ``proposals`` are the rules' types (or None)."""
    # Identical requests (a back-end without trigger marks) are asked once each.
    index: dict[Relation, int] = {}
    for r in relations:
        index.setdefault(r, len(index))
    distinct = classifier.classify(list(index))
    answers = [distinct[index[r]] for r in relations]
    confidences = proposal_confidence or [0.5] * len(proposals)
    out = []
    for answer, proposal, rule_confidence in zip(answers, proposals, confidences, strict=True):
        event, source = choose(answer.scores, proposal, rules_boost, keep_rules_below)
        if source == "rules" and answer.scores.get(event, 0.0) < keep_rules_below:
            confidence = rule_confidence  # the model had no opinion worth reporting
        else:
            confidence = answer.scores[event]
        out.append(Decision(event, QUAD[event], confidence, source, answer.aux_modes))
    return out
