"""Dialogs of the intake pages: print preview, refusal, result pickup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.catalog.model import Catalog
from app.intake.applicant import ID_TYPES
from app.intake.service import Collector
from ui.models.labels import label
from ui.print_jobs import PrintJobs

PREVIEW_DPI = 96


class PrintPreviewDialog(QDialog):
    """The pages of a stored document as they will print, with 打印 and 关闭."""

    def __init__(self, pdf: bytes, title: str, doc_id: str, kind: str, print_jobs: PrintJobs | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))
        self.resize(860, 900)
        self.doc_id, self.kind, self._jobs = doc_id, kind, print_jobs
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in _page_images(pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e8e8e8; }")
        self.print_button = QPushButton(self.tr("打印（Ctrl+P）"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setEnabled(print_jobs is not None)
        self.print_button.clicked.connect(self._print)
        close = QPushButton(self.tr("关闭（Esc）"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_button.click)

    def _print(self) -> None:
        if self._jobs is not None:
            self._jobs.submit(self.doc_id, self.kind)
        self.accept()


def _page_images(pdf: bytes) -> list:  # type: ignore[type-arg]
    from printing.dispatch import page_count, render_page_png

    return [render_page_png(pdf, n, PREVIEW_DPI) for n in range(page_count(pdf))]


class RefusalDialog(QDialog):
    """不予受理: a reason from the catalog's list (or typed) and its legal basis."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("不予受理"))
        self._basis = dict(catalog.refusal_reasons)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([r for r, _ in catalog.refusal_reasons])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("选择或输入不予受理的理由"))
        self.basis = QPlainTextEdit()
        self.basis.setPlaceholderText(self.tr("法律依据，例如《中华人民共和国行政许可法》第三十二条第一款第（二）项"))
        self.basis.setFixedHeight(80)
        self.reason.currentTextChanged.connect(self._reason_changed)
        note = QLabel(self.tr("将打印《不予受理决定通知书》，告知申请人可在六十日内申请行政复议或在六个月内提起行政诉讼。"))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("不予受理理由"), self.reason)
        form.addRow(self.tr("法律依据"), self.basis)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定不予受理"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _reason_changed(self, text: str) -> None:
        if text in self._basis:
            self.basis.setPlainText(self._basis[text])

    def values(self) -> tuple[str, str]:
        return self.reason.currentText(), self.basis.toPlainText()


class DeliverDialog(QDialog):
    """统一窗口出件: who collects the result, with their ID checked."""

    def __init__(self, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出件 — {case_no}").format(case_no=case_no))
        self.self_pickup = QRadioButton(self.tr("申请人本人（或登记的代办人）领取"))
        self.other_pickup = QRadioButton(self.tr("受托人领取（须出示授权委托书）"))
        self.self_pickup.setChecked(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("受托人姓名"))
        self.id_type = QComboBox()
        self.id_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.id_type.setMinimumContentsLength(8)
        for code, name in ID_TYPES.items():
            self.id_type.addItem(label(name), code)
        self.id_no = QLineEdit()
        self.id_no.setObjectName("collectorIdNo")
        self.id_no.setPlaceholderText(self.tr("领取人证件号码（可用扫描枪）"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.self_pickup)
        form.addRow(self.other_pickup)
        form.addRow(self.tr("受托人姓名"), self.name)
        form.addRow(self.tr("证件类型"), self.id_type)
        form.addRow(self.tr("证件号码"), self.id_no)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("核验并出件"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.other_pickup.toggled.connect(self.name.setEnabled)
        self.name.setEnabled(False)

    def collector(self) -> Collector:
        if self.other_pickup.isChecked():
            return Collector("authorised", self.name.text(), str(self.id_type.currentData()), self.id_no.text())
        return Collector("applicant", "", str(self.id_type.currentData()), self.id_no.text())
