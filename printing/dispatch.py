"""Send a finished PDF to a printer: QtPdf renders each page, Qt paints it on a QPrinter.

Called from a worker thread: nothing here creates a widget. Every failure the user
can act on (no printer, printer offline, ``lp`` missing or failing) raises
:class:`PrinterError` with a Chinese message; nothing waits without a time limit.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

LP_TIMEOUT_SECONDS = 30.0
POINTS_PER_INCH = 72.0


class PrinterError(Exception):
    """A printing failure the clerk can act on; ``str(error)`` is the Chinese message."""


@contextmanager
def _opened(pdf: bytes) -> Iterator[QPdfDocument]:
    """A loaded QPdfDocument over ``pdf``; the buffer lives as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise PrinterError("文书内容无法读取，无法打印，请重新生成后再试")
        yield document
    finally:
        document.close()
        buffer.close()


def _render_white(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` at ``dpi`` on an opaque white image (QtPdf leaves it transparent)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def page_count(pdf: bytes) -> int:
    with _opened(pdf) as document:
        return int(document.pageCount())


def render_page_png(pdf: bytes, page: int, dpi: int) -> QImage:
    """One page as a white RGB image at ``dpi`` (for preview, tests and printing)."""
    with _opened(pdf) as document:
        if not 0 <= page < document.pageCount():
            raise ValueError(f"page {page} out of range 0..{document.pageCount() - 1}")
        return _render_white(document, page, dpi)


def available_printers() -> list[str]:
    """Names of the printers the system knows (empty when CUPS has none)."""
    return [str(name) for name in QPrinterInfo.availablePrinterNames()]


def _printer_info(printer_name: str | None) -> QPrinterInfo:
    if printer_name is None:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterError("未找到打印机：系统中没有设置默认打印机，请在打印设置中选择打印机")
        return info
    if printer_name not in available_printers():
        raise PrinterError(f"未找到打印机「{printer_name}」，请检查打印机是否已安装并连接")
    return QPrinterInfo.printerInfo(printer_name)


def open_printer(printer_name: str | None, dpi: int = 300) -> QPrinter:
    """A QPrinter for a real, ready printer, or PrinterError saying what is wrong."""
    info = _printer_info(printer_name)
    name = info.printerName()
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrinterError(f"打印机「{name}」处于脱机或故障状态，请检查电源、纸张和连接后重试")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(dpi)
    if not printer.isValid():
        raise PrinterError(f"打印机「{name}」不可用，请检查打印机设置")
    return printer


def _fit_page(printer: QPrinter, points: QSizeF) -> None:
    """Paper the size of the PDF page, no margins: the PDF already has its own."""
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setFullPage(True)
    printer.setPageLayout(layout)


def _target(painter: QPainter, image: QImage) -> QRectF:
    """Where the page image goes on the device: as large as fits, aspect kept, top-left."""
    area = painter.viewport()
    scale = min(area.width() / image.width(), area.height() / image.height())
    return QRectF(0, 0, image.width() * scale, image.height() * scale)


def print_to(pdf: bytes, printer: QPrinter, *, dpi: int = 300, job_name: str = "一窗通文书") -> None:
    """Paint every page of ``pdf`` on ``printer`` (a device or a PdfFormat file)."""
    name = printer.printerName() or printer.outputFileName()
    with _opened(pdf) as document:
        _fit_page(printer, document.pagePointSize(0))
        printer.setDocName(job_name)
        resolution = min(dpi, printer.resolution()) if printer.resolution() > 0 else dpi
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(f"无法连接打印机「{name}」，打印机可能已脱机，请检查后重试")
        try:
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrinterError(f"打印机「{name}」无法继续打印第{page + 1}页，请检查纸张后重试")
                image = _render_white(document, page, resolution)
                painter.drawImage(_target(painter, image), image)
        finally:
            if not painter.end():
                raise PrinterError(f"打印任务未能提交到打印机「{name}」，请重试")


def print_pdf(pdf: bytes, printer_name: str | None, *, dpi: int = 300) -> None:
    """Print ``pdf`` on the named printer (None: the system default) through Qt."""
    print_to(pdf, open_printer(printer_name, dpi), dpi=dpi)


def _lp_failure(printer_name: str | None, stderr: str) -> PrinterError:
    target = f"「{printer_name}」" if printer_name else "（默认打印机）"
    lowered = stderr.lower()
    if "does not exist" in lowered or "no default destination" in lowered:
        return PrinterError(f"未找到打印机{target}，请检查打印机是否已安装并连接")
    if "not accepting" in lowered or "disabled" in lowered or "stopped" in lowered:
        return PrinterError(f"打印机{target}已暂停或脱机，请检查后重试")
    detail = stderr.strip().splitlines()[0] if stderr.strip() else "未知错误"
    return PrinterError(f"打印机{target}打印失败（系统提示：{detail}）")


def print_pdf_lp(pdf: bytes, printer_name: str | None, *, timeout: float = LP_TIMEOUT_SECONDS) -> None:
    """Print ``pdf`` with the system ``lp`` command (CUPS), without Qt."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError("未找到系统打印命令 lp，请安装并启用 CUPS 打印服务")
    command = [lp, "-s", "-t", "一窗通文书"]
    if printer_name:
        command += ["-d", printer_name]
    try:
        result = subprocess.run([*command, "-"], input=pdf, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(f"打印超时（{timeout:g}秒内无响应），请检查打印服务和打印机连接") from exc
    except OSError as exc:
        raise PrinterError(f"无法启动系统打印命令 lp：{exc.strerror or exc}") from exc
    if result.returncode != 0:
        raise _lp_failure(printer_name, result.stderr.decode("utf-8", "replace"))
