"""Load and validate a matter catalog (事项目录) file.

The file format is documented by ``resources/catalog/catalog.schema.json`` and
``docs/catalog-format.md``. Loading is all-or-nothing: a file is first checked
against the JSON Schema, then against the rules a schema cannot express (unique
codes, references between sections, time limits). Every problem found is reported
with its JSON path; a catalog is returned only when there are none. The problems are
marked Chinese sentences (:class:`app.i18n.Text`): kept and sent in Chinese, shown on the
screen in the interface language.

Command line: ``python -m app.catalog.loader FILE`` prints OK or the problems.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeGuard

from app.catalog.model import (
    Catalog,
    Department,
    Material,
    MaterialForm,
    MaterialMedium,
    MaterialSource,
    Matter,
    Necessity,
    QueueCategory,
    ServiceHours,
    Situation,
)
from app.i18n import N_, Text, tr
from app.paths import resource_path
from app.protocol import canonical_json

if TYPE_CHECKING:  # jsonschema is imported only when a file is validated (start-up stays fast)
    from jsonschema import Draft202012Validator, ValidationError

JsonPath = Sequence[str | int]


_HEADING = N_("事项目录有误：")


class CatalogError(Exception):
    """The catalog cannot be used; it lists every reason.

    ``problems``: in Chinese, for what is kept, sent or printed (sync findings, the server's
    answer, the command line). ``messages`` and ``str()``: in the interface language, for the screen.
    """

    def __init__(self, problems: Iterable[Text]) -> None:
        self.texts: list[Text] = list(problems)
        self.problems: list[str] = [text.chinese() for text in self.texts]
        super().__init__("\n".join([_HEADING, *self.problems]))

    @property
    def messages(self) -> list[str]:
        return [str(text) for text in self.texts]

    def __str__(self) -> str:
        return "\n".join([tr(_HEADING), *self.messages])

    def __reduce__(self) -> tuple[type[CatalogError], tuple[list[Text]]]:
        return (CatalogError, (self.texts,))  # args hold the joined Chinese, not the problems


# ---------------------------------------------------------------- paths


def default_catalog_path() -> pathlib.Path:
    """The sample catalog bundled with the application."""
    return resource_path("catalog", "sample-catalog.json")


def schema_path() -> pathlib.Path:
    """The JSON Schema that documents and checks the catalog format."""
    return resource_path("catalog", "catalog.schema.json")


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    # Resolving "$ref" per value costs ~40% of validation time; the schema has no cycles.
    return Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    body = {k: _inline_refs(v, defs) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {**_inline_refs(defs[ref.removeprefix("#/$defs/")], defs), **body}
    return body


# ---------------------------------------------------------------- public API


def load_catalog(source: pathlib.Path | bytes | str, *, known_good_digest: str = "") -> Catalog:
    """Read, validate and build a catalog.

    ``source`` is a file path (``Path`` or ``str``), the raw file bytes, or a ``str``
    holding the JSON text itself (recognised by its leading ``{``).
    ``known_good_digest``: the :attr:`Catalog.digest` of a catalog this program already
    validated (e.g. kept beside it in the local store); when the content has exactly that
    digest, validation (≈2 ms per matter) is skipped. Any other content is fully validated.
    Raises :class:`CatalogError` listing every problem; never returns a partial catalog.
    """
    data = _parse(_read_source(source))
    digest = hashlib.sha256(canonical_json(data)).hexdigest()
    problems = [] if known_good_digest and digest == known_good_digest else validate_data(data)
    if problems:
        raise CatalogError(problems)
    return _build(data, digest)


def catalog_digest(raw: bytes) -> str:
    """sha256 (hex) of the canonical JSON form: equal for files that differ only in layout."""
    return hashlib.sha256(canonical_json(_parse(raw))).hexdigest()


def validate_data(data: Any) -> list[Text]:
    """All problems of an already parsed catalog: schema first, then semantic rules."""
    problems = list(_schema_problems(data))
    if isinstance(data, dict):
        problems.extend(_semantic_problems(data))
    return _unique(problems)


# ---------------------------------------------------------------- reading


def _read_source(source: pathlib.Path | bytes | str) -> bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return source.encode("utf-8")
    path = pathlib.Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CatalogError([Text("找不到事项目录文件：{path}", path=str(path))]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CatalogError([Text("无法读取事项目录文件 {path}：{reason}", path=str(path), reason=reason)]) from None


_JSON_MESSAGES = {
    "Expecting value": N_("此处应为一个值"),
    "Expecting ',' delimiter": N_("缺少逗号“,”"),
    "Expecting ':' delimiter": N_("缺少冒号“:”"),
    "Expecting property name enclosed in double quotes": N_("字段名必须用英文双引号括起（或多了一个逗号）"),
    "Unterminated string starting at": N_("字符串缺少结尾的双引号"),
    "Invalid control character at": N_("字符串中有非法控制字符（如未转义的换行）"),
    "Invalid \\escape": N_("非法的转义字符"),
    "Extra data": N_("JSON 结束后还有多余内容"),
}


def _parse(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError([Text("文件不是 UTF-8 编码：第 {offset} 个字节无法解码", offset=exc.start + 1)]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = next((zh for en, zh in _JSON_MESSAGES.items() if exc.msg.startswith(en)), exc.msg)
        message = Text("文件不是有效的 JSON：第 {line} 行第 {column} 列，{reason}",
                       line=exc.lineno, column=exc.colno, reason=reason)
        raise CatalogError([message]) from None


# ---------------------------------------------------------------- schema problems

_FIELD_LABELS = {
    "catalog_version": N_("目录版本"),
    "region_code": N_("行政区划代码"),
    "departments": N_("部门列表"),
    "queue_categories": N_("业务类别列表"),
    "matters": N_("事项列表"),
    "nonconformity_reasons": N_("不合规原因列表"),
    "refusal_reasons": N_("不予受理理由列表"),
    "code": N_("编码"),
    "name": N_("名称"),
    "department": N_("实施部门"),
    "type": N_("事项类型"),
    "legal_limit_days": N_("法定时限"),
    "promised_limit_days": N_("承诺时限"),
    "fees": N_("收费标准"),
    "conditions": N_("受理条件"),
    "legal_basis": N_("法律依据"),
    "result": N_("办理结果"),
    "pickup": N_("结果领取方式"),
    "keywords": N_("关键词"),
    "online": N_("可网上办理"),
    "visits": N_("到现场次数"),
    "situations": N_("办理情形"),
    "materials": N_("申请材料"),
    "form": N_("材料形式"),
    "copies": N_("份数"),
    "medium": N_("载体"),
    "necessity": N_("必要性"),
    "condition": N_("适用情形"),
    "may_be_missing": N_("可容缺"),
    "source": N_("材料来源"),
    "prefix": N_("号码前缀"),
    "daily_cap": N_("每日取号上限"),
    "service_hours": N_("服务时段"),
    "start": N_("开始时间"),
    "end": N_("结束时间"),
    "reason": N_("理由"),
}

_TYPE_NAMES = {
    "string": N_("字符串"),
    "integer": N_("整数"),
    "number": N_("数字"),
    "boolean": N_("布尔值（true 或 false）"),
    "array": N_("数组（[…]）"),
    "object": N_("对象（{…}）"),
    "null": "null",
}

# Whole sentences (not a hint glued to the label) so that a translation can order its words.
_PATTERN_PROBLEMS = {
    "region_code": N_("{label}必须是 6 位行政区划代码（如 330106）（现为 {value}）"),
    "prefix": N_("{label}必须是一个大写英文字母（如 A）（现为 {value}）"),
    "start": N_("{label}必须是 HH:MM 格式的时刻（如 09:00）（现为 {value}）"),
    "end": N_("{label}必须是 HH:MM 格式的时刻（如 17:00）（现为 {value}）"),
}
_BAD_CODE = N_("{label}格式不正确（编码只能包含字母、数字、-、_ 和 .）（现为 {value}）")
_FILE_ROOT = N_("（文件顶层）")
_THIS_VALUE = N_("该值")


def format_path(path: JsonPath) -> str:
    """``["matters", 3, "code"]`` -> ``matters[3].code``; the root is shown as （文件顶层）
    (a marked text: translated where it is a value of a :class:`Text`)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or _FILE_ROOT


def _label(path: JsonPath) -> str:
    names = [p for p in path if isinstance(p, str)]
    return _FIELD_LABELS.get(names[-1], names[-1]) if names else _THIS_VALUE


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _schema_problems(data: Any) -> Iterator[Text]:
    errors = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    # A value of the wrong type also fails its enum/pattern: report only the type.
    mistyped = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    for error in errors:
        if error.validator == "type" or tuple(error.absolute_path) not in mistyped:
            yield from _translate(error)


def _translate(error: ValidationError) -> Iterator[Text]:
    path = list(error.absolute_path)
    kind = error.validator
    if kind == "required":
        yield _required(error, path)
    elif kind == "additionalProperties":
        yield from _additional(error, path)
    else:
        yield Text("{path}：{problem}", path=format_path(path), problem=_describe(error, path))


def _required(error: ValidationError, path: list[str | int]) -> Text:
    match = re.match(r"'(.+)' is a required property", error.message)
    field = match.group(1) if match else "?"
    full = format_path([*path, field])
    if "then" in error.schema_path:
        return _no_condition(full)
    return Text("{path}：缺少必填字段“{field}”（{label}）", path=full, field=field, label=_FIELD_LABELS.get(field, field))


def _no_condition(path: str) -> Text:
    return Text("{path}：必要性为 conditional（情形必要）时必须填写适用情形", path=path)


def _additional(error: ValidationError, path: list[str | int]) -> Iterator[Text]:
    allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
    instance = error.instance if isinstance(error.instance, dict) else {}
    for key in sorted(set(instance) - allowed):
        yield Text("{path}：不认识的字段“{field}”（请检查拼写，允许的字段见目录格式说明）",
                   path=format_path([*path, key]), field=key)


def _type_names(expected: str | list[str]) -> str | Text:
    """The JSON type(s) a value must have: 字符串, or 字符串或数字 when several are allowed."""
    names = [_TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)]
    wanted: str | Text = names[0]
    for name in names[1:]:
        wanted = Text("{first}或{second}", first=wanted, second=name)
    return wanted


def _describe(error: ValidationError, path: list[str | int]) -> Text:
    kind, expected, value = error.validator, error.validator_value, error.instance
    label, shown = _label(path), _shown(value)
    if kind == "type":
        return Text("{label}必须是{wanted}（现为 {value}）", label=label, wanted=_type_names(expected), value=shown)
    if kind == "enum":
        options = [str(v) for v in expected]
        return Text("{label}的取值必须是以下之一：{options}（现为 {value}）", label=label, options=options, value=shown)
    if kind == "minimum":
        return Text("{label}必须是不小于 {minimum} 的整数（现为 {value}）", label=label, minimum=expected, value=shown)
    if kind == "maximum":
        return Text("{label}必须是不大于 {maximum} 的数（现为 {value}）", label=label, maximum=expected, value=shown)
    if kind == "pattern":
        names = [p for p in path if isinstance(p, str)]
        return Text(_PATTERN_PROBLEMS.get(names[-1] if names else "", _BAD_CODE), label=label, value=shown)
    if kind == "minItems":
        return Text("{label}至少要有 {minimum} 项（现为 {count} 项）", label=label, minimum=expected, count=len(value))
    if kind == "minLength":
        if expected == 1:
            return Text("{label}不能为空", label=label)
        return Text("{label}至少要有 {minimum} 个字符", label=label, minimum=expected)
    if kind == "maxLength":
        return Text("{label}不能超过 {maximum} 个字符", label=label, maximum=expected)
    return Text("{label}不符合格式要求（{detail}）", label=label, detail=error.message)


# ---------------------------------------------------------------- semantic problems


def _items(data: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, object) pairs of a list field, skipping what the schema already rejected."""
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _duplicates(items: list[tuple[int, dict[str, Any]]], key: str) -> Iterator[tuple[int, str, int]]:
    """(index, value, first index) of each item whose ``key`` repeats an earlier one."""
    seen: dict[str, int] = {}
    for i, item in items:
        value = item.get(key)
        if not isinstance(value, str):
            continue
        if value in seen:
            yield i, value, seen[value]
        else:
            seen[value] = i


def _semantic_problems(data: dict[str, Any]) -> Iterator[Text]:
    yield from _department_problems(data)
    yield from _matter_problems(data)
    yield from _category_problems(data)


def _department_problems(data: dict[str, Any]) -> Iterator[Text]:
    for i, code, first in _duplicates(_items(data, "departments"), "code"):
        yield Text("{path}：部门编码“{code}”重复（与 {first} 相同）",
                   path=f"departments[{i}].code", code=code, first=f"departments[{first}]")


def _matter_problems(data: dict[str, Any]) -> Iterator[Text]:
    matters = _items(data, "matters")
    departments = {d.get("code") for _, d in _items(data, "departments")}
    for i, code, first in _duplicates(matters, "code"):
        yield Text("{path}：事项编码“{code}”重复（与 {first} 相同）",
                   path=f"matters[{i}].code", code=code, first=f"matters[{first}]")
    for i, matter in matters:
        yield from _one_matter_problems(f"matters[{i}]", matter, departments)


def _one_matter_problems(where: str, matter: dict[str, Any], departments: set[Any]) -> Iterator[Text]:
    dept = matter.get("department")
    if isinstance(dept, str) and dept not in departments:
        yield Text("{path}：实施部门“{department}”不在 departments 部门列表中", path=f"{where}.department", department=dept)
    legal, promised = matter.get("legal_limit_days"), matter.get("promised_limit_days")
    if _is_int(legal) and _is_int(promised) and 0 <= legal < promised:
        yield Text("{path}：承诺时限（{promised} 个工作日）不能超过法定时限（{legal} 个工作日）",
                   path=f"{where}.promised_limit_days", promised=promised, legal=legal)
    situations = _items(matter, "situations")
    for j, code, first in _duplicates(situations, "code"):
        yield Text("{path}：办理情形编码“{code}”在本事项内重复（与 {first} 相同）",
                   path=f"{where}.situations[{j}].code", code=code, first=f"situations[{first}]")
    for j, situation in situations:
        yield from _situation_problems(f"{where}.situations[{j}]", situation)


def _situation_problems(where: str, situation: dict[str, Any]) -> Iterator[Text]:
    materials = _items(situation, "materials")
    for k, code, first in _duplicates(materials, "code"):
        yield Text("{path}：材料编码“{code}”在本情形内重复（与 {first} 相同）",
                   path=f"{where}.materials[{k}].code", code=code, first=f"materials[{first}]")
    for k, material in materials:
        if _blank_condition(material):
            yield _no_condition(f"{where}.materials[{k}].condition")


def _category_problems(data: dict[str, Any]) -> Iterator[Text]:
    categories = _items(data, "queue_categories")
    matter_codes = {m.get("code") for _, m in _items(data, "matters")}
    for i, code, first in _duplicates(categories, "code"):
        yield Text("{path}：业务类别编码“{code}”重复（与 {first} 相同）",
                   path=f"queue_categories[{i}].code", code=code, first=f"queue_categories[{first}]")
    for i, prefix, first in _duplicates(categories, "prefix"):
        yield Text("{path}：号码前缀“{prefix}”已被 {first} 使用",
                   path=f"queue_categories[{i}].prefix", prefix=prefix, first=f"queue_categories[{first}]")
    for i, category in categories:
        yield from _one_category_problems(f"queue_categories[{i}]", category, matter_codes)


def _one_category_problems(where: str, category: dict[str, Any], matter_codes: set[Any]) -> Iterator[Text]:
    codes = category.get("matters")
    for j, code in enumerate(codes if isinstance(codes, list) else []):
        if isinstance(code, str) and code not in matter_codes:
            yield Text("{path}：事项编码“{code}”不在 matters 事项列表中", path=f"{where}.matters[{j}]", code=code)
    hours = category.get("service_hours")
    for j, span in enumerate(hours if isinstance(hours, list) else []):
        start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
        if isinstance(start, str) and isinstance(end, str) and start >= end:
            yield Text("{path}：结束时间 {end} 必须晚于开始时间 {start}",
                       path=f"{where}.service_hours[{j}]", end=end, start=start)


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _blank_condition(material: dict[str, Any]) -> bool:
    """A conditional material whose condition is only whitespace (empty/missing is a schema problem)."""
    if material.get("necessity") != "conditional":
        return False
    condition = material.get("condition")
    return isinstance(condition, str) and bool(condition) and not condition.strip()


def _unique(problems: list[Text]) -> list[Text]:
    return list(dict.fromkeys(problems))


# ---------------------------------------------------------------- building


def _build(data: dict[str, Any], digest: str) -> Catalog:
    return Catalog(
        version=data["catalog_version"],
        region_code=data["region_code"],
        departments=tuple(Department(code=d["code"], name=d["name"]) for d in data["departments"]),
        matters=tuple(_build_matter(m) for m in data["matters"]),
        queue_categories=tuple(_build_category(c) for c in data["queue_categories"]),
        nonconformity_reasons=tuple(data["nonconformity_reasons"]),
        refusal_reasons=tuple((r["reason"], r["legal_basis"]) for r in data["refusal_reasons"]),
        digest=digest,
    )


def _build_category(c: dict[str, Any]) -> QueueCategory:
    return QueueCategory(
        code=c["code"],
        prefix=c["prefix"],
        name=c["name"],
        matter_codes=tuple(c["matters"]),
        daily_cap=c["daily_cap"],
        service_hours=tuple(ServiceHours(start=h["start"], end=h["end"]) for h in c["service_hours"]),
        description=c.get("description", ""),
    )


def _build_matter(m: dict[str, Any]) -> Matter:
    return Matter(
        code=m["code"],
        name=m["name"],
        department=m["department"],
        type=m["type"],
        legal_limit_days=m["legal_limit_days"],
        promised_limit_days=m["promised_limit_days"],
        fees=m["fees"],
        conditions=tuple(m["conditions"]),
        legal_basis=tuple(m["legal_basis"]),
        result=m["result"],
        pickup=m["pickup"],
        situations=tuple(_build_situation(s) for s in m["situations"]),
        keywords=tuple(m.get("keywords", ())),
        online=m.get("online", False),
        visits=m.get("visits", 1),
    )


def _build_situation(s: dict[str, Any]) -> Situation:
    return Situation(
        code=s["code"],
        name=s["name"],
        description=s.get("description", ""),
        materials=tuple(_build_material(x) for x in s["materials"]),
    )


def _build_material(x: dict[str, Any]) -> Material:
    return Material(
        code=x["code"],
        name=x["name"],
        form=MaterialForm(x["form"]),
        copies=x["copies"],
        medium=MaterialMedium(x["medium"]),
        necessity=Necessity(x["necessity"]),
        may_be_missing=x["may_be_missing"],
        source=MaterialSource(x["source"]),
        source_detail=x.get("source_detail", ""),
        acceptance_standard=x.get("acceptance_standard", ""),
        condition=x.get("condition", ""),
        notes=x.get("notes", ""),
    )


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """The operator's check of a file; terminal output, in Chinese (no translator on the command line)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("用法：python -m app.catalog.loader 目录文件.json", file=sys.stderr)  # i18n: data
        return 2
    try:
        catalog = load_catalog(pathlib.Path(args[0]))
    except CatalogError as exc:
        print(f"事项目录有误，共 {len(exc.problems)} 处问题：")  # i18n: data
        for problem in exc.problems:
            print(f"  - {problem}")
        return 1
    print(
        f"OK：目录版本 {catalog.version}，{len(catalog.departments)} 个部门，"  # i18n: data
        f"{len(catalog.matters)} 个事项，{len(catalog.queue_categories)} 个业务类别，摘要 {catalog.digest[:16]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
