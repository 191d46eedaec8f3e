"""``Store``: the one way in and out of the database (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    event,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from wirewatch.errors import BadQuery, StoreError
from wirewatch.events.ontology import EVENT_TYPES
from wirewatch.pipeline import Coded
from wirewatch.schema import ActorRef, Document, Event, Place, Statement, TimeRef
from wirewatch.store import tables as t
from wirewatch.store.migrations import migrate

SaveStatus = Literal["stored", "new-version", "recoded", "duplicate"]


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    doc_id: str
    version: int


@dataclass
class EventFilter:
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    doc: str | None = None
    happened_only: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        # A typo would otherwise match nothing and read as "no such events".
        if self.type and self.type.upper() not in EVENT_TYPES:
            names = ", ".join(EVENT_TYPES)
            raise BadQuery(f"unknown event type {self.type!r}; one of {names}")
        for name, value in (("since", self.since), ("until", self.until)):
            if value is not None and not _is_date_prefix(value):
                raise BadQuery(f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.limit is not None and self.limit < 1:
            raise BadQuery(f"limit must be at least 1, not {self.limit}")


def _is_date_prefix(value: str) -> bool:
    """Dates are stored as ISO strings, as precise as the text ("2014", "2014-01", "2014-01-10"),
    and compared as strings, so a bound may be as precise as any of them."""
    parts = value.split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return False
    if any(len(p) != 2 for p in parts[1:]):
        return False
    try:
        date(*map(int, [*parts, "1", "1"][:3]))
    except ValueError:
        return False
    return True


def database_url(db: str) -> str:
    """``db`` is a SQLAlchemy URL or a path to a SQLite file."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db)}"


WRITE_OPTION = "wirewatch_write"


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # pragma: no cover - driver hook
        # Let SQLAlchemy's "begin" below decide the transaction mode.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # pragma: no cover - driver hook
        # Writers take the write lock up front (no reader-turned-writer deadlocks); readers
        # take a plain deferred transaction, so they never wait on one another or on a writer.
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _participants(refs: list[ActorRef], role: str, record_pk: int) -> list[dict]:
    return [
        {
            "record_pk": record_pk,
            "role": role,
            "text": r.text,
            "start": r.start,
            "end": r.end,
            "name": r.name,
            "code": r.code,
            "sector": r.sector,
            "actor_id": r.id,
        }
        for r in refs
    ]


class Store:
    """Documents and their records; one transaction per document."""

    def __init__(self, db: str = "wirewatch.db") -> None:
        self.url = database_url(db)
        self.is_sqlite = self.url.startswith("sqlite")
        try:
            self.engine = _sqlite_engine(self.url) if self.is_sqlite else create_engine(self.url)
            self.writer = self.engine.execution_options(**{WRITE_OPTION: True})
            with self.writer.begin() as conn:
                migrate(conn)
        except Exception as err:  # noqa: BLE001 - any driver error becomes one clear message
            raise StoreError(f"cannot open database {db!r}: {err}") from err

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # writing ---------------------------------------------------------------------------------

    def save(self, coded: Coded) -> SaveResult:
        """Store one coded document and all its records in one transaction.

        The same text (by normalised content hash) is stored once. A new text under an existing
        id becomes that id's next version; the older version stays, no longer current. A stored
        text that something else coded (another coder, release or actor file: ``coded_by``) has
        its records replaced by these, when they are coded under the stored id.
        """
        doc = coded.document
        digest = doc.hash
        recoding = False
        try:
            with self.writer.begin() as conn:
                d = t.documents.c
                dup = conn.execute(
                    select(d.pk, d.doc_id, d.version, d.coded_by).where(d.hash == digest)
                ).first()
                if dup is not None:
                    if not _recodes(coded, dup.doc_id, dup.coded_by):
                        return SaveResult("duplicate", dup.doc_id, dup.version)
                    recoding = True
                    self._delete_records(conn, dup.pk)
                    self._insert_records(conn, dup.pk, coded)
                    conn.execute(
                        update(t.documents).where(d.pk == dup.pk).values(coded_by=coded.coded_by)
                    )
                    return SaveResult("recoded", dup.doc_id, dup.version)
                latest = conn.execute(
                    select(func.max(d.version)).where(d.doc_id == doc.id)
                ).scalar()
                version = (latest or 0) + 1
                if latest:
                    conn.execute(
                        update(t.documents).where(d.doc_id == doc.id).values(is_current=False)
                    )
                document_pk = self._insert_document(conn, doc, digest, version, coded.coded_by)
                self._insert_records(conn, document_pk, coded)
        except IntegrityError as err:
            # A concurrent writer may have stored the same text first: a duplicate, not an error.
            if not recoding and self.has_hash(digest):
                return SaveResult("duplicate", doc.id, 0)
            raise StoreError(f"cannot store: {err.orig}", where=doc.id) from err
        return SaveResult("new-version" if version > 1 else "stored", doc.id, version)

    @staticmethod
    def _delete_records(conn: Connection, document_pk: int) -> None:
        # Participants go with their records (ON DELETE CASCADE).
        for table in (t.events, t.statements, t.places, t.timexes):
            conn.execute(table.delete().where(table.c.document_pk == document_pk))

    def _insert_document(
        self, conn: Connection, doc: Document, digest: str, version: int, coded_by: str | None
    ) -> int:
        result = conn.execute(
            t.documents.insert().values(
                doc_id=doc.id,
                version=version,
                is_current=True,
                hash=digest,
                date=doc.date,
                title=doc.title,
                source=doc.source,
                url=doc.url,
                text=doc.text,
                ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
                coded_by=coded_by,
            )
        )
        return result.inserted_primary_key[0]

    def _insert_records(self, conn: Connection, document_pk: int, coded: Coded) -> None:
        for ev in coded.events:
            pk = conn.execute(
                t.events.insert().values(
                    document_pk=document_pk,
                    record_id=ev.id,
                    doc_id=ev.doc_id,
                    date=ev.date,
                    happened=ev.happened,
                    aux_modes=",".join(ev.aux_modes),
                    sentence_start=ev.sentence.start,
                    sentence_end=ev.sentence.end,
                    confidence=ev.confidence,
                    record=ev.model_dump_json(),
                    event=ev.event,
                    mode=ev.mode,
                    quad=ev.quad,
                    scale=ev.scale,
                    trigger_text=ev.trigger.text,
                    place_name=ev.location.name or ev.location.text if ev.location else None,
                    geonameid=ev.location.geonameid if ev.location else None,
                    coder=ev.coder,
                )
            ).inserted_primary_key[0]
            rows = _participants(ev.actor, "actor", pk) + _participants(
                ev.recipient, "recipient", pk
            )
            if rows:
                conn.execute(t.event_actors.insert(), rows)
        for st in coded.statements:
            pk = conn.execute(
                t.statements.insert().values(
                    document_pk=document_pk,
                    record_id=st.id,
                    doc_id=st.doc_id,
                    date=st.date,
                    happened=not ({"negation", "hypothetical", "future"} & set(st.aux_modes)),
                    aux_modes=",".join(st.aux_modes),
                    sentence_start=st.sentence.start,
                    sentence_end=st.sentence.end,
                    confidence=st.confidence,
                    record=st.model_dump_json(),
                    verb=st.verb.text,
                    topics="|".join(st.topics),
                )
            ).inserted_primary_key[0]
            rows = _participants(st.speaker, "speaker", pk) + _participants(st.about, "about", pk)
            if rows:
                conn.execute(t.statement_actors.insert(), rows)
        if coded.places:
            conn.execute(
                t.places.insert(),
                [{"document_pk": document_pk, **p.model_dump()} for p in coded.places],
            )
        if coded.timexes:
            conn.execute(
                t.timexes.insert(),
                [{"document_pk": document_pk, **x.model_dump()} for x in coded.timexes],
            )

    # reading ---------------------------------------------------------------------------------

    def has_hash(self, digest: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(t.documents.c.pk).where(t.documents.c.hash == digest)
            ).first()
        return found is not None

    def stored_coding(self, digest: str) -> tuple[Document, str | None] | None:
        """The stored document with this text and what coded it; None if the text is new."""
        d = t.documents.c
        query = select(
            d.doc_id.label("id"), d.text, d.date, d.title, d.source, d.url, d.coded_by
        ).where(d.hash == digest)
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            return None
        fields = dict(row)
        coded_by = fields.pop("coded_by")
        return Document.model_validate(fields), coded_by

    def iter_stale(self, coded_by: str) -> Iterator[Document]:
        """Current documents whose records something other than ``coded_by`` made."""
        d = t.documents.c
        # Keys first, texts one by one: the caller writes between reads, and a large store's
        # texts need not all be in memory at once.
        with self.engine.connect() as conn:
            keys = (
                conn.execute(
                    select(d.pk)
                    .where(d.is_current, or_(d.coded_by.is_(None), d.coded_by != coded_by))
                    .order_by(d.date, d.doc_id)
                )
                .scalars()
                .all()
            )
        for key in keys:
            with self.engine.connect() as conn:
                row = conn.execute(self._documents_query().where(d.pk == key)).mappings().first()
            if row is not None:
                yield Document.model_validate(dict(row))

    def _current(self):
        return select(t.documents.c.pk).where(t.documents.c.is_current)

    @staticmethod
    def _actor_match(table, role: str, needle: str, parent) -> object:
        like = f"%{needle.lower()}%"
        return exists().where(
            and_(
                table.c.record_pk == parent.c.pk,
                table.c.role == role,
                or_(
                    table.c.code == needle.upper(),
                    table.c.actor_id == needle,
                    func.lower(table.c.name).like(like),
                    func.lower(table.c.text).like(like),
                ),
            )
        )

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        flt = flt or EventFilter()
        e = t.events
        query = select(e.c.record).where(e.c.document_pk.in_(self._current()))
        if flt.type:
            query = query.where(e.c.event == flt.type.upper())
        if flt.since:
            query = query.where(e.c.date >= flt.since)
        if flt.until:
            query = query.where(e.c.date <= flt.until + "\uffff")
        if flt.doc:
            query = query.where(e.c.doc_id == flt.doc)
        if flt.place:
            like = f"%{flt.place.lower()}%"
            query = query.where(
                or_(func.lower(e.c.place_name).like(like), e.c.geonameid == flt.place)
            )
        if flt.actor:
            query = query.where(self._actor_match(t.event_actors, "actor", flt.actor, e))
        if flt.recipient:
            query = query.where(self._actor_match(t.event_actors, "recipient", flt.recipient, e))
        if flt.happened_only:
            query = query.where(e.c.happened)
        query = query.order_by(e.c.date.is_(None), e.c.date, e.c.doc_id, e.c.pk)
        if flt.limit:
            query = query.limit(flt.limit)
        with self.engine.connect() as conn:
            return [Event.model_validate_json(r) for r in conn.execute(query).scalars()]

    def statements(self, doc: str | None = None, speaker: str | None = None) -> list[Statement]:
        s = t.statements
        query = select(s.c.record).where(s.c.document_pk.in_(self._current()))
        if doc:
            query = query.where(s.c.doc_id == doc)
        if speaker:
            query = query.where(self._actor_match(t.statement_actors, "speaker", speaker, s))
        query = query.order_by(s.c.date.is_(None), s.c.date, s.c.doc_id, s.c.pk)
        with self.engine.connect() as conn:
            return [Statement.model_validate_json(r) for r in conn.execute(query).scalars()]

    @staticmethod
    def _documents_query():
        d = t.documents
        return select(
            d.c.doc_id.label("id"), d.c.text, d.c.date, d.c.title, d.c.source, d.c.url
        ).where(d.c.is_current)

    def document(self, doc_id: str) -> Document | None:
        query = self._documents_query().where(t.documents.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else Document.model_validate(dict(row))

    def iter_documents(self) -> Iterator[Document]:
        query = self._documents_query().order_by(t.documents.c.date, t.documents.c.doc_id)
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                yield Document.model_validate(dict(row))

    def _layer(self, table, doc_id: str) -> list[dict]:
        d = t.documents
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(table)
                .join(d, d.c.pk == table.c.document_pk)
                .where(d.c.doc_id == doc_id, d.c.is_current)
                .order_by(table.c.start)
            ).mappings()
            return [{k: v for k, v in r.items() if k not in ("pk", "document_pk")} for r in rows]

    def places(self, doc_id: str) -> list[Place]:
        return [Place.model_validate(row) for row in self._layer(t.places, doc_id)]

    def timexes(self, doc_id: str) -> list[TimeRef]:
        return [TimeRef.model_validate(row) for row in self._layer(t.timexes, doc_id)]

    def summary(self, top: int = 10) -> dict:
        d, e, a, s = t.documents, t.events, t.event_actors, t.statements
        current = self._current()
        with self.engine.connect() as conn:
            n_docs = conn.execute(
                select(func.count()).select_from(d).where(d.c.is_current)
            ).scalar_one()
            n_versions = conn.execute(select(func.count()).select_from(d)).scalar_one()
            n_events = conn.execute(
                select(func.count()).select_from(e).where(e.c.document_pk.in_(current))
            ).scalar_one()
            n_statements = conn.execute(
                select(func.count()).select_from(s).where(s.c.document_pk.in_(current))
            ).scalar_one()
            by_type = conn.execute(
                select(e.c.event, func.count())
                .where(e.c.document_pk.in_(current))
                .group_by(e.c.event)
                .order_by(func.count().desc(), e.c.event)
            ).all()
            label = func.coalesce(a.c.name, a.c.text)
            top_actors = conn.execute(
                select(label, a.c.code, func.count())
                .join(e, e.c.pk == a.c.record_pk)
                .where(e.c.document_pk.in_(current), a.c.role == "actor")
                .group_by(label, a.c.code)
                .order_by(func.count().desc(), label)
                .limit(top)
            ).all()
            dates = conn.execute(
                select(func.min(d.c.date), func.max(d.c.date)).where(d.c.is_current)
            ).first()
            coded_by = conn.execute(
                select(d.c.coded_by, func.count())
                .where(d.c.is_current)
                .group_by(d.c.coded_by)
                .order_by(func.count().desc(), d.c.coded_by)
            ).all()
        return {
            "documents": n_docs,
            "versions": n_versions,
            "events": n_events,
            "statements": n_statements,
            "events_by_type": {k: v for k, v in by_type},
            "top_actors": [{"name": n, "code": c, "events": k} for n, c, k in top_actors],
            "first_date": dates[0],
            "last_date": dates[1],
            # None: coded before the store kept what coded each document.
            "coded_by": {label: n for label, n in coded_by},
        }


def _recodes(coded: Coded, stored_id: str, stored_by: str | None) -> bool:
    """Whether ``coded`` replaces the records of the stored copy of its text."""
    # Records made by hand (no coded_by) never overwrite; records carry their document's id,
    # so only a coding under the stored id may replace the stored records.
    return (
        coded.coded_by is not None
        and coded.coded_by != stored_by
        and coded.document.id == stored_id
    )


def dumps(record: Event | Statement) -> str:
    """One record as a JSON line in the contract's shape."""
    return json.dumps(record.model_dump(mode="json", exclude_none=False), ensure_ascii=False)
