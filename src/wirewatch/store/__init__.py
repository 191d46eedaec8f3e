"""Storage: SQLite (WAL, one file) by default; PostgreSQL through the same SQLAlchemy Core."""

from wirewatch.store.store import EventFilter, SaveResult, Store, database_url

__all__ = ["EventFilter", "SaveResult", "Store", "database_url"]
