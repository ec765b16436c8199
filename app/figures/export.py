"""Export figure tables to CSV (UTF-8 with BOM, so Excel on Windows reads the Chinese) and
XLSX (one sheet per table, numbers as numbers, percentages formatted as such).

A file is written as the page shows the table: titles, headers, the 合计 line and the note
in the interface language (Chinese unless the UI switched to English); data as it is."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError
from app.figures.table import Cell, Kind, Table, shown_column
from app.i18n import tr

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FORMATS = {Kind.PERCENT: "0.0%", Kind.MINUTES: "0.0", Kind.NUMBER: "0.00", Kind.COUNT: "0"}


def csv_text(table: Table) -> str:
    """The table as CSV: a header row, the rows, the 合计 line; numbers unformatted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([shown_column(c) for c in table.columns])
    for row in _shown_rows(table):
        writer.writerow(["" if v is None else _plain(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    return buffer.getvalue()


def _shown_rows(table: Table) -> list[tuple[Cell, ...]]:
    """The rows, the 合计 line's label in the interface language."""
    rows = table.all_rows
    if table.total is None or not table.rows:
        return rows
    label, *rest = rows[-1]
    return [*rows[:-1], (tr(label) if isinstance(label, str) else label, *rest)]


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
        raise _not_written(path, exc) from exc
    return path


def _not_written(path: Path, exc: OSError) -> UserError:
    return UserError("无法写入文件 {path}：{reason}。请换一个文件夹或文件名。", path=str(path),
                     reason=exc.strerror or str(exc))


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
        title = table.shown_title
        sheet = book.create_sheet(sheet_name(title, taken))
        sheet.append([title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([subtitle])
        sheet.append([shown_column(c) for c in table.columns])
        for cell in sheet[3]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        rows = _shown_rows(table)
        for n, row in enumerate(rows):
            sheet.append(list(row))
            excel_row = sheet.max_row
            for column, spec in enumerate(table.columns, start=1):
                cell = sheet.cell(excel_row, column)
                if spec.kind in _FORMATS and isinstance(cell.value, int | float):
                    cell.number_format = _FORMATS[spec.kind]
                if table.total is not None and n == len(rows) - 1:
                    cell.font = bold
        if table.shown_note:
            sheet.append([])
            sheet.append([table.shown_note])
        for column, spec in enumerate(table.columns, start=1):
            width = 40 if spec.kind is Kind.TEXT and column > 1 else (18 if column == 1 else 12)
            sheet.column_dimensions[sheet.cell(3, column).column_letter].width = width
        sheet.freeze_panes = "B4"
    try:
        book.save(path)
    except OSError as exc:
        raise _not_written(path, exc) from exc
    return path


def read_xlsx(path: Path) -> dict[str, list[list[Cell]]]:
    """Every sheet's rows as values (for checking an export, and for tests)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()
