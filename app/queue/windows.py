"""Window profiles: which queue categories each window serves, with weights.

A window with no saved profile serves every category of the catalog with weight 1, so
a new station works before anyone has configured it. Profiles are edited by a hall
manager (``settings.edit``) and every change is audited.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.catalog.model import Catalog
from app.store import Store, UnitOfWork

MAX_WEIGHT = 10


@dataclass(frozen=True)
class WindowProfile:
    window_no: str
    weights: Mapping[str, int] = field(default_factory=dict)  # category code -> weight
    explicit: bool = False  # False: the default (every category, weight 1)
    paused: bool = False
    pause_reason: str = ""

    def serves(self, category_code: str) -> bool:
        return category_code in self.weights


def default_weights(catalog: Catalog) -> dict[str, int]:
    return {c.code: 1 for c in catalog.queue_categories}


def ensure_window(uow: UnitOfWork, window_no: str) -> None:
    uow.execute("INSERT OR IGNORE INTO queue_windows (window_no) VALUES (?)", (window_no,))


def load_profile(store: Store, catalog: Catalog, window_no: str) -> WindowProfile:
    row = store.query_one("SELECT * FROM queue_windows WHERE window_no = ?", (window_no,))
    if row is None or not row["has_profile"]:
        weights = default_weights(catalog)
    else:
        known = {c.code for c in catalog.queue_categories}
        rows = store.query("SELECT category_code, weight FROM queue_window_categories WHERE window_no = ?",
                           (window_no,))
        weights = {r["category_code"]: int(r["weight"]) for r in rows if r["category_code"] in known}
    return WindowProfile(window_no, weights, bool(row and row["has_profile"]),
                         bool(row and row["paused"]), (row["pause_reason"] if row else "") or "")


def all_profiles(store: Store, catalog: Catalog) -> list[WindowProfile]:
    rows = store.query("SELECT window_no FROM queue_windows")
    numbers = sorted((r["window_no"] for r in rows), key=lambda n: (len(n), n))
    return [load_profile(store, catalog, n) for n in numbers]


def validate_weights(catalog: Catalog, weights: Mapping[str, int]) -> dict[str, int]:
    from app.errors import UserError

    known = {c.code for c in catalog.queue_categories}
    clean = {code: int(w) for code, w in weights.items() if int(w) > 0}
    unknown = sorted(set(clean) - known)
    if unknown:
        raise UserError("业务类别 {codes} 不在当前事项目录中。", codes=unknown)
    if not clean:
        raise UserError("每个窗口至少要办理一个业务类别，请至少勾选一项。", field="weights")
    too_big = [code for code, w in clean.items() if w > MAX_WEIGHT]
    if too_big:
        raise UserError("权重应在 1 到 {high} 之间。", field="weights", high=MAX_WEIGHT)
    return clean


def write_profile(uow: UnitOfWork, window_no: str, weights: Mapping[str, int]) -> None:
    ensure_window(uow, window_no)
    uow.execute("UPDATE queue_windows SET has_profile = 1, credits = '{}', profile_rev = profile_rev + 1"
                " WHERE window_no = ?", (window_no,))
    uow.execute("DELETE FROM queue_window_categories WHERE window_no = ?", (window_no,))
    uow.conn.executemany(
        "INSERT INTO queue_window_categories (window_no, category_code, weight) VALUES (?, ?, ?)",
        [(window_no, code, w) for code, w in sorted(weights.items())])


def open_window_counts(store: Store, catalog: Catalog, only: str | None = None) -> dict[str, tuple[int, int]]:
    """category code -> (open windows serving it, all known windows serving it); ``only``: one category."""
    rows = store.query("SELECT has_profile, paused FROM queue_windows WHERE has_profile = 0")
    default_open = sum(1 for r in rows if not r["paused"])
    codes = [c.code for c in catalog.queue_categories if only is None or c.code == only]
    counts = {code: [default_open, len(rows)] for code in codes}
    sql = ("SELECT c.category_code, COUNT(*) AS known, SUM(w.paused = 0) AS open"
           " FROM queue_window_categories c JOIN queue_windows w ON w.window_no = c.window_no"
           " WHERE w.has_profile = 1")
    params: tuple[str, ...] = ()
    if only is not None:
        sql += " AND c.category_code = ?"
        params = (only,)
    for r in store.query(sql + " GROUP BY c.category_code", params):
        if r["category_code"] in counts:
            counts[r["category_code"]][1] += int(r["known"])
            counts[r["category_code"]][0] += int(r["open"] or 0)
    return {code: (v[0], v[1]) for code, v in counts.items()}


def load_credits(text: str) -> dict[str, int]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}
