"""Whose mode is right on news? Two dumps' modes judged blind on Guardian prose.

    PYTHONPATH=src python benchmarks/mode_judged.py dump RULES.jsonl --coder rules
    PYTHONPATH=src python benchmarks/mode_judged.py dump LEARNED.jsonl --coder learned
    PYTHONPATH=src python benchmarks/mode_judged.py sample ITEMS.md KEY.jsonl \
        --rules RULES.jsonl --learned LEARNED.jsonl [--n 60] [--controls 20] [--seed 724] \
        [--exclude KEY.jsonl …]
    PYTHONPATH=src python benchmarks/mode_judged.py score KEY.jsonl LABELS.jsonl [--dump NAME=DUMP]
    PYTHONPATH=src python benchmarks/mode_judged.py threshold --choose KEY:LABELS … \
        --test KEY:LABELS …

Paired news checks (``change_precision.py``) judge type and participants only; this asks the
other question. ``dump`` codes the 249 Guardian articles with one coder and writes each record
with its mode. ``sample`` pairs two dumps' records at the same trigger with the same type and
draws ``--n`` whose modes differ and ``--controls`` whose modes agree, shuffled together: the
two back-ends (P513, when the ``learned`` one gave the mode model's mode wherever it named one),
or, for a change, the code after it as ``--rules`` and before it as ``--learned``. The judge sees
the sentence, the trigger, the type with its gist and the type's whole list of modes (the
ontology's, from the manual's tables), never a coder's answer, and names the mode the sentence
states, or ``none``. ``score`` counts how often each side's mode (no mode as ``none``) is the
judge's; ``--dump`` reads any other code's modes against the same labels. Types without modes
are left out. ``threshold`` asks the shipped mode model about judged items and chooses the
confidence below which it should name no mode (``modes.USE_MODEL_FROM``) on some samples, then
scores that choice on others (P522).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import (
    GUARDIAN,
    TEXT_FIELDS,
    JudgingCli,
    guardian_documents,
    judged_triggers,
    read_dump,
    record_row,
)
from open_precision import wilson
from wirewatch.config import Settings
from wirewatch.events.learned import DEFAULT_MODEL
from wirewatch.events.llm import codebook
from wirewatch.events.modes import load_mode_model
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.pipeline import Coded, Pipeline

NONE = "none"  # the judge's answer, and a record's missing mode, when the sentence states none


def dump(out_path: Path, coder: str) -> None:
    with out_path.open("w", encoding="utf-8") as out:
        for item in Pipeline(Settings(coder=coder)).code(guardian_documents((GUARDIAN,))):
            if not isinstance(item, Coded):
                continue
            for event in item.events:
                row = record_row(item.document, event)
                row["mode"] = event.mode
                out.write(json.dumps({k: v for k, v in row.items() if k not in TEXT_FIELDS}))
                out.write("\n")


def _at(row: dict) -> tuple:
    return (row["doc_id"], *row["trigger"], row["event"])


def pairs(rules: list[dict], learned: list[dict]) -> list[tuple[dict, dict]]:
    """The two back-ends' records at the same trigger with the same type (a trigger with
    several records of one type, one per side, is left out: which pairs with which is moot)."""
    by_rules: dict[tuple, list[dict]] = {}
    by_learned: dict[tuple, list[dict]] = {}
    for row in rules:
        by_rules.setdefault(_at(row), []).append(row)
    for row in learned:
        by_learned.setdefault(_at(row), []).append(row)
    return [
        (found[0], by_learned[at][0])
        for at, found in sorted(by_rules.items())
        if len(found) == 1 and len(by_learned.get(at, [])) == 1
    ]


def sample(
    items_path: Path,
    key_path: Path,
    rules: Path,
    learned: Path,
    n: int,
    controls: int,
    seed: int,
    exclude: Sequence[Path] = (),
) -> None:
    taken = judged_triggers(list(exclude))
    # a type with no modes has nothing to judge, and an item judged before is not drawn again
    both = [
        p
        for p in pairs(read_dump(rules), read_dump(learned))
        if EVENT_TYPES[p[0]["event"]].modes and (p[0]["doc_id"], p[0]["trigger"][0]) not in taken
    ]
    differ = [p for p in both if p[0]["mode"] != p[1]["mode"]]
    agree = [p for p in both if p[0]["mode"] == p[1]["mode"]]
    rng = random.Random(seed)
    drawn = [("differ", p) for p in rng.sample(differ, min(n, len(differ)))]
    drawn += [("agree", p) for p in rng.sample(agree, min(controls, len(agree)))]
    rng.shuffle(drawn)
    print(f"pools: {len(both)} paired records of types with modes, modes differ on {len(differ)}")
    texts = {d.id: d.text for d in guardian_documents((GUARDIAN,))}
    book = codebook()["types"]
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, (kind, (by_rules, by_learned)) in enumerate(drawn, start=1):
            text = texts[by_rules["doc_id"]]
            entry = book[by_rules["event"]]
            # the coders' modes are the ontology's (the manual's tables), which the LLM
            # back-end's older codebook list does not match for ASSAULT, COERCE and THREATEN
            modes = list(EVENT_TYPES[by_rules["event"]].modes)
            items.write(
                f"## Item {number}\n\nSentence: {text[slice(*by_rules['sentence'])]}\n\n"
                f"Trigger: {text[slice(*by_rules['trigger'])]}\n"
                f"Type: {by_rules['event']} ({entry['gist']})\n"
                f"Modes: {', '.join(modes)}, {NONE}\n\n"
            )
            key.write(
                json.dumps(
                    {
                        "item": number,
                        "kind": kind,
                        **{k: v for k, v in by_rules.items() if k != "mode"},
                        "modes": modes,
                        "rules": by_rules["mode"] or NONE,
                        "learned": by_learned["mode"] or NONE,
                    }
                )
                + "\n"
            )


def read_labels(key_path: Path, labels_path: Path) -> tuple[dict[int, dict], dict[int, str]]:
    """The key and the judge's modes, refused unless every item has one of its type's modes."""
    with key_path.open(encoding="utf-8") as handle:
        keys = {r["item"]: r for r in map(json.loads, handle)}
    with labels_path.open(encoding="utf-8") as handle:
        labels = {r["item"]: r["mode"] for r in map(json.loads, handle)}
    if set(labels) != set(keys):
        sys.exit(f"labels name {len(labels)} items, the key {len(keys)}")
    wrong = [i for i, k in keys.items() if labels[i] not in (*k["modes"], NONE)]
    if wrong:
        sys.exit(f"items {wrong[:10]}: the label is not one of the item's modes")
    return keys, labels


def _share(hits: int, n: int) -> str:
    low, high = wilson(hits, n)
    return f"{hits} | {hits / n if n else 0.0:.3f} | {low:.2f}–{high:.2f}"


def dump_modes(path: Path) -> dict[tuple, str]:
    """A dump's mode (``none`` for no mode) at each trigger and type it has one record of."""
    by_at: dict[tuple, list[str]] = {}
    for row in read_dump(path):
        by_at.setdefault(_at(row), []).append(row["mode"] or NONE)
    return {at: modes[0] for at, modes in by_at.items() if len(modes) == 1}


def score(key_path: Path, labels_path: Path, others: Sequence[str] = ()) -> None:
    """The two sides' modes against the judge's; ``others`` (NAME=DUMP) scores other dumps'
    modes on the same records, e.g. the code before a session: the judge saw no coder's answer,
    so any code's modes can be read against the same labels."""
    keys, labels = read_labels(key_path, labels_path)
    print("| records | n | back-end | mode right | share | 95% interval |")
    print("|---|---|---|---|---|---|")
    for kind in ("differ", "agree"):
        chosen = [i for i, k in keys.items() if k["kind"] == kind]
        if not chosen:
            continue
        for side in ("rules", "learned"):
            hits = sum(keys[i][side] == labels[i] for i in chosen)
            print(f"| modes {kind} | {len(chosen)} | {side} | {_share(hits, len(chosen))} |")
        for other in others:
            name, _, path = other.partition("=")
            modes = dump_modes(Path(path))
            hits = sum(modes.get(_at(keys[i])) == labels[i] for i in chosen)
            print(f"| modes {kind} | {len(chosen)} | {name} | {_share(hits, len(chosen))} |")
    differ = [i for i, k in keys.items() if k["kind"] == "differ"]
    neither = sum(labels[i] not in (keys[i]["rules"], keys[i]["learned"]) for i in differ)
    print(f"\nmodes differ: neither back-end's mode is the judge's on {neither} of {len(differ)}")


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def model_answers(samples: Sequence[str]) -> list[tuple[str, float, str]]:
    """(the shipped mode model's mode, its confidence, the judge's mode) for every item of
    these judged samples (KEY.jsonl:LABELS.jsonl), given the item's sentence, trigger and type."""
    model = load_mode_model(DEFAULT_MODEL / "modes.npz")
    if model is None:
        sys.exit("the shipped model folder has no modes.npz")
    texts = {d.id: d.text for d in guardian_documents((GUARDIAN,))}
    out = []
    for sample in samples:
        key_path, _, labels_path = sample.partition(":")
        keys, labels = read_labels(Path(key_path), Path(labels_path))
        for item, row in keys.items():
            (s0, s1), (t0, t1) = row["sentence"], row["trigger"]
            answer = model.predict(row["event"], texts[row["doc_id"]][s0:s1], (t0 - s0, t1 - s0))
            out.append((answer.mode or NONE, answer.confidence, labels[item]))
    return out


def threshold(choose: Sequence[str], test: Sequence[str]) -> None:
    """The mode model's threshold (``modes.USE_MODEL_FROM``: below it, no mode) chosen on judged
    items, most answers equal to the judge's (ties to the lower), then scored once on others."""

    def right(rows: list[tuple[str, float, str]], t: float) -> int:
        return sum(
            (mode if confidence >= t else NONE) == judged for mode, confidence, judged in rows
        )

    chosen_rows, test_rows = model_answers(choose), model_answers(test)
    print(f"| threshold | chosen on ({len(chosen_rows)}) | test ({len(test_rows)}) |")
    print("|---|---|---|")
    for t in THRESHOLDS:
        print(f"| {t} | {right(chosen_rows, t)} | {right(test_rows, t)} |")
    best = max(THRESHOLDS, key=lambda t: (right(chosen_rows, t), -t))
    print(
        f"\nchosen: {best}; on the test items {right(test_rows, best)} against "
        f"{right(test_rows, 0.0)} at 0"
    )


def main() -> None:
    cli = JudgingCli(__doc__, 60, seed=724)
    cli.draw.add_argument("--rules", type=Path, required=True, help="dump --coder rules")
    cli.draw.add_argument("--learned", type=Path, required=True, help="dump --coder learned")
    cli.draw.add_argument("--controls", type=int, default=20, help="records whose modes agree")
    cli.judged.add_argument(
        "--dump",
        action="append",
        default=[],
        metavar="NAME=DUMP",
        help="also score this dump's modes on the same records (repeatable)",
    )
    choosing = cli.commands.add_parser("threshold")
    choosing.add_argument("--choose", action="append", required=True, metavar="KEY:LABELS")
    choosing.add_argument("--test", action="append", required=True, metavar="KEY:LABELS")
    dumping = cli.commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--coder", default="rules")
    args = cli.parse()
    if args.command == "dump":
        dump(args.out, args.coder)
    elif args.command == "threshold":
        threshold(args.choose, args.test)
    elif args.command == "sample":
        sample(
            args.items,
            args.key,
            args.rules,
            args.learned,
            args.n,
            args.controls,
            args.seed,
            args.exclude,
        )
    else:
        score(args.key, args.labels, args.dump)


if __name__ == "__main__":
    main()
