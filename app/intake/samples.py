"""Intake documents made from real intake data: a throwaway demo station, the real
service, a walk-in taken through 补正 → 受理, a 容缺受理 and a 不予受理.

``yichuang print-samples DIR`` uses :func:`sample_intake_documents` (wired by the lead).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.documents import document_pdf
from app.intake.applicant import Applicant, Person
from app.intake.rules import ItemState
from app.intake.service import IntakeService

if TYPE_CHECKING:
    from app.station import Station

SAMPLE_APPLICANT = Applicant(person=Person("张小明", "resident_id", "11010519491231002X", "13812345678"))  # i18n: data
SAMPLE_AGENT_APPLICANT = Applicant(person=Person("李华", "resident_id", "110105199003078115", "13912345678"))  # i18n: data


def _throwaway(station: Station, directory: Path) -> Station:
    from app import config as config_mod
    from app.station import Station as StationClass
    from app.station import StationOptions

    cfg = replace(station.config, secrets_backend="file", station_code="")
    config_mod.save(cfg, directory / "station.toml")
    demo = StationClass.open(StationOptions(data_dir=directory, demo=True), clock=station.clock)
    demo.login("S001", "demo1234")
    return demo


def _with_gaps_subject(service: IntakeService) -> tuple[str, str]:
    for matter in service.station.catalog.matters:
        for situation in matter.situations:
            if any(m.may_be_missing and m.is_required for m in situation.materials):
                return matter.code, situation.code
    raise LookupError("the catalog has no material that may be missing")


def _documents(service: IntakeService) -> dict[str, bytes]:
    store = service.station.store
    matter = service.station.catalog.matters[0]
    draft = service.start(matter.code, matter.situations[0].code)
    draft = replace(draft, applicant=SAMPLE_APPLICANT)
    first, *rest = draft.items
    draft = service.update_item(draft, first.material.code, state="received")
    if rest:
        draft = service.update_item(draft, rest[0].material.code, state="nonconforming",
                                    reason="复印件不清晰")  # i18n: data (what a clerk types)
    notice = service.supplement(draft)
    back = service.resume(notice.notice_code)
    for item in back.open_items:
        back = service.update_item(back, item.material.code, state=ItemState.RECEIVED, reason="")
    receipt = service.accept(back)
    matter_code, situation_code = _with_gaps_subject(service)
    gaps = replace(service.start(matter_code, situation_code), applicant=SAMPLE_AGENT_APPLICANT)
    for item in gaps.items:
        state = ItemState.MISSING if item.material.may_be_missing else ItemState.RECEIVED
        gaps = service.update_item(gaps, item.material.code, state=state)
    commitment = service.accept_with_gaps(gaps)
    refused = replace(service.start(matter.code), applicant=SAMPLE_AGENT_APPLICANT)
    reason, basis = service.station.catalog.refusal_reasons[0]
    refusal = service.refuse(refused, reason, basis)
    return {
        "receipt.pdf": document_pdf(store, receipt.doc_id),
        "supplement-notice.pdf": document_pdf(store, notice.doc_id),
        "commitment.pdf": document_pdf(store, commitment.doc_id),
        "refusal-notice.pdf": document_pdf(store, refusal.doc_id),
    }


def sample_intake_documents(station: Station) -> dict[str, bytes]:
    """File name -> PDF of the receipt, supplement notice, commitment and refusal notice,
    made by the real intake service on a throwaway demo station with ``station``'s hall."""
    with tempfile.TemporaryDirectory(prefix="yichuang-samples-") as tmp:
        demo = _throwaway(station, Path(tmp))
        try:
            return _documents(IntakeService(demo))
        finally:
            demo.close()
