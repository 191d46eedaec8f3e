"""Weak training examples from unlabelled analytical prose: rule candidates, typed by the rules.

Runs the full pipeline with the ``rules`` coder (the project venv, spaCy) over the Guardian
articles (``corpora/guardian_sdf.jsonl``: long news and analysis prose, the seed article's genre,
unlabelled) and records every candidate the coder back-end is asked about (only those
``events.records.may_become_event`` keeps) with the type the rules give it. Each becomes one line,
in the format of ``training/pipeline_inputs.py`` so ``train_classifier.py --weak`` marks it
exactly as the ``learned`` back-end builds its input (``learned_coder.candidate_relation``):
``{key, doc_id, text, actor_text, recipient_text, trigger, actor_spans, recipient_spans, clause,
rules_event, rules_mode, trigger_text, lemma, lexicon_weak, nominal}`` (offsets into ``text``,
the candidate's sentence).

The reference (seed) article is never a weak example: a Guardian document sharing any sentence
with it is skipped (none does; the check stays so the rule holds if the corpus changes).

    PYTHONPATH=src python training/weak_examples.py build/weak_examples.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from wirewatch.config import Settings
from wirewatch.events.candidates import Candidate
from wirewatch.events.coders import Decision, RuleCoder, register_coder
from wirewatch.events.learned import Relation
from wirewatch.events.learned_coder import candidate_relation
from wirewatch.pipeline import Failure, Pipeline
from wirewatch.schema import Document

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpora"
GUARDIAN = CORPORA / "guardian_sdf.jsonl"
SEED = CORPORA / "seed_article.txt"
RECORDER = "weak-recorder"


@register_coder(RECORDER)
class RecordingRuleCoder(RuleCoder):
    """The rule coder, noting each candidate it types (the pipeline builds it once)."""

    name = RECORDER
    seen: list[tuple[Candidate, Decision]] = []

    def decide(self, candidates: Sequence[Candidate]) -> list[Decision | None]:
        decisions = super().decide(candidates)
        for candidate, decision in zip(candidates, decisions, strict=True):
            if decision is not None:
                RecordingRuleCoder.seen.append((candidate, decision))
        return decisions


def seed_sentences(path: Path = SEED) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 40]


def read_documents(path: Path = GUARDIAN, seed: Path = SEED) -> list[Document]:
    """The corpus's documents, less any that shares a sentence with the seed article."""
    sentences = seed_sentences(seed)
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            document = Document.model_validate_json(line)
            if any(s in document.text for s in sentences):
                print(f"skipped {document.id}: shares a sentence with the seed article")
                continue
            documents.append(document)
    return documents


def input_fields(relation: Relation) -> dict:
    """A classifier input as ``pipeline_inputs.py``'s rows hold it (``train_classifier.py``
    marks it as the learned back-end does)."""
    return {
        "text": relation.text,
        "actor_text": relation.actor_text,
        "recipient_text": relation.recipient_text,
        "trigger": list(relation.trigger) if relation.trigger else None,
        "actor_spans": [list(s) for s in relation.actor_spans or ()],
        "recipient_spans": [list(s) for s in relation.recipient_spans or ()],
        "clause": list(relation.clause) if relation.clause else None,
    }


def row_of(candidate: Candidate, decision: Decision, number: int) -> dict:
    relation = candidate_relation(candidate, with_clause=True)
    doc_id = candidate.head.doc._.document.id
    return {
        "key": f"{doc_id}#w{number}",
        "doc_id": doc_id,
        **input_fields(relation),
        "rules_event": decision.event,
        "rules_mode": decision.mode,
        "trigger_text": candidate.trigger.text,
        "lemma": candidate.head.lemma_.lower(),
        "lexicon_weak": candidate.proposal.weak,
        "nominal": candidate.nominal,
    }


def weak_rows(pipeline: Pipeline, documents: list[Document]) -> Iterator[dict]:
    """One row per candidate the rule coder typed, in the order the pipeline typed them (the
    recorder fills as each batch of documents passes the events stage), so a rerun gives the
    same file. ``pipeline`` must run the recorder (``Settings(coder=RECORDER)``)."""
    RecordingRuleCoder.seen.clear()
    number = 0
    for item in pipeline.annotate(documents):
        for candidate, decision in RecordingRuleCoder.seen:
            number += 1
            yield row_of(candidate, decision, number)
        RecordingRuleCoder.seen.clear()
        if isinstance(item, Failure):
            print(f"skipped {item.document.id}: {item.error}", file=sys.stderr)


def main(out: Path) -> None:
    if not GUARDIAN.exists():
        raise SystemExit(f"no Guardian corpus at {GUARDIAN}: needs ../shared/data")
    out.parent.mkdir(parents=True, exist_ok=True)
    documents = read_documents()
    types: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as handle:
        for row in weak_rows(Pipeline(Settings(coder=RECORDER)), documents):
            types[row["rules_event"]] += 1
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {types.total()} weak examples from {len(documents)} documents to {out}")
    print("rules' types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/weak_examples.jsonl"))
