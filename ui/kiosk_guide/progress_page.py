"""办件进度查询 at the kiosk: scan the receipt or supplement-notice barcode, or type the
case number and the last four characters of the ID number on the on-screen keyboard.

The scan field holds the focus whenever the keyboard is not in use, so a scanner
(which types the code and Enter) works without a tap. The rule — which way of asking
needs the ID suffix, and the same answer for an unknown case and a wrong suffix —
is :mod:`app.kiosk_rules`; the ID check itself is in :mod:`app.intake.progress`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app import kiosk_rules as rules
from app.errors import UserError
from app.station import Station
from ui.i18n import QT_TRANSLATE_NOOP
from ui.kiosk_guide.common import HeaderBar, Speak, big_button, clear_layout, label, restyle, style_sheet
from ui.kiosk_guide.onscreen_keyboard import OnscreenKeyboard

ROOT = "kioskProgressPage"
SCAN_HINT = QT_TRANSLATE_NOOP("KioskProgressPage", "请将受理通知书或补正通知书上的条码对准扫描口")
TYPE_HINT = QT_TRANSLATE_NOOP("KioskProgressPage", "没有条码？请输入办件编号和申请人证件号码后四位")
# Texts app/ hands over as they are (app.kiosk_rules, app.intake.records.STATUS_LABELS): shown
# translated, looked up by their Chinese text; anything else app/ words stays as it is.
APP_TEXTS = (
    QT_TRANSLATE_NOOP("KioskProgressPage", "未查询到相符的办件。请核对办件编号和证件号码后四位，或持受理通知书到综合窗口咨询。"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "数据来源：本机记录"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "已收件待受理"), QT_TRANSLATE_NOOP("KioskProgressPage", "待补正"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "不予受理"), QT_TRANSLATE_NOOP("KioskProgressPage", "已受理"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "审批中"), QT_TRANSLATE_NOOP("KioskProgressPage", "办结（准予）"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "办结（不予批准）"), QT_TRANSLATE_NOOP("KioskProgressPage", "待领取"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "已出件"), QT_TRANSLATE_NOOP("KioskProgressPage", "已作废"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "已办结"), QT_TRANSLATE_NOOP("KioskProgressPage", "办件编号"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "通知书编号"), QT_TRANSLATE_NOOP("KioskProgressPage", "办理事项"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "当前状态"), QT_TRANSLATE_NOOP("KioskProgressPage", "承诺办结日期"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "尚需补交材料"), QT_TRANSLATE_NOOP("KioskProgressPage", "下一步"),
    QT_TRANSLATE_NOOP("KioskProgressPage", "领取地点"), QT_TRANSLATE_NOOP("KioskProgressPage", "办结后领取"),
)


def app_text(text: str) -> str:
    """A text from app/ in the interface language (unchanged when it has no translation)."""
    return QCoreApplication.translate("KioskProgressPage", text)


class KioskProgressPage(QWidget):
    homeRequested = Signal()
    answered = Signal(bool)  # found or not

    def __init__(self, station: Station, speak: Speak, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.speak = speak
        self.answer: rules.ProgressAnswer | None = None
        self.setObjectName(ROOT)
        self.header = HeaderBar(self.tr("办件进度查询"))
        self.header.backRequested.connect(self.reset)
        self.header.readRequested.connect(self.read_aloud)
        self.header.homeRequested.connect(self.homeRequested.emit)
        self.stack = QStackedWidget()
        self.ask_step = self._build_ask()
        self.answer_step = self._build_answer()
        self.stack.addWidget(self.ask_step)
        self.stack.addWidget(self.answer_step)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 20, 32, 20)
        box.setSpacing(16)
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)
        self.set_elderly(station.config.elderly_mode_default)
        self.reset()

    # -- building ----------------------------------------------------------------
    def _build_ask(self) -> QWidget:
        step = QWidget()
        self.scan = QLineEdit()
        self.scan.setObjectName("kioskScan")
        self.scan.setPlaceholderText(self.tr("扫描后自动查询"))
        self.scan.returnPressed.connect(self.look_up_scanned)
        self.case_no = QLineEdit()
        self.case_no.setObjectName("kioskCaseNo")
        self.case_no.setPlaceholderText(self.tr("办件编号，例如 DEMO01-20261123-0001"))
        self.case_no.setMaxLength(40)
        self.id_suffix = QLineEdit()
        self.id_suffix.setObjectName("kioskIdSuffix")
        self.id_suffix.setPlaceholderText(self.tr("后四位"))
        self.id_suffix.setMaxLength(rules.SUFFIX_LENGTH)
        self.id_suffix.returnPressed.connect(self.look_up_typed)
        self.case_no.returnPressed.connect(lambda: self._type_into(self.id_suffix))
        for field in (self.case_no, self.id_suffix):
            field.installEventFilter(self)
        self.keyboard = OnscreenKeyboard(None, lower_case=False)
        self.keyboard_button = big_button(self.tr("打开键盘"), slot=self.toggle_keyboard)
        self.query_button = big_button(self.tr("查询"), "primary", self.look_up_typed)
        self.error = label("", "error")
        typed = QGridLayout()
        typed.addWidget(label(self.tr("办件编号"), "heading", wrap=False), 0, 0)
        typed.addWidget(self.case_no, 0, 1)
        typed.addWidget(label(self.tr("证件号码后四位"), "heading", wrap=False), 0, 2)
        typed.addWidget(self.id_suffix, 0, 3)
        typed.setColumnStretch(1, 3)
        typed.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keyboard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.query_button)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        box.addWidget(label(app_text(SCAN_HINT), "title"))
        box.addWidget(self.scan)
        box.addSpacing(24)
        box.addWidget(label(app_text(TYPE_HINT), "heading"))
        box.addLayout(typed)
        box.addLayout(buttons)
        box.addWidget(self.error)
        box.addStretch(1)
        box.addWidget(self.keyboard)
        return step

    def _build_answer(self) -> QWidget:
        step = QWidget()
        self.steps_row = QHBoxLayout()
        self.steps_row.setSpacing(10)
        self.result_title = label("", "title")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(12)
        self.rows.setColumnStretch(1, 1)
        self.freshness_note = label("", "fresh")
        self.freshness_note.setMargin(10)
        again = big_button(self.tr("再查一件"), "primary", self.reset)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(again)
        box = QVBoxLayout(step)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        box.addWidget(self.result_title)
        box.addLayout(self.steps_row)
        box.addLayout(self.rows)
        box.addWidget(self.freshness_note)
        box.addStretch(1)
        box.addLayout(actions)
        return step

    # -- public ------------------------------------------------------------------
    def set_elderly(self, elderly: bool) -> None:
        self.elderly = elderly
        self.setStyleSheet(style_sheet(ROOT, elderly))

    def reset(self) -> None:
        """Back to the question, nothing typed, nothing shown (idle timeout, 再查一件)."""
        for field in (self.scan, self.case_no, self.id_suffix):
            field.clear()
        self.answer = None
        self.error.clear()
        self.keyboard.setVisible(False)
        self.keyboard.set_target(None)
        self.keyboard_button.setText(self.tr("打开键盘"))
        self._clear_answer()
        self.stack.setCurrentWidget(self.ask_step)
        self.header.back_button.setVisible(False)
        self.scan.setFocus()

    def current_speech(self) -> str:
        if self.stack.currentWidget() is self.answer_step and self.answer is not None:
            return rules.progress_speech(self.answer)
        return self.tr("{scan}。{type}。{error}").format(scan=app_text(SCAN_HINT), type=app_text(TYPE_HINT),
                                                       error=self.error.text())

    def read_aloud(self) -> None:
        self.speak(self.current_speech())

    def toggle_keyboard(self) -> None:
        shown = not self.keyboard.isVisible()
        self.keyboard.setVisible(shown)
        self.keyboard_button.setText(self.tr("收起键盘") if shown else self.tr("打开键盘"))
        if shown:
            target = self.id_suffix if self.case_no.text() and not self.id_suffix.text() else self.case_no
            self._type_into(target)
        else:
            self.keyboard.set_target(None)
            self.scan.setFocus()

    # -- asking ------------------------------------------------------------------
    def look_up_scanned(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self._answer(lambda: rules.lookup_scanned(self.station, code))

    def look_up_typed(self) -> None:
        self._answer(lambda: rules.lookup_typed(self.station, self.case_no.text(), self.id_suffix.text()))

    def _answer(self, ask: Callable[[], rules.ProgressAnswer]) -> None:
        try:
            answer = ask()
        except UserError as err:
            self._show_error(err.message, err.field)
            return
        if not answer.found:
            self.id_suffix.clear()
            self._show_error(app_text(rules.NOT_FOUND), None)
            self.answered.emit(False)
            return
        self.show_answer(answer)
        self.answered.emit(True)

    def _show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        if field == "id_suffix":
            self._type_into(self.id_suffix)
        elif field == "case_no":
            self._type_into(self.case_no)
        else:
            self.scan.setFocus()

    def _type_into(self, field: QLineEdit) -> None:
        self.keyboard.set_target(field)
        field.setFocus()

    # -- the answer ----------------------------------------------------------------
    def show_answer(self, answer: rules.ProgressAnswer) -> None:
        progress = answer.progress
        assert progress is not None
        self.answer = answer
        self.error.clear()
        self.keyboard.setVisible(False)
        self._clear_answer()
        self.result_title.setText(self.tr("{matter}：{status}").format(matter=progress.matter_name,
                                                                    status=app_text(progress.status_label)))
        self._fill_steps(rules.step_index(progress.status))
        for row, (name, value) in enumerate(rules.progress_lines(progress)):
            self.rows.addWidget(label(app_text(name), "heading", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(label(value), row, 1)
        self.freshness_note.setText(app_text(answer.freshness.note))
        restyle(self.freshness_note, "stale" if answer.freshness.stale else "fresh")
        self.stack.setCurrentWidget(self.answer_step)
        self.header.back_button.setVisible(True)

    def _fill_steps(self, current: int) -> None:
        if current < 0:  # not accepted yet (补正), refused or voided: no line to show
            return
        for index, (_, name) in enumerate(rules.STEPS):
            role = "stepDone" if index < current else "stepNow" if index == current else "step"
            self.steps_row.addWidget(label(app_text(name), role), 1)  # wraps: "Ready for pickup" on a narrow screen

    def _clear_answer(self) -> None:
        clear_layout(self.steps_row)
        clear_layout(self.rows)
        self.result_title.clear()
        self.freshness_note.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.ask_step and not self.keyboard.isVisible():
            self.scan.setFocus()

    # -- tapping a typed field points the keyboard at it --------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.case_no, self.id_suffix) and event.type() == QEvent.Type.MouseButtonPress:
            if not self.keyboard.isVisible():
                self.keyboard.setVisible(True)
                self.keyboard_button.setText(self.tr("收起键盘"))
            self.keyboard.set_target(self.case_no if watched is self.case_no else self.id_suffix)
        return super().eventFilter(watched, event)
