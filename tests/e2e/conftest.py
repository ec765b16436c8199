"""End-to-end fixtures: the REAL reference server as a process on 127.0.0.1 (set up through
its own CLI and stopped after the test), and real stations syncing with it (sync_helpers.py).

``server``: SQLite in a temp folder; with ``YICHUANG_TEST_PG_URL`` set, every test using it
also runs against that PostgreSQL (hall, station and staff codes are unique per fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import ServerProcess, make_server, server_params


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(params=server_params())
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    workdir = tmp_path / "server"
    workdir.mkdir()
    srv = make_server(request.param, workdir)
    yield srv
    srv.stop()


@pytest.fixture(scope="module", params=server_params())
def shared_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server for the tests of a module that never stop it (a station per test)."""
    srv = make_server(request.param, tmp_path_factory.mktemp("server"), stations=16)
    yield srv
    srv.stop()


@pytest.fixture
def any_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's day is the real one: take tickets at the shared queue whatever the hour the test runs at."""
    from app.queue.hall import HallQueue

    monkeypatch.setattr(HallQueue, "enforce_service_hours", lambda self: False)
