"""The written trigger set (``training/written_triggers``): analysis sentences with every event
marked, written blind to the test material as training data for the learned back-end's own
finders (the actor finder learns from parts A and B). A line a finder would learn wrongly from
(a trigger that is not in its sentence, or is there twice and so points nowhere) is a defect of
the data, caught here."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import ROOT, read_jsonl
from wirewatch.eval.events import read_gold
from wirewatch.events.ontology import EVENT_TYPES

FOLDER = ROOT / "training" / "written_triggers"
PARTS = sorted(FOLDER.glob("part_*.jsonl"))
MODES = {"negation", "hypothetical", "future", "historical"}


@pytest.mark.parametrize("part", PARTS, ids=[p.name for p in PARTS])
def test_every_marked_span_is_in_its_sentence_once(part):
    documents, pairs = read_gold(part)  # the project's own gold reader accepts the file
    assert len(documents) >= 150 and pairs
    for row in read_jsonl(part):
        text = row["text"]
        for event in row["gold"]:
            assert event["event"] in EVENT_TYPES, row["id"]
            assert text.count(event["trigger_text"]) == 1, (row["id"], event["trigger_text"])
            for role in ("actor_text", "recipient_text"):
                assert event[role] is None or event[role] in text, (row["id"], event[role])
            assert set(event.get("aux_modes", [])) <= MODES, row["id"]


def test_the_set_covers_every_type_and_holds_sentences_with_no_event():
    assert PARTS, "no part_*.jsonl in training/written_triggers"
    all_rows = [row for part in PARTS for row in read_jsonl(part)]
    assert len({row["id"] for row in all_rows}) == len(all_rows)
    types = Counter(event["event"] for row in all_rows for event in row["gold"])
    assert set(types) == set(EVENT_TYPES) and min(types.values()) >= 10, types
    empty = sum(not row["gold"] for row in all_rows)
    assert 0.05 <= empty / len(all_rows) <= 0.2, empty
