"""Train the PLOVER mode model (``wirewatch.events.modes``): numpy only, seconds on one core.

Data: the PLOVER GSR events with a mode (mapped to today's names; ``current_mode``) and the NGEC
synthetic stories (headline and first sentence; their labels are the headline template's type
and mode, so a story "with no mode" is a NO_MODE example). GSR events without a mode are left
out: the GSR's coding predates most of today's modes, so a blank there means "not annotated",
not "no mode". The GSR trigger comes from the rule pipeline's candidate where it found the event
(``training/pipeline_inputs.py``), as at inference.

    PYTHONPATH=src python training/train_modes.py --out src/wirewatch/data/models/plover-minilm
    PYTHONPATH=src python training/train_modes.py --cv benchmarks/data/mode_cv_predictions.jsonl

``--cv`` scores 5-fold held-out mode accuracy given the gold type (folds by sentence id, the
same folds as the type classifier), compares the model with the lexicon's mode and with their
combination at several thresholds, and writes each GSR event's held-out mode for every type.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wirewatch.events.modes import NO_MODE, ModeModel, choose_mode, current_mode, features
from wirewatch.events.ontology import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data" / "events"
CANDIDATES = ROOT / "build" / "pipeline_inputs.jsonl"
FOLDS = 5
MIN_COUNT = 2  # features seen once are noise for a linear model this small
WITH_MODES = sorted(t for t, spec in EVENT_TYPES.items() if spec.modes)


@dataclass
class Example:
    key: str
    event: str
    mode: str  # a current mode name, or NO_MODE
    text: str
    trigger: tuple[int, int] | None
    fold: int
    source: str
    lexicon_mode: str | None = None


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % FOLDS


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gsr_examples(candidates: dict[str, dict]) -> list[Example]:
    out = []
    for doc in read_jsonl(DATA / "plover_gsr.jsonl"):
        for i, gold in enumerate(doc["gold"]):
            mode = current_mode(gold["event"], gold.get("mode"))
            if gold["event"] not in WITH_MODES or mode is None:
                continue
            key = f"{doc['id']}#{i}"
            found = candidates.get(key)
            text, trigger, lexicon = doc["text"], None, None
            if found is not None:
                text, trigger = found["text"], tuple(found["trigger"])
                if found["rules_event"] == gold["event"]:
                    lexicon = found["rules_mode"]
            out.append(
                Example(key, gold["event"], mode, text, trigger, fold_of(doc["id"]), "gsr", lexicon)
            )
    return out


def ngec_examples() -> list[Example]:
    out = []
    for doc in read_jsonl(DATA / "ngec_synthetic.jsonl"):
        gold = doc["gold"][0]
        if gold["event"] not in WITH_MODES:
            continue
        mode = current_mode(gold["event"], gold.get("mode"))
        if gold.get("mode") and mode is None:
            continue  # a template mode with no current equivalent (massacre, cleansing, …)
        first = doc["text"].split(". ")[0]
        text = f"{doc.get('title') or ''}. {first}"
        fold = fold_of(doc["id"])
        out.append(Example(doc["id"], gold["event"], mode or NO_MODE, text, None, fold, "ngec"))
    return out


def fit_type(x: np.ndarray, y: np.ndarray, classes: int, l2: float, steps: int) -> tuple:
    """Multinomial logistic regression by full-batch Adam (deterministic: no sampling)."""
    w = np.zeros((x.shape[1], classes))
    b = np.zeros(classes)
    target = np.eye(classes)[y]
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        logits = x @ w + b
        p = np.exp(logits - logits.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        error = (p - target) / len(y)
        grads = [x.T @ error + l2 * w, error.sum(0)]
        for k, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m[k] = beta1 * m[k] + (1 - beta1) * grad
            v[k] = beta2 * v[k] + (1 - beta2) * grad**2
            hat_m = m[k] / (1 - beta1**step)
            hat_v = v[k] / (1 - beta2**step)
            param -= rate * hat_m / (np.sqrt(hat_v) + 1e-8)
    return w, b


def train(examples: list[Example], l2: float, steps: int) -> ModeModel:
    weights = {}
    for event in WITH_MODES:
        rows = [e for e in examples if e.event == event]
        classes = sorted({e.mode for e in rows})
        if len(classes) < 2:
            continue
        # Only the features this type's sentences share (seen twice or more) get a weight.
        counts = Counter(f for e in rows for f in set(features(e.text, e.trigger)))
        names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
        empty = ModeModel({event: (classes, names, np.zeros((len(names), 1)), np.zeros(1))})
        x = np.stack([empty.vector(event, e.text, e.trigger) for e in rows]).astype(np.float64)
        y = np.array([classes.index(e.mode) for e in rows])
        w, b = fit_type(x, y, len(classes), l2, steps)
        weights[event] = (classes, names, w.astype(np.float32), b.astype(np.float32))
    return ModeModel(weights)


def cross_validate(examples: list[Example], args: argparse.Namespace) -> None:
    held: dict[str, dict[str, tuple[str, float]]] = {}  # key -> type -> (mode, confidence)
    answers: list[tuple[Example, str, float]] = []
    for fold in range(FOLDS):
        model = train([e for e in examples if e.fold != fold], args.l2, args.steps)
        for e in (e for e in examples if e.fold == fold):
            answer = model.predict(e.event, e.text, e.trigger)
            answers.append((e, answer.mode or NO_MODE, answer.confidence))
            if e.source == "gsr":
                held[e.key] = {
                    t: (a.mode or NO_MODE, round(a.confidence, 4))
                    for t in model.weights
                    for a in [model.predict(t, e.text, e.trigger)]
                }
    for source in ("gsr", "ngec"):
        mine = [(e, m) for e, m, _ in answers if e.source == source]
        right = sum(e.mode == m for e, m in mine)
        print(
            f"{source}: held-out mode accuracy given the gold type {right / len(mine):.3f}"
            f" ({right}/{len(mine)})"
        )
    gsr = [(e, m, c) for e, m, c in answers if e.source == "gsr"]
    lexicon = sum(e.mode == (e.lexicon_mode or NO_MODE) for e, _, _ in gsr)
    print(f"gsr: lexicon mode only {lexicon / len(gsr):.3f}")
    print("| threshold | " + " | ".join(str(t) for t in args.thresholds) + " |")
    cells = []
    for threshold in args.thresholds:
        right = 0
        for e, mode, confidence in gsr:
            decided = choose_mode(mode or None, confidence, e.lexicon_mode, threshold)
            right += (decided or NO_MODE) == e.mode
        cells.append(f"{right / len(gsr):.3f}")
    print("| GSR mode acc | " + " | ".join(cells) + " |")
    Path(args.cv).parent.mkdir(parents=True, exist_ok=True)
    with open(args.cv, "w", encoding="utf-8") as handle:
        for key, by_type in sorted(held.items()):
            handle.write(json.dumps({"id": key, "modes": by_type}) + "\n")
    print(f"wrote {len(held)} held-out GSR mode answers to {args.cv}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="model folder to write modes.npz into")
    parser.add_argument("--cv", help="5-fold held-out GSR answers to this JSONL file")
    parser.add_argument("--candidates", default=str(CANDIDATES))
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument(
        "--thresholds",
        type=lambda s: [float(x) for x in s.split(",")],
        default=[0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01],
    )
    args = parser.parse_args()
    candidates = {}
    if Path(args.candidates).exists():
        candidates = {r["key"]: r for r in read_jsonl(Path(args.candidates))}
    examples = gsr_examples(candidates) + ngec_examples()
    print(f"examples: {Counter(e.source for e in examples)}")
    if args.cv:
        cross_validate(examples, args)
    if args.out:
        model = train(examples, args.l2, args.steps)
        path = Path(args.out) / "modes.npz"
        model.save(path)
        size = sum(len(w[1]) for w in model.weights.values())
        print(f"wrote {path} ({path.stat().st_size / 1e3:.0f} kB, {size} weighted features)")


if __name__ == "__main__":
    main()
