"""Stokman's exchange model (Stokman & Van Oosten 1994; Arregui, Stokman & Thomson 2004).

Issues of one proposal are negotiated together, so actors can trade support: an actor that cares
more about issue a than about issue b gives ground on b to a partner who cares more about b, in
return for the partner's ground on a. Outcomes are then read off with the compromise model
(weighted mean of the shifted positions).

Assumptions:

- The expected outcome of each issue is the compromise (capability x salience weighted mean) of
  the current positions; an actor's utility falls linearly with the distance between outcome and
  its position, scaled by its salience.
- i and j can trade on issues (a, b) when they sit on opposite sides of the expected outcome on
  both, and i cares relatively more about a than j does: s_ia / s_ib > s_ja / s_jb.
- j moves its position on a toward i, i moves its position on b toward j. Shifting j by d moves
  the outcome of a by c_j s_ja d / W_a (W_a the total weight on a). The shifts are set so that both
  gain the same utility (the equal-gain exchange rate), and as large as possible without moving an
  actor past its partner or an outcome past the actor who gains from it.
- Exchanges are executed greedily, largest gain first; within a round an actor shifts its position
  on an issue at most once. ``rounds`` (default 1, as Stokman and Van Oosten) sets how many rounds.

On a single issue there is nothing to trade and the model equals the compromise model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wirewatch.forecast.problem import Problem
from wirewatch.forecast.static import weighted_mean


@dataclass(frozen=True)
class Exchange:
    first: str  # gives ground on issue_b, gains on issue_a
    second: str  # gives ground on issue_a, gains on issue_b
    issue_a: int
    issue_b: int
    gain: float  # each side's utility gain


def _actor_table(problems: list[Problem]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Positions, saliences and capabilities as actor x issue arrays (NaN where no position)."""
    names = sorted({n for p in problems for n in p.names})
    index = {n: k for k, n in enumerate(names)}
    x = np.full((len(names), len(problems)), np.nan)
    s = np.zeros_like(x)
    c = np.zeros(len(names))
    for b, p in enumerate(problems):
        for k, n in enumerate(p.names):
            x[index[n], b] = p.position[k]
            s[index[n], b] = p.salience[k]
            c[index[n]] = p.capability[k]
    return names, x, s, c


@dataclass(frozen=True)
class ExchangeModel:
    """Exchange model (Stokman & Van Oosten 1994): actors trade support across the issues of one
    proposal, each giving ground where it cares less; outcomes are the compromise (weighted mean)
    of the shifted positions. Details in the module docstring."""

    name: str = "exchange"
    rounds: int = 1

    def predict(self, problem: Problem) -> float | None:
        return self.predict_many([problem])[0]

    def predict_many(self, problems: list[Problem]) -> list[float | None]:
        positions, _ = self.trade(problems)
        out: list[float | None] = []
        for p, shifted in zip(problems, positions, strict=True):
            out.append(weighted_mean(shifted, p.weight))
        return out

    def trade(self, problems: list[Problem]) -> tuple[list[np.ndarray], list[Exchange]]:
        """Shifted positions per problem (in each problem's actor order) and the trades made."""
        names, x, s, c = _actor_table(problems)
        has = ~np.isnan(x)
        w = np.where(has, c[:, None] * s, 0.0)
        total = w.sum(axis=0)
        done: list[Exchange] = []
        n_actors, n_issues = x.shape
        for _ in range(self.rounds):
            if n_issues < 2:
                break
            used = np.zeros_like(has)
            candidates = []
            for a in range(n_issues):
                for b in range(n_issues):
                    if a == b or total[a] <= 0 or total[b] <= 0:
                        continue
                    for i in range(n_actors):
                        for j in range(n_actors):
                            if i != j and has[i, a] and has[i, b] and has[j, a] and has[j, b]:
                                gain = self._gain(i, j, a, b, x, s, w, total)
                                if gain > 0:
                                    candidates.append((gain, i, j, a, b))
            candidates.sort(reverse=True)
            for _, i, j, a, b in candidates:
                if used[j, a] or used[i, b]:
                    continue
                gain = self._gain(i, j, a, b, x, s, w, total, apply=True)
                if gain > 0:
                    used[j, a] = used[i, b] = True
                    done.append(Exchange(names[i], names[j], a, b, gain))
        index = {n: k for k, n in enumerate(names)}
        shifted = [
            np.array([x[index[n], b] for n in p.names], dtype=float) for b, p in enumerate(problems)
        ]
        return shifted, done

    @staticmethod
    def _gain(i, j, a, b, x, s, w, total, apply: bool = False) -> float:
        """Equal utility gain of i and j trading (j yields on a, i yields on b); 0 if none.

        With ``apply`` the shifts are made in ``x``.
        """
        if s[i, a] * s[j, b] <= s[i, b] * s[j, a]:
            return 0.0  # i does not care relatively more about a than j does
        out_a = float((w[:, a] * np.nan_to_num(x[:, a])).sum() / total[a])
        out_b = float((w[:, b] * np.nan_to_num(x[:, b])).sum() / total[b])
        # Opposite sides of the expected outcome on both issues.
        if (x[i, a] - out_a) * (x[j, a] - out_a) >= 0 or (x[i, b] - out_b) * (x[j, b] - out_b) >= 0:
            return 0.0
        # A, B: how far the outcomes of a and b move. Equal gains fix B = A * k.
        k = (s[i, a] + s[j, a]) / (s[i, b] + s[j, b])
        a_max = min(w[j, a] * abs(x[i, a] - x[j, a]) / total[a], abs(x[i, a] - out_a))
        b_max = min(w[i, b] * abs(x[j, b] - x[i, b]) / total[b], abs(x[j, b] - out_b))
        shift_a = min(a_max, b_max / k)
        if shift_a <= 0:
            return 0.0
        gain = shift_a * (s[i, a] * s[j, b] - s[i, b] * s[j, a]) / (s[i, b] + s[j, b])
        if apply:
            shift_b = shift_a * k
            x[j, a] += np.sign(x[i, a] - x[j, a]) * shift_a * total[a] / w[j, a]
            x[i, b] += np.sign(x[j, b] - x[i, b]) * shift_b * total[b] / w[i, b]
        return float(gain)
