"""Forecast one scenario with every model: the data behind ``wirewatch forecast run``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from wirewatch.forecast.attention import Attention
from wirewatch.forecast.challenge import ChallengeModel, ChallengeRun
from wirewatch.forecast.models import default_models, describe
from wirewatch.forecast.scenario import Scenario


@dataclass(frozen=True)
class Prediction:
    model: str
    outcome: float | None  # None: the model cannot forecast this scenario
    anchor: str | None  # the scale's label nearest the outcome
    assumes: str  # the model's assumptions in one sentence
    note: str | None = None


@dataclass(frozen=True)
class ForecastReport:
    title: str
    issue: str
    status_quo: float | None
    illustrative: bool
    predictions: list[Prediction]
    dynamics: ChallengeRun
    attention: list[Attention] = field(default_factory=list)  # only when asked for

    def as_dict(self) -> dict:
        extra = {}
        if self.attention:
            extra["suggested_salience"] = {
                a.actor: {"given": a.given, "suggested": a.suggested, "records": a.records}
                for a in self.attention
            }
        return {
            "title": self.title,
            "issue": self.issue,
            "status_quo": self.status_quo,
            "illustrative": self.illustrative,
            "models": {
                p.model: {
                    "outcome": p.outcome,
                    "anchor": p.anchor,
                    "note": p.note,
                    "assumes": p.assumes,
                }
                for p in self.predictions
            },
            "challenge": {
                "start": self.dynamics.start,
                "outcome": self.dynamics.outcome,
                "rounds": [asdict(r) for r in self.dynamics.rounds],
            },
            **extra,
        }


def _note(name: str, scenario: Scenario) -> str | None:
    if name == "nash_bargaining" and scenario.status_quo is None:
        return "needs a status_quo"
    if name == "exchange":
        return "one issue: nothing to trade, equals the weighted mean"
    if name in ("snapped_mean", "pulled_mean"):
        return "tau fitted on DEU III (EU legislation)"
    return None


def forecast(
    scenario: Scenario, rounds: int | None = None, attention: list[Attention] | None = None
) -> ForecastReport:
    """Every model's predicted outcome, and the challenge model's rounds of moves.

    ``attention`` (from ``attention.suggest_from_store``) is carried along for display only: the
    models always use the scenario's own saliences.
    """
    problem = scenario.problem()
    scale = scenario.issue.scale
    predictions = []
    for model in default_models():
        value = model.predict(problem)
        predictions.append(
            Prediction(
                model=model.name,
                outcome=None if value is None else round(value, 2),
                anchor=None if value is None else scale.nearest_anchor(value),
                assumes=describe(model),
                note=_note(model.name, scenario),
            )
        )
    dynamic = ChallengeModel() if rounds is None else ChallengeModel(rounds=rounds)
    return ForecastReport(
        title=scenario.title,
        issue=scenario.issue.name,
        status_quo=scenario.status_quo,
        illustrative=scenario.illustrative,
        predictions=predictions,
        dynamics=dynamic.run(problem),
        attention=attention or [],
    )
