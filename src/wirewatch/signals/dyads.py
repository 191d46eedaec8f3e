"""Dyads: per actor pair, weekly events by quad class and net event scale, with change points.

Net scale is cooperation minus conflict: quads 1-2 count plus, 3-4 minus, weighted by the
event's PLOVER scale magnitude where the coder gives one (1 otherwise). Weeks between a pair's
first and last event with no events count as zero; a change point is the split of the weekly
series that best separates two means (``stats.change_point``), kept when both sides hold enough
events and the statistic passes ``DYAD_MIN_STAT``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

from wirewatch.signals.model import Signal, SignalSettings
from wirewatch.signals.periods import all_periods, parse_day, period_start
from wirewatch.signals.rows import Row, StoreView
from wirewatch.signals.stats import change_point
from wirewatch.signals.text import evidence_of

DYAD_MIN_STAT = 3.0
DYAD_MIN_EVENTS = 2  # on each side of a change point
DYAD_MIN_TOTAL = 8  # and in all: a handful of events cannot show a shift


def net_value(row: Row) -> float:
    if row.quad is None:
        return 0.0
    sign = 1.0 if row.quad in (1, 2) else -1.0
    magnitude = abs(row.scale) if row.scale not in (None, 0) else 1.0
    return sign * magnitude


@dataclass
class Dyad:
    actor: str
    target: str
    actor_label: str
    target_label: str
    rows: list[Row] = field(default_factory=list)

    def weeks(self, period: str) -> list[Date]:
        days = [d for d in (parse_day(r.day) for r in self.rows) if d]
        return all_periods(min(days), max(days), period) if days else []

    def series(self, period: str) -> list[dict]:
        """Per period: events by quad, net scale and the record ids behind them."""
        buckets: dict[Date, list[Row]] = defaultdict(list)
        for r in self.rows:
            day = parse_day(r.day)
            if day:
                buckets[period_start(day, period)].append(r)
        out = []
        for week in self.weeks(period):
            rows = buckets.get(week, [])
            out.append(
                {
                    "period": week,
                    "quads": {q: sum(1 for r in rows if r.quad == q) for q in (1, 2, 3, 4)},
                    "net": round(sum(net_value(r) for r in rows), 3),
                    "rows": rows,
                }
            )
        return out


def dyads(view: StoreView) -> list[Dyad]:
    """Every (actor, recipient) pair with the events between them that happened."""
    cached = view.cache.get("dyads")
    if cached is not None:
        return cached  # type: ignore[return-value]
    found: dict[tuple[str, str], Dyad] = {}
    for row in view.rows:
        if row.kind != "event" or not row.happened:
            continue
        for a in row.followed("actor"):
            for b in row.followed("recipient"):
                if a.key == b.key:
                    continue
                dyad = found.get((a.key, b.key))
                if dyad is None:
                    dyad = found[(a.key, b.key)] = Dyad(a.key, b.key, a.label, b.label)
                dyad.rows.append(row)
    out = sorted(found.values(), key=lambda d: (-len(d.rows), d.actor, d.target))
    view.cache["dyads"] = out
    return out


def shift_words(before: float, after: float) -> str:
    """How a pair's net scale moved, in words that stay true on one side of zero: from -18 to
    -4 a week is still conflict, only less of it."""
    if before < 0 and after < 0:
        return "became less hostile" if after > before else "became more hostile"
    if before > 0 and after > 0:
        return "became more cooperative" if after > before else "became less cooperative"
    return "shifted towards cooperation" if after > before else "shifted towards conflict"


def detect(view: StoreView, cfg: SignalSettings) -> list[Signal]:
    signals = []
    for dyad in dyads(view):
        if len(dyad.rows) < max(2 * DYAD_MIN_EVENTS, DYAD_MIN_TOTAL):
            continue
        series = dyad.series(cfg.period)
        found = change_point([s["net"] for s in series])
        if found is None:
            continue
        i, stat = found
        before, after = series[:i], series[i:]
        rows_before = [r for s in before for r in s["rows"]]
        rows_after = [r for s in after for r in s["rows"]]
        if stat < DYAD_MIN_STAT or min(len(rows_before), len(rows_after)) < DYAD_MIN_EVENTS:
            continue
        m1 = sum(s["net"] for s in before) / len(before)
        m2 = sum(s["net"] for s in after) / len(after)
        direction = shift_words(m1, m2)
        start = after[0]["period"]
        signals.append(
            Signal(
                id=f"dyad_shift:{dyad.actor}:{dyad.target}:{start}",
                kind="dyad_shift",
                summary=(
                    f"{dyad.actor_label} → {dyad.target_label} {direction} from the "
                    f"{cfg.period} of {start}: net scale {m1:+.2f} per {cfg.period} before, "
                    f"{m2:+.2f} after ({len(rows_before)} and {len(rows_after)} events)."
                ),
                actor=dyad.actor,
                actor_label=dyad.actor_label,
                target=dyad.target,
                period_start=start.isoformat(),
                period_end=series[-1]["period"].isoformat(),
                baseline_rate=round(m1, 3),
                observed_rate=round(m2, 3),
                score=round(stat, 3),
                baseline_ids=[r.record_id for r in rows_before],
                change_ids=[r.record_id for r in rows_after],
                documents=sorted({r.doc_id for r in rows_after}),
                evidence=[evidence_of(view, r, "baseline") for r in rows_before[-3:]]
                + [evidence_of(view, r) for r in rows_after[:3]],
            )
        )
    return signals
