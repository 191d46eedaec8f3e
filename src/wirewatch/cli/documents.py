"""Documents and records: ingest, recode, code, events, show, stats, demo, version."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from wirewatch import __version__
from wirewatch.cli.common import (
    ActorsOption,
    CoderOption,
    DateOption,
    DbOption,
    MaxCharsOption,
    PathsArg,
    app,
    err,
    fail,
    open_store,
    out,
    progress,
    read,
    report_error,
    settings_from,
)
from wirewatch.errors import WirewatchError

if TYPE_CHECKING:
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.store import Store


def _store_and_pipeline(settings: Settings) -> tuple[Store, Pipeline]:
    """The store to write and the pipeline to code with, or one clear message why not."""
    from wirewatch.pipeline import Pipeline
    from wirewatch.store import Store

    try:
        return Store(settings.db), Pipeline(settings)
    except WirewatchError as error:
        raise fail(str(error)) from None


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = "wirewatch.db",
    date: DateOption = None,
    max_chars: MaxCharsOption = None,
    actors: ActorsOption = None,
    coder: CoderOption = None,
) -> None:
    """Code documents and store them; the same article twice is stored once."""
    from wirewatch.batch import ingest as run_ingest

    settings = settings_from(db, max_chars, actors, coder)
    store, pipeline = _store_and_pipeline(settings)
    with progress("ingest") as tick:
        report = run_ingest(
            read(paths, date, settings), pipeline, store, on_error=report_error, on_document=tick
        )
    store.close()
    err.print(
        f"{report.read} read, {report.stored} stored, {report.new_versions} new versions, "
        f"{report.recoded} recoded, {report.duplicates} already stored, "
        f"{len(report.failures)} failed; "
        f"{report.events} events, {report.statements} statements → {settings.db}",
        highlight=False,
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def recode(
    db: DbOption = "wirewatch.db",
    max_chars: MaxCharsOption = None,
    actors: ActorsOption = None,
    coder: CoderOption = None,
) -> None:
    """Code again the stored documents that another coder, release or actor file coded."""
    from wirewatch.batch import recode as run_recode

    settings = settings_from(db, max_chars, actors, coder)
    store, pipeline = _store_and_pipeline(settings)
    with progress("recode") as tick:
        report = run_recode(pipeline, store, on_error=report_error, on_document=tick)
    store.close()
    err.print(
        f"{report.read} coded by something else, {report.recoded} recoded, "
        f"{len(report.failures)} failed (their records kept); "
        f"{report.events} events, {report.statements} statements → {settings.db} "
        f"(coded by {pipeline.coded_by})",
        highlight=False,
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def code(
    paths: PathsArg,
    date: DateOption = None,
    format: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
    with_statements: Annotated[
        bool, typer.Option("--with-statements", help="Also print statement records.")
    ] = False,
    max_chars: MaxCharsOption = None,
    actors: ActorsOption = None,
    coder: CoderOption = None,
) -> None:
    """Code documents and print their records (stateless: nothing is stored)."""
    from wirewatch.batch import BatchReport, good_documents
    from wirewatch.pipeline import Pipeline

    if format not in ("jsonl", "table"):
        raise fail(f"unknown format {format!r}; use jsonl or table")
    settings = settings_from(None, max_chars, actors, coder)
    try:
        pipeline = Pipeline(settings)
    except WirewatchError as error:
        raise fail(str(error)) from None
    report = BatchReport()
    records = []
    with progress("code") as tick:
        for item in pipeline.code(
            good_documents(read(paths, date, settings), report, report_error)
        ):
            tick()
            _emit(item, report, format, with_statements, records)
    if format == "table":
        out.print(records_table(records))
    if not report.ok:
        raise typer.Exit(1)


def _emit(item, report, format: str, with_statements: bool, records: list) -> None:
    from wirewatch.pipeline import Failure

    if isinstance(item, Failure):
        report.failures.append(item.error)
        report_error(item.error)
        return
    chosen = item.records if with_statements else item.events
    if format == "jsonl":
        for record in chosen:
            out.file.write(record.model_dump_json() + "\n")
        out.file.flush()
    else:
        records.extend(chosen)


def _actors_text(refs) -> str:
    return "; ".join(
        f"{r.name or r.text}"
        + (f" ({r.code}{' ' + r.sector if r.sector else ''})" if r.code else "")
        for r in refs
    )


def records_table(records: Iterable) -> Table:
    """Records for people: one row each; the id column shows ``doc:n`` only when docs differ."""
    records = list(records)
    one_doc = len({r.doc_id for r in records}) <= 1
    table = Table(show_lines=False)
    table.add_column("#" if one_doc else "id", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    for column in ("aux", "actor", "recipient", "place", "trigger"):
        table.add_column(column, overflow="fold")
    for r in records:
        rid = r.id.rsplit(":", 1)[-1] if one_doc else r.id
        aux = ",".join(r.aux_modes)
        if r.kind == "event":
            kind = r.event + (f"/{r.mode}" if r.mode else "")
            place = (r.location.name or r.location.text) if r.location else ""
            who, whom, what = r.actor, r.recipient, r.trigger.text
        else:
            kind, place = f"said/{r.verb.text}", ""
            who, whom = r.speaker, r.about
            what = r.content.text[:80] if r.content else ""
        table.add_row(
            rid, r.date or "", kind, aux, _actors_text(who), _actors_text(whom), place, what
        )
    return table


EVENT_CSV_COLUMNS = (
    "id",
    "doc_id",
    "date",
    "event",
    "mode",
    "aux_modes",
    "quad",
    "scale",
    "actor",
    "actor_code",
    "recipient",
    "recipient_code",
    "place",
    "geonameid",
    "lat",
    "lon",
    "trigger",
    "confidence",
)


def event_csv_row(e) -> dict:
    loc = e.location
    return {
        "id": e.id,
        "doc_id": e.doc_id,
        "date": e.date,
        "event": e.event,
        "mode": e.mode,
        "aux_modes": ";".join(e.aux_modes),
        "quad": e.quad,
        "scale": e.scale,
        "actor": ";".join(a.name or a.text for a in e.actor),
        "actor_code": ";".join(a.code or "" for a in e.actor),
        "recipient": ";".join(a.name or a.text for a in e.recipient),
        "recipient_code": ";".join(a.code or "" for a in e.recipient),
        "place": (loc.name or loc.text) if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "trigger": e.trigger.text,
        "confidence": e.confidence,
    }


@app.command()
def events(
    db: DbOption = "wirewatch.db",
    actor: Annotated[str | None, typer.Option(help="Actor code, id or name fragment.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code, id or name.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Latest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Place name fragment or GeoNames id.")] = None,
    doc: Annotated[str | None, typer.Option(help="Document id.")] = None,
    happened: Annotated[
        bool, typer.Option("--happened", help="Only events reported as having happened.")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """Query stored events."""
    from wirewatch.store import EventFilter

    if format not in ("table", "jsonl", "csv"):
        raise fail(f"unknown format {format!r}; use table, jsonl or csv")
    try:
        query = EventFilter(actor, recipient, type, since, until, place, doc, happened, limit)
    except WirewatchError as error:
        raise fail(str(error)) from None
    store = open_store(db)
    found = store.events(query)
    if format == "jsonl":
        for e in found:
            out.file.write(e.model_dump_json() + "\n")
    elif format == "csv":
        writer = csv.DictWriter(out.file, fieldnames=EVENT_CSV_COLUMNS)
        writer.writeheader()
        for e in found:
            writer.writerow(event_csv_row(e))
    else:
        out.print(records_table(found))
        err.print(f"{len(found)} events", highlight=False)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id.")],
    db: DbOption = "wirewatch.db",
) -> None:
    """Print an article with its records' spans highlighted."""
    from wirewatch.store import EventFilter

    store = open_store(db)
    document = store.document(doc_id)
    if document is None:
        raise fail(f"no document {doc_id!r} in {db}")
    found = store.events(EventFilter(doc=doc_id))
    said = store.statements(doc=doc_id)
    text = Text(document.text)
    for p in store.places(doc_id):
        text.stylize("green", p.start, p.end)
    for x in store.timexes(doc_id):
        text.stylize("cyan", x.start, x.end)
    for s in said:
        text.stylize("italic", s.verb.start, s.verb.end)
    for e in found:
        text.stylize("bold magenta", e.trigger.start, e.trigger.end)
        for a in e.actor:
            text.stylize("bold yellow", a.start, a.end)
        for a in e.recipient:
            text.stylize("bold blue", a.start, a.end)
    title = document.title or document.id
    out.print(Text(f"{title} ({document.date or 'undated'})", style="bold underline"))
    out.print(text)
    out.print()
    out.print(
        Text("legend: ", style="dim")
        + Text("trigger ", style="bold magenta")
        + Text("actor ", style="bold yellow")
        + Text("recipient ", style="bold blue")
        + Text("place ", style="green")
        + Text("time ", style="cyan")
        + Text("speech verb", style="italic")
    )
    out.print(records_table([*found, *said]))


def print_summary(summary: dict, db: str) -> None:
    out.print(
        f"[bold]{summary['documents']}[/] documents ({summary['first_date']} to "
        f"{summary['last_date']}), [bold]{summary['events']}[/] events, "
        f"[bold]{summary['statements']}[/] statements in {db}"
    )
    by_type = Table(title="events by type")
    by_type.add_column("event")
    by_type.add_column("count", justify="right")
    for name, count in summary["events_by_type"].items():
        by_type.add_row(name, str(count))
    actors = Table(title="top actors")
    for column in ("actor", "code", "events"):
        actors.add_column(column)
    for row in summary["top_actors"]:
        actors.add_row(row["name"], row["code"] or "", str(row["events"]))
    out.print(by_type)
    out.print(actors)
    codings = summary.get("coded_by", {})
    if len(codings) > 1:
        # Records from different coders or releases side by side: counts and signals mix them.
        listed = "; ".join(f"{label or 'unrecorded'}: {n}" for label, n in codings.items())
        out.print(
            f"[yellow]documents coded by more than one coder or release ({listed}); "
            f"`wirewatch recode --db {db}` codes them all again with one coder[/]"
        )


@app.command()
def stats(db: DbOption = "wirewatch.db") -> None:
    """Summarise the store: documents, events by type, top actors."""
    store = open_store(db)
    print_summary(store.summary(), db)


EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@app.command()
def demo(
    db: DbOption = "wirewatch.db",
    examples: Annotated[Path, typer.Option(help="Folder of example documents.")] = EXAMPLES,
) -> None:
    """Ingest the bundled examples and print a summary and where to look next."""
    if not examples.exists():
        raise fail(f"no examples folder at {examples}")
    try:
        ingest([str(examples)], db=db)
    except typer.Exit as stop:
        if stop.exit_code:
            err.print("some example documents failed; see the messages above")
    store = open_store(db)
    print_summary(store.summary(), db)
    out.print(
        f"\nnext: [bold]wirewatch events --db {db} --type ASSAULT[/], "
        f"[bold]wirewatch show DOC_ID --db {db}[/], "
        "[bold]wirewatch code ../shared/data/corpora/seed_article.jsonl --format table[/]"
    )


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)
