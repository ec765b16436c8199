"""Checking and masking personal and organisation identifiers.

python-stdnum does the check-digit arithmetic (resident ID: GB 11643; unified social
credit code: GB 32100); this module turns its exceptions into messages (Chinese, translated for the
screen: :mod:`app.i18n`) that say which field is wrong and why. Masking rules for
paper and lists live here too.
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric, uscc

from app.errors import UserError
from app.i18n import N_, Text

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def normalize(value: str) -> str:
    """What scanners and keyboards type: full-width digits, spaces, lower-case x."""
    table = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９ＸｘＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＹ"}  # i18n: data
    return re.sub(r"[\s\-]", "", value.translate(table)).upper()


Label = str | Text  # a field's label: a marked fixed text, or a sentence composed of marked pieces
RESIDENT_ID = N_("身份证号码")
CREDIT_CODE = N_("统一社会信用代码")
PHONE = N_("联系电话")
NAME = N_("姓名")


def _fail(template: str, label: Label, **values: object) -> UserError:
    """The error about the field ``label`` (``field`` keeps its Chinese label, as the forms expect)."""
    key = label.chinese() if isinstance(label, Text) else label
    return UserError(template, field=key, label=label, **values)


def check_resident_id(value: str, field: Label = RESIDENT_ID) -> str:
    """A valid 18-digit resident ID (居民身份证号码), normalised; else UserError."""
    number = normalize(value)
    if not number:
        raise _fail(N_("请填写{label}。"), field)
    if len(number) != 18:
        raise _fail(N_("{label}应为 18 位（现为 {count} 位），请核对。"), field, count=len(number))
    if not re.fullmatch(r"\d{17}[\dX]", number):
        raise _fail(N_("{label}只能由数字组成，最后一位可以是 X，请核对。"), field)
    try:
        birth = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise _fail(N_("{label}中的出生日期（第 7–14 位）不是有效日期，请核对。"), field) from None
    if birth > date.today():
        raise _fail(N_("{label}中的出生日期晚于今天，请核对。"), field)
    try:
        ric.validate(number)
    except stdnum_errors.InvalidChecksum:
        raise _fail(N_("{label}校验位（第 18 位）不正确，可能有一位输错，请逐位核对。"), field) from None
    except stdnum_errors.ValidationError:
        raise _fail(N_("{label}格式不正确，请核对。"), field) from None
    return number


def check_credit_code(value: str, field: Label = CREDIT_CODE) -> str:
    code = normalize(value)
    if not code:
        raise _fail(N_("请填写{label}。"), field)
    if len(code) != 18:
        raise _fail(N_("{label}应为 18 位（现为 {count} 位），请核对。"), field, count=len(code))
    try:
        uscc.validate(code)
    except stdnum_errors.InvalidChecksum:
        raise _fail(N_("{label}校验位（第 18 位）不正确，请逐位核对营业执照上的代码。"), field) from None
    except stdnum_errors.ValidationError:
        raise _fail(N_("{label}含有不允许的字符（不使用 I、O、Z、S、V），请核对。"), field) from None
    return code


def check_phone(value: str, field: Label = PHONE) -> str:
    phone = normalize(value)
    if not phone:
        raise _fail(N_("请填写{label}。"), field)
    if _MOBILE.match(phone) or _LANDLINE.match(phone):
        return phone
    raise _fail(N_("{label}应为 11 位手机号或带区号的固定电话（如 0571-87654321），请核对。"), field)


def check_name(value: str, field: Label = NAME) -> str:
    name = value.strip()
    if not name:
        raise _fail(N_("请填写{label}。"), field)
    if len(name) > 50:
        raise _fail(N_("{label}过长（最多 50 个字），请核对。"), field)
    return name


def mask_id(number: str | None) -> str:
    """3301**********1234: first four and last four characters kept."""
    if not number:
        return ""
    if len(number) <= 8:
        return number[:1] + "*" * (len(number) - 1)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """138****5678."""
    if not phone:
        return ""
    digits = phone.replace("-", "")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_name(name: str | None) -> str:
    """张*, 欧阳**; organisation names (long) keep their head and tail."""
    if not name:
        return ""
    if len(name) == 1:
        return name
    if len(name) <= 4:
        return name[0] + "*" * (len(name) - 1)
    return name[:2] + "*" * (len(name) - 4) + name[-2:]
