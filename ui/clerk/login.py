"""Clerk login: staff number and password. In demo mode the demo accounts are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.auth import Session
from app.errors import UserError
from app.station import Station


class LoginDialog(QDialog):
    def __init__(self, station: Station, *, demo_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self.session: Session | None = None
        self.setWindowTitle(self.tr("一窗通 · 窗口人员登录"))
        self.setObjectName("loginDialog")
        self.staff_no = QLineEdit()
        self.staff_no.setObjectName("staffNo")
        self.staff_no.setPlaceholderText(self.tr("例如 S001"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("工号(&N)"), self.staff_no)
        form.addRow(self.tr("密码(&P)"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons = buttons
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        header = QLabel(self.tr("<b style='font-size:16pt'>一窗通</b><br>{hall}　工作站 {station}").format(
            hall=station.config.hall_name, station=station.station_code or self.tr("未登记")))
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if demo_hint:
            hint = QLabel(demo_hint)
            hint.setObjectName("demoHint")
            hint.setStyleSheet("color:#555")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(buttons)
        # Scanners and keyboards: Enter in the staff number moves on, Enter in the password logs in.
        self.staff_no.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_login)
        self.staff_no.setFocus()

    def try_login(self) -> None:
        staff_no, password = self.staff_no.text(), self.password.text()
        if not self._station.config.server_url:
            try:
                session = self._station.login(staff_no, password)
            except UserError as err:
                self._failed(err.message)
                return
            self._succeeded(session)
            return
        # Online login waits on the network: run it off the UI thread (offline fallback inside).
        self._set_busy(True)
        task = _OnlineLogin(self._station, staff_no, password)
        task.signals.done.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(task)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.staff_no, self.password, self.buttons):
            widget.setEnabled(not busy)
        self.error.setText(self.tr("正在登录…") if busy else "")

    def _succeeded(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.setText(message)
        self.password.selectAll()
        self.password.setFocus()


class _LoginSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _OnlineLogin(QRunnable):
    def __init__(self, station: Station, staff_no: str, password: str) -> None:
        super().__init__()
        self.station, self.staff_no, self.password = station, staff_no, password
        self.signals = _LoginSignals()

    def run(self) -> None:
        from app.sync.auth import login
        from app.sync.runner import make_client

        try:
            session = login(self.station, make_client(self.station), self.staff_no, self.password)
        except UserError as err:
            self.signals.failed.emit(err.message)
            return
        except Exception as exc:  # a bug must not leave the dialog busy for ever
            failed = QCoreApplication.translate("LoginDialog", "登录失败：{error}")
            self.signals.failed.emit(failed.format(error=type(exc).__name__))
            raise
        self.signals.done.emit(session)
