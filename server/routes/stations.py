from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter

from app.i18n import N_
from server.credentials import enrolment_digest, new_secret, sha256_hex
from server.db import utcnow
from server.messages import Refusal
from server.models import Hall, Station
from server.routes.common import API, DbDep, stamp
from server.schemas import EnrolRequest

router = APIRouter(prefix=API, tags=["stations"])


@router.post("/stations/enrol")
def enrol(body: EnrolRequest, db: DbDep) -> dict[str, Any]:
    """Trade the one-time enrolment code for the station's long-lived secret."""
    with db.write() as session:
        station = session.get(Station, body.station_code)
        expected = station.enrolment_hash if station is not None else None
        if station is None or expected is None or not station.active:
            raise Refusal(403, N_("工作站编码或登记码无效，或登记码已使用"))
        if not hmac.compare_digest(expected, enrolment_digest(body.enrolment_code)):
            raise Refusal(403, N_("工作站编码或登记码无效，或登记码已使用"))
        secret = new_secret()
        station.secret_hash, station.enrolment_hash, station.enrolled_at = sha256_hex(secret), None, utcnow()
        hall = session.get_one(Hall, station.hall_code)
        return {
            **stamp(),
            "station_code": station.code,
            "station_name": station.name,
            "hall": {"code": hall.code, "name": hall.name},
            "station_secret": secret,
        }
