"""``yichuang print-samples DIR``: every document, the intake ones made by the real service."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.__main__ import main

DOCUMENTS = ("ticket.pdf", "receipt.pdf", "supplement-notice.pdf", "commitment.pdf", "refusal-notice.pdf",
             "guide.pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_samples_writes_every_document(tmp_path: Path) -> None:
    assert main(["print-samples", str(tmp_path)]) == 0
    texts = {}
    for name in DOCUMENTS:
        assert (tmp_path / name).stat().st_size > 1000, name
        texts[name] = subprocess.run(["pdftotext", "-layout", str(tmp_path / name), "-"], capture_output=True,
                                     text=True, check=True).stdout
    assert "西湖政务受〔" in texts["receipt.pdf"]  # numbered by the real intake service
    assert "补正" in texts["supplement-notice.pdf"] and "容缺" in texts["commitment.pdf"]
    assert "行政复议" in texts["refusal-notice.pdf"]
    assert not any("11010519491231002X" in t for t in texts.values())  # the sample ID only ever masked
