"""Judged Guardian triggers as the classifier's trigger-level training rows (issue 6)."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, needs_shared
from wirewatch.events.labels import TYPES, mark

sys.path.insert(0, str(ROOT / "training"))


@pytest.fixture(scope="module")
def judged():
    import judged_examples

    return judged_examples


def test_the_test_sample_is_never_trained_on(judged):
    with pytest.raises(SystemExit, match="held-out test sample"):
        judged.wanted_types(["record_types_train", "record_types"])


def test_judged_labels_name_a_type_and_letters_become_the_coder_s_type(judged):
    # The disagreement samples store the judge's letter; the key says which type it stood for.
    dev = judged.judged_types("disagreements_dev")
    assert set(dev.values()) <= set(TYPES)
    train = judged.judged_types("record_types_train")
    # 400 items, 16 judged "no event": those name no type and give no row.
    assert len(train) == 384
    assert set(train.values()) <= set(TYPES)


def test_the_two_halves_split_the_second_random_sample_by_document(judged):
    whole = judged.wanted_types(["record_types_train"])
    halves = [judged.wanted_types(["record_types_train"], half) for half in (0, 1)]
    assert halves[0].keys() | halves[1].keys() == whole.keys()
    assert not halves[0].keys() & halves[1].keys()
    documents = [{doc for doc, _ in half} for half in halves]
    assert not documents[0] & documents[1]
    assert min(len(h) for h in halves) > 150  # both halves are usable
    # The same split as the benchmark's cross-fit, which answers half K with the model trained
    # on half 1 - K: over every judged document, "no event" items included.
    from guardian_records import document_halves

    keys = judged.read_jsonl(judged.JUDGED / "record_types_train_key.jsonl")
    split = document_halves([k["doc_id"] for k in keys])
    for half in (0, 1):
        assert {split[doc] for doc in documents[half]} == {half}


@needs_shared
def test_a_row_is_the_learned_back_end_s_input_for_the_judged_trigger(judged):
    wanted = {
        key: label
        for key, label in judged.wanted_types(["record_types_train"]).items()
        if key[0] in {"guardian-70", "guardian-638"}
    }
    assert wanted
    documents = judged.guardian({doc for doc, _ in wanted})
    text = {d.id: d.text for d in documents}
    rows = judged.judged_rows(wanted, documents)
    assert len(rows) == len(wanted)
    for row in rows:
        doc, start = row["key"].split("@")
        assert row["label"] == wanted[(doc, int(start))]
        begin, end = row["trigger"]
        trigger = row["text"][begin:end]
        # The marked trigger is the judged one: it starts where the key says, in the article.
        assert text[doc][int(start) : int(start) + len(trigger)] == trigger
        marked, _ = mark(row["text"], row["actor_text"], row["recipient_text"], (begin, end))
        assert f"[T] {trigger} [/T]" in marked
    # Item 1 of the sample: "a final SDF assault on the last Isis redoubt", judged ASSAULT.
    assert any(r["doc_id"] == "guardian-70" and r["label"] == "ASSAULT" for r in rows)
