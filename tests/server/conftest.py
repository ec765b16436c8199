"""Fixtures for the server's unit tests: a fresh SQLite server per test, driven by TestClient."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_helpers import PASSWORD, Chain, Site, enrol

from server.app import create_app
from server.db import Database, run_migrations
from server.identities import NewStation, add_api_key, add_hall, add_station, set_user


@dataclass(frozen=True)
class Template:
    """A migrated, seeded database file copied for every test (scrypt and DDL are slow)."""

    path: Path
    station: NewStation
    other_station: NewStation
    backoffice_key: str
    admin_key: str


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    path = tmp_path_factory.mktemp("template") / "server.sqlite3"
    url = f"sqlite:///{path}"
    run_migrations(url)
    db = Database(url)
    with db.write() as session:
        add_hall(session, "ZJ01", "西湖区政务服务中心")
        add_hall(session, "ZJ02", "转塘街道便民服务中心")
        first = add_station(session, "ZJ01", "综合窗口 1")
        other = add_station(session, "ZJ02", "便民服务中心")
        set_user(session, "S001", "张三", "clerk", "ZJ01", PASSWORD)
        set_user(session, "S002", "李四", "supervisor", "ZJ01", PASSWORD)
        set_user(session, "T001", "王五", "clerk", "ZJ02", PASSWORD)
        backoffice = add_api_key(session, "审批系统", "backoffice")
        admin = add_api_key(session, "运维", "admin")
    db.dispose()  # checkpoints the WAL into the main file
    return Template(path, first, other, backoffice, admin)


@pytest.fixture
def site(tmp_path: Path, template: Template) -> Iterator[Site]:
    path = tmp_path / "server.sqlite3"
    shutil.copyfile(template.path, path)
    app = create_app(f"sqlite:///{path}")
    with TestClient(app) as client:
        yield Site(
            client=client,
            db=app.state.db,
            station=template.station.code,
            secret=enrol(client, template.station.code, template.station.enrolment_code),
            other_station=template.other_station.code,
            other_secret=enrol(client, template.other_station.code, template.other_station.enrolment_code),
            backoffice_key=template.backoffice_key,
            admin_key=template.admin_key,
        )


@pytest.fixture
def chain(site: Site) -> Chain:
    return Chain(site.station)
