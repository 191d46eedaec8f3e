"""The learned candidate ranker: a conditional logit over each mention's candidates.

A mention's candidates are scored ``w · standardise(x)`` (features in ``geo.features``) and
their probabilities are the softmax of those scores within the mention. The weights are fitted
by ``training/train_geo_ranker.py`` and shipped as a small JSON file beside the curated places;
it is read once, when the ``ww_places`` stage is made.
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
class Ranker:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def scores(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.weights

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        s = self.scores(x)
        e = np.exp(s - s.max())
        return e / e.sum()

    def to_json(self, **meta: object) -> dict:
        return {
            "features": list(NAMES),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "weights": [round(float(v), 6) for v in self.weights],
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
        return cls(
            np.array(raw["mean"], dtype=np.float64),
            np.array(raw["scale"], dtype=np.float64),
            np.array(raw["weights"], dtype=np.float64),
        )
