"""Station configuration: one TOML file in the platform config folder.

Declared once here (name, type, default, Chinese label), validated with messages
that say what to fix. Secrets are never in it (see app.secrets).
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from app.errors import UserError
from app.i18n import N_, Text
from app.paths import config_dir

CONFIG_VERSION = 1
ROLES = ("clerk", "kiosk", "board", "pad")
# Kept here, not imported from app.ratings, so reading the config stays cheap; a test checks they agree.
RATING_PLATFORMS = ("gbt39046", "reverse")
DOCUMENT_KINDS = ("ticket", "receipt", "supplement_notice", "commitment", "refusal_notice", "guide")


@dataclass
class StationConfig:
    version: int = CONFIG_VERSION
    server_url: str = ""  # empty: standalone station
    station_code: str = ""
    hall_name: str = "西湖区市民之家"  # i18n: data
    office_abbr: str = "西湖政务"  # i18n: data (the issuing office in document numbers)
    region_code: str = "330106"
    window_no: str = "1"
    roles: list[str] = field(default_factory=lambda: ["clerk"])
    screens: dict[str, int] = field(default_factory=dict)  # role -> screen index
    printers: dict[str, str] = field(default_factory=dict)  # document kind -> printer name
    kiosk_idle_seconds: int = 90
    elderly_mode_default: bool = False
    rating_timeout_seconds: int = 60
    secrets_backend: str = "auto"  # auto | keyring | file
    language: str = "zh_CN"  # zh_CN | en
    offline_login_days: int = 7
    rating_platform: str = "gbt39046"  # which code mapping ratings are reported with
    followup_deadline_days: int = 5  # working days to verify a poor rating
    queue_policy: str = "weighted_aging"
    recalls_before_no_show: int = 2
    no_show_policy: str = "requeue_once"  # requeue_once | void
    review_body: str = "杭州市西湖区人民政府"  # i18n: data (where 行政复议 is applied for)
    rating_supplement_days: int = 15  # days after the first rating a 补充评价 is accepted; 0: none
    backup_keep_days: int = 14  # daily backups of the local store kept this many days
    shared_queue: bool = True  # with a server: tickets and calls go through the hall queue on the server


LABELS: dict[str, str] = {
    "server_url": N_("服务器地址"),
    "station_code": N_("工作站编号"),
    "hall_name": N_("大厅名称"),
    "office_abbr": N_("机关简称"),
    "region_code": N_("行政区划代码"),
    "window_no": N_("窗口号"),
    "roles": N_("本机角色"),
    "kiosk_idle_seconds": N_("自助终端无操作返回首页（秒）"),
    "elderly_mode_default": N_("默认长辈版"),
    "rating_timeout_seconds": N_("评价等待时间（秒）"),
    "secrets_backend": N_("密钥存储方式"),
    "language": N_("界面语言"),
    "rating_platform": N_("评价上报平台"),
    "followup_deadline_days": N_("差评整改时限（工作日）"),
    "rating_supplement_days": N_("补充评价期限（天）"),
    "shared_queue": N_("使用大厅共享队列"),
}


def validate(cfg: StationConfig) -> list[str]:
    """Problems in the interface language (Chinese without a translator); empty when the configuration can be used."""
    return [str(problem) for problem in _problems(cfg)]


def _problems(cfg: StationConfig) -> list[Text]:
    problems: list[Text] = []
    if cfg.server_url and not cfg.server_url.startswith(("http://", "https://")):
        problems.append(Text("服务器地址应以 http:// 或 https:// 开头，例如 https://zwfw.example.gov.cn。"))
    unknown = [r for r in cfg.roles if r not in ROLES]
    if unknown or not cfg.roles:
        problems.append(Text("本机角色只能是 {allowed} 中的一个或多个（现为 {current}）。",
                             allowed=list(ROLES), current=cfg.roles or N_("空")))
    if cfg.secrets_backend not in ("auto", "keyring", "file"):
        problems.append(Text("密钥存储方式只能是 auto、keyring 或 file。"))
    if not 10 <= cfg.kiosk_idle_seconds <= 3600:
        problems.append(Text("自助终端无操作返回首页的时间应在 10 到 3600 秒之间。"))
    if not 5 <= cfg.rating_timeout_seconds <= 600:
        problems.append(Text("评价等待时间应在 5 到 600 秒之间。"))
    if not (cfg.region_code.isdigit() and len(cfg.region_code) == 6):
        problems.append(Text("行政区划代码应为 6 位数字，例如 330106。"))
    if cfg.language not in ("zh_CN", "en"):
        problems.append(Text("界面语言只能是 zh_CN 或 en。"))
    if cfg.rating_platform not in RATING_PLATFORMS:
        problems.append(Text("评价上报平台只能是 {allowed} 之一（现为 {current}）。",
                             allowed=list(RATING_PLATFORMS), current=cfg.rating_platform))
    if not 5 <= cfg.followup_deadline_days <= 15:
        problems.append(Text("差评整改时限应在 5 到 15 个工作日之间。"))
    if cfg.rating_supplement_days < 0:
        problems.append(Text("补充评价期限不能为负数（0 表示不接受补充评价）。"))
    if not 1 <= cfg.backup_keep_days <= 365:
        problems.append(Text("本地数据备份保留天数应在 1 到 365 天之间。"))
    if cfg.recalls_before_no_show < 0:
        problems.append(Text("过号前的重呼次数不能为负数。"))
    bad_kinds = [k for k in cfg.printers if k not in DOCUMENT_KINDS]
    if bad_kinds:
        problems.append(Text("打印机设置中有未知的文书类型：{kinds}。", kinds=bad_kinds))
    return problems


def default_path() -> Path:
    return config_dir() / "station.toml"


def load(path: Path | None = None) -> StationConfig:
    """The configuration at ``path``; defaults when the file does not exist yet."""
    path = path or default_path()
    if not path.exists():
        return StationConfig()
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UserError("工作站配置文件 {path} 格式错误：{error}。请修正或删除后重新运行 yichuang setup。",
                        path=str(path), error=str(exc)) from exc
    known = {f.name for f in fields(StationConfig)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise UserError("工作站配置文件 {path} 含有未知的设置项：{keys}。", path=str(path), keys=unknown)
    cfg = StationConfig(**_coerce(raw))
    problems = validate(cfg)
    if problems:
        raise UserError("工作站配置文件 {path} 有误：\n{problems}", path=str(path), problems="\n".join(problems))
    return cfg


def _coerce(raw: dict[str, Any]) -> dict[str, Any]:
    defaults = asdict(StationConfig())
    out: dict[str, Any] = {}
    for key, value in raw.items():
        expected = type(defaults[key])
        if expected is int and isinstance(value, bool):
            raise UserError("设置项 {key} 应为整数。", key=key)
        if not isinstance(value, expected):
            raise UserError("设置项 {key} 的类型不正确（应为 {expected}）。", key=key, expected=expected.__name__)
        out[key] = value
    return out


def save(cfg: StationConfig, path: Path | None = None) -> Path:
    problems = validate(cfg)
    if problems:
        message = "\n".join(problems)  # already in the interface language
        raise UserError(message)
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(cfg)), "utf-8")
    tmp.replace(path)
    return path
