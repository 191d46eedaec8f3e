"""NGEC stories coded by the learned back-end, candidate by candidate (issue 6): the record that
judges the rules-fallback settings out of genre, and the one-instance-per-story training rows."""

from __future__ import annotations

import sys

import pytest

from conftest import DATA, ROOT, needs_shared
from wirewatch.events.labels import TYPES

sys.path.insert(0, str(ROOT / "training"))

NGEC = DATA / "events" / "ngec_synthetic.jsonl"


@pytest.fixture(scope="module")
def recorded():
    import ngec_instances

    stories = ngec_instances.read_stories(NGEC)[:12]
    return ngec_instances, stories, ngec_instances.record(stories)


@needs_shared
def test_every_candidate_is_recorded_with_the_models_answer_and_the_storys_type(recorded):
    module, stories, rows = recorded
    gold = {s["id"]: s["gold"][0]["event"] for s in stories}
    # Most stories have a candidate that could become an event (8 of these 12).
    assert len({r["doc_id"] for r in rows}) >= 6
    assert len({r["key"] for r in rows}) == len(rows)
    for row in rows:
        assert row["story_event"] == gold[row["doc_id"]]
        assert set(row["scores"]) == set(TYPES)
        assert sum(row["scores"].values()) == pytest.approx(1.0, abs=1e-3)
        start, end = row["trigger"]
        assert row["text"][start:end] == row["trigger_text"]
    # The Ghanaian teachers' strike: "2,000 school teachers are protesting ..., demanding ...".
    ghana = [r for r in rows if r["doc_id"] == "ngec-synth-10"]
    demanding = next(r for r in ghana if r["trigger_text"] == "demanding")
    assert max(demanding["scores"], key=demanding["scores"].get) == "PROTEST"


@needs_shared
def test_one_instance_per_story_the_likeliest_of_its_type(recorded):
    module, stories, rows = recorded
    chosen = module.instances(rows)
    assert len({r["doc_id"] for r in chosen}) == len(chosen)
    for row in chosen:
        assert row["label"] == row["story_event"]
        share = row["scores"][row["label"]]
        assert share >= module.MIN_SHARE
        mates = [r for r in rows if r["doc_id"] == row["doc_id"]]
        assert share == max(r["scores"][row["label"]] for r in mates)
    # A story none of whose candidates reaches MIN_SHARE for its type gives no instance.
    weak = {
        r["doc_id"]
        for r in rows
        if all(
            m["scores"][m["story_event"]] < module.MIN_SHARE
            for m in rows
            if m["doc_id"] == r["doc_id"]
        )
    }
    assert not weak & {r["doc_id"] for r in chosen}
