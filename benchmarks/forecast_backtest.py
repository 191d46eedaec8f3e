"""DEU III backtest of the forecast models: prints the tables recorded in RESULTS.md.

    PYTHONPATH=src python benchmarks/forecast_backtest.py [--data PATH] [--bootstrap N]

Table 1 reproduces the published compromise (weighted mean) and median benchmarks under each
capability scheme; table 2 scores every model (fitted ones leave-one-dossier-out) with the MAE
ratio to the weighted mean on the same issues; table 3 asks whether the fitted models' gains over
the weighted mean hold up, resampling whole dossiers, and table 3b whether they hold under every
capability scheme; table 4 shows the challenge model's
documented parameters (not tuned: each variant is scored once).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wirewatch.forecast.backtest import Backtest, run_backtest  # noqa: E402
from wirewatch.forecast.challenge import ChallengeModel  # noqa: E402
from wirewatch.forecast.deu import DeuIssue, read_deu  # noqa: E402
from wirewatch.forecast.fitted import SnappedMean, pulled_mean  # noqa: E402
from wirewatch.forecast.static import WeightedMean, WeightedMedian  # noqa: E402
from wirewatch.forecast.weights import council_votes, equal_capability  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "forecast" / "deu3.csv"


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[k])) for r in [header, *rows]) for k in range(len(header))]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |")


def errors(report: Backtest, name: str, truth: dict[str, float]) -> dict[str, float]:
    return {k: abs(v - truth[k]) for k, v in report.predictions[name].items() if k in truth}


def published(issues: list[DeuIssue]) -> None:
    schemes = [
        ("salience alone (capabilities equal)", equal_capability(), "23.6", ""),
        ("Council votes; Commission, EP = largest state", council_votes(), "22.99", "~28"),
        ("Council votes; Commission, EP = mean state", council_votes("mean"), "", ""),
        ("Council votes; Commission, EP = whole Council", council_votes("council"), "", ""),
        ("Council votes; states only", council_votes("zero"), "", ""),
    ]
    rows = []
    for label, capability, mean_pub, median_pub in schemes:
        r = run_backtest(issues, capability, models=[WeightedMean(), WeightedMedian()])
        m, d = r.scores["weighted_mean"], r.scores["weighted_median"]
        rows.append(
            [label, f"{m.mae:.2f}", mean_pub, f"{m.median_error:.2f}", f"{d.mae:.2f}", median_pub]
        )
    table(
        "Table 1. Weighted mean (compromise) and weighted median, by capability scheme "
        f"({rows and r.issues} issues with outcomes)",
        ["capabilities", "mean MAE", "published", "mean median err", "median MAE", "published"],
        rows,
    )


def all_models(issues: list[DeuIssue]) -> Backtest:
    report = run_backtest(issues, council_votes(), "council votes")
    truth = {i.issue: i.outcome for i in issues if i.outcome is not None}
    base = errors(report, "weighted_mean", truth)
    rows = []
    for name, score in report.scores.items():
        mine = errors(report, name, truth)
        shared = [k for k in mine if k in base]
        ratio = np.mean([mine[k] for k in shared]) / np.mean([base[k] for k in shared])
        rows.append(
            [
                name,
                f"{score.mae:.2f}",
                f"{score.median_error:.2f}",
                str(score.n),
                f"{ratio:.3f}",
            ]
        )
    table(
        "Table 2. Every model, Council-vote capabilities; snapped_mean and pulled_mean fitted "
        "leave-one-dossier-out",
        ["model", "MAE", "median error", "n", "MAE / weighted mean (same issues)"],
        rows,
    )
    return report


def bootstrap_against_mean(issues: list[DeuIssue], report: Backtest, resamples: int) -> None:
    truth = {i.issue: i.outcome for i in issues if i.outcome is not None}
    base = errors(report, "weighted_mean", truth)
    dossier_of = {i.issue: i.dossier for i in issues}
    dossiers = sorted({dossier_of[k] for k in truth})
    scored = [i for i in issues if i.outcome is not None]
    capability = council_votes()
    rows = []
    for model in (SnappedMean(), pulled_mean()):
        mine = errors(report, model.name, truth)
        by_dossier: dict[str, list[float]] = {d: [] for d in dossiers}
        for k in truth:
            by_dossier[dossier_of[k]].append(mine[k] - base[k])
        rng = np.random.default_rng(8)
        diffs = []
        for _ in range(resamples):
            pick = rng.choice(len(dossiers), size=len(dossiers), replace=True)
            diffs.append(np.mean([v for p in pick for v in by_dossier[dossiers[p]]]))
        lo, hi = np.percentile(diffs, [2.5, 97.5])
        point = np.mean([mine[k] - base[k] for k in truth])
        # tau chosen by each fold (refit here on the same folds as the backtest)
        taus: Counter[float] = Counter()
        for d in dossiers:
            train = [i for i in scored if i.dossier != d]
            problems = [i.problem(capability) for i in train]
            taus[model.fit(problems, [i.outcome for i in train]).tau] += 1
        rows.append(
            [
                model.name,
                f"{point:+.2f}",
                f"{lo:+.2f} to {hi:+.2f}",
                str(sum(mine[k] < base[k] for k in truth)),
                str(sum(mine[k] > base[k] for k in truth)),
                ", ".join(f"{t:g}: {n}" for t, n in sorted(taus.items())),
            ]
        )
    table(
        "Table 3. Fitted models minus weighted_mean (absolute error, points); 95% interval from "
        f"{resamples} bootstrap resamples of whole dossiers",
        [
            "model",
            "mean difference",
            "95% interval",
            "issues better",
            "issues worse",
            "tau by fold",
        ],
        rows,
    )


def robustness(issues: list[DeuIssue]) -> None:
    schemes = [
        ("Council votes; Commission, EP = largest state", council_votes()),
        ("Council votes; Commission, EP = mean state", council_votes("mean")),
        ("Council votes; states only", council_votes("zero")),
        ("salience alone (capabilities equal)", equal_capability()),
    ]
    rows = []
    for label, capability in schemes:
        r = run_backtest(issues, capability, models=[WeightedMean(), SnappedMean(), pulled_mean()])
        mae = {name: s.mae for name, s in r.scores.items()}
        med = {name: s.median_error for name, s in r.scores.items()}
        rows.append(
            [label]
            + [
                f"{mae[n]:.2f} ({med[n]:.2f})"
                for n in ("weighted_mean", "snapped_mean", "pulled_mean")
            ]
        )
    table(
        "Table 3b. Robustness: MAE (median error) under each capability scheme, fitted models "
        "leave-one-dossier-out",
        ["capabilities", "weighted_mean", "snapped_mean", "pulled_mean"],
        rows,
    )


def challenge_variants(issues: list[DeuIssue]) -> None:
    variants = [
        ("Q = 1, forecast = weighted median, up to 10 rounds (default)", ChallengeModel()),
        ("Q = 1, forecast = weighted mean", ChallengeModel(outcome="mean")),
        ("Q = 1, median, 1 round", ChallengeModel(rounds=1)),
        ("Q = 0.5, median", ChallengeModel(q=0.5)),
        ("Q = 0.5, mean", ChallengeModel(q=0.5, outcome="mean")),
    ]
    models = [ChallengeModel(name=label, q=m.q, rounds=m.rounds, outcome=m.outcome)
              for label, m in variants]  # fmt: skip
    report = run_backtest(issues, council_votes(), models=models)
    rows = [
        [s.name, f"{s.mae:.2f}", f"{s.median_error:.2f}", str(s.n)] for s in report.scores.values()
    ]
    table(
        "Table 4. Challenge model variants (published: about 27-28)",
        ["variant", "MAE", "median error", "n"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--bootstrap", type=int, default=2000)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no DEU III file at {args.data}; pass --data")
    issues = read_deu(args.data)
    published(issues)
    report = all_models(issues)
    bootstrap_against_mean(issues, report, args.bootstrap)
    robustness(issues)
    challenge_variants(issues)


if __name__ == "__main__":
    main()
