"""What every command shares: the Typer apps, consoles, options, error and progress output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from wirewatch.config import Settings
from wirewatch.errors import BadInput, WirewatchError

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
    typer.Option("--max-chars", min=1, help="Refuse documents longer than this (characters)."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor dictionary file(s) (JSONL), added to the default."),
]
CoderOption = Annotated[
    str | None, typer.Option("--coder", help="Event coder back-end: rules, learned, llm.")
]
ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="The learned back-end's model folder (model.onnx, tokenizer.json, labels.json), "
        "if not the shipped one (e.g. build/train-check, which `make train-check` writes).",
    ),
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


def open_store(db: str):
    from wirewatch.store import Store

    if "://" not in db and not Path(db).exists():
        raise fail(f"no database at {db}; run `wirewatch ingest PATH` first")
    try:
        return Store(db)
    except WirewatchError as error:
        raise fail(str(error)) from None


def lines_of(
    paths: list[str], on_error: Callable[[WirewatchError], None]
) -> Iterator[tuple[str, int, str]]:
    """(source, line number, line) for each line of JSONL inputs (files, or - for stdin), for
    commands that read records. Lines are decoded one by one, so a line that is not UTF-8, or
    a file that cannot be opened, is reported and skipped and the rest are read."""
    from wirewatch.ingest.decode import decode_line

    for raw in paths:
        name = "<stdin>" if raw == "-" else raw  # named as the document readers name it
        try:
            handle = sys.stdin.buffer if raw == "-" else open(raw, "rb")  # noqa: SIM115
        except OSError as error:
            on_error(BadInput(f"cannot read: {error.strerror or error}", where=name))
            continue
        try:
            for number, data in enumerate(handle, 1):
                try:
                    line = decode_line(data, number, where=f"{name}:{number}")
                except WirewatchError as error:
                    on_error(error)
                    continue
                yield name, number, line
        except OSError as error:  # e.g. a directory named as a file
            on_error(BadInput(f"cannot read: {error.strerror or error}", where=name))
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()


def print_json(obj: object) -> None:
    out.file.write(json.dumps(obj, ensure_ascii=False) + "\n")


eval_app = typer.Typer(help="Score wirewatch against gold annotations.", no_args_is_help=True)
