"""Are the country codes a change gives its actors right? Judged blind on news prose.

    PYTHONPATH=src python benchmarks/code_check.py sample ITEMS.md KEY.jsonl \
        --before BEFORE.jsonl --after AFTER.jsonl [--n 40] [--seed 16] [--corpus PATH …]
    PYTHONPATH=src python benchmarks/code_check.py score KEY.jsonl LABELS.jsonl

``change_precision.py``'s paired sample cannot weigh a dictionary entry whose only effect on a
record is a country code where there was none ("Mubarak [no country]" → "Mubarak [EGY]"): its
brief counts a code left out as not wrong, so such a record is right before and after. This
script draws the participants (actor or recipient mentions) of records that two dumps
(``change_precision.py dump``) share in every other respect — document, trigger, type and
participant words — but whose code differs, and shows a judge told nothing of the change the
sentence, the mention and the country its code names. The judge answers ``right`` (the mention,
as the sentence uses it, is of that country or body), ``wrong`` (of another) or ``unclear``
(the sentence does not tell, and the judge does not know). ``score`` prints the share right by
kind of change (a code added where none was; one code replaced by another) with its 95%
interval. The brief: ``benchmarks/data/guardian_judged/BRIEF_code_check.md``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import GUARDIAN, JudgingCli, guardian_documents, read_dump, read_judged
from open_precision import share_row
from wirewatch.actors.dictionary import DATA_DIR, read_entries

LABELS = ("right", "wrong", "unclear")
NO_CODE = "no country"
# Codes that name a kind of body, not a country.
BODY_KINDS = {
    "IGO": "an intergovernmental organisation (UN, EU, NATO, …)",
    "NGO": "a non-governmental organisation (charity, rights group, …)",
    "IMG": "an international militant group (Islamic State, al-Qaida, …)",
}
MENTION = re.compile(r"^(?P<text>.*) \[(?P<code>[^\[\]]*)\]$")


def participants(field: str) -> list[tuple[str, str]]:
    """("Mubarak", "EGY") for each mention of a dump's actor or recipient field."""
    if field == "(none named)":
        return []
    found = []
    for part in field.split("; "):
        match = MENTION.match(part)
        found.append((match["text"], match["code"]) if match else (part, NO_CODE))
    return found


def _shape(row: dict) -> tuple:
    """A record with its codes left out: what must agree for a change to be a code's alone."""
    words = tuple(
        tuple(text for text, _ in participants(row[role])) for role in ("actor", "recipient")
    )
    return (row["doc_id"], *row["trigger"], row["event"], words)


def code_changes(before: list[dict], after: list[dict]) -> list[dict]:
    """Each mention whose code differs between two forms of one record, once per mention."""
    older: dict[tuple, list[dict]] = {}
    for row in before:
        older.setdefault(_shape(row), []).append(row)
    changes, seen = [], set()
    for row in after:
        for old in older.get(_shape(row), []):
            for role in ("actor", "recipient"):
                pairs = zip(participants(old[role]), participants(row[role]), strict=True)
                for (text, was), (_, now) in pairs:
                    key = (row["doc_id"], *row["sentence"], text, was, now)
                    if was != now and key not in seen:
                        seen.add(key)
                        changes.append(
                            {
                                "doc_id": row["doc_id"],
                                "sentence": row["sentence"],
                                "trigger": row["trigger"],
                                "role": role,
                                "mention": text,
                                "before": was,
                                "after": now,
                                "kind": "added" if was == NO_CODE else "replaced",
                            }
                        )
    return changes


def country_names() -> dict[str, str]:
    """ISO alpha-3 code -> the country's name, from the shipped actor dictionary."""
    return {
        e.code: e.name
        for e in read_entries(DATA_DIR / "countries.jsonl")
        if e.type == "country" and e.code
    }


def describe(code: str, names: dict[str, str]) -> str:
    if code == NO_CODE:
        return "no country given"
    return BODY_KINDS.get(code) or f"{names.get(code, code)} ({code})"


def sample(
    items_path: Path,
    key_path: Path,
    before: Path,
    after: Path,
    n: int,
    seed: int,
    corpora: Sequence[Path] = (GUARDIAN,),
) -> None:
    changes = code_changes(read_dump(before), read_dump(after))
    rng = random.Random(seed)
    drawn = rng.sample(changes, min(n, len(changes)))
    print(f"pool: {len(changes)} mentions whose code changed; drawn {len(drawn)}")
    texts = {d.id: d.text for d in guardian_documents(corpora)}
    names = country_names()
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, change in enumerate(drawn, start=1):
            text = texts[change["doc_id"]]
            items.write(
                f"## Item {number}\n\nSentence: {text[slice(*change['sentence'])]}\n\n"
                f"Mention: {change['mention']}\n"
                f"Country: {describe(change['after'], names)}\n\n"
            )
            key.write(json.dumps({"item": number, **change}) + "\n")


def score(key_path: Path, labels_path: Path) -> None:
    keys, labels = read_judged(key_path, labels_path, LABELS)
    print("| codes | n | " + " | ".join(LABELS) + " | share right | 95% interval |")
    print("|---|---|" + "---|" * len(LABELS) + "---|---|")
    for kind in ("added", "replaced", "all"):
        chosen = [labels[i] for i, k in keys.items() if kind in ("all", k["kind"])]
        if chosen:
            print(share_row(kind, chosen, LABELS))


def main() -> None:
    cli = JudgingCli(__doc__, 40, seed=16)
    cli.draw.add_argument("--before", type=Path, required=True, help="dump before the change")
    cli.draw.add_argument("--after", type=Path, required=True, help="dump after the change")
    cli.draw.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a JSONL corpus the dumps coded (repeatable; as given to the dumps)",
    )
    args = cli.parse()
    if args.command == "sample":
        corpora = tuple(args.corpus or (GUARDIAN,))
        sample(args.items, args.key, args.before, args.after, args.n, args.seed, corpora)
    else:
        score(args.key, args.labels)


if __name__ == "__main__":
    main()
