"""``yichuang setup``: the wizard saves the TOML, keeps secrets out of it, and refuses bad answers."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app import config as config_mod
from app.kiosk_pin import PinChecker
from app.secrets import open_secret_store
from ui.setup import wizard as wizard_mod
from ui.setup.answers import ENROLMENT_SECRET, PDF_FOLDER, SetupAnswers, needs_setup, save_answers
from ui.setup.wizard import SetupWizard


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def make_wizard(qtbot, monkeypatch, data_dir):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wizard_mod, "printer_names", lambda: ["HP-A4", "Xprinter-80mm"])

    def make() -> SetupWizard:
        w = SetupWizard(data_dir)
        qtbot.addWidget(w)
        w.show()
        return w

    return make


def secrets(data_dir: Path):  # type: ignore[no-untyped-def]
    return open_secret_store("auto", data_dir)


def test_server_station_with_kiosk_and_pad(make_wizard, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    assert needs_setup(data_dir)
    w.connection.server.setChecked(True)
    w.connection.url.setText("https://zwfw.example.gov.cn/")
    w.connection.station_code.setText("H0103")
    w.connection.code.setText("ENROL-7788")
    w.next()
    assert w.currentPage() is w.hall
    w.hall.hall_name.setText("西湖区市民之家")
    w.hall.window_no.setText("12")
    w.next()
    w.roles.checks["clerk"].setChecked(False)
    w.roles.checks["kiosk"].setChecked(True)
    w.roles.checks["pad"].setChecked(True)
    w.next()
    w.printers.combos["ticket"].setCurrentIndex(w.printers.combos["ticket"].findData("Xprinter-80mm"))
    w.printers.combos["receipt"].setCurrentIndex(w.printers.combos["receipt"].findData(PDF_FOLDER))
    w.next()
    w.terminal.idle.setValue(120)
    w.terminal.elderly.setChecked(True)
    w.terminal.pin.setText("284617")
    w.terminal.pin2.setText("284617")
    w.accept()

    path = data_dir / "station.toml"
    assert w.saved_path == path and not needs_setup(data_dir)
    text = path.read_text("utf-8")
    assert "ENROL-7788" not in text and "284617" not in text  # secrets never in the file
    raw = tomllib.loads(text)
    assert raw["server_url"] == "https://zwfw.example.gov.cn"
    assert raw["roles"] == ["kiosk", "pad"]
    assert raw["printers"] == {"ticket": "Xprinter-80mm", "receipt": PDF_FOLDER}
    assert raw["kiosk_idle_seconds"] == 120 and raw["elderly_mode_default"] is True
    assert raw["window_no"] == "12"
    assert raw["station_code"] == "H0103"  # the station enrols under this code on its first connection
    cfg = config_mod.load(path)  # what the station will read
    assert cfg.screens == {"kiosk": 0, "pad": 0}
    assert secrets(data_dir).get(ENROLMENT_SECRET) == "ENROL-7788"
    assert PinChecker(secrets(data_dir)).check("284617")


def test_server_mode_needs_address_and_code(make_wizard) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    w.connection.server.setChecked(True)
    w.connection.url.setText("zwfw.example.gov.cn")
    w.next()
    assert w.currentPage() is w.connection
    error = w.connection.error.text()
    assert "http://" in error and "工作站编码" in error and "一次性登记码" in error
    w.connection.url.setText("https://zwfw.example.gov.cn")
    w.connection.station_code.setText("H01 03")  # a space: refused, what was typed stays
    w.connection.code.setText("ENROL-7788")
    w.next()
    assert w.currentPage() is w.connection and "工作站编码" in w.connection.error.text()
    assert w.connection.code.text() == "ENROL-7788" and w.connection.url.text() == "https://zwfw.example.gov.cn"


def test_rerun_on_an_enrolled_station_needs_no_new_code(make_wizard, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_answers(SetupAnswers(standalone=False, server_url="https://zwfw.example.gov.cn", station_code="H0103",
                              enrolment_code="ENROL-7788", roles=["clerk"], hall_name="拱墅区政务服务中心"),
                 data_dir, data_dir)
    secrets(data_dir).delete(ENROLMENT_SECRET)  # the first sync traded it for the station secret
    secrets(data_dir).set("station-secret", "s3cret")
    w = make_wizard()
    assert w.connection.server.isChecked() and w.connection.station_code.text() == "H0103"
    assert w.connection.code.text() == ""
    w.next()
    assert w.currentPage() is w.hall  # no new code asked for
    w.hall.window_no.setText("4")
    _to_terminal_page(w, ["clerk"])
    w.accept()
    assert w.saved_path is not None and config_mod.load(w.saved_path).window_no == "4"
    assert secrets(data_dir).get(ENROLMENT_SECRET) is None and secrets(data_dir).get("station-secret") == "s3cret"


def test_no_role_chosen_stays_on_the_page(make_wizard) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    w.next()
    w.next()
    for check in w.roles.checks.values():
        check.setChecked(False)
    w.next()
    assert w.currentPage() is w.roles
    assert "至少选择一个角色" in w.roles.error.text()


def _to_terminal_page(w: SetupWizard, roles: list[str]) -> None:
    w.next()
    w.next()
    for role, check in w.roles.checks.items():
        check.setChecked(role in roles)
    w.next()
    w.next()
    assert w.currentPage() is w.terminal


def test_kiosk_needs_a_pin_and_mismatch_is_refused(make_wizard, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    _to_terminal_page(w, ["kiosk"])
    w.accept()
    assert "解锁密码" in w.terminal.error.text() and w.saved_path is None
    w.terminal.pin.setText("284617")
    w.terminal.pin2.setText("284618")
    w.accept()
    assert "不一致" in w.terminal.error.text() and w.saved_path is None
    w.terminal.pin.setText("123456")
    w.terminal.pin2.setText("123456")
    w.accept()
    assert "过于简单" in w.terminal.error.text()
    assert not (data_dir / "station.toml").exists()


def test_clerk_only_standalone_needs_no_pin(make_wizard, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    _to_terminal_page(w, ["clerk"])
    w.accept()
    assert w.result() == QWizard.DialogCode.Accepted
    cfg = config_mod.load(data_dir / "station.toml")
    assert cfg.server_url == "" and cfg.roles == ["clerk"]
    assert secrets(data_dir).get(ENROLMENT_SECRET) is None


def test_rerun_starts_from_the_saved_answers_and_keeps_the_pin(make_wizard, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_answers(SetupAnswers(roles=["board"], hall_name="拱墅区政务服务中心", office_abbr="拱墅政务",
                              region_code="330105", printers={"ticket": "Xprinter-80mm"}, supervisor_pin="284617"),
                 data_dir, data_dir)
    w = make_wizard()
    assert w.hall.hall_name.text() == "拱墅区政务服务中心"
    assert w.roles.checks["board"].isChecked() and not w.roles.checks["clerk"].isChecked()
    assert w.printers.combos["ticket"].currentData() == "Xprinter-80mm"
    _to_terminal_page(w, ["board"])
    w.accept()  # PIN left empty: the one already set stays
    assert w.saved_path is not None
    assert PinChecker(secrets(data_dir)).check("284617")


def test_a_printer_no_longer_installed_stays_selected(make_wizard, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    save_answers(SetupAnswers(roles=["clerk"], printers={"receipt": "Old-Laser"}), data_dir, data_dir)
    w = make_wizard()
    combo = w.printers.combos["receipt"]
    assert combo.currentData() == "Old-Laser" and "未找到" in combo.currentText()


def test_screens_are_listed(make_wizard) -> None:  # type: ignore[no-untyped-def]
    w = make_wizard()
    combo = w.roles.screens["pad"]
    assert combo.count() >= 1 and combo.itemText(0).startswith("屏幕 1")


def test_yichuang_setup_subcommand_runs_the_wizard(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.__main__ import main

    seen: list[list[str]] = []
    monkeypatch.setattr(wizard_mod, "main", lambda argv: seen.append(argv) or 0)
    assert main(["setup", "--data-dir", "/tmp/station"]) == 0
    assert seen == [["--data-dir", "/tmp/station"]]
