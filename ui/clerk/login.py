"""Clerk login: staff number and password. In demo mode the demo accounts are shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
        try:
            self.session = self._station.login(self.staff_no.text(), self.password.text())
        except UserError as err:
            self.error.setText(err.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
