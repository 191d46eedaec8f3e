"""The command line: parse arguments, call one library function, print. Nothing else.

One module per capability; each registers its commands on the shared ``app`` (``common``).
The imports below run in the order ``wirewatch --help`` lists the commands.
"""

# isort: skip_file
from __future__ import annotations

from wirewatch.cli.common import app, eval_app
from wirewatch.cli import documents  # noqa: F401  ingest, code, events, show, stats, demo, version

app.add_typer(eval_app, name="eval")

from wirewatch.cli import events  # noqa: E402, F401  classify, eval events
from wirewatch.cli import places  # noqa: E402, F401  geoparse, eval geo
from wirewatch.cli import times  # noqa: E402, F401  timex, eval timex
from wirewatch.cli import signals  # noqa: E402, F401  signals, report
from wirewatch.cli import forecast  # noqa: E402, F401  forecast run, forecast backtest


def main() -> None:
    app()


__all__ = ["app", "main"]
