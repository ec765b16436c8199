"""The five rating levels (评价等级) and how each target platform codes them.

The levels are fixed by the national 好差评 rules; the codes are not: the national data
standard (GB/T 39046) codes 1 = 非常满意 … 5 = 非常不满意, some provincial interfaces
code them the other way round. ``StationConfig.rating_platform`` picks the mapping, so
no code is hard-wired anywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.errors import UserError
from app.i18n import N_


class RatingLevel(StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied"

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self]

    @property
    def poor(self) -> bool:
        """不满意 and 非常不满意 are poor ratings (差评) and need a follow-up."""
        return self in POOR_LEVELS


# Best first: the order the pad shows them in.
LEVELS: tuple[RatingLevel, ...] = tuple(RatingLevel)
LEVEL_LABELS: dict[RatingLevel, str] = {
    RatingLevel.VERY_SATISFIED: N_("非常满意"),
    RatingLevel.SATISFIED: N_("满意"),
    RatingLevel.BASICALLY_SATISFIED: N_("基本满意"),
    RatingLevel.DISSATISFIED: N_("不满意"),
    RatingLevel.VERY_DISSATISFIED: N_("非常不满意"),
}
POOR_LEVELS: frozenset[RatingLevel] = frozenset({RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED})
NOT_RATED_LABEL = N_("未评价")

# Reasons offered after a poor rating (评价内容); "其他" needs a written comment. The labels
# stay Chinese (stored and sent as they are); marked so that messages naming them are translated.
OTHER_REASON = N_("其他")
POOR_REASONS: tuple[str, ...] = (
    N_("等候时间过长"),
    N_("工作人员态度不好"),
    N_("材料要求没有一次性告知"),
    N_("办事流程繁琐"),
    N_("办理时间过长"),
    N_("需要多次跑腿"),
    N_("窗口服务不规范"),
    OTHER_REASON,
)


class Channel(StrEnum):
    """评价渠道: where the rating was given."""

    HALL_PAD = "hall_pad"  # the citizen-facing pad at a window
    HALL_TERMINAL = "hall_terminal"  # a kiosk or other hall terminal


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.HALL_PAD: N_("政务大厅平板电脑"),
    Channel.HALL_TERMINAL: N_("政务大厅其他终端"),
}


@dataclass(frozen=True)
class PlatformCodes:
    """The codes one target platform expects for levels and channels."""

    name: str
    label: str
    levels: Mapping[RatingLevel, str]
    channels: Mapping[Channel, str]

    def level_code(self, level: RatingLevel) -> str:
        return self.levels[level]

    def level_from_code(self, code: str | int) -> RatingLevel:
        text = str(code).strip()
        for level, value in self.levels.items():
            if value == text:
                return level
        raise UserError("评价等级代码 {code} 不是{platform}规定的代码（应为 {codes}）。", code=text,
                        platform=self.label, codes=list(self.levels.values()))

    def channel_code(self, channel: Channel) -> str:
        return self.channels[channel]


_NATIONAL_CHANNELS: dict[Channel, str] = {Channel.HALL_PAD: "4", Channel.HALL_TERMINAL: "5"}

PLATFORMS: dict[str, PlatformCodes] = {
    "gbt39046": PlatformCodes(
        "gbt39046", N_("国家标准 GB/T 39046"),
        {level: str(i) for i, level in enumerate(LEVELS, start=1)},
        _NATIONAL_CHANNELS,
    ),
    "reverse": PlatformCodes(
        "reverse", N_("省级接口（5 = 非常满意）"),
        {level: str(6 - i) for i, level in enumerate(LEVELS, start=1)},
        _NATIONAL_CHANNELS,
    ),
}


def platform(name: str) -> PlatformCodes:
    """The code mapping called ``name`` (``StationConfig.rating_platform``)."""
    try:
        return PLATFORMS[name]
    except KeyError:
        raise UserError("评价上报平台 {name} 未知，请在工作站设置中选择：{choices}。", name=repr(name),
                        choices=list(PLATFORMS)) from None


def parse_level(value: RatingLevel | str) -> RatingLevel:
    """A level from its code name or its Chinese label."""
    if isinstance(value, RatingLevel):
        return value
    for level in LEVELS:
        if value in (level.value, level.label):
            return level
    raise UserError("评价等级只能是：{levels}。", levels=list(LEVEL_LABELS.values()))
