"""The FastAPI application: ``create_app(database_url)``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.protocol import PROTOCOL_VERSION
from server import __version__, messages
from server.db import Database, run_migrations
from server.protocol_guard import ProtocolGuard
from server.routes import admin, auth_routes, cases, catalog, health, queue, stations, stats, sync


def create_app(database_url: str, migrate: bool = True) -> FastAPI:
    """Build the app on one database; ``migrate`` upgrades the schema first."""
    if migrate:
        run_migrations(database_url)
    db = Database(database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    application = FastAPI(
        title="一窗通中心服务器 / yichuang server",
        version=__version__,
        description=f"Sync protocol {PROTOCOL_VERSION}. See docs/server-api.md.",
        lifespan=lifespan,
    )
    application.state.db = db
    application.add_middleware(ProtocolGuard)
    messages.install(application)
    for module in (health, stations, auth_routes, sync, catalog, cases, queue, admin, stats):
        application.include_router(module.router)
    return application
