"""Export figure tables to CSV (UTF-8 with BOM, so Excel on Windows reads the Chinese) and
XLSX (one sheet per table, numbers as numbers, percentages formatted as such)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError
from app.figures.table import Cell, Kind, Table

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FORMATS = {Kind.PERCENT: "0.0%", Kind.MINUTES: "0.0", Kind.NUMBER: "0.00", Kind.COUNT: "0"}


def csv_text(table: Table) -> str:
    """The table as CSV: a header row, the rows, the 合计 line; numbers unformatted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.title for c in table.columns])
    for row in table.all_rows:
        writer.writerow(["" if v is None else _plain(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    return buffer.getvalue()


def _plain(value: Cell, kind: Kind) -> Cell:
    if isinstance(value, float) and kind in (Kind.MINUTES, Kind.NUMBER):
        return round(value, 2)
    if isinstance(value, float) and kind is Kind.PERCENT:
        return round(value, 4)
    return value


def write_csv(path: Path, table: Table) -> Path:
    try:
        path.write_text(csv_text(table), encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UserError(f"无法写入文件 {path}：{exc.strerror or exc}。请换一个文件夹或文件名。") from exc
    return path


def sheet_name(title: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = _SHEET_FORBIDDEN.sub("_", title)[:31] or "Sheet"
    name, n = base, 2
    while name in taken:
        suffix = f"({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name)
    return name


def write_xlsx(path: Path, tables: Sequence[Table], subtitle: str = "") -> Path:
    """One sheet per table: title line, optional subtitle (period, hall), header, rows, note."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(sheet_name(table.title, taken))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([subtitle])
        sheet.append([c.title for c in table.columns])
        for cell in sheet[3]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for n, row in enumerate(table.all_rows):
            sheet.append(list(row))
            excel_row = sheet.max_row
            for column, spec in enumerate(table.columns, start=1):
                cell = sheet.cell(excel_row, column)
                if spec.kind in _FORMATS and isinstance(cell.value, int | float):
                    cell.number_format = _FORMATS[spec.kind]
                if table.total is not None and n == len(table.all_rows) - 1:
                    cell.font = bold
        if table.note:
            sheet.append([])
            sheet.append([table.note])
        for column, spec in enumerate(table.columns, start=1):
            width = 40 if spec.kind is Kind.TEXT and column > 1 else (18 if column == 1 else 12)
            sheet.column_dimensions[sheet.cell(3, column).column_letter].width = width
        sheet.freeze_panes = "B4"
    try:
        book.save(path)
    except OSError as exc:
        raise UserError(f"无法写入文件 {path}：{exc.strerror or exc}。请换一个文件夹或文件名。") from exc
    return path


def read_xlsx(path: Path) -> dict[str, list[list[Cell]]]:
    """Every sheet's rows as values (for checking an export, and for tests)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()
