"""What the first-start setup asks, and how the answers are saved (no Qt here).

The station configuration goes to the TOML file; the enrolment code and the
supervisor PIN go to the secret store, never to the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from app import config as config_mod
from app.errors import UserError
from app.kiosk_pin import check_pin_format, has_pin, set_pin
from app.secrets import open_secret_store

ENROLMENT_SECRET = "enrolment-code"  # read by the sync engine on its first connection
PDF_FOLDER = "pdf-folder"  # printer choice: save the PDF to a folder instead of printing
CITIZEN_ROLES = ("kiosk", "board", "pad")

ROLE_LABELS = {
    "clerk": "窗口端（窗口人员受理）",
    "kiosk": "自助终端（群众取号、查询）",
    "board": "叫号屏",
    "pad": "评价器（群众评价）",
}
DOCUMENT_LABELS = {
    "ticket": "排队小票",
    "receipt": "受理回执",
    "supplement_notice": "补正材料通知书",
    "commitment": "告知承诺书",
    "refusal_notice": "不予受理通知书",
    "guide": "办事指南",
}


@dataclass
class SetupAnswers:
    standalone: bool = True
    server_url: str = ""
    enrolment_code: str = ""
    hall_name: str = ""
    office_abbr: str = ""
    region_code: str = ""
    window_no: str = ""
    roles: list[str] = field(default_factory=list)
    screens: dict[str, int] = field(default_factory=dict)
    printers: dict[str, str] = field(default_factory=dict)  # kind -> printer name, or PDF_FOLDER
    kiosk_idle_seconds: int = 90
    elderly_mode_default: bool = False
    language: str = "zh_CN"
    supervisor_pin: str = ""  # empty: keep the PIN already set


def config_path_for(data_dir: Path | None) -> Path:
    """Where the station reads its configuration (the same rule as Station.open)."""
    return data_dir / "station.toml" if data_dir else config_mod.default_path()


def needs_setup(data_dir: Path | None = None) -> bool:
    return not config_path_for(data_dir).exists()


def needs_pin(roles: list[str]) -> bool:
    return any(r in CITIZEN_ROLES for r in roles)


def connection_problems(answers: SetupAnswers) -> list[str]:
    if answers.standalone:
        return []
    problems = []
    if not answers.server_url.strip().startswith(("http://", "https://")):
        problems.append("请填写服务器地址，以 http:// 或 https:// 开头，例如 https://zwfw.example.gov.cn。")
    if not answers.enrolment_code.strip():
        problems.append("请填写注册码：在中心服务器登记本工作站后由管理员提供。")
    return problems


def to_config(answers: SetupAnswers, base: config_mod.StationConfig) -> config_mod.StationConfig:
    """``base`` (the configuration already on disk, or the defaults) updated with the answers."""
    return replace(
        base,
        server_url="" if answers.standalone else answers.server_url.strip().rstrip("/"),
        hall_name=answers.hall_name.strip() or base.hall_name,
        office_abbr=answers.office_abbr.strip() or base.office_abbr,
        region_code=answers.region_code.strip() or base.region_code,
        window_no=answers.window_no.strip() or base.window_no,
        roles=list(answers.roles),
        screens={r: i for r, i in answers.screens.items() if r in answers.roles},
        printers={k: v for k, v in answers.printers.items() if v},
        kiosk_idle_seconds=answers.kiosk_idle_seconds,
        elderly_mode_default=answers.elderly_mode_default,
        language=answers.language,
    )


def load_base(path: Path) -> config_mod.StationConfig:
    """The configuration to start from: the file when it can be read, else the defaults."""
    try:
        return config_mod.load(path)
    except UserError:
        return config_mod.StationConfig()


def save_answers(answers: SetupAnswers, data_dir: Path | None, secrets_data_dir: Path) -> Path:
    """Validate and save everything; raises :class:`UserError` (nothing written) on a problem."""
    path = config_path_for(data_dir)
    problems = connection_problems(answers)
    cfg = to_config(answers, load_base(path))
    problems += config_mod.validate(cfg)
    if problems:
        raise UserError("\n".join(problems))
    secrets = open_secret_store(cfg.secrets_backend, secrets_data_dir)
    if answers.supervisor_pin:
        check_pin_format(answers.supervisor_pin)
    elif needs_pin(cfg.roles) and not has_pin(secrets):
        raise UserError("本机有自助终端、叫号屏或评价器：请设置管理员解锁密码。", field="pin")
    if answers.supervisor_pin:
        set_pin(secrets, answers.supervisor_pin)
    if not answers.standalone:
        secrets.set(ENROLMENT_SECRET, answers.enrolment_code.strip())
    return config_mod.save(cfg, path)
