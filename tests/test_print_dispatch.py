"""Print dispatch: white page images, clear Chinese errors, and a real paint to a PDF printer."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from printing import samples
from printing.dispatch import (
    PrinterError,
    available_printers,
    page_count,
    print_pdf,
    print_pdf_lp,
    print_to,
    render_page_png,
)
from printing.receipt import render_receipt
from printing.ticket import render_ticket_slip

needs_zbar = pytest.mark.skipif(
    any(shutil.which(t) is None for t in ("pdftoppm", "zbarimg", "pdfinfo")), reason="poppler/zbar not installed"
)


@pytest.fixture(scope="module")
def receipt_pdf() -> bytes:
    return render_receipt(samples.sample_receipt(12))


@pytest.fixture(scope="module")
def ticket_pdf() -> bytes:
    return render_ticket_slip(samples.sample_ticket())


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _decode_pdf(path: Path, tmp_path: Path) -> set[str]:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), str(tmp_path / "page")], check=True)
    values: set[str] = set()
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True).stdout
        values.update(line for line in out.splitlines() if line)
    return values


def test_render_page_is_white_and_sized_for_the_dpi(qtbot: QtBot, receipt_pdf: bytes) -> None:
    image = render_page_png(receipt_pdf, 0, 100)
    assert (image.width(), image.height()) == (827, 1169)  # A4 at 100 dpi
    assert not image.hasAlphaChannel()
    assert image.pixelColor(1, 1) == QColor("white")
    assert image.pixelColor(image.width() - 2, image.height() - 2) == QColor("white")
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, 400, 4) if image.pixelColor(x, y).lightness() < 100)
    assert dark > 100  # the title and barcode are actually drawn


def test_render_ticket_is_80mm_wide(qtbot: QtBot, ticket_pdf: bytes) -> None:
    image = render_page_png(ticket_pdf, 0, 203)
    assert image.width() == round(80 / 25.4 * 203)
    assert image.format() == QImage.Format.Format_RGB32


def test_render_page_out_of_range(qtbot: QtBot, ticket_pdf: bytes) -> None:
    with pytest.raises(ValueError):
        render_page_png(ticket_pdf, 1, 72)


def test_page_count(qtbot: QtBot, receipt_pdf: bytes, ticket_pdf: bytes) -> None:
    assert page_count(ticket_pdf) == 1
    assert page_count(receipt_pdf) >= 2


def test_unreadable_pdf_is_a_printer_error(qtbot: QtBot) -> None:
    with pytest.raises(PrinterError, match="无法读取"):
        render_page_png(b"not a pdf", 0, 72)


def test_print_to_missing_printer_names_it(qtbot: QtBot, ticket_pdf: bytes) -> None:
    assert "不存在的打印机" not in available_printers()
    with pytest.raises(PrinterError) as error:
        print_pdf(ticket_pdf, "不存在的打印机")
    assert "未找到打印机「不存在的打印机」" in str(error.value)


def test_print_with_no_default_printer(qtbot: QtBot, ticket_pdf: bytes) -> None:
    if available_printers():
        pytest.skip("this machine has printers installed")
    with pytest.raises(PrinterError, match="未找到打印机"):
        print_pdf(ticket_pdf, None)


@needs_zbar
def test_paint_to_pdf_printer_end_to_end(qtbot: QtBot, tmp_path: Path, receipt_pdf: bytes) -> None:
    out = tmp_path / "printed.pdf"
    print_to(receipt_pdf, _pdf_printer(out), dpi=200)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {page_count(receipt_pdf)}" in info
    assert "(A4)" in info
    data = samples.sample_receipt(12)
    assert _decode_pdf(out, tmp_path) == {data.case_no, data.progress_qr}


@needs_zbar
def test_paint_ticket_from_a_worker_thread(qtbot: QtBot, tmp_path: Path, ticket_pdf: bytes) -> None:
    out = tmp_path / "ticket-printed.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            print_to(ticket_pdf, _pdf_printer(out), dpi=203)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert errors == []
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "227 x" in info  # 80 mm roll kept
    data = samples.sample_ticket()
    assert _decode_pdf(out, tmp_path) == {data.barcode_value, data.qr_value}


def _fake_lp(directory: Path, script: str) -> None:
    directory.mkdir(exist_ok=True)
    lp = directory / "lp"
    lp.write_text("#!/bin/sh\n" + script)
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)


def test_lp_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ticket_pdf: bytes) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterError, match="未找到系统打印命令 lp"):
        print_pdf_lp(ticket_pdf, "前台小票机")


def test_lp_sends_the_pdf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ticket_pdf: bytes) -> None:
    spool = tmp_path / "spool.pdf"
    args = tmp_path / "args.txt"
    _fake_lp(tmp_path / "bin", f'echo "$@" > {args}\ncat > {spool}\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    print_pdf_lp(ticket_pdf, "前台小票机")
    assert spool.read_bytes() == ticket_pdf
    assert "-d 前台小票机" in args.read_text()


def test_lp_unknown_printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ticket_pdf: bytes) -> None:
    _fake_lp(tmp_path / "bin", 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    with pytest.raises(PrinterError, match="未找到打印机「窗口打印机」"):
        print_pdf_lp(ticket_pdf, "窗口打印机")


def test_lp_hanging_times_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ticket_pdf: bytes) -> None:
    _fake_lp(tmp_path / "bin", "exec sleep 30\n")
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    with pytest.raises(PrinterError, match="打印超时"):
        print_pdf_lp(ticket_pdf, "窗口打印机", timeout=0.5)
