"""app/i18n.py: sentences composed in app/ follow the interface language the UI installs."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from datetime import date

import pytest

from app import i18n
from app.errors import NotFound, UserError
from app.i18n import Text

ENGLISH = {
    ("", "今天没有 {ticket_no} 号，请核对号码。"): "There is no number {ticket_no} today; please check it.",
    ("", "已受理"): "Accepted",
    ("", "办件 {case_no} 已{status}。"): "Case {case_no} is {status}.",
    ("", "、"): ", ",
    ("", "业务类别 {codes} 不在当前事项目录中。"): "Service categories {codes} are not in the catalog.",
    ("", "预约日期是 {day:%Y年%m月%d日}。"): "The booking is on {day:%d %b %Y}.",
    ("AppLabels", "居民身份证"): "Resident ID card",
}


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(lambda context, source: ENGLISH.get((context, source), source))
    yield
    i18n.install(None)


def test_without_a_translator_everything_stays_chinese() -> None:
    err = NotFound("今天没有 {ticket_no} 号，请核对号码。", field="ticket_no", ticket_no="A012")
    assert err.message == str(err) == "今天没有 A012 号，请核对号码。"
    assert err.field == "ticket_no"


def test_the_installed_translator_words_the_message(english: None) -> None:
    err = UserError("今天没有 {ticket_no} 号，请核对号码。", ticket_no="A012")
    assert str(err) == "There is no number A012 today; please check it."
    assert err.text.chinese() == "今天没有 A012 号，请核对号码。"
    assert err.args == ("今天没有 A012 号，请核对号码。",)  # logs and pickles keep the source


def test_fixed_labels_among_the_values_are_translated_data_is_not(english: None) -> None:
    assert str(Text("办件 {case_no} 已{status}。", case_no="已受理-1", status="已受理")) == "Case 已受理-1 is Accepted."
    assert str(Text("{x}", x="居民身份证")) == "Resident ID card"  # found among the UI's AppLabels
    assert str(Text("{x}", x="张三")) == "张三"


def test_lists_are_joined_in_the_language_and_dates_take_the_translations_format(english: None) -> None:
    assert str(UserError("业务类别 {codes} 不在当前事项目录中。", codes=["A", "B"])) == \
        "Service categories A, B are not in the catalog."
    assert str(Text("预约日期是 {day:%Y年%m月%d日}。", day=date(2026, 11, 24))) == "The booking is on 24 Nov 2026."
    i18n.install(None)
    assert str(Text("预约日期是 {day:%Y年%m月%d日}。", day=date(2026, 11, 24))) == "预约日期是 2026年11月24日。"


def test_braces_in_data_are_not_read_as_placeholders(english: None) -> None:
    assert str(UserError("{detail}", detail="服务器说 {oops}")) == "服务器说 {oops}"
    assert str(UserError("服务器说 {oops}")) == "服务器说 {oops}"  # no values: nothing is formatted


def test_a_user_error_survives_pickling_in_the_source_language() -> None:
    err = pickle.loads(pickle.dumps(UserError("今天没有 {ticket_no} 号，请核对号码。", ticket_no="A012")))
    assert str(err) == "今天没有 A012 号，请核对号码。"


def test_a_sentence_kept_as_data_reads_back_the_same(english: None) -> None:
    text = Text("办件 {case_no} 已{status}。", case_no="C1", status=Text("{x}", x="已受理"))
    data = json.loads(json.dumps(text.to_data(), ensure_ascii=False))
    back = Text.from_data(data)
    assert back == text and str(back) == "Case C1 is Accepted."
    assert Text.from_data({"template": "{codes}", "values": {"codes": ["A", "B"]}}).chinese() == "A、B"
    with pytest.raises(ValueError):
        Text.from_data({"values": {}})
