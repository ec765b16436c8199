"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from server.db import MIGRATIONS_DIR, make_engine, run_migrations


def test_migrations_match_models_and_rerun_is_a_no_op(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    run_migrations(url)
    run_migrations(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.check(config)  # raises when autogenerate would find a difference
    finally:
        engine.dispose()
