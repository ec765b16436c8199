"""The first start of a station set up with `yichuang setup`: its code, its enrolment, its first login."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import PASSWORD, ServerProcess, engine_for, open_station, station_config

from app.secrets import FileVault
from app.station import Station, StationOptions
from app.sync import auth


def test_first_login_enrols_the_station_and_is_online(shared_server: ServerProcess, tmp_path: Path) -> None:
    seat = shared_server.add_station()
    station = open_station(tmp_path / "st", shared_server.url, seat)
    assert not auth.is_enrolled(station.secrets)
    engine = engine_for(station)
    session = auth.login(station, engine.client, shared_server.staff(1), PASSWORD)  # before any sync round
    assert not session.offline
    assert auth.is_enrolled(station.secrets) and station.secrets.get(auth.ENROLMENT_CODE) is None
    assert auth.clerk_token(station.secrets, station.clock.now())
    assert station.station_code == seat.code
    engine.store.close()
    station.close()


def test_a_refused_enrolment_code_still_lets_the_clerk_work_offline(shared_server: ServerProcess, tmp_path: Path) -> None:
    seat = shared_server.add_station()
    data_dir = tmp_path / "st"
    station_config(data_dir, shared_server.url, seat.code)
    FileVault(data_dir / "secrets.vault.json").set(auth.ENROLMENT_CODE, "WRONG-CODE-0000")
    station = Station.open(StationOptions(data_dir=data_dir, demo=True))
    engine = engine_for(station)
    session = auth.login(station, engine.client, "S001", "demo1234")  # the demo account, checked locally
    assert session.offline and not auth.is_enrolled(station.secrets)
    assert station.secrets.get(auth.ENROLMENT_CODE) == "WRONG-CODE-0000"  # kept: the sync engine reports it
    engine.store.close()
    station.close()


def test_demo_station_keeps_the_code_the_server_gave(shared_server: ServerProcess, tmp_path: Path) -> None:
    """`yichuang --demo --server URL --data-dir DIR` after setup: the station is the enrolled one, not DEMO01."""
    seat = shared_server.add_station()
    station_config(tmp_path / "st", shared_server.url, seat.code)
    station = Station.open(StationOptions(data_dir=tmp_path / "st", demo=True))  # the very first start
    assert station.station_code == seat.code
    station.close()
