"""Where things live: bundled resources, and the station's data, config and log folders.

Resources are found one way from a source checkout, an installed wheel and a
PyInstaller bundle (``sys._MEIPASS``), so every caller uses :func:`resource_path`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "yichuang"
APP_AUTHOR = "yichuang"


def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DroidSansFallbackFull.ttf")``."""
    return resources_root().joinpath(*parts)


def _override(env: str) -> Path | None:
    value = os.environ.get(env)
    return Path(value) if value else None


def data_dir() -> Path:
    """The station's data folder (local store, backups); ``YICHUANG_DATA_DIR`` overrides."""
    return _override("YICHUANG_DATA_DIR") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return _override("YICHUANG_CONFIG_DIR") or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return _override("YICHUANG_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
