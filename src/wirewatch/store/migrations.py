"""Schema migrations: numbered functions, applied once each, recorded in ``schema_version``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select, text

from wirewatch.store import tables

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((version, name, fn))
        MIGRATIONS.sort(key=lambda m: m[0])
        return fn

    return register


@migration(1, "initial schema")
def _initial(conn: Connection) -> None:
    tables.metadata.create_all(conn)


@migration(2, "timexes.mod (TIMEX3 mod: START, APPROX, ON_OR_AFTER, …)")
def _timex_mod(conn: Connection) -> None:
    # A store made by version 1 lacks the column; one made since has it from create_all.
    if "mod" not in {c["name"] for c in inspect(conn).get_columns("timexes")}:
        conn.execute(text("ALTER TABLE timexes ADD COLUMN mod VARCHAR(20)"))


@migration(3, "documents.coded_by (what coded the records: coder, release, resources)")
def _coded_by(conn: Connection) -> None:
    if "coded_by" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN coded_by VARCHAR(200)"))


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    versions = conn.execute(select(tables.schema_version.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(conn: Connection) -> list[int]:
    """Apply every migration newer than the database; return the versions applied."""
    applied = []
    have = current_version(conn)
    for version, name, fn in MIGRATIONS:
        if version <= have:
            continue
        fn(conn)
        conn.execute(
            tables.schema_version.insert().values(
                version=version, name=name, applied_at=datetime.now(UTC).isoformat()
            )
        )
        applied.append(version)
    return applied


SCHEMA_VERSION = max(v for v, _, _ in MIGRATIONS)
