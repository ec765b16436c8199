"""Shared helpers for the intake tests."""

from __future__ import annotations

from dataclasses import replace

from app.intake.applicant import Applicant, Person
from app.intake.records import Draft
from app.intake.rules import ItemState
from app.intake.service import IntakeService
from app.station import Station

NAME = "欧阳晓明"
ID_NO = "11010519491231002X"
PHONE = "13812345678"
AGENT_ID = "110105199003078115"
APPLICANT = Applicant(person=Person(NAME, "resident_id", ID_NO, PHONE))
GTGSH = "330106-SCJG-XK-0001"  # 个体工商户设立登记: S01 has required, optional and conditional items


def waivable_subject(station: Station) -> tuple[str, str]:
    """A matter and situation with a required material that may be missing (容缺)."""
    for m in station.catalog.matters:
        for s in m.situations:
            if any(x.is_required and x.may_be_missing for x in s.materials) and m.promised_limit_days > 0:
                return m.code, s.code
    raise LookupError


def all_received(service: IntakeService, draft: Draft) -> Draft:
    for item in draft.items:
        draft = service.update_item(draft, item.material.code, state=ItemState.RECEIVED)
    return draft


def walk_in(service: IntakeService, matter: str = GTGSH, situation: str | None = None,
            applicant: Applicant = APPLICANT) -> Draft:
    return replace(service.start(matter, situation), applicant=applicant)


def accepted_case_no(station: Station) -> str:
    """A case accepted by the demo clerk S001 (who then logs out); its case number."""
    station.login("S001", "demo1234")
    service = IntakeService(station)
    case = service.accept(all_received(service, walk_in(service)))
    station.logout()
    assert case.case_no is not None
    return case.case_no
