"""One global exception hook: a bug writes a crash report to the log folder and tells
the user briefly; a kiosk never shows a traceback (it restarts its role window)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from app.logs import scrub
from app.paths import log_dir

log = logging.getLogger(__name__)


def write_crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    directory = log_dir() / "crash"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path.write_text(scrub(text), "utf-8")
    return str(path)


def install(on_crash: Callable[[str], None]) -> None:
    """``on_crash(report_path)`` runs on the UI thread's stack after the report is written."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        path = write_crash_report(exc_type, exc, tb)
        log.error("unhandled %s; crash report %s", exc_type.__name__, path)
        try:
            on_crash(path)
        except Exception:  # the crash handler itself must never take the station down
            log.exception("crash handler failed")

    sys.excepthook = hook
