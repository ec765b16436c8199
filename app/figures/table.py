"""One table of figures as the page shows it and the export writes it: typed cells, so a
spreadsheet gets numbers and the screen gets text formatted the same way everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.i18n import Text, tr

Cell = str | int | float | None


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MINUTES = "minutes"  # float minutes, one decimal
    PERCENT = "percent"  # a share 0..1
    NUMBER = "number"  # float, two decimals


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.COUNT


@dataclass
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    total: tuple[Cell, ...] | None = None  # the 合计 line, shown last
    note: str = ""  # how the figures were computed, in one sentence
    # The title and note as sentences, for the screen in the interface language; ``title`` and
    # ``note`` keep the Chinese, which the server sends and the export writes.
    title_text: Text | None = None
    note_text: Text | None = None

    @property
    def shown_title(self) -> str:
        return str(self.title_text) if self.title_text is not None else self.title

    @property
    def shown_note(self) -> str:
        return str(self.note_text) if self.note_text is not None else self.note

    @property
    def all_rows(self) -> list[tuple[Cell, ...]]:
        return [*self.rows, self.total] if self.total is not None and self.rows else list(self.rows)

    def text(self, row: int, column: int) -> str:
        return format_cell(self.all_rows[row][column], self.columns[column].kind)


def figure_table(key: str, title: Text, columns: tuple[Column, ...], rows: list[tuple[Cell, ...]],
                 total: tuple[Cell, ...] | None = None, note: Text | None = None) -> Table:
    """A table whose title and note are marked sentences: Chinese in the table, shown translated."""
    return Table(key, title.chinese(), columns, rows, total, note.chinese() if note is not None else "", title, note)


def shown_column(column: Column) -> str:
    """A column title in the interface language (titles are marked with N_ where they are made)."""
    return tr(column.title)


def format_cell(value: Cell, kind: Kind) -> str:
    if value is None:
        return "—"
    if kind is Kind.PERCENT and isinstance(value, int | float):
        return f"{value:.1%}"
    if kind is Kind.MINUTES and isinstance(value, int | float):
        return f"{value:.1f}"
    if kind is Kind.NUMBER and isinstance(value, int | float):
        return f"{value:.2f}"
    return str(value)


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
