"""Judged Guardian records as trigger-level training rows for the classifier.

Each judged sample in ``benchmarks/data/guardian_judged/`` names, for a trigger in a Guardian
article, the type a judge chose. This re-codes those articles with the ``learned`` back-end,
takes the classifier input it builds for each judged trigger (sentence, actor and recipient,
marked trigger) and writes it in ``pipeline_inputs.py``'s row format with the judged type as
``label``, for ``train_classifier.py --judged FILE`` (measured, not in the shipped recipe:
benchmarks/RESULTS.md, "A second random sample of Guardian records"). Items judged "neither"
or "no event" name no type and are left out. ``--samples`` picks the judged samples: by default
the three samples drawn where the coders disagree and the second random sample
(``record_types_train``); the first random sample (``record_types``) is the test set and is
never trained on.

``--half K`` keeps only the documents of half K (``guardian_records.document_halves``) of
``record_types_train``, to cross-fit a combiner: a model trained with one half answers the
other's items (``benchmarks/record_types_judged.py crossfit``).

    PYTHONPATH=src python training/judged_examples.py build/judged_rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from weak_examples import input_fields

from wirewatch.config import Settings
from wirewatch.events.learned_coder import candidate_relation
from wirewatch.pipeline import Coded, Pipeline
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from guardian_records import document_halves  # noqa: E402

JUDGED = ROOT / "benchmarks" / "data" / "guardian_judged"
GUARDIAN = ROOT / ".." / "shared" / "data" / "corpora" / "guardian_sdf.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def judged_types(sample: str) -> dict[tuple[str, int], str]:
    """(document, trigger start) -> the judged type, for the items that name one."""
    keys = {r["item"]: r for r in read_jsonl(JUDGED / f"{sample}_key.jsonl")}
    out = {}
    for label in read_jsonl(JUDGED / f"{sample}_labels.jsonl"):
        key = keys[label["item"]]
        answer = label["label"]
        chosen = key.get(f"{answer}_type") if answer in ("A", "B") else answer
        if chosen and chosen not in ("neither", "no event"):
            out[(key["doc_id"], key["trigger"][0])] = chosen
    return out


CROSS_FITTED = "record_types_train"  # the sample ``--half`` splits
TEST = "record_types"  # never trained on


def wanted_types(samples: list[str], half: int | None = None) -> dict[tuple[str, int], str]:
    """(document, trigger start) -> judged type over these samples; ``half``: only that
    document half of ``record_types_train``."""
    if TEST in samples:
        raise SystemExit(f"{TEST!r} is the held-out test sample; it is never trained on")
    wanted: dict[tuple[str, int], str] = {}
    for sample in samples:
        judged = judged_types(sample)
        if sample == CROSS_FITTED and half is not None:
            # Halves over every judged document, "no event" items included, exactly as
            # ``record_types_judged.py crossfit`` splits them.
            keys = read_jsonl(JUDGED / f"{sample}_key.jsonl")
            halves = document_halves([k["doc_id"] for k in keys])
            judged = {k: v for k, v in judged.items() if halves[k[0]] == half}
        wanted |= judged
    return wanted


def guardian(doc_ids: set[str]) -> list[Document]:
    with GUARDIAN.open(encoding="utf-8") as handle:
        return [
            Document.model_validate(row)
            for row in map(json.loads, filter(str.strip, handle))
            if row["id"] in doc_ids
        ]


def judged_rows(wanted: dict[tuple[str, int], str], documents: list[Document]) -> list[dict]:
    """The learned back-end's input for each judged trigger in these documents, labelled."""
    pipeline = Pipeline(Settings(coder="learned"))
    coder = pipeline.nlp.get_pipe("ww_events").coder
    decide, inputs = coder.decide, {}

    def recording(candidates):  # type: ignore[no-untyped-def]
        for c in candidates:
            inputs[c.trigger.start_char] = (candidate_relation(c, False), c.proposal.event)
        return decide(candidates)

    coder.decide = recording
    by_document: dict[str, list[tuple[int, str]]] = {}
    for (doc, start), label in wanted.items():
        by_document.setdefault(doc, []).append((start, label))
    rows = []
    for item in pipeline.code(documents):
        if not isinstance(item, Coded):
            continue
        for start, label in by_document.get(item.document.id, []):
            if start not in inputs:
                continue
            relation, proposal = inputs[start]
            rows.append(
                {
                    "key": f"{item.document.id}@{start}",
                    "doc_id": item.document.id,
                    **input_fields(relation),
                    "rules_event": proposal,
                    "label": label,
                }
            )
        inputs.clear()
    return rows


def main(out: Path, samples: list[str], half: int | None) -> None:
    wanted = wanted_types(samples, half)
    rows = judged_rows(wanted, guardian({doc for doc, _ in wanted}))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} of {len(wanted)} judged triggers to {out}", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--samples", default=f"disagreements_dev,disagreements_test,overrides,{CROSS_FITTED}"
    )
    parser.add_argument("--half", type=int, choices=(0, 1), help=f"one half of {CROSS_FITTED}")
    args = parser.parse_args()
    main(args.out, args.samples.split(","), args.half)
