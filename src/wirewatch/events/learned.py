"""The learned PLOVER type classifier: int8 ONNX MiniLM, run with onnxruntime + tokenizers.

No torch at inference. The model reads one sentence with its actor and recipient marked
(``wirewatch.events.labels.mark``) and returns a probability for each of the 16 PLOVER types.
Built by ``training/train_classifier.py`` (``make train``); see the data card beside the model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from wirewatch.errors import ConfigError, StageError, WirewatchError
from wirewatch.events.aux_modes import aux_modes
from wirewatch.events.labels import QUAD, find_mention, focus_mask, mark
from wirewatch.events.modes import ModeModel, decide_mode, load_mode_model

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "plover-minilm"


@dataclass(frozen=True)
class Relation:
    """One classification request: a sentence and (optionally) who acts on whom in it."""

    text: str
    actor_text: str | None = None
    recipient_text: str | None = None
    id: str | None = None
    trigger: tuple[int, int] | None = None  # the trigger's character offsets in ``text``
    # The candidate's own mentions (character offsets in ``text``); None: the first occurrence
    # of ``actor_text`` / ``recipient_text`` is marked (the relation task, ``classify``).
    actor_spans: tuple[tuple[int, int], ...] | None = None
    recipient_spans: tuple[tuple[int, int], ...] | None = None
    clause: tuple[int, int] | None = None  # the trigger's clause (``events.clause``) in ``text``
    hint: str | None = None  # the type the rule lexicon proposed, for a model that reads it

    def participants(self) -> list[tuple[int, int]]:
        """Offsets of the trigger and the actor's and recipient's mentions (their own spans,
        or their texts' first whole-word occurrence), where they can be found."""
        found = [self.trigger] if self.trigger else []
        for spans, text in (
            (self.actor_spans, self.actor_text),
            (self.recipient_spans, self.recipient_text),
        ):
            if spans is not None:
                found += spans
            elif (span := find_mention(self.text, text)) is not None:
                found.append(span)
        return found

    def crop(self, start: int, end: int) -> Relation:
        """The relation within ``text[start:end]``, its offsets moved to match; a mention or
        trigger that falls outside is dropped (``mark`` then names that participant in the
        second segment)."""

        def inside(span: tuple[int, int]) -> tuple[int, int] | None:
            return (span[0] - start, span[1] - start) if start <= span[0] < span[1] <= end else None

        def all_inside(
            spans: tuple[tuple[int, int], ...] | None,
        ) -> tuple[tuple[int, int], ...] | None:
            return None if spans is None else tuple(s for s in map(inside, spans) if s)

        clause = None
        if self.clause is not None and self.clause[0] < end and start < self.clause[1]:
            clause = (max(self.clause[0], start) - start, min(self.clause[1], end) - start)
        return replace(
            self,
            text=self.text[start:end],
            trigger=inside(self.trigger) if self.trigger else None,
            actor_spans=all_inside(self.actor_spans),
            recipient_spans=all_inside(self.recipient_spans),
            clause=clause,
        )


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` clipped to the text and widened to word boundaries."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


@dataclass(frozen=True)
class Classification:
    """The classifier's answer for one relation; ``scores`` holds every type's probability."""

    event: str
    quad: int
    confidence: float
    scores: dict[str, float]
    aux_modes: list[str] = field(default_factory=list)
    mode: str | None = None  # from the mode model (``events.modes``) for ``event``

    def as_json(self, id: str | None) -> dict:
        return {
            "id": id,
            "event": self.event,
            "mode": self.mode,
            "quad": self.quad,
            "aux_modes": self.aux_modes,
            "scores": {t: round(p, 4) for t, p in self.scores.items()},
        }


class LearnedClassifier:
    """Loads the ONNX model and tokenizer once; classifies relations one model call each.

    One call per relation, not batches: the int8 model quantises its activations over each
    call's whole input, so in a batch a relation's probabilities moved with its neighbours and
    their padding (by up to 0.37 on PLV sentences, flipping 2 of 400 types). One at a time
    costs about a quarter of the throughput (benchmarks/RESULTS.md) and gives every input one
    answer.
    """

    def __init__(self, model_dir: Path = DEFAULT_MODEL, *, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        model_file, tokenizer_file = model_dir / "model.onnx", model_dir / "tokenizer.json"
        if not model_file.exists() or not tokenizer_file.exists():
            raise ConfigError(
                f"no classifier model in {model_dir} (model.onnx and tokenizer.json);"
                " rebuild it with `make train`"
            )
        meta = json.loads((model_dir / "labels.json").read_text(encoding="utf-8"))
        self.types: list[str] = meta["types"]
        # How the model was trained to see the trigger's clause (older models: not at all).
        self.clause_style: str = meta.get("clause_style", "none")
        # Whether the model was trained on the candidates' own participant mentions ("own") or
        # on their texts' first occurrence in the sentence (older models: "first").
        self.own_mentions: bool = meta.get("participant_marks", "first") == "own"
        # Whether the model also pools the marked tokens apart (older models: mean pooling only).
        self.focus: bool = meta.get("pooling", "mean") == "focus"
        # Whether the model reads the rules' proposed type (older models: no).
        self.hints: bool = bool(meta.get("rule_hint", False))
        # The mode model is optional: without modes.npz every mode is None (as before).
        self.modes: ModeModel | None = load_mode_model(model_dir / "modes.npz")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.enable_truncation(int(meta["max_len"]))
        self.tokenizer.no_padding()  # the saved tokenizer pads to 128; one input needs none
        options = onnxruntime.SessionOptions()
        # Two threads by default: the project's target is a 2-core laptop, and more threads than
        # cores only adds contention.
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = onnxruntime.InferenceSession(
            str(model_file), options, providers=["CPUExecutionProvider"]
        )

    def _marked(self, r: Relation) -> tuple[str, str | None]:
        return mark(
            r.text,
            r.actor_text,
            r.recipient_text,
            r.trigger,
            actor_spans=r.actor_spans if self.own_mentions else None,
            recipient_spans=r.recipient_spans if self.own_mentions else None,
            clause=r.clause,
            clause_style=self.clause_style,
            hint=r.hint if self.hints else None,
        )

    def _too_long(self, r: Relation) -> bool:
        marked, pair = self._marked(r)
        return bool(self.tokenizer.encode(marked, pair).overflowing)

    def fitted(self, r: Relation) -> Relation:
        """The relation as the model can read it: unchanged when its marked input fits the
        model's length, else cropped to the widest window of whole words around its trigger
        and participants that fits. Truncation would keep the first tokens, and a relation
        late in a long sentence or paragraph would lose its marks (23 of 3,112 pipeline inputs
        on the Guardian corpus) and be typed from words that are not about it. Where the
        participants lie too far apart, the window is built around the trigger (else the
        first participant) and the rest are named in the second segment."""
        if not self._too_long(r):
            return r
        spans = r.participants()
        if not spans:
            return r
        core = r.trigger or spans[0]
        low, high = min(s for s, _ in spans), max(e for _, e in spans)
        if self._too_long(r.crop(*_whole_words(r.text, low, high))):
            low, high = core
        best = r.crop(*_whole_words(r.text, low, high))
        shortest, longest = 0, len(r.text)
        while shortest < longest:  # the widest margin that still fits
            margin = (shortest + longest + 1) // 2
            window = r.crop(*_whole_words(r.text, low - margin, high + margin))
            if self._too_long(window):
                longest = margin - 1
            else:
                shortest, best = margin, window
        return best

    def probabilities(self, relations: Sequence[Relation]) -> np.ndarray:
        """Type probabilities, one row per relation, in input order."""
        return self._read(relations)[1]

    def _read(self, relations: Sequence[Relation]) -> tuple[list[Relation], np.ndarray]:
        """What the model read of each relation (itself, or the window ``fitted`` cut when
        its input was too long) and the type probabilities; each input is tokenized once
        unless it has to be cut."""
        windows = list(relations)
        inputs = [self._marked(r) for r in windows]
        encodings = self.tokenizer.encode_batch([i if i[1] else i[0] for i in inputs])
        for k, encoding in enumerate(encodings):
            if encoding.overflowing:
                windows[k] = self.fitted(windows[k])
                inputs[k] = self._marked(windows[k])
                encodings[k] = self.tokenizer.encode(*inputs[k])
        out = np.zeros((len(windows), len(self.types)), dtype=np.float32)
        for row, ((text, _pair), encoding) in enumerate(zip(inputs, encodings, strict=True)):
            feed = {
                "input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
            }
            if self.focus:
                marked = focus_mask(text, encoding.offsets, encoding.sequence_ids)
                feed["focus_mask"] = np.array([marked], dtype=np.int64)
            out[row] = self.session.run(["probs"], feed)[0][0]
        return windows, out

    def classify(self, relations: Sequence[Relation]) -> list[Classification]:
        results = []
        windows, probabilities = self._read(relations)
        for relation, window, probs in zip(relations, windows, probabilities, strict=True):
            best = int(probs.argmax())
            event = self.types[best]
            results.append(
                Classification(
                    event=event,
                    quad=QUAD[event],
                    confidence=float(probs[best]),
                    scores={t: float(p) for t, p in zip(self.types, probs, strict=True)},
                    aux_modes=aux_modes(relation.text, relation.participants()),
                    mode=decide_mode(self.modes, event, window.text, window.trigger, None),
                )
            )
        return results


class RelationClassifier(Protocol):
    def classify(self, relations: Sequence[Relation]) -> list[Classification]: ...


def classify_stream(
    classifier: RelationClassifier,
    relations: Iterable[Relation],
    chunk: int = 512,
    on_error: Callable[[WirewatchError], None] | None = None,
) -> Iterator[tuple[Relation, Classification]]:
    """Classify a long stream in chunks, so memory stays flat and output starts early.

    With ``on_error``, a relation the back-end cannot answer (a ``StageError``: the llm
    back-end's invalid answers) is reported there and the rest of its chunk is answered one by
    one; other errors (a back-end that cannot run at all) end the stream."""

    def answered(batch: list[Relation]) -> list[tuple[Relation, Classification]]:
        try:
            return list(zip(batch, classifier.classify(batch), strict=True))
        except StageError as error:
            if on_error is None:
                raise
            if len(batch) == 1:
                on_error(error)
                return []
            return [pair for relation in batch for pair in answered([relation])]

    pending: list[Relation] = []
    for relation in relations:
        pending.append(relation)
        if len(pending) >= chunk:
            yield from answered(pending)
            pending = []
    if pending:
        yield from answered(pending)


@lru_cache(maxsize=4)
def load_classifier(model_dir: Path = DEFAULT_MODEL) -> LearnedClassifier:
    """The shared classifier for a model folder, loaded once per process."""
    return LearnedClassifier(model_dir)
