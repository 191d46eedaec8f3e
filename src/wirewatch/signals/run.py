"""Run the detectors asked for over one view of the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from wirewatch.signals import activity, calendar, dyads, labels, territory
from wirewatch.signals.model import ALL_KINDS, Signal, SignalSettings
from wirewatch.signals.rows import StoreView
from wirewatch.store import Store

Detector = Callable[[StoreView, SignalSettings], list[Signal]]

# Detector per kind group; a group runs when any of its kinds is asked for.
DETECTORS: dict[str, tuple[Detector, tuple[str, ...]]] = {
    "activity": (activity.detect, ("silence", "surge")),
    "labels": (labels.detect, ("new_label", "dropped_label", "opposite_labels")),
    "territory": (territory.detect, ("control_change",)),
    "calendar": (calendar.detect, ("upcoming", "deadline_reported", "deadline_no_report")),
    "dyads": (dyads.detect, ("dyad_shift",)),
}


@dataclass
class SignalRun:
    """The signals of one run, and the view they were computed from (for the report)."""

    view: StoreView
    settings: SignalSettings
    signals: list[Signal] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Signal]:
        return [s for s in self.signals if s.kind in kinds]


def compute_signals(
    store: Store,
    kinds: tuple[str, ...] = ALL_KINDS,
    settings: SignalSettings | None = None,
    focus: list[str] | None = None,
) -> SignalRun:
    """Every signal of the given kinds, strongest first within each kind."""
    cfg = settings or SignalSettings()
    view = StoreView(store, _lookback(cfg), cfg.until)
    found: list[Signal] = []
    for detector, produces in DETECTORS.values():
        if set(produces) & set(kinds):
            found.extend(s for s in detector(view, cfg) if s.kind in kinds)
    if cfg.since:
        # The baseline may reach back before --since; the signals reported may not.
        found = [s for s in found if (s.period_end or s.period_start or "") >= cfg.since]
    if focus:
        found = [s for s in found if involves(s, focus)]
    order = {k: i for i, k in enumerate(ALL_KINDS)}
    found.sort(key=lambda s: (order[s.kind], _breadth(s), -s.score, s.period_start or "", s.id))
    return SignalRun(view, cfg, found)


def involves(signal: Signal, focus: list[str]) -> bool:
    """True when any focus string names the signal's actor, target or place."""
    hay = " ".join(
        x for x in (signal.actor, signal.actor_label, signal.target, signal.place) if x
    ).lower()
    return any(f.lower() in hay for f in focus)


def _lookback(cfg: SignalSettings) -> str | None:
    """The first date to read: --since less one baseline window, so early periods have one."""
    if not cfg.since:
        return None
    days = cfg.window * (7 if cfg.period == "week" else 1)
    return (date.fromisoformat(cfg.since) - timedelta(days=days)).isoformat()


def _breadth(signal: Signal) -> int:
    """Whole actors first, then named issues, event types and counterparts: an analyst reads
    "Moscow went quiet on Geneva II" before "Moscow went quiet about SYR"."""
    if signal.kind not in ("silence", "surge") or signal.topic is None:
        return 0
    return {"issue": 1, "event": 2}.get(signal.topic.partition(": ")[0], 3)
