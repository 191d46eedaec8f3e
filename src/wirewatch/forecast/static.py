"""The static models: one formula from positions, saliences and capabilities to an outcome.

Each model is a small class with its assumptions in the docstring and its parameters as fields,
so the backtest and the CLI can list them and a reader can see what each one believes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wirewatch.forecast.problem import Problem


def weighted_mean(position: np.ndarray, weight: np.ndarray) -> float:
    """Weighted mean; equal weights when every weight is zero (nobody cares more than another)."""
    total = float(weight.sum())
    if total <= 0:
        return float(position.mean())
    return float((weight * position).sum() / total)


def weighted_median(position: np.ndarray, weight: np.ndarray) -> float:
    """The position with at most half the weight on either side: the weighted Condorcet winner.

    With linear (distance) losses on one dimension this position beats every other in a weighted
    pairwise vote. When the weight splits exactly in half between two positions, the midpoint of
    the two is returned, since every point between them ties.
    """
    if float(weight.sum()) <= 0:
        weight = np.ones_like(position)
    order = np.argsort(position, kind="stable")
    x, w = position[order], weight[order]
    share = np.cumsum(w) / w.sum()
    k = int(np.searchsorted(share, 0.5 - 1e-12))
    if abs(share[k] - 0.5) < 1e-9:
        later = [j for j in range(k + 1, len(x)) if w[j] > 0]
        if later:
            return float((x[k] + x[later[0]]) / 2)
    return float(x[k])


@dataclass(frozen=True)
class WeightedMean:
    """Compromise model (Van den Bos 1991; Achen 2006): the outcome is the mean of the positions,
    each weighted by capability x salience.

    Assumes every actor pulls the outcome toward itself in proportion to how much it can (power)
    and how much it wants to (salience), and that the final deal splits the differences; it is
    the Nash bargaining solution under quadratic losses when breakdown is very costly to all.
    """

    name: str = "weighted_mean"

    def predict(self, problem: Problem) -> float | None:
        return weighted_mean(problem.position, problem.weight)


@dataclass(frozen=True)
class WeightedMedian:
    """Median voter model (Black 1948): the position of the actor at the weighted median of
    capability x salience.

    Assumes a single dimension, losses that grow with distance, and an outcome decided by a
    majority of weight: the median position beats every alternative in a pairwise vote.
    """

    name: str = "weighted_median"

    def predict(self, problem: Problem) -> float | None:
        return weighted_median(problem.position, problem.weight)


@dataclass(frozen=True)
class NashBargaining:
    """Nash bargaining solution with the status quo as the disagreement point: the outcome
    maximises the product of the actors' gains over the status quo, each raised to capability x
    salience, among the deals that leave nobody worse off than no deal.

    Each actor's utility is a quadratic loss around its position, ``-(x - x_i)^2``; the outcome
    maximises the product of every actor's gain over the status quo, each gain raised to the
    actor's bargaining weight capability x salience (the asymmetric Nash solution), over the
    outcomes that leave every actor with weight better off than the status quo (unanimity: nobody
    signs a deal worse than no deal). Actors on both sides of the status quo leave no such outcome,
    and the status quo stands. Without a known status quo the model makes no prediction.

    ``search_steps``: iterations of the ternary search (the log of the product is concave on the
    agreement interval, so the search is exact up to the final interval width).
    """

    name: str = "nash_bargaining"
    search_steps: int = 80

    def predict(self, problem: Problem) -> float | None:
        q = problem.status_quo
        if q is None:
            return None
        w = problem.weight
        active = w > 0
        if not active.any():
            return q
        x, w = problem.position[active], w[active]
        # Actor i prefers y to q exactly when |y - x_i| < |q - x_i|: an interval around x_i.
        reach = np.abs(q - x)
        lo, hi = float((x - reach).max()), float((x + reach).min())
        if hi - lo <= 1e-9:
            return q

        def log_product(y: float) -> float:
            gain = reach**2 - (y - x) ** 2
            return float((w * np.log(np.maximum(gain, 1e-300))).sum())

        a, b = lo, hi
        for _ in range(self.search_steps):
            m1, m2 = a + (b - a) / 3, b - (b - a) / 3
            if log_product(m1) < log_product(m2):
                a = m1
            else:
                b = m2
        return float(min(max((a + b) / 2, problem.low), problem.high))
