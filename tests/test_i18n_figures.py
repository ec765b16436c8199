"""The hall figures (app/figures) in English: errors, table titles and notes, row labels, the
window plan's reasons and the exports; the same calls in Chinese without a translator.

Run a fragment not merged yet with ``YICHUANG_TS=/tmp/frag_figures.ts``.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.errors import UserError
from app.figures import periods, rating_figures, server_source
from app.figures.consultations import ConsultationService
from app.figures.export import read_xlsx, write_csv, write_xlsx
from app.figures.planning import PlanSettings, window_plan
from app.figures.queue_figures import queue_figures
from app.figures.server_source import hall_report, table_from_json
from app.station import Station
from app.sync.client import Offline
from tests.intake_helpers import GTGSH
from tests.test_figures_planning import history  # noqa: F401 - the fixture
from tests.test_figures_queue import hall  # noqa: F401 - the fixture

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
NOVEMBER = periods.month(date(2026, 11, 23))


def _error(call: Any, *args: Any, **kwargs: Any) -> UserError:
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    return caught.value


def _english(text: str) -> str:
    assert not CJK.search(text), text
    return text


class _Unreachable:
    """A sync client whose server does not answer."""

    def call(self, *args: Any, **kwargs: Any) -> Any:
        raise Offline("网络不通")

    def close(self) -> None:
        pass


# -- errors ---------------------------------------------------------------------

def test_consultation_errors_in_english(clerk_station: Station, english: None) -> None:
    service = ConsultationService(clerk_station)
    err = _error(service.record, topic="问" * 41, answer="可以。")
    assert _english(err.message) == "Please sum up the question in at most 40 characters."
    assert err.field == "matter" and err.args[0] == "咨询内容请概括在 40 字以内。"  # logs keep the Chinese
    err = _error(service.record, matter_code=GTGSH, answer="答" * 201)
    assert _english(err.message) == "Please keep the answer to at most 200 characters."
    err = _error(service.record, matter_code=GTGSH, answer="可以。", handed_to="部" * 41)
    assert _english(err.message) == "Please keep the department or window handed to within 40 characters."
    err = _error(service.record, matter_code="NO-SUCH", answer="可以。")
    assert _english(err.message).startswith("This matter is not in the catalog.")


def test_consultation_errors_stay_chinese_by_default(clerk_station: Station) -> None:
    service = ConsultationService(clerk_station)
    assert _error(service.record, topic="问" * 41, answer="可以。").message == "咨询内容请概括在 40 字以内。"
    assert _error(service.record, matter_code=GTGSH, answer="可以。", handed_to="部" * 41).message == \
        "转交对象请控制在 40 字以内（部门或窗口名称）。"


def test_plan_settings_and_server_errors_in_english(supervisor_station: Station, english: None) -> None:
    err = _error(window_plan, supervisor_station, PlanSettings(target_minutes=500))
    assert _english(err.message) == "The target wait must be between 1 and 240 minutes."
    err = _error(hall_report, supervisor_station, "queue", NOVEMBER, "window")
    assert _english(err.message) == "This station has no server set up; only this station's figures can be shown."
    supervisor_station.config.server_url = "https://zwfw.example"
    err = _error(hall_report, supervisor_station, "queue", NOVEMBER, "window", client=_Unreachable())
    assert err.message.startswith("Cannot reach the server, so the whole-hall figures are not available (")
    assert "网络不通" in err.message  # the sync client's own reason, in its own words
    assert err.args[0].startswith("无法连接服务器，全大厅统计暂不可用（网络不通）")


def test_export_error_in_english(tmp_path: Path, hall: Station, english: None) -> None:  # noqa: F811
    table = queue_figures(hall, NOVEMBER).table("category")
    err = _error(write_csv, tmp_path / "missing-folder" / "q.csv", table)
    assert err.message.startswith(f"Cannot write the file {tmp_path / 'missing-folder' / 'q.csv'}: ")
    assert err.message.endswith(". Please choose another folder or file name.")


# -- tables -------------------------------------------------------------------

def test_queue_table_in_english_keeps_chinese_for_the_server_and_the_record(hall: Station,  # noqa: F811
                                                                             english: None) -> None:
    figures = queue_figures(hall, NOVEMBER)
    table = figures.table("window")
    assert table.shown_title == "Queue by Window"
    assert table.title == "排队情况（按窗口）"  # what the server words the same way
    assert _english(table.shown_note).startswith("Wait = first call − time the number was taken")
    assert {row[0] for row in table.rows} >= {"Window 1", "Window 2"}
    hours = figures.hour_table(lambda code: code)
    assert hours.shown_title == "Numbers taken by hour"
    assert re.fullmatch(r"“Daily average” is the total divided by the days on which numbers were taken "
                        r"\(\d+ days\)\.", hours.shown_note)
    assert str(NOVEMBER.text) == "11/2026" and NOVEMBER.label == "2026年11月"
    assert str(periods.day(date(2026, 11, 23)).text) == "2026-11-23"
    assert str(periods.week(date(2026, 11, 23)).text) == "2026-11-23 to 2026-11-29"


def test_queue_table_in_chinese(hall: Station) -> None:  # noqa: F811
    table = queue_figures(hall, NOVEMBER).table("window")
    assert table.shown_title == table.title == "排队情况（按窗口）"
    assert table.shown_note.startswith("等候时间 = 首次叫号时间 − 取号时间")
    assert {row[0] for row in table.rows} >= {"1 号窗口", "2 号窗口"}


def test_window_plan_says_why_in_english(history: Station, english: None) -> None:  # noqa: F811
    plan = window_plan(history, PlanSettings(history_weeks=1))
    table = plan.table()
    assert table.shown_title == "Window planning for 12/2026" and table.title == "2026年12月窗口测算"
    assert _english(table.shown_note).startswith("From the 5 working days 2026-11-16 to 2026-11-22 (average "
                                                 "working day), with the Erlang C queueing model: the fewest "
                                                 "windows with which 80% of citizens wait no longer than 15 minutes.")
    why = str(table.rows[0][-1])
    assert re.match(r"About \d+\.\d people an hour and 10\.0 minutes of service on average keep \d+\.\d\d windows "
                    r"busy all the time; with \d+ windows \d+% of citizens are called within 15 minutes", why), why
    assert _english(why)
    assert "All windows pooled" in {b.category_name for b in plan.bands}


def test_window_plan_in_chinese(history: Station) -> None:  # noqa: F811
    plan = window_plan(history, PlanSettings(history_weeks=1))
    table = plan.table()
    assert table.shown_title == "2026年12月窗口测算"
    assert table.shown_note.startswith("依据 2026-11-16 至 2026-11-22 的 5 个工作日（平均工作日），按 Erlang C")
    assert str(table.rows[0][-1]).startswith("约每小时 ") and "个窗口一直在忙" in str(table.rows[0][-1])
    assert "全科窗口合并" in {b.category_name for b in plan.bands}


def test_server_tables_are_shown_in_english_when_worded_as_here(english: None) -> None:
    server_note = rating_figures.RATING_NOTE.split("整改按时率")[0].rstrip("；") + "。"  # as server/figures.py cuts it
    table = table_from_json({"key": "ratings_window", "title": "好差评（按窗口）",
                             "columns": [{"title": "窗口", "kind": "text"}, {"title": "差评率", "kind": "percent"}],
                             "rows": [["3 号窗口", 0.5]], "total": ["合计", 0.5], "note": server_note})
    assert table.shown_title == "Ratings by Window"
    assert _english(table.shown_note).endswith("Poor % = poor ratings ÷ (ratings − upheld appeals).")
    assert table.title == "好差评（按窗口）" and table.columns[0].title == "窗口"  # as it came
    unknown = table_from_json({"title": "新报表", "columns": [], "note": "服务器的说明"})
    assert (unknown.shown_title, unknown.shown_note) == ("新报表", "服务器的说明")


def test_server_summary_in_english(supervisor_station: Station, english: None) -> None:
    class Answering(_Unreachable):
        def call(self, *args: Any, **kwargs: Any) -> Any:
            return type("Answer", (), {"body": {"protocol": 1, "hall": "", "counts": {"ticket.taken": 3, "rating": 1}}})

    supervisor_station.config.server_url = "https://zwfw.example"
    table = server_source.hall_summary(supervisor_station, NOVEMBER, client=Answering())  # type: ignore[arg-type]
    assert table.shown_title == "Records uploaded by the whole hall (this hall)"
    assert table.rows == [("Numbers taken", 3), ("Ratings (incl. not rated)", 1)]
    assert _english(table.shown_note)


def test_exports_follow_the_interface_language(tmp_path: Path, hall: Station, english: None) -> None:  # noqa: F811
    table = queue_figures(hall, NOVEMBER).table("window")
    with write_csv(tmp_path / "q.csv", table).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Window", "Numbers taken", "Concluded", "No-show"]
    assert rows[-1][0] == "Total"
    book = read_xlsx(write_xlsx(tmp_path / "q.xlsx", [table], subtitle="2026"))
    (name, sheet), = book.items()
    assert name == "Queue by Window" and sheet[0][0] == "Queue by Window"
    assert sheet[-1][0] is not None and _english(str(sheet[-1][0]))  # the note


def test_exports_in_chinese(tmp_path: Path, hall: Station) -> None:  # noqa: F811
    table = queue_figures(hall, NOVEMBER).table("window")
    with write_csv(tmp_path / "q.csv", table).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["窗口", "取号"] and rows[-1][0] == "合计"
    assert list(read_xlsx(write_xlsx(tmp_path / "q.xlsx", [table]))) == ["排队情况（按窗口）"]
