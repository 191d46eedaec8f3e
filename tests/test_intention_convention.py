"""The manual's intention rule against the gold sets (``benchmarks/intention_convention.py``):
news coded by the manual wants it, analysis prose written for wirewatch does not (P551)."""

from __future__ import annotations

import sys

from conftest import ROOT, needs_shared

sys.path.insert(0, str(ROOT / "benchmarks"))


def _compared(tmp_path, name: str):
    from intention_convention import coded, compare, gold_sets, with_and_without

    (path,) = [p for n, p in gold_sets(tmp_path) if n == name]
    pairs, run = coded(path, "rules", tmp_path)
    return compare(pairs, *with_and_without(run))


@needs_shared
def test_the_gsr_codes_every_committed_future_act_the_rule_turns_as_agree(tmp_path):
    """ "Portugal will support Turkey's efforts …", "Finland will give Tanzania a grant …": each
    pair the rule turns into AGREE is AGREE in the GSR."""
    right, right_without, changed = _compared(tmp_path, "PLOVER GSR")
    assert changed and set(changed) == {"AGREE"}
    assert right - right_without == changed["AGREE"]


@needs_shared
def test_the_written_analysis_events_code_the_act_itself(tmp_path):
    """ "Tokyo plans to provide patrol vessels": the written analysis events code the act's own
    type, so each pair the rule turns costs one (since P553 the rule no longer turns the
    scheduled and expected ones, "is scheduled to visit Dhaka", "is set to formally endorse")."""
    right, right_without, changed = _compared(tmp_path, "written analysis events")
    assert changed and "AGREE" not in changed
    assert right_without - right == sum(changed.values())
