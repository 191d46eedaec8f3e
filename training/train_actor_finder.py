"""Train the learned actor finder (``wirewatch.events.actor_finder``) on the written set.

The sentences of ``training/written_triggers`` go through the real pipeline; each rule
candidate at a marked trigger gives one example per actor mention of its sentence (labelled by
whether it is the marked actor), and each candidate at no marked trigger (every event of these
sentences is marked, so it is no event) gives its mentions as negatives: the finder should give
no actor to what is no event. Prints a held-out check first (each part scored by a finder
trained on the others and the news below) on the candidates the finder is for, those the rules
leave without an actor; then writes ``actors.npz`` trained on all of it. ``--parts`` defaults to
A and B, with which the shipped finder was measured (P545); C and D came later.

With ``--judged DIR`` (``make train`` passes ``benchmarks/data/guardian_judged``) it also learns
from news: every record that a judge called right in the samples ``actor_finder_samples.txt``
lists, matched to today's rule candidate at its trigger. A record with no actor gives its
sentence's mentions as negatives (the judge found no actor left out: in news a candidate the
rules leave without an actor usually has none); a record with an actor gives that mention as
positive, the others as negatives. The Guardian articles come from ``../shared``.

``--annotated FILE`` (off; ``make train`` does not pass it) also learns from news candidates
that annotators gave an actor mention or none (``training/news_actors.jsonl``, drawn by
``training/news_actor_items.py``). Tried once and not shipped: it did not make the finder's added
records on news as often right as the rest (benchmarks/RESULTS.md, P547).

    python training/train_actor_finder.py [--out DIR] [--judged DIR] [--annotated FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from wirewatch.config import Settings
from wirewatch.events.actor_finder import mention_features, sentence_mentions
from wirewatch.events.candidates import Candidate, CandidateFinder
from wirewatch.events.places import PlaceIndex
from wirewatch.events.syntax import MentionIndex
from wirewatch.pipeline import Failure, Pipeline
from wirewatch.schema import ActorRef, Document

ROOT = Path(__file__).resolve().parent
WRITTEN = ROOT / "written_triggers"
SAMPLES = ROOT / "actor_finder_samples.txt"
GUARDIAN = ROOT.parent.parent / "shared" / "data" / "corpora" / "guardian_sdf.jsonl"
NO_ACTOR = "(none named)"
OUT = ROOT.parent / "src" / "wirewatch" / "data" / "models" / "plover-minilm"
L2 = 1.0
STEPS = 300
MIN_COUNT = 2  # features seen fewer times are left out
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Group:
    """One candidate: its mentions' features and labels, and what the rules gave it."""

    part: str
    features: list[list[str]]
    labels: list[bool]
    rules_actor: bool
    event: bool  # the candidate sits at a marked event's trigger
    actor_findable: bool  # that event's actor is one of the mentions
    # Where it is, for a model that reads the sentence (``training/pair_scorer_check.py``): the
    # document, the sentence, and the trigger's and each mention's offsets in the sentence.
    doc_id: str = ""
    sentence: str = ""
    trigger: tuple[int, int] = (0, 0)
    mentions: list[tuple[int, int]] = field(default_factory=list)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def candidates_with_mentions(
    documents: list[Document], pipeline: Pipeline
) -> Iterator[tuple[Document, Candidate, list[tuple[ActorRef, Token]]]]:
    """Each rule candidate of these documents, as the pipeline finds it, that has actor
    mentions in its sentence, with those mentions (``actor_finder.sentence_mentions``)."""
    finder = CandidateFinder()
    for document, doc in zip(documents, pipeline.annotate(documents), strict=True):
        if isinstance(doc, Failure):
            raise SystemExit(f"{document.id}: {doc}")
        index = MentionIndex.build(doc, doc._.actors or [])
        places = PlaceIndex(doc, doc._.places or []).tokens
        for candidate in finder(doc, index, places):
            mentions = sentence_mentions(candidate, index)
            if mentions:
                yield document, candidate, mentions


def located(doc_id: str, candidate: Candidate, mentions: list[tuple[ActorRef, Token]]) -> dict:
    """``Group``'s location fields for a candidate and its mentions."""
    start = candidate.sentence.start_char
    return {
        "doc_id": doc_id,
        "sentence": candidate.sentence.text,
        "trigger": (candidate.trigger.start_char - start, candidate.trigger.end_char - start),
        "mentions": [(ref.start - start, ref.end - start) for ref, _ in mentions],
    }


def marked_events(row: dict) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """A written sentence's marked events: trigger offsets and actor offsets (None: none)."""
    out = []
    for event in row["gold"]:
        start = row["text"].index(event["trigger_text"])
        actor = None
        if event["actor_text"]:
            a = row["text"].index(event["actor_text"])
            actor = (a, a + len(event["actor_text"]))
        out.append(((start, start + len(event["trigger_text"])), actor))
    return out


def groups(path: Path, pipeline: Pipeline) -> list[Group]:
    rows = {row["id"]: row for row in read_jsonl(path)}
    documents = [Document(id=row["id"], text=row["text"]) for row in rows.values()]
    out = []
    for document, candidate, mentions in candidates_with_mentions(documents, pipeline):
        gold = marked_events(rows[document.id])
        t = (candidate.trigger.start_char, candidate.trigger.end_char)
        match = next((g for g in gold if g[0][0] < t[1] and t[0] < g[0][1]), None)
        actor = match[1] if match else None
        labels = [
            actor is not None and r.start < actor[1] and actor[0] < r.end for r, _ in mentions
        ]
        out.append(
            Group(
                path.stem,
                mention_features(candidate, mentions),
                labels,
                bool(candidate.actors),
                match is not None,
                any(labels),
                **located(document.id, candidate, mentions),
            )
        )
    return out


# A news record's actor: its mention's words (a judged record: the judge saw the text), its
# mention's offsets (an annotated candidate), or None (no actor in the sentence).
Actor = str | tuple[int, int] | None


def judged_records(folder: Path) -> dict[str, dict[int, Actor]]:
    """Document -> trigger start -> the judged record's actor as the judge saw it ("Ankara"; None:
    the record named none), for every record a judge called right in a listed sample (the first
    judgement of a trigger wins)."""
    out: dict[str, dict[int, Actor]] = {}
    names = [n for n in SAMPLES.read_text(encoding="utf-8").splitlines() if not n.startswith("#")]
    for name in names:
        key_path, labels_path = folder / f"{name}_key.jsonl", folder / f"{name}_labels.jsonl"
        if not labels_path.exists():
            continue  # drawn, never judged
        labels = {r["item"]: r.get("label") for r in read_jsonl(labels_path)}
        for row in read_jsonl(key_path):
            if labels.get(row["item"]) != "right" or ";" in row["actor"]:
                continue  # a record of several actors: which mention is which is not kept
            # the key shows "Ankara [TUR]": the mention's words, then its code
            actor = None if row["actor"] == NO_ACTOR else row["actor"].rsplit(" [", 1)[0]
            out.setdefault(row["doc_id"], {}).setdefault(row["trigger"][0], actor)
    return out


def annotated_candidates(*paths: Path) -> dict[str, dict[int, Actor]]:
    """Document -> trigger start -> the annotated actor mention's offsets (None: none of the
    sentence's mentions does it), from one or more ``training/news_actor_items.py read``
    files."""
    out: dict[str, dict[int, Actor]] = {}
    for path in paths:
        for row in read_jsonl(path):
            actor = tuple(row["actor"]) if row["actor"] else None
            out.setdefault(row["doc_id"], {})[row["trigger"][0]] = actor  # type: ignore[assignment]
    return out


def is_actor(ref: ActorRef, actor: Actor) -> bool:
    if isinstance(actor, str):
        return ref.text == actor
    return actor is not None and (ref.start, ref.end) == actor


def news_groups(judged: dict[str, dict[int, Actor]], pipeline: Pipeline) -> list[Group]:
    """One group per news record or annotated candidate whose trigger today's rules still
    propose."""
    documents = [
        Document.model_validate(row) for row in read_jsonl(GUARDIAN) if row["id"] in judged
    ]
    out = []
    for document, candidate, mentions in candidates_with_mentions(documents, pipeline):
        records = judged[document.id]
        start = candidate.trigger.start_char
        if start not in records:
            continue
        actor = records.pop(start)
        labels = [is_actor(r, actor) for r, _ in mentions]
        if actor is not None and not any(labels):
            continue  # the record's actor is no mention of today's candidate
        out.append(
            Group(
                "news",
                mention_features(candidate, mentions),
                labels,
                bool(candidate.actors),
                True,
                any(labels),
                **located(document.id, candidate, mentions),
            )
        )
    return out


def fit(train: list[Group]) -> tuple[list[str], np.ndarray]:
    counts = Counter(f for g in train for fs in g.features for f in set(fs))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: k for k, f in enumerate(names)}
    rows = [fs for g in train for fs in g.features]
    y = np.asarray([label for g in train for label in g.labels], dtype=np.float64)
    x = np.zeros((len(rows), len(names)))
    for i, fs in enumerate(rows):
        for f in fs:
            if f in column:
                x[i, column[f]] = 1.0
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    penalty = np.full_like(w, L2 / len(y))
    penalty[column["bias"]] = 0.0
    for step in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return names, w


def report(name: str, names: list[str], w: np.ndarray, test: list[Group]) -> None:
    """On the candidates without a rules actor: how often the best mention, where the model is
    sure enough, is the marked actor, a wrong one, or an actor for what is no event."""
    column = {f: k for k, f in enumerate(names)}
    bare = [g for g in test if not g.rules_actor]
    findable = sum(g.actor_findable for g in bare)
    print(f"\n{name}: {len(bare)} candidates without a rules actor; {findable} with the marked")
    print(f"actor among the mentions, {sum(g.event for g in bare)} at a marked event")
    print("| threshold | right actor | wrong actor, event | actor for no event |")
    print("|---|---|---|---|")
    for threshold in THRESHOLDS:
        right = wrong = spurious = 0
        for g in bare:
            scores = [
                1.0 / (1.0 + np.exp(-sum(w[column[f]] for f in fs if f in column)))
                for fs in g.features
            ]
            best = int(np.argmax(scores))
            if scores[best] < threshold:
                continue
            if g.labels[best]:
                right += 1
            elif g.event:
                wrong += 1
            else:
                spurious += 1
        print(f"| {threshold} | {right} | {wrong} | {spurious} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--judged", type=Path, help="judged Guardian samples to learn from too")
    parser.add_argument(
        "--annotated", type=Path, help="annotated news candidates to learn from too"
    )
    parser.add_argument(
        "--parts", default="part_a,part_b", help="the written set's parts to learn from"
    )
    args = parser.parse_args()
    pipeline = Pipeline(Settings(coder="rules"))
    by_part = {p: groups(WRITTEN / f"{p}.jsonl", pipeline) for p in args.parts.split(",")}
    records = judged_records(args.judged) if args.judged else {}
    if args.annotated:
        for doc_id, answers in annotated_candidates(args.annotated).items():
            records.setdefault(doc_id, {}).update(answers)
    news = news_groups(records, pipeline) if records else []
    if news:
        print(f"news: {len(news)} candidates ({sum(not g.actor_findable for g in news)} no actor)")
    for held in by_part:
        train = [g for part, gs in by_part.items() if part != held for g in gs] + news
        names, w = fit(train)
        report(f"held out: {held}", names, w, by_part[held])
    everything = [g for gs in by_part.values() for g in gs] + news
    names, w = fit(everything)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "actors.npz", names=np.asarray(names), weights=w.astype(np.float32)
    )
    print(f"\nwrote {args.out / 'actors.npz'}: {len(names)} features, {len(everything)} candidates")


if __name__ == "__main__":
    main()
