"""`make train` reproduces the shipped classifier: a rebuilt model scores as its card says.

Rebuilding needs the training venv (torch) and several minutes of CPU, so the default run cannot
afford it: `make train-check` rebuilds into `build/` with the shipped recipe and then runs this
file with ``WIREWATCH_REBUILT_MODEL`` naming the rebuilt folder. Without it the test skips.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT, needs_shared
from wirewatch.events.learned import DEFAULT_MODEL, LearnedClassifier

REBUILT = os.environ.get("WIREWATCH_REBUILT_MODEL")

# How far a rebuild may score from the card on the slice. The recipe is fixed but its result
# is not: three rebuilds differing only in the training seed (13, 14, 15) scored 0.934, 0.959
# and 0.943 accuracy and 0.837, 0.862 and 0.835 macro-F1 on these 122 items (RESULTS.md,
# "`make train` on today's candidates"). 0.04 is two standard errors of an accuracy near 0.95
# on 122 items, and covers that spread; a broken recipe (wrong labels, lost layers, a bad
# export) falls far outside it.
WITHIN = 0.04
# The int8 export's size depends on the architecture and quantisation, not on the weights.
SIZE_WITHIN = 0.05


@needs_shared
@pytest.mark.skipif(
    not REBUILT,
    reason="no rebuilt model named: `make train-check` rebuilds one (training venv, ~10 min)",
)
def test_a_rebuild_scores_as_the_card_says():
    sys.path.insert(0, str(ROOT / "training"))
    from score_slice import slice_scores

    rebuilt = Path(REBUILT or "")
    card = json.loads((DEFAULT_MODEL / "card.json").read_text(encoding="utf-8"))["scores"]
    now = slice_scores(rebuilt)
    assert (now["n"], now["mode_n"]) == (card["n"], card["mode_n"])
    for score in ("accuracy", "macro_f1", "mode_accuracy"):
        assert now[score] == pytest.approx(card[score], abs=WITHIN), (score, now, card)
    shipped_size = (DEFAULT_MODEL / "model.onnx").stat().st_size
    rebuilt_size = (rebuilt / "model.onnx").stat().st_size
    assert rebuilt_size == pytest.approx(shipped_size, rel=SIZE_WITHIN)
    tokenizer = "tokenizer.json"
    assert (rebuilt / tokenizer).read_bytes() == (DEFAULT_MODEL / tokenizer).read_bytes()
    # The same inputs, read the same way (labels.json may spell out defaults the shipped one omits).
    shipped_model, rebuilt_model = LearnedClassifier(DEFAULT_MODEL), LearnedClassifier(rebuilt)
    for reading in ("types", "clause_style", "own_mentions", "focus", "hints"):
        assert getattr(rebuilt_model, reading) == getattr(shipped_model, reading), reading
