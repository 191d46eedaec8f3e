"""Rules against the learned back-end where they disagree on Guardian news, judged blind in pairs.

    PYTHONPATH=src python benchmarks/coder_disagreements.py sample ITEMS.md KEY.jsonl [--n 80]
    PYTHONPATH=src python benchmarks/coder_disagreements.py sample ITEMS.md KEY.jsonl \
        --pool argmax --seed 23 --n 320 --exclude FIRST_KEY.jsonl
    PYTHONPATH=src python benchmarks/coder_disagreements.py score KEY.jsonl LABELS.jsonl
    PYTHONPATH=src python benchmarks/coder_disagreements.py tune DEV_KEY DEV_LABELS \
        TEST_KEY TEST_LABELS

Both back-ends see the same candidates (trigger, actor, recipient), so where both make a record
for a trigger they differ only in its type. ``sample`` codes the Guardian corpus with each
(shipped settings), keeps the triggers whose two records differ in type, draws ``--n`` of them
(``random.Random(17)``) and writes, for a judge told nothing of where the answers come from, the
sentence, trigger, actor, recipient and the two types as A and B in random order with their
codebook gists; the key (which letter is which coder, document and offsets; no article text)
goes apart, with the model's probabilities for the candidate. ``--pool argmax`` draws instead
from every trigger where the model's arg-max differs from the lexicon's proposal: every trigger
that some setting of ``events.relabel.choose`` could re-type.

``score`` reads the judge's answers (``{"item", "label"}``: ``A``, ``B``, ``neither`` or
``no event``) and prints how often each coder's type was chosen, with a two-sided sign test over
the items where one was. ``tune`` re-decides judged items with ``choose`` for a grid of
``keep_rules_below`` and ``rules_boost``: how many judged items each setting gets right, on a
development and a test set, beside the held-out PLV and GSR accuracy of the setting
(``relabel_tuning.accuracy``).
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import JudgingCli, combiner, guardian_documents, judged_triggers, record_row
from wirewatch.config import Settings
from wirewatch.events.learned_coder import candidate_relation
from wirewatch.events.llm import codebook
from wirewatch.events.relabel import choose
from wirewatch.pipeline import Coded, Pipeline
from wirewatch.schema import Document


def records(
    coder: str, documents: list[Document], config: dict[str, float]
) -> dict[tuple[str, int], dict]:
    """Every record, by (document, trigger start); with the learned back-end, the model's
    probabilities for its candidate and the lexicon's proposal too."""
    stage = {"ww_events": {"coder_config": config if coder == "learned" else {}}}
    pipeline = Pipeline(Settings(coder=coder), stage_config=stage)
    seen: dict[int, tuple[dict[str, float], str]] = {}
    if coder == "learned":
        back_end = pipeline.nlp.get_pipe("ww_events").coder
        decide = back_end.decide

        def recording(candidates):  # type: ignore[no-untyped-def]
            relations = [candidate_relation(c, False) for c in candidates]
            for c, answer in zip(candidates, back_end.classifier.classify(relations), strict=True):
                seen[c.trigger.start_char] = (answer.scores, c.proposal.event)
            return decide(candidates)

        back_end.decide = recording
    out = {}
    for item in pipeline.code(documents):
        if not isinstance(item, Coded):
            continue
        for event in item.events:
            out[(item.document.id, event.trigger.start)] = record_row(item.document, event)
            if event.trigger.start in seen:
                scores, proposal = seen[event.trigger.start]
                out[(item.document.id, event.trigger.start)]["scores"] = {
                    t: round(p, 4) for t, p in scores.items()
                }
                out[(item.document.id, event.trigger.start)]["proposal"] = proposal
        seen.clear()
    return out


def sample(
    items_path: Path,
    key_path: Path,
    n: int,
    pool: str,
    seed: int,
    exclude: list[Path],
    config: dict[str, float],
) -> None:
    documents = guardian_documents()
    rules, learned = records("rules", documents, config), records("learned", documents, config)
    both = sorted(k for k in rules if k in learned)
    if pool == "shipped":
        differ = [k for k in both if rules[k]["event"] != learned[k]["event"]]
    else:
        # The model's own answer against the lexicon's, where the rules' record is the proposal.
        differ = [
            k
            for k in both
            if rules[k]["event"] == learned[k]["proposal"]
            and max(learned[k]["scores"], key=learned[k]["scores"].get) != rules[k]["event"]
        ]
    taken = judged_triggers(exclude)
    differ = [k for k in differ if k not in taken]
    print(f"triggers with a record from both: {len(both)}; in the pool: {len(differ)}")
    rng = random.Random(seed)
    drawn = rng.sample(differ, min(n, len(differ)))
    book = codebook()["types"]
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, k in enumerate(drawn, start=1):
            scores = learned[k]["scores"]
            model = learned[k]["event"] if pool == "shipped" else max(scores, key=scores.get)
            r, answers = rules[k], [("rules", rules[k]["event"]), ("learned", model)]
            rng.shuffle(answers)
            (a_coder, a_type), (b_coder, b_type) = answers
            items.write(
                f"## Item {number}\n\nSentence: {r['text']}\n\nTrigger: {r['trigger_text']}\n"
                f"Actor: {r['actor']}\nRecipient: {r['recipient']}\n"
                f"A: {a_type} ({book[a_type]['gist']})\nB: {b_type} ({book[b_type]['gist']})\n\n"
            )
            row = {"item": number, "A": a_coder, "B": b_coder, "A_type": a_type, "B_type": b_type}
            row |= {f: r[f] for f in ("doc_id", "sentence", "trigger")}
            row |= {"scores": scores, "proposal": learned[k]["proposal"]}
            key.write(json.dumps(row) + "\n")


def sign_test(wins: int, losses: int) -> float:
    """Two-sided exact binomial p-value for wins against losses at even odds."""
    n = wins + losses
    tail = sum(math.comb(n, i) for i in range(min(wins, losses) + 1)) / 2**n
    return min(1.0, 2 * tail)


def score(key_path: Path, labels_path: Path) -> None:
    keys = {r["item"]: r for r in map(json.loads, key_path.open(encoding="utf-8"))}
    labels = {r["item"]: r["label"] for r in map(json.loads, labels_path.open(encoding="utf-8"))}
    if set(labels) != set(keys):
        sys.exit(f"answers cover {len(labels)} of {len(keys)} items")
    chosen = [keys[i][labels[i]] if labels[i] in ("A", "B") else labels[i] for i in keys]
    counts = {c: chosen.count(c) for c in ("learned", "rules", "neither", "no event")}
    p = sign_test(counts["learned"], counts["rules"])
    print("| items | learned's type | rules' type | neither | no event | sign test p |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {len(keys)} | {counts['learned']} | {counts['rules']} | {counts['neither']} | "
        f"{counts['no event']} | {p:.3f} |"
    )


def judged_items(key_path: Path, labels_path: Path) -> list[tuple[dict, str]]:
    """(key row, the type the judge chose) for the items judged A or B."""
    keys = {r["item"]: r for r in map(json.loads, key_path.open(encoding="utf-8"))}
    labels = {r["item"]: r["label"] for r in map(json.loads, labels_path.open(encoding="utf-8"))}
    return [(keys[i], keys[i][f"{label}_type"]) for i, label in labels.items() if label in "AB"]


def tune(dev: list[tuple[dict, str]], test: list[tuple[dict, str]]) -> None:
    from relabel_tuning import CANDIDATES, CV_PIPELINE, accuracy, gold_types, read_jsonl

    rows = {r["key"]: r for r in read_jsonl(CANDIDATES)}
    held = {r["id"]: r for r in read_jsonl(CV_PIPELINE)}
    plv, gsr = gold_types("plv_train.jsonl"), gold_types("plover_gsr.jsonl")

    def right(items: list[tuple[dict, str]], boost: float, keep: float) -> int:
        return sum(choose(k["scores"], k["proposal"], boost, keep)[0] == want for k, want in items)

    print(f"dev: {len(dev)} judged items; test: {len(test)}")
    print(
        "| keep_rules_below | rules_boost | dev right | test right | PLV (held-out)"
        " | GSR (held-out) |"
    )
    print("|---|---|---|---|---|---|")
    for keep in (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        for boost in (0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0):
            print(
                f"| {keep} | {boost} | {right(dev, boost, keep)} | {right(test, boost, keep)} | "
                f"{accuracy(plv, rows, held, boost, keep):.3f} | "
                f"{accuracy(gsr, rows, held, boost, keep):.3f} |",
                flush=True,
            )


def main() -> None:
    cli = JudgingCli(__doc__, 80, seed=17, with_combiner=True)
    cli.draw.add_argument("--pool", choices=("shipped", "argmax"), default="shipped")
    grid = cli.commands.add_parser("tune")
    for name in ("dev_key", "dev_labels", "test_key", "test_labels"):
        grid.add_argument(name, type=Path)
    args = cli.parse()
    if args.command == "sample":
        config = combiner(args.combiner)
        sample(args.items, args.key, args.n, args.pool, args.seed, args.exclude, config)
    elif args.command == "score":
        score(args.key, args.labels)
    else:
        tune(
            judged_items(args.dev_key, args.dev_labels),
            judged_items(args.test_key, args.test_labels),
        )


if __name__ == "__main__":
    main()
