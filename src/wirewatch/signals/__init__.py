"""Signals over the store: silence and surge, labels, territory, the calendar and dyads.

Each detector reads the store through ``signals.rows`` (SQLAlchemy Core, SQLite or PostgreSQL)
and returns typed ``Signal`` records; ``compute_signals`` runs the ones asked for.
"""

from wirewatch.signals.model import (
    ALL_KINDS,
    KIND_GROUPS,
    Evidence,
    Signal,
    SignalSettings,
    expand_kinds,
)
from wirewatch.signals.run import SignalRun, compute_signals

__all__ = [
    "ALL_KINDS",
    "KIND_GROUPS",
    "Evidence",
    "Signal",
    "SignalRun",
    "SignalSettings",
    "compute_signals",
    "expand_kinds",
]
