"""One bridge for everything shown to the user (STYLE.md item 5).

Widgets never build QMessageBoxes themselves: they call :func:`show_error` etc. with
a parent. Errors from app/ (UserError) word their message in the interface language
(app/i18n.py, installed by ui/i18n.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = QCoreApplication.translate("Messages", "无法完成操作") if title is None else title
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def show_user_error(parent: QWidget | None, err: UserError) -> None:
    show_error(parent, err.message)


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = QCoreApplication.translate("Messages", "提示") if title is None else title
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, message: str, title: str | None = None) -> bool:
    title = QCoreApplication.translate("Messages", "请确认") if title is None else title
    box = QMessageBox(QMessageBox.Icon.Question, title, message,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
