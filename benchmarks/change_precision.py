"""Are the records a change adds as good as the records it keeps? Judged blind on Guardian prose.

    PYTHONPATH=src python benchmarks/change_precision.py dump RECORDS.jsonl [--coder rules]
    PYTHONPATH=src python benchmarks/change_precision.py sample ITEMS.md KEY.jsonl \
        --before BEFORE.jsonl --after AFTER.jsonl [--n 40] [--seed 16] [--paired]
    PYTHONPATH=src python benchmarks/change_precision.py score KEY.jsonl LABELS.jsonl

``--corpus PATH`` (repeatable, to ``dump`` and ``sample`` alike) codes other JSONL documents
instead, for a change the Guardian articles cannot show (they have no line breaks).

``dump`` codes the 249 Guardian articles with the checked-out code and writes every record
(where it is, its type, actor, recipient and auxiliary modes; no article text). Run it before
and after a change (a dictionary entry, a lexicon rule). ``sample`` draws ``--n`` records that
only the second dump has (*added*: new, or the same trigger with other participants or another
type) and ``--n`` that both have unchanged (*kept*, the control), shuffles them together and
writes the items for a judge told nothing of the change: sentence, trigger, type with its
codebook gist, actor and recipient with their country codes. ``--paired`` judges a change that
also alters or removes records (which *added* against *kept* cannot weigh: a change that strips
wrong participants from records wrong in other ways fails it): it draws ``--n`` triggers whose
records differ and shows every record at them in both forms, *before* and *after* (a removed
record appears only as *before*), with ``--n`` *kept* records, all shuffled together for one
judge. ``--beyond-codes`` leaves out of the changes a record whose only change is a country
code (a dictionary entry's usual effect, which this brief cannot see: ``code_check.py`` judges
those). ``score`` reads the labels (``right``, ``wrong type``, ``wrong participants``, ``no
event``) and prints each kind's share right with its 95% interval.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_records import (
    GUARDIAN,
    TEXT_FIELDS,
    JudgingCli,
    guardian_documents,
    read_dump,
    read_judged,
    record_row,
)
from open_precision import share_row
from wirewatch.eval.events import eval_pipeline
from wirewatch.events.llm import codebook
from wirewatch.pipeline import Coded

LABELS = ("right", "wrong type", "wrong participants", "no event")


def _participants(refs: list) -> str:
    return "; ".join(f"{r.text} [{r.code or 'no country'}]" for r in refs) or "(none named)"


def dump(
    out_path: Path,
    coder: str,
    corpora: Sequence[Path] = (GUARDIAN,),
    coder_config: dict | None = None,
) -> None:
    pipeline = eval_pipeline(coder, None, coder_config)
    with out_path.open("w", encoding="utf-8") as out:
        for item in pipeline.code(guardian_documents(corpora)):
            if not isinstance(item, Coded):
                continue
            for event in item.events:
                row = record_row(item.document, event)
                row["actor"] = _participants(event.actor)
                row["recipient"] = _participants(event.recipient)
                row["aux_modes"] = list(event.aux_modes)
                out.write(json.dumps({k: v for k, v in row.items() if k not in TEXT_FIELDS}))
                out.write("\n")


def _identity_with_codes(row: dict) -> tuple:
    return (row["doc_id"], *row["trigger"], row["event"], row["actor"], row["recipient"])


CODE = re.compile(r" \[[^\[\]]*\](?=; |$)")


def _identity_beyond_codes(row: dict) -> tuple:
    """A record's identity with its participants' country codes left out: a change that only
    gives or alters codes is weighed by ``code_check.py`` instead."""
    return (
        row["doc_id"],
        *row["trigger"],
        row["event"],
        CODE.sub("", row["actor"]),
        CODE.sub("", row["recipient"]),
    )


def _trigger(row: dict) -> tuple:
    return (row["doc_id"], *row["trigger"])


def sample(
    items_path: Path,
    key_path: Path,
    before: Path,
    after: Path,
    n: int,
    seed: int,
    paired: bool = False,
    corpora: Sequence[Path] = (GUARDIAN,),
    beyond_codes: bool = False,
) -> None:
    older, new = read_dump(before), read_dump(after)
    _identity = _identity_beyond_codes if beyond_codes else _identity_with_codes
    old = {_identity(r) for r in older}
    kept = [r for r in new if _identity(r) in old]
    rng = random.Random(seed)
    if paired:
        current = {_identity(r) for r in new}
        changed = sorted(
            {_trigger(r) for r in new if _identity(r) not in old}
            | {_trigger(r) for r in older if _identity(r) not in current}
        )
        chosen = set(rng.sample(changed, min(n, len(changed))))
        drawn = [("before", r) for r in older if _trigger(r) in chosen]
        drawn += [("after", r) for r in new if _trigger(r) in chosen]
        drawn += [("kept", r) for r in rng.sample(kept, min(n, len(kept)))]
        print(f"pools: {len(changed)} changed triggers, kept {len(kept)} records")
    else:
        added = [r for r in new if _identity(r) not in old]
        drawn = [("added", r) for r in rng.sample(added, min(n, len(added)))]
        drawn += [("kept", r) for r in rng.sample(kept, min(n, len(kept)))]
        print(f"pools: added {len(added)}, kept {len(kept)} records")
    rng.shuffle(drawn)
    texts = {d.id: d.text for d in guardian_documents(corpora)}
    book = codebook()["types"]
    with (
        items_path.open("w", encoding="utf-8") as items,
        key_path.open("w", encoding="utf-8") as key,
    ):
        for number, (kind, r) in enumerate(drawn, start=1):
            text = texts[r["doc_id"]]
            items.write(
                f"## Item {number}\n\nSentence: {text[slice(*r['sentence'])]}\n\n"
                f"Trigger: {text[slice(*r['trigger'])]}\nType: {r['event']}"
                f" ({book[r['event']]['gist']})\nActor: {r['actor']}\n"
                f"Recipient: {r['recipient']}\n\n"
            )
            key.write(json.dumps({"item": number, "kind": kind, **r}) + "\n")


def _kind_order(key: dict) -> int:
    # the change's own records first, the control last; older keys name their own kinds
    order = ("added", "before", "after", "kept")
    return order.index(key["kind"]) if key["kind"] in order else len(order)


def score(key_path: Path, labels_path: Path) -> None:
    keys, labels = read_judged(key_path, labels_path, LABELS)
    print("| records | n | " + " | ".join(LABELS) + " | share right | 95% interval |")
    print("|---|---|" + "---|" * len(LABELS) + "---|---|")
    for kind in dict.fromkeys(k["kind"] for k in sorted(keys.values(), key=_kind_order)):
        print(share_row(kind, [labels[i] for i, k in keys.items() if k["kind"] == kind], LABELS))


def main() -> None:
    cli = JudgingCli(__doc__, 40, seed=16)
    cli.draw.add_argument("--before", type=Path, required=True, help="dump before the change")
    cli.draw.add_argument("--after", type=Path, required=True, help="dump after the change")
    cli.draw.add_argument(
        "--paired", action="store_true", help="both forms of the records at changed triggers"
    )
    cli.draw.add_argument(
        "--beyond-codes",
        action="store_true",
        help="a record whose only change is a country code counts as kept (code_check.py)",
    )
    dumping = cli.commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--coder", default="rules")
    dumping.add_argument(
        "--actor-min",
        type=float,
        help="the learned back-end's actor finder threshold (default: off, as shipped)",
    )
    for command in (dumping, cli.draw):
        command.add_argument(
            "--corpus",
            type=Path,
            action="append",
            help="a JSONL corpus to code instead of the Guardian articles (repeatable; give "
            "the same to dump and sample)",
        )
    args = cli.parse()
    corpora = tuple(getattr(args, "corpus", None) or (GUARDIAN,))
    if args.command == "dump":
        config = {"actor_min": args.actor_min} if args.actor_min is not None else None
        dump(args.out, args.coder, corpora, config)
    elif args.command == "sample":
        sample(
            args.items,
            args.key,
            args.before,
            args.after,
            args.n,
            args.seed,
            args.paired,
            corpora,
            args.beyond_codes,
        )
    else:
        score(args.key, args.labels)


if __name__ == "__main__":
    main()
