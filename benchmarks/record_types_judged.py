"""Each record's type on real news, named blind: a random sample of the default coder's records.

    PYTHONPATH=src python benchmarks/record_types_judged.py sample ITEMS.md KEY.jsonl [--n 320]
        [--seed 31] [--exclude KEY.jsonl …]
    PYTHONPATH=src python benchmarks/record_types_judged.py score KEY.jsonl LABELS.jsonl
        [--model DIR] [--combiner KEEP,BOOST] [--rules-now]
    PYTHONPATH=src python benchmarks/record_types_judged.py crossfit KEY.jsonl LABELS.jsonl \
        --models HALF0_DIR,HALF1_DIR
    PYTHONPATH=src python benchmarks/record_types_judged.py agreement LABELS.jsonl SECOND.jsonl \
        [--key KEY.jsonl]

The other judged samples were drawn where the coders disagree or from open verbs. This one is
drawn from every record the default ``rules`` coder makes in the Guardian corpus
(``random.Random(31)``), and the judge is shown no type at all: the sentence, trigger, actor and
recipient only, and names the PLOVER type of the event the trigger expresses (its mode aside)
or "no event". The key keeps, for each item, the rules' type, the ``learned`` back-end's type
for the same trigger (shipped settings; none if it made no record there) and the model's own
arg-max, so ``score`` compares all three with the judged type (``--model DIR``: the learned
back-end and the model re-run with another model folder on the same triggers; ``--rules-now``: the
rules' type re-coded by the working tree's rules coder, so a lexicon change is scored on the same
triggers, an item whose trigger no longer makes a record counting as none). The judged set is
trigger-level gold on real news, which PLV and the GSR are not. ``agreement`` compares two
judges' labels on the items both labelled (raw agreement and Cohen's kappa); ``tune --model DIR``
chooses a combiner for another model on the odd items and scores it on the even ones;
``crossfit`` scores every combiner on a sample whose two document halves are each answered by
the model trained without them.

The first sample (``record_types``, seed 31, from every record) is the test set and is never
trained on. The second (``record_types_train``, seed 37, 400 items) was drawn from the records no
earlier sample had judged: since the disagreement samples had taken most triggers where the
model's arg-max and the lexicon differ, it holds fewer of those than a uniform draw would.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coder_disagreements import records
from guardian_records import (
    TEXT_FIELDS,
    JudgingCli,
    combiner,
    document_halves,
    guardian_documents,
    judged_triggers,
)
from wirewatch.events.learned import DEFAULT_MODEL
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.events.relabel import choose

NO_EVENT = "no event"


def sample(items_path: Path, key_path: Path, n: int, seed: int, exclude: list[Path]) -> None:
    documents = guardian_documents()
    rules, learned = records("rules", documents, {}), records("learned", documents, {})
    taken = judged_triggers(exclude)
    pool = sorted(k for k in rules if k not in taken)
    print(
        f"rules records: {len(rules)}; not judged before: {len(pool)}; learned records at the"
        f" same triggers: {sum(k in learned for k in pool)}"
    )
    drawn = random.Random(seed).sample(pool, min(n, len(pool)))
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, trigger in enumerate(drawn, start=1):
            r, other = rules[trigger], learned.get(trigger)
            items.write(
                f"## Item {number}\n\nSentence: {r['text']}\n\nTrigger: {r['trigger_text']}\n"
                f"Actor: {r['actor']}\nRecipient: {r['recipient']}\n\n"
            )
            row = {f: v for f, v in r.items() if f not in TEXT_FIELDS + ("actor", "recipient")}
            rules_type = row.pop("event")
            row = {"item": number, **row, "rules": rules_type}
            row["learned"] = other["event"] if other else None
            scores = other.get("scores") if other else None
            row["model"] = max(scores, key=scores.get) if scores else None
            key.write(json.dumps(row) + "\n")


def with_model(keys: dict[int, dict], model: Path, config: dict[str, float] | None = None) -> None:
    """Replace the learned back-end's and the model's answers with another model folder's (and
    the back-end's with another combiner's, ``config``)."""
    wanted = {k["doc_id"] for k in keys.values()}
    documents = [d for d in guardian_documents() if d.id in wanted]
    learned = records("learned", documents, {"model_dir": str(model), **(config or {})})
    for key in keys.values():
        other = learned.get((key["doc_id"], key["trigger"][0]))
        scores = other.get("scores") if other else None
        key["learned"] = other["event"] if other else None
        key["model"] = max(scores, key=scores.get) if scores else None
        key["scores"], key["proposal"] = scores, other.get("proposal") if other else None


def with_rules_now(keys: dict[int, dict]) -> None:
    """Replace the rules' type with the record the rules coder makes now at the same trigger."""
    wanted = {k["doc_id"] for k in keys.values()}
    now = records("rules", [d for d in guardian_documents() if d.id in wanted], {})
    changed = 0
    for key in keys.values():
        record = now.get((key["doc_id"], key["trigger"][0]))
        rules = record["event"] if record else None
        changed += rules != key["rules"]
        key["rules_drawn"], key["rules"] = key["rules"], rules
    print(f"rules re-coded now: {changed} of {len(keys)} items changed type (or lost the record)")


KEEPS = (0.0, 0.3, 0.5, 0.7, 0.9, 0.95)
BOOSTS = (0.0, 0.5, 1.0, 2.0, 4.0, 6.0)


def record_type(key: dict, boost: float, keep: float) -> str:
    """The type the record would carry under this combiner. Where the model keeps the lexicon's
    proposal the record is the rules' own (which the pipeline may have turned into AGREE, a
    committed future act); otherwise it is the model's choice."""
    decided = choose(key["scores"], key["proposal"], boost, keep)[0]
    return key["rules"] if decided == key["proposal"] else decided


def right(items: list[tuple[dict, str]], boost: float, keep: float) -> int:
    return sum(record_type(k, boost, keep) == want for k, want in items)


def read_judged(key_path: Path, labels_path: Path) -> tuple[dict[int, dict], dict[int, str]]:
    keys = {r["item"]: r for r in map(json.loads, key_path.open(encoding="utf-8"))}
    labels = {r["item"]: r["label"] for r in map(json.loads, labels_path.open(encoding="utf-8"))}
    return keys, labels


def tune(key_path: Path, labels_path: Path, model: Path) -> None:
    """A combiner for ``model`` chosen on the odd items and scored on the even ones."""
    keys, labels = read_judged(key_path, labels_path)
    with_rules_now(keys)  # the proposals below come from this checkout's lexicon too
    with_model(keys, model)
    judged = [(k, labels[i]) for i, k in keys.items() if k["scores"] and k["proposal"]]
    odd = [(k, want) for k, want in judged if k["item"] % 2]
    even = [(k, want) for k, want in judged if not k["item"] % 2]
    rules = [sum(k["rules"] == want for k, want in half) for half in (odd, even)]
    print(f"odd (dev) {len(odd)}, even (test) {len(even)}; rules right: {rules[0]}, {rules[1]}")
    print("| keep_rules_below | rules_boost | odd right | even right |\n|---|---|---|---|")
    for keep in KEEPS:
        for boost in BOOSTS:
            print(f"| {keep} | {boost} | {right(odd, boost, keep)} | {right(even, boost, keep)} |")


def crossfit(key_path: Path, labels_path: Path, models: list[Path]) -> None:
    """A combiner chosen on held-out answers for every item: ``models[h]`` was trained without
    document half ``1 - h`` of this sample (``training/judged_examples.py --half h``) and answers
    that half's items."""
    keys, labels = read_judged(key_path, labels_path)
    with_rules_now(keys)  # the proposals below come from this checkout's lexicon too
    halves = document_halves([k["doc_id"] for k in keys.values()])
    for half, model in enumerate(models):
        answered = {i: k for i, k in keys.items() if halves[k["doc_id"]] == 1 - half}
        with_model(answered, model)
    judged = [(k, labels[i]) for i, k in keys.items() if k["scores"] and k["proposal"]]
    rules = sum(k["rules"] == want for k, want in judged)
    print(f"{len(judged)} items answered held out; rules right: {rules}")
    print("| keep_rules_below | rules_boost | right |\n|---|---|---|")
    for keep in KEEPS:
        for boost in BOOSTS:
            print(f"| {keep} | {boost} | {right(judged, boost, keep)} |")


def score(
    key_path: Path,
    labels_path: Path,
    model: Path | None,
    config: dict[str, float],
    rules_now: bool = False,
) -> None:
    keys, labels = read_judged(key_path, labels_path)
    if rules_now:
        with_rules_now(keys)
    if model is not None or config:
        with_model(keys, model or DEFAULT_MODEL, config)
    if set(labels) != set(keys):
        sys.exit(f"labels cover {len(labels)} of {len(keys)} items")
    bad = {v for v in labels.values() if v != NO_EVENT and v not in EVENT_TYPES}
    if bad:
        sys.exit(f"labels that are neither a PLOVER type nor {NO_EVENT!r}: {sorted(bad)}")
    events = [i for i in keys if labels[i] != NO_EVENT]
    print(f"{len(keys)} records judged; {len(keys) - len(events)} no event")
    print("| answer | right of all records | right of the records that are events |")
    print("|---|---|---|")
    for who in ("rules", "learned", "model"):
        right = sum(keys[i][who] == labels[i] for i in events)
        print(f"| {who} | {right / len(keys):.3f} ({right}) | {right / len(events):.3f} |")
    if rules_now:
        # A record the rules no longer make is no type at all: right to lose where the judges
        # saw no event, a loss where they saw one.
        gone = [i for i in keys if keys[i]["rules"] is None]
        false_gone = sum(labels[i] == NO_EVENT for i in gone)
        right_gone = sum(keys[i]["rules_drawn"] == labels[i] for i in gone)
        print(
            f"\nrecords the rules no longer make: {len(gone)} ({false_gone} judged no event;"
            f" {len(gone) - false_gone} judged an event, {right_gone} of them typed right when"
            " drawn)"
        )
    # Where the lexicon goes wrong most often: the next entries to look at.
    misses = Counter((keys[i]["rules"], labels[i]) for i in keys if keys[i]["rules"] != labels[i])
    print("\n| rules' type | judged | records |\n|---|---|---|")
    for (given, judged), count in misses.most_common(12):
        print(f"| {given} | {judged} | {count} |")


def agreement(first_path: Path, second_path: Path, key_path: Path | None = None) -> None:
    """Two judges' labels on the items both labelled; with ``key_path``, also how often each
    answer of the key matches the judges where they agree and each judge where they differ."""
    first = {r["item"]: r["label"] for r in map(json.loads, first_path.open(encoding="utf-8"))}
    second = {r["item"]: r["label"] for r in map(json.loads, second_path.open(encoding="utf-8"))}
    both = sorted(set(first) & set(second))
    if not both:
        sys.exit("the two files share no item")
    same = sum(first[i] == second[i] for i in both) / len(both)
    # Chance agreement from each judge's own label frequencies.
    a, b = Counter(first[i] for i in both), Counter(second[i] for i in both)
    chance = sum(a[label] * b[label] for label in a) / len(both) ** 2
    kappa = (same - chance) / (1 - chance) if chance < 1 else 1.0
    print(f"{len(both)} items labelled by both: agreement {same:.3f}, Cohen's kappa {kappa:.3f}")
    for i in both:
        if first[i] != second[i]:
            print(f"  item {i}: {first[i]} / {second[i]}")
    if key_path is None:
        return
    keys = {r["item"]: r for r in map(json.loads, key_path.open(encoding="utf-8"))}
    agreed = [i for i in both if first[i] == second[i]]
    differ = [i for i in both if first[i] != second[i]]
    print(
        "\n| answer | right where the judges agree | matches the first / second where they differ |"
    )
    print("|---|---|---|")
    for who in ("rules", "learned", "model"):
        right = sum(keys[i][who] == first[i] for i in agreed)
        one = sum(keys[i][who] == first[i] for i in differ)
        two = sum(keys[i][who] == second[i] for i in differ)
        print(f"| {who} | {right} of {len(agreed)} | {one} / {two} of {len(differ)} |")


def main() -> None:
    cli = JudgingCli(__doc__, 320, seed=31)
    cli.judged.add_argument("--model", type=Path, help="answers from this model folder instead")
    cli.judged.add_argument("--combiner", help="KEEP,BOOST for the learned back-end instead")
    cli.judged.add_argument(
        "--rules-now", action="store_true", help="the rules' type re-coded by this checkout"
    )
    grid = cli.commands.add_parser("tune")
    grid.add_argument("key", type=Path)
    grid.add_argument("labels", type=Path)
    grid.add_argument("--model", type=Path, required=True)
    fitted = cli.commands.add_parser("crossfit")
    fitted.add_argument("key", type=Path)
    fitted.add_argument("labels", type=Path)
    fitted.add_argument(
        "--models", required=True, help="HALF0_DIR,HALF1_DIR (judged_examples.py --half 0, 1)"
    )
    twice = cli.commands.add_parser("agreement")
    twice.add_argument("first", type=Path)
    twice.add_argument("second", type=Path)
    twice.add_argument("--key", type=Path, help="the sample's key: score its answers too")
    args = cli.parse()
    if args.command == "sample":
        sample(args.items, args.key, args.n, args.seed, args.exclude)
    elif args.command == "score":
        score(args.key, args.labels, args.model, combiner(args.combiner), args.rules_now)
    elif args.command == "tune":
        tune(args.key, args.labels, args.model)
    elif args.command == "crossfit":
        crossfit(args.key, args.labels, [Path(p) for p in args.models.split(",")])
    else:
        agreement(args.first, args.second, args.key)


if __name__ == "__main__":
    main()
