"""Scenario files: one issue on a 0-100 scale, its status quo, and the actors with their values.

A scenario is YAML (see ``examples/scenarios/geneva_ii.yaml``)::

    title: ...
    issue:
      name: ...
      scale: {low: 0, high: 100, anchors: {0: "...", 100: "..."}}
      keywords: [...]       # optional: marks stored sentences on the issue (suggested salience)
    status_quo: 80          # optional: the outcome if nothing is agreed
    illustrative: true      # values are judgments, not measurements
    actors:
      - {name: ..., position: 0-100, salience: 0-100, capability: >= 0, notes: ..., sources: [...],
         codes: ["RUS", "SYR/GOV"], names: [...]}   # optional: how the actor appears in a store

Positions and the status quo lie on the issue's scale; salience is 0-100 (how much the issue
matters to the actor); capability is any non-negative number (only ratios between actors count).

Validation errors name the file and the field (``actors[2].salience``) and say what is wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from wirewatch.forecast.errors import ScenarioError
from wirewatch.forecast.problem import Problem


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not a silent default


class Scale(Strict):
    low: float = 0.0
    high: float = 100.0
    anchors: dict[float, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.high <= self.low:
            raise ValueError(f"high ({self.high}) must be above low ({self.low})")
        for value in self.anchors:
            if not self.low <= value <= self.high:
                raise ValueError(f"anchor {value} lies outside {self.low}-{self.high}")
        return self

    def nearest_anchor(self, value: float) -> str | None:
        if not self.anchors:
            return None
        return self.anchors[min(self.anchors, key=lambda a: abs(a - value))]


class Issue(Strict):
    name: str = Field(min_length=1)
    description: str | None = None
    scale: Scale = Field(default_factory=Scale)
    # Words that mark a stored sentence as being about this issue (for suggested salience).
    keywords: list[str] = Field(default_factory=list)


class Actor(Strict):
    name: str = Field(min_length=1)
    position: float
    salience: float = Field(ge=0, le=100, description="How much the issue matters, 0-100.")
    capability: float = Field(ge=0, description="Power to get its way; only ratios matter.")
    notes: str | None = None
    sources: list[str] = Field(default_factory=list)
    # How the actor appears in the store (for suggested salience): actor codes, optionally with
    # a PLOVER sector ("RUS", "SYR/GOV"), and names; without either, its own name is used.
    codes: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)


class Scenario(Strict):
    title: str = Field(min_length=1)
    date: str | None = None
    issue: Issue
    status_quo: float | None = None
    illustrative: bool = False
    notes: str | None = None
    actors: list[Actor] = Field(min_length=2)

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        scale = self.issue.scale
        seen: set[str] = set()
        for k, actor in enumerate(self.actors):
            if actor.name in seen:
                raise ValueError(f"actors[{k}].name: {actor.name!r} appears twice")
            seen.add(actor.name)
            if not scale.low <= actor.position <= scale.high:
                raise ValueError(
                    f"actors[{k}].position: {actor.position} lies outside the scale "
                    f"{scale.low}-{scale.high}"
                )
        if self.status_quo is not None and not scale.low <= self.status_quo <= scale.high:
            raise ValueError(f"status_quo: {self.status_quo} lies outside the scale")
        if sum(a.salience * a.capability for a in self.actors) <= 0:
            raise ValueError("actors: every actor has salience or capability 0")
        return self

    def problem(self) -> Problem:
        return Problem(
            names=tuple(a.name for a in self.actors),
            position=np.array([a.position for a in self.actors], dtype=float),
            salience=np.array([a.salience / 100.0 for a in self.actors], dtype=float),
            capability=np.array([a.capability for a in self.actors], dtype=float),
            status_quo=self.status_quo,
            low=self.issue.scale.low,
            high=self.issue.scale.high,
        )


def _field(loc: tuple) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
        else:
            parts.append(str(item))
    return ".".join(parts)


def parse_scenario(data: object, where: str) -> Scenario:
    if not isinstance(data, dict):
        raise ScenarioError("expected a mapping with title, issue and actors", where=where)
    try:
        return Scenario.model_validate(data)
    except ValidationError as error:
        problems = []
        for e in error.errors():
            name = _field(tuple(e["loc"]))
            message = e["msg"].removeprefix("Value error, ")
            problems.append(f"{name}: {message}" if name else message)
        raise ScenarioError("; ".join(problems), where=where) from None


def load_scenario(path: Path | str) -> Scenario:
    """Read and validate a scenario file; errors name the file and the field."""
    path = Path(path)
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError("no such file", where=where) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioError(f"cannot read: {error}", where=where) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise ScenarioError(f"not valid YAML{at}", where=where) from None
    return parse_scenario(data, where)
