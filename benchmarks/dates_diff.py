"""How a change to record dating moves the coder's output: dump, then compare two dumps.

``dump`` codes the seed article, the 249 Guardian articles and the first 150 documents of the
PLOVER GSR and of the NGEC synthetic stories (``../shared/data``) and writes each record's date
fields, keyed by document, kind and trigger offset (record numbers shift when one record
appears or goes). ``compare`` prints a table of what changed between two dumps, then every
changed record with its context, for reading by hand: dating has no gold standard here.

Usage (one dump per checkout, e.g. before and after a change):
    PYTHONPATH=src python benchmarks/dates_diff.py dump before.jsonl
    PYTHONPATH=src python benchmarks/dates_diff.py compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SOURCES = (
    ("corpora/seed_article.jsonl", None),
    ("corpora/guardian_sdf.jsonl", None),
    ("events/plover_gsr.jsonl", 150),
    ("events/ngec_synthetic.jsonl", 150),
)
FIELDS = ("event", "date", "date_text", "aux_modes", "confidence")
DOCUMENT_KEYS = ("id", "text", "date", "title", "source", "url")


def read_rows() -> list[dict]:
    rows: list[dict] = []
    for name, limit in SOURCES:
        with (DATA / name).open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if limit is not None and n >= limit:
                    break
                rows.append(json.loads(line))
    return rows


def dump(out: Path) -> None:
    from wirewatch.pipeline import Coded, Pipeline
    from wirewatch.schema import Document

    documents = [Document.model_validate({k: r.get(k) for k in DOCUMENT_KEYS}) for r in read_rows()]
    with out.open("w", encoding="utf-8") as handle:
        for coded in Pipeline().code(documents):
            if not isinstance(coded, Coded):
                continue
            for record in coded.records:
                where = getattr(record, "trigger", None) or record.verb
                row = record.model_dump(mode="json")
                line = {"key": f"{record.doc_id}|{record.kind}|{where.start}", "text": where.text}
                line.update({f: row.get(f) for f in FIELDS})
                handle.write(json.dumps(line) + "\n")


def load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {r["key"]: r for r in map(json.loads, handle)}


def compare(before_path: Path, after_path: Path) -> None:
    before, after = load(before_path), load(after_path)
    texts = {r["id"]: r["text"] for r in read_rows()}
    changed: Counter[str] = Counter()
    lines = []
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        diffs = [f for f in FIELDS if old[f] != new[f]]
        changed.update(diffs)
        if diffs:
            doc_id, _, start = key.split("|")
            context = texts[doc_id][max(0, int(start) - 120) : int(start) + 80].replace("\n", " ")
            shown = {f: (old[f], new[f]) for f in diffs}
            lines.append(f"{key} {old['text']!r} {shown}\n    …{context}…")
    for key in sorted(after.keys() - before.keys()):
        new = after[key]
        lines.append(f"NEW {key} {new['text']!r} {new['event']} {new['date']} {new['aux_modes']}")
    for key in sorted(before.keys() - after.keys()):
        old = before[key]
        lines.append(f"GONE {key} {old['text']!r} {old['event']} {old['date']}")
    print("| records before | records after | new | gone | " + " | ".join(FIELDS) + " |")
    print("|" + "---|" * (4 + len(FIELDS)))
    counts = [len(before), len(after), len(after.keys() - before.keys())]
    counts.append(len(before.keys() - after.keys()))
    counts += [changed[f] for f in FIELDS]
    print("| " + " | ".join(str(c) for c in counts) + " |")
    print()
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("out", type=Path)
    pair = commands.add_parser("compare")
    pair.add_argument("before", type=Path)
    pair.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
