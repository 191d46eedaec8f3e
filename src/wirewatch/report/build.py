"""Build the situation report's data: one object that both the HTML and Markdown renderers read.

Every claim in the report is a ``Signal`` with its evidence sentences; every evidence sentence
gets an anchor inside the copy of its article that the report carries, so the claim and the text
it rests on are one click apart and the file works with no network and no database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from wirewatch.report import svg
from wirewatch.signals import SignalSettings, compute_signals
from wirewatch.signals.activity import activity_series
from wirewatch.signals.dyads import dyads
from wirewatch.signals.labels import network
from wirewatch.signals.model import ALL_KINDS, KIND_GROUPS, Evidence, Signal
from wirewatch.signals.periods import period_end
from wirewatch.signals.stats import nb_interval
from wirewatch.signals.territory import by_period, changes, timeline
from wirewatch.store import Store

HEADLINES_PER_KIND = 3
# A report is read, not searched: each kind shows its strongest signals and says how many more
# there are (``wirewatch signals --kind KIND`` lists them all).
SHOWN_PER_KIND = 25
ACTIVITY_CHARTS = 6
DYAD_CHARTS = 4
TERRITORY_ROWS = 14
NETWORK_ROWS = 60

SECTION_TITLES = {
    "activity": "Activity: silence and surge",
    "labels": "Labels: who calls whom what",
    "territory": "Territory: control changes",
    "calendar": "Calendar: upcoming and passed deadlines",
    "dyads": "Dyads: cooperation and conflict between pairs",
}


def anchor_of(doc_id: str) -> str:
    return "doc-" + re.sub(r"[^A-Za-z0-9_-]+", "-", doc_id)


def evidence_anchor(ev: Evidence) -> str:
    return f"{anchor_of(ev.doc_id)}-{ev.start}"


@dataclass
class Chart:
    title: str
    svg: str
    caption: str = ""


@dataclass
class Segment:
    text: str
    anchor: str | None = None  # set when this piece is an evidence sentence


@dataclass
class Article:
    doc_id: str
    anchor: str
    title: str | None
    date: str | None
    segments: list[Segment]


@dataclass
class Section:
    key: str
    title: str
    signals: list[Signal]
    charts: list[Chart] = field(default_factory=list)
    table: list[dict] = field(default_factory=list)  # an extra table (network, timeline, …)
    table_title: str = ""
    hidden: dict[str, int] = field(default_factory=dict)  # kind -> signals not shown


@dataclass
class Report:
    title: str
    generated: str
    since: str | None
    until: str | None
    focus: list[str]
    summary: dict
    headlines: list[Signal]
    sections: list[Section]
    articles: list[Article]
    signal_count: int


def build_report(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    focus: list[str] | None = None,
    settings: SignalSettings | None = None,
) -> Report:
    cfg = settings or SignalSettings()
    cfg.since, cfg.until = since or cfg.since, until or cfg.until
    run = compute_signals(store, ALL_KINDS, cfg, focus)
    view = run.view
    sections = []
    for key, kinds in KIND_GROUPS.items():
        shown, hidden = [], {}
        for kind in kinds:
            of_kind = run.of_kind(kind)
            shown.extend(of_kind[:SHOWN_PER_KIND])
            if len(of_kind) > SHOWN_PER_KIND:
                hidden[kind] = len(of_kind) - SHOWN_PER_KIND
        sections.append(Section(key, SECTION_TITLES[key], shown, hidden=hidden))
    by_key = {s.key: s for s in sections}
    _activity_charts(by_key["activity"], run)
    _label_table(by_key["labels"], view)
    _territory(by_key["territory"], view, cfg.period)
    _dyads(by_key["dyads"], view, cfg.period, focus)
    headlines = []
    for kinds in KIND_GROUPS.values():
        for kind in kinds:
            headlines.extend(run.of_kind(kind)[:HEADLINES_PER_KIND])
    headlines.sort(key=lambda s: ALL_KINDS.index(s.kind))
    return Report(
        title="wirewatch situation report",
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        since=since,
        until=until,
        focus=list(focus or []),
        summary=store.summary(),
        headlines=headlines,
        sections=sections,
        articles=_articles(store, [s for section in sections for s in section.signals]),
        signal_count=len(run.signals),
    )


def _activity_charts(section: Section, run) -> None:
    cfg = run.settings
    for s in section.signals[:ACTIVITY_CHARTS]:
        points = activity_series(run.view, s.actor or "", s.topic, cfg)
        bars, frozen = [], None
        for p in points:
            inside = (s.period_start or "") <= p.period.isoformat() <= (s.period_end or "")
            if inside:
                # Inside the signal the test holds the baseline from before it: draw that one.
                frozen = frozen or (p.base_count, p.base_docs)
                p = replace(p, base_count=frozen[0], base_docs=frozen[1])
            low, high = nb_interval(p.base_count, p.base_docs, p.docs)
            bars.append(svg.ActivityBar(p.period, p.observed, low, high, p.expected, inside))
        what = f" — {s.topic}" if s.topic else ""
        section.charts.append(
            Chart(
                f"{s.kind}: {s.actor_label} ({s.actor}){what}",
                svg.activity_chart(f"{s.kind}: {s.actor_label}{what}", bars),
                s.summary,
            )
        )


def _label_table(section: Section, view) -> None:
    edges = network(view)
    section.table_title = "Labelling network (labeller → target: label, uses, first and last)"
    if len(edges) > NETWORK_ROWS:
        section.table_title += f"; the {NETWORK_ROWS} most used of {len(edges)} edges"
        edges = sorted(edges, key=lambda e: -len(e.uses))[:NETWORK_ROWS]
    for edge in edges:
        section.table.append(
            {
                "labeller": f"{edge.labeller_label} ({edge.labeller})",
                "target": edge.target_label,  # targets are grouped by name already
                "label": edge.label,
                "polarity": "+" if edge.polarity > 0 else "−",
                "uses": len(edge.uses),
                "first": edge.first.isoformat(),
                "last": edge.last.isoformat(),
            }
        )


def _territory(section: Section, view, period: str) -> None:
    found = changes(view)
    per_place = timeline(found)
    rows = [
        (place, [(c.day, c.gainer or "?") for c in cs])
        for place, cs in list(per_place.items())[:TERRITORY_ROWS]
    ]
    if rows:
        section.charts.append(
            Chart("Control changes by place", svg.territory_chart("Territory timeline", rows))
        )
    section.table_title = f"Places that changed hands, per {period}"
    for start, cs in by_period(found, period).items():
        section.table.append(
            {
                "period": f"{start} to {period_end(start, period)}",
                "places": "; ".join(
                    f"{c.place} ({c.gainer or '?'}{' from ' + c.loser if c.loser else ''})"
                    for c in cs
                ),
            }
        )


def _dyads(section: Section, view, period: str, focus: list[str] | None) -> None:
    shown = {(s.actor, s.target) for s in section.signals}
    chosen = [d for d in dyads(view) if (d.actor, d.target) in shown]
    for d in dyads(view):
        if len(chosen) >= DYAD_CHARTS:
            break
        if d not in chosen and (
            not focus or any(f.lower() in f"{d.actor} {d.actor_label}".lower() for f in focus)
        ):
            chosen.append(d)
    for d in chosen[:DYAD_CHARTS]:
        series = d.series(period)
        section.charts.append(
            Chart(
                f"{d.actor_label} ({d.actor}) → {d.target_label} ({d.target})",
                svg.dyad_chart(
                    f"{d.actor_label} → {d.target_label}",
                    [s["period"] for s in series],
                    [s["quads"] for s in series],
                    [s["net"] for s in series],
                ),
                f"{len(d.rows)} events",
            )
        )


def _articles(store: Store, signals: list[Signal]) -> list[Article]:
    """The articles behind the evidence, each cut into plain text and marked sentences."""
    marks: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for s in signals:
        for ev in s.evidence:
            marks[ev.doc_id].add((ev.start, ev.end))
    documents = [d for d in (store.document(doc_id) for doc_id in marks) if d is not None]
    out = []
    for document in sorted(documents, key=lambda d: (d.date or "", d.id)):
        doc_id = document.id
        segments, pos = [], 0
        for start, end in sorted(marks[doc_id]):
            if start < pos:
                continue  # overlapping evidence: the first mark wins
            if start > pos:
                segments.append(Segment(document.text[pos:start]))
            segments.append(Segment(document.text[start:end], f"{anchor_of(doc_id)}-{start}"))
            pos = end
        segments.append(Segment(document.text[pos:]))
        out.append(Article(doc_id, anchor_of(doc_id), document.title, document.date, segments))
    return out
