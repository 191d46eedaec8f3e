"""The model that tries to beat the compromise model: the weighted mean, snapped to a tabled
position when one lies close to it. Its one parameter is fitted, and only ever on training data.

Why: negotiated texts are usually one of the drafts on the table: the outcome of a DEU III issue
coincides with some actor's position far more often than a weighted mean does. The compromise
model says where the weight of the room lies; when an actor's proposal sits within ``tau`` points
of that, the model predicts the proposal itself; otherwise it keeps the mean. ``tau`` = 0 is the
compromise model unchanged.

``tau`` is chosen from ``TAUS`` to minimise the mean absolute error on the training issues; the
backtest fits it inside leave-one-dossier-out cross-validation, so no issue's outcome is ever used
to predict it. The default (20 points) is the value chosen on all of DEU III (and by almost every
fold), used for scenarios that have no training data of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from wirewatch.forecast.problem import Problem
from wirewatch.forecast.static import weighted_mean

TAUS: tuple[float, ...] = tuple(float(t) for t in np.arange(0.0, 30.01, 2.5))


def snap(problem: Problem, tau: float) -> float:
    mean = weighted_mean(problem.position, problem.weight)
    held = np.unique(problem.position)
    nearest = float(held[np.argmin(np.abs(held - mean))])
    return nearest if abs(nearest - mean) < tau else mean


@dataclass(frozen=True)
class SnappedMean:
    """Compromise model snapped to the nearest tabled position within ``tau`` scale points."""

    name: str = "snapped_mean"
    tau: float = 20.0

    def predict(self, problem: Problem) -> float | None:
        return snap(problem, self.tau)

    def fit(self, problems: Sequence[Problem], outcomes: Sequence[float]) -> SnappedMean:
        """The same model with the ``tau`` from ``TAUS`` that fits these issues best (MAE)."""
        y = np.asarray(outcomes, dtype=float)
        table = np.array([[snap(p, t) for p in problems] for t in TAUS])
        errors = np.abs(table - y[None, :]).mean(axis=1)
        return SnappedMean(self.name, TAUS[int(np.argmin(errors))])
