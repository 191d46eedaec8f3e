"""Places (issue 4): geoparse, eval geo."""

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


@app.command()
def geoparse(
    paths: PathsArg,
    date: DateOption = None,
    max_chars: MaxCharsOption = None,
) -> None:
    """Find and resolve the places of documents: one JSON line per document."""
    from wirewatch.batch import BatchReport, good_documents
    from wirewatch.geo.parse import geoparse as run_geoparse
    from wirewatch.geo.parse import geoparse_pipeline
    from wirewatch.pipeline import Failure

    settings = settings_from(None, max_chars)
    try:
        pipeline = geoparse_pipeline()
    except WirewatchError as error:
        raise fail(str(error)) from None
    report = BatchReport()
    documents = good_documents(read(paths, date, settings), report, report_error)
    for item in run_geoparse(documents, pipeline):
        if isinstance(item, Failure):
            report.failures.append(item.error)
            report_error(item.error)
            continue
        print_json(item.to_json())
    if not report.ok:
        raise typer.Exit(1)


@eval_app.command("geo")
def eval_geo(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: documents with `toponyms`.")],
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the geoparser: recognition P/R/F1 and resolution (161 km, id, country, km, AUC)."""
    from wirewatch.eval.geo import evaluate_file

    if not gold.exists():
        raise fail(f"no gold file at {gold}")
    try:
        scores = evaluate_file(gold, limit=limit, on_error=report_error)
    except WirewatchError as error:
        raise fail(str(error)) from None
    if as_json:
        print_json(scores.as_dict())
        return
    out.print(geo_scores_table(scores, gold.name))


def geo_scores_table(scores, title: str) -> Table:
    rec = scores.as_dict()["recognition"]
    table = Table(
        title=f"{title}: recognition P {100 * rec['precision']:.1f} R {100 * rec['recall']:.1f} "
        f"F1 {100 * rec['f1']:.1f} ({rec['predicted']} predicted, {rec['gold']} gold)"
    )
    for column in ("gold toponyms", "n", "acc@161km", "exact id", "right country", "median km",
                   "mean km", "AUC"):  # fmt: skip
        table.add_column(column, justify="right")
    for label, res in (("found by recogniser", scores.found), ("all geocodable", scores.all)):
        table.add_row(
            label,
            str(res.n),
            f"{100 * res.accuracy_161:.1f}",
            f"{100 * res.exact_id:.1f}",
            f"{100 * res.right_country:.1f}",
            f"{res.median_km:.1f}",
            f"{res.mean_km:.0f}",
            f"{res.auc:.3f}",
        )
    return table
