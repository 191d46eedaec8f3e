"""How each gold set codes a committed future act: the PLOVER manual's intention rule, measured.

    PYTHONPATH=src python benchmarks/intention_convention.py [--coder rules]

The manual codes a cooperative act reported in the future tense as AGREE ("Portugal will support
…"), and wirewatch follows it for both back-ends (``ontology.intention_type``: a committed future
CONSULT, SUPPORT, COOPERATE or AID becomes AGREE; a yielding act refused for the future, REJECT).
The gold sets do not all agree with the manual. This codes each set twice with the chosen
back-end, with the rule and without it, and prints the pairs right each way and the gold types
of the pairs whose type the rule changes: PLV and the GSR (news, coded by the manual), the
written analysis events and the written trigger set (analysis prose written for wirewatch), and
the seed article's 37 events (the article coded whole). The learned back-end's shipped model saw
PLV and the GSR, so its rows there are in-sample; the rule, not the model, is what is measured.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_table import DATA, ROOT, SEED_GOLD, SEED_GOLD_REST, seed_article, seed_gold_file
from relabel_analysis import written_gold
from wirewatch.eval.events import (
    GoldPair,
    Predicted,
    predict_article,
    predict_pipeline,
    read_gold,
    score,
)
from wirewatch.events import records


def keep_type(name: str, aux_modes: list[str], committed: bool, *_: object) -> str:
    return name


def gold_sets(folder: Path) -> list[tuple[str, Path | None]]:
    """(name, gold file; None: the seed article, coded whole)."""
    written = ROOT / "training" / "written_triggers"
    return [
        ("PLV", DATA / "events" / "plv_train.jsonl"),
        ("PLOVER GSR", DATA / "events" / "plover_gsr.jsonl"),
        (
            "written analysis events",
            written_gold(ROOT / "benchmarks" / "data" / "analysis_events.jsonl", folder),
        ),
        *((f"written trigger set, part {p.upper()}", written / f"part_{p}.jsonl") for p in "abcd"),
        ("seed article, all coded sentences", None),
    ]


def coded(
    path: Path | None, coder: str, folder: Path
) -> tuple[list[GoldPair], Callable[[], list[Predicted]]]:
    if path is None:
        specs = (SEED_GOLD, SEED_GOLD_REST)
        _, pairs = read_gold(seed_gold_file(folder, specs))
        article, sentences = seed_article(specs)
        return pairs, lambda: predict_article(article, sentences, pairs, coder)
    documents, pairs = read_gold(path)
    return pairs, lambda: predict_pipeline(documents, pairs, coder, None, None)


def with_and_without(
    run: Callable[[], list[Predicted]],
) -> tuple[list[Predicted], list[Predicted]]:
    """The predictions with the manual's rule and without it."""
    with_rule = run()
    rule = records.intention_type
    # The records module's own reference is the one ``build_event`` calls.
    records.intention_type = keep_type
    try:
        return with_rule, run()
    finally:
        records.intention_type = rule


def compare(
    pairs: Sequence[GoldPair], with_rule: list[Predicted], without: list[Predicted]
) -> tuple[int, int, Counter[str]]:
    gold = {p.key: p.event for p in pairs}
    right = round(score(pairs, with_rule).accuracy * len(pairs))  # PLV's YIELD as the scorer
    right_without = round(score(pairs, without).accuracy * len(pairs))
    changed = Counter(
        gold[a.key] for a, b in zip(with_rule, without, strict=True) if a.event != b.event
    )
    return right, right_without, changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--coder", default="rules")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs {DATA} (the shared development data)")
    print(
        "| gold set | pairs | right, manual's rule | right, without | pairs the rule changes |"
        " their gold types |"
    )
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in gold_sets(Path(tmp)):
            pairs, run = coded(path, args.coder, Path(tmp))
            with_rule, without = with_and_without(run)
            right, right_without, changed = compare(pairs, with_rule, without)
            types = ", ".join(f"{t} {n}" for t, n in changed.most_common()) or "-"
            print(
                f"| {name} | {len(pairs)} | {right} | {right_without} |"
                f" {sum(changed.values())} | {types} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
