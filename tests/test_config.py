"""Station configuration: defaults, validation messages in Chinese, round trip, no secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config
from app.errors import UserError
from app.ratings.levels import PLATFORMS


def test_defaults_are_valid() -> None:
    assert config.validate(config.StationConfig()) == []


def test_rating_platforms_agree_with_ratings_module() -> None:
    assert set(config.RATING_PLATFORMS) == set(PLATFORMS)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"server_url": "zwfw.example"}, "http://"),
        ({"roles": ["cashier"]}, "本机角色"),
        ({"kiosk_idle_seconds": 3}, "10 到 3600"),
        ({"region_code": "33"}, "6 位数字"),
        ({"followup_deadline_days": 30}, "5 到 15"),
        ({"rating_platform": "x"}, "评价上报平台"),
        ({"printers": {"poster": "P1"}}, "未知的文书类型"),
    ],
)
def test_validation_says_what_to_fix(change: dict[str, object], fragment: str) -> None:
    cfg = config.StationConfig(**change)  # type: ignore[arg-type]
    problems = config.validate(cfg)
    assert any(fragment in p for p in problems), problems


def test_round_trip_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    cfg = config.StationConfig(server_url="https://zwfw.example", roles=["clerk", "pad"], printers={"receipt": "HP"})
    config.save(cfg, path)
    assert config.load(path) == cfg
    text = path.read_text("utf-8").lower()
    assert not any(word in text for word in ("password", "token", "enrolment", "station_secret"))
    path.write_text("roles = [", "utf-8")
    with pytest.raises(UserError, match="格式错误"):
        config.load(path)
    path.write_text('colour = "red"\n', "utf-8")
    with pytest.raises(UserError, match="未知的设置项"):
        config.load(path)
    path.write_text('kiosk_idle_seconds = "fast"\n', "utf-8")
    with pytest.raises(UserError, match="类型不正确"):
        config.load(path)
