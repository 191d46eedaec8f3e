"""Weak training examples: the rule candidates in Guardian prose, typed by the rules (issue 6)."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import GUARDIAN, ROOT, SEED_TXT, needs_shared
from wirewatch.events.labels import TYPES, mark
from wirewatch.schema import Document

sys.path.insert(0, str(ROOT / "training"))


@pytest.fixture(scope="module")
def weak_examples():
    import weak_examples

    return weak_examples


def _guardian(ids: set[str]) -> list[Document]:
    with GUARDIAN.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Document.model_validate(r) for r in rows if r["id"] in ids]


@needs_shared
def test_a_document_sharing_a_sentence_with_the_seed_article_is_left_out(weak_examples, tmp_path):
    seed_sentence = next(s for s in weak_examples.seed_sentences(SEED_TXT) if "Geneva" in s)
    (guardian,) = _guardian({"guardian-99"})
    corpus = tmp_path / "corpus.jsonl"
    copied = Document(id="copy", text=f"An opening line. {seed_sentence} A closing line.")
    corpus.write_text(
        guardian.model_dump_json() + "\n" + copied.model_dump_json() + "\n", encoding="utf-8"
    )
    kept = weak_examples.read_documents(corpus, SEED_TXT)
    assert [d.id for d in kept] == ["guardian-99"]
    # The real corpus shares nothing with the seed article: every document is kept.
    with GUARDIAN.open(encoding="utf-8") as handle:
        total = sum(1 for line in handle if line.strip())
    assert len(weak_examples.read_documents()) == total


@needs_shared
def test_weak_rows_are_the_rule_candidates_typed_by_the_rules(weak_examples, pipeline):
    """Every event the rule coder makes has its candidate among the weak rows, with the type the
    rules gave it, and each row marks its own trigger as the learned back-end's input does."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Coded, Pipeline

    documents = _guardian({"guardian-99", "guardian-439"})
    recorder = Pipeline(Settings(coder=weak_examples.RECORDER))
    rows = list(weak_examples.weak_rows(recorder, documents))
    assert {r["doc_id"] for r in rows} == {"guardian-99", "guardian-439"}
    assert len({r["key"] for r in rows}) == len(rows)
    for row in rows:
        assert row["rules_event"] in TYPES
        start, end = row["trigger"]
        assert row["text"][start:end] == row["trigger_text"]
        marked, _ = mark(row["text"], row["actor_text"], row["recipient_text"], (start, end))
        assert f"[T] {row['trigger_text']} [/T]" in marked
    by_trigger = {(r["doc_id"], r["trigger_text"], r["text"]): r["rules_event"] for r in rows}
    coded = [c for c in pipeline.code(documents) if isinstance(c, Coded)]
    events = [(c.document, e) for c in coded for e in c.events]
    assert events
    for document, event in events:
        sentence = document.text[event.sentence.start : event.sentence.end]
        key = (document.id, event.trigger.text, sentence)
        assert key in by_trigger, key
        # build_event may turn a committed future act into AGREE; otherwise the type carries.
        if "AGREE" not in (event.event, by_trigger[key]):
            assert by_trigger[key] == event.event
    # A second run gives the same rows, in the same order (the training file is reproducible).
    assert list(weak_examples.weak_rows(recorder, documents)) == rows
