"""Forecast models on hand-computable scenarios, the scenario validator, the DEU III backtest and
the forecast CLI commands."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import yaml
from typer.testing import CliRunner

from conftest import DATA, ROOT, needs_shared
from wirewatch.cli import app
from wirewatch.forecast.backtest import backtest_file, run_backtest
from wirewatch.forecast.challenge import ChallengeModel
from wirewatch.forecast.deu import read_deu
from wirewatch.forecast.errors import ScenarioError
from wirewatch.forecast.exchange import ExchangeModel
from wirewatch.forecast.fitted import SnappedMean
from wirewatch.forecast.problem import Problem
from wirewatch.forecast.scenario import load_scenario
from wirewatch.forecast.static import NashBargaining, WeightedMean, WeightedMedian
from wirewatch.forecast.weights import council_votes, equal_capability

DEU = DATA / "forecast" / "deu3.csv"
GENEVA = ROOT / "examples" / "scenarios" / "geneva_ii.yaml"


def problem(positions, saliences, capabilities, status_quo=None, names=None) -> Problem:
    names = names or tuple("ABCDEFGH"[: len(positions)])
    return Problem(
        tuple(names),
        np.array(positions, dtype=float),
        np.array(saliences, dtype=float),
        np.array(capabilities, dtype=float),
        status_quo,
    )


# Static models ------------------------------------------------------------------------------


def test_weighted_mean_weights_capability_times_salience():
    # weights 1*1 and 1*3: the outcome sits three quarters of the way to the stronger actor
    assert WeightedMean().predict(problem([0, 100], [1, 1], [1, 3])) == pytest.approx(75)
    # salience counts as much as capability: 0.5*2 = 1 against 1*1
    assert WeightedMean().predict(problem([0, 100], [0.5, 1], [2, 1])) == pytest.approx(50)


def test_weighted_median_is_the_position_holding_half_the_weight():
    assert WeightedMedian().predict(problem([0, 40, 100], [1, 1, 1], [1, 1, 3])) == 100
    assert WeightedMedian().predict(problem([0, 40, 100], [1, 1, 1], [2, 1, 2])) == 40
    # an exact split between two positions: every point between them ties, take the midpoint
    assert WeightedMedian().predict(problem([0, 100], [1, 1], [1, 1])) == 50


def test_nash_bargaining_with_status_quo_disagreement():
    # q = 0, actors at 20 and 60, equal weights: maximise y(40 - y) * y(120 - y) on (0, 40),
    # whose first-order condition is y^2 - 120y + 2400 = 0, so y = 60 - sqrt(1200).
    nash = NashBargaining().predict(problem([20, 60], [1, 1], [1, 1], status_quo=0))
    assert nash == pytest.approx(60 - math.sqrt(1200), abs=1e-6)
    # actors on both sides of the status quo: no deal beats it for both, so it stands
    assert NashBargaining().predict(problem([30, 70], [1, 1], [1, 1], status_quo=50)) == 50
    # no status quo, no disagreement point: no prediction
    assert NashBargaining().predict(problem([30, 70], [1, 1], [1, 1])) is None


# Exchange model -----------------------------------------------------------------------------


def test_exchange_trades_each_actor_its_priority_issue():
    # A cares about issue 1 (0.8 vs 0.2), B about issue 2; they disagree on both. Compromise
    # outcomes are 20 and 80; trading support, each wins the issue it cares about.
    first = problem([0, 100], [0.8, 0.2], [1, 1])
    second = problem([0, 100], [0.2, 0.8], [1, 1])
    assert WeightedMean().predict(first) == pytest.approx(20)
    model = ExchangeModel()
    assert model.predict_many([first, second]) == pytest.approx([0, 100])
    _, trades = model.trade([first, second])
    assert len(trades) == 1
    trade = trades[0]
    assert {trade.first, trade.second} == {"A", "B"}
    # the first actor gains on the issue it cares most about (A: issue 0, B: issue 1)
    assert (trade.first, trade.issue_a, trade.issue_b) in {("A", 0, 1), ("B", 1, 0)}
    # equal gains: outcome shift 20 times (0.8*0.8 - 0.2*0.2) / (0.2 + 0.8)
    assert trade.gain == pytest.approx(12)


def test_exchange_without_different_priorities_is_the_compromise():
    first = problem([0, 100], [0.5, 0.5], [1, 1])
    second = problem([0, 100], [0.5, 0.5], [1, 1])
    assert ExchangeModel().predict_many([first, second]) == pytest.approx([50, 50])
    assert ExchangeModel().predict(problem([0, 100], [1, 1], [1, 3])) == pytest.approx(75)


# Challenge model ----------------------------------------------------------------------------


def test_challenge_evenly_matched_rivals_stay_put():
    # Two equal actors at opposite ends: each wins a fight with probability 1/2, so success
    # (U_s = 2) and failure (U_f = -2) cancel and nobody gains from challenging.
    run = ChallengeModel().run(problem([0, 100], [1, 1], [1, 1]))
    assert run.rounds[0].moves == []
    assert len(run.rounds) == 1
    assert run.outcome == 50


def test_challenge_isolated_actor_compromises():
    # A and B at 0 (weight 1 each), C at 100 with salience 0.5. P(A beats C) = 200/250 = 0.8.
    # With r = 1 the danger sums are -1.2 (A, B) and 3.2 (C), so r_C = 0.5 and r_A = r_B = 2.
    # C, with r = 0.5, sees A's utility of challenging it as 1.6 - U_sq = 2 sqrt2 - 0.4 and its
    # own of challenging A as -1.2 - U_sq = 2 sqrt2 - 3.2, where U_sq = 2 - 2 sqrt2: a compromise,
    # moving the share (3.2 - 2 sqrt2) / (2 sqrt2 - 0.4) of the way to A.
    run = ChallengeModel(rounds=1).run(problem([0, 0, 100], [1, 1, 0.5], [1, 1, 1]))
    (move,) = run.rounds[0].moves
    share = (3.2 - 2 * math.sqrt(2)) / (2 * math.sqrt(2) - 0.4)
    assert (move.actor, move.toward, move.kind) == ("C", "A", "compromise")
    assert move.before == 100
    assert move.after == pytest.approx(100 * (1 - share))
    assert run.rounds[0].risk["C"] == pytest.approx(0.5)
    assert run.rounds[0].risk["A"] == pytest.approx(2.0)
    # A and B challenge C; C challenges nobody
    assert {(c.challenger, c.target) for c in run.rounds[0].challenges} == {("A", "C"), ("B", "C")}
    assert run.outcome == 0


# Snapped mean -------------------------------------------------------------------------------


def test_snapped_mean_snaps_only_within_tau_and_fits_tau_on_outcomes():
    p = problem([0, 100], [1, 1], [1, 3])  # mean 75, nearest tabled position 100
    assert SnappedMean(tau=20).predict(p) == pytest.approx(75)
    assert SnappedMean(tau=30).predict(p) == 100
    # outcomes at the tabled position favour a tau above 25; outcomes at the mean, tau below
    assert SnappedMean().fit([p, p], [100, 100]).tau > 25
    assert SnappedMean().fit([p, p], [75, 75]).tau <= 25


def test_pulled_mean_moves_toward_the_tabled_position_by_closeness():
    p = problem([0, 100], [1, 1], [1, 3])  # mean 75, nearest tabled position 100, distance 25
    assert SnappedMean(tau=50, kernel="soft").predict(p) == pytest.approx(87.5)  # half way
    assert SnappedMean(tau=20, kernel="soft").predict(p) == pytest.approx(75)  # too far
    assert SnappedMean(tau=0, kernel="soft").predict(p) == pytest.approx(75)
    # outcomes at 87.5 are best fitted by tau = 50
    assert SnappedMean(kernel="soft").fit([p], [87.5]).tau == 50
    with pytest.raises(ValueError, match="kernel"):
        SnappedMean(kernel="round")


# Scenarios ----------------------------------------------------------------------------------


def write(tmp_path: Path, data: object, name: str = "scenario.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


def good() -> dict:
    return {
        "title": "test",
        "issue": {"name": "x", "scale": {"anchors": {0: "none", 100: "all"}}},
        "status_quo": 0,
        "actors": [
            {"name": "A", "position": 0, "salience": 100, "capability": 1},
            {"name": "B", "position": 100, "salience": 100, "capability": 3},
        ],
    }


def test_scenario_loads_and_converts_salience_to_a_share(tmp_path):
    scenario = load_scenario(write(tmp_path, good()))
    p = scenario.problem()
    assert p.names == ("A", "B")
    assert list(p.salience) == [1.0, 1.0]
    assert WeightedMean().predict(p) == pytest.approx(75)
    assert scenario.issue.scale.nearest_anchor(75) == "all"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["actors"][1].update(salience=120), "actors[1].salience: Input should be less"),
        (lambda d: d["actors"][0].update(capability=-1), "actors[0].capability"),
        (lambda d: d["actors"][0].pop("position"), "actors[0].position: Field required"),
        (lambda d: d["actors"][0].update(salince=3), "actors[0].salince: Extra inputs"),
        (lambda d: d["actors"][1].update(name="A"), "actors[1].name: 'A' appears twice"),
        (lambda d: d["actors"][1].update(position=150), "actors[1].position: 150.0 lies outside"),
        (lambda d: d.update(actors=d["actors"][:1]), "actors: List should have at least 2"),
        (lambda d: d.update(status_quo=-5), "status_quo: -5.0 lies outside"),
        (lambda d: d["issue"]["scale"].update(low=100, high=0), "must be above low"),
    ],
)
def test_scenario_validator_names_file_and_field(tmp_path, change, expected):
    data = good()
    change(data)
    path = write(tmp_path, data, "bad.yaml")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert expected in message
    assert message.endswith("[W801]")
    assert "\n" not in message


def test_scenario_validator_rejects_broken_yaml_and_missing_files(tmp_path):
    with pytest.raises(ScenarioError, match=r"bad\.yaml: not valid YAML at line 3"):
        load_scenario(write(tmp_path, "title: x\nactors: [\n  - : :\n", "bad.yaml"))
    with pytest.raises(ScenarioError, match="a mapping"):
        load_scenario(write(tmp_path, "- just\n- a list\n", "list.yaml"))
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "absent.yaml")


def test_geneva_example_is_valid_and_marked_illustrative():
    scenario = load_scenario(GENEVA)
    assert scenario.illustrative
    names = {a.name for a in scenario.actors}
    assert names == {
        "Assad government",
        "Russia",
        "Iran",
        "Syrian Coalition",
        "United States",
        "Saudi Arabia",
        "Turkey",
        "Islamic Front",
    }
    assert all(a.notes for a in scenario.actors)


# DEU III ------------------------------------------------------------------------------------


@needs_shared
def test_deu_reader_skips_the_weights_line_and_keeps_missing_as_missing():
    issues = read_deu(DEU)
    assert len(issues) == 364
    assert sum(i.outcome is not None for i in issues) == 353
    assert sum(i.status_quo is not None for i in issues) == 261
    assert len({i.dossier for i in issues}) == 141
    first = issues[0]
    assert first.issue == "d00032i1"
    # Bulgaria has salience 0 and no position on the first issue: it is absent, not at 0
    assert "bu" not in first.actors and "com" in first.actors
    assert first.position[first.actors.index("com")] == 100
    assert first.outcome == 100 and first.status_quo == 0


@needs_shared
def test_backtest_reproduces_the_published_compromise_benchmarks():
    issues = read_deu(DEU)
    council = run_backtest(issues, council_votes(), models=[WeightedMean(), WeightedMedian()])
    assert council.scores["weighted_mean"].n == 353
    # published: 22.99 with Council votes, 23.6 with salience alone, the median about 28
    assert council.scores["weighted_mean"].mae == pytest.approx(23.10, abs=0.01)
    assert council.scores["weighted_median"].mae == pytest.approx(28.85, abs=0.01)
    salience = run_backtest(issues, equal_capability(), models=[WeightedMean()])
    assert salience.scores["weighted_mean"].mae == pytest.approx(23.68, abs=0.01)


@needs_shared
def test_backtest_on_a_slice_fits_only_on_other_dossiers():
    report = backtest_file(str(DEU), dossiers=12)
    kept = list(dict.fromkeys(i.dossier for i in read_deu(DEU)))[:12]
    scored = [i for i in read_deu(DEU) if i.dossier in kept and i.outcome is not None]
    assert report.dossiers == 12
    assert report.scores["weighted_mean"].n == len(scored)
    assert report.scores["snapped_mean"].n == len(scored)
    assert report.scores["nash_bargaining"].n == sum(i.status_quo is not None for i in scored)
    assert set(report.as_dict()["models"]) == {
        "weighted_mean",
        "weighted_median",
        "nash_bargaining",
        "exchange",
        "challenge",
        "challenge_mean",
        "snapped_mean",
        "pulled_mean",
    }
    # each held-out dossier's prediction equals the model fitted on the other 11 dossiers
    held = kept[0]
    train = [i for i in scored if i.dossier != held]
    fitted = SnappedMean().fit(
        [i.problem(council_votes()) for i in train], [i.outcome for i in train]
    )
    for issue in scored:
        if issue.dossier == held:
            expected = fitted.predict(issue.problem(council_votes()))
            assert report.predictions["snapped_mean"][issue.issue] == pytest.approx(expected)


# CLI ----------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_forecast_run_json_matches_the_library():
    result = runner.invoke(app, ["forecast", "run", str(GENEVA), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    raw = yaml.safe_load(GENEVA.read_text())["actors"]
    w = np.array([a["capability"] * a["salience"] for a in raw], dtype=float)
    x = np.array([a["position"] for a in raw], dtype=float)
    expected = (w * x).sum() / w.sum()
    assert data["models"]["weighted_mean"]["outcome"] == pytest.approx(expected, abs=0.01)
    assert data["illustrative"] is True
    rounds = data["challenge"]["rounds"]
    assert rounds and all({"number", "challenges", "moves", "forecast"} <= set(r) for r in rounds)
    kinds = {m["kind"] for r in rounds for m in r["moves"]}
    assert kinds <= {"conflict", "compromise", "capitulation"}


def test_cli_forecast_run_table_lists_models_and_moves():
    result = runner.invoke(app, ["forecast", "run", str(GENEVA), "--rounds", "2"])
    assert result.exit_code == 0, result.output
    for text in ("weighted_median", "nash_bargaining", "gives way to", "round 1 challenges"):
        assert text in result.stdout


def test_cli_forecast_run_bad_scenario_is_one_clear_line(tmp_path):
    data = good()
    data["actors"][0]["salience"] = "high"
    path = write(tmp_path, data, "bad.yaml")
    result = runner.invoke(app, ["forecast", "run", str(path)])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())  # the console wraps long lines to its width
    assert "bad.yaml: actors[0].salience: Input should be a valid number" in message


@needs_shared
def test_cli_forecast_backtest_json_on_a_slice():
    result = runner.invoke(
        app, ["forecast", "backtest", str(DEU), "--format", "json", "--dossiers", "5"]
    )
    assert result.exit_code == 0, result.output
    models = json.loads(result.stdout)["models"]
    assert set(models["weighted_mean"]) == {"mae", "median_error", "n"}
    assert models["weighted_mean"]["n"] == models["challenge"]["n"] > 0


# Salience suggested from the store ----------------------------------------------------------


def _paragraph(text: str, phrase: str):
    from wirewatch.schema import Range

    at = text.index(phrase)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return Range(start=start, end=end if end != -1 else len(text))


def _ref(text: str, phrase: str, **fields):
    from wirewatch.schema import ActorRef

    at = text.index(phrase)
    return ActorRef(text=phrase, start=at, end=at + len(phrase), **fields)


def _span(text: str, phrase: str):
    from wirewatch.schema import Span

    at = text.index(phrase)
    return Span(text=phrase, start=at, end=at + len(phrase))


@pytest.fixture
def attention_store(store, seed_document):
    """The seed article stored with four records whose spans point into its real text."""
    from wirewatch.pipeline import Coded
    from wirewatch.schema import Event, Statement

    text, doc = seed_document.text, seed_document.id
    bogdanov = "The Russian Foreign Ministry briefly noted"
    call = "reported a telephone conversation between Lavrov"
    quiet = "put out a quiet statement"
    coalition = "waiting for the Syrian Coalition to announce"
    records = Coded(
        document=seed_document,
        statements=[
            Statement(  # on the issue: the paragraph names Geneva II
                id=f"{doc}:s1",
                doc_id=doc,
                speaker=[_ref(text, "Russian Foreign Ministry", code="RUS", sector="GOV")],
                verb=_span(text, "noted"),
                sentence=_paragraph(text, bogdanov),
            ),
            Statement(  # Lavrov speaks, but not about Geneva: not counted
                id=f"{doc}:s2",
                doc_id=doc,
                speaker=[_ref(text, "Sergei Lavrov", code="RUS", sector="GOV")],
                verb=_span(text, quiet),
                sentence=_paragraph(text, quiet),
            ),
            Statement(  # the Coalition's decision on attending Geneva II
                id=f"{doc}:s3",
                doc_id=doc,
                speaker=[_ref(text, "Syrian Coalition", name="Syrian National Coalition")],
                verb=_span(text, "announce"),
                sentence=_paragraph(text, coalition),
            ),
        ],
        events=[
            Event(  # Lavrov and Kerry discuss Geneva II
                id=f"{doc}:e1",
                doc_id=doc,
                event="CONSULT",
                actor=[_ref(text, "Lavrov", name="Sergei Lavrov", code="RUS", sector="GOV")],
                trigger=_span(text, "telephone conversation"),
                sentence=_paragraph(text, call),
            )
        ],
    )
    store.save(records)
    return store


@needs_shared
def test_salience_suggested_from_the_store_counts_records_on_the_issue(attention_store, tmp_path):
    from wirewatch.forecast.attention import suggest_from_store

    data = {
        "title": "t",
        "issue": {"name": "Geneva II", "keywords": ["Geneva"]},
        "actors": [
            {"name": "Russia", "codes": ["RUS/GOV"], "position": 80, "salience": 30,
             "capability": 1},
            {"name": "Syrian Coalition", "names": ["Syrian National Coalition"], "position": 0,
             "salience": 90, "capability": 1},
            {"name": "Islamic Front", "position": 0, "salience": 90, "capability": 1},
        ],
    }  # fmt: skip
    scenario = load_scenario(write(tmp_path, data))
    found = {a.actor: a for a in suggest_from_store(scenario, attention_store)}
    # Russia: the ministry's note and the Lavrov-Kerry call mention Geneva; the quiet statement
    # does not. The Coalition: one statement. The Islamic Front: none.
    assert found["Russia"].records == 2 and found["Russia"].suggested == 100
    assert found["Syrian Coalition"].records == 1 and found["Syrian Coalition"].suggested == 50
    assert found["Islamic Front"].records == 0 and found["Islamic Front"].suggested == 0
    # shown beside the analyst's value, which stays as given
    assert found["Russia"].given == 30
    assert scenario.actors[0].salience == 30


@needs_shared
def test_cli_forecast_run_shows_suggested_salience_beside_the_scenario(attention_store):
    db = str(attention_store.url).removeprefix("sqlite:///")
    plain = runner.invoke(app, ["forecast", "run", str(GENEVA), "--format", "json"])
    result = runner.invoke(
        app, ["forecast", "run", str(GENEVA), "--format", "json", "--salience-from", db]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    suggested = data["suggested_salience"]
    assert suggested["Russia"]["records"] == 2
    assert suggested["Russia"]["given"] == 70
    # the models never use the suggestion
    assert data["models"] == json.loads(plain.stdout)["models"]


def test_cli_forecast_backtest_bad_data_is_one_clear_line(tmp_path):
    missing = runner.invoke(app, ["forecast", "backtest", str(tmp_path / "none.csv")])
    assert missing.exit_code == 2
    assert "none.csv: no such file [W802]" in " ".join(missing.stderr.split())
    broken = tmp_path / "broken.csv"
    broken.write_text('"prnr"\t"isnr"\n\n"d1"\t"d1i1"\n')
    result = runner.invoke(app, ["forecast", "backtest", str(broken), "--format", "json"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "broken.csv: missing columns: proc, counvte, rp, out, pcom" in message
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    result = runner.invoke(app, ["forecast", "backtest", str(binary)])
    assert result.exit_code == 2
    assert "binary.csv: cannot read: 'utf-8' codec" in " ".join(result.stderr.split())


@needs_shared
def test_cli_forecast_backtest_rejects_unknown_weights():
    result = runner.invoke(app, ["forecast", "backtest", str(DEU), "--weights", "gdp"])
    assert result.exit_code == 2
    assert "weights must be one of council, salience" in result.stderr
