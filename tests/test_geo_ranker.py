"""The learned candidate ranker: its features, its trees, the shipped model and its training."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from conftest import DATA, ROOT, needs_shared
from wirewatch.errors import ConfigError
from wirewatch.geo.features import INDEX, NAMES
from wirewatch.geo.ranker import MODEL, Ranker, Trees

LGL_DEV = DATA / "geo" / "lgl_dev.jsonl"


def test_the_shipped_model_is_loaded_by_the_stage(geo_pipeline):
    stage = geo_pipeline.nlp.get_pipe("ww_places")
    assert isinstance(stage.ranker, Ranker)
    assert stage.ranker.trees is not None and len(stage.ranker.trees.leaf) > 0
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    assert raw["features"] == list(NAMES)
    assert set(raw["trained_on"]) == {"gwn_dev.jsonl", "trnews_dev.jsonl", "lgl_dev.jsonl"}


def test_a_model_fitted_on_other_features_is_refused(tmp_path):
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    raw["features"] = raw["features"][:-1]
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ConfigError, match="other features"):
        Ranker.load(path)


def test_trees_send_a_row_left_when_at_most_the_threshold():
    # One tree of depth 1 on feature 0 at 2.0, one of depth 1 on feature 1 at 0.5.
    trees = Trees(
        feature=np.array([[0], [1]]),
        threshold=np.array([[2.0], [0.5]]),
        leaf=np.array([[-1.0, 1.0], [10.0, 20.0]]),
        depth=1,
    )
    x = np.array([[2.0, 0.0], [3.0, 1.0], [1.0, 0.6]])
    assert trees.scores(x).tolist() == [9.0, 21.0, 19.0]


def test_the_mean_of_rankers_is_one_ranker_giving_their_mean_probabilities():
    rng = np.random.default_rng(7)
    width = len(NAMES)

    def member(seed: int) -> Ranker:
        r = np.random.default_rng(seed)
        trees = Trees(r.integers(0, width, (3, 3)), r.normal(size=(3, 3)), r.normal(size=(3, 4)), 2)
        return Ranker(r.normal(size=width), r.uniform(0.5, 2, width), r.normal(size=width), trees)

    members = [member(1), member(2), member(3)]
    bagged = Ranker.average(members)
    assert len(bagged.trees.leaf) == 9
    x = rng.normal(size=(5, width))  # one mention's five candidates
    mean_scores = np.mean([m.scores(x) for m in members], axis=0)
    # Equal up to one shift for every candidate of the mention: the same probabilities.
    shift = bagged.scores(x) - mean_scores
    assert np.allclose(shift, shift[0])
    e = np.exp(mean_scores - mean_scores.max())
    assert np.allclose(bagged.probabilities(x), e / e.sum())


def test_features_of_a_container_and_a_country(geo_pipeline, gazetteer):
    """ "Paris, Texas": the Texan Paris shares its container's country and division."""
    from wirewatch.geo.recognise import find_mentions
    from wirewatch.geo.resolve import ranked_rows
    from wirewatch.schema import Document

    (doc,) = list(
        geo_pipeline.annotate([Document(id="t", text="He grew up in Paris, Texas, near Dallas.")])
    )
    rows = {
        s.mention.text: (s, x)
        for s, _hand, x in ranked_rows(find_mentions(doc, gazetteer), gazetteer)
    }
    s, x = rows["Paris"]
    texan = [i for i, c in enumerate(s.candidates) if c.admin1_code == "US.TX"]
    french = [i for i, c in enumerate(s.candidates) if c.country_code == "FR"]
    assert texan and french
    assert x[texan[0], INDEX["container_admin1"]] == 1.0
    assert x[french[0], INDEX["container_mismatch"]] == 1.0
    # Dallas lies about 150 km from the Texan Paris, thousands from the French one.
    assert x[texan[0], INDEX["near_200"]] == 1.0
    assert x[french[0], INDEX["near_500"]] == 0.0


def test_the_shipped_ranker_reads_paris_texas_and_paris_france(geo_pipeline):
    from wirewatch.schema import Document

    docs = list(
        geo_pipeline.annotate(
            [
                Document(id="tx", text="The storm hit Paris, Texas, and moved on to Dallas."),
                Document(id="fr", text="Ministers met in Paris and then flew to Lyon and Berlin."),
            ]
        )
    )
    paris = {doc._.document.id: next(p for p in doc._.places if p.text == "Paris") for doc in docs}
    assert paris["tx"].country_code == "US" and paris["tx"].admin1 == "Texas"
    assert paris["fr"].country_code == "FR"
    assert 0.5 < paris["fr"].confidence <= 1.0


@needs_shared
def test_training_learns_to_rank_the_right_candidate_first(geo_pipeline, gazetteer, tmp_path):
    """Fitted on 40 LGL documents, the ranker puts a right candidate first for most of their
    mentions, and a saved model scores exactly as the fitted one."""
    sys.path.insert(0, str(ROOT / "training"))
    from train_geo_ranker import examples_for, fit

    from wirewatch.eval.geo import read_gold
    from wirewatch.geo.publisher import Publisher

    gold = list(read_gold(LGL_DEV, limit=40))
    docs = list(geo_pipeline.annotate([g.document for g in gold]))
    examples = [
        e
        for g, d in zip(gold, docs, strict=True)
        for e in examples_for(d, g.toponyms, gazetteer, Publisher.of(d._.document, gazetteer))
    ]
    assert len(examples) > 50
    ranker = fit(examples)
    first_right = [bool(e.right[int(np.argmax(ranker.scores(e.x)))]) for e in examples]
    by_population = [bool(e.right[int(np.argmax(e.x[:, INDEX["log_pop"]]))]) for e in examples]
    assert sum(first_right) / len(examples) >= 0.85
    assert sum(first_right) > sum(by_population)
    path = tmp_path / "ranker.json"
    ranker.save(path)
    again = Ranker.load(path)
    x = examples[0].x
    assert np.allclose(again.scores(x), ranker.scores(x), atol=1e-3)


def test_local_evidence_beats_a_world_city_and_its_absence_does_not(geo_pipeline):
    """A Paris beside a Texan county and town is the Texan one; a Geneva in an article about
    Syria that also names America is the Swiss one (the world-city guard)."""
    from wirewatch.schema import Document

    docs = list(
        geo_pipeline.annotate(
            [
                Document(
                    id="tx",
                    text="A tornado damaged homes in Paris and nearby Reno, in Lamar County, "
                    "on Tuesday, the sheriff said.",
                ),
                Document(
                    id="ch",
                    text="Syrian opposition leaders said in Damascus and Aleppo that they "
                    "would go to Geneva. American officials in Washington welcomed it.",
                ),
            ]
        )
    )
    by_id = {doc._.document.id: doc._.places for doc in docs}
    (paris,) = [p for p in by_id["tx"] if p.text == "Paris"]
    assert paris.country_code == "US" and paris.admin1 == "Texas"
    (geneva,) = [p for p in by_id["ch"] if p.text == "Geneva"]
    assert geneva.country_code == "CH"
