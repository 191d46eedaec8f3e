"""Times (issue 5): timex, eval timex."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from wirewatch.cli.common import (
    DateOption,
    MaxCharsOption,
    PathsArg,
    app,
    eval_app,
    fail,
    out,
    print_json,
    read,
    report_error,
    settings_from,
)
from wirewatch.errors import WirewatchError

AnchorOption = Annotated[
    str,
    typer.Option(
        "--anchor",
        help="Anchor relative dates to: auto (document date, else dates in the text), "
        "news (the document date) or narrative (the date last mentioned).",
    ),
]


def load_timex_pipeline(anchor: str):
    from wirewatch.timex.run import timex_pipeline

    try:
        return timex_pipeline(anchor)
    except WirewatchError as error:
        raise fail(str(error)) from None


@app.command()
def timex(
    paths: PathsArg,
    date: DateOption = None,
    anchor: AnchorOption = "auto",
    max_chars: MaxCharsOption = None,
) -> None:
    """Print each document's temporal expressions with TIMEX3 types and values (one line each)."""
    from wirewatch.batch import BatchReport, good_documents
    from wirewatch.pipeline import Failure
    from wirewatch.timex.run import timex_line

    settings = settings_from(None, max_chars)
    pipeline = load_timex_pipeline(anchor)
    report = BatchReport()
    for item in pipeline.code(good_documents(read(paths, date, settings), report, report_error)):
        if isinstance(item, Failure):
            report.failures.append(item.error)
            report_error(item.error)
            continue
        print_json(timex_line(item))
    out.file.flush()
    if not report.ok:
        raise typer.Exit(1)


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: documents with timexes.")],
    anchor: AnchorOption = "auto",
    no_dates: Annotated[
        bool, typer.Option("--no-dates", help="Drop document dates (narrative corpora).")
    ] = False,
) -> None:
    """Strict and relaxed span P/R/F1, type accuracy and value F1 (TempEval-3 definitions)."""
    from wirewatch.eval.timex import evaluate, read_gold

    if not gold.exists():
        raise fail(f"no such gold file: {gold}")
    pipeline = load_timex_pipeline(anchor)
    try:
        scores = evaluate(read_gold(gold), pipeline, with_dates=not no_dates)
    except WirewatchError as error:
        raise fail(str(error)) from None
    table = Table(title=f"timex vs {gold.name}")
    table.add_column("measure")
    table.add_column("figure", justify="right")
    for measure, figure in scores.rows():
        table.add_row(measure, figure)
    out.print(table)
