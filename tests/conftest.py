"""Shared test set-up: Qt offscreen, an in-memory keyring, a fresh station per test."""

from __future__ import annotations

import os

# Before any QApplication exists: with no display and no platform set, Qt aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SPEECH_ENGINE", "mock")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.clock import HALL_TZ, FixedClock


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data, config or log folders."""
    monkeypatch.setenv("YICHUANG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("YICHUANG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("YICHUANG_LOG_DIR", str(tmp_path / "log"))


@pytest.fixture
def clock() -> FixedClock:
    """Monday 2026-11-23 09:30 in the hall's time zone."""
    return FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=HALL_TZ))


@pytest.fixture
def station(tmp_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """A demo station (sample catalog, demo accounts) in a temporary folder."""
    from app.station import Station, StationOptions

    st = Station.open(StationOptions(data_dir=tmp_path / "station", demo=True), clock=clock)
    yield st
    st.close()


@pytest.fixture
def clerk_station(station):  # type: ignore[no-untyped-def]
    """The demo station with clerk S001 (王芳, window 3) logged in."""
    station.login("S001", "demo1234")
    return station


@pytest.fixture
def supervisor_station(station):  # type: ignore[no-untyped-def]
    station.login("S900", "admin1234")
    return station


@pytest.fixture(scope="session")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English .qm, compiled once per test session from the committed .ts, or from the
    file named by YICHUANG_TS (a translator's fragment, checked before it is merged)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    ts = os.environ.get("YICHUANG_TS") or str(root / "resources" / "translations" / "yichuang_en.ts")
    local = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path_factory.mktemp("i18n") / "yichuang_en.qm"
    subprocess.run([str(local) if local.exists() else "pyside6-lrelease", ts, "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture
def english(qapp, english_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The interface in English for one test (Chinese again afterwards)."""
    from PySide6.QtCore import QLocale

    from ui import i18n as ui_i18n

    monkeypatch.setattr(ui_i18n, "translation_file", lambda language: str(english_qm))
    translators = ui_i18n.install_translator(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("zh_CN"))
