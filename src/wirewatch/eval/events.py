"""The one scorer for every event coder back-end (``wirewatch eval events``).

Gold files are JSONL documents with a ``gold`` list (see ../shared/data/README.md). Two gold
dialects are read into one ``GoldPair`` form:

* PLV: ``{event, quad, actor_text, recipient_text}``, with the pre-2021 type names (YIELD);
* PLOVER GSR: ``{event, mode, actor: [{text, …}], recipient: [{text, …}], …}``.

Two ways to predict:

* *relation* (``learned``, ``llm``): the back-end is handed the sentence and the gold actor and
  recipient texts, and answers the type — the task ZSP (Hu et al. 2024) solves;
* *pipeline* (``rules``, or any back-end with ``pipeline=True``): the full pipeline codes each
  document and its events are matched to the gold pairs by actor and recipient text; a gold pair
  with no event counts as a miss (predicted type ``NONE``).

When the gold uses PLV's label set, predictions are translated into it (CONCEDE and RETREAT
become YIELD, quad 2) before scoring.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.errors import ConfigError, MalformedRecord
from wirewatch.eval.gold import GoldDocuments, json_objects
from wirewatch.events.labels import LEGACY_YIELD, LEGACY_YIELD_QUAD, QUAD, to_legacy
from wirewatch.events.modes import current_mode
from wirewatch.schema import ActorRef, Document, Event

if TYPE_CHECKING:
    from wirewatch.pipeline import Pipeline

NONE = "NONE"  # the predicted type of a gold pair the back-end found no event for


@dataclass(frozen=True)
class GoldPair:
    key: str  # "<doc id>#<index in the document's gold list>"
    doc_id: str
    text: str
    event: str
    quad: int | None
    actors: list[str]
    recipients: list[str]
    mode: str | None = None
    aux_modes: list[str] | None = None  # None: the gold does not annotate aux modes
    # Where the gold names its trigger ("trigger_text"): its offsets in ``text``. A sentence can
    # hold several events between the same parties; the record at this trigger is the match.
    trigger: tuple[int, int] | None = None


@dataclass(frozen=True)
class Predicted:
    key: str
    event: str
    quad: int | None = None
    actors: list[str] | None = None  # None: not predicted (given to the back-end)
    recipients: list[str] | None = None
    aux_modes: list[str] | None = None
    confidence: float | None = None
    mode: str | None = None
    # Pipeline only: the matched event's sentence and its trigger's offsets inside it, so that a
    # held-out model can be asked about exactly the input the ``learned`` back-end would see.
    sentence: str | None = None
    trigger: tuple[int, int] | None = None
    # Pipeline only: the matched event's actor and recipient mentions, offsets in ``sentence``.
    actor_spans: tuple[tuple[int, int], ...] | None = None
    recipient_spans: tuple[tuple[int, int], ...] | None = None


@dataclass
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class EventScores:
    n: int
    accuracy: float
    macro_f1: float
    quad_accuracy: float
    per_class: dict[str, ClassScore]
    confusion: dict[str, dict[str, int]]
    actor_match: float | None = None
    recipient_match: float | None = None
    aux_accuracy: float | None = None
    sentences_per_s: float | None = None
    label_set: str = "plover"
    mode_accuracy: float | None = None  # over the gold events with a (current) mode
    mode_n: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "quad_accuracy": round(self.quad_accuracy, 4),
            "actor_match": _round(self.actor_match),
            "recipient_match": _round(self.recipient_match),
            "aux_accuracy": _round(self.aux_accuracy),
            "mode_accuracy": _round(self.mode_accuracy),
            "mode_n": self.mode_n,
            "sentences_per_s": _round(self.sentences_per_s, 1),
            "label_set": self.label_set,
            "per_class": {
                k: {
                    "p": round(v.precision, 4),
                    "r": round(v.recall, 4),
                    "f1": round(v.f1, 4),
                    "n": v.support,
                }
                for k, v in self.per_class.items()
            },
            "confusion": self.confusion,
        }


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


# Reading gold -------------------------------------------------------------------------------


# PLV fills a participant the sentence does not name with a placeholder (a strike with nobody it
# is aimed at has recipient "a recipient"); it is no one to match a record's mention to.
PLACEHOLDERS = frozenset({"a recipient", "an actor"})


def _texts(value: object) -> list[str]:
    """Actor or recipient texts from either dialect (a string, or a list of {text, …})."""
    if value is None:
        return []
    if isinstance(value, str):
        texts = [value]
    else:
        texts = [a["text"] for a in value if isinstance(a, dict) and a.get("text")]
    return [t for t in texts if t.strip() and t.strip().lower() not in PLACEHOLDERS]


def read_gold(path: Path) -> tuple[list[Document], list[GoldPair]]:
    """The documents of a gold file and every gold event in it, as ``GoldPair``s."""
    documents, pairs = [], []
    gold = GoldDocuments()
    for where, row in json_objects(path):
        document = gold.document(row, where)
        try:
            found = [_gold_pair(document, i, item) for i, item in enumerate(row["gold"])]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            reason = f"not a gold event document ({type(error).__name__}: {error})"
            raise MalformedRecord(reason, where=where) from None
        documents.append(document)
        pairs += found
    return documents, pairs


def _event_words_span(text: str, words: str) -> tuple[int, int] | None:
    """The PLOVER GSR's ``event_text`` ("threatened cut off electricity"): its words, found in
    order as whole words, span the event from the first to the last; None where one is not
    there (the gold then names no trigger)."""
    start = end = None
    at = 0
    for word in words.split():
        found = re.compile(rf"\b{re.escape(word)}\b").search(text, at)
        if found is None:
            return None
        start = found.start() if start is None else start
        end, at = found.end(), found.end()
    return (start, end) if start is not None and end is not None else None


def _gold_pair(document: Document, i: int, item: dict) -> GoldPair:
    if item["event"] not in QUAD and item["event"] != LEGACY_YIELD:
        # A typo would otherwise be scored as a class of its own that nothing can predict.
        raise ValueError(f"unknown event type {item['event']!r} (a PLOVER type, or PLV's YIELD)")
    trigger = None
    if item.get("trigger_text"):
        start = document.text.find(item["trigger_text"])
        if start < 0:
            raise ValueError(f"trigger_text {item['trigger_text']!r} is not in the text")
        trigger = (start, start + len(item["trigger_text"]))
    elif isinstance(item.get("event_text"), str):
        trigger = _event_words_span(document.text, item["event_text"])
    return GoldPair(
        key=f"{document.id}#{i}",
        doc_id=document.id,
        text=document.text,
        event=item["event"],
        quad=item.get("quad", QUAD.get(item["event"])),
        actors=_texts(item.get("actor_text", item.get("actor"))),
        recipients=_texts(item.get("recipient_text", item.get("recipient"))),
        mode=item.get("mode"),
        aux_modes=item.get("aux_modes"),
        trigger=trigger,
    )


# Predicting ---------------------------------------------------------------------------------


def relation_classifier(coder: str, model: Path | None = None):  # -> LearnedClassifier | LLM…
    """The back-end that answers a type for a given (sentence, actor, recipient)."""
    if coder == "learned":
        from wirewatch.events.learned import DEFAULT_MODEL, load_classifier

        return load_classifier(model or DEFAULT_MODEL)
    if coder == "llm":
        from wirewatch.events.llm import LLMClassifier

        return LLMClassifier()
    raise ConfigError(f"back-end {coder!r} has no relation classifier; use --pipeline to score it")


def predict_relations(
    pairs: Sequence[GoldPair], coder: str = "learned", model: Path | None = None
) -> list[Predicted]:
    """Relation mode: the back-end gets each gold pair's sentence, actor and recipient."""
    from wirewatch.events.learned import Relation

    classifier = relation_classifier(coder, model)
    relations = [
        Relation(
            p.text, p.actors[0] if p.actors else None, p.recipients[0] if p.recipients else None
        )
        for p in pairs
    ]
    return [
        Predicted(p.key, c.event, c.quad, aux_modes=c.aux_modes, mode=c.mode)
        for p, c in zip(pairs, classifier.classify(relations), strict=True)
    ]


def _folded(text: str) -> str:
    """Lower case without accents: the dictionary's "Erdoğan" is the gold's "Erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _overlaps(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """Texts match when one contains the other, ignoring case and accents: "Lavrov" ~ "Sergei
    Lavrov", "Viktor Orbán" ~ "Viktor Orban"."""
    pred = [_folded(p) for p in predicted if p.strip()]
    want = [_folded(g) for g in gold if g.strip()]
    return any(p in g or g in p for p in pred for g in want)


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})


def mention_text(ref: ActorRef) -> str:
    """What a gold annotator would mark for a mention: a pronoun's antecedent name ("it" in
    "the army said it had killed" is "Nigerian army"), otherwise the mention's own text."""
    if ref.text.lower() in PRONOUNS and ref.name:
        return ref.name
    return ref.text


def match_events(
    pairs: Sequence[GoldPair],
    events: Sequence[Event],
    offset: int = 0,
    source: str | None = None,
) -> list[Predicted]:
    """Match one document's predicted events to its gold pairs: the (pair, event) links at the
    gold's own trigger (where it names one) are made first, then those with the best
    actor+recipient agreement, then by confidence; an event is used for at most one gold pair.
    Made globally rather than pair by pair, so that a gold pair nobody's event agrees with cannot
    take the event that agrees with a later pair. ``offset``: where the gold document's text
    starts in ``source``, the text the events' offsets count from (None: the gold's own)."""
    links = []
    for i, pair in enumerate(pairs):
        for j, event in enumerate(events):
            at_trigger = pair.trigger is not None and (
                event.trigger.start < pair.trigger[1] + offset
                and pair.trigger[0] + offset < event.trigger.end
            )
            agree = int(_overlaps([mention_text(a) for a in event.actor], pair.actors)) + int(
                _overlaps([mention_text(a) for a in event.recipient], pair.recipients)
            )
            links.append((-int(at_trigger), -agree, -event.confidence, i, j))
    chosen: dict[int, Event] = {}
    used: set[int] = set()
    for *_, i, j in sorted(links):
        if i not in chosen and j not in used:
            chosen[i] = events[j]
            used.add(j)
    out = []
    for i, pair in enumerate(pairs):
        best = chosen.get(i)
        if best is None:
            out.append(Predicted(pair.key, NONE, None, [], [], []))
            continue
        out.append(
            Predicted(
                pair.key,
                best.event,
                best.quad,
                [mention_text(a) for a in best.actor],
                [mention_text(a) for a in best.recipient],
                list(best.aux_modes),
                best.confidence,
                best.mode,
                (source if source is not None else pair.text)[
                    best.sentence.start : best.sentence.end
                ],
                (
                    best.trigger.start - best.sentence.start,
                    best.trigger.end - best.sentence.start,
                ),
                tuple(
                    (a.start - best.sentence.start, a.end - best.sentence.start) for a in best.actor
                ),
                tuple(
                    (a.start - best.sentence.start, a.end - best.sentence.start)
                    for a in best.recipient
                ),
            )
        )
    return out


def predict_pipeline(
    documents: Sequence[Document],
    pairs: Sequence[GoldPair],
    coder: str,
    model: Path | None = None,
    coder_config: dict | None = None,
) -> list[Predicted]:
    """Pipeline mode: code every document with the chosen back-end, then match to the gold.
    ``model``: the ``learned`` back-end's model folder, if not the shipped one; ``coder_config``:
    other settings of the back-end (e.g. ``keep_rules_below``)."""
    return predict_with(eval_pipeline(coder, model, coder_config), documents, pairs)


def predict_with(
    pipeline: Pipeline, documents: Sequence[Document], pairs: Sequence[GoldPair]
) -> list[Predicted]:
    """Pipeline mode with a pipeline already built (e.g. one whose back-end was given other
    answers, ``benchmarks/events_table.py``'s held-out replay)."""
    from wirewatch.pipeline import Coded

    coded = pipeline.code(documents)
    return _match_by_document(
        pairs,
        (
            (item.document.id, item.events if isinstance(item, Coded) else [], 0, None)
            for item in coded
        ),
    )


def predict_article(
    article: Document,
    sentences: Mapping[str, tuple[int, int]],
    pairs: Sequence[GoldPair],
    coder: str,
    model: Path | None = None,
    coder_config: dict | None = None,
) -> list[Predicted]:
    """Pipeline mode for gold sentences cut from one article: the article is coded whole, as
    wirewatch codes it (a short name can then stand for a long one said earlier: "the Coalition"
    after "the Syrian Coalition"), and each gold document's pairs are matched among the records
    whose trigger lies in its sentence. ``sentences``: each gold document's id -> its
    (start, end) offsets in the article."""
    from wirewatch.pipeline import Coded

    (item,) = list(eval_pipeline(coder, model, coder_config).code([article]))
    events = item.events if isinstance(item, Coded) else []
    return _match_by_document(
        pairs,
        (
            (doc_id, [e for e in events if start <= e.trigger.start < end], start, article.text)
            for doc_id, (start, end) in sentences.items()
        ),
    )


def _match_by_document(
    pairs: Sequence[GoldPair], coded: Iterable[tuple[str, Sequence[Event], int, str | None]]
) -> list[Predicted]:
    """Each gold document's pairs matched to its events, with where the document's text starts
    in the text the events were coded from and that text (None: the document's own); a pair
    with none is a miss."""
    by_doc: dict[str, list[GoldPair]] = defaultdict(list)
    for pair in pairs:
        by_doc[pair.doc_id].append(pair)
    found: dict[str, Predicted] = {}
    for doc_id, events, offset, source in coded:
        for predicted in match_events(by_doc[doc_id], events, offset, source):
            found[predicted.key] = predicted
    return [found.get(p.key, Predicted(p.key, NONE)) for p in pairs]


def eval_pipeline(coder: str, model: Path | None, coder_config: dict | None) -> Pipeline:
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline

    config = dict(coder_config or {})
    if model is not None:
        config["model_dir"] = str(model)
    stage_config = {"ww_events": {"coder_config": config}} if config else None
    return Pipeline(Settings(coder=coder), stage_config=stage_config)


def read_predictions(path: Path, pairs: Sequence[GoldPair]) -> list[Predicted]:
    """Saved predictions (``wirewatch classify`` output, ``id`` = the gold pair's key)."""
    rows = {}
    for where, row in json_objects(path):
        if not isinstance(row.get("id"), str) or not isinstance(row.get("event"), str):
            raise MalformedRecord("a prediction needs a string id and event", where=where)
        rows[row["id"]] = row
    out = []
    for pair in pairs:
        row = rows.get(pair.key)
        if row is None:
            out.append(Predicted(pair.key, NONE))
        else:
            event = row["event"]
            out.append(
                Predicted(
                    pair.key,
                    event,
                    row.get("quad", QUAD.get(event)),
                    aux_modes=row.get("aux_modes"),
                    # classify output carries the distribution; older files a bare confidence
                    confidence=row.get("confidence", row.get("scores", {}).get(event)),
                    mode=row.get("mode"),
                )
            )
    return out


# Scoring ------------------------------------------------------------------------------------


def score(
    pairs: Sequence[GoldPair], predicted: Sequence[Predicted], seconds: float | None = None
) -> EventScores:
    """Type accuracy, macro-F1 over the gold's types, per-class scores, quad accuracy, span
    match, mode and aux-mode accuracy and the confusion matrix (gold -> predicted -> count)."""
    legacy = any(p.event == LEGACY_YIELD for p in pairs)
    gold_labels, pred_labels, quads_ok = [], [], 0
    actor_hits = recipient_hits = spans = 0
    aux_hits = aux_n = 0
    mode_hits = mode_n = 0
    for pair, pred in zip(pairs, predicted, strict=True):
        # Modes are scored on the gold events that have one in today's vocabulary (older GSR
        # names translated); a wrong type almost always means a wrong mode.
        gold_mode = current_mode(pair.event, pair.mode)
        if gold_mode is not None:
            mode_n += 1
            mode_hits += int(pred.event == pair.event and pred.mode == gold_mode)
        event, quad = pred.event, pred.quad
        if legacy and event != NONE:
            event = to_legacy(event)
            quad = LEGACY_YIELD_QUAD if event == LEGACY_YIELD else quad
        gold_labels.append(pair.event)
        pred_labels.append(event)
        quads_ok += int(quad is not None and quad == pair.quad)
        if pred.actors is not None:
            spans += 1
            actor_hits += int(_overlaps(pred.actors, pair.actors) or not pair.actors)
            recipient_hits += int(
                _overlaps(pred.recipients or [], pair.recipients)
                or (not pair.recipients and not pred.recipients)
            )
        if pair.aux_modes is not None and pred.aux_modes is not None:
            aux_n += 1
            aux_hits += int(sorted(pair.aux_modes) == sorted(pred.aux_modes))
    n = len(gold_labels)
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold_labels, pred_labels, strict=True):
        confusion.setdefault(g, {})
        confusion[g][p] = confusion[g].get(p, 0) + 1
    per_class = {}
    tp = Counter(g for g, p in zip(gold_labels, pred_labels, strict=True) if g == p)
    gold_n, pred_n = Counter(gold_labels), Counter(pred_labels)
    for label in sorted(gold_n):
        precision = tp[label] / pred_n[label] if pred_n[label] else 0.0
        recall = tp[label] / gold_n[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = ClassScore(precision, recall, f1, gold_n[label])
    return EventScores(
        n=n,
        accuracy=sum(tp.values()) / n if n else 0.0,
        macro_f1=sum(c.f1 for c in per_class.values()) / len(per_class) if per_class else 0.0,
        quad_accuracy=quads_ok / n if n else 0.0,
        per_class=per_class,
        confusion=confusion,
        actor_match=actor_hits / spans if spans else None,
        recipient_match=recipient_hits / spans if spans else None,
        aux_accuracy=aux_hits / aux_n if aux_n else None,
        mode_accuracy=mode_hits / mode_n if mode_n else None,
        mode_n=mode_n,
        sentences_per_s=(len({p.doc_id for p in pairs}) / seconds) if seconds else None,
        label_set="plv (YIELD)" if legacy else "plover",
    )


def evaluate(
    gold: Path,
    coder: str = "learned",
    *,
    pipeline: bool = False,
    predictions: Path | None = None,
    model: Path | None = None,
) -> EventScores:
    """Score one back-end (or a saved prediction file) against a gold file."""
    documents, pairs = read_gold(gold)
    if not pairs:  # scores over nothing would print as zeros
        raise MalformedRecord("no gold events to score against", where=str(gold))
    if predictions is not None:
        return score(pairs, read_predictions(predictions, pairs))
    started = time.perf_counter()
    if pipeline or coder == "rules":
        predicted = predict_pipeline(documents, pairs, coder, model)
    else:
        predicted = predict_relations(pairs, coder, model)
    return score(pairs, predicted, time.perf_counter() - started)
