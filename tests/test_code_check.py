"""benchmarks/code_check.py: the mentions whose country code alone a change altered."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from code_check import code_changes, describe, participants  # noqa: E402


def _row(actor: str, recipient: str = "(none named)", event: str = "ASSAULT") -> dict:
    return {
        "doc_id": "d1",
        "sentence": [0, 80],
        "trigger": [10, 16],
        "event": event,
        "actor": actor,
        "recipient": recipient,
    }


def test_participants_read_a_dump_field():
    assert participants("Mubarak [no country]; Cairo [EGY]") == [
        ("Mubarak", "no country"),
        ("Cairo", "EGY"),
    ]
    assert participants("(none named)") == []


def test_a_code_given_or_replaced_is_a_change_and_nothing_else_is():
    before = [_row("Mubarak [no country]", "Kurds [IRQ]")]
    after = [_row("Mubarak [EGY]", "Kurds [SYR]")]
    changes = code_changes(before, after)
    assert [(c["mention"], c["before"], c["after"], c["kind"]) for c in changes] == [
        ("Mubarak", "no country", "EGY", "added"),
        ("Kurds", "IRQ", "SYR", "replaced"),
    ]
    # another type, or other participants, is another record: change_precision.py weighs it
    assert code_changes(before, [_row("Mubarak [EGY]", "Kurds [IRQ]", event="COERCE")]) == []
    assert code_changes(before, [_row("Sadat [EGY]", "Kurds [IRQ]")]) == []
    assert code_changes(before, before) == []


def test_a_code_is_shown_as_its_country_or_kind_of_body():
    names = {"EGY": "Egypt"}
    assert describe("EGY", names) == "Egypt (EGY)"
    assert describe("IMG", names).startswith("an international militant group")
