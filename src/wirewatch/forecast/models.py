"""The registry of forecast models, by name: what the backtest and ``forecast run`` iterate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from wirewatch.forecast.challenge import ChallengeModel
from wirewatch.forecast.exchange import ExchangeModel
from wirewatch.forecast.fitted import SnappedMean, pulled_mean
from wirewatch.forecast.problem import Problem
from wirewatch.forecast.static import NashBargaining, WeightedMean, WeightedMedian


@runtime_checkable
class Model(Protocol):
    name: str

    def predict(self, problem: Problem) -> float | None: ...


@runtime_checkable
class JointModel(Model, Protocol):
    """A model that forecasts the issues of one proposal together (it trades across them)."""

    def predict_many(self, problems: list[Problem]) -> list[float | None]: ...


@runtime_checkable
class FittedModel(Model, Protocol):
    """A model with a parameter learnt from outcomes; the backtest fits it per fold."""

    def fit(self, problems: Sequence[Problem], outcomes: Sequence[float]) -> FittedModel: ...


def default_models() -> list[Model]:
    """Every model with its documented default parameters, in reporting order."""
    return [
        WeightedMean(),
        WeightedMedian(),
        NashBargaining(),
        ExchangeModel(),
        ChallengeModel(),
        ChallengeModel(name="challenge_mean", outcome="mean"),
        SnappedMean(),
        pulled_mean(),
    ]


def describe(model: Model) -> str:
    """The first paragraph of the model's docstring (what it assumes), with its parameters."""
    doc = (type(model).__doc__ or "").strip()
    text = " ".join(doc.split("\n\n")[0].split())
    params = {k: v for k, v in vars(model).items() if k != "name"}
    if params:
        text += " Parameters: " + ", ".join(f"{k}={v}" for k, v in params.items()) + "."
    return text
