"""Table definitions (SQLAlchemy Core): the same schema on SQLite and PostgreSQL.

Every record keeps its full JSON (the contract's shape) beside the columns that queries filter
and group on, so reading a record back never reassembles it field by field.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(500), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("hash", String(64), nullable=False, unique=True),
    Column("date", String(10)),
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("coded_by", String(200)),  # schema version 3; NULL: coded before it was kept
    UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),
    Index("ix_documents_date", "date"),
    Index("ix_documents_doc_id", "doc_id", "is_current"),
)


def _record_columns(prefix: str) -> list[Column]:
    return [
        Column("pk", Integer, primary_key=True, autoincrement=True),
        Column(
            "document_pk",
            Integer,
            ForeignKey("documents.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("record_id", String(600), nullable=False),
        Column("doc_id", String(500), nullable=False),
        Column("date", String(10)),
        Column("happened", Boolean, nullable=False, default=True),
        Column("aux_modes", String(100), nullable=False, default=""),
        Column("sentence_start", Integer, nullable=False),
        Column("sentence_end", Integer, nullable=False),
        Column("confidence", Float),
        Column("record", Text, nullable=False),
    ]


events = Table(
    "events",
    metadata,
    *_record_columns("event"),
    Column("event", String(20), nullable=False),
    Column("mode", String(40)),
    Column("quad", Integer),
    Column("scale", Float),
    Column("trigger_text", Text),
    Column("place_name", Text),
    Column("geonameid", String(20)),
    Column("coder", String(20)),
    UniqueConstraint("document_pk", "record_id", name="uq_events_record"),
    Index("ix_events_type_date", "event", "date"),
    Index("ix_events_date", "date"),
    Index("ix_events_document", "document_pk"),
    Index("ix_events_place", "geonameid"),
)

statements = Table(
    "statements",
    metadata,
    *_record_columns("statement"),
    Column("verb", String(100)),
    Column("topics", Text, nullable=False, default=""),
    UniqueConstraint("document_pk", "record_id", name="uq_statements_record"),
    Index("ix_statements_date", "date"),
    Index("ix_statements_document", "document_pk"),
)


def _participant_table(name: str, parent: str) -> Table:
    return Table(
        name,
        metadata,
        Column("pk", Integer, primary_key=True, autoincrement=True),
        Column(
            "record_pk", Integer, ForeignKey(f"{parent}.pk", ondelete="CASCADE"), nullable=False
        ),
        Column("role", String(20), nullable=False),
        Column("text", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("name", Text),
        Column("code", String(20)),
        Column("sector", String(20)),
        Column("actor_id", String(200)),
        Index(f"ix_{name}_code", "code", "role"),
        Index(f"ix_{name}_actor", "actor_id", "role"),
        Index(f"ix_{name}_record", "record_pk"),
    )


event_actors = _participant_table("event_actors", "events")
statement_actors = _participant_table("statement_actors", "statements")

places = Table(
    "places",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("name", Text),
    Column("geonameid", String(20)),
    Column("lat", Float),
    Column("lon", Float),
    Column("country_code", String(3)),
    Column("feature_code", String(10)),
    Column("admin1", Text),
    Column("type", String(30)),
    Column("confidence", Float),
    Index("ix_places_document", "document_pk"),
    Index("ix_places_geonameid", "geonameid"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(60)),
    Column("mod", String(20)),  # schema version 2
    Index("ix_timexes_document", "document_pk"),
    Index("ix_timexes_value", "value"),
)
