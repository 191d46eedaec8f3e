"""Every event coder back-end side by side on PLV, the PLOVER GSR and the seed article.

    PYTHONPATH=src python benchmarks/events_table.py [--cv PREDICTIONS.jsonl]

* PLV (plv_train.jsonl) and GSR (plover_gsr.jsonl): the learned back-end is scored on its
  5-fold cross-validated predictions (``training/train_classifier.py --cv``: each sentence is
  predicted by a model that never saw it; folds by sentence id); rules need no training and run
  the full pipeline on every sentence.
* Seed article: 19 events hand-coded in 14 sentences (benchmarks/data/seed_events_gold.json),
  and 18 in its other 26 sentences, coded later and blind to every coder's output
  (``seed_events_gold_rest.json``): rows for each and for all 37. No back-end was trained on
  it, so the shipped model is scored directly, both given the gold actor and recipient and as
  the ``learned`` coder back-end in the full pipeline. The pipeline codes the article whole, as
  wirewatch codes articles, and each sentence's gold is matched among the records whose trigger
  lies in it (``predict_article``).
* "learned (pipeline, held-out)": on PLV and GSR, the ``learned`` back-end run as shipped — the
  real pipeline, so every restriction of ``LearnedCoder`` and every rule of ``build_event``
  applies — with held-out answers in place of the shipped model: each rule candidate matched to
  a gold pair is answered with the scores of the CV model that never saw its sentence
  (``--cv-pipeline``; ``HeldOutAnswers``), any other keeps the lexicon's type. As in the coder,
  a type the lexicon proposed keeps the lexicon's mode, and a type the model chose takes the
  held-out mode model's (``training/train_modes.py --cv``, ``--modes``). (Before P536 this row
  combined the rules' record with the held-out scores outside the pipeline, which missed the
  coder's later restrictions: RESULTS.md sections before 2026-12-06 11:40 UTC report that.)
* "pairs rules found": the same scores restricted to the gold pairs where the rule pipeline
  produced a matching event, to compare the type decision alone.
* mode: accuracy over the gold events with a current PLOVER mode (GSR only: 123 events); a
  wrong type counts as a wrong mode.

Prints one table; all figures come from ``wirewatch.eval.events``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from wirewatch.eval.events import (
    NONE,
    EventScores,
    GoldPair,
    Predicted,
    eval_pipeline,
    predict_article,
    predict_pipeline,
    predict_relations,
    predict_with,
    read_gold,
    read_predictions,
    score,
)
from wirewatch.events.labels import QUAD
from wirewatch.events.learned import Classification, Relation
from wirewatch.events.modes import USE_MODEL_FROM, choose_mode
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.events.relabel import KEEP_RULES_BELOW, RULES_BOOST
from wirewatch.schema import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
SEED_GOLD = ROOT / "benchmarks" / "data" / "seed_events_gold.json"
# The article's other sentences, coded later and blind to every coder's output (RESULTS.md, S3).
SEED_GOLD_REST = ROOT / "benchmarks" / "data" / "seed_events_gold_rest.json"
CV = ROOT / "benchmarks" / "data" / "learned_cv_predictions.jsonl"
CV_PIPELINE = ROOT / "benchmarks" / "data" / "learned_cv_predictions_pipeline.jsonl"
CV_MODES = ROOT / "benchmarks" / "data" / "mode_cv_predictions.jsonl"


def read_rows(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}


def only_folds(documents: list, pairs: list, cv: Path, folds: str) -> tuple[list, list]:
    """The documents and gold pairs of these CV folds (a partial CV run answers only them)."""
    wanted = {int(f) for f in folds.split(",")}
    keys = {key for key, r in read_rows(cv).items() if r.get("fold") in wanted}
    pairs = [p for p in pairs if p.key in keys]
    kept = {p.doc_id for p in pairs}
    return [d for d in documents if d.id in kept], pairs


def held_out_mode(modes: dict[str, dict], key: str, event: str, lexicon: str | None) -> str | None:
    """The held-out mode model's answer for a decided type, the lexicon's mode as fallback."""
    answer = modes.get(key, {}).get("modes", {}).get(event)
    if answer is None:
        return lexicon
    mode, confidence = answer
    return choose_mode(mode or None, confidence, lexicon, USE_MODEL_FROM)


class HeldOutAnswers:
    """A stand-in for the learned back-end's classifier that answers each rule candidate with
    the scores of the cross-validation model that never saw its sentence (keyed by the
    candidate's sentence and trigger, as the rules' pipeline matched it to a gold pair). A
    candidate matched to no gold pair has no held-out answer: the lexicon's type stands, with
    the rules' confidence (which the scorer's matching reads to break ties)."""

    modes = None  # the mode is replayed from the held-out mode answers afterwards
    clause_style = "none"

    def __init__(self, answers: dict[tuple[str, tuple[int, int]], dict[str, float]]) -> None:
        self.answers = answers
        self.asked = self.answered = 0

    def classify(self, relations: Sequence[Relation]) -> list[Classification]:
        out = []
        for relation in relations:
            self.asked += 1
            scores = self.answers.get((relation.text, relation.trigger))
            if scores is None:
                # no opinion: below ``keep_rules_below`` the lexicon's type stands, with the
                # rules' confidence, as for a candidate the model is unsure of
                scores = dict.fromkeys(EVENT_TYPES, 1 / len(EVENT_TYPES))
            else:
                self.answered += 1
            best = max(scores, key=scores.__getitem__)
            out.append(Classification(best, QUAD[best], scores[best], dict(scores)))
        return out


def held_out_pipeline(
    documents: Sequence[Document],
    pairs: Sequence[GoldPair],
    rules: Sequence[Predicted],
    held: dict[str, dict],
    modes: dict[str, dict],
    config: dict,
) -> tuple[list[Predicted], HeldOutAnswers]:
    """The learned back-end run as shipped — the same pipeline, candidates, restrictions and
    record rules — with held-out answers in place of the shipped model (which saw these
    sentences); a type the model chose takes the held-out mode model's mode, the lexicon's type
    its own (as ``LearnedCoder``)."""
    answers = {
        (r.sentence, r.trigger): held[r.key]["scores"]
        for r in rules
        if r.key in held and r.sentence is not None and r.trigger is not None
    }
    stand_in = HeldOutAnswers(answers)
    pipeline = eval_pipeline("learned", None, config)
    pipeline.nlp.get_pipe("ww_events").coder.classifier = stand_in
    rules_type = {r.key: r.event for r in rules}
    predicted = [
        p
        if p.event == rules_type.get(p.key)
        else replace(p, mode=held_out_mode(modes, p.key, p.event, None))
        for p in predict_with(pipeline, documents, pairs)
    ]
    return predicted, stand_in


def _seed_specs(specs: Sequence[Path]) -> tuple[dict, list[dict]]:
    """The seed article (``seed_article.jsonl``) and the hand-coded sentences of these gold
    files, in article order."""
    seed = json.loads((DATA / "corpora" / "seed_article.jsonl").read_text(encoding="utf-8"))
    sentences = []
    for path in specs:
        spec = json.loads(path.read_text(encoding="utf-8"))
        sentences += [{**s, "doc_id": spec["doc_id"]} for s in spec["sentences"]]
    return seed, sorted(sentences, key=lambda s: s["start"])


def seed_article(
    specs: Sequence[Path] = (SEED_GOLD,),
) -> tuple[Document, dict[str, tuple[int, int]]]:
    """The seed article as one document, and each hand-coded sentence's gold document id ->
    its offsets in it (for ``predict_article``: the pipeline codes the article whole)."""
    seed, sentences = _seed_specs(specs)
    article = Document(id=sentences[0]["doc_id"], text=seed["text"], date=seed["date"])
    return article, {f"{s['doc_id']}@{s['start']}": (s["start"], s["end"]) for s in sentences}


def seed_gold_file(folder: Path, specs: Sequence[Path] = (SEED_GOLD,)) -> Path:
    """The seed article's hand-coded sentences as a gold JSONL (one document per sentence)."""
    seed, sentences = _seed_specs(specs)
    path = folder / f"seed_gold_{'_'.join(p.stem for p in specs)}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for sentence in sentences:
            text = seed["text"][sentence["start"] : sentence["end"]]
            assert text.startswith(sentence["anchor"]), "seed article text changed"
            row = {
                "id": f"{sentence['doc_id']}@{sentence['start']}",
                "text": text,
                "date": seed["date"],
                "gold": sentence["gold"],
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def row(name: str, backend: str, s: EventScores) -> str:
    def f(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    speed = "-" if s.sentences_per_s is None else f"{s.sentences_per_s:.1f}"
    return (
        f"| {name} | {backend} | {s.n} | {f(s.accuracy)} | {f(s.macro_f1)} | "
        f"{f(s.quad_accuracy)} | {f(s.actor_match)} | {f(s.recipient_match)} | "
        f"{f(s.mode_accuracy)} | {f(s.aux_accuracy)} | {speed} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", type=Path, default=CV, help="learned back-end's CV predictions")
    parser.add_argument("--cv-pipeline", type=Path, default=CV_PIPELINE)
    parser.add_argument("--modes", type=Path, default=CV_MODES, help="held-out mode answers")
    parser.add_argument("--backends", default="rules,learned,learned-pipeline")
    parser.add_argument(
        "--model", type=Path, help="learned model folder for the seed rows (default: shipped)"
    )
    parser.add_argument(
        "--keep-rules-below",
        type=float,
        help="the learned back-end's keep_rules_below (default: shipped)",
    )
    parser.add_argument(
        "--folds",
        help="only the PLV and GSR pairs of these CV folds (e.g. 0,1: a CV run with --folds)",
    )
    parser.add_argument(
        "--actor-min",
        type=float,
        help="the learned back-end's actor finder threshold (default: shipped)",
    )
    parser.add_argument(
        "--rules-boost",
        type=float,
        help="the learned back-end's rules_boost (default: shipped)",
    )
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs {DATA} (the shared development data)")
    backends = args.backends.split(",")
    print(
        "| data | back-end | n | type acc | macro-F1 | quad acc | actor | recipient | mode"
        " | aux | sent/s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    boost = RULES_BOOST if args.rules_boost is None else args.rules_boost
    keep_below = KEEP_RULES_BELOW if args.keep_rules_below is None else args.keep_rules_below
    learned_config: dict = {"keep_rules_below": keep_below, "rules_boost": boost}
    if args.actor_min is not None:
        learned_config["actor_min"] = args.actor_min
    modes = read_rows(args.modes)
    held_pipeline = read_rows(args.cv_pipeline)
    with tempfile.TemporaryDirectory() as tmp:
        # (name, a cross-validated gold file, or the seed article's gold specs)
        sets: list[tuple[str, Path | None, tuple[Path, ...]]] = [
            ("PLV train (5-fold CV)", DATA / "events" / "plv_train.jsonl", ()),
            ("PLOVER GSR (5-fold CV)", DATA / "events" / "plover_gsr.jsonl", ()),
            ("seed article (hand-coded)", None, (SEED_GOLD,)),
            ("seed article, other sentences (coded blind)", None, (SEED_GOLD_REST,)),
            ("seed article, all coded sentences", None, (SEED_GOLD, SEED_GOLD_REST)),
        ]
        for name, cv_gold, seed_specs in sets:
            cross_validated = cv_gold is not None
            gold = cv_gold if cv_gold is not None else seed_gold_file(Path(tmp), seed_specs)
            documents, pairs = read_gold(gold)
            if cross_validated and args.folds:
                documents, pairs = only_folds(documents, pairs, args.cv, args.folds)
                name = name.replace("5-fold CV", f"CV folds {args.folds}")
            found: dict[str, list] = {}
            for backend in backends:
                started = time.perf_counter()
                if backend == "rules" or (backend == "learned-pipeline" and not cross_validated):
                    coder = backend.removesuffix("-pipeline")
                    model = args.model if coder == "learned" else None
                    config = learned_config if coder == "learned" else None
                    if cross_validated:
                        predicted = predict_pipeline(documents, pairs, coder, model, config)
                    else:  # the seed article, coded whole as wirewatch codes articles
                        article, sentences = seed_article(seed_specs)
                        predicted = predict_article(article, sentences, pairs, coder, model, config)
                    label = f"{coder} (pipeline)"
                elif backend == "learned-pipeline":
                    continue  # the shipped model saw these sentences: no honest pipeline score
                elif cross_validated:
                    predicted = [
                        replace(h, mode=held_out_mode(modes, h.key, h.event, None))
                        for h in read_predictions(args.cv, pairs)
                    ]
                    label = "learned (held-out fold)"
                else:
                    predicted = predict_relations(pairs, backend, args.model)
                    label = f"{backend} (given actor, recipient)"
                seconds = time.perf_counter() - started
                timed = None if (cross_validated and backend == "learned") else seconds
                found[backend] = predicted
                print(row(name, label, score(pairs, predicted, timed)), flush=True)
            if "rules" in found and cross_validated and "learned-pipeline" in backends:
                # The learned back-end in the pipeline, with held-out models (P536): the real
                # pipeline, every candidate answered by the CV model that never saw its sentence.
                combined, stand_in = held_out_pipeline(
                    documents, pairs, found["rules"], held_pipeline, modes, learned_config
                )
                label = "learned (pipeline, held-out)"
                print(row(name, label, score(pairs, combined)), flush=True)
                print(
                    f"<!-- held-out answers for {stand_in.answered} of {stand_in.asked}"
                    " candidates; the others keep the lexicon's type -->"
                )
                found["learned-pipeline"] = combined
            if "rules" in found:
                # Type decision alone: the pairs where the rules found an event at all.
                keep = [i for i, p in enumerate(found["rules"]) if p.event != NONE]
                subset = [pairs[i] for i in keep]
                for backend in ("rules", "learned", "learned-pipeline"):
                    if backend in found:
                        chosen = [found[backend][i] for i in keep]
                        label = backend.replace("-pipeline", " (pipeline)")
                        print(row(f"{name}, pairs rules found", label, score(subset, chosen)))


if __name__ == "__main__":
    main()
