"""The learned PLOVER mode model: one small logistic regression per event type, in numpy.

A mode refines a type (ASSAULT/aerial, PROTEST/hunger, ACCUSE/investigate); which modes exist
depends on the type, so the model is conditioned on it: given the decided type and the
sentence, it scores that type's modes, plus "no mode". Features are the sentence's words, word
beginnings (five letters, so "arrested" and "arrests" share one) and word pairs; the trigger's
words, where known, are added again with a prefix so that the event's own words outweigh the
rest of a long sentence. Weights live in one ``modes.npz`` beside the type classifier
(``training/train_modes.py`` builds it from the PLOVER GSR and the NGEC headlines).

Also here: the translation of the older mode names the training data uses into the current
PLOVER vocabulary (``current_mode``), shared by training and by ``wirewatch eval events``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from wirewatch.events.ontology import EVENT_TYPES

NO_MODE = ""  # the class "this event has no mode" (stored as an empty string in the npz)

# Older names (PLOVER 0.5b1 in the GSR, NGEC's headline templates) for current modes, per type;
# "*" applies to every type. Names with no current equivalent (GSR "other", NGEC "massacre")
# are left out of training and scoring.
_ALIASES: dict[str, dict[str, str]] = {
    "*": {"primative": "primitive", "sieze": "seize", "ban": "restrict"},
    "PROTEST": {
        "demo-org": "demo",
        "demo-spon": "demo",
        "riot-spon": "riot",
        "strike-gen": "strike",
        "strike-hun": "hunger",
    },
    "COERCE": {"confiscate": "seize", "detain": "arrest"},
    "ASSAULT": {"assassinate": "targeted"},
    "THREATEN": {"curfew": "restrict", "martial-law": "restrict", "political": "restrict"},
}


def current_mode(event: str, mode: str | None) -> str | None:
    """``mode`` in today's PLOVER vocabulary for ``event``, or None when it has no equivalent."""
    if not mode or event not in EVENT_TYPES:
        return None
    name = mode.strip().lower()
    name = _ALIASES.get(event, {}).get(name, _ALIASES["*"].get(name, name))
    return name if name in EVENT_TYPES[event].modes else None


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def features(text: str, trigger: tuple[int, int] | None = None) -> list[str]:
    """The feature names of one sentence (duplicates kept: they count)."""
    words = _WORD.findall(text.lower())
    out = [f"w:{w}" for w in words] + [f"p:{w[:5]}" for w in words if len(w) > 5]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    if trigger is not None:
        for w in _WORD.findall(text[trigger[0] : trigger[1]].lower()):
            out += [f"t:{w}", f"t:{w[:5]}"]
    return out


@dataclass(frozen=True)
class ModeAnswer:
    mode: str | None  # None: no mode (or the type has none)
    confidence: float


class ModeModel:
    """Per type: its classes, the features its training sentences had, and their weights."""

    def __init__(self, weights: dict[str, tuple[list[str], list[str], np.ndarray, np.ndarray]]):
        # type -> (classes, feature names, W [features x classes], bias [classes])
        self.weights = weights
        self.rows = {t: {f: i for i, f in enumerate(w[1])} for t, w in weights.items()}

    @classmethod
    def load(cls, path: Path) -> ModeModel:
        data = np.load(path, allow_pickle=False)
        weights = {}
        for event in (str(t) for t in data["types"]):
            weights[event] = (
                [str(c) for c in data[f"{event}.classes"]],
                [str(f) for f in data[f"{event}.features"]],
                data[f"{event}.W"].astype(np.float32),
                data[f"{event}.b"].astype(np.float32),
            )
        return cls(weights)

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {"types": np.array(sorted(self.weights))}
        for event, (classes, names, w, b) in self.weights.items():
            arrays[f"{event}.classes"] = np.array(classes)
            arrays[f"{event}.features"] = np.array(names)
            arrays[f"{event}.W"] = w.astype(np.float16)
            arrays[f"{event}.b"] = b.astype(np.float16)
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)

    def vector(self, event: str, text: str, trigger: tuple[int, int] | None = None) -> np.ndarray:
        """Feature counts of one sentence over the type's features."""
        rows = self.rows[event]
        x = np.zeros(len(rows), dtype=np.float32)
        for name in features(text, trigger):
            i = rows.get(name)
            if i is not None:
                x[i] += 1.0
        return x

    def distribution(
        self, event: str, text: str, trigger: tuple[int, int] | None = None
    ) -> dict[str, float]:
        """Each of the type's modes (and ``NO_MODE``) with its probability; empty when the
        model has nothing for the type."""
        if event not in self.weights:
            return {}
        classes, _, w, b = self.weights[event]
        logits = self.vector(event, text, trigger) @ w + b
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return {c: float(x) for c, x in zip(classes, p, strict=True)}

    def predict(self, event: str, text: str, trigger: tuple[int, int] | None = None) -> ModeAnswer:
        scores = self.distribution(event, text, trigger)
        if not scores:
            return ModeAnswer(None, 0.0)
        best = max(scores, key=scores.__getitem__)
        return ModeAnswer(best or None, scores[best])


# The learned mode is used from this probability up, else the lexicon's (none where there is no
# lexicon: `wirewatch classify`, a type the learned coder chose itself). The GSR scores only
# events annotated with a mode, so on its held-out answers every threshold above 0 loses
# (training/train_modes.py --cv). Judged blind on Guardian records, where a sentence often states
# no mode, 0.3 was best on 398 judged items (153 answers the judge's, against 100 at 0) and,
# scored once on 60 random records no choice saw, 21 against 11 (RESULTS.md, P522). The learned
# coder asks the model only for a type the lexicon did not propose (learned_coder.py, P514).
USE_MODEL_FROM = 0.3


def decide_mode(
    model: ModeModel | None,
    event: str,
    text: str,
    trigger: tuple[int, int] | None,
    lexicon_mode: str | None,
    threshold: float = USE_MODEL_FROM,
) -> str | None:
    """The mode of a decided event: the model's when it is sure enough, else the lexicon's."""
    lexicon_mode = lexicon_mode if lexicon_mode in EVENT_TYPES[event].modes else None
    if model is None:
        return lexicon_mode
    answer = model.predict(event, text, trigger)
    return choose_mode(answer.mode, answer.confidence, lexicon_mode, threshold)


def choose_mode(
    learned: str | None, confidence: float, lexicon_mode: str | None, threshold: float
) -> str | None:
    """The model's mode when it names one with enough confidence (its "no mode" does not
    overrule a mode the lexicon found), else the lexicon's."""
    if learned and confidence >= threshold:
        return learned
    return lexicon_mode


@lru_cache(maxsize=4)
def load_mode_model(path: Path) -> ModeModel | None:
    """The mode model at ``path``, loaded once; None when the file is absent."""
    return ModeModel.load(path) if path.exists() else None
