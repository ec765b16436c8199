"""Print jobs off the UI thread: a stored document goes to the printer set for its kind.

The UI thread never waits on a printer. A failure never loses the document (it is
already in the ``documents`` table): the job reports a Chinese message and the caller
offers 重新打印. With no printer configured and none installed, the PDF is saved to
the station's ``prints`` folder and the message says where.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.documents import document_pdf, mark_printed
from app.station import Station

log = logging.getLogger(__name__)

SAVE_TO_FOLDER = "pdf-folder"  # printer name that saves PDFs instead of printing


class _Signals(QObject):
    done = Signal(str, str)  # doc_id, message ("" or where it was saved)
    failed = Signal(str, str)  # doc_id, Chinese message


class _PrintTask(QRunnable):
    def __init__(self, pdf: bytes, printer: str, folder: Path, doc_id: str, signals: _Signals) -> None:
        super().__init__()
        self.pdf, self.printer, self.folder, self.doc_id, self.signals = pdf, printer, folder, doc_id, signals

    def run(self) -> None:
        try:
            message = self._print()
        except Exception as exc:  # PrinterError carries a Chinese message; anything else is logged
            from printing.dispatch import PrinterError

            if not isinstance(exc, PrinterError):
                log.exception("print job failed")
            if isinstance(exc, PrinterError):
                text = str(exc)
            else:
                text = QCoreApplication.translate("PrintJobs", "打印失败：{error}").format(error=type(exc).__name__)
            self.signals.failed.emit(self.doc_id, text)
            return
        self.signals.done.emit(self.doc_id, message)

    def _print(self) -> str:
        from printing.dispatch import available_printers, print_pdf

        name = self.printer
        if not name and not available_printers():
            name = SAVE_TO_FOLDER
        if name == SAVE_TO_FOLDER:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"{self.doc_id}.pdf"
            path.write_bytes(self.pdf)
            return QCoreApplication.translate("PrintJobs", "未配置打印机，文书已保存为 PDF：{path}").format(path=path)
        print_pdf(self.pdf, name or None)
        return ""


class PrintJobs(QObject):
    """Submit stored documents for printing; listen to ``done`` / ``failed``."""

    done = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, station: Station, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one printer queue per station, in order
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def printer_for(self, kind: str) -> str:
        return self._station.config.printers.get(kind, "")

    def submit(self, doc_id: str, kind: str) -> None:
        pdf = document_pdf(self._station.store, doc_id)
        folder = self._station.data_dir / "prints"
        self._pool.start(_PrintTask(pdf, self.printer_for(kind), folder, doc_id, self._signals))

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and shutdown: wait until queued jobs are finished."""
        return self._pool.waitForDone(msecs)

    def _on_done(self, doc_id: str, message: str) -> None:
        mark_printed(self._station.store, doc_id)
        self.done.emit(doc_id, message)

    def _on_failed(self, doc_id: str, message: str) -> None:
        mark_printed(self._station.store, doc_id, error=message)
        self.failed.emit(doc_id, message)
