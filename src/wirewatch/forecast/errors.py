"""Errors of the forecast package, in the project's catalogue style (codes W8xx, issue 8)."""

from __future__ import annotations

from wirewatch.errors import WirewatchError


class ForecastError(WirewatchError):
    code = "W800"


class ScenarioError(ForecastError):
    """A scenario file that cannot be read or fails validation; names the file and field."""

    code = "W801"


class DataError(ForecastError):
    """A backtest data file that cannot be read (missing column, bad number)."""

    code = "W802"
