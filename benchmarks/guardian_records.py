"""The Guardian corpus and its records as the blind-judging scripts show them.

Shared by ``open_precision.py``, ``coder_disagreements.py`` and ``record_types_judged.py``: the
judge sees a record's sentence, trigger, actor and recipient; the key keeps its document and
offsets, never the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from wirewatch.schema import Document, Event

GUARDIAN = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpora"
GUARDIAN = GUARDIAN / "guardian_sdf.jsonl"
TEXT_FIELDS = ("text", "trigger_text")  # shown to the judge, left out of the key


def guardian_documents(corpora: Sequence[Path] = (GUARDIAN,)) -> list[Document]:
    """The documents of these JSONL corpora: by default the Guardian articles."""
    documents = []
    for path in corpora:
        with path.open(encoding="utf-8") as handle:
            documents += [
                Document.model_validate(json.loads(line)) for line in handle if line.strip()
            ]
    return documents


def read_dump(path: Path) -> list[dict]:
    """The records of a ``change_precision.py dump`` file, one dict per line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def record_row(document: Document, event: Event) -> dict:
    """One record: where it is (for the key), what it says (for the judge)."""
    text = document.text
    return {
        "doc_id": document.id,
        "sentence": [event.sentence.start, event.sentence.end],
        "trigger": [event.trigger.start, event.trigger.end],
        "event": event.event,
        "actor": "; ".join(a.text for a in event.actor) or "(none named)",
        "recipient": "; ".join(r.text for r in event.recipient) or "(none named)",
        "text": text[event.sentence.start : event.sentence.end],
        "trigger_text": text[event.trigger.start : event.trigger.end],
    }


def read_judged(
    key_path: Path, labels_path: Path, allowed: Sequence[str]
) -> tuple[dict[int, dict], dict[int, str]]:
    """A judged sample's key (item -> its row) and the judge's labels (item -> label), refused
    unless the labels name every item of the key with one of ``allowed``."""
    with key_path.open(encoding="utf-8") as handle:
        keys = {r["item"]: r for r in map(json.loads, handle)}
    with labels_path.open(encoding="utf-8") as handle:
        labels = {r["item"]: r["label"] for r in map(json.loads, handle)}
    if set(labels) != set(keys) or not set(labels.values()) <= set(allowed):
        sys.exit(f"labels must name each of the {len(keys)} items with one of {tuple(allowed)}")
    return keys, labels


def judged_triggers(keys: list[Path]) -> set[tuple[str, int]]:
    """(document, trigger start) of every item in these key files: ``--exclude`` keeps a new
    sample apart from the items judged before."""
    taken = set()
    for path in keys:
        with path.open(encoding="utf-8") as handle:
            taken |= {(r["doc_id"], r["trigger"][0]) for r in map(json.loads, handle)}
    return taken


def document_halves(doc_ids: list[str]) -> dict[str, int]:
    """Each document's half (0 or 1) of a sample, alternating over the sorted ids: a combiner is
    cross-fitted by training on one half's items and answering the other's."""
    return {doc: i % 2 for i, doc in enumerate(sorted(set(doc_ids)))}


def combiner(value: str | None) -> dict[str, float]:
    """``--combiner KEEP,BOOST``: the learned back-end's ``keep_rules_below`` and ``rules_boost``
    (a sample is drawn under the settings of its day; none given: the shipped ones)."""
    if not value:
        return {}
    keep, boost = (float(x) for x in value.split(","))
    return {"keep_rules_below": keep, "rules_boost": boost}


class JudgingCli:
    """The command line every judging script shares: ``sample ITEMS KEY [--n N] [--seed S]
    [--exclude KEY …]`` draws items for a judge, ``score KEY LABELS`` reads the judge's answers;
    a script adds its own options to ``draw`` and ``judged`` and its own commands to
    ``commands``. ``with_combiner``: the sample can be redrawn under another combiner
    (``--combiner KEEP,BOOST``, see ``combiner``)."""

    def __init__(
        self, description: str | None, n: int, seed: int, with_combiner: bool = False
    ) -> None:
        self.parser = argparse.ArgumentParser(description=description)
        self.commands = self.parser.add_subparsers(dest="command", required=True)
        self.draw = self.commands.add_parser("sample")
        self.draw.add_argument("items", type=Path)
        self.draw.add_argument("key", type=Path)
        self.draw.add_argument("--n", type=int, default=n)
        self.draw.add_argument("--seed", type=int, default=seed, help="the draw's random seed")
        self.draw.add_argument(
            "--exclude",
            type=Path,
            action="append",
            default=[],
            help="a key file whose items are not drawn again (repeatable)",
        )
        if with_combiner:
            self.draw.add_argument("--combiner", help="KEEP,BOOST for the learned back-end")
        self.judged = self.commands.add_parser("score")
        self.judged.add_argument("key", type=Path)
        self.judged.add_argument("labels", type=Path)

    def parse(self) -> argparse.Namespace:
        args = self.parser.parse_args()
        if args.command == "sample" and not GUARDIAN.exists():
            sys.exit(f"needs {GUARDIAN} (the shared development data)")
        return args
