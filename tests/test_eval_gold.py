"""Every scorer reads gold the same way: whole or not at all, a bad line named by file and line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from wirewatch.cli import app

GOOD = {
    "geo": {
        "id": "a",
        "text": "He went to Paris.",
        "toponyms": [{"start": 11, "end": 16, "text": "Paris", "lat": 48.85, "lon": 2.35}],
    },
    "timex": {
        "id": "a",
        "text": "It rained on Monday.",
        "date": "2020-01-08",
        "timexes": [
            {"start": 13, "end": 19, "text": "Monday", "type": "DATE", "value": "2020-01-06"}
        ],
    },
}


def _with(kind: str, **change) -> bytes:
    row = json.loads(json.dumps(GOOD[kind]))
    listed = "toponyms" if kind == "geo" else "timexes"
    row[listed][0].update(change.pop("item", {}))
    row.update(change)
    return json.dumps(row).encode()


@pytest.mark.parametrize("kind", ["geo", "timex"])
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (lambda kind: b'{"id": "b", "text": "caf\xe9"}', "not UTF-8 text"),
        (lambda kind: b"[1, 2]", "expected a JSON object, got list"),
        (lambda kind: _with(kind), "id 'a' repeats the document at"),
        (lambda kind: _with(kind, id="b", text=""), "empty text"),
        (lambda kind: _with(kind, id="b", item={"end": 99}), "runs past the text"),
        (lambda kind: _with(kind, id="b", item={"start": 12}), "not its text"),
        (lambda kind: _with(kind, id="b", item={"start": None}), "without valid start/end"),
    ],
)
def test_a_bad_gold_line_stops_the_score_with_its_place(tmp_path, kind, line, reason):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(json.dumps(GOOD[kind]).encode() + b"\n" + line(kind) + b"\n")
    result = CliRunner().invoke(app, ["eval", kind, str(gold)])
    assert result.exit_code != 0
    assert f"{gold}:2: " in result.stderr and reason in result.stderr, result.stderr


def test_a_toponym_off_the_globe_is_refused(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(_with("geo", item={"lat": 448.85}) + b"\n")
    result = CliRunner().invoke(app, ["eval", "geo", str(gold)])
    assert result.exit_code != 0 and "has no valid point (448.85, 2.35)" in result.stderr
