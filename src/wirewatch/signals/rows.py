"""Read what the detectors need from the store in a few set-based queries (SQLAlchemy Core).

Nothing here is SQLite-specific: the queries join the record tables to their current document
and leave grouping by period to ``periods`` so the same code runs on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from typing import NamedTuple

from sqlalchemy import Column, Connection, Select, Table, select

from wirewatch.store import Store
from wirewatch.store import tables as t


class Participant(NamedTuple):
    role: str  # actor, recipient, speaker, about
    key: str  # what signals group on: "RUS GOV", or the name when there is no code
    label: str  # how a person reads it: "Sergei Lavrov"
    start: int
    end: int

    @property
    def followable(self) -> bool:
        """One actor that can be followed over time: the coder resolved it to a code, or it is
        a name ("Anna Politkovskaya"); not a common noun with no code ("officials", "people",
        "leaders"), whose records are about whoever the noun meant in each sentence."""
        return self.key != self.label or self.label[:1].isupper()


@dataclass(slots=True)  # a hundred thousand of these: slots make them cheap to build
class Row:
    """One event or statement, flattened to what the detectors use."""

    kind: str  # event | statement
    record_id: str
    doc_id: str
    doc_date: str | None
    date: str | None  # the record's own date (any precision) or null
    happened: bool
    aux_modes: tuple[str, ...]
    sentence_start: int
    sentence_end: int
    event: str | None = None
    mode: str | None = None
    quad: int | None = None
    scale: float | None = None
    trigger: str | None = None
    verb: str | None = None
    topics: tuple[str, ...] = ()
    place: str | None = None
    geonameid: str | None = None
    participants: list[Participant] = field(default_factory=list)

    def role(self, *roles: str) -> list[Participant]:
        return [p for p in self.participants if p.role in roles]

    def followed(self, *roles: str) -> list[Participant]:
        """``role``, less the common nouns no detector can follow over time."""
        return [p for p in self.participants if p.role in roles and p.followable]

    @property
    def day(self) -> str | None:
        """The record's own full date when it has one, else its document's date."""
        if self.date and len(self.date) == 10:
            return self.date
        return self.doc_date


def actor_key(name: str | None, text: str, code: str | None, sector: str | None) -> str:
    """Group actors by code and sector where the coder resolved them, else by name."""
    if code:
        return f"{code} {sector}" if sector else code
    return (name or text).strip()


def _in_range(query: Select, column, since: str | None, until: str | None) -> Select:
    if since:
        query = query.where(column >= since)
    if until:
        query = query.where(column <= until)  # document dates are always YYYY-MM-DD
    return query


class StoreView:
    """The store as the detectors see it: rows, coverage and sentence text, loaded once."""

    def __init__(self, store: Store, since: str | None = None, until: str | None = None) -> None:
        self.store = store
        self.since = since
        self.until = until
        self._texts: dict[str, str] | None = None
        self._rows: list[Row] | None = None
        self._docs: dict[str, str | None] | None = None
        # Derived data several detectors and the report share (series, dyads, changes).
        self.cache: dict[object, object] = {}

    # documents -----------------------------------------------------------------------------

    @property
    def documents(self) -> dict[str, str | None]:
        """Current document ids and their publication dates, within the range."""
        if self._docs is None:
            d = t.documents
            query = _in_range(
                select(d.c.doc_id, d.c.date).where(d.c.is_current), d.c.date, self.since, self.until
            )
            with self.store.engine.connect() as conn:
                self._docs = {r.doc_id: r.date for r in conn.execute(query)}
        return self._docs

    def texts(self) -> dict[str, str]:
        if self._texts is None:
            d = t.documents
            query = _in_range(
                select(d.c.doc_id, d.c.text).where(d.c.is_current), d.c.date, self.since, self.until
            )
            with self.store.engine.connect() as conn:
                self._texts = {r.doc_id: r.text for r in conn.execute(query)}
        return self._texts

    def sentence(self, doc_id: str, start: int, end: int) -> str:
        return self.texts().get(doc_id, "")[start:end]

    def dated_documents(self) -> list[tuple[str, Date]]:
        out = []
        for doc_id, day in self.documents.items():
            if day:
                out.append((doc_id, Date.fromisoformat(day[:10])))
        return sorted(out, key=lambda x: (x[1], x[0]))

    @property
    def last_date(self) -> Date | None:
        days = [d for _, d in self.dated_documents()]
        return max(days) if days else None

    # records -------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        if self._rows is None:
            self._rows = self._load_rows()
        return self._rows

    def _records(
        self, conn: Connection, table: Table, *extra: Column
    ) -> Iterator[tuple[int, tuple, list]]:
        """Each current record of ``table`` in range: its key, the fields every ``Row`` starts
        with, and the ``extra`` columns. Plain tuples, unpacked by position: attribute access
        on a result row costs more than everything else here at a hundred thousand rows."""
        d = t.documents
        query = _in_range(
            select(
                table.c.pk,
                table.c.record_id,
                table.c.doc_id,
                d.c.date.label("doc_date"),
                table.c.date,
                table.c.happened,
                table.c.aux_modes,
                table.c.sentence_start,
                table.c.sentence_end,
                *extra,
            )
            .join(d, d.c.pk == table.c.document_pk)
            .where(d.c.is_current),
            d.c.date,
            self.since,
            self.until,
        )
        for pk, record_id, doc_id, doc_date, day, happened, aux, start, end, *rest in (
            conn.execute(query).tuples().all()
        ):
            modes = tuple(m for m in (aux or "").split(",") if m)
            yield pk, (record_id, doc_id, doc_date, day, bool(happened), modes, start, end), rest

    def _load_rows(self) -> list[Row]:
        d, e, s = t.documents, t.events, t.statements
        rows: dict[tuple[str, int], Row] = {}
        with self.store.engine.connect() as conn:
            events = self._records(
                conn, e, e.c.event, e.c.mode, e.c.quad, e.c.scale, e.c.trigger_text,
                e.c.place_name, e.c.geonameid,
            )  # fmt: skip
            for pk, common, (event, mode, quad, scale, trigger, place, geonameid) in events:
                rows[("event", pk)] = Row(
                    "event",
                    *common,
                    event=event,
                    mode=mode,
                    quad=quad,
                    scale=scale,
                    trigger=trigger,
                    place=place,
                    geonameid=geonameid,
                )
            for pk, common, (verb, topics) in self._records(conn, s, s.c.verb, s.c.topics):
                rows[("statement", pk)] = Row(
                    "statement",
                    *common,
                    verb=verb,
                    topics=tuple(x for x in (topics or "").split("|") if x),
                )
            for kind, table, parent in (
                ("event", t.event_actors, e),
                ("statement", t.statement_actors, s),
            ):
                q_actors = _in_range(
                    select(
                        table.c.record_pk,
                        table.c.role,
                        table.c.text,
                        table.c.name,
                        table.c.code,
                        table.c.sector,
                        table.c.start,
                        table.c.end,
                    )
                    .join(parent, parent.c.pk == table.c.record_pk)
                    .join(d, d.c.pk == parent.c.document_pk)
                    .where(d.c.is_current)
                    .order_by(table.c.pk),
                    d.c.date,
                    self.since,
                    self.until,
                )
                for record_pk, role, text, name, code, sector, start, end in (
                    conn.execute(q_actors).tuples().all()
                ):
                    row = rows.get((kind, record_pk))
                    if row is not None:
                        row.participants.append(
                            Participant(
                                role,
                                actor_key(name, text, code, sector),
                                (name or text).strip(),
                                start,
                                end,
                            )
                        )
        return list(rows.values())

    def places_by_doc(self) -> dict[str, list[tuple[int, int, str, str | None]]]:
        """Place mentions per document: (start, end, name, geonameid)."""
        p, d = t.places, t.documents
        query = _in_range(
            select(d.c.doc_id, p.c.start, p.c.end, p.c.text, p.c.name, p.c.geonameid)
            .join(d, d.c.pk == p.c.document_pk)
            .where(d.c.is_current)
            .order_by(d.c.doc_id, p.c.start),
            d.c.date,
            self.since,
            self.until,
        )
        out: dict[str, list[tuple[int, int, str, str | None]]] = defaultdict(list)
        with self.store.engine.connect() as conn:
            for r in conn.execute(query):
                out[r.doc_id].append((r.start, r.end, r.name or r.text, r.geonameid))
        return out

    def timexes_by_doc(self) -> dict[str, list[tuple[int, int, str | None]]]:
        """Normalised time expressions per document: (start, end, value)."""
        x, d = t.timexes, t.documents
        query = _in_range(
            select(d.c.doc_id, x.c.start, x.c.end, x.c.value)
            .join(d, d.c.pk == x.c.document_pk)
            .where(d.c.is_current)
            .order_by(d.c.doc_id, x.c.start),
            d.c.date,
            self.since,
            self.until,
        )
        out: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
        with self.store.engine.connect() as conn:
            for r in conn.execute(query):
                out[r.doc_id].append((r.start, r.end, r.value))
        return out
