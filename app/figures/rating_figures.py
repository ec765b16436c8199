"""Rating figures (好差评统计) for the hall figures page.

Thin on purpose: the counting (latest rating per subject, upheld appeals left out of the
poor share, follow-ups due and on time) is app/ratings/figures.py's; this module only
turns its rows into tables for the page and the export.
"""

from __future__ import annotations

from app.figures.periods import Period
from app.figures.table import Cell, Column, Kind, Table, figure_table
from app.i18n import N_, Text
from app.ratings import figures as rf
from app.ratings.levels import LEVELS, NOT_RATED_LABEL, RatingLevel
from app.station import Station

GROUPINGS: dict[str, str] = dict(rf.GROUPINGS)

RATING_NOTE = N_("一个办件补充评价后只计最新一次；差评经核实为误评、恶意差评的不计入差评率。"
               "差评率 = 差评数 ÷（已评价数 − 申诉成立数）；整改按时率 = 按时办结的整改 ÷ 应办结的整改。")
# The note the server sends with its ratings table (no follow-ups there): server/figures.py cuts RATING_NOTE.
SERVER_RATING_NOTE = N_("一个办件补充评价后只计最新一次；差评经核实为误评、恶意差评的不计入差评率。"
                        "差评率 = 差评数 ÷（已评价数 − 申诉成立数）。")


def rating_rows(station: Station, by: str, period: Period) -> list[rf.SatisfactionRow]:
    return rf.satisfaction(station, by, period.start, period.end)


def _cells(row: rf.SatisfactionRow) -> tuple[Cell, ...]:
    return (row.label, *(row.levels[level] for level in LEVELS), row.not_rated, row.rated, row.poor,
            row.poor_share, row.followups_due, row.followups_on_time, row.on_time_share)


def table(station: Station, by: str, period: Period) -> Table:
    rows = rating_rows(station, by, period)
    columns = (Column(GROUPINGS[by], Kind.TEXT), *(Column(level.label) for level in LEVELS), Column(NOT_RATED_LABEL),
               Column(N_("已评价")), Column(N_("差评数")), Column(N_("差评率"), Kind.PERCENT), Column(N_("应办结整改")),
               Column(N_("按时办结")), Column(N_("整改按时率"), Kind.PERCENT))
    return figure_table(f"ratings_{by}", title(by), columns, [_cells(r) for r in rows],
                        _cells(rf.total(rows)) if rows else None, Text(RATING_NOTE))


def title(by: str) -> Text:
    return Text("好差评（按{group}）", group=GROUPINGS[by])


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
