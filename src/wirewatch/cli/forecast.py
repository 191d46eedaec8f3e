"""Forecasts (issue 8): forecast run, forecast backtest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from wirewatch.cli.common import (
    app,
    fail,
    open_store,
    out,
    print_json,
)
from wirewatch.errors import WirewatchError

forecast_app = typer.Typer(
    help="Negotiation forecasts: run models on a scenario, backtest them on real decisions.",
    no_args_is_help=True,
)
app.add_typer(forecast_app, name="forecast")

FormatOption = Annotated[str, typer.Option("--format", help="table or json.")]


def _check_format(format: str) -> None:
    if format not in ("table", "json"):
        raise fail(f"unknown format {format!r}; use table or json")


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


@forecast_app.command("run")
def forecast_run(
    scenario: Annotated[Path, typer.Argument(help="Scenario file (YAML).")],
    format: FormatOption = "table",
    rounds: Annotated[
        int | None, typer.Option(help="Most rounds of the challenge model (default 10).")
    ] = None,
    salience_from: Annotated[
        str | None,
        typer.Option(
            "--salience-from",
            help="A wirewatch store: show salience suggested by how often each actor acts or "
            "speaks on the issue, beside the scenario's (never used by the models).",
        ),
    ] = None,
) -> None:
    """Each model's predicted outcome, and the challenge model's rounds of moves."""
    from wirewatch.forecast.attention import suggest_from_store
    from wirewatch.forecast.run import forecast
    from wirewatch.forecast.scenario import load_scenario

    _check_format(format)
    try:
        loaded = load_scenario(scenario)
        attention = None
        if salience_from:
            store = open_store(salience_from)
            attention = suggest_from_store(loaded, store)
            store.close()
        report = forecast(loaded, rounds=rounds, attention=attention)
    except WirewatchError as error:
        raise fail(str(error)) from None
    if format == "json":
        print_json(report.as_dict())
        return
    title = report.title + (" (illustrative judgments)" if report.illustrative else "")
    models = Table(title=title)
    for column in ("model", "outcome", "nearest anchor", "note"):
        models.add_column(column, overflow="fold")
    for p in report.predictions:
        models.add_row(p.model, _num(p.outcome), p.anchor or "", p.note or "")
    out.print(models)
    if report.attention:
        seen = Table(title=f"salience: the scenario's, and suggested from {salience_from}")
        for column in ("actor", "salience (scenario)", "suggested", "records on the issue"):
            seen.add_column(column)
        for a in report.attention:
            suggested = "" if a.suggested is None else f"{a.suggested:.0f}"
            seen.add_row(a.actor, f"{a.given:.0f}", suggested, str(a.records))
        out.print(seen)
    moves = Table(
        title=f"challenge model: expected outcome {report.dynamics.start:.1f} at the start, "
        f"{report.dynamics.outcome:.1f} after {len(report.dynamics.rounds)} rounds"
    )
    for column in ("round", "actor", "response", "gives way to", "from", "to", "forecast"):
        moves.add_column(column, overflow="fold")
    for r in report.dynamics.rounds:
        if not r.moves:
            moves.add_row(str(r.number), "(nobody moves)", "", "", "", "", _num(r.forecast))
        for k, m in enumerate(r.moves):
            last = k == len(r.moves) - 1
            moves.add_row(
                str(r.number) if k == 0 else "",
                m.actor,
                "forced (conflict)" if m.kind == "conflict" else m.kind,
                m.toward,
                _num(m.before),
                _num(m.after),
                _num(r.forecast) if last else "",
                end_section=last,
            )
    out.print(moves)
    for r in report.dynamics.rounds:
        targets: dict[str, list[str]] = {}
        for c in r.challenges:
            targets.setdefault(c.challenger, []).append(c.target)
        said = "; ".join(f"{who} → {', '.join(whom)}" for who, whom in targets.items())
        out.print(f"round {r.number} challenges: {said or 'none'}", highlight=False)


@forecast_app.command("backtest")
def forecast_backtest(
    data: Annotated[Path, typer.Argument(help="DEU III file (deu3.csv).")],
    format: FormatOption = "table",
    weights: Annotated[
        str, typer.Option(help="council (Nice votes) or salience (capabilities equal).")
    ] = "council",
    institutions: Annotated[
        str, typer.Option(help="Commission/Parliament weight: largest, mean, council, zero.")
    ] = "largest",
    dossiers: Annotated[
        int | None, typer.Option(help="Only the first N proposals (a quick slice).")
    ] = None,
) -> None:
    """MAE, median error and n per model on DEU III (fitted models: leave-one-dossier-out)."""
    from wirewatch.forecast.backtest import backtest_file

    _check_format(format)
    try:
        report = backtest_file(str(data), weights, institutions, dossiers)
    except WirewatchError as error:
        raise fail(str(error)) from None
    except ValueError as error:
        raise fail(str(error)) from None
    if format == "json":
        print_json(report.as_dict())
        return
    table = Table(
        title=f"DEU III backtest: {report.issues} issues with outcomes, {report.dossiers} "
        f"proposals; weights: {report.weights}"
    )
    for column in ("model", "MAE", "median error", "n"):
        table.add_column(column, justify="left" if column == "model" else "right")
    for s in report.scores.values():
        table.add_row(s.name, f"{s.mae:.2f}", f"{s.median_error:.2f}", str(s.n))
    out.print(table)
