"""The local store: SQLite file, numbered migrations, unit of work."""

from app.store.db import LATEST_VERSION, Store, StoreCorrupt, UnitOfWork, migrate, migrations

__all__ = ["LATEST_VERSION", "Store", "StoreCorrupt", "UnitOfWork", "migrate", "migrations"]
