"""A learned actor finder for the candidates the rules leave without an actor.

The rule candidates find an actor along a few dependency paths (subject, passive agent,
possessor, a governing verb's subject). Analysis prose often names the actor further away:
"drew a rare public rebuke from Margaret Thatcher", "these accusations from Tehran", "dozens of
attacks by the army". Such a candidate has no actor and becomes no record. This model scores
each actor mention of the candidate's sentence as its actor from the dependency path between
them, their order and distance, and the trigger's kind; the best one, where the model is sure
enough, becomes the actor. Only a back-end that asks for it (``LearnedCoder(actor_min=…)``)
uses it, so the rules' records never change. Off by default: judged on news, the records it
adds were right less often than the rest (benchmarks/RESULTS.md, P544–P547).

One logistic regression over named binary features in numpy (``actors.npz`` beside the type
classifier), built by ``training/train_actor_finder.py`` from the written trigger set
(``training/written_triggers``, where every event's actor is marked) and judged news records.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Token

from wirewatch.errors import ConfigError
from wirewatch.events.syntax import MentionIndex

if TYPE_CHECKING:
    from wirewatch.events.candidates import Candidate
    from wirewatch.schema import ActorRef

MAX_PATH = 4  # longer paths are named by their length only


def sentence_mentions(candidate: Candidate, index: MentionIndex) -> list[tuple[ActorRef, Token]]:
    """The actor mentions of the candidate's sentence that could be its actor, each with its
    syntactic head: not a recipient, not within the trigger."""
    taken = {(r.start, r.end) for r in candidate.recipients}
    trigger = candidate.trigger
    seen: dict[tuple[int, int], list[Token]] = {}
    refs: dict[tuple[int, int], ActorRef] = {}
    for token in candidate.sentence:
        ref = index.get(token)
        if ref is None:
            continue
        key = (ref.start, ref.end)
        if key in taken or (ref.start < trigger.end_char and trigger.start_char < ref.end):
            continue
        refs[key] = ref
        seen.setdefault(key, []).append(token)
    out = []
    for key, tokens in seen.items():
        inside = {t.i for t in tokens}
        head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
        out.append((refs[key], head))
    return out


def _path(start: Token, end: Token) -> tuple[list[str], list[str], Token]:
    """The dependency labels from ``start`` up to the lowest common ancestor (``start``'s own
    first), those from that ancestor down to ``end`` (``end``'s own last), and the ancestor."""
    up_chain = [start, *start.ancestors]
    up_index = {t.i: k for k, t in enumerate(up_chain)}
    down: list[str] = []
    node = end
    while node.i not in up_index:
        down.append(node.dep_)
        if node.head.i == node.i:
            break
        node = node.head
    if node.i not in up_index:  # different sentences' roots: no path
        return [], [], start
    up = [t.dep_ for t in up_chain[: up_index[node.i]]]
    return up, list(reversed(down)), node


def pair_features(candidate: Candidate, mention: Token, others: list[Token]) -> list[str]:
    """The named features of a (candidate, mention) pair; ``others``: the other mentions'
    heads."""
    head = candidate.head
    up, down, common = _path(head, mention)
    steps = len(up) + len(down)
    path = "^".join(up) + "|" + ">".join(down) if steps <= MAX_PATH else f"long{min(steps, 8)}"
    kind = "nominal" if candidate.nominal else "verbal"
    side = "before" if mention.i < head.i else "after"
    distance = abs(mention.i - head.i)
    bucket = "1" if distance <= 1 else "3" if distance <= 3 else "8" if distance <= 8 else "far"
    low, high = sorted((mention.i, head.i))
    between = sum(1 for t in others if low < t.i < high)
    linker = mention.head.lower_ if mention.dep_ == "pobj" else ""
    if common.i == head.i:
        top = "trigger"
    elif common.i == mention.i:
        top = "mention"
    else:
        top = common.pos_
    features = [
        "bias",
        f"path:{path}",
        f"kind_path:{kind}:{path}",
        f"up:{min(len(up), 4)}",
        f"down:{min(len(down), 4)}",
        f"top:{top}",
        f"mdep:{mention.dep_}",
        f"mdep_side:{mention.dep_}:{side}",
        f"linker:{linker}",
        f"kind_linker:{kind}:{linker}",
        f"side:{side}",
        f"dist:{bucket}",
        f"between:{min(between, 2)}",
        f"kind:{kind}",
        f"type:{candidate.proposal.event}",
        f"tag:{head.tag_}",
        f"pronoun:{mention.pos_ == 'PRON'}",
    ]
    if up:
        features.append(f"first_up:{up[0]}")
        features.append(f"first_up_down:{up[0]}:{down[-1] if down else ''}")
    if down:
        features.append(f"last_down:{down[-1]}")
    return features


def mention_features(
    candidate: Candidate, mentions: list[tuple[ActorRef, Token]]
) -> list[list[str]]:
    """The features of each of ``sentence_mentions``' mentions as the candidate's actor."""
    heads = [head for _, head in mentions]
    return [pair_features(candidate, h, [o for o in heads if o is not h]) for h in heads]


class ActorFinder:
    """Scores mentions as a candidate's actor; built once per process from ``actors.npz``."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise ConfigError(
                f"no actor finder in {path.parent} (actors.npz); rebuild it with `make train`"
            )
        with np.load(path) as data:
            self.index = {name: k for k, name in enumerate(data["names"].tolist())}
            self.weights = data["weights"]

    def probability(self, features: list[str]) -> float:
        known = [self.index[f] for f in features if f in self.index]
        return float(1.0 / (1.0 + np.exp(-self.weights[known].sum())))

    def scored(self, candidate: Candidate, index: MentionIndex) -> list[tuple[float, ActorRef]]:
        """Each possible actor of the candidate with the model's probability, best first."""
        mentions = sentence_mentions(candidate, index)
        features = mention_features(candidate, mentions)
        out = [(self.probability(f), r) for f, (r, _) in zip(features, mentions, strict=True)]
        return sorted(out, key=lambda pair: -pair[0])

    def best(self, candidate: Candidate, index: MentionIndex, minimum: float) -> ActorRef | None:
        scored = self.scored(candidate, index)
        return scored[0][1] if scored and scored[0][0] >= minimum else None


@lru_cache(maxsize=4)
def load_actor_finder(path: Path) -> ActorFinder:
    return ActorFinder(path)
