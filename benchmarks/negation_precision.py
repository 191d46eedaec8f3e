"""Does a change to the negation mode say rightly which acts did not happen? Judged blind.

    PYTHONPATH=src python benchmarks/negation_precision.py sample ITEMS.md KEY.jsonl \
        --before BEFORE.jsonl --after AFTER.jsonl --corpus … [--n 40] [--controls 20] [--seed S]
    PYTHONPATH=src python benchmarks/negation_precision.py score KEY.jsonl LABELS.jsonl

``BEFORE`` and ``AFTER`` are ``change_precision.py dump`` files of the same corpora (each record
with its auxiliary modes). ``sample`` draws up to ``--n`` records that both dumps have (same
trigger, type and participants) whose negation differs (*flipped*), and ``--controls`` records
unchanged with negation and as many unchanged without (*kept*), shuffled together. The judge
(``benchmarks/data/guardian_judged/BRIEF_negation.md``) sees the sentence, the trigger and the
act in words, never the mode, and answers ``asserted`` (the sentence says or reports that it
happened, happens or will happen), ``negated`` (that it did not or will not; a denial counts)
or ``other`` (a question, a condition, no such act). ``score`` prints, per kind, how often the
judge agrees with the mode before and after the change.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import GUARDIAN, JudgingCli, guardian_documents, read_dump, read_judged

LABELS = ("asserted", "negated", "other")


def _identity(row: dict) -> tuple:
    return (row["doc_id"], *row["trigger"], row["event"], row["actor"], row["recipient"])


def _negated(row: dict) -> bool:
    return "negation" in row["aux_modes"]


def sample(
    items_path: Path,
    key_path: Path,
    before: Path,
    after: Path,
    n: int,
    controls: int,
    seed: int,
    corpora: tuple[Path, ...],
) -> None:
    older = {_identity(r): r for r in read_dump(before)}
    newer = read_dump(after)
    both = [(older[_identity(r)], r) for r in newer if _identity(r) in older]
    flipped = [(b, a) for b, a in both if _negated(b) != _negated(a)]
    kept_negated = [a for b, a in both if _negated(b) and _negated(a)]
    kept_plain = [a for b, a in both if not _negated(b) and not _negated(a)]
    rng = random.Random(seed)
    drawn = [("flipped", b, a) for b, a in rng.sample(flipped, min(n, len(flipped)))]
    for pool in (kept_negated, kept_plain):
        drawn += [("kept", r, r) for r in rng.sample(pool, min(controls, len(pool)))]
    print(
        f"pools: {len(flipped)} flipped, {len(kept_negated)} kept negated, "
        f"{len(kept_plain)} kept without negation"
    )
    rng.shuffle(drawn)
    texts = {d.id: d.text for d in guardian_documents(corpora)}
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, (kind, old, new) in enumerate(drawn, start=1):
            text = texts[new["doc_id"]]
            items.write(
                f"## Item {number}\n\nSentence: {text[slice(*new['sentence'])]}\n\n"
                f"Trigger: {text[slice(*new['trigger'])]}\nAct: {new['event']} by "
                f"{new['actor']}, aimed at {new['recipient']}\n\n"
            )
            key.write(
                json.dumps(
                    {
                        "item": number,
                        "kind": kind,
                        "negated_before": _negated(old),
                        "negated_after": _negated(new),
                        **{k: v for k, v in new.items() if k != "aux_modes"},
                    }
                )
                + "\n"
            )


def score(key_path: Path, labels_path: Path) -> None:
    keys, labels = read_judged(key_path, labels_path, LABELS)

    def agrees(item: int, negated: bool) -> bool:
        return labels[item] == ("negated" if negated else "asserted")

    print("| records | n | asserted | negated | other | mode right before | mode right after |")
    print("|---|---|---|---|---|---|---|")
    groups = {
        "flipped": lambda k: k["kind"] == "flipped",
        "kept, negated": lambda k: k["kind"] == "kept" and k["negated_after"],
        "kept, not negated": lambda k: k["kind"] == "kept" and not k["negated_after"],
    }
    for name, member in groups.items():
        chosen = [i for i, k in keys.items() if member(k)]
        counts = [sum(labels[i] == label for i in chosen) for label in LABELS]
        before = sum(agrees(i, keys[i]["negated_before"]) for i in chosen)
        after = sum(agrees(i, keys[i]["negated_after"]) for i in chosen)
        print(
            f"| {name} | {len(chosen)} | "
            + " | ".join(map(str, counts))
            + f" | {before}/{len(chosen)} | {after}/{len(chosen)} |"
        )


def main() -> None:
    cli = JudgingCli(__doc__, 40, seed=1)
    cli.draw.add_argument("--before", type=Path, required=True, help="dump before the change")
    cli.draw.add_argument("--after", type=Path, required=True, help="dump after the change")
    cli.draw.add_argument("--controls", type=int, default=20, help="kept records of each kind")
    cli.draw.add_argument(
        "--corpus", type=Path, action="append", help="the corpora the dumps coded (repeatable)"
    )
    args = cli.parse()
    if args.command == "sample":
        corpora = tuple(args.corpus or (GUARDIAN,))
        sample(
            args.items,
            args.key,
            args.before,
            args.after,
            args.n,
            args.controls,
            args.seed,
            corpora,
        )
    else:
        score(args.key, args.labels)


if __name__ == "__main__":
    main()
