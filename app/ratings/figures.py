"""Satisfaction figures (满意度统计) per clerk, window, matter or day, and their CSV.

A case rated again later (补充评价) counts once, with its latest rating. A poor rating
whose appeal was upheld (误评、恶意差评) is left out of the poor share.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.auth import require
from app.ratings.levels import LEVELS, NOT_RATED_LABEL, RatingLevel
from app.station import Station

# The Chinese below names the CSV export's columns and rows (kept Chinese, like other exported figures);
# the figures page translates what it shows (ui/figures/labels.py, ui/ratings/figures_page.py).
GROUPINGS: dict[str, str] = {"clerk": "窗口人员", "window": "窗口", "matter": "事项", "day": "日期"}  # i18n: data

_KEY_SQL = {  # row names (ui/ratings/figures_page.py FiguresTableModel.row_label translates them)
    "clerk": ("r.clerk_staff_no", "r.clerk_name || '（' || r.clerk_staff_no || '）'"),  # i18n: data
    "window": ("r.window_no",
               "CASE WHEN r.window_no = '' THEN '（自助终端）' ELSE r.window_no || ' 号窗口' END"),  # i18n: data
    "matter": ("r.matter_code", "CASE WHEN r.matter_name = '' THEN '窗口服务' ELSE r.matter_name END"),  # i18n: data
    "day": ("r.day", "r.day"),
}

# The latest rating of each subject: a first rating replaced by a 补充评价 is not counted.
_CURRENT = (
    "NOT (r.rated = 1 AND r.rating_count = 1 AND EXISTS (SELECT 1 FROM ratings s WHERE s.kind = r.kind"
    " AND s.subject = r.subject AND s.rated = 1 AND s.rating_count = 2))"
)


@dataclass
class SatisfactionRow:
    key: str
    label: str
    levels: dict[RatingLevel, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    not_rated: int = 0
    poor_excluded: int = 0  # poor ratings whose appeal was upheld
    followups_due: int = 0  # closed, or open past the deadline
    followups_on_time: int = 0

    @property
    def rated(self) -> int:
        return sum(self.levels.values())

    @property
    def poor(self) -> int:
        return sum(n for level, n in self.levels.items() if level.poor) - self.poor_excluded

    @property
    def poor_share(self) -> float | None:
        counted = self.rated - self.poor_excluded
        return self.poor / counted if counted else None

    @property
    def on_time_share(self) -> float | None:
        return self.followups_on_time / self.followups_due if self.followups_due else None


def satisfaction(station: Station, by: str, start: date, end: date) -> list[SatisfactionRow]:
    """Figures from ``start`` to ``end`` (inclusive), one row per clerk, window, matter or day."""
    require(station.session, "stats.view")
    if by not in _KEY_SQL:
        raise ValueError(f"unknown grouping {by!r}")
    key_sql, label_sql = _KEY_SQL[by]
    today = station.clock.now().date().isoformat()
    rows = station.store.query(
        f"SELECT {key_sql} AS key, MAX({label_sql}) AS label, r.level, r.rated, COUNT(*) AS n,"
        " COALESCE(SUM(f.appeal_upheld), 0) AS upheld,"
        " COALESCE(SUM(f.state = 'closed' OR f.deadline < ?), 0) AS due,"
        " COALESCE(SUM(f.closed_on_time = 1), 0) AS on_time"
        " FROM ratings r LEFT JOIN rating_followups f ON f.rating_id = r.id"
        f" WHERE r.day BETWEEN ? AND ? AND {_CURRENT}"
        f" GROUP BY {key_sql}, r.level, r.rated ORDER BY {key_sql}",
        (today, start.isoformat(), end.isoformat()),
    )
    return _collect(rows)


def _collect(rows: Iterable[Any]) -> list[SatisfactionRow]:
    out: dict[str, SatisfactionRow] = {}
    for r in rows:
        row = out.setdefault(r["key"], SatisfactionRow(r["key"], r["label"] or r["key"] or "—"))
        if not r["rated"]:
            row.not_rated += r["n"]
            continue
        row.levels[RatingLevel(r["level"])] += r["n"]
        row.poor_excluded += r["upheld"]
        row.followups_due += r["due"]
        row.followups_on_time += r["on_time"]
    return list(out.values())


def total(rows: Iterable[SatisfactionRow]) -> SatisfactionRow:
    """All rows added up (the 合计 line)."""
    result = SatisfactionRow("", "合计")  # i18n: data (translated by ui/figures/labels.py column_title)
    for row in rows:
        for level, n in row.levels.items():
            result.levels[level] += n
        result.not_rated += row.not_rated
        result.poor_excluded += row.poor_excluded
        result.followups_due += row.followups_due
        result.followups_on_time += row.followups_on_time
    return result


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def headers(by: str) -> list[str]:
    """The CSV's column titles, in Chinese (the page shows them through ui/figures/labels.py column_title)."""
    return [GROUPINGS[by], *(level.label for level in LEVELS), NOT_RATED_LABEL, "已评价", "差评数", "差评率",  # i18n: data
            "应办结整改", "按时办结", "整改按时率"]  # i18n: data


def cells(row: SatisfactionRow) -> list[str]:
    return [row.label, *(str(row.levels[level]) for level in LEVELS), str(row.not_rated), str(row.rated),
            str(row.poor), _percent(row.poor_share), str(row.followups_due), str(row.followups_on_time),
            _percent(row.on_time_share)]


def to_csv(by: str, rows: list[SatisfactionRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers(by))
    for row in [*rows, total(rows)]:
        writer.writerow(cells(row))
    return buffer.getvalue()


def write_csv(path: Path, by: str, rows: list[SatisfactionRow]) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs on Windows read the Chinese."""
    path.write_text(to_csv(by, rows), encoding="utf-8-sig", newline="")
    return path
