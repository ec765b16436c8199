"""The intake workspace end to end: a walk-in, supplement, come back by scanning the
notice, only the open items shown, accept; the receipt stored and its text checked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.documents import document_pdf, documents_for
from app.intake.deadlines import Light
from app.intake.rules import Decision, ItemState
from app.intake.service import IntakeService
from app.station import Station
from tests.intake_helpers import GTGSH, ID_NO, all_received, walk_in
from ui.clerk.window import ClerkWindow
from ui.intake.models import CaseListModel, ChecklistModel
from ui.intake.workspace import IntakeWorkspace


def open_window(qtbot: QtBot, station: Station) -> ClerkWindow:
    window = ClerkWindow(station)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("intake")
    return window


def type_applicant(qtbot: QtBot, ws: IntakeWorkspace, id_no: str) -> None:
    form = ws.applicant_form
    form.person.name.edit.insert("欧阳晓明")  # an input method commits Chinese text at once
    form.person.id_no.edit.setFocus()
    qtbot.keyClicks(form.person.id_no.edit, id_no)
    qtbot.keyClick(form.person.id_no.edit, Qt.Key.Key_Return)  # a scanner ends with Enter
    assert form.person.phone.edit.hasFocus()
    qtbot.keyClicks(form.person.phone.edit, "13812345678")


def close_preview(qtbot: QtBot, ws: IntakeWorkspace) -> None:
    assert ws.preview is not None and ws.preview.page_labels
    ws.preview.reject()
    qtbot.waitUntil(lambda: ws.preview is not None and not ws.preview.isVisible())


def test_walk_in_supplement_return_by_scan_and_accept(qtbot: QtBot, clerk_station: Station, tmp_path: Path) -> None:
    queue = pytest.importorskip("app.queue.service").QueueService(clerk_station)
    category = clerk_station.catalog.categories_for_matter(GTGSH)[0].code
    queue.take_ticket(category)
    ticket = queue.call_next()
    assert ticket is not None
    window = open_window(qtbot, clerk_station)
    ws: IntakeWorkspace = window.page("intake")  # type: ignore[assignment]
    assert "Ctrl+Enter" in ws.buttons[Decision.ACCEPT].text() and "Ctrl+B" in ws.buttons[Decision.SUPPLEMENT].text()
    ws.focus_search()
    qtbot.keyClicks(ws.search, "gtgsh")
    qtbot.keyClick(ws.search, Qt.Key.Key_Return)
    assert ws.draft is not None and "个体工商户设立登记" in ws.matter_title.text()
    total = ws.checklist.rowCount()
    assert ws.table.hasFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Space)  # the first material is handed over
    assert ws.checklist.item(0).state is ItemState.RECEIVED

    type_applicant(qtbot, ws, ID_NO[:-1] + "1")  # one digit wrong
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    error = ws.applicant_form.person.id_no.error
    assert error.isVisibleTo(ws) and "校验位" in error.text() and "申请人" in error.text()
    assert ws.applicant_form.person.name.text() == "欧阳晓明"  # nothing typed is lost
    ws.applicant_form.person.id_no.edit.setText(ID_NO)

    with qtbot.waitSignal(ws.decided) as decided:
        qtbot.keyClick(ws.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    notice = decided.args[0]
    assert notice.notice_code.startswith("BZ-DEMO01-")
    close_preview(qtbot, ws)
    assert ws.draft is None and ws.applicant_form.person.name.text() == ""

    # The citizen comes back: the notice's barcode is scanned into the scan field.
    ws.focus_scan()
    qtbot.keyClicks(ws.scan, notice.notice_code)
    qtbot.keyClick(ws.scan, Qt.Key.Key_Return)
    assert ws.draft is not None and ws.draft.case_id == notice.case_id
    open_rows = ws.checklist.rowCount()
    assert 0 < open_rows < total and ws.open_only.isChecked()
    assert all(ws.checklist.item(r).open for r in range(open_rows))
    assert ws.applicant_form.person.id_no.text() == ID_NO  # nothing typed twice
    assert not ws.buttons[Decision.ACCEPT].isEnabled()
    ws.table.setFocus()
    for row in range(open_rows):
        ws.table.setCurrentIndex(ws.checklist.index(row, 1))
        if ws.checklist.item(row).state is not ItemState.RECEIVED:
            qtbot.keyClick(ws.table, Qt.Key.Key_Space)
    assert ws.buttons[Decision.ACCEPT].isEnabled()
    with qtbot.waitSignal(ws.decided) as decided:
        qtbot.keyClick(ws.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case = decided.args[0]
    assert case.status == "accepted" and case.case_id == notice.case_id
    close_preview(qtbot, ws)

    linked = clerk_station.store.query_one("SELECT ticket_id FROM cases WHERE id = ?", (case.case_id,))
    assert linked["ticket_id"] == ticket.id  # the case is linked to the ticket being served
    kinds = [d.kind for d in documents_for(clerk_station.store, case.case_id)]
    assert kinds == ["supplement_notice", "receipt"]
    if shutil.which("pdftotext"):
        path = tmp_path / "receipt.pdf"
        path.write_bytes(document_pdf(clerk_station.store, case.doc_id))
        text = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
        assert case.case_no in text and "受理通知书" in text and ID_NO not in text and "欧*" in text

    # Scanning the receipt's case number opens the case detail with its timeline.
    qtbot.keyClicks(ws.scan, case.case_no)
    qtbot.keyClick(ws.scan, Qt.Key.Key_Return)
    cases = window.page("cases")
    assert window.tabs.currentWidget() is cases
    assert cases.detail is not None and cases.detail.row.case_no == case.case_no  # type: ignore[attr-defined]
    assert cases.timeline.count() == 2  # type: ignore[attr-defined]
    cases.reprint()  # type: ignore[attr-defined]
    assert cases.preview is not None and cases.preview.page_labels  # type: ignore[attr-defined]
    cases.preview.reject()  # type: ignore[attr-defined]


def test_scanning_an_unknown_code_says_so_and_keeps_it(qtbot: QtBot, clerk_station: Station) -> None:
    window = open_window(qtbot, clerk_station)
    ws: IntakeWorkspace = window.page("intake")  # type: ignore[assignment]
    qtbot.keyClicks(ws.scan, "BZ-NOPE-1")
    qtbot.keyClick(ws.scan, Qt.Key.Key_Return)
    assert "未找到" in ws.scan_message.text() and ws.scan.text() == "BZ-NOPE-1"


def test_situation_choice_rebuilds_the_checklist(qtbot: QtBot, clerk_station: Station) -> None:
    window = open_window(qtbot, clerk_station)
    ws: IntakeWorkspace = window.page("intake")  # type: ignore[assignment]
    ws.open_matter("330106-SCJG-XK-0001")
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    second = clerk_station.catalog.matter("330106-SCJG-XK-0001").situations[1]
    assert ws.draft is not None and ws.draft.situation_code == second.code
    assert ws.checklist.rowCount() == len(second.materials)


def test_case_list_lights(qtbot: QtBot, clerk_station: Station, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.clock import HALL_TZ

    service = IntakeService(clerk_station)
    service.accept(all_received(service, walk_in(service, "330106-SCJG-XK-0003", "S02")))
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=HALL_TZ))
    window = open_window(qtbot, clerk_station)
    cases = window.page("cases")
    model: CaseListModel = cases.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1 and model.case(0).light is Light.RED
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#d3302f")
    assert model.index(0, 0).data() == "超期"


def test_models_pass_the_model_tester(qtmodeltester, clerk_station: Station) -> None:  # type: ignore[no-untyped-def]
    service = IntakeService(clerk_station)
    draft = walk_in(service)
    checklist = ChecklistModel()
    checklist.set_items(draft.items)
    qtmodeltester.check(checklist)
    service.supplement(draft)
    service.accept(all_received(service, walk_in(service)))
    cases = CaseListModel()
    cases.set_rows(service.list_cases())
    qtmodeltester.check(cases)


@pytest.mark.parametrize("reason", ["复印件不清晰", "手写的原因"])
def test_a_reason_marks_a_received_item_non_conforming(reason: str) -> None:
    from app.catalog.loader import default_catalog_path, load_catalog
    from app.intake.records import fresh_items

    model = ChecklistModel()
    situation = load_catalog(default_catalog_path()).matter(GTGSH).situations[0]
    model.set_items(fresh_items(situation))
    model.cycle_state(0)
    assert model.item(0).state is ItemState.RECEIVED
    model.setData(model.index(0, ChecklistModel.COL_REASON), reason)
    assert model.item(0).state is ItemState.NONCONFORMING and model.item(0).reason == reason


def test_the_promised_date_is_shown_with_a_calendar_warning(qtbot: QtBot, clerk_station: Station, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.clock import HALL_TZ

    window = open_window(qtbot, clerk_station)
    ws: IntakeWorkspace = window.page("intake")  # type: ignore[assignment]
    ws.open_matter("330106-SCJG-XK-0003")  # 5 working days
    assert "2026-11-30 前办结" in ws.matter_title.text() and "尚未导入" not in ws.matter_title.text()
    clock.set(datetime(2027, 12, 27, 9, 0, tzinfo=HALL_TZ))
    ws.open_matter("330106-SCJG-XK-0003")
    assert "2027、2028 年的节假日安排尚未导入" in ws.matter_title.text()


def test_received_application_continues_from_the_case_list(qtbot: QtBot, clerk_station: Station) -> None:
    window = open_window(qtbot, clerk_station)
    ws: IntakeWorkspace = window.page("intake")  # type: ignore[assignment]
    ws.open_matter(GTGSH)
    type_applicant(qtbot, ws, ID_NO)
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # 收件暂存
    assert ws.draft is not None and ws.draft.case_id is not None
    case_id = ws.draft.case_id
    ws.new_application()
    cases = window.page("cases")
    cases.select(case_id)  # type: ignore[attr-defined]
    assert cases.continue_button.isEnabled()  # type: ignore[attr-defined]
    cases.continue_button.click()  # type: ignore[attr-defined]
    assert window.tabs.currentWidget() is ws
    assert ws.draft is not None and ws.draft.case_id == case_id
    assert ws.applicant_form.person.name.text() == "欧阳晓明"
