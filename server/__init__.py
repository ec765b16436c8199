"""一窗通 reference server: the central server that stations sync with.

FastAPI + SQLAlchemy 2 + Alembic. SQLite by default for a small site, PostgreSQL for a
province; no state lives only in one process. The HTTP API is described in
``docs/server-api.md`` and served as OpenAPI at ``/openapi.json``.
"""

__version__ = "0.1.0"
