"""Backtest every model on real decisions: the DEU III issues with known outcomes.

Protocol: each model predicts each issue's outcome from the actors' initial positions, saliences
and capabilities; the score is the absolute error against the recorded outcome (0-100 scale).
Models with a fitted parameter are fitted leave-one-dossier-out: for each proposal, on all the
other proposals' issues, then used on the held-out proposal's issues, so no outcome ever helps
predict itself or an issue of the same proposal. Joint models see all issues of a proposal at
once (outcomes are not used). Issues a model cannot forecast (Nash needs a status quo) are left
out of that model's n.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from wirewatch.forecast.deu import DeuIssue
from wirewatch.forecast.models import FittedModel, JointModel, Model, default_models
from wirewatch.forecast.problem import Problem


@dataclass(frozen=True)
class ModelScore:
    name: str
    mae: float
    median_error: float
    n: int

    def as_dict(self) -> dict[str, float | int | None]:
        # no scored issue: null, not NaN (which is not JSON)
        def value(x: float) -> float | None:
            return None if self.n == 0 else round(x, 3)

        return {"mae": value(self.mae), "median_error": value(self.median_error), "n": self.n}


@dataclass
class Backtest:
    """Scores per model, and every prediction (issue id -> value) for later comparison."""

    issues: int
    dossiers: int
    weights: str
    scores: dict[str, ModelScore] = field(default_factory=dict)
    predictions: dict[str, dict[str, float]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "models": {name: score.as_dict() for name, score in self.scores.items()},
            "issues": self.issues,
            "dossiers": self.dossiers,
            "weights": self.weights,
            "protocol": "leave-one-dossier-out for fitted models",
        }


def _by_dossier(issues: Sequence[DeuIssue]) -> dict[str, list[DeuIssue]]:
    groups: dict[str, list[DeuIssue]] = defaultdict(list)
    for issue in issues:
        groups[issue.dossier].append(issue)
    return groups


def _predict(
    model: Model, groups: dict[str, list[DeuIssue]], problem: Callable[[DeuIssue], Problem]
) -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(model, FittedModel):
        scored = [i for group in groups.values() for i in group if i.outcome is not None]
        for dossier, group in groups.items():
            train = [i for i in scored if i.dossier != dossier]
            fitted = model.fit([problem(i) for i in train], [i.outcome for i in train])
            for issue in group:
                value = fitted.predict(problem(issue))
                if value is not None:
                    out[issue.issue] = value
        return out
    for group in groups.values():
        problems = [problem(i) for i in group]
        if isinstance(model, JointModel):
            values = model.predict_many(problems)
        else:
            values = [model.predict(p) for p in problems]
        for issue, value in zip(group, values, strict=True):
            if value is not None:
                out[issue.issue] = value
    return out


def run_backtest(
    issues: Sequence[DeuIssue],
    capability: dict[str, float],
    weights: str = "council",
    models: Sequence[Model] | None = None,
) -> Backtest:
    """Score ``models`` (default: all) on the issues that have an outcome."""
    groups = _by_dossier(issues)
    truth = {i.issue: i.outcome for i in issues if i.outcome is not None}
    report = Backtest(issues=len(truth), dossiers=len(groups), weights=weights)

    def problem(issue: DeuIssue) -> Problem:
        return issue.problem(capability)

    for model in models if models is not None else default_models():
        predicted = _predict(model, groups, problem)
        errors = np.array([abs(v - truth[k]) for k, v in predicted.items() if k in truth])
        report.predictions[model.name] = predicted
        report.scores[model.name] = ModelScore(
            model.name,
            float(errors.mean()) if len(errors) else float("nan"),
            float(np.median(errors)) if len(errors) else float("nan"),
            int(len(errors)),
        )
    return report


WEIGHT_SCHEMES = ("council", "salience")


def backtest_file(
    path: str,
    weights: str = "council",
    institutions: str = "largest",
    dossiers: int | None = None,
    models: Sequence[Model] | None = None,
) -> Backtest:
    """Read DEU III data and backtest on it: ``weights`` is ``council`` (Nice-treaty votes, the
    institutions weighted per ``institutions``) or ``salience`` (capabilities equal, salience
    alone); ``dossiers`` keeps only the first N proposals (a quick slice)."""
    from wirewatch.forecast.deu import read_deu
    from wirewatch.forecast.weights import council_votes, equal_capability

    if weights not in WEIGHT_SCHEMES:
        raise ValueError(f"weights must be one of {', '.join(WEIGHT_SCHEMES)}")
    issues = read_deu(path)
    if dossiers is not None:
        keep = list(dict.fromkeys(i.dossier for i in issues))[:dossiers]
        issues = [i for i in issues if i.dossier in set(keep)]
    capability = council_votes(institutions) if weights == "council" else equal_capability()
    label = f"council votes (institutions: {institutions})" if weights == "council" else "salience"
    return run_backtest(issues, capability, label, models)
