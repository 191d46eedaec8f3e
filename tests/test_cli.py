"""Every command through the CLI runner, checked against the store through the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import GUARDIAN, SEED_JSONL, needs_shared
from typer.testing import CliRunner

from wirewatch.cli import app
from wirewatch.store import Store

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good-one.txt").write_text(
        "Syrian government forces shelled the town of Jassim on Tuesday, activists said.",
        encoding="utf-8",
    )
    (folder / "good-two.jsonl").write_text(
        json.dumps({"id": "g2", "text": "Lavrov met Brahimi in Moscow.", "date": "2013-12-20"})
        + "\n{broken json\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return folder


def test_ingest_mixed_batch_stores_the_good_and_names_the_broken(tmp_path, mixed_batch):
    db = str(tmp_path / "w.db")
    result = invoke("ingest", str(mixed_batch), "--db", db, "--date", "2014-01-08")
    assert result.exit_code == 1
    messages = result.stderr
    assert f"{mixed_batch / 'empty.txt'}: empty document" in messages
    assert f"{mixed_batch / 'image.txt'}: binary file" in messages
    assert f"{mixed_batch / 'good-two.jsonl'}:2: malformed JSON" in messages
    assert "2 read, 2 stored" in messages and "3 failed" in messages
    with Store(db) as store:
        assert {d.id for d in store.iter_documents()} == {"good-one", "g2"}
        assert store.document("good-one").date == "2014-01-08"
        assert store.document("g2").date == "2013-12-20"


def test_ingest_twice_stores_once(tmp_path, mixed_batch):
    db = str(tmp_path / "w.db")
    invoke("ingest", str(mixed_batch / "good-one.txt"), "--db", db)
    second = invoke("ingest", str(mixed_batch / "good-one.txt"), "--db", db)
    assert second.exit_code == 0
    assert "0 stored" in second.stderr and "1 already stored" in second.stderr
    with Store(db) as store:
        assert store.summary()["documents"] == 1


def test_stdin_and_max_chars(tmp_path):
    db = str(tmp_path / "w.db")
    lines = "\n".join(
        json.dumps({"id": i, "text": text})
        for i, text in [("short", "Kerry flew to Paris."), ("long", "word " * 400)]
    )
    result = invoke("ingest", "-", "--db", db, "--max-chars", "1000", input=lines)
    assert result.exit_code == 1
    assert "<stdin>:2 (long): document has 2,000 characters, over the limit of 1,000" in (
        result.stderr
    )
    with Store(db) as store:
        assert [d.id for d in store.iter_documents()] == ["short"]


@needs_shared
def test_code_prints_contract_jsonl():
    result = invoke("code", str(SEED_JSONL), "--with-statements")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for record in lines:
        assert record["doc_id"] == "seed-geneva-ii"
        assert record["kind"] in ("event", "statement")
        assert {"id", "sentence", "aux_modes", "date"} <= set(record)
        if record["kind"] == "event":
            assert {
                "event",
                "mode",
                "quad",
                "scale",
                "contexts",
                "actor",
                "recipient",
                "location",
                "trigger",
                "confidence",
                "date_text",
                "date_span",
            } <= set(record)


@needs_shared
def test_events_show_stats_after_ingest(tmp_path):
    db = str(tmp_path / "w.db")
    assert invoke("ingest", str(SEED_JSONL), "--db", db).exit_code == 0
    shown = invoke("show", "seed-geneva-ii", "--db", db)
    assert shown.exit_code == 0
    assert "Why is Russia silent on Geneva II? (2014-01-10)" in shown.stdout
    assert "Lavrov" in shown.stdout and "legend:" in shown.stdout
    stats = invoke("stats", "--db", db)
    assert "1 documents (2014-01-10 to 2014-01-10)" in stats.stdout
    as_csv = invoke("events", "--db", db, "--format", "csv")
    assert as_csv.stdout.splitlines()[0].startswith("id,doc_id,date,event,mode")
    as_jsonl = invoke("events", "--db", db, "--format", "jsonl", "--doc", "seed-geneva-ii")
    with Store(db) as store:
        stored = store.events()
    assert len(as_jsonl.stdout.splitlines()) == len(stored)
    assert len(as_csv.stdout.splitlines()) == len(stored) + 1


def test_clean_messages_for_missing_things(tmp_path):
    missing_db = invoke("events", "--db", str(tmp_path / "none.db"))
    assert missing_db.exit_code == 2 and "no database at" in missing_db.stderr
    db = str(tmp_path / "w.db")
    Store(db).close()
    missing_doc = invoke("show", "nope", "--db", db)
    assert missing_doc.exit_code == 2 and "no document 'nope'" in missing_doc.stderr
    bad_format = invoke("events", "--db", db, "--format", "xml")
    assert bad_format.exit_code == 2 and "unknown format" in bad_format.stderr
    # A query that cannot mean what it says is refused, not answered with "0 events".
    for option, value, reason in (
        ("--type", "ASSUALT", "unknown event type 'ASSUALT'"),
        ("--since", "2014-13-01", "since must be a date"),
        ("--until", "January", "until must be a date"),
        ("--limit", "0", "limit must be at least 1"),
    ):
        refused = invoke("events", "--db", db, option, value)
        assert refused.exit_code == 2 and reason in refused.stderr, (option, refused.stderr)
    no_room = invoke("timex", "--max-chars", "0", "-")
    assert no_room.exit_code == 2 and "--max-chars" in no_room.output


@needs_shared
def test_guardian_ingested_twice_leaves_249_documents(tmp_path):
    db = str(tmp_path / "guardian.db")
    first = invoke("ingest", str(GUARDIAN), "--db", db)
    assert first.exit_code == 0, first.stderr
    second = invoke("ingest", str(GUARDIAN), "--db", db)
    assert "249 read, 0 stored" in second.stderr and "249 already stored" in second.stderr
    with Store(db) as store:
        assert store.summary()["documents"] == 249


def test_demo_default_examples_folder_is_the_repositorys():
    # `make demo` runs `wirewatch demo` with this default; it must survive moving the CLI.
    from wirewatch.cli.documents import EXAMPLES

    assert (EXAMPLES / "geneva_ii_2013_2014.jsonl").is_file()
    assert EXAMPLES.parent == Path(__file__).resolve().parents[1]
