"""Exports are written, opened again and compared with the tables they came from."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from app.figures import periods
from app.figures.export import read_xlsx, sheet_name, write_csv, write_xlsx
from app.figures.report import hall_figures
from app.figures.table import Column, Kind, Table
from app.station import Station
from tests.test_figures_queue import hall  # noqa: F401 - the fixture


def sample() -> Table:
    return Table("t", "排队情况（按业务类别）", (Column("业务类别", Kind.TEXT), Column("取号"),
                                             Column("过号率", Kind.PERCENT), Column("平均等候（分）", Kind.MINUTES)),
                 [("综合受理（商事登记）", 4, 0.25, 10.3333), ("社保医保", 2, None, 30.0)],
                 ("合计", 6, 1 / 6, 15.25), note="说明")


def test_csv_round_trip(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "q.csv", sample())
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["业务类别", "取号", "过号率", "平均等候（分）"]
    assert rows[1] == ["综合受理（商事登记）", "4", "0.25", "10.33"]
    assert rows[2] == ["社保医保", "2", "", "30.0"]
    assert rows[3] == ["合计", "6", "0.1667", "15.25"]


def test_xlsx_round_trip_keeps_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [sample(), sample()], subtitle="2026年11月")
    sheets = read_xlsx(path)
    assert list(sheets) == ["排队情况（按业务类别）", "排队情况（按业务类别）(2)"]
    rows = sheets["排队情况（按业务类别）"]
    assert rows[0][0] == "排队情况（按业务类别）" and rows[1][0] == "2026年11月"
    assert rows[2] == ["业务类别", "取号", "过号率", "平均等候（分）"]
    assert rows[3] == ["综合受理（商事登记）", 4, 0.25, 10.3333]
    assert rows[4][2] is None
    assert rows[5][:2] == ["合计", 6]
    assert rows[-1][0] == "说明"


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("a/b:c", taken) == "a_b_c"
    long = "很" * 40
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) == 31 and len(second) == 31 and first != second


def test_export_every_table_of_the_month(hall: Station, tmp_path: Path) -> None:  # noqa: F811
    figures = hall_figures(hall, periods.month(date(2026, 11, 1)))
    tables = figures.all_tables()
    path = write_xlsx(tmp_path / "all.xlsx", tables, subtitle=figures.period.label)
    sheets = read_xlsx(path)
    assert len(sheets) == len(tables)
    queue = sheets["排队情况（按业务类别）"]
    total = next(r for r in queue if r and r[0] == "合计")
    assert total[1:6] == [6, 3, 1, 1, 1]
