"""A stored text coded by another coder, release or actor file is coded again, never skipped.

Documents are stored once by content hash; what coded them (``coded_by``) decides whether a
second ingest is a duplicate or replaces the records, in one transaction.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.conftest import SEED_JSONL, needs_shared
from tests.test_store import TEXT, coded_example
from typer.testing import CliRunner

from wirewatch.batch import ingest, recode
from wirewatch.cli import app
from wirewatch.config import Settings
from wirewatch.errors import StoreError
from wirewatch.ingest import ReadResult
from wirewatch.pipeline import Coded
from wirewatch.provenance import coded_by, package_digest
from wirewatch.schema import Document
from wirewatch.store import Store
from wirewatch.store import tables as t


def by(coded: Coded, label: str | None) -> Coded:
    return dataclasses.replace(coded, coded_by=label)


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_same_coding_is_a_duplicate_another_replaces_every_layer(store: Store):
    assert store.save(by(coded_example(), "rules A")).status == "stored"
    assert store.save(by(coded_example(), "rules A")).status == "duplicate"

    # Another coder found only the air strike: the phone call, its statement and time go.
    first = coded_example()
    strike = first.events[1]
    other = Coded(first.document, events=[strike], places=first.places, coded_by="learned B")
    result = store.save(other)
    assert (result.status, result.doc_id, result.version) == ("recoded", "d1", 1)
    assert store.events() == [strike]
    assert store.statements() == []
    assert store.timexes("d1") == []
    assert store.places("d1") == first.places
    # The old records' participants went with them: two for the strike, none left over.
    assert count(store, t.event_actors) == 2
    assert count(store, t.statement_actors) == 0
    summary = store.summary()
    assert (summary["documents"], summary["versions"]) == (1, 1)
    assert summary["coded_by"] == {"learned B": 1}


def test_hand_made_records_or_another_id_never_replace_stored_ones(store: Store):
    store.save(by(coded_example(), "rules A"))
    # Records with no coded_by (made by hand, or by a library caller) are not a coding.
    assert store.save(by(coded_example(), None)).status == "duplicate"
    # The same text under another id: its records would carry the wrong document id.
    assert store.save(by(coded_example("d2"), "learned B")).status == "duplicate"
    assert [e.doc_id for e in store.events()] == ["d1", "d1"]
    assert store.summary()["coded_by"] == {"rules A": 1}


def test_a_recoding_that_fails_keeps_the_old_records(store: Store):
    store.save(by(coded_example(), "rules A"))
    broken = coded_example()
    # Two records with one id break the unique constraint half-way through the new records.
    twice = Coded(
        broken.document, events=[broken.events[0], broken.events[0]], coded_by="learned B"
    )
    with pytest.raises(StoreError, match="cannot store"):
        store.save(twice)
    assert store.events() == coded_example().events
    assert store.summary()["coded_by"] == {"rules A": 1}
    assert [d.id for d in store.iter_stale("learned B")] == ["d1"]
    assert list(store.iter_stale("rules A")) == []


def test_a_store_from_before_coded_by_gains_the_column_and_reads_as_stale(tmp_path: Path):
    path = tmp_path / "old.db"
    with Store(str(path)) as store:
        store.save(by(coded_example(), "rules A"))
    # Make it a version-2 store: no column, no migration 3 recorded.
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE documents DROP COLUMN coded_by")
    conn.execute("DELETE FROM schema_version WHERE version = 3")
    conn.commit()
    conn.close()
    with Store(str(path)) as store:
        assert store.summary()["coded_by"] == {None: 1}
        assert [d.id for d in store.iter_stale("rules A")] == ["d1"]
        assert store.stored_coding(coded_example().document.hash) == (
            coded_example().document,
            None,
        )
        assert store.save(by(coded_example(), "rules A")).status == "recoded"


def test_the_label_changes_with_coder_actor_file_and_limit(tmp_path: Path):
    stages, parser = ("ww_events",), "core_web_sm 3.8.0"
    rules = coded_by(Settings(coder="rules"), stages, {}, parser)
    assert rules == coded_by(Settings(coder="rules"), stages, {}, parser)
    assert rules.startswith("rules 0.")
    assert coded_by(Settings(coder="learned"), stages, {}, parser).startswith("learned ")
    actors = tmp_path / "actors.jsonl"
    actors.write_text('{"name": "Free Syrian Army", "code": "SYR", "sector": "REB"}\n')
    with_file = coded_by(Settings(coder="rules", actor_files=[actors]), stages, {}, parser)
    actors.write_text('{"name": "Free Syrian Army", "code": "SYR", "sector": "OPP"}\n')
    edited = coded_by(Settings(coder="rules", actor_files=[actors]), stages, {}, parser)
    assert len({rules, with_file, edited}) == 3
    assert coded_by(Settings(coder="rules", max_chars=10), stages, {}, parser) != rules
    assert coded_by(Settings(coder="rules"), stages, {}, "core_web_sm 3.8.1") != rules
    assert len(package_digest()) == 64


@pytest.fixture(scope="module")
def learned_pipeline():
    from wirewatch.pipeline import Pipeline

    return Pipeline(Settings(coder="learned"))


def by_id(event) -> str:
    return event.id


def read(*documents: Document) -> list[ReadResult]:
    return [ReadResult(where=d.id, document=d) for d in documents]


@needs_shared
def test_the_seed_article_coded_again_by_the_learned_back_end(
    tmp_path, pipeline, learned_pipeline, seed_document
):
    assert pipeline.coded_by != learned_pipeline.coded_by
    with Store(str(tmp_path / "w.db")) as store:
        first = ingest(read(seed_document), pipeline, store)
        assert (first.stored, first.recoded) == (1, 0)
        rules_events = store.events()
        assert {e.coder for e in rules_events} == {"rules"}
        again = ingest(read(seed_document), pipeline, store)
        assert (again.duplicates, again.events) == (1, 0)

        # The same text under another id and date: coded under the stored id and date.
        renamed = seed_document.model_copy(update={"id": "copy", "date": "2020-01-01"})
        switched = ingest(read(renamed), learned_pipeline, store)
        assert (switched.recoded, switched.stored, switched.duplicates) == (1, 0, 0)
        learned_events = store.events()
        assert {e.coder for e in learned_events} == {"learned"}
        assert {e.doc_id for e in learned_events} == {seed_document.id}
        assert len(learned_events) == switched.events
        (coded,) = learned_pipeline.code([seed_document])
        assert sorted(learned_events, key=by_id) == sorted(coded.events, key=by_id)
        assert count(store, t.events) == len(coded.events)
        assert count(store, t.event_actors) == sum(
            len(e.actor) + len(e.recipient) for e in coded.events
        )

        back = recode(pipeline, store)
        assert (back.read, back.recoded, back.failures) == (1, 1, [])
        assert sorted(store.events(), key=by_id) == sorted(rules_events, key=by_id)
        assert recode(pipeline, store).read == 0


@needs_shared
def test_cli_ingest_with_another_coder_recodes_and_stats_names_the_mix(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    seed = str(SEED_JSONL)

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    assert "1 stored" in invoke("ingest", seed, "--db", db).stderr
    switched = invoke("ingest", seed, "--db", db, "--coder", "learned")
    assert switched.exit_code == 0
    assert "0 stored, 0 new versions, 1 recoded, 0 already stored" in switched.stderr
    with Store(db) as store:
        (label,) = store.summary()["coded_by"]
        assert label.startswith("learned ")
        # An older release's coding of a second document, side by side with this one.
        text = json.loads(SEED_JSONL.read_text(encoding="utf-8").splitlines()[0])["text"]
        store.save(Coded(Document(id="other", text=TEXT + text[:200]), coded_by="rules 0.0.1+x"))
    stats = invoke("stats", "--db", db)
    assert "documents coded by more than one coder or release" in stats.stdout
    assert "rules 0.0.1+x: 1" in stats.stdout
    result = invoke("recode", "--db", db, "--coder", "learned")
    assert result.exit_code == 0
    assert "1 coded by something else, 1 recoded, 0 failed" in result.stderr
    assert "more than one" not in invoke("stats", "--db", db).stdout
