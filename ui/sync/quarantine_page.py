"""同步退回记录: records the server refused (conflict / invalid), for the supervisor.

Only the kind, time, attempts and the server's reason are shown (never personal data);
重新发送 puts the selected records back in the outbox.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.errors import UserError
from app.station import Station
from app.sync.quarantine import QuarantinedRecord, QuarantineService
from app.sync.reconcile import recent_findings
from ui.listen import listen
from ui.messages import show_info, show_user_error

HEADERS = (QT_TRANSLATE_NOOP("QuarantineModel", "记录类型"), QT_TRANSLATE_NOOP("QuarantineModel", "产生时间"),
           QT_TRANSLATE_NOOP("QuarantineModel", "尝试次数"), QT_TRANSLATE_NOOP("QuarantineModel", "退回原因"))
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class QuarantineModel(QAbstractTableModel):
    def __init__(self, service: QuarantineService) -> None:
        super().__init__()
        self.service = service
        self.rows: list[QuarantinedRecord] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.service.records()
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("QuarantineModel", str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self.rows[index.row()]
        values = (record.kind_label, record.created_at[:19].replace("T", " "), str(record.attempts),
                  record.reason_label)
        return values[index.column()]


class QuarantinePage(QWidget):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncQuarantinePage")
        self.station = station
        self.service = QuarantineService(station)
        self.model = QuarantineModel(self.service)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("quarantineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.resend_button = QPushButton(self.tr("重新发送所选记录"))
        self.resend_button.setObjectName("resendQuarantined")
        self.resend_button.clicked.connect(self.resend_selected)
        self.findings = QLabel()
        self.findings.setObjectName("syncFindings")
        self.findings.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.findings)
        listen(station, self, self._on_changes)
        self.refresh()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if changes & {"outbox", "sync", "session"}:
            self.refresh()

    def refresh(self) -> None:
        if self.station.session is None or not self.station.session.can("sync.quarantine"):
            return
        self.model.reload()
        n = len(self.model.rows)
        self.summary.setText(self.tr("共有 {count} 条记录被服务器退回。核实原因后可重新发送；其余记录照常上传，不受影响。")
                             .format(count=n) if n else self.tr("没有被退回的记录，所有记录均正常上传。"))
        self.resend_button.setEnabled(n > 0)
        rows = recent_findings(self.station.store)
        lines = "\n".join(f"{at[:16].replace('T', ' ')}  {text}" for at, text in rows)
        self.findings.setText(self.tr("最近的同步核对：\n{lines}").format(lines=lines) if rows else "")

    def selected_ids(self) -> list[str]:
        return [self.model.rows[i.row()].id for i in self.table.selectionModel().selectedRows()]

    def resend_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            show_info(self, self.tr("请先在列表中选择要重新发送的记录。"))
            return
        try:
            moved = self.service.resend(ids)
        except UserError as err:
            show_user_error(self, err)
            return
        self.refresh()
        self.summary.setText(self.tr("已将 {count} 条记录放回待上传队列。").format(count=moved) + self.summary.text())
