"""Silence and surge: who went quiet, or loud, per actor and per actor × topic.

Counts are records (statements and events) in which the actor speaks or acts, bucketed by the
publication date of their document — the same clock as the coverage denominator, documents per
period. For each series the baseline is the trailing ``window`` periods; a run of periods that
lean the same way (quieter or louder than the baseline predicts) is tested as one, with the
baseline frozen at the start of the run so a long silence does not become its own baseline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

from wirewatch.signals.model import Signal, SignalSettings
from wirewatch.signals.periods import all_periods, parse_day, period_end, period_start
from wirewatch.signals.rows import Row, StoreView
from wirewatch.signals.stats import expected_count, p_at_least, p_at_most, score_of
from wirewatch.signals.text import evidence_of

SUBJECT_ROLES = ("speaker", "actor")  # the actor whose activity is counted
OBJECT_ROLES = ("about", "recipient")


@dataclass
class Series:
    """One actor (or actor × topic): its records per period."""

    actor: str
    topic: str | None
    labels: Counter[str] = field(default_factory=Counter)
    by_period: dict[Date, list[Row]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class Point:
    """One period of one series, with what the baseline predicts for it."""

    period: Date
    observed: int  # documents in the period that mention the actor
    docs: int
    base_count: int  # ... and in the trailing window
    base_docs: int

    @property
    def expected(self) -> float:
        return expected_count(self.base_count, self.base_docs, self.docs)


def topics_of(row: Row) -> list[str]:
    """The topics a record counts towards: named issues, its event type, whom it is about."""
    out = [f"issue: {x}" for x in row.topics]
    if row.event:
        out.append(f"event: {row.event}")
    out.extend(f"about: {p.key}" for p in row.followed(*OBJECT_ROLES))
    return list(dict.fromkeys(out))


def build_series(view: StoreView, period: str) -> dict[tuple[str, str | None], Series]:
    cached = view.cache.get(("series", period))
    if cached is not None:
        return cached  # type: ignore[return-value]
    series: dict[tuple[str, str | None], Series] = {}
    view.cache[("series", period)] = series
    for row in view.rows:
        day = parse_day(row.doc_date)
        if day is None:
            continue
        bucket = period_start(day, period)
        subjects = {p.key: p.label for p in row.followed(*SUBJECT_ROLES)}
        for key, label in subjects.items():
            for topic in [None, *topics_of(row)]:
                if topic == f"about: {key}":
                    continue
                s = series.get((key, topic))
                if s is None:
                    s = series[(key, topic)] = Series(key, topic)
                s.labels[label] += 1
                s.by_period[bucket].append(row)
    return series


class Coverage:
    """Documents per period, and the documents themselves (for the evidence of a silence)."""

    def __init__(self, view: StoreView, period: str) -> None:
        self.period = period
        self.docs: dict[Date, list[str]] = defaultdict(list)
        for doc_id, day in view.dated_documents():
            self.docs[period_start(day, period)].append(doc_id)
        days = [d for _, d in view.dated_documents()]
        self.periods = all_periods(min(days), max(days), period) if days else []

    def count(self, bucket: Date) -> int:
        return len(self.docs.get(bucket, ()))


def series_points(s: Series, cov: Coverage, window: int) -> list[Point]:
    """Each period with the trailing-window baseline that precedes it."""
    # The unit is the document that mentions the actor, not the record: one long article with
    # thirty records about Trump is one piece of coverage, not thirty (records cluster within
    # documents, which would make the count test far too confident).
    counts = [len({r.doc_id for r in s.by_period.get(b, ())}) for b in cov.periods]
    docs = [cov.count(b) for b in cov.periods]
    points = []
    for i, bucket in enumerate(cov.periods):
        lo = max(0, i - window)
        points.append(Point(bucket, counts[i], docs[i], sum(counts[lo:i]), sum(docs[lo:i])))
    return points


def _lean(p: Point) -> str | None:
    """Which way a period leans against its baseline (None: no coverage, or in line)."""
    if p.docs == 0 or p.base_docs == 0:
        return None
    if p.observed < 0.5 * p.expected:
        return "silence"
    if p.observed > 2.0 * p.expected and p.observed >= 1:
        return "surge"
    return None


@dataclass
class Run:
    kind: str
    points: list[Point]
    base: Point  # the point whose trailing window is the frozen baseline


def runs_of(points: list[Point]) -> list[Run]:
    runs: list[Run] = []
    current: Run | None = None
    for p in points:
        if current is not None and p.docs == 0:
            continue  # a period no document covers says nothing either way
        if current is not None:
            frozen = Point(
                p.period, p.observed, p.docs, current.base.base_count, current.base.base_docs
            )
            if _lean(frozen) == current.kind:
                current.points.append(frozen)
                continue
            runs.append(current)
            current = None
        kind = _lean(p)
        if kind:
            current = Run(kind, [p], p)
    if current is not None:
        runs.append(current)
    return runs


def _enough_baseline(base_rows: list[Row], cfg: SignalSettings) -> bool:
    return (
        len(base_rows) >= cfg.min_baseline_records
        and len({r.doc_id for r in base_rows}) >= cfg.min_baseline_docs
    )


def detect(view: StoreView, cfg: SignalSettings) -> list[Signal]:
    cov = Coverage(view, cfg.period)
    if not cov.periods:
        return []
    signals: list[Signal] = []
    for _key, s in sorted(
        build_series(view, cfg.period).items(), key=lambda x: (x[0][0], x[0][1] or "")
    ):
        for run in runs_of(series_points(s, cov, cfg.window)):
            signal = _test_run(view, cov, s, run, cfg)
            if signal is not None:
                signals.append(signal)
    return signals


def _test_run(
    view: StoreView, cov: Coverage, s: Series, run: Run, cfg: SignalSettings
) -> Signal | None:
    i0 = cov.periods.index(run.base.period)
    base_periods = cov.periods[max(0, i0 - cfg.window) : i0]
    base_rows = [r for b in base_periods for r in s.by_period.get(b, ())]
    change_rows = [r for p in run.points for r in s.by_period.get(p.period, ())]
    observed = len({r.doc_id for r in change_rows})
    docs = sum(p.docs for p in run.points)
    base_count, base_docs = run.base.base_count, run.base.base_docs
    if run.kind == "silence":
        if not _enough_baseline(base_rows, cfg):
            return None
        p_value = p_at_most(observed, base_count, base_docs, docs)
    else:
        if base_docs < cfg.min_baseline_docs:
            return None  # no coverage before: a first appearance, not a surge
        if len(change_rows) < cfg.min_change_records or observed < cfg.min_change_docs:
            return None
        p_value = p_at_least(observed, base_count, base_docs, docs)
    if p_value > cfg.alpha:
        return None
    start = run.points[0].period
    end = period_end(run.points[-1].period, cfg.period)
    label = s.labels.most_common(1)[0][0] if s.labels else s.actor
    base_rate = base_count / base_docs
    obs_rate = observed / docs if docs else 0.0
    covered = [d for p in run.points for d in cov.docs.get(p.period, ())]
    what = _topic_words(s.topic)
    if run.kind == "silence":
        summary = (
            f"{label} ({s.actor}) went quiet{what} from {start} to {end}: in {observed} of "
            f"{docs} documents, against {base_count} of {base_docs} in the "
            f"{len(base_periods)} {cfg.period}s before (p = {p_value:.2g})."
        )
    else:
        summary = (
            f"{label} ({s.actor}) surged{what} from {start} to {end}: in {observed} of "
            f"{docs} documents, against {base_count} of {base_docs} in the "
            f"{len(base_periods)} {cfg.period}s before (p = {p_value:.2g})."
        )
    evidence = [evidence_of(view, r, "baseline") for r in base_rows[-cfg.evidence_limit :]]
    evidence += [evidence_of(view, r, "change") for r in change_rows[: cfg.evidence_limit]]
    return Signal(
        id=f"{run.kind}:{s.actor}:{s.topic or '*'}:{start}",
        kind=run.kind,  # type: ignore[arg-type]
        summary=summary,
        actor=s.actor,
        actor_label=label,
        topic=s.topic,
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        baseline_rate=round(base_rate, 4),
        observed_rate=round(obs_rate, 4),
        score=score_of(p_value),
        p_value=p_value,
        baseline_ids=[r.record_id for r in base_rows],
        change_ids=[r.record_id for r in change_rows],
        documents=covered,
        evidence=evidence,
    )


def _topic_words(topic: str | None) -> str:
    if topic is None:
        return ""
    kind, _, value = topic.partition(": ")
    if kind == "issue":
        return f" on {value}"
    if kind == "event":
        return f" in {value} events"
    return f" about {value}"


def activity_series(
    view: StoreView, actor: str, topic: str | None, cfg: SignalSettings
) -> list[Point]:
    """The points of one series, for charts (observed against the baseline band)."""
    cov = Coverage(view, cfg.period)
    s = build_series(view, cfg.period).get((actor, topic))
    if s is None or not cov.periods:
        return []
    return series_points(s, cov, cfg.window)
