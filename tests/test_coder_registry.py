"""Coder back-ends plug into one registry; the coder runs sentence by sentence on gold data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.errors import ConfigError
from wirewatch.events.coders import CODERS, Decision, make_coder, register_coder
from wirewatch.events.ontology import EVENT_TYPES, event_type

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GSR = DATA / "events" / "plover_gsr.jsonl"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit] if limit else rows


def test_ontology_has_the_sixteen_types_with_quads_and_scores():
    assert len(EVENT_TYPES) == 16
    assert event_type("CONSULT").score("phone") == 1.5
    assert (event_type("AID").quad, event_type("ASSAULT").quad) == (2, 4)
    with pytest.raises(KeyError, match="not a PLOVER event type"):
        event_type("FIGHT")


def test_unknown_coder_is_a_clear_error():
    with pytest.raises(ConfigError, match="unknown event coder 'nope'; known coders: .*rules"):
        make_coder("nope")


def test_a_registered_back_end_relabels_the_same_candidates(seed_document):
    from wirewatch.pipeline import Pipeline

    seen = []

    @register_coder("test-assault-all")
    class AssaultAll:
        name = "test-assault-all"

        def decide(self, candidates):
            seen.extend(candidates)
            return [Decision("ASSAULT", None, 0.5) for _ in candidates]

    try:
        pipeline = Pipeline(stage_config={"ww_events": {"coder": "test-assault-all"}})
        (coded,) = list(pipeline.code([seed_document]))
    finally:
        del CODERS["test-assault-all"]
    assert coded.events and {e.event for e in coded.events} == {"ASSAULT"}
    assert {e.coder for e in coded.events} == {"test-assault-all"}
    # What a learned back-end reads: the sentence, the actor and recipient text.
    call = next(c for c in seen if c.trigger.text == "telephone conversation")
    assert "ITAR-TASS" in call.sentence.text
    assert (call.actor_text, call.recipient_text) == ("Lavrov", "John Kerry")


@pytest.mark.skipif(not GSR.exists(), reason="needs ../shared/data/events/plover_gsr.jsonl")
def test_coder_runs_sentence_by_sentence_on_the_plover_gold_standard(pipeline):
    from wirewatch.pipeline import Coded
    from wirewatch.schema import Document

    rows = read_jsonl(GSR, limit=80)
    results = list(pipeline.code(Document(id=r["id"], text=r["text"]) for r in rows))
    assert len(results) == len(rows) and all(isinstance(r, Coded) for r in results)
    hits = sum(
        bool({g["event"] for g in row["gold"]} & {e.event for e in result.events})
        for row, result in zip(rows, results, strict=True)
    )
    # Measured on this slice when the test was written (see benchmarks/RESULTS.md for the full
    # file); a floor that catches a broken coder, not a target.
    assert hits >= 0.25 * len(rows)
