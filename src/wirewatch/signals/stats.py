"""Count tests and a change-point finder, in plain Python (no SciPy, no pandas).

The activity test is the Gamma-Poisson (negative binomial) posterior predictive: a baseline of
``c`` records over ``n`` documents gives a Gamma(c + 1/2, n) belief about the rate per document;
the count expected over ``m`` documents of the test period is then negative binomial with
r = c + 1/2 and p = n / (n + m). Dividing by documents is what corrects for coverage (a period
with few documents expects few records), and the baseline's own uncertainty widens the test when
the baseline is thin, so a handful of records cannot make a "trend".
"""

from __future__ import annotations

import math

PRIOR_SHAPE = 0.5  # Jeffreys-like prior on the Poisson rate


def _nb_logpmf(k: int, r: float, p: float) -> float:
    return (
        math.lgamma(k + r)
        - math.lgamma(r)
        - math.lgamma(k + 1)
        + r * math.log(p)
        + (k * math.log1p(-p) if k else 0.0)
    )


def nb_params(base_count: int, base_docs: int, test_docs: int) -> tuple[float, float]:
    r = base_count + PRIOR_SHAPE
    p = base_docs / (base_docs + test_docs) if base_docs + test_docs else 1.0
    return r, p


def expected_count(base_count: int, base_docs: int, test_docs: int) -> float:
    if base_docs == 0:
        return 0.0
    return (base_count + PRIOR_SHAPE) / base_docs * test_docs


def p_at_most(k: int, base_count: int, base_docs: int, test_docs: int) -> float:
    """P(X <= k): small when the test period is quieter than the baseline predicts."""
    r, p = nb_params(base_count, base_docs, test_docs)
    if p >= 1.0:
        return 1.0
    return min(1.0, sum(math.exp(_nb_logpmf(i, r, p)) for i in range(k + 1)))


def p_at_least(k: int, base_count: int, base_docs: int, test_docs: int) -> float:
    """P(X >= k): small when the test period is louder than the baseline predicts."""
    if k <= 0:
        return 1.0
    r, p = nb_params(base_count, base_docs, test_docs)
    if p >= 1.0:
        return 0.0
    below = sum(math.exp(_nb_logpmf(i, r, p)) for i in range(k))
    if below < 0.9:
        return max(0.0, 1.0 - below)
    # Far in the tail 1 - below loses precision: sum the tail itself.
    total, i = 0.0, k
    while True:
        term = math.exp(_nb_logpmf(i, r, p))
        total += term
        i += 1
        if term < total * 1e-12 or i > k + 100_000:
            return min(1.0, total)


def score_of(p: float) -> float:
    return round(-math.log10(max(p, 1e-300)), 3)


def nb_interval(
    base_count: int, base_docs: int, test_docs: int, mass: float = 0.9
) -> tuple[int, int]:
    """The central ``mass`` interval of the predicted count (the baseline band in charts)."""
    if base_docs == 0 or test_docs == 0:
        return 0, 0
    r, p = nb_params(base_count, base_docs, test_docs)
    tail = (1.0 - mass) / 2
    cum, k, low = 0.0, 0, None
    while True:
        cum += math.exp(_nb_logpmf(k, r, p))
        if low is None and cum >= tail:
            low = k
        if cum >= 1.0 - tail or k > 100_000:
            return low or 0, k
        k += 1


def change_point(values: list[float], min_side: int = 2) -> tuple[int, float] | None:
    """The single split of a series that best separates two means, and its t-like statistic.

    Returns (index of the first value after the change, statistic) or None for a short series.
    The statistic is the difference of means over its pooled standard error (Welch-free, with a
    floor on the variance so a flat series with one step still gets a finite score).
    """
    n = len(values)
    if n < 2 * min_side:
        return None
    best: tuple[int, float] | None = None
    for i in range(min_side, n - min_side + 1):
        left, right = values[:i], values[i:]
        m1, m2 = sum(left) / len(left), sum(right) / len(right)
        ss = sum((v - m1) ** 2 for v in left) + sum((v - m2) ** 2 for v in right)
        var = max(ss / max(n - 2, 1), 0.25)
        se = math.sqrt(var * (1 / len(left) + 1 / len(right)))
        stat = abs(m2 - m1) / se
        if best is None or stat > best[1]:
            best = (i, stat)
    return best
