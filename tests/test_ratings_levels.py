"""The five levels and their codes per target platform."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.ratings.levels import LEVELS, PLATFORMS, POOR_LEVELS, RatingLevel, parse_level, platform


def test_five_levels_in_order_and_the_last_two_are_poor() -> None:
    assert [level.label for level in LEVELS] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    assert {RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED} == POOR_LEVELS
    assert [level.poor for level in LEVELS] == [False, False, False, True, True]


def test_national_codes_one_is_very_satisfied() -> None:
    codes = platform("gbt39046")
    assert [codes.level_code(level) for level in LEVELS] == ["1", "2", "3", "4", "5"]
    assert codes.level_from_code("5") is RatingLevel.VERY_DISSATISFIED
    assert codes.level_from_code(1) is RatingLevel.VERY_SATISFIED


def test_reverse_codes_five_is_very_satisfied() -> None:
    codes = platform("reverse")
    assert codes.level_code(RatingLevel.VERY_SATISFIED) == "5"
    assert codes.level_code(RatingLevel.VERY_DISSATISFIED) == "1"
    assert codes.level_from_code("4") is RatingLevel.SATISFIED


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_every_mapping_round_trips_both_ways(name: str) -> None:
    codes = platform(name)
    assert len(set(codes.levels.values())) == 5
    for level in LEVELS:
        assert codes.level_from_code(codes.level_code(level)) is level


def test_unknown_code_and_platform_are_user_errors() -> None:
    with pytest.raises(UserError, match="评价等级代码 9"):
        platform("gbt39046").level_from_code("9")
    with pytest.raises(UserError, match="未知"):
        platform("nowhere")


def test_parse_level_from_label_or_name() -> None:
    assert parse_level("不满意") is RatingLevel.DISSATISFIED
    assert parse_level("satisfied") is RatingLevel.SATISFIED
    with pytest.raises(UserError):
        parse_level("一般")
