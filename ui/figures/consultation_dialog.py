"""咨询登记 (F9): the clerk records what was asked, the short answer and, under 首问负责,
to whom it was handed on; the pad then asks the citizen to rate it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.figures.consultations import MAX_ANSWER, Consultation, ConsultationService
from app.station import Station
from ui.messages import show_user_error

NO_MATTER = str(QT_TRANSLATE_NOOP("ConsultationDialog", "（不涉及具体事项，在下方填写咨询内容）"))


class ConsultationDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("咨询登记（首问负责）"))
        self.setObjectName("consultationDialog")
        self.service = ConsultationService(station)
        self.recorded: Consultation | None = None
        self.matter = QComboBox()
        self.matter.setEditable(True)
        self.matter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.no_matter = QCoreApplication.translate("ConsultationDialog", NO_MATTER)
        self.matter.addItem(self.no_matter, "")
        if station.has_catalog:
            for m in station.catalog.matters:
                self.matter.addItem(m.name, m.code)
        completer = self.matter.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("例如：社保卡补办地点"))
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(self.tr("简要记录答复内容（{count} 字以内）").format(count=MAX_ANSWER))
        self.answer.setFixedHeight(90)
        self.handed = QCheckBox(self.tr("已转交（首问负责：写明转交给谁）"))
        self.handed_to = QLineEdit()
        self.handed_to.setPlaceholderText(self.tr("部门或窗口，例如：不动产登记窗口（12 号）"))
        self.handed_to.setEnabled(False)
        self.handed.toggled.connect(self.handed_to.setEnabled)
        self.rate = QCheckBox(self.tr("保存后请群众在评价器上评价"))
        self.rate.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("咨询事项"), self.matter)
        form.addRow(self.tr("咨询内容"), self.topic)
        form.addRow(self.tr("答复"), self.answer)
        form.addRow("", self.handed)
        form.addRow(self.tr("转交给"), self.handed_to)
        form.addRow("", self.rate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def matter_code(self) -> str:
        index = self.matter.findText(self.matter.currentText())
        return str(self.matter.itemData(index) or "") if index >= 0 else ""

    def save(self) -> None:
        code = self.matter_code()
        typed = self.matter.currentText().strip()
        topic = self.topic.text().strip() or (typed if not code and typed != self.no_matter else "")
        if self.handed.isChecked() and not self.handed_to.text().strip():
            self.error.setText(self.tr("请写明转交给哪个部门或窗口。"))
            self.handed_to.setFocus()
            return
        try:
            self.recorded = self.service.record(
                matter_code=code, topic=topic, answer=self.answer.toPlainText(),
                handed_to=self.handed_to.text() if self.handed.isChecked() else "", ask_rating=self.rate.isChecked())
        except UserError as err:
            self.error.setText(str(err))
            if err.field in (None, ""):
                show_user_error(self, err)
            return
        self.accept()
