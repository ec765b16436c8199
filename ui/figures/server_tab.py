"""全大厅（服务器）: the figures of the whole hall, computed by the server from every station's
records. Fetched off the UI thread (a QRunnable); a server that cannot be reached is said
plainly under the table while the local tabs keep working."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.errors import UserError
from app.figures import server_source
from app.figures.periods import Period
from app.figures.table import Table
from app.station import Station
from ui.figures.labels import grouping_label, period_label, section_label
from ui.figures.page import TableTab


class _Signals(QObject):
    loaded = Signal(int, object)  # request number, Table
    failed = Signal(int, str)  # request number, Chinese message


class _Fetch(QRunnable):
    def __init__(self, station: Station, number: int, report: str, period: Period, by: str) -> None:
        super().__init__()
        self.station, self.number, self.report, self.period, self.by = station, number, report, period, by
        self.signals = _Signals()

    def run(self) -> None:
        try:
            table = server_source.hall_report(self.station, self.report, self.period, self.by)
        except UserError as err:
            self.signals.failed.emit(self.number, str(err))
        except Exception as exc:  # shown to the manager, never crashes the page
            message = QCoreApplication.translate("ServerFiguresTab", "全大厅统计获取失败：{error}。请稍后点“刷新”重试。")
            self.signals.failed.emit(self.number, message.format(error=exc))
        else:
            self.signals.loaded.emit(self.number, table)


class ServerFiguresTab(QWidget):
    """Report + grouping pickers over one table; ``load(period)`` fetches in the background."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.pool = QThreadPool.globalInstance()
        self.report = QComboBox()
        for key, (label, _groupings) in server_source.REPORTS.items():
            self.report.addItem(section_label(label), key)
        self.by = QComboBox()
        self.status = QLabel()
        self.status.setObjectName("serverFiguresStatus")
        self.status.setWordWrap(True)
        self.table = TableTab()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报表")))
        top.addWidget(self.report)
        top.addWidget(self.by)
        top.addWidget(self.status, 1)
        self.table.layout().insertLayout(0, top)  # type: ignore[union-attr]
        self.period: Period | None = None
        self._number = 0
        self._fetches: dict[int, _Fetch] = {}
        self._fill_groupings()
        self.report.currentIndexChanged.connect(self._report_changed)
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _fill_groupings(self) -> None:
        self.by.blockSignals(True)
        self.by.clear()
        groupings = server_source.REPORTS[str(self.report.currentData())][1]
        for key, label in groupings.items():
            self.by.addItem(self.tr("按{group}").format(group=grouping_label(label)), key)
        self.by.setVisible(bool(groupings))
        self.by.blockSignals(False)

    def _report_changed(self) -> None:
        self._fill_groupings()
        self.reload()

    def load(self, period: Period) -> None:
        self.period = period
        self.reload()

    def reload(self) -> None:
        if self.period is None:
            return
        self._number += 1
        fetch = _Fetch(self.station, self._number, str(self.report.currentData()), self.period,
                       str(self.by.currentData() or ""))
        fetch.setAutoDelete(False)
        fetch.signals.loaded.connect(self._loaded)
        fetch.signals.failed.connect(self._failed)
        self._fetches[self._number] = fetch
        self.status.setText(self.tr("正在从服务器获取全大厅统计…"))
        self.status.setStyleSheet("color: #555;")
        self.pool.start(fetch)

    def _loaded(self, number: int, table: Table) -> None:
        self._fetches.pop(number, None)
        if number != self._number:  # an older answer: the manager has asked for something else since
            return
        self.table.show_table(table)
        self.status.setText(self.tr("服务器数据（{period}，本大厅全部工作站）").format(
            period=period_label(self.period) if self.period else ""))
        self.status.setStyleSheet("color: #555;")
        self.loaded.emit()

    def _failed(self, number: int, message: str) -> None:
        self._fetches.pop(number, None)
        if number != self._number:
            return
        self.table.model.set_table(Table("server", self.tr("全大厅统计"), ()))
        self.table.note.setText("")
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.failed.emit(message)
