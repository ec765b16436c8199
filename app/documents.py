"""Printed documents kept for reprint, and the sequences that number them.

A document is saved in the same unit of work as the decision it belongs to, so a
crash between the decision and the print loses nothing: it can be printed again
from the case's history.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import iso
from app.i18n import N_
from app.ids import new_id
from app.store import Store, UnitOfWork

# the title stored with a document (Chinese, as on paper); the UI shows it translated
KIND_TITLES = {
    "ticket": N_("排队小票"),
    "receipt": N_("受理回执"),
    "supplement_notice": N_("材料补正通知书"),
    "commitment": N_("容缺受理承诺书"),
    "refusal_notice": N_("不予受理决定通知书"),
    "guide": N_("办事指南（一次性告知单）"),
}


@dataclass(frozen=True)
class StoredDocument:
    id: str
    kind: str
    ref_id: str
    doc_no: str
    title: str
    created_at: str
    printed: bool
    last_error: str | None


def next_sequence(uow: UnitOfWork, name: str) -> int:
    """The next value of a named counter, inside the caller's transaction."""
    uow.execute(
        "INSERT INTO sequences (name, value) VALUES (?, 1)"
        " ON CONFLICT(name) DO UPDATE SET value = value + 1", (name,))
    row = uow.execute("SELECT value FROM sequences WHERE name = ?", (name,)).fetchone()
    return int(row["value"])


def next_document_number(uow: UnitOfWork, office_abbr: str, kind_mark: str, year: int) -> str:
    """e.g. 上城政务受〔2026〕第00012号 (kind_mark: 受, 补, 容, 不 …)."""
    n = next_sequence(uow, f"doc:{kind_mark}:{year}")
    return f"{office_abbr}{kind_mark}〔{year}〕第{n:05d}号"  # i18n: data (printed and stored)


def save_document(uow: UnitOfWork, kind: str, ref_id: str, pdf: bytes, *, doc_no: str = "",
                  title: str | None = None) -> str:
    doc_id = new_id()
    uow.execute(
        "INSERT INTO documents (id, kind, ref_id, doc_no, title, created_at, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (doc_id, kind, ref_id, doc_no, title or KIND_TITLES.get(kind, kind), iso(uow.store.clock.now()),
         uow.store.cipher.encrypt_bytes(pdf)),
    )
    return doc_id


def document_pdf(store: Store, doc_id: str) -> bytes:
    row = store.query_one("SELECT pdf FROM documents WHERE id = ?", (doc_id,))
    if row is None:
        raise KeyError(doc_id)
    return store.cipher.decrypt_bytes(bytes(row["pdf"]))


def documents_for(store: Store, ref_id: str) -> list[StoredDocument]:
    rows = store.query(
        "SELECT id, kind, ref_id, doc_no, title, created_at, printed, last_error FROM documents"
        " WHERE ref_id = ? ORDER BY created_at", (ref_id,))
    return [StoredDocument(r["id"], r["kind"], r["ref_id"], r["doc_no"], r["title"], r["created_at"],
                           bool(r["printed"]), r["last_error"]) for r in rows]


def mark_printed(store: Store, doc_id: str, error: str | None = None) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE documents SET printed = ?, last_error = ? WHERE id = ?",
                     (0 if error else 1, error, doc_id))
