"""The problems a broken catalog file gives, in the interface language (app/catalog/loader.py).

On the screen they follow the interface language; what is kept, sent or printed
(``CatalogError.problems``: sync findings, the server's answer, the command line) stays Chinese.
Run against a fragment not merged yet with ``YICHUANG_TS=/tmp/frag_catalog.ts``.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.catalog.loader import CatalogError, default_catalog_path, load_catalog
from app.catalog.repository import active_catalog, install_catalog
from app.i18n import tr
from app.station import Station
from tests.test_catalog_loader import _delete, _duplicate_prefix, _end_before_start, _promised_over_legal, _set

Data = dict[str, Any]
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


@pytest.fixture(scope="module")
def sample_data() -> Data:
    data: Data = json.loads(default_catalog_path().read_bytes())
    return data


def _error(data: Data, *mutations: Callable[[Data], None]) -> CatalogError:
    broken = copy.deepcopy(data)
    for mutate in mutations:
        mutate(broken)
    with pytest.raises(CatalogError) as info:
        load_catalog(json.dumps(broken, ensure_ascii=False).encode("utf-8"))
    return info.value


def _conditional_without_condition(data: Data) -> None:
    material = data["matters"][3]["situations"][0]["materials"][2]
    material["necessity"] = "conditional"
    material.pop("condition", None)


# (mutation, the English on the screen, the Chinese kept for the record)
CASES: list[tuple[Callable[[Data], None], str, str]] = [
    (_delete("matters.3.name"),
     "matters[3].name: the required field “name” (Name) is missing",
     "matters[3].name：缺少必填字段“name”（名称）"),
    (_set("matters.0.legal_limit_days", "20"),
     'matters[0].legal_limit_days: Statutory time limit must be an integer (now "20")',
     'matters[0].legal_limit_days：法定时限必须是整数（现为 "20"）'),
    (_set("matters.3.situations.0.materials.2.may_be_missing", "否"),
     'matters[3].situations[0].materials[2].may_be_missing: May be pending must be a boolean (true or false) (now "否")',
     'matters[3].situations[0].materials[2].may_be_missing：可容缺必须是布尔值（true 或 false）（现为 "否"）'),
    (_set("matters.3.situations.0.materials.2.copies", 0),
     "matters[3].situations[0].materials[2].copies: Copies must be an integer of at least 1 (now 0)",
     "matters[3].situations[0].materials[2].copies：份数必须是不小于 1 的整数（现为 0）"),
    (_set("region_code", "33010"),
     'region_code: Region code must be a 6-digit region code, e.g. 330106 (now "33010")',
     'region_code：行政区划代码必须是 6 位行政区划代码（如 330106）（现为 "33010"）'),
    (_set("queue_categories.0.service_hours.1.end", "5pm"),
     'queue_categories[0].service_hours[1].end: End time must be a time as HH:MM, e.g. 17:00 (now "5pm")',
     'queue_categories[0].service_hours[1].end：结束时间必须是 HH:MM 格式的时刻（如 17:00）（现为 "5pm"）'),
    (_set("matters.0.remark", "x"),
     "matters[0].remark: unknown field “remark” (check the spelling; the catalog format description lists the allowed fields)",
     "matters[0].remark：不认识的字段“remark”（请检查拼写，允许的字段见目录格式说明）"),
    (_set("matters.6.situations", []),
     "matters[6].situations: Situations needs at least 1 item(s) (now 0)",
     "matters[6].situations：办理情形至少要有 1 项（现为 0 项）"),
    (_set("departments.0.name", ""),
     "departments[0].name: Name must not be empty",
     "departments[0].name：名称不能为空"),
    (_conditional_without_condition,
     "matters[3].situations[0].materials[2].condition: a condition must be given when the necessity is conditional",
     "matters[3].situations[0].materials[2].condition：必要性为 conditional（情形必要）时必须填写适用情形"),
    (_set("matters.2.department", "XXJ"),
     "matters[2].department: department “XXJ” is not in the departments list",
     "matters[2].department：实施部门“XXJ”不在 departments 部门列表中"),
    (_promised_over_legal,
     "matters[2].promised_limit_days: the promised time limit (15 working days) cannot exceed the statutory one"
     " (10 working days)",
     "matters[2].promised_limit_days：承诺时限（15 个工作日）不能超过法定时限（10 个工作日）"),
    (_duplicate_prefix,
     "queue_categories[1].prefix: number prefix “A” is already used by queue_categories[0]",
     "queue_categories[1].prefix：号码前缀“A”已被 queue_categories[0] 使用"),
    (_set("queue_categories.1.matters.0", "330106-XX-XK-9999"),
     "queue_categories[1].matters[0]: matter code “330106-XX-XK-9999” is not in the matters list",
     "queue_categories[1].matters[0]：事项编码“330106-XX-XK-9999”不在 matters 事项列表中"),
    (_end_before_start,
     "queue_categories[0].service_hours[0]: end time 09:00 must be later than start time 12:00",
     "queue_categories[0].service_hours[0]：结束时间 09:00 必须晚于开始时间 12:00"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "english_text", "chinese"), CASES)
def test_a_broken_file_is_explained_in_english(english: None, sample_data: Data, mutate: Callable[[Data], None],
                                               english_text: str, chinese: str) -> None:
    error = _error(sample_data, mutate)
    assert error.messages == [english_text]
    assert error.problems == [chinese]  # kept, sent and printed in Chinese whatever the screen shows


@pytest.mark.parametrize(("mutate", "english_text", "chinese"), CASES)
def test_without_a_translator_the_problems_stay_chinese(sample_data: Data, mutate: Callable[[Data], None],
                                                        english_text: str, chinese: str) -> None:
    error = _error(sample_data, mutate)
    assert error.messages == error.problems == [chinese]
    assert str(error) == "事项目录有误：\n" + chinese


def test_the_english_problems_have_no_chinese_left(english: None, sample_data: Data) -> None:
    error = _error(sample_data, *(mutate for mutate, _, _ in CASES if mutate is not CASES[2][0]))  # "否" is data
    assert len(error.messages) >= 12
    for message in error.messages:
        assert not CJK.search(message), message
    assert str(error).startswith("The matter catalog has problems:\n")
    assert all(message in str(error) for message in error.messages)


def test_an_enum_lists_its_values_with_the_languages_separator(english: None, sample_data: Data) -> None:
    error = _error(sample_data, _set("matters.3.situations.0.materials.2.form", "scan"))
    options = tr("、").join(["original", "copy", "original_and_copy"])
    assert error.messages == [
        f'matters[3].situations[0].materials[2].form: Material form must be one of: {options} (now "scan")']


def test_the_top_level_and_the_value_itself_are_named_in_english(english: None) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(b"[]")
    assert info.value.messages == ["(top level of the file): The value must be an object ({…}) (now [])"]
    assert info.value.problems == ["（文件顶层）：该值必须是对象（{…}）（现为 []）"]


@pytest.mark.parametrize(
    ("raw", "english_text", "chinese"),
    [
        (b'{\n  "catalog_version": "1",\n  "region_code": \n}',
         "The file is not valid JSON: line 4, column 1: a value is expected here",
         "文件不是有效的 JSON：第 4 行第 1 列，此处应为一个值"),
        (b'{"a": 1,}',
         "The file is not valid JSON: line 1, column 9: field names must be in straight double quotes"
         " (or there is an extra comma)",
         "文件不是有效的 JSON：第 1 行第 9 列，字段名必须用英文双引号括起（或多了一个逗号）"),
        (b'{"a": "\xff"}',
         "The file is not UTF-8 encoded: byte 8 cannot be decoded",
         "文件不是 UTF-8 编码：第 8 个字节无法解码"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_json_is_explained_in_english(english: None, raw: bytes, english_text: str,
                                                         chinese: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(raw)
    assert info.value.messages == [english_text]
    assert info.value.problems == [chinese]


def test_a_missing_file_in_english_and_in_chinese(english: None, tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(CatalogError) as info:
        load_catalog(missing)
    assert info.value.messages == [f"Matter catalog file not found: {missing}"]
    assert info.value.problems == [f"找不到事项目录文件：{missing}"]


def test_installing_a_bad_catalog_at_the_station_explains_why_and_keeps_the_good_one(
        english: None, station: Station, sample_data: Data) -> None:
    before = active_catalog(station.store)
    assert before is not None
    broken = copy.deepcopy(sample_data)
    broken["catalog_version"] = "2026.12"
    _promised_over_legal(broken)
    with pytest.raises(CatalogError) as info:
        install_catalog(station.store, json.dumps(broken, ensure_ascii=False).encode("utf-8"), source="test")
    assert info.value.messages == [
        "matters[2].promised_limit_days: the promised time limit (15 working days) cannot exceed the statutory one"
        " (10 working days)"]
    after = active_catalog(station.store)
    assert after is not None and after.version == before.version


def test_a_catalog_error_survives_pickling_with_its_problems(english: None) -> None:
    import pickle

    with pytest.raises(CatalogError) as info:
        load_catalog(b"[]")
    copied = pickle.loads(pickle.dumps(info.value))
    assert copied.problems == ["（文件顶层）：该值必须是对象（{…}）（现为 []）"]
    assert copied.messages == ["(top level of the file): The value must be an object ({…}) (now [])"]
