"""Case progress for citizens (kiosk, phone line): status, dates, items still owed and
where to collect the result. Nothing else about the applicant is ever answered.

The caller may pass the last characters of the applicant's (or agent's) ID number; a
wrong suffix gets exactly the same answer as an unknown code: ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.i18n import Text
from app.intake import records
from app.intake.applicant import id_suffix_matches
from app.intake.records import EDITABLE_STATUSES, STATUS_LABELS

if TYPE_CHECKING:
    from app.station import Station


@dataclass(frozen=True)
class Progress:
    reference: str  # case number, or the supplement-notice code before acceptance
    matter_name: str
    status: str
    status_label: str
    status_on: date
    promised_on: date | None
    owed: tuple[str, ...]  # materials still to bring (补正 or 容缺)
    owed_by: date | None
    pickup: Text  # where to collect the result: str() in the interface language

    @property
    def pickup_place(self) -> str:
        """Where to collect the result, in Chinese (spoken and printed as it is)."""
        return self.pickup.chinese()


def pickup_text(hall_name: str, matter_pickup: str) -> Text:
    """The unified pickup window of the hall, with the matter's own pickup note (catalog data) if any."""
    if matter_pickup:
        return Text("{hall_name}统一出件窗口（{pickup}）", hall_name=hall_name, pickup=matter_pickup)
    return Text("{hall_name}统一出件窗口", hall_name=hall_name)


def progress_lookup(station: Station, code_or_case_no: str, id_suffix: str | None = None) -> Progress | None:
    """What a citizen may see about the case a receipt or notice code refers to."""
    store = station.store
    case_id = records.find_case_id(store, code_or_case_no)
    if case_id is None:
        return None
    row = records.load_row(store, case_id)
    if id_suffix is not None and not id_suffix_matches(records.load_applicant(store, row), id_suffix):
        return None
    catalog = station.catalog
    matter = catalog.matter(row["matter_code"]) if catalog.has_matter(row["matter_code"]) else None
    owed: tuple[str, ...] = ()
    owed_by = None
    if matter is not None and row["status"] not in ("refused", "voided", "delivered"):
        items = records.load_items(store, case_id, matter.situation(row["situation_code"]))
        owed = tuple(i.material.name for i in items if (i.open if row["status"] in EDITABLE_STATUSES else i.is_gap))
        due = row["supplement_due"] if row["status"] == "supplement" else row["owed_due"]
        owed_by = date.fromisoformat(due) if owed and due else None
    return Progress(
        reference=row["case_no"] or code_or_case_no.strip().upper(),
        matter_name=row["matter_name"],
        status=row["status"],
        status_label=STATUS_LABELS.get(row["status"], row["status"]),
        status_on=date.fromisoformat(row["status_at"][:10]),
        promised_on=date.fromisoformat(row["promised_on"]) if row["promised_on"] else None,
        owed=owed,
        owed_by=owed_by,
        pickup=pickup_text(station.config.hall_name, matter.pickup if matter else ""),
    )
