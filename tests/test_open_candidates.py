"""Verbs the lexicon does not know, between two actors, typed by the learned back-end."""

from __future__ import annotations

import pytest

from conftest import DATA
from conftest import coded_events as code
from wirewatch.events.lexicon import PHRASAL, VERBS
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.schema import Document

PLV = DATA / "events" / "plv_train.jsonl"

# "nudge" is no lexicon verb (the test below says so); "persuade" was until P102 made it REQUEST.
# Its complement must be no lexicon event either: P442b made "drop its objections" one.
NUDGED = Document(
    id="open-1",
    text="Turkey nudged Sweden to soften its stance on the talks.",
    date="2024-01-01",
)


def test_the_verb_is_not_in_the_lexicon():
    assert "nudge" not in VERBS
    assert not any(verb == "nudge" for verb, _ in PHRASAL)


def test_rules_see_no_open_candidates():
    assert code(NUDGED, "rules") == []


def test_the_model_types_a_verb_between_two_actors():
    (event,) = code(NUDGED, "learned", open_min=0.0)
    assert event.trigger.text == "nudged"
    assert [a.text for a in event.actor] == ["Turkey"]
    assert [r.text for r in event.recipient] == ["Sweden"]
    assert event.event in EVENT_TYPES and event.coder == "learned"
    assert 0.0 < event.confidence < 1.0


@pytest.mark.parametrize("config", [{"open_min": None}, {"open_min": 1.01}])
def test_no_record_when_open_verbs_are_off_or_the_model_is_unsure(config):
    assert code(NUDGED, "learned", **config) == []


@pytest.mark.skipif(not PLV.exists(), reason="needs ../shared/data/events/plv_train.jsonl")
def test_open_verbs_find_gold_pairs_the_lexicon_misses_in_plv(tmp_path):
    from wirewatch.eval.events import predict_pipeline, read_gold, score

    rows = PLV.read_text(encoding="utf-8").splitlines()[:300]
    path = tmp_path / "plv_slice.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    documents, pairs = read_gold(path)
    closed = score(pairs, predict_pipeline(documents, pairs, "learned", None, {"open_min": None}))
    opened = score(pairs, predict_pipeline(documents, pairs, "learned", None, {"open_min": 0.5}))
    # The shipped model trained on these sentences, so this checks the mechanism, not accuracy
    # (held-out figures: benchmarks/open_candidates.py). More gold pairs get their type.
    assert opened.accuracy > closed.accuracy
