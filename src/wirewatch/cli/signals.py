"""Signals and the situation report (issue 7): signals, report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from wirewatch.cli.common import (
    DbOption,
    app,
    err,
    fail,
    open_store,
    out,
)
from wirewatch.errors import WirewatchError

KindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        help="Signal kind or group (activity, labels, territory, calendar, dyads, silence, "
        "surge, new_label, …); repeat or comma-separate.",
    ),
]
SinceOption = Annotated[str | None, typer.Option("--since", help="First date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Last date (YYYY-MM-DD).")]
FocusOption = Annotated[
    list[str] | None,
    typer.Option("--focus", help="Only signals about this actor (code, name fragment); repeat."),
]
PeriodOption = Annotated[str, typer.Option("--period", help="week or day.")]


def signal_settings(since: str | None, until: str | None, period: str):
    from wirewatch.signals import SignalSettings

    if period not in ("week", "day"):
        raise fail(f"unknown period {period!r}; use week or day")
    from datetime import date

    for value in (since, until):
        try:
            if value is not None and date.fromisoformat(value).isoformat() != value:
                raise ValueError(value)
        except ValueError:
            raise fail(f"date {value!r} is not YYYY-MM-DD") from None
    return SignalSettings(period=period, since=since, until=until)  # type: ignore[arg-type]


def signals_table(found) -> Table:
    table = Table(show_lines=False)
    table.add_column("kind", overflow="fold")
    table.add_column("period", overflow="fold")
    table.add_column("score", justify="right")
    table.add_column("summary", overflow="fold", ratio=1)
    for s in found:
        table.add_row(
            s.kind,
            f"{s.period_start or ''} – {s.period_end or ''}",
            f"{s.score:.2f}",
            s.summary,
        )
    return table


@app.command()
def signals(
    db: DbOption = "wirewatch.db",
    kind: KindOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    focus: FocusOption = None,
    period: PeriodOption = "week",
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
) -> None:
    """List what changed: silences and surges, labels, control changes, deadlines, dyad shifts."""
    from wirewatch.signals import compute_signals, expand_kinds

    if format not in ("table", "jsonl"):
        raise fail(f"unknown format {format!r}; use table or jsonl")
    try:
        kinds = expand_kinds(kind)
    except WirewatchError as error:
        raise fail(str(error)) from None
    settings = signal_settings(since, until, period)
    store = open_store(db)
    run = compute_signals(store, kinds, settings, focus)
    if format == "jsonl":
        for s in run.signals:
            out.file.write(s.model_dump_json() + "\n")
    else:
        out.print(signals_table(run.signals))
        err.print(f"{len(run.signals)} signals", highlight=False)


@app.command()
def report(
    out_path: Annotated[Path, typer.Option("--out", help="File to write (report.html).")] = Path(
        "report.html"
    ),
    db: DbOption = "wirewatch.db",
    since: SinceOption = None,
    until: UntilOption = None,
    focus: FocusOption = None,
    period: PeriodOption = "week",
    format: Annotated[str, typer.Option("--format", help="html or md.")] = "html",
) -> None:
    """Write a self-contained situation report: headline signals, charts, tables, evidence."""
    from wirewatch.report import FORMATS, build_report, render

    if format not in FORMATS:
        raise fail(f"unknown format {format!r}; use html or md")
    settings = signal_settings(since, until, period)
    store = open_store(db)
    built = build_report(store, since, until, focus, settings)
    try:
        out_path.write_text(render(built, format), encoding="utf-8")
    except OSError as error:
        raise fail(f"cannot write {out_path}: {error.strerror}") from None
    err.print(
        f"{built.signal_count} signals, {len(built.articles)} articles cited → {out_path}",
        highlight=False,
    )
