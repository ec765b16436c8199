"""The intake documents as printed: text extracted with pdftotext, barcodes decoded from
pages rendered with pdftoppm and read with zbarimg."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.documents import document_pdf
from app.intake import progress_lookup
from app.intake.applicant import Person
from app.intake.samples import sample_intake_documents
from app.intake.service import IntakeService
from app.station import Station
from tests.intake_helpers import AGENT_ID, APPLICANT, ID_NO, NAME, PHONE, all_received, waivable_subject, walk_in

needs_tools = pytest.mark.skipif(any(shutil.which(t) is None for t in ("pdftotext", "pdftoppm", "zbarimg")),
                                 reason="poppler-utils / zbar-tools not installed")


def text_of(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def barcodes(tmp_path: Path, pdf: bytes) -> set[str]:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), str(tmp_path / "page")], check=True)
    found: set[str] = set()
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True).stdout
        found.update(line.strip() for line in out.splitlines() if line.strip())
        png.unlink()
    return found


@needs_tools
def test_supplement_notice_lists_every_item_and_its_barcode_resumes(clerk_station: Station, tmp_path: Path) -> None:
    service = IntakeService(clerk_station)
    draft = walk_in(service)
    first = draft.items[0]
    draft = service.update_item(draft, first.material.code, state="nonconforming", reason="证件已过期")
    notice = service.supplement(draft)
    pdf = document_pdf(clerk_station.store, notice.doc_id)
    text = text_of(tmp_path, pdf)
    told = [i for i in draft.items if i.on_notice]
    assert len(told) >= 3
    for item in told:
        assert re.sub(r"\s+", "", item.material.name) in text, item.material.name
    assert "证件已过期" in text and "未提交" in text
    assert ID_NO not in text and "1101**********002X" in text and NAME not in text
    assert "2026年12月7日" in text
    codes = barcodes(tmp_path, pdf)
    assert notice.notice_code in codes
    scanned = next(c for c in codes if c.startswith("BZ-"))
    assert service.resume(scanned).case_id == notice.case_id


@needs_tools
def test_receipt_barcode_is_the_case_number_and_checks_progress(clerk_station: Station, tmp_path: Path) -> None:
    service = IntakeService(clerk_station)
    case = service.accept(all_received(service, walk_in(service)))
    pdf = document_pdf(clerk_station.store, case.doc_id)
    text = text_of(tmp_path, pdf)
    assert case.case_no in text and case.doc_no in text and "138****5678" in text
    assert PHONE not in text and ID_NO not in text
    codes = barcodes(tmp_path, pdf)
    assert case.case_no in codes
    assert progress_lookup(clerk_station, case.case_no) is not None


@needs_tools
def test_commitment_and_refusal_notice_state_what_the_law_requires(clerk_station: Station, tmp_path: Path) -> None:
    service = IntakeService(clerk_station)
    matter, situation = waivable_subject(clerk_station)
    draft = all_received(service, walk_in(service, matter, situation,
                                          replace(APPLICANT, agent=Person("李四", "resident_id", AGENT_ID, "13912345678"))))
    owed = next(i for i in draft.items if i.material.may_be_missing and i.material.is_required)
    draft = service.update_item(draft, owed.material.code, state="missing")
    commitment = service.accept_with_gaps(draft)
    text = text_of(tmp_path, document_pdf(clerk_station.store, commitment.doc_id))
    assert re.sub(r"\s+", "", owed.material.name) in text and "2026年11月30日" in text and "签字" in text
    assert commitment.case_no in text
    reason, basis = clerk_station.catalog.refusal_reasons[2]
    refusal = service.refuse(walk_in(service), reason, basis)
    text = text_of(tmp_path, document_pdf(clerk_station.store, refusal.doc_id))
    assert re.sub(r"\s+", "", reason) in text and re.sub(r"\s+", "", basis) in text
    assert "行政复议" in text and "六十日" in text and "行政诉讼" in text and "六个月" in text
    for secret in (ID_NO, AGENT_ID, PHONE, NAME):
        assert secret not in text


@needs_tools
def test_sample_intake_documents_come_from_the_real_service(station: Station, tmp_path: Path) -> None:
    docs = sample_intake_documents(station)
    assert set(docs) == {"receipt.pdf", "supplement-notice.pdf", "commitment.pdf", "refusal-notice.pdf"}
    for name, pdf in docs.items():
        text = text_of(tmp_path, pdf)
        assert "DEMO01-" in text, name
        assert "11010519491231002X" not in text and "13812345678" not in text
    assert station.store.query_one("SELECT COUNT(*) AS n FROM cases")["n"] == 0  # nothing left on the real station
