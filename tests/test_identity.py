from __future__ import annotations

import pytest

from app.errors import UserError
from app.identity import (
    check_credit_code,
    check_phone,
    check_resident_id,
    mask_id,
    mask_name,
    mask_phone,
)


def test_valid_resident_id_normalised() -> None:
    assert check_resident_id(" 11010519491231002x ") == "11010519491231002X"
    assert check_resident_id("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "请填写"),
        ("1101051949123100", "应为 18 位"),
        ("110105194912310021", "校验位"),
        ("11010519491331002X", "出生日期"),
        ("11010519491231002A", "只能由数字组成"),
    ],
)
def test_bad_resident_id_says_what_is_wrong(value: str, fragment: str) -> None:
    with pytest.raises(UserError) as err:
        check_resident_id(value, field="代办人身份证号码")
    assert fragment in err.value.message
    assert err.value.field == "代办人身份证号码"
    assert "代办人身份证号码" in err.value.message


def test_credit_code() -> None:
    assert check_credit_code("91110000600037341l") == "91110000600037341L"
    with pytest.raises(UserError, match="校验位"):
        check_credit_code("91110000600037341M")


def test_phone() -> None:
    assert check_phone("138 1234 5678") == "13812345678"
    assert check_phone("0571-87654321") == "057187654321"
    with pytest.raises(UserError, match="11 位手机号"):
        check_phone("12345")


def test_masks() -> None:
    assert mask_id("330102199001011234") == "3301**********1234"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳明月") == "欧***"
    assert "11010519491231002X" not in mask_id("11010519491231002X")
