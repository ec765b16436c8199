"""Reading and writing intake rows (cases, checklist items, events). Used by the service
inside its units of work; personal data is encrypted on the way in, decrypted on the way out.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.catalog.model import Catalog, Situation
from app.clock import iso
from app.i18n import N_, Text
from app.ids import new_id
from app.intake.applicant import Applicant
from app.intake.rules import ChecklistItem, ItemState
from app.protocol import CASE_STATUSES
from app.store import Store, UnitOfWork

STATUS_LABELS: dict[str, str] = {
    "received": N_("已收件待受理"),
    "supplement": N_("待补正"),
    "refused": N_("不予受理"),
    **CASE_STATUSES,
}
EDITABLE_STATUSES = frozenset({"received", "supplement"})
PICKUP_STATUSES = frozenset({"approved", "rejected", "ready"})
DONE_STATUSES = frozenset({"approved", "rejected", "ready", "delivered", "voided", "refused"})


@dataclass(frozen=True)
class Draft:
    """An application being handled at the window (not yet decided)."""

    matter_code: str
    situation_code: str
    items: tuple[ChecklistItem, ...]
    applicant: Applicant = field(default_factory=Applicant)
    case_id: str | None = None  # set once stored (收件 or 补正)
    ticket_id: str | None = None
    received_on: date | None = None
    notice_code: str = ""

    @property
    def open_items(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.open)


def fresh_items(situation: Situation) -> tuple[ChecklistItem, ...]:
    return tuple(ChecklistItem(m) for m in situation.materials)


def write_case(uow: UnitOfWork, case_id: str, draft: Draft, fields: dict[str, Any], *, station_code: str,
               catalog: Catalog, clerk: str) -> None:
    """Insert or update the case row with ``fields`` and replace its checklist."""
    cipher = uow.store.cipher
    matter = catalog.matter(draft.matter_code)
    situation = matter.situation(draft.situation_code)
    agent = draft.applicant.agent
    base: dict[str, Any] = {
        "matter_code": matter.code, "matter_name": matter.name, "situation_code": situation.code,
        "situation_name": situation.name, "applicant": cipher.encrypt(draft.applicant.to_json()),
        "applicant_key": cipher.blind_index(draft.applicant.id_number),
        "agent_key": cipher.blind_index(agent.id_no) if agent else "",
        "ticket_id": draft.ticket_id, **fields,
    }
    exists = uow.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
    if exists:
        sets = ", ".join(f"{k} = ?" for k in base)
        uow.execute(f"UPDATE cases SET {sets} WHERE id = ?", (*base.values(), case_id))
    else:
        base.update(id=case_id, station_code=station_code, clerk=clerk, created_at=iso(uow.store.clock.now()))
        base.setdefault("received_on", uow.store.clock.now().date().isoformat())
        cols = ", ".join(base)
        uow.execute(f"INSERT INTO cases ({cols}) VALUES ({', '.join('?' for _ in base)})", tuple(base.values()))
    write_items(uow, case_id, draft.items)


def write_items(uow: UnitOfWork, case_id: str, items: tuple[ChecklistItem, ...]) -> None:
    uow.execute("DELETE FROM case_items WHERE case_id = ?", (case_id,))
    uow.conn.executemany(
        "INSERT INTO case_items (case_id, position, material_code, state, applies, form, copies, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(case_id, n, i.material.code, i.state.value, int(i.applies), i.form or i.material.form.value,
          i.copies or i.material.copies, i.reason) for n, i in enumerate(items)])


def add_event(uow: UnitOfWork, case_id: str, event: str, text: Text, actor_name: str) -> None:
    """One line of the case history: kept in Chinese, and as its template for the screen."""
    uow.execute(
        "INSERT INTO case_events (id, case_id, at, actor, actor_name, event, text, wording)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), case_id, iso(uow.store.clock.now()), uow.actor, actor_name, event, text.chinese(),
         json.dumps(text.to_data(), ensure_ascii=False)))


def event_text(row: sqlite3.Row) -> Text:
    """An event's text for the screen: from its template when it has one, else as it was kept."""
    if row["wording"]:
        try:
            return Text.from_data(json.loads(row["wording"]))
        except ValueError:  # json.JSONDecodeError is one
            pass
    return Text(row["text"])


def load_row(store: Store, case_id: str) -> sqlite3.Row:
    row = store.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    if row is None:
        raise KeyError(case_id)
    return row


def load_applicant(store: Store, row: sqlite3.Row) -> Applicant:
    return Applicant.from_json(store.cipher.decrypt(row["applicant"]) or "{}")


def load_items(store: Store, case_id: str, situation: Situation) -> tuple[ChecklistItem, ...]:
    saved = {r["material_code"]: r for r in store.query("SELECT * FROM case_items WHERE case_id = ?", (case_id,))}
    items = []
    for m in situation.materials:
        r = saved.get(m.code)
        if r is None:
            items.append(ChecklistItem(m))
            continue
        items.append(ChecklistItem(m, ItemState(r["state"]), bool(r["applies"]), r["form"], int(r["copies"]),
                                   r["reason"]))
    return tuple(items)


def load_draft(store: Store, catalog: Catalog, row: sqlite3.Row) -> Draft:
    situation = catalog.matter(row["matter_code"]).situation(row["situation_code"])
    notice = store.query_one("SELECT code FROM notice_codes WHERE case_id = ? ORDER BY issued_at DESC LIMIT 1",
                             (row["id"],))
    return Draft(row["matter_code"], row["situation_code"], load_items(store, row["id"], situation),
                 load_applicant(store, row), row["id"], row["ticket_id"], date.fromisoformat(row["received_on"]),
                 notice["code"] if notice else "")


def find_case_id(store: Store, code: str) -> str | None:
    """The case a scanned or typed code refers to: a supplement-notice code or a case number."""
    value = code.strip().upper()
    if not value:
        return None
    row = store.query_one("SELECT case_id FROM notice_codes WHERE code = ?", (value,))
    if row is not None:
        return str(row["case_id"])
    row = store.query_one("SELECT id FROM cases WHERE case_no = ?", (value,))
    return str(row["id"]) if row is not None else None
