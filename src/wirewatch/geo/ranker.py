"""The learned candidate ranker: a conditional logit over each mention's candidates, plus
gradient-boosted trees on top of it.

A mention's candidates are scored ``w · standardise(x)`` (features in ``geo.features``) plus the
sum of a few hundred small regression trees (which catch what a weighted sum cannot: "a
division is likely only when no town of the name lies near the other places"), and their
probabilities are the softmax of those scores within the mention. Everything is fitted by
``training/train_geo_ranker.py`` and shipped as a small JSON file beside the curated places; it
is read once, when the ``ww_places`` stage is made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wirewatch.errors import ConfigError
from wirewatch.geo.features import NAMES

MODEL = Path(__file__).resolve().parents[1] / "data" / "places" / "ranker.json"


@dataclass
class Trees:
    """Complete binary trees of one depth: node ``k`` sends a row to ``2k + 1`` when its
    feature is at most the threshold, else to ``2k + 2``; leaves hold the score added."""

    feature: np.ndarray  # trees x internal nodes (int)
    threshold: np.ndarray  # trees x internal nodes
    leaf: np.ndarray  # trees x leaves
    depth: int

    def scores(self, x: np.ndarray) -> np.ndarray:
        if not len(self.leaf):
            return np.zeros(len(x))
        count, inner = self.feature.shape
        # Every node's test at once (rows x trees·nodes), then each row walks down each tree by
        # picking its current node's answer: a thousand trees cost a few vectorised steps.
        answers = x[:, self.feature.ravel()] > self.threshold.ravel()
        first_node = np.arange(count) * inner
        node = np.zeros((len(x), count), dtype=np.intp)
        for _ in range(self.depth):
            node = 2 * node + 1 + np.take_along_axis(answers, first_node + node, axis=1)
        first_leaf = np.arange(count) * (inner + 1)
        return self.leaf.ravel()[first_leaf + node - inner].sum(axis=1)

    @classmethod
    def empty(cls, depth: int = 3) -> Trees:
        inner, leaves = 2**depth - 1, 2**depth
        return cls(
            np.zeros((0, inner), np.int64), np.zeros((0, inner)), np.zeros((0, leaves)), depth
        )


@dataclass
class Ranker:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    trees: Trees | None = None

    def scores(self, x: np.ndarray) -> np.ndarray:
        linear = ((x - self.mean) / self.scale) @ self.weights
        return linear if self.trees is None else linear + self.trees.scores(x)

    @classmethod
    def average(cls, members: list[Ranker]) -> Ranker:
        """One ranker whose scores are the members' mean: a weighted sum of weighted sums is
        one weighted sum (each member's centring only shifts every candidate of a mention
        alike, which the softmax ignores), and the mean of tree sums is every tree with its
        leaves divided by the number of members."""
        width = len(members[0].weights)
        weights = sum((m.weights / m.scale for m in members), np.zeros(width)) / len(members)
        forests = [m.trees for m in members if m.trees is not None and len(m.trees.leaf)]
        trees = None
        if forests:
            trees = Trees(
                np.concatenate([t.feature for t in forests]),
                np.concatenate([t.threshold for t in forests]),
                np.concatenate([t.leaf for t in forests]) / len(members),
                forests[0].depth,
            )
        return cls(np.zeros(width), np.ones(width), weights, trees)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        s = self.scores(x)
        e = np.exp(s - s.max())
        return e / e.sum()

    def to_json(self, **meta: object) -> dict:
        return {
            "features": list(NAMES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "weights": [round(float(v), 6) for v in self.weights],
            "trees": None
            if self.trees is None
            else {
                "depth": self.trees.depth,
                "feature": self.trees.feature.tolist(),
                "threshold": self.trees.threshold.tolist(),
                "leaf": [[round(float(v), 6) for v in t] for t in self.trees.leaf],
            },
            **meta,
        }

    def save(self, path: Path = MODEL, **meta: object) -> None:
        path.write_text(json.dumps(self.to_json(**meta), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = MODEL) -> Ranker:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ConfigError(f"geo ranker {path.name}: cannot read it ({err})") from err
        if raw.get("features") != list(NAMES):
            # A model fitted on other features would silently misrank: refuse it.
            raise ConfigError(
                f"geo ranker {path.name} was trained on other features; rebuild it with "
                "training/train_geo_ranker.py"
            )
        trees = None
        if raw.get("trees"):
            t = raw["trees"]
            trees = Trees(
                np.array(t["feature"], dtype=np.int64),
                np.array(t["threshold"], dtype=np.float64),
                np.array(t["leaf"], dtype=np.float64),
                int(t["depth"]),
            )
        return cls(
            np.array(raw["mean"], dtype=np.float64),
            np.array(raw["scale"], dtype=np.float64),
            np.array(raw["weights"], dtype=np.float64),
            trees,
        )
