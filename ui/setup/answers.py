"""What the first-start setup asks, and how the answers are saved (no widgets here).

The station configuration goes to the TOML file; the enrolment code and the
supervisor PIN go to the secret store, never to the file. Labels and messages are
Simplified Chinese marked with QT_TRANSLATE_NOOP (context ``SetupAnswers``); the
wizard translates them where it shows them (:func:`shown`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import config as config_mod
from app.errors import UserError
from app.kiosk_pin import check_pin_format, has_pin, set_pin
from app.secrets import open_secret_store
from ui.i18n import QT_TRANSLATE_NOOP

STATION_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
ENROLMENT_SECRET = "enrolment-code"  # read by the sync engine on its first connection
PDF_FOLDER = "pdf-folder"  # printer choice: save the PDF to a folder instead of printing
CITIZEN_ROLES = ("kiosk", "board", "pad")
PIN_NEEDED = QT_TRANSLATE_NOOP("SetupAnswers", "本机有自助终端、叫号屏或评价器：请设置管理员解锁密码。")

ROLE_LABELS = {
    "clerk": QT_TRANSLATE_NOOP("SetupAnswers", "窗口端（窗口人员受理）"),
    "kiosk": QT_TRANSLATE_NOOP("SetupAnswers", "自助终端（群众取号、查询）"),
    "board": QT_TRANSLATE_NOOP("SetupAnswers", "叫号屏"),
    "pad": QT_TRANSLATE_NOOP("SetupAnswers", "评价器（群众评价）"),
}
DOCUMENT_LABELS = {
    "ticket": QT_TRANSLATE_NOOP("SetupAnswers", "排队小票"),
    "receipt": QT_TRANSLATE_NOOP("SetupAnswers", "受理回执"),
    "supplement_notice": QT_TRANSLATE_NOOP("SetupAnswers", "补正材料通知书"),
    "commitment": QT_TRANSLATE_NOOP("SetupAnswers", "告知承诺书"),
    "refusal_notice": QT_TRANSLATE_NOOP("SetupAnswers", "不予受理通知书"),
    "guide": QT_TRANSLATE_NOOP("SetupAnswers", "办事指南"),
}


@dataclass
class SetupAnswers:
    standalone: bool = True
    server_url: str = ""
    station_code: str = ""  # given by `yichuang-server add-station` with the enrolment code
    enrolment_code: str = ""
    enrolled: bool = False  # this station already holds its credential: a new code is optional
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


def shown(text: str) -> str:
    """A label or message of this module in the interface language, line by line (a message
    may join several problems; lines from app/ have no translation and stay as they are)."""
    return "\n".join(QCoreApplication.translate("SetupAnswers", line) for line in text.split("\n"))


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
        problems.append(QT_TRANSLATE_NOOP(
            "SetupAnswers", "请填写服务器地址，以 http:// 或 https:// 开头，例如 https://zwfw.example.gov.cn。"))
    if not STATION_CODE.fullmatch(answers.station_code.strip()):
        problems.append(QT_TRANSLATE_NOOP(
            "SetupAnswers", "请填写工作站编码：服务器登记本工作站时显示，例如 H0101（字母和数字）。"))
    if not answers.enrolment_code.strip() and not answers.enrolled:
        problems.append(QT_TRANSLATE_NOOP("SetupAnswers", "请填写一次性登记码：在中心服务器登记本工作站后由管理员提供。"))
    return problems


def to_config(answers: SetupAnswers, base: config_mod.StationConfig) -> config_mod.StationConfig:
    """``base`` (the configuration already on disk, or the defaults) updated with the answers."""
    return replace(
        base,
        server_url="" if answers.standalone else answers.server_url.strip().rstrip("/"),
        station_code=base.station_code if answers.standalone else answers.station_code.strip(),
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
        message = "\n".join(problems)  # each already in the interface language
        raise UserError(message)
    secrets = open_secret_store(cfg.secrets_backend, secrets_data_dir)
    if answers.supervisor_pin:
        check_pin_format(answers.supervisor_pin)
    elif needs_pin(cfg.roles) and not has_pin(secrets):
        raise UserError(PIN_NEEDED, field="pin")
    if answers.supervisor_pin:
        set_pin(secrets, answers.supervisor_pin)
    if not answers.standalone and answers.enrolment_code.strip():
        secrets.set(ENROLMENT_SECRET, answers.enrolment_code.strip())
    return config_mod.save(cfg, path)
