"""The coder and the classifier (issues 3 and 6): classify, eval events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from wirewatch.cli.common import (
    CoderOption,
    MaxCharsOption,
    ModelOption,
    app,
    eval_app,
    fail,
    lines_of,
    out,
    print_json,
    report_error,
)
from wirewatch.config import Settings
from wirewatch.errors import WirewatchError


@app.command()
def classify(
    paths: Annotated[
        list[str] | None, typer.Argument(help="JSONL files of relations, or - for stdin.")
    ] = None,
    coder: Annotated[str, typer.Option("--coder", help="learned (default) or llm.")] = "learned",
    model: ModelOption = None,
    max_chars: MaxCharsOption = None,
) -> None:
    """Classify relations with the learned model: one JSONL answer per input line.

    Input lines: {"id", "text", "actor_text", "recipient_text", "trigger_text"} (all but text
    optional; the trigger names the event meant where a sentence holds several; without an id
    a line is named FILE:N, or <stdin>:N).
    Output lines: {"id", "event", "mode", "quad", "aux_modes", "scores": {type: p}}.
    """
    from wirewatch.events.classify import relations_from_lines
    from wirewatch.events.learned import DEFAULT_MODEL, LearnedClassifier, classify_stream
    from wirewatch.events.llm import LLMClassifier

    refuse_model_for(coder, model)
    try:
        if coder == "learned":
            classifier = LearnedClassifier(model or DEFAULT_MODEL)
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

    limit = max_chars or Settings().max_chars
    relations = relations_from_lines(lines_of(paths or ["-"], on_error), on_error, limit)
    try:
        for relation, answer in classify_stream(classifier, relations, on_error=on_error):
            print_json(answer.as_json(relation.id))
    except WirewatchError as error:  # the back-end cannot go on (an llm server not reached)
        raise fail(str(error)) from None
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
    model: ModelOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score an event coder back-end against gold events: accuracy, macro-F1, quad, spans."""
    from wirewatch.eval.events import evaluate

    if not gold.exists():
        raise fail(f"no gold file at {gold}")
    if predictions is not None and not predictions.exists():
        raise fail(f"no predictions file at {predictions}")
    if predictions is not None and model is not None:
        raise fail("--model scores a model folder; saved --predictions were made already")
    refuse_model_for(coder or "learned", model)
    try:
        scores = evaluate(
            gold, coder or "learned", pipeline=pipeline, predictions=predictions, model=model
        )
    except WirewatchError as error:
        raise fail(str(error)) from None
    if as_json:
        print_json(scores.as_json())
        return
    scored = predictions or (f"{coder or 'learned'} ({model})" if model else coder or "learned")
    out.print(event_scores_table(scores, f"{gold.name} · {scored}"))
    out.file.write(confusion_text(scores))


def refuse_model_for(coder: str, model: Path | None) -> None:
    """Only the learned back-end reads a model folder; another would silently ignore it."""
    if model is not None and coder != "learned":
        raise fail(f"--model is the learned back-end's model folder; --coder {coder} has none")


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
