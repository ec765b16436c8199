"""办件评价 at the kiosk (一事一评): scan the acceptance receipt (or type the case number
and the last six characters of the ID number), then rate the whole finished case.

The kiosk adds it as a tile: ``kiosk.add_tile("办件评价", "评", KioskRatePage(station))``. It is
a ``KioskScreen``: ``home`` asks the kiosk to go back to its home page, ``reset`` clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ratings.cases import CaseForRating
from app.ratings.levels import LEVELS, POOR_REASONS, RatingLevel
from app.ratings.service import RatingService
from app.station import Station
from ui.kiosk.screens import KioskScreen
from ui.ratings.labels import reason_label

# The level names on the big touch buttons: app's labels, translated here so that a translation can
# use the short words a button holds (as the pad does); lists and reports use ui/ratings/labels.py.
LEVEL_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("KioskRatePage", "非常满意"),
    QT_TRANSLATE_NOOP("KioskRatePage", "满意"),
    QT_TRANSLATE_NOOP("KioskRatePage", "基本满意"),
    QT_TRANSLATE_NOOP("KioskRatePage", "不满意"),
    QT_TRANSLATE_NOOP("KioskRatePage", "非常不满意"),
)

STYLE = """
#kioskRatePage QLabel { font-size: 20pt; }
#kioskRatePage QLabel#kioskRateTitle { font-size: 28pt; font-weight: bold; }
#kioskRatePage QLabel#kioskRateError { color: #b00020; font-weight: bold; }
#kioskRatePage QLineEdit { font-size: 22pt; min-height: 64px; padding: 4px 12px; }
#kioskRatePage QPushButton { font-size: 22pt; min-height: 80px; min-width: 200px; border-radius: 12px;
    background: white; border: 2px solid #c5d0dc; padding: 8px 24px; }
#kioskRatePage QPushButton:checked { background: #fde7e0; border: 4px solid #d4572a; font-weight: bold; }
"""


def _button(text: str, *, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class KioskRatePage(KioskScreen):
    rated = Signal(str)  # rating id
    home_delay_ms = 5000  # the thank-you page, then back to the kiosk's home page

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.service = RatingService(station)
        self.case: CaseForRating | None = None
        self.proof = ""
        self.level: RatingLevel | None = None
        self.setObjectName("kioskRatePage")
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.find_page = self._build_find()
        self.rate_page = self._build_rate()
        self.thanks = QLabel()
        self.thanks.setObjectName("kioskRateTitle")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (self.find_page, self.rate_page, self.thanks):
            self.stack.addWidget(page)
        self.error = QLabel()
        self.error.setObjectName("kioskRateError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        self.home_timer = QTimer(self)
        self.home_timer.setSingleShot(True)
        self.home_timer.timeout.connect(self.home.emit)

    def _build_find(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        title = QLabel(self.tr("办件评价"))
        title.setObjectName("kioskRateTitle")
        box.addWidget(title)
        hint = QLabel(self.tr("请将受理回执上的条码对准扫码口，或输入办件编号和申请人证件号码后六位。"))
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.case_no = QLineEdit()
        self.case_no.setObjectName("kioskCaseNo")
        self.case_no.setPlaceholderText(self.tr("办件编号（扫码后自动填入）"))
        self.case_no.returnPressed.connect(self.scanned)
        self.id_tail = QLineEdit()
        self.id_tail.setPlaceholderText(self.tr("证件号码后六位（手工输入时填写）"))
        self.id_tail.setMaxLength(6)
        self.id_tail.returnPressed.connect(self.look_up)
        box.addWidget(self.case_no)
        box.addWidget(self.id_tail)
        row = QHBoxLayout()
        back = _button(self.tr("返回首页"))
        back.clicked.connect(self.home.emit)
        find = _button(self.tr("查找办件"))
        find.clicked.connect(self.look_up)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(find)
        box.addStretch(1)
        box.addLayout(row)
        return page

    def _build_rate(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        box.addWidget(self.case_label)
        levels = QHBoxLayout()
        self.level_buttons: dict[RatingLevel, QPushButton] = {}
        for level in LEVELS:
            button = _button(QCoreApplication.translate("KioskRatePage", level.label), checkable=True)
            button.setObjectName(f"kiosk-level-{level.value}")
            button.clicked.connect(lambda _=False, lv=level: self.pick_level(lv))
            self.level_buttons[level] = button
            levels.addWidget(button)
        box.addLayout(levels)
        self.poor_box = QWidget()
        poor = QVBoxLayout(self.poor_box)
        reasons_label = QLabel(self.tr("请选择不满意的原因（可多选）："))
        reasons_label.setWordWrap(True)
        poor.addWidget(reasons_label)
        grid = QGridLayout()
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, reason in enumerate(POOR_REASONS):
            button = _button(reason_label(reason), checkable=True)
            self.reason_buttons[reason] = button
            grid.addWidget(button, i // 4, i % 4)
        poor.addLayout(grid)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("还想说的话（选“其他”时请填写）"))
        self.comment.setMaxLength(200)
        poor.addWidget(self.comment)
        self.callback = _button(self.tr("同意工作人员回访我"), checkable=True)
        self.rater_phone = QLineEdit()
        self.rater_phone.setPlaceholderText(self.tr("回访电话（同意回访时填写）"))
        row = QHBoxLayout()
        row.addWidget(self.callback)
        row.addWidget(self.rater_phone, 1)
        poor.addLayout(row)
        self.poor_box.setVisible(False)
        box.addWidget(self.poor_box)
        box.addStretch(1)
        actions = QHBoxLayout()
        cancel = _button(self.tr("返回首页"))
        cancel.clicked.connect(self.home.emit)
        self.submit_button = _button(self.tr("提交评价"))
        self.submit_button.clicked.connect(self.submit)
        actions.addWidget(cancel)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)
        box.addLayout(actions)
        return page

    # -- steps -------------------------------------------------------------------
    def spoken_text(self) -> str:
        if self.stack.currentWidget() is self.find_page:
            return self.tr("请将受理回执上的条码对准扫码口，或输入办件编号和证件号码后六位。")
        return self.tr("请为这件事的整体办理情况评价，点击五个按钮中的一个，然后点提交评价。")

    def activate(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Back to the scan step with nothing filled in (call when the tile opens)."""
        self.home_timer.stop()
        self.case, self.proof, self.level = None, "", None
        for line in (self.case_no, self.id_tail, self.comment, self.rater_phone):
            line.clear()
        for button in (*self.level_buttons.values(), *self.reason_buttons.values(), self.callback):
            button.setChecked(False)
        self.poor_box.setVisible(False)
        self.error.clear()
        self.stack.setCurrentWidget(self.find_page)
        self.case_no.setFocus()

    def scanned(self) -> None:
        """A scanner types the case number and Enter: the receipt itself is the proof."""
        if self.id_tail.text().strip():
            self.look_up()
        else:
            self._find(self.case_no.text(), self.case_no.text())

    def look_up(self) -> None:
        self._find(self.case_no.text(), self.id_tail.text() or self.case_no.text())

    def _find(self, case_no: str, proof: str) -> None:
        try:
            case, count = self.service.find_case_to_rate(case_no, proof)
        except UserError as err:
            self.error.setText(err.message)
            return
        self.case, self.proof = case, proof
        self.error.clear()
        text = (self.tr("办件编号 {case_no}\n{matter}\n请您对这件事的整体办理情况评价（补充评价）：") if count == 2
                else self.tr("办件编号 {case_no}\n{matter}\n请您对这件事的整体办理情况评价："))
        self.case_label.setText(text.format(case_no=case.case_no, matter=case.matter_name))
        self.stack.setCurrentWidget(self.rate_page)

    def pick_level(self, level: RatingLevel) -> None:
        self.level = level
        for lv, button in self.level_buttons.items():
            button.setChecked(lv is level)
        self.poor_box.setVisible(level.poor)
        self.error.clear()

    def submit(self) -> None:
        if self.case is None:
            return
        if self.level is None:
            self.error.setText(self.tr("请先选择一个评价等级。"))
            return
        poor = self.level.poor
        try:
            result = self.service.rate_case(
                self.case.case_no, self.proof, self.level,
                [r for r, b in self.reason_buttons.items() if b.isChecked()] if poor else [],
                self.comment.text() if poor else "", poor and self.callback.isChecked(),
                rater_phone=self.rater_phone.text() if poor and self.callback.isChecked() else None,
            )
        except UserError as err:
            self.error.setText(err.message)
            return
        self.thanks.setText(self.tr("感谢您的评价！\n我们会尽快核实并改进。") if poor else self.tr("感谢您的评价！"))
        self.stack.setCurrentWidget(self.thanks)
        self.rated.emit(result.rating_id)
        self.home_timer.start(self.home_delay_ms)
