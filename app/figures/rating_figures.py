"""Rating figures (好差评统计) for the hall figures page.

Thin on purpose: the counting (latest rating per subject, upheld appeals left out of the
poor share, follow-ups due and on time) is app/ratings/figures.py's; this module only
turns its rows into tables for the page and the export.
"""

from __future__ import annotations

from app.figures.periods import Period
from app.figures.table import Cell, Column, Kind, Table
from app.ratings import figures as rf
from app.ratings.levels import LEVELS, NOT_RATED_LABEL, RatingLevel
from app.station import Station

GROUPINGS: dict[str, str] = dict(rf.GROUPINGS)

RATING_NOTE = ("一个办件补充评价后只计最新一次；差评经核实为误评、恶意差评的不计入差评率。"
               "差评率 = 差评数 ÷（已评价数 − 申诉成立数）；整改按时率 = 按时办结的整改 ÷ 应办结的整改。")


def rating_rows(station: Station, by: str, period: Period) -> list[rf.SatisfactionRow]:
    return rf.satisfaction(station, by, period.start, period.end)


def _cells(row: rf.SatisfactionRow) -> tuple[Cell, ...]:
    return (row.label, *(row.levels[level] for level in LEVELS), row.not_rated, row.rated, row.poor,
            row.poor_share, row.followups_due, row.followups_on_time, row.on_time_share)


def table(station: Station, by: str, period: Period) -> Table:
    rows = rating_rows(station, by, period)
    columns = (Column(GROUPINGS[by], Kind.TEXT), *(Column(level.label) for level in LEVELS), Column(NOT_RATED_LABEL),
               Column("已评价"), Column("差评数"), Column("差评率", Kind.PERCENT), Column("应办结整改"),
               Column("按时办结"), Column("整改按时率", Kind.PERCENT))
    return Table(f"ratings_{by}", f"好差评（按{GROUPINGS[by]}）", columns, [_cells(r) for r in rows],
                 _cells(rf.total(rows)) if rows else None, RATING_NOTE)


def levels_by_day(station: Station, period: Period) -> list[tuple[str, dict[RatingLevel, int], float | None]]:
    """(day, ratings per level, poor share) for every day of the period, oldest first."""
    found = {r.key: r for r in rating_rows(station, "day", period)}
    out: list[tuple[str, dict[RatingLevel, int], float | None]] = []
    for day in period.dates():
        row = found.get(day.isoformat())
        if row is None:
            out.append((day.isoformat(), dict.fromkeys(LEVELS, 0), None))
        else:
            out.append((day.isoformat(), dict(row.levels), row.poor_share))
    return out
