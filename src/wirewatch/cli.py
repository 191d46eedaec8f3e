"""The command line: parse arguments, call one library function, print. Nothing else."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from wirewatch import __version__
from wirewatch.config import Settings
from wirewatch.errors import WirewatchError

app = typer.Typer(
    help="wirewatch: who did and said what, to whom, where and when — and what changed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

# Shared options ------------------------------------------------------------------------------

DbOption = Annotated[
    str,
    typer.Option("--db", envvar="WIREWATCH_DB", help="SQLite file or SQLAlchemy URL."),
]
PathsArg = Annotated[
    list[str], typer.Argument(help="Files or directories (.txt .html .jsonl), or - for stdin.")
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for bare text and HTML files."),
]
MaxCharsOption = Annotated[
    int | None,
    typer.Option("--max-chars", help="Refuse documents longer than this (characters)."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary file(s) (JSONL), added to the default."),
]
CoderOption = Annotated[
    str | None, typer.Option("--coder", help="Event coder back-end: rules, learned, llm.")
]


def settings_from(
    db: str | None = None,
    max_chars: int | None = None,
    actors: list[Path] | None = None,
    coder: str | None = None,
) -> Settings:
    settings = Settings()
    if db:
        settings.db = db
    if max_chars:
        settings.max_chars = max_chars
    if actors:
        settings.actor_files = list(actors)
    if coder:
        settings.coder = coder
    return settings


def report_error(error: WirewatchError) -> None:
    err.print(Text(f"error: {error}", style="red"), highlight=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(Text(f"error: {message}", style="red"), highlight=False)
    return typer.Exit(code)


@contextmanager
def progress(label: str) -> Iterator[Callable[[object], None]]:
    """A Rich progress line on stderr (terminals only) with documents/s; yields ``tick``."""
    bar = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with bar:
        task = bar.add_task(label, total=None, rate="")

        def tick(_item: object = None) -> None:
            bar.advance(task)
            state = bar.tasks[0]
            bar.update(task, rate=f"{state.completed / max(state.elapsed or 0, 1e-9):.1f} docs/s")

        yield tick


def read(paths: list[str], date: str | None, settings: Settings):
    from wirewatch.ingest import read_paths

    return read_paths(paths, date=date, max_chars=settings.max_chars)


# Commands ------------------------------------------------------------------------------------


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
    from wirewatch.pipeline import Pipeline
    from wirewatch.store import Store

    settings = settings_from(db, max_chars, actors, coder)
    try:
        store = Store(settings.db)
        pipeline = Pipeline(settings)
    except WirewatchError as error:
        raise fail(str(error)) from None
    with progress("ingest") as tick:
        report = run_ingest(
            read(paths, date, settings), pipeline, store, on_error=report_error, on_document=tick
        )
    store.close()
    err.print(
        f"{report.read} read, {report.stored} stored, {report.new_versions} new versions, "
        f"{report.duplicates} already stored, {len(report.failures)} failed; "
        f"{report.events} events, {report.statements} statements → {settings.db}",
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
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY-MM-DD).")] = None,
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
    store = open_store(db)
    found = store.events(
        EventFilter(actor, recipient, type, since, until, place, doc, happened, limit)
    )
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


def open_store(db: str):
    from wirewatch.store import Store

    if "://" not in db and not Path(db).exists():
        raise fail(f"no database at {db}; run `wirewatch ingest PATH` first")
    try:
        return Store(db)
    except WirewatchError as error:
        raise fail(str(error)) from None


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


@app.command()
def stats(db: DbOption = "wirewatch.db") -> None:
    """Summarise the store: documents, events by type, top actors."""
    store = open_store(db)
    print_summary(store.summary(), db)


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


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


def lines_of(paths: list[str]) -> Iterator[str]:
    """Lines of JSONL inputs (files or - for stdin), for commands that read records."""
    for raw in paths:
        if raw == "-":
            yield from sys.stdin
        else:
            with open(raw, encoding="utf-8") as handle:
                yield from handle


def print_json(obj: object) -> None:
    out.file.write(json.dumps(obj, ensure_ascii=False) + "\n")


eval_app = typer.Typer(help="Score wirewatch against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# --- events: the coder and the classifier (issues 3 and 6) -------------------------------------


@app.command()
def classify(
    paths: Annotated[
        list[str] | None, typer.Argument(help="JSONL files of relations, or - for stdin.")
    ] = None,
    coder: Annotated[str, typer.Option("--coder", help="learned (default) or llm.")] = "learned",
) -> None:
    """Classify relations with the learned model: one JSONL answer per input line.

    Input lines: {"id", "text", "actor_text", "recipient_text"} (actor and recipient optional).
    Output lines: {"id", "event", "mode", "quad", "aux_modes", "scores": {type: p}}.
    """
    from wirewatch.events.classify import relations_from_lines
    from wirewatch.events.learned import LearnedClassifier, classify_stream
    from wirewatch.events.llm import LLMClassifier

    try:
        if coder == "learned":
            classifier = LearnedClassifier()
        elif coder == "llm":
            classifier = LLMClassifier()
        else:
            raise fail(f"unknown coder {coder!r}; use learned or llm")
    except WirewatchError as error:
        raise fail(str(error)) from None
    bad = 0

    def on_error(error: WirewatchError) -> None:
        nonlocal bad
        bad += 1
        report_error(error)

    relations = relations_from_lines(lines_of(paths or ["-"]), on_error)
    for relation, answer in classify_stream(classifier, relations):
        print_json(answer.as_json(relation.id))
    if bad:
        raise typer.Exit(1)


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (PLV or PLOVER GSR format).")],
    coder: CoderOption = None,
    pipeline: Annotated[
        bool, typer.Option("--pipeline", help="Run the full pipeline, not just the classifier.")
    ] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Score saved predictions (classify output, id = DOC_ID#INDEX)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score an event coder back-end against gold events: accuracy, macro-F1, quad, spans."""
    from wirewatch.eval.events import evaluate

    if not gold.exists():
        raise fail(f"no gold file at {gold}")
    try:
        scores = evaluate(gold, coder or "learned", pipeline=pipeline, predictions=predictions)
    except WirewatchError as error:
        raise fail(str(error)) from None
    if as_json:
        print_json(scores.as_json())
        return
    out.print(event_scores_table(scores, f"{gold.name} · {predictions or coder or 'learned'}"))
    out.file.write(confusion_text(scores))


def event_scores_table(scores, title: str) -> Table:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    table = Table(title=title)
    for column in ("type", "precision", "recall", "F1", "n"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for label, c in scores.per_class.items():
        table.add_row(label, pct(c.precision), pct(c.recall), pct(c.f1), str(c.support))
    table.add_section()
    table.add_row("accuracy", "", "", pct(scores.accuracy), str(scores.n))
    table.add_row("macro-F1", "", "", pct(scores.macro_f1), "")
    table.add_row("quad accuracy", "", "", pct(scores.quad_accuracy), "")
    table.add_row("actor match", "", "", pct(scores.actor_match), "")
    table.add_row("recipient match", "", "", pct(scores.recipient_match), "")
    table.add_row("mode accuracy", "", "", pct(scores.mode_accuracy), str(scores.mode_n))
    table.add_row("aux-mode accuracy", "", "", pct(scores.aux_accuracy), "")
    speed = scores.sentences_per_s
    table.add_row("sentences/s", "", "", "-" if speed is None else f"{speed:.1f}", "")
    table.caption = f"label set: {scores.label_set}"
    return table


def confusion_text(scores) -> str:
    """The confusion matrix as plain fixed-width text: 16+ columns do not fit a rich table in 80
    columns, and plain text pastes cleanly into notes."""
    labels = list(scores.per_class)
    predicted = sorted({p for row in scores.confusion.values() for p in row})
    lines = ["confusion (rows gold, columns predicted; names cut to 4 letters)"]
    lines.append(f"{'':<10}" + "".join(f"{p[:4]:>5}" for p in predicted))
    for label in labels:
        row = scores.confusion.get(label, {})
        lines.append(f"{label:<10}" + "".join(f"{row.get(p, '') or '.':>5}" for p in predicted))
    return "\n".join(lines) + "\n"


# --- places: geoparse and eval geo (issue 4) ---------------------------------------------------


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


# --- times: timex and eval timex (issue 5) -----------------------------------------------------

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
        with gold.open(encoding="utf-8") as handle:
            scores = evaluate(read_gold(handle, gold.name), pipeline, with_dates=not no_dates)
    except WirewatchError as error:
        raise fail(str(error)) from None
    table = Table(title=f"timex vs {gold.name}")
    table.add_column("measure")
    table.add_column("figure", justify="right")
    for measure, figure in scores.rows():
        table.add_row(measure, figure)
    out.print(table)


# --- signals and the report (issue 7) ----------------------------------------------------------


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


# --- forecasts (issue 8) -----------------------------------------------------------------------


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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
