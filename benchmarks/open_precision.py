"""Precision of records from open verbs against lexicon records, judged blind on Guardian prose.

    PYTHONPATH=src python benchmarks/open_precision.py sample ITEMS.md KEY.jsonl [--n 60]
    PYTHONPATH=src python benchmarks/open_precision.py score KEY.jsonl LABELS.jsonl

``sample`` codes the Guardian corpus with the shipped ``learned`` back-end twice, with open verbs
(``open_min`` 0.5) and without; a record only the first run has came from an open verb. It draws
``--n`` records of each kind (``random.Random(11)``), shuffles them together and writes the items
for a judge who is told nothing of where they came from (sentence, trigger, actor, recipient,
type and its codebook gist) and, apart, the key (item number, kind, confidence, document and
offsets; no article text). ``score`` reads the judge's labels (``{"item", "label"}`` with label
``right``, ``wrong type`` or ``no event``) and prints the precision of each kind, and of the open
records at each ``open_min`` (by the model's probability, which the setting gates).
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import TEXT_FIELDS, JudgingCli, combiner, guardian_documents, record_row
from wirewatch.config import Settings
from wirewatch.events.llm import codebook
from wirewatch.pipeline import Coded, Pipeline

GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


def coded(open_min: float | None, config: dict[str, float]) -> dict[tuple[str, int, int], dict]:
    """Every record of the corpus, by (document, trigger start, trigger end), with the model's
    probability for its type (``model_p``: what ``open_min`` gates; a record's confidence also
    counts how well its actors are known)."""
    documents = guardian_documents()
    stage = {"ww_events": {"coder_config": {"open_min": open_min, **config}}}
    pipeline = Pipeline(Settings(coder="learned"), stage_config=stage)
    coder = pipeline.nlp.get_pipe("ww_events").coder
    decide, probability = coder.decide, {}

    def recording(candidates):  # type: ignore[no-untyped-def]
        decisions = decide(candidates)
        for candidate, decision in zip(candidates, decisions, strict=True):
            if decision is not None:
                probability[candidate.trigger.start_char] = decision.confidence
        return decisions

    coder.decide = recording
    out = {}
    for item in pipeline.code(documents):
        if not isinstance(item, Coded):
            continue
        for event in item.events:
            out[(item.document.id, event.trigger.start, event.trigger.end)] = {
                **record_row(item.document, event),
                "confidence": round(event.confidence, 4),
                "model_p": round(probability[event.trigger.start], 4),
            }
        probability.clear()
    return out


def sample(items_path: Path, key_path: Path, n: int, seed: int, config: dict[str, float]) -> None:
    opened, closed = coded(0.5, config), coded(None, config)
    pools = {
        "open": [opened[k] for k in sorted(opened) if k not in closed],
        "lexicon": [closed[k] for k in sorted(closed)],
    }
    rng = random.Random(seed)
    book = codebook()["types"]
    drawn = [(kind, r) for kind, pool in pools.items() for r in rng.sample(pool, min(n, len(pool)))]
    rng.shuffle(drawn)
    print(f"pools: open {len(pools['open'])}, lexicon {len(pools['lexicon'])} records")
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, (kind, r) in enumerate(drawn, start=1):
            gist = book[r["event"]]["gist"]
            items.write(
                f"## Item {number}\n\nSentence: {r['text']}\n\nTrigger: {r['trigger_text']}\n"
                f"Actor: {r['actor']}\nRecipient: {r['recipient']}\n"
                f"Type: {r['event']} ({gist})\n\n"
            )
            row = {k: v for k, v in r.items() if k not in TEXT_FIELDS}
            key.write(json.dumps({"item": number, "kind": kind, **row}) + "\n")


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion."""
    if n == 0:
        return 0.0, 0.0
    p = hits / n
    middle = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    # clamped: at 0 or n hits rounding can leave the bound a hair outside [0, 1] ("-0.00")
    return max(0.0, middle - half), min(1.0, middle + half)


def share_row(name: str, chosen: list[str], labels: tuple[str, ...]) -> str:
    """One table row of a judged sample: how many of ``chosen`` carry each label, and the share
    with the first label (``right``) with its 95% interval."""
    counts = [chosen.count(label) for label in labels]
    low, high = wilson(counts[0], len(chosen))
    share = counts[0] / len(chosen) if chosen else 0.0
    return (
        f"| {name} | {len(chosen)} | "
        + " | ".join(map(str, counts))
        + f" | {share:.3f} | {low:.2f}–{high:.2f} |"
    )


def score(key_path: Path, labels_path: Path) -> None:
    keys = {r["item"]: r for r in map(json.loads, key_path.open(encoding="utf-8"))}
    labels = {r["item"]: r["label"] for r in map(json.loads, labels_path.open(encoding="utf-8"))}
    if set(labels) != set(keys):
        sys.exit(f"labels cover {len(labels)} of {len(keys)} items")
    print("| records | open_min | n | right | wrong type | no event | precision | 95% interval |")
    print("|---|---|---|---|---|---|---|---|")
    rows = [("lexicon", None)] + [("open", t) for t in GRID]
    for kind, at_least in rows:
        chosen = [
            labels[i]
            for i, k in keys.items()
            if k["kind"] == kind and (at_least is None or k["model_p"] >= at_least)
        ]
        right, wrong, none = (chosen.count(x) for x in ("right", "wrong type", "no event"))
        low, high = wilson(right, len(chosen))
        precision = right / len(chosen) if chosen else 0.0
        print(
            f"| {kind} | {'-' if at_least is None else at_least} | {len(chosen)} | {right} | "
            f"{wrong} | {none} | {precision:.3f} | {low:.2f}–{high:.2f} |"
        )


def main() -> None:
    cli = JudgingCli(__doc__, 60, seed=11, with_combiner=True)
    args = cli.parse()
    if args.command == "sample":
        sample(args.items, args.key, args.n, args.seed, combiner(args.combiner))
    else:
        score(args.key, args.labels)


if __name__ == "__main__":
    main()
