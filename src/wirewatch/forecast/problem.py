"""The one input every model reads: actors' positions, saliences and capabilities on one issue."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Problem:
    """One issue to forecast, on a 0-100 scale.

    ``position`` is where each actor stands (0-100), ``salience`` how much the issue matters to it
    (0-1), ``capability`` its power to get its way (any non-negative scale; only ratios matter).
    ``status_quo`` is the outcome if nothing is agreed (the reference point), or None if unknown.
    Actors without a position are left out before a Problem is built: missing is not zero.
    """

    names: tuple[str, ...]
    position: np.ndarray
    salience: np.ndarray
    capability: np.ndarray
    status_quo: float | None = None
    low: float = 0.0
    high: float = 100.0

    def __post_init__(self) -> None:
        n = len(self.names)
        for field in ("position", "salience", "capability"):
            value = getattr(self, field)
            if value.shape != (n,):
                raise ValueError(f"{field} has shape {value.shape}, expected ({n},)")
        if n == 0:
            raise ValueError("a problem needs at least one actor")

    @property
    def weight(self) -> np.ndarray:
        """Capability times salience: how hard each actor can and will push."""
        return self.capability * self.salience
