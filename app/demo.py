"""The embedded default (``yichuang --demo``): a local store seeded with the sample
catalog and demo accounts, so a newcomer sees a working station with no server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.auth import save_user
from app.catalog.loader import default_catalog_path
from app.catalog.repository import install_catalog

if TYPE_CHECKING:
    from app.station import Station

DEMO_STATION_CODE = "DEMO01"
# (staff number, name, role, window, password): shown on the login screen in demo mode.
DEMO_ACCOUNTS = (
    ("S001", "王芳", "clerk", "3", "demo1234"),  # i18n: data
    ("S002", "李明", "clerk", "5", "demo1234"),  # i18n: data
    ("S900", "陈静", "supervisor", "1", "admin1234"),  # i18n: data
)


def seed_demo(station: Station) -> None:
    """Idempotent: only fills what is missing."""
    store = station.store
    if not store.station_code:
        store.set_meta("station_code", DEMO_STATION_CODE)
    if not station.has_catalog:
        install_catalog(store, default_catalog_path().read_bytes(), source="demo")
        station.notify("catalog")
    existing = {r["staff_no"] for r in store.query("SELECT staff_no FROM users")}
    for staff_no, name, role, window, password in DEMO_ACCOUNTS:
        if staff_no not in existing:
            save_user(store, staff_no, name, role, password=password, window_no=window, valid_days=3650,
                      source="demo")
