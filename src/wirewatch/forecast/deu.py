"""Reader for the DEU III data (Arregui & Perarnaud 2021) as redistributed in ``deu3.csv``.

Layout (see the data folder's README): tab-separated, header on line 1, a line of per-actor
weights (GDP) on line 2 that is not an issue, then one issue per line. Empty cells are missing
values; a salience of 0 where the position is empty means "no position", not "indifferent".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wirewatch.forecast.errors import DataError
from wirewatch.forecast.problem import Problem

# Actor suffixes in column order: p<suffix> is a position, s<suffix> a salience.
ACTORS = (
    "com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el", "hu",
    "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es", "se", "uk",
)  # fmt: skip

INSTITUTIONS = ("com", "ep")


@dataclass(frozen=True)
class DeuIssue:
    """One controversial issue of one proposal, with the actors that took a position on it."""

    dossier: str  # prnr: issues of one proposal stay together in cross-validation
    issue: str  # isnr
    procedure: str  # COD or CNS
    voting: str  # QMV or Unan (as given)
    actors: tuple[str, ...]
    position: np.ndarray
    salience: np.ndarray  # 0-1
    status_quo: float | None
    outcome: float | None

    def problem(self, capability: dict[str, float]) -> Problem:
        """The issue as a model input, with each actor's capability looked up by suffix."""
        weights = np.array([capability[a] for a in self.actors], dtype=float)
        return Problem(self.actors, self.position, self.salience, weights, self.status_quo)


def _number(raw: str, where: str, column: str) -> float | None:
    raw = raw.strip()
    if raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        raise DataError(f"column {column}: {raw!r} is not a number", where=where) from None


def read_deu(path: Path | str) -> list[DeuIssue]:
    """All issues in the file (including those without an outcome), in file order."""
    path = Path(path)
    if not path.exists():
        raise DataError("no such file", where=str(path))
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quotechar='"'))
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(f"cannot read: {error}", where=str(path)) from None
    if len(rows) < 3:
        raise DataError("expected a header, a weights line and issues", where=str(path))
    header = rows[0]
    needed = ["prnr", "isnr", "proc", "counvte", "rp", "out"]
    needed += [f"p{a}" for a in ACTORS] + [f"s{a}" for a in ACTORS]
    missing = [name for name in needed if name not in header]
    if missing:
        raise DataError(f"missing columns: {', '.join(missing)}", where=str(path))
    col = {name: header.index(name) for name in header}
    issues = []
    for line_no, row in enumerate(rows[2:], start=3):  # line 2 holds weights, not an issue
        if not any(cell.strip() for cell in row):
            continue
        where = f"{path.name}:{line_no}"
        if len(row) != len(header):
            raise DataError(f"{len(row)} fields, expected {len(header)}", where=where)
        actors, positions, saliences = [], [], []
        for a in ACTORS:
            x = _number(row[col[f"p{a}"]], where, f"p{a}")
            if x is None:
                continue
            s = _number(row[col[f"s{a}"]], where, f"s{a}")
            actors.append(a)
            positions.append(x)
            saliences.append((s or 0.0) / 100.0)
        issues.append(
            DeuIssue(
                dossier=row[col["prnr"]],
                issue=row[col["isnr"]],
                procedure=row[col["proc"]],
                voting=row[col["counvte"]],
                actors=tuple(actors),
                position=np.array(positions, dtype=float),
                salience=np.array(saliences, dtype=float),
                status_quo=_number(row[col["rp"]], where, "rp"),
                outcome=_number(row[col["out"]], where, "out"),
            )
        )
    return issues
