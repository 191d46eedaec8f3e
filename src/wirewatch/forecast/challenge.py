"""Bueno de Mesquita's expected-utility challenge model, as formalised by Scholz, Calbert and
Smith (2011), "Unravelling Bueno De Mesquita's group decision model", Journal of Theoretical
Politics 23(4).

Each round every actor weighs, against every other, whether challenging it pays; each actor then
reads the challenges it expects and gives way to the one that costs it least. Notation follows
the paper: positions x (here scaled to 0-1 by the issue's scale), capability c, salience s.

One round:

1. The expected outcome mu is the weighted median (Condorcet winner) of the current positions.
2. Votes: actor k's vote for i over j is ``v_k = c_k s_k (|x_k - x_j| - |x_k - x_i|)``; the
   probability that i prevails over j is the share of the absolute vote that favours i,
   ``P_ij = sum_k max(v_k, 0) / sum_k |v_k|``.
3. Utilities of i challenging j, with risk exponent r (d = |x_i - x_j|, a = |x_i - mu|):
   success ``U_s = 2 - 4(0.5 - 0.5 d)^r``, failure ``U_f = 2 - 4(0.5 + 0.5 d)^r``,
   status quo ``U_sq = 2 - 4(0.5)^r``, things getting better ``U_b = 2 - 4(0.5 - 0.25(a + d))^r``
   or worse ``U_w = 2 - 4(0.5 + 0.25(a + d))^r`` without a challenge.
4. Expected utility of i challenging j: j resists with probability s_j, so
   ``E_ij = s_j (P_ij U_s + (1 - P_ij) U_f) + (1 - s_j) U_s``
   ``       - Q U_sq - (1 - Q)(T U_b + (1 - T) U_w)``.
5. Risk: with r = 1, the danger facing i is the sum of everybody's expected utility of
   challenging i; ``R_i = (2 danger_i - max danger - min danger) / (max danger - min danger)`` and
   ``r_i = (1 - R_i/3) / (1 + R_i/3)``, in [0.5, 2]: the most threatened actor is the most
   risk-averse. Expected utilities are then recomputed with these exponents.
6. Perception: actor i judges both its own E_ij and j's E_ji with its own risk exponent r_i.
7. Responses, as i sees a pair (i, j), when j gains from challenging i (E_ji > 0):
   - conflict: E_ij > 0 too but E_ji > E_ij: i expects to lose the fight and is forced to x_j;
   - compromise: E_ij < 0 and |E_ij| < E_ji: i moves toward x_j by the share |E_ij| / E_ji;
   - capitulation: E_ij < 0 and |E_ij| >= E_ji: i gives in and moves to x_j.
   Of all the responses open to it, i takes the one that moves it least. All moves of a round
   happen together.

Parameters (fields): ``q`` is Q, the probability that the status quo holds if nobody challenges
(Scholz et al. use 1, which makes T irrelevant); ``t_rule`` sets T: 1 when i expects drift toward
mu to help it (mu closer to i than x_j is), else 0; ``rounds`` is the most rounds run (the model
stops earlier when nobody moves); ``outcome`` is how the forecast is read off the final positions
(``"median"``: the weighted median, as the paper; ``"mean"``: the weighted mean); ``min_move``
is the shortest move (share of the scale) that counts, so that rounds end when only crumbs move.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from wirewatch.forecast.problem import Problem
from wirewatch.forecast.static import weighted_mean, weighted_median

KINDS = ("conflict", "compromise", "capitulation")


@dataclass(frozen=True)
class Challenge:
    challenger: str
    target: str
    expected_utility: float  # the challenger's own E_ij, with its own risk exponent


@dataclass(frozen=True)
class Move:
    actor: str
    toward: str  # the challenger it gives way to
    kind: str  # conflict (forced), compromise or capitulation (gives way)
    before: float
    after: float


@dataclass(frozen=True)
class Round:
    number: int
    forecast: float  # the expected outcome after this round's moves
    challenges: list[Challenge]
    moves: list[Move]
    positions: dict[str, float]
    risk: dict[str, float]


@dataclass(frozen=True)
class ChallengeRun:
    start: float  # the expected outcome before any round
    outcome: float
    rounds: list[Round] = field(default_factory=list)


def _probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """P[i, j]: the share of the vote (capability x salience x distance gain) favouring i over j."""
    dist = np.abs(x[:, None] - x[None, :])  # dist[k, m] = |x_k - x_m|
    # votes[k, i, j] = w_k (|x_k - x_j| - |x_k - x_i|)
    votes = w[:, None, None] * (dist[:, None, :] - dist[:, :, None])
    favour = np.maximum(votes, 0).sum(axis=0)
    total = np.abs(votes).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(total > 0, favour / total, 0.0)
    return p


def _expected_utilities(
    x: np.ndarray, s: np.ndarray, p: np.ndarray, mu: float, r: np.ndarray, q: float
) -> np.ndarray:
    """E[i, j]: i's expected utility of challenging j, computed with risk exponent r[i]."""
    d = np.abs(x[:, None] - x[None, :])
    a = np.abs(x - mu)[:, None]
    rr = r[:, None]
    u_s = 2 - 4 * (0.5 - 0.5 * d) ** rr
    u_f = 2 - 4 * (0.5 + 0.5 * d) ** rr
    u_sq = 2 - 4 * 0.5**rr
    u_b = 2 - 4 * np.maximum(0.5 - 0.25 * (a + d), 0) ** rr
    u_w = 2 - 4 * (0.5 + 0.25 * (a + d)) ** rr
    t = (a < d).astype(float)  # T: drift toward mu helps i when mu is nearer i than x_j is
    resist = s[None, :]
    e = resist * (p * u_s + (1 - p) * u_f) + (1 - resist) * u_s
    e = e - q * u_sq - (1 - q) * (t * u_b + (1 - t) * u_w)
    np.fill_diagonal(e, 0.0)
    return e


def _risk_exponents(e: np.ndarray) -> np.ndarray:
    danger = e.sum(axis=0)  # column i: everybody's utility of challenging i
    top, bottom = float(danger.max()), float(danger.min())
    if top - bottom <= 1e-12:
        return np.ones_like(danger)
    big_r = (2 * danger - top - bottom) / (top - bottom)
    return (1 - big_r / 3) / (1 + big_r / 3)


@dataclass(frozen=True)
class ChallengeModel:
    """Expected-utility challenge model (Bueno de Mesquita; Scholz, Calbert & Smith 2011): each
    round actors challenge rivals they expect to gain from challenging, and each gives way to the
    challenge that costs it least (compromise, capitulation, or a lost conflict). Details in the
    module docstring."""

    name: str = "challenge"
    q: float = 1.0
    rounds: int = 10
    outcome: str = "median"
    min_move: float = 1e-3  # moves shorter than this share of the scale count as staying put

    def __post_init__(self) -> None:
        if self.outcome not in ("median", "mean"):
            raise ValueError(f"outcome must be 'median' or 'mean', not {self.outcome!r}")
        if not 0 <= self.q <= 1:
            raise ValueError(f"q is a probability, not {self.q}")

    def forecast_of(self, x: np.ndarray, w: np.ndarray) -> float:
        if self.outcome == "mean":
            return weighted_mean(x, w)
        return weighted_median(x, w)

    def predict(self, problem: Problem) -> float | None:
        return self.run(problem).outcome

    def run(self, problem: Problem) -> ChallengeRun:
        """All rounds; the model works on 0-1 internally and reports on the issue's scale."""
        span = problem.high - problem.low
        x = (problem.position - problem.low) / span
        s, c, names = problem.salience, problem.capability, problem.names
        w = c * s
        n = len(x)
        start = self.forecast_of(x, w)
        rounds: list[Round] = []
        for number in range(1, self.rounds + 1):
            mu = self.forecast_of(x, w)
            p = _probabilities(x, w)
            r = _risk_exponents(_expected_utilities(x, s, p, mu, np.ones(n), self.q))
            # An actor's own expected utilities (its own risk exponent) say whom it challenges;
            # its perception of a rival (with its own exponent too) decides how it responds.
            own = _expected_utilities(x, s, p, mu, r, self.q)
            challenges = [
                Challenge(names[i], names[j], float(own[i, j]))
                for i in range(n)
                for j in range(n)
                if i != j and own[i, j] > 0 and x[i] != x[j] and w[i] > 0
            ]
            new_x = x.copy()
            moves: list[Move] = []
            for i in range(n):
                if w[i] <= 0 and s[i] <= 0:
                    continue
                seen = _expected_utilities(x, s, p, mu, np.full(n, r[i]), self.q)
                best: tuple[float, int, str, float] | None = None
                for j in range(n):
                    if j == i or x[j] == x[i] or w[j] <= 0:
                        continue
                    e_ij, e_ji = seen[i, j], seen[j, i]
                    if e_ji <= 0:
                        continue
                    if e_ij > 0:
                        if e_ji <= e_ij:
                            continue  # i expects to win the fight: j is the one to move
                        kind, target = "conflict", x[j]
                    elif -e_ij < e_ji:
                        kind, target = "compromise", x[i] + (x[j] - x[i]) * (-e_ij / e_ji)
                    else:
                        kind, target = "capitulation", x[j]
                    cost = abs(target - x[i])
                    if best is None or cost < best[0]:
                        best = (cost, j, kind, float(target))
                if best is not None and best[0] > self.min_move:
                    _, j, kind, target = best
                    new_x[i] = target
                    moves.append(
                        Move(names[i], names[j], kind, *self._scale(problem, x[i], target))
                    )
            x = new_x
            rounds.append(
                Round(
                    number=number,
                    forecast=self._scale(problem, self.forecast_of(x, w))[0],
                    challenges=challenges,
                    moves=moves,
                    positions=dict(zip(names, self._scale(problem, *x), strict=True)),
                    risk={names[k]: float(r[k]) for k in range(n)},
                )
            )
            if not moves:
                break
        first = self._scale(problem, start)[0]
        final = rounds[-1].forecast if rounds else first
        return ChallengeRun(start=first, outcome=final, rounds=rounds)

    @staticmethod
    def _scale(problem: Problem, *values: float) -> tuple[float, ...]:
        span = problem.high - problem.low
        return tuple(float(v * span + problem.low) for v in values)
