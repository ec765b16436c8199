"""The Windows installer script (packaging/windows/yichuang.iss) cannot be compiled here (Inno Setup
runs on Windows), so what it relies on is checked against the project instead: the version, the
files it takes, the folder the build writes, and the exit code the kiosk loop stops on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = (WINDOWS / "yichuang.iss").read_text(encoding="utf-8")


def _define(name: str) -> str:
    found = re.search(rf'^#define {name} "(.+)"$', ISS, re.M)
    assert found, name
    return found.group(1)


def _iss_path(relative: str) -> Path:
    """A path of the script, which Inno Setup reads relative to the script's folder."""
    return (WINDOWS / relative.replace("{#Dist}", _define("Dist")).replace("\\", "/")).resolve()


def test_the_installer_version_is_the_projects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert _define("AppVersion") == project["version"]


def test_the_installer_takes_the_folder_the_build_writes() -> None:
    build = load_script("build")
    assert _iss_path(_define("Dist")) == (build.ROOT / "build" / "dist" / "yichuang").resolve()


def test_every_source_file_of_the_installer_exists() -> None:
    sources = re.findall(r'Source: "([^"]+)"', ISS) + re.findall(r"SetupIconFile=(.+)$", ISS, re.M)
    assert len(sources) >= 3
    for source in sources:
        if "{#Dist}" in source:
            continue  # written by the build
        assert _iss_path(source).exists(), source


def test_the_kiosk_loop_stops_on_the_maintenance_exit_code_and_nothing_else() -> None:
    from ui.lockdown import EXIT_MAINTENANCE

    loop = (WINDOWS / "yichuang-kiosk.cmd").read_text(encoding="utf-8")
    assert f'if "%ERRORLEVEL%"=="{EXIT_MAINTENANCE}" exit /b 0' in loop
    assert "goto loop" in loop and "timeout /t 2" in loop  # anything else: start again after 2 s
