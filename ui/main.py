"""Start the station: Qt application, fonts, crash hook, the store, login, role windows."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.demo import DEMO_ACCOUNTS
from app.errors import UserError
from app.logs import setup_logging
from app.station import Station, StationOptions
from app.store import StoreCorrupt

log = logging.getLogger(__name__)
_started = time.perf_counter()


def create_application(argv: list[str] | None = None) -> QApplication:
    from ui.fonts import apply_default_font

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("yichuang")
    app.setApplicationDisplayName(QCoreApplication.translate("Main", "一窗通"))
    app.setOrganizationName("yichuang")
    from PySide6.QtGui import QIcon

    from app.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "yichuang.png"))))
    apply_default_font(app)
    return app


def _fatal(message: str) -> int:
    from ui.messages import show_error

    print(message, file=sys.stderr)
    show_error(None, message, QCoreApplication.translate("Main", "一窗通无法启动"))
    return 2


def _login(station: Station, args: argparse.Namespace) -> bool:
    if args.demo_login:
        if not args.demo:
            print("--demo-login only works with --demo", file=sys.stderr)
            return False
        password = {a[0]: a[4] for a in DEMO_ACCOUNTS}.get(args.demo_login, "")
        station.login(args.demo_login, password)
        return True
    from ui.clerk.login import LoginDialog

    hint = ""
    if args.demo:
        hint = _demo_hint()
    dialog = LoginDialog(station, demo_hint=hint)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _follow_shifts(app: QApplication, windows: dict[str, QWidget], station: Station, args: argparse.Namespace) -> None:
    """注销 hands the PC to the next clerk: after the next log-in a fresh clerk window opens
    (nothing of the previous clerk's open work stays on screen); without one the program ends
    unless other role windows (board, pad) are still showing."""
    from ui.clerk.window import ClerkWindow

    window = windows.get("clerk")
    if not isinstance(window, ClerkWindow):
        return

    def next_clerk() -> None:
        from ui.clerk.login import LoginDialog
        from ui.roles import open_role

        old = windows.pop("clerk")
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the log-in dialog closing is not the end of the program
        try:
            dialog = LoginDialog(station, demo_hint=_demo_hint() if args.demo else "")
            if dialog.exec() == QDialog.DialogCode.Accepted:
                new = open_role("clerk", station, windows)
                _place_on_screen(new, "clerk", station)
                new.show()
                _follow_shifts(app, windows, station, args)
        finally:
            old.close()
            old.deleteLater()
            app.setQuitOnLastWindowClosed(quit_on_close)
        if not any(w.isVisible() for w in windows.values()):
            app.quit()

    window.loggedOut.connect(lambda: QTimer.singleShot(0, next_clerk))


def _demo_hint() -> str:
    """The demo accounts, for the log-in dialog of a demo station."""
    supervisor = QCoreApplication.translate("Main", "大厅管理")
    clerk = QCoreApplication.translate("Main", "窗口")
    template = QCoreApplication.translate("Main", "{staff_no} {name}（{role}）密码 {password}")
    accounts = [template.format(staff_no=a[0], name=a[1], password=a[4], role=supervisor if a[2] == "supervisor" else clerk)
                for a in DEMO_ACCOUNTS]
    separator = QCoreApplication.translate("Main", "；")
    return QCoreApplication.translate("Main", "演示账号：{accounts}").format(accounts=separator.join(accounts))


def _show_crash(path: str) -> None:
    from ui.messages import show_error

    show_error(None, QCoreApplication.translate("Main", "程序出现内部错误，已记录（{path}）。请联系运维人员。").format(path=path),
               QCoreApplication.translate("Main", "内部错误"))


def _grab(windows: dict[str, QWidget], target: str) -> None:
    from pathlib import Path

    base = Path(target)
    for role, window in windows.items():
        path = base if len(windows) == 1 else base.with_name(f"{base.stem}-{role}{base.suffix}")
        window.grab().save(str(path))
        print(path)


def _place_on_screen(window: QWidget, role: str, station: Station) -> None:
    """Put a role window on the screen the station configuration gives it."""
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    index = station.config.screens.get(role)
    if index is None or not 0 <= index < len(screens):
        return
    screen = screens[index]
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())


def _lock_kiosk_roles(windows: dict[str, QWidget], station: Station, demo: bool) -> None:
    """Kiosk and board face the public: full screen and locked, except in demo mode."""
    if demo:
        return
    from ui.lockdown import lock_down

    for role in ("kiosk", "board"):
        if role in windows:
            lock_down(windows[role], station)


def _daily_backup(station: Station) -> None:
    from app.sync.backup import backup_if_due

    try:
        backup_if_due(station.data_dir, station.config.backup_keep_days, station.clock.now())
    except OSError:
        log.exception("daily backup failed")  # the status of backups is in the log; work goes on


def run(args: argparse.Namespace) -> int:
    setup_logging()
    app = create_application()
    from ui import crash
    from ui.crash_restart import RoleRestarter
    restarter = RoleRestarter(_show_crash)
    crash.install(restarter)
    if not args.demo:
        from ui.setup.answers import needs_setup

        if needs_setup(args.data_dir):
            from ui.setup.wizard import run_setup_wizard

            if not run_setup_wizard(args.data_dir):
                return 1
    try:
        station = Station.open(StationOptions(data_dir=args.data_dir, demo=args.demo, server_url=args.server_url))
    except StoreCorrupt as exc:
        return _fatal(QCoreApplication.translate("Main", "本地数据库已损坏（{error}），为保护数据未启动。\n"
                      "请运行 yichuang restore --latest 从每日备份恢复，或联系运维人员。").format(error=exc))
    except UserError as err:
        return _fatal(err.message)
    from ui.i18n import install_translator

    install_translator(app, station.config.language)
    app.setApplicationDisplayName(QCoreApplication.translate("Main", "一窗通"))  # again, now in the station's language
    roles = args.roles or station.config.roles
    if args.demo and args.demo_history:
        from app.figures.demo_history import seed_demo_history

        seed_demo_history(station)  # once: four weeks of tickets, cases, ratings, consultations
    if args.demo and "kiosk" in roles:
        from app.kiosk_rules import seed_demo_cases

        seed_demo_cases(station)  # so the kiosk's progress query has cases to find
    if "clerk" in roles and not _login(station, args):
        station.close()
        return 1
    from ui.roles import open_role

    sync = None
    if station.config.server_url:  # requests and the sync engine load only when there is a server
        from app.sync.runner import start_sync_if_configured

        sync = start_sync_if_configured(station)
    if sync is None:  # a standalone station backs itself up; the sync engine does it otherwise
        _daily_backup(station)
    windows: dict[str, QWidget] = {}
    for role in roles:
        window = open_role(role, station, windows)
        _place_on_screen(window, role, station)
        window.show()
    _lock_kiosk_roles(windows, station, args.demo)
    restarter.attach(station, windows)
    _follow_shifts(app, windows, station, args)
    if args.exit_after_show or args.screenshot:
        def finish() -> None:
            if args.screenshot:
                _grab(windows, str(args.screenshot))
            print(f"shown {','.join(windows)} in {time.perf_counter() - _started:.3f}s", flush=True)
            app.quit()

        QTimer.singleShot(50 if args.screenshot else 0, finish)
    code = app.exec()
    if sync is not None:
        sync.stop()
    station.close()
    return code
