"""The learned actor finder: an actor for the candidates the rules leave without one (off by
default)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from conftest import DATA, GUARDIAN, ROOT
from conftest import coded_events as code
from wirewatch.events.learned import DEFAULT_MODEL
from wirewatch.events.learned_coder import ACTOR_MIN, LearnedCoder
from wirewatch.schema import Document

PLV = DATA / "events" / "plv_train.jsonl"

# Written for this test (not in the training set): a nominal trigger whose actor hangs from a
# "from" phrase, which no rule path reads as the actor.
FROM_TEHRAN = Document(
    id="actor-1",
    text="These accusations from Tehran are the latest in a series of claims from Iran.",
    date="2024-01-01",
)


def test_off_by_default():
    # Judged on news, its added records were right less often than the rest (RESULTS.md, P545).
    assert ACTOR_MIN is None
    assert LearnedCoder().actor_finder is None
    assert code(FROM_TEHRAN, "learned") == []
    assert code(FROM_TEHRAN, "rules") == []


def test_the_finder_names_the_actor_the_rules_miss():
    (event,) = code(FROM_TEHRAN, "learned", actor_min=0.5)
    assert event.trigger.text == "accusations"
    assert event.event == "ACCUSE"
    assert [a.text for a in event.actor] == ["Tehran"]


def test_no_actor_when_the_finder_is_unsure():
    assert code(FROM_TEHRAN, "learned", actor_min=0.99) == []


@pytest.mark.skipif(not PLV.exists(), reason="needs ../shared/data/events/plv_train.jsonl")
def test_more_plv_actors_are_found(tmp_path):
    """The finder never saw PLV: on its first 300 sentences it finds gold actors the rules
    do not, and more pairs get their type."""
    from wirewatch.eval.events import predict_pipeline, read_gold, score

    rows = PLV.read_text(encoding="utf-8").splitlines()[:300]
    path = tmp_path / "plv_slice.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    documents, pairs = read_gold(path)
    off = score(pairs, predict_pipeline(documents, pairs, "learned", None, {}))
    on = score(pairs, predict_pipeline(documents, pairs, "learned", None, {"actor_min": 0.5}))
    assert on.actor_match > off.actor_match
    assert on.accuracy > off.accuracy


@pytest.mark.skipif(not GUARDIAN.exists(), reason="needs ../shared/data/corpora (judged news)")
def test_the_training_script_rebuilds_the_shipped_weights(tmp_path):
    import subprocess
    import sys

    subprocess.run(
        [
            sys.executable,
            str(ROOT / "training" / "train_actor_finder.py"),
            "--out",
            str(tmp_path),
            "--judged",
            str(ROOT / "benchmarks" / "data" / "guardian_judged"),
        ],
        check=True,
        capture_output=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    with (
        np.load(tmp_path / "actors.npz") as rebuilt,
        np.load(DEFAULT_MODEL / "actors.npz") as shipped,
    ):
        assert rebuilt["names"].tolist() == shipped["names"].tolist()
        assert np.allclose(rebuilt["weights"], shipped["weights"], atol=1e-4)


def test_a_model_folder_without_the_finder_is_a_clear_error(tmp_path):
    from wirewatch.errors import ConfigError

    for file in DEFAULT_MODEL.iterdir():
        if file.name != "actors.npz":
            (tmp_path / file.name).symlink_to(file)
    assert LearnedCoder(model_dir=tmp_path).actor_finder is None  # off: not needed
    with pytest.raises(ConfigError, match="actors.npz"):
        LearnedCoder(model_dir=tmp_path, actor_min=0.5)


def test_a_second_annotation_agrees_with_the_first_on_most_candidates():
    # 150 of the 600 annotated news candidates answered again, blind, by another annotator: the
    # labels the finder and the pair scorer were measured against are mostly reproducible
    # (RESULTS.md, P548), so their low precision there is theirs, not the labels'.
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "training" / "news_actor_items.py"),
            "agree",
            str(ROOT / "training" / "news_actors_second.jsonl"),
        ],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert "150 candidates: the same answer 132 (0.88)" in done.stdout
    assert "mention (68), the second names the same 55" in done.stdout


def test_clause_shapes_the_news_check_counts_by():
    """``benchmarks/actor_finder_shapes.py`` (P556) sorts candidates by their clause: a noun, a
    passive verb, a verb with its own subject, or an active verb without one."""
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "training")]
    from train_actor_finder import candidates_with_mentions

    from actor_finder_shapes import shape
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline

    document = Document(
        id="shapes-1",
        text="Russia condemned the attack. Syria said the convoy was attacked near Aleppo. "
        "The rebels agreed to attack the town.",
        date="2024-01-01",
    )
    found = {
        c.trigger.text + "/" + c.sentence.text[:6]: shape(c)
        for _, c, _ in candidates_with_mentions([document], Pipeline(Settings(coder="rules")))
    }
    assert found["condemned/Russia"] == "verb with a subject"
    assert found["attack/Russia"] == "noun"
    assert found["attacked/Syria "] == "passive verb"
    assert found["attack/The re"] == "active verb, no subject (xcomp)"
