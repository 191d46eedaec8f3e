"""The store: round-trip of records, dedup by content, versions, filters, one transaction a doc."""

from __future__ import annotations

import sqlite3

import pytest

from wirewatch.errors import StoreError
from wirewatch.pipeline import Coded
from wirewatch.schema import ActorRef, Document, Event, Place, Range, Span, Statement, TimeRef
from wirewatch.store import EventFilter, Store

TEXT = (
    "Russian Foreign Minister Sergei Lavrov spoke by telephone with John Kerry on Thursday. "
    "Regime aircraft bombed civilians in Aleppo."
)


def span(text: str, part: str, **extra) -> dict:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part), **extra}


def coded_example(doc_id: str = "d1", text: str = TEXT) -> Coded:
    doc = Document(id=doc_id, text=text, date="2014-01-10")
    call = Event(
        id=f"{doc_id}:1",
        doc_id=doc_id,
        event="CONSULT",
        mode="phone",
        quad=1,
        scale=1.0,
        date="2014-01-09",
        date_text="on Thursday",
        date_span=Range(**{k: v for k, v in span(text, "on Thursday").items() if k != "text"}),
        actor=[
            ActorRef(**span(text, "Sergei Lavrov", name="Sergei Lavrov", code="RUS", sector="GOV"))
        ],
        recipient=[
            ActorRef(**span(text, "John Kerry", name="John Kerry", code="USA", sector="GOV"))
        ],
        trigger=Span(**span(text, "spoke by telephone")),
        sentence=Range(start=0, end=text.index("Thursday.") + 9),
        confidence=0.8,
    )
    strike = Event(
        id=f"{doc_id}:2",
        doc_id=doc_id,
        event="ASSAULT",
        mode="aerial",
        quad=4,
        scale=-9.0,
        actor=[
            ActorRef(**span(text, "Regime", name="Syrian government", code="SYR", sector="GOV"))
        ],
        recipient=[ActorRef(**span(text, "civilians", code="SYR", sector="CVL"))],
        location=Place(
            **span(
                text,
                "Aleppo",
                name="Aleppo",
                geonameid="170063",
                lat=36.20,
                lon=37.16,
                country_code="SY",
                feature_code="PPLA",
            )
        ),
        trigger=Span(**span(text, "bombed")),
        sentence=Range(start=text.index("Regime"), end=len(text)),
    )
    said = Statement(
        id=f"{doc_id}:3",
        doc_id=doc_id,
        verb=Span(**span(text, "spoke")),
        speaker=[call.actor[0]],
        topics=["Geneva II"],
        sentence=call.sentence,
    )
    return Coded(
        document=doc,
        events=[call, strike],
        statements=[said],
        places=[strike.location],
        timexes=[TimeRef(**span(text, "Thursday"), type="DATE", value="2014-01-09", mod="START")],
    )


def test_round_trip_keeps_every_field(store: Store):
    coded = coded_example()
    assert store.save(coded).status == "stored"
    assert store.events() == coded.events
    assert store.statements() == coded.statements
    assert store.document("d1") == coded.document
    assert store.places("d1") == coded.places
    assert store.timexes("d1") == coded.timexes


def test_same_text_twice_is_stored_once_even_under_another_id(store: Store):
    assert store.save(coded_example("d1")).status == "stored"
    again = store.save(coded_example("d1"))
    assert again.status == "duplicate"
    # Whitespace differences do not make a new article.
    respaced = coded_example("copy", TEXT.replace(". ", ".\n\n"))
    assert store.save(respaced).status == "duplicate"
    assert store.summary()["documents"] == 1
    assert len(store.events()) == 2


def test_changed_text_under_same_id_is_a_new_version(store: Store):
    store.save(coded_example("d1"))
    result = store.save(coded_example("d1", TEXT + " Officials said talks would go ahead."))
    assert (result.status, result.version) == ("new-version", 2)
    summary = store.summary()
    assert (summary["documents"], summary["versions"]) == (1, 2)
    # Only the current version's records are returned.
    assert len(store.events(EventFilter(doc="d1"))) == 2
    assert "talks would go ahead" in store.document("d1").text


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(actor="RUS"), ["CONSULT"]),
        (EventFilter(actor="lavrov"), ["CONSULT"]),
        (EventFilter(recipient="USA"), ["CONSULT"]),
        (EventFilter(recipient="civilians"), ["ASSAULT"]),
        (EventFilter(type="assault"), ["ASSAULT"]),
        (EventFilter(place="aleppo"), ["ASSAULT"]),
        (EventFilter(place="170063"), ["ASSAULT"]),
        (EventFilter(since="2014-01-09", until="2014-01-09"), ["CONSULT"]),
        (EventFilter(since="2014-01-10"), []),
        (EventFilter(since="2014", until="2014-01"), ["CONSULT"]),  # the attack is undated
        (EventFilter(doc="nope"), []),
    ],
)
def test_filters(store: Store, flt: EventFilter, expected: list[str]):
    store.save(coded_example())
    assert [e.event for e in store.events(flt)] == expected


def test_summary_counts(store: Store):
    store.save(coded_example())
    summary = store.summary()
    assert summary["events_by_type"] == {"ASSAULT": 1, "CONSULT": 1}
    names = {a["name"] for a in summary["top_actors"]}
    assert names == {"Sergei Lavrov", "Syrian government"}


def test_a_failing_write_leaves_nothing_behind(tmp_path):
    store = Store(str(tmp_path / "atomic.db"))
    coded = coded_example()
    # Two records with the same id break a unique constraint half-way through the document.
    coded.events.append(coded.events[0].model_copy())
    with pytest.raises(StoreError, match="UNIQUE"):
        store.save(coded)
    assert store.summary()["documents"] == 0
    with sqlite3.connect(tmp_path / "atomic.db") as conn:
        assert conn.execute("select count(*) from events").fetchone() == (0,)
        assert conn.execute("select count(*) from event_actors").fetchone() == (0,)
    store.close()


def test_wal_mode_and_schema_version(tmp_path):
    Store(str(tmp_path / "w.db")).close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("pragma journal_mode").fetchone() == ("wal",)
        assert conn.execute("select max(version) from schema_version").fetchone() == (3,)
    # Re-opening applies nothing twice.
    Store(str(tmp_path / "w.db")).close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("select count(*) from schema_version").fetchone() == (3,)


def test_a_version_1_store_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    Store(str(path)).close()
    with sqlite3.connect(path) as conn:  # make it look like a store written by version 1
        conn.execute("alter table timexes drop column mod")
        conn.execute("delete from schema_version where version >= 2")
    with Store(str(path)) as store:
        coded = coded_example()
        coded.timexes[0].mod = "APPROX"
        store.save(coded)
        assert store.timexes("d1")[0].mod == "APPROX"


def test_readers_do_not_block_each_other_or_a_writer(tmp_path):
    store = Store(str(tmp_path / "r.db"))
    store.save(coded_example("d1"))
    # A read left open across a nested read and a write: neither may hit "database is locked".
    documents = store.iter_documents()
    first = next(documents)
    assert store.document(first.id) is not None
    assert store.save(coded_example("d2", TEXT + " More.")).status == "stored"
    assert list(documents) == []
    store.close()
