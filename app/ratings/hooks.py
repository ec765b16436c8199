"""When a finished service asks for a rating (一次一评 / 一事一评).

The rule, in one place: a citizen is asked once per window service. A service is the
ticket she was called with; the cases decided while she was at the window are named in
that one request. A decision made with no ticket (a walk-in) is its own service. Handing
over a case's result asks for a rating of the case (一事一评).

The queue and intake services call these after their unit of work has committed; a
failure to ask never undoes the business action.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.ratings.service import RatingService, ServiceRecord

if TYPE_CHECKING:
    from app.station import Station

log = logging.getLogger(__name__)
_suppressed = 0


@contextmanager
def suppressed() -> Iterator[None]:
    """No rating requests inside (demo data made through the real services: no citizen is there)."""
    global _suppressed
    _suppressed += 1
    try:
        yield
    finally:
        _suppressed -= 1


def _record(station: Station, service_id: str, kind: str, *, ticket_no: str = "", case_no: str = "",
            matter_code: str = "", matter_name: str = "") -> ServiceRecord:
    """A service record with the clerk and window of this station filled in."""
    s = station.session
    return ServiceRecord(
        service_id=service_id, kind=kind, ticket_no=ticket_no, case_no=case_no, matter_code=matter_code,
        matter_name=matter_name, window_no=(s.window_no if s else "") or station.config.window_no,
        clerk_staff_no=s.staff_no if s else "", clerk_name=s.name if s else "", station_code=station.station_code)


def _ask(station: Station, record: ServiceRecord) -> None:
    if _suppressed:
        return
    try:
        RatingService(station).request_rating(record)
    except Exception:  # asking for a rating must never undo or block the service itself
        log.exception("could not request a rating for service %s", record.service_id)


def ticket_finished(station: Station, ticket_id: str, ticket_no: str) -> None:
    """The clerk finished serving a ticket (办结, or calling the next one)."""
    cases = station.store.query(
        "SELECT case_no, matter_code, matter_name FROM cases WHERE ticket_id = ? ORDER BY created_at",
        (ticket_id,)) if _has_cases(station) else []
    named = [c for c in cases if c["case_no"]]
    first = named[0] if named else (cases[0] if cases else None)
    _ask(station, _record(station, ticket_id, "window_service", ticket_no=ticket_no,
                          case_no=(first["case_no"] or "") if first else "",
                          matter_code=first["matter_code"] if first else "",
                          matter_name=first["matter_name"] if first else ""))


def decision_made(station: Station, case_id: str) -> None:
    """An intake decision; asks now only when no ticket will ask later."""
    row = station.store.query_one(
        "SELECT ticket_id, case_no, matter_code, matter_name FROM cases WHERE id = ?", (case_id,))
    if row is None or row["ticket_id"]:
        return
    _ask(station, _record(station, case_id, "window_service", case_no=row["case_no"] or "",
                          matter_code=row["matter_code"], matter_name=row["matter_name"]))


def result_delivered(station: Station, case_id: str) -> None:
    """统一窗口出件: the case is done; the citizen rates the case (一事一评)."""
    row = station.store.query_one("SELECT case_no, matter_code, matter_name FROM cases WHERE id = ?", (case_id,))
    if row is None or not row["case_no"]:
        return
    _ask(station, _record(station, case_id, "case", case_no=row["case_no"],
                          matter_code=row["matter_code"], matter_name=row["matter_name"]))


def _has_cases(station: Station) -> bool:
    return station.store.query_one(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'") is not None
