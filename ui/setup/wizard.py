"""``yichuang setup``: the first-start wizard an IT person runs on each hall PC.

Pages: how the station works (standalone, or a server address and enrolment code),
the hall and window, which roles this PC has and on which screen, which printer
prints which document, and the terminal settings (idle timeout, 长辈版, supervisor
PIN, language). Re-running it edits the configuration already saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import config as config_mod
from app.errors import UserError
from app.paths import data_dir as default_data_dir
from ui.setup.answers import (
    DOCUMENT_LABELS,
    PDF_FOLDER,
    PIN_NEEDED,
    ROLE_LABELS,
    SetupAnswers,
    config_path_for,
    connection_problems,
    load_base,
    needs_pin,
    needs_setup,
    save_answers,
    shown,
)

DEFAULT_PRINTER = ""  # the system's default printer


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("pageError")
    label.setStyleSheet("color:#b00020")
    label.setWordWrap(True)
    return label


class ConnectionPage(QWizardPage):
    def __init__(self, answers: SetupAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("本工作站如何工作"))
        self.setSubTitle(self.tr("单机运行时所有业务保存在本机；连接中心服务器后，叫号、办件和评价会同步到服务器。"))
        self.standalone = QRadioButton(self.tr("单机运行（不连接服务器）"))
        self.standalone.setObjectName("standalone")
        self.server = QRadioButton(self.tr("连接中心服务器"))
        self.server.setObjectName("useServer")
        group = QButtonGroup(self)
        group.addButton(self.standalone)
        group.addButton(self.server)
        self.url = QLineEdit(answers.server_url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(self.tr("例如 https://zwfw.example.gov.cn"))
        self.station_code = QLineEdit(answers.station_code)
        self.station_code.setObjectName("stationCode")
        self.station_code.setPlaceholderText(self.tr("例如 H0101"))
        self.code = QLineEdit(answers.enrolment_code)
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText(self.tr("已登记，留空则保持不变") if answers.enrolled
                                     else self.tr("在服务器登记本工作站后由管理员提供"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("服务器地址(&U)"), self.url)
        form.addRow(self.tr("工作站编码(&S)"), self.station_code)
        form.addRow(self.tr("一次性登记码(&C)"), self.code)
        hint = QLabel(self.tr("工作站编码和一次性登记码由中心服务器管理员登记本工作站时提供"
                              "（yichuang-server add-station）。"))
        hint.setWordWrap(True)
        hint.setObjectName("enrolmentHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.standalone)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch()
        (self.standalone if answers.standalone else self.server).setChecked(True)
        self.server.toggled.connect(self._enable)
        self._enable(self.server.isChecked())

    def _enable(self, on: bool) -> None:
        self.url.setEnabled(on)
        self.station_code.setEnabled(on)
        self.code.setEnabled(on)

    def validatePage(self) -> bool:
        a = self._answers
        a.standalone = self.standalone.isChecked()
        a.server_url = self.url.text().strip()
        a.station_code = self.station_code.text().strip()
        a.enrolment_code = self.code.text().strip()
        problems = connection_problems(a)
        self.error.setText(shown("\n".join(problems)))
        return not problems


class HallPage(QWizardPage):
    def __init__(self, answers: SetupAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("大厅与窗口"))
        self.setSubTitle(self.tr("打印在回执、通知书上的大厅名称和文书编号用的机关简称。"))
        self.hall_name = QLineEdit(answers.hall_name)
        self.hall_name.setObjectName("hallName")
        self.office_abbr = QLineEdit(answers.office_abbr)
        self.office_abbr.setObjectName("officeAbbr")
        self.region_code = QLineEdit(answers.region_code)
        self.region_code.setObjectName("regionCode")
        self.region_code.setMaxLength(6)
        self.window_no = QLineEdit(answers.window_no)
        self.window_no.setObjectName("windowNo")
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("大厅名称(&H)"), self.hall_name)
        form.addRow(self.tr("机关简称(&A)"), self.office_abbr)
        form.addRow(self.tr("行政区划代码(&R)"), self.region_code)
        form.addRow(self.tr("窗口号(&W)"), self.window_no)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        a = self._answers
        a.hall_name = self.hall_name.text().strip()
        a.office_abbr = self.office_abbr.text().strip()
        a.region_code = self.region_code.text().strip()
        a.window_no = self.window_no.text().strip()
        problems = []
        if not a.hall_name:
            problems.append(self.tr("请填写大厅名称，例如 西湖区市民之家。"))
        if not a.office_abbr:
            problems.append(self.tr("请填写机关简称，用于文书编号，例如 西湖政务。"))
        if not (a.region_code.isdigit() and len(a.region_code) == 6):
            problems.append(self.tr("行政区划代码应为 6 位数字，例如 330106。"))
        self.error.setText("\n".join(problems))
        return not problems


def screen_names() -> list[str]:
    names = []
    for i, screen in enumerate(QGuiApplication.screens()):
        size = screen.size()
        name = screen.name() or QCoreApplication.translate("RolesPage", "显示器")
        names.append(QCoreApplication.translate("RolesPage", "屏幕 {number}：{name}（{width}×{height}）").format(
            number=i + 1, name=name, width=size.width(), height=size.height()))
    return names or [QCoreApplication.translate("RolesPage", "屏幕 {number}").format(number=1)]


class RolesPage(QWizardPage):
    def __init__(self, answers: SetupAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("本机角色与屏幕"))
        self.setSubTitle(self.tr("一台电脑可以同时有多个角色，例如窗口端在主屏，评价器在第二块屏。"))
        grid = QGridLayout(self)
        self.checks: dict[str, QCheckBox] = {}
        self.screens: dict[str, QComboBox] = {}
        names = screen_names()
        for row, (role, label) in enumerate(ROLE_LABELS.items()):
            check = QCheckBox(shown(label))
            check.setObjectName(f"role-{role}")
            check.setChecked(role in answers.roles)
            combo = QComboBox()
            combo.setObjectName(f"screen-{role}")
            combo.addItems(names)
            combo.setCurrentIndex(min(answers.screens.get(role, 0), len(names) - 1))
            check.toggled.connect(combo.setEnabled)
            combo.setEnabled(check.isChecked())
            grid.addWidget(check, row, 0)
            grid.addWidget(combo, row, 1)
            self.checks[role] = check
            self.screens[role] = combo
        self.error = _error_label()
        grid.addWidget(self.error, len(ROLE_LABELS), 0, 1, 2)

    def validatePage(self) -> bool:
        roles = [r for r, c in self.checks.items() if c.isChecked()]
        if not roles:
            self.error.setText(self.tr("请至少选择一个角色。"))
            return False
        self._answers.roles = roles
        self._answers.screens = {r: self.screens[r].currentIndex() for r in roles}
        self.error.setText("")
        return True


def printer_names() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


class PrintersPage(QWizardPage):
    def __init__(self, answers: SetupAnswers) -> None:
        super().__init__()
        self._answers = answers
        self.setTitle(self.tr("打印机"))
        self.setSubTitle(self.tr("为每种文书选择打印机。排队小票通常用 80 毫米热敏打印机，其余用 A4 打印机。"))
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        installed = printer_names()
        for kind, label in DOCUMENT_LABELS.items():
            combo = QComboBox()
            combo.setObjectName(f"printer-{kind}")
            combo.addItem(self.tr("系统默认打印机"), DEFAULT_PRINTER)
            for name in installed:
                combo.addItem(name, name)
            combo.addItem(self.tr("保存为PDF（不打印）"), PDF_FOLDER)
            chosen = answers.printers.get(kind, DEFAULT_PRINTER)
            if combo.findData(chosen) < 0:  # a printer no longer installed: keep it visible
                combo.insertItem(1, self.tr("{printer}（未找到）").format(printer=chosen), chosen)
            combo.setCurrentIndex(combo.findData(chosen))
            form.addRow(shown(label), combo)
            self.combos[kind] = combo
        if not installed:
            note = QLabel(self.tr("本机未找到已安装的打印机：可先选择“保存为PDF”，安装打印机后重新运行设置。"))
            note.setWordWrap(True)
            form.addRow(note)

    def validatePage(self) -> bool:
        self._answers.printers = {k: str(c.currentData()) for k, c in self.combos.items() if c.currentData()}
        return True


class TerminalPage(QWizardPage):
    def __init__(self, answers: SetupAnswers, pin_already_set: bool) -> None:
        super().__init__()
        self._answers = answers
        self._pin_already_set = pin_already_set
        self.setTitle(self.tr("终端设置"))
        self.setSubTitle(self.tr("自助终端、叫号屏和评价器全屏运行，群众无法退出；管理员在屏幕右上角连续点击 5 次，"
                                 "输入解锁密码后打开管理菜单。"))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleSeconds")
        self.idle.setRange(10, 3600)
        self.idle.setSuffix(self.tr(" 秒"))
        self.idle.setValue(answers.kiosk_idle_seconds)
        self.elderly = QCheckBox(self.tr("自助终端默认显示长辈版（大字、简化）"))
        self.elderly.setObjectName("elderlyDefault")
        self.elderly.setChecked(answers.elderly_mode_default)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin2 = QLineEdit()
        self.pin2.setObjectName("pinAgain")
        self.pin2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("已设置；不修改请留空") if pin_already_set else self.tr("6 到 12 位数字"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("简体中文", "zh_CN")  # i18n: data (each language is named in itself)
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(answers.language)))
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("无人操作返回首页(&I)"), self.idle)
        form.addRow(self.elderly)
        form.addRow(self.tr("管理员解锁密码(&P)"), self.pin)
        form.addRow(self.tr("再次输入密码"), self.pin2)
        form.addRow(self.tr("界面语言(&L)"), self.language)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        from app.kiosk_pin import check_pin_format

        a = self._answers
        pin, again = self.pin.text(), self.pin2.text()
        try:
            if pin != again:
                raise UserError(self.tr("两次输入的解锁密码不一致，请重新输入。"))
            if pin:
                check_pin_format(pin)
            elif needs_pin(a.roles) and not self._pin_already_set:
                raise UserError(PIN_NEEDED)
        except UserError as err:
            self.error.setText(shown(err.message))
            self.pin.clear()
            self.pin2.clear()
            self.pin.setFocus()
            return False
        a.supervisor_pin = pin
        a.kiosk_idle_seconds = self.idle.value()
        a.elderly_mode_default = self.elderly.isChecked()
        a.language = str(self.language.currentData())
        self.error.setText("")
        return True


class SetupWizard(QWizard):
    """Saves on 完成; ``saved_path`` is the configuration file written."""

    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.secrets_dir = data_dir or default_data_dir()
        self.saved_path: Path | None = None
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("一窗通 · 工作站设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(760, 560)  # room for three-line subtitles and six printers (longer still in English)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.answers = answers_from(load_base(config_path_for(data_dir)))
        self.answers.enrolled = bool(self.answers.server_url) and self._secret_set("station-secret")
        self.connection = ConnectionPage(self.answers)
        self.hall = HallPage(self.answers)
        self.roles = RolesPage(self.answers)
        self.printers = PrintersPage(self.answers)
        self.terminal = TerminalPage(self.answers, self._pin_set())
        for page in (self.connection, self.hall, self.roles, self.printers, self.terminal):
            self.addPage(page)

    def _secret_set(self, name: str) -> bool:
        from app.secrets import SecretsUnavailable, open_secret_store

        try:
            backend = load_base(config_path_for(self.data_dir)).secrets_backend
            return bool(open_secret_store(backend, self.secrets_dir).get(name))
        except SecretsUnavailable:
            return False

    def _pin_set(self) -> bool:
        from app.kiosk_pin import has_pin
        from app.secrets import SecretsUnavailable, open_secret_store

        try:
            backend = load_base(config_path_for(self.data_dir)).secrets_backend
            return has_pin(open_secret_store(backend, self.secrets_dir))
        except SecretsUnavailable:
            return False

    def accept(self) -> None:
        if not self.currentPage().validatePage():
            return
        try:
            self.saved_path = save_answers(self.answers, self.data_dir, self.secrets_dir)
        except UserError as err:
            self.terminal.error.setText(shown(err.message))
            return
        super().accept()


def answers_from(cfg: config_mod.StationConfig) -> SetupAnswers:
    return SetupAnswers(
        standalone=not cfg.server_url, server_url=cfg.server_url, station_code=cfg.station_code,
        hall_name=cfg.hall_name,
        office_abbr=cfg.office_abbr, region_code=cfg.region_code, window_no=cfg.window_no,
        roles=list(cfg.roles), screens=dict(cfg.screens), printers=dict(cfg.printers),
        kiosk_idle_seconds=cfg.kiosk_idle_seconds, elderly_mode_default=cfg.elderly_mode_default,
        language=cfg.language,
    )


def run_setup_wizard(data_dir: Path | None = None) -> bool:
    """Show the wizard (a QApplication must exist); True when the configuration was saved."""
    wizard = SetupWizard(data_dir)
    return bool(wizard.exec()) and wizard.saved_path is not None


def main(argv: list[str]) -> int:
    """``yichuang setup [--data-dir DIR]``."""
    parser = argparse.ArgumentParser(prog="yichuang setup",
                                     description=QCoreApplication.translate("SetupWizard", "一窗通工作站设置向导"))
    parser.add_argument("--data-dir", type=Path, help="station data folder (default: the platform data dir)")
    args = parser.parse_args(argv)
    from ui.main import create_application

    app = create_application()
    from ui.i18n import install_translator

    install_translator(app, load_base(config_path_for(args.data_dir)).language)  # re-running: the chosen language
    wizard = SetupWizard(args.data_dir)
    if not wizard.exec() or wizard.saved_path is None:
        print(QCoreApplication.translate("SetupWizard", "设置已取消，未保存。"), file=sys.stderr)
        return 1
    print(wizard.saved_path)
    return 0


__all__ = ["SetupWizard", "main", "needs_setup", "run_setup_wizard"]
