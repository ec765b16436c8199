"""The catalog file format: the bundled sample, and the Chinese problems a broken file gives."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.catalog.loader import (
    CatalogError,
    catalog_digest,
    default_catalog_path,
    load_catalog,
    main,
    schema_path,
)
from app.catalog.model import Catalog, MaterialForm, MaterialSource, Necessity

Data = dict[str, Any]


@pytest.fixture(scope="module")
def sample_bytes() -> bytes:
    return default_catalog_path().read_bytes()


@pytest.fixture(scope="module")
def sample_data(sample_bytes: bytes) -> Data:
    data: Data = json.loads(sample_bytes)
    return data


@pytest.fixture(scope="module")
def sample(sample_bytes: bytes) -> Catalog:
    return load_catalog(sample_bytes)


def problems_of(data: Data) -> list[str]:
    with pytest.raises(CatalogError) as info:
        load_catalog(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return info.value.problems


# ---------------------------------------------------------------- the sample


def test_sample_validates_against_schema_directly(sample_data: Data) -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(sample_data))
    assert errors == []


def test_sample_size(sample: Catalog) -> None:
    assert len(sample.matters) >= 45
    used = {m.department for m in sample.matters}
    assert len(used) >= 11
    assert used <= {d.code for d in sample.departments}
    assert sample.region_code == "330106"


def test_every_sample_matter_is_in_a_queue_category(sample: Catalog) -> None:
    lonely = [m.name for m in sample.matters if not sample.categories_for_matter(m.code)]
    assert lonely == []


def test_sample_queue_categories(sample: Catalog) -> None:
    prefixes = [c.prefix for c in sample.queue_categories]
    assert 6 <= len(prefixes) <= 9
    assert len(set(prefixes)) == len(prefixes)
    assert any("咨询" in c.name for c in sample.queue_categories)
    assert all(c.service_hours and c.daily_cap > 0 for c in sample.queue_categories)


def test_sample_has_the_named_matters(sample: Catalog) -> None:
    names = {m.name for m in sample.matters}
    for wanted in ("个体工商户设立登记", "有限责任公司设立登记", "食品经营许可", "居民身份证换领", "户口迁移",
                   "失业保险金申领", "结婚登记", "不动产转移登记", "住房公积金提取", "机动车驾驶证换证",
                   "出生医学证明", "建筑工程施工许可"):  # fmt: skip
        assert wanted in names
    gtgsh = next(m for m in sample.matters if m.name == "个体工商户设立登记")
    assert gtgsh.department == "SCJG"
    assert sample.department_name(gtgsh.department).endswith("市场监督管理局")


def test_housing_fund_withdrawal_has_the_usual_situations(sample: Catalog) -> None:
    matter = next(m for m in sample.matters if m.name == "住房公积金提取")
    names = " ".join(s.name for s in matter.situations)
    for word in ("购房", "租房", "退休", "离职"):
        assert word in names


def test_sample_situations_and_materials_are_filled(sample: Catalog) -> None:
    for matter in sample.matters:
        assert 1 <= len(matter.situations) <= 4, matter.name
        assert matter.promised_limit_days <= matter.legal_limit_days, matter.name
        assert matter.conditions and matter.legal_basis and matter.result and matter.pickup, matter.name
        for situation in matter.situations:
            assert 3 <= len(situation.materials) <= 12, (matter.name, situation.name)
            for material in situation.materials:
                assert material.copies >= 1
                assert material.acceptance_standard and material.source_detail, (matter.name, material.name)
                if material.necessity is Necessity.CONDITIONAL:
                    assert material.condition.strip(), (matter.name, material.name)


def test_key_materials_are_never_may_be_missing(sample: Catalog) -> None:
    materials = [x for m in sample.matters for s in m.situations for x in s.materials]
    for material in materials:
        if "居民身份证" in material.name or material.source is MaterialSource.OFFICE:
            assert not material.may_be_missing, material.name
    assert any(x.may_be_missing for x in materials)
    assert any(x.necessity is Necessity.CONDITIONAL for x in materials)
    assert any(x.necessity is Necessity.OPTIONAL for x in materials)
    ids = [x for x in materials if x.name.endswith("居民身份证") and not x.name.startswith(("原", "损坏"))]
    assert ids and all(x.form is MaterialForm.ORIGINAL_AND_COPY for x in ids)


def test_sample_reasons(sample: Catalog) -> None:
    assert "复印件不清晰" in sample.nonconformity_reasons
    reasons = dict(sample.refusal_reasons)
    assert "第三十二条" in reasons["申请事项不属于本行政机关职权范围"]


def test_matter_codes_are_unique_and_lookup_works(sample: Catalog) -> None:
    codes = [m.code for m in sample.matters]
    assert len(set(codes)) == len(codes)
    assert sample.matter(codes[7]).code == codes[7]
    assert all(code.startswith("330106-") for code in codes)


# ---------------------------------------------------------------- sources and digest


def test_load_from_path_str_text_and_bytes(sample_bytes: bytes) -> None:
    path = default_catalog_path()
    by_path = load_catalog(path)
    assert load_catalog(str(path)) == by_path
    assert load_catalog(sample_bytes.decode("utf-8")) == by_path
    assert load_catalog(b"\xef\xbb\xbf" + sample_bytes).digest == by_path.digest  # UTF-8 BOM


def test_digest_ignores_layout_but_not_content(sample_bytes: bytes, sample_data: Data, sample: Catalog) -> None:
    compact = json.dumps(sample_data, ensure_ascii=True, separators=(",", ":")).encode()
    assert catalog_digest(compact) == catalog_digest(sample_bytes) == sample.digest
    changed = copy.deepcopy(sample_data)
    changed["catalog_version"] = "2026.12"
    assert catalog_digest(json.dumps(changed).encode()) != sample.digest
    assert len(sample.digest) == 64


def test_known_good_digest_skips_only_identical_content(sample_data: Data, sample: Catalog) -> None:
    assert load_catalog(json.dumps(sample_data).encode(), known_good_digest=sample.digest) == sample
    data = copy.deepcopy(sample_data)
    _set("matters.3.situations.0.materials.2.copies", 0)(data)
    with pytest.raises(CatalogError):
        load_catalog(json.dumps(data).encode(), known_good_digest=sample.digest)


def test_missing_file_is_a_chinese_problem(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(tmp_path / "nope.json")
    assert info.value.problems == [f"找不到事项目录文件：{tmp_path / 'nope.json'}"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{\n  "catalog_version": "1",\n  "region_code": \n}', "文件不是有效的 JSON：第 4 行第 1 列，此处应为一个值"),
        (b'{\n  "catalog_version": "1"\n  "region_code": "330106"\n}', "第 3 行第 3 列，缺少逗号"),
        (b'{"a": 1,}', "第 1 行第 9 列，字段名必须用英文双引号括起"),
        (b'{"a": "\xff"}', "文件不是 UTF-8 编码"),
    ],
)
def test_bad_json_names_line_and_column(raw: bytes, expected: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(raw)
    assert len(info.value.problems) == 1
    assert expected in info.value.problems[0]


def test_top_level_must_be_an_object() -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(b"[]")
    assert info.value.problems == ["（文件顶层）：该值必须是对象（{…}）（现为 []）"]


# ---------------------------------------------------------------- broken files


def _material(data: Data, m: int = 3, s: int = 0, k: int = 2) -> Data:
    material: Data = data["matters"][m]["situations"][s]["materials"][k]
    return material


def _set(path: str, value: Any) -> Callable[[Data], None]:
    """A mutation setting a dotted path like ``matters.3.type``."""

    def apply(data: Data) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        target[last] = value

    return apply


def _delete(path: str) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        del target[last]

    return apply


def _duplicate_matter_code(data: Data) -> None:
    old, new = data["matters"][5]["code"], data["matters"][4]["code"]
    data["matters"][5]["code"] = new
    for category in data["queue_categories"]:  # keep the categories consistent: one mistake only
        category["matters"] = [code for code in category["matters"] if code != old]


def _duplicate_situation_code(data: Data) -> None:
    situations = data["matters"][0]["situations"]
    situations[1]["code"] = situations[0]["code"]


def _duplicate_material_code(data: Data) -> None:
    _material(data, k=3)["code"] = _material(data, k=1)["code"]


def _conditional_without_condition(data: Data) -> None:
    material = _material(data)
    material["necessity"] = "conditional"
    material.pop("condition", None)


def _conditional_blank_condition(data: Data) -> None:
    _material(data).update(necessity="conditional", condition="   ")


def _promised_over_legal(data: Data) -> None:
    data["matters"][2].update(legal_limit_days=10, promised_limit_days=15)


def _duplicate_prefix(data: Data) -> None:
    data["queue_categories"][1]["prefix"] = data["queue_categories"][0]["prefix"]


def _end_before_start(data: Data) -> None:
    data["queue_categories"][0]["service_hours"][0] = {"start": "12:00", "end": "09:00"}


BROKEN: list[tuple[str, Callable[[Data], None], str]] = [
    ("missing field", _delete("matters.3.name"), "matters[3].name：缺少必填字段“name”（名称）"),
    ("missing top field", _delete("region_code"), "region_code：缺少必填字段“region_code”（行政区划代码）"),
    ("missing material field", _delete("matters.3.situations.0.materials.2.source"),
     "matters[3].situations[0].materials[2].source：缺少必填字段“source”（材料来源）"),
    ("wrong type", _set("matters.0.legal_limit_days", "20"),
     "matters[0].legal_limit_days：法定时限必须是整数（现为 \"20\"）"),
    ("wrong type bool", _set("matters.3.situations.0.materials.2.may_be_missing", "否"),
     "matters[3].situations[0].materials[2].may_be_missing：可容缺必须是布尔值（true 或 false）"),
    ("bad enum", _set("matters.1.type", "行政审批"),
     "matters[1].type：事项类型的取值必须是以下之一：行政许可、行政确认、行政给付、公共服务、行政征收、其他行政权力"),
    ("bad material enum", _set("matters.3.situations.0.materials.2.form", "scan"),
     "matters[3].situations[0].materials[2].form：材料形式的取值必须是以下之一：original、copy、original_and_copy"),
    ("copies 0", _set("matters.3.situations.0.materials.2.copies", 0),
     "matters[3].situations[0].materials[2].copies：份数必须是不小于 1 的整数（现为 0）"),
    ("negative limit", _set("matters.4.legal_limit_days", -1),
     "matters[4].legal_limit_days：法定时限必须是不小于 0 的整数"),
    ("bad region", _set("region_code", "33010"), "region_code：行政区划代码必须是 6 位行政区划代码（如 330106）"),
    ("bad prefix", _set("queue_categories.2.prefix", "cc"),
     "queue_categories[2].prefix：号码前缀必须是一个大写英文字母"),
    ("bad time", _set("queue_categories.0.service_hours.1.end", "5pm"),
     "queue_categories[0].service_hours[1].end：结束时间必须是 HH:MM"),
    ("unknown field", _set("matters.0.remark", "x"), "matters[0].remark：不认识的字段“remark”"),
    ("no situations", _set("matters.6.situations", []), "matters[6].situations：办理情形至少要有 1 项（现为 0 项）"),
    ("empty name", _set("departments.0.name", ""), "departments[0].name：名称不能为空"),
    ("duplicate matter code", _duplicate_matter_code, "matters[5].code：事项编码“"),
    ("duplicate situation code", _duplicate_situation_code,
     "matters[0].situations[1].code：办理情形编码“S01”在本事项内重复"),
    ("duplicate material code", _duplicate_material_code,
     "matters[3].situations[0].materials[3].code：材料编码“CL02”在本情形内重复（与 materials[1] 相同）"),
    ("unknown department", _set("matters.2.department", "XXJ"),
     "matters[2].department：实施部门“XXJ”不在 departments 部门列表中"),
    ("promised over legal", _promised_over_legal,
     "matters[2].promised_limit_days：承诺时限（15 个工作日）不能超过法定时限（10 个工作日）"),
    ("conditional without condition", _conditional_without_condition,
     "matters[3].situations[0].materials[2].condition：必要性为 conditional（情形必要）时必须填写适用情形"),
    ("conditional blank condition", _conditional_blank_condition,
     "matters[3].situations[0].materials[2].condition：必要性为 conditional（情形必要）时必须填写适用情形"),
    ("unknown matter in category", _set("queue_categories.1.matters.0", "330106-XX-XK-9999"),
     "queue_categories[1].matters[0]：事项编码“330106-XX-XK-9999”不在 matters 事项列表中"),
    ("duplicate prefix", _duplicate_prefix, "queue_categories[1].prefix：号码前缀“A”已被 queue_categories[0] 使用"),
    ("hours reversed", _end_before_start,
     "queue_categories[0].service_hours[0]：结束时间 09:00 必须晚于开始时间 12:00"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "expected"), [(m, e) for _, m, e in BROKEN], ids=[n for n, _, _ in BROKEN])
def test_broken_file_names_the_json_path(sample_data: Data, mutate: Callable[[Data], None], expected: str) -> None:
    data = copy.deepcopy(sample_data)
    mutate(data)
    problems = problems_of(data)
    assert any(expected in p for p in problems), problems
    assert len(problems) == 1, problems  # one mistake, one message: no cascades or repeats


def test_wrong_type_on_an_enum_field_is_reported_once(sample_data: Data) -> None:
    data = copy.deepcopy(sample_data)
    _set("matters.0.situations.0.materials.0.medium", 3)(data)
    assert problems_of(data) == ["matters[0].situations[0].materials[0].medium：载体必须是字符串（现为 3）"]


def test_conditional_without_condition_is_reported_once(sample_data: Data) -> None:
    data = copy.deepcopy(sample_data)
    _conditional_without_condition(data)
    assert len(problems_of(data)) == 1


def test_all_problems_are_reported_not_only_the_first(sample_data: Data) -> None:
    data = copy.deepcopy(sample_data)
    for _, mutate, _ in BROKEN[3:]:
        if mutate is not _conditional_blank_condition:
            mutate(data)
    problems = problems_of(data)
    for name, _, expected in BROKEN[3:]:
        if name not in {"conditional blank condition", "conditional without condition", "bad material enum"}:
            assert any(expected in p for p in problems), (name, problems)
    assert len(problems) >= 18


def test_error_message_lists_every_problem(sample_data: Data) -> None:
    data = copy.deepcopy(sample_data)
    _set("matters.0.legal_limit_days", "20")(data)
    _set("matters.2.department", "XXJ")(data)
    with pytest.raises(CatalogError) as info:
        load_catalog(json.dumps(data).encode())
    assert len(info.value.problems) == 2
    assert all(p in str(info.value) for p in info.value.problems)


# ---------------------------------------------------------------- command line


def test_cli_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(default_catalog_path())]) == 0
    assert capsys.readouterr().out.startswith("OK：目录版本 2026.11")


def test_cli_problems(tmp_path: Path, sample_data: Data, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(sample_data)
    _set("matters.3.situations.0.materials.2.copies", 0)(data)
    _promised_over_legal(data)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main([str(broken)]) == 1
    out = capsys.readouterr().out
    assert "共 2 处问题" in out
    assert "matters[3].situations[0].materials[2].copies：份数必须是不小于 1 的整数（现为 0）" in out


def test_cli_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "用法" in capsys.readouterr().err
