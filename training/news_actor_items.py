"""Draw news candidates for actor annotation, and read the annotators' answers back.

The actor finder (``wirewatch.events.actor_finder``) is for the rule candidates that have no
actor. In news most of them have none in their sentence; the written set cannot teach that. This
script takes the Guardian articles of one half (``guardian_records.document_halves``: the other
half stays for the news check), finds the rule candidates with no actor and at least one actor
mention in their sentence, and writes a sample as numbered items for annotators (sentence,
trigger, numbered mentions) with a key. ``read`` turns the key and the annotators' answers into
``training/news_actors.jsonl``: document, trigger start and the chosen mention's offsets (null:
none of them), no text, so nothing of ``../shared`` is copied.

    python training/news_actor_items.py draw ITEMS.md KEY.jsonl [--n 600] [--seed 547] [--rest]
    python training/news_actor_items.py read KEY.jsonl ANSWERS.jsonl [OUT]
    python training/news_actor_items.py agree training/news_actors_second.jsonl

``agree`` compares a second, blind annotation of some of the same candidates (read into a file of
the same format) with the first: ``news_actors_second.jsonl`` holds 150 of the 600, drawn with
seed 548 and answered by a fourth annotator from the same brief (RESULTS.md, P548).
``draw --rest`` draws every candidate the first ``--n`` left out: the other 927 of the half's
1,527, answered by three more annotators into ``news_actors_rest.jsonl`` (P549; one answer that
named no listed mention was left out).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from train_actor_finder import candidates_with_mentions, read_jsonl  # the same folder

from wirewatch.config import Settings
from wirewatch.pipeline import Pipeline
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from guardian_records import GUARDIAN, document_halves, guardian_documents  # noqa: E402

OUT = ROOT / "training" / "news_actors.jsonl"
HALF = 0  # the annotated half; half 1 is left for the news check


def candidates(documents: list[Document]) -> list[dict]:
    """Every rule candidate with no actor and some actor mention in its sentence."""
    out = []
    pipeline = Pipeline(Settings(coder="rules"))
    for document, candidate, mentions in candidates_with_mentions(documents, pipeline):
        if candidate.actors:
            continue
        sentence = candidate.sentence
        out.append(
            {
                "doc_id": document.id,
                "sentence": [sentence.start_char, sentence.end_char],
                "trigger": [candidate.trigger.start_char, candidate.trigger.end_char],
                "mentions": [[ref.start, ref.end] for ref, _ in mentions],
            }
        )
    return out


def draw(items_path: Path, key_path: Path, n: int, seed: int, rest: bool = False) -> None:
    documents = guardian_documents()
    half = document_halves([d.id for d in documents])
    documents = [d for d in documents if half[d.id] == HALF]
    texts = {d.id: d.text for d in documents}
    pool = candidates(documents)
    random.Random(seed).shuffle(pool)
    chosen = sorted(pool[n:] if rest else pool[:n], key=lambda c: (c["doc_id"], c["trigger"][0]))
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, row in enumerate(chosen, start=1):
            text = texts[row["doc_id"]]
            sentence = " ".join(text[slice(*row["sentence"])].split())
            items.write(f"## Item {number}\n\nSentence: {sentence}\n\n")
            items.write(f"Trigger: {text[slice(*row['trigger'])]}\n\nMentions:\n")
            for k, (start, end) in enumerate(row["mentions"], start=1):
                items.write(f"{k}. {text[start:end]}\n")
            items.write("\n")
            key.write(json.dumps({"item": number, **row}) + "\n")
    print(f"{len(pool)} candidates in half {HALF}; {len(chosen)} drawn -> {items_path}")


def read(key_path: Path, answers_path: Path, out_path: Path) -> None:
    keys = {r["item"]: r for r in read_jsonl(key_path)}
    answers = {r["item"]: r["actor"] for r in read_jsonl(answers_path)}
    if set(answers) != set(keys):
        sys.exit(f"answers must name each of the {len(keys)} items")
    with out_path.open("w", encoding="utf-8") as out:
        for number in sorted(keys):
            row, answer = keys[number], answers[number]
            if not isinstance(answer, int) or not 0 <= answer <= len(row["mentions"]):
                sys.exit(f"item {number}: the answer must be 0 or a mention's number")
            actor = row["mentions"][answer - 1] if answer else None
            out.write(
                json.dumps({"doc_id": row["doc_id"], "trigger": row["trigger"], "actor": actor})
                + "\n"
            )
    print(f"{len(keys)} answers -> {out_path}")


def agree(second_path: Path, first_path: Path = OUT) -> None:
    """How often two annotations of the same candidates name the same mention, or both none."""
    first = {(r["doc_id"], r["trigger"][0]): r["actor"] for r in read_jsonl(first_path)}
    pairs = []
    for row in read_jsonl(second_path):
        key = (row["doc_id"], row["trigger"][0])
        if key not in first:
            sys.exit(f"{row['doc_id']} at {key[1]}: not a candidate of {first_path.name}")
        pairs.append((first[key], row["actor"]))
    same = sum(a == b for a, b in pairs)
    named = [(a, b) for a, b in pairs if a is not None]
    print(f"{len(pairs)} candidates: the same answer {same} ({same / len(pairs):.2f});")
    print(f"both none {sum(a is None and b is None for a, b in pairs)}; where the first names a")
    print(f"mention ({len(named)}), the second names the same {sum(a == b for a, b in named)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw")
    drawing.add_argument("items", type=Path)
    drawing.add_argument("key", type=Path)
    drawing.add_argument("--n", type=int, default=600)
    drawing.add_argument("--seed", type=int, default=547)
    drawing.add_argument("--rest", action="store_true", help="every candidate the --n left out")
    reading = commands.add_parser("read")
    reading.add_argument("key", type=Path)
    reading.add_argument("answers", type=Path)
    reading.add_argument("out", type=Path, nargs="?", default=OUT)
    commands.add_parser("agree").add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "agree":
        agree(args.second)
        return
    if not GUARDIAN.exists():
        sys.exit(f"needs {GUARDIAN} (the shared development data)")
    if args.command == "draw":
        draw(args.items, args.key, args.n, args.seed, args.rest)
    else:
        read(args.key, args.answers, args.out)


if __name__ == "__main__":
    main()
