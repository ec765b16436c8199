"""The frozen app (PyInstaller folder) starts offscreen and prints Chinese PDFs.

Skipped unless ``YICHUANG_FROZEN_APP`` names the built ``yichuang`` executable
(``.ci/build-packages`` sets it after building).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.frozen

FROZEN = os.environ.get("YICHUANG_FROZEN_APP", "")


@pytest.fixture
def app_exe() -> Path:
    if not FROZEN:
        pytest.skip("YICHUANG_FROZEN_APP is not set (build with .ci/build-packages)")
    path = Path(FROZEN)
    assert path.is_file(), f"YICHUANG_FROZEN_APP={FROZEN} does not exist"
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", YICHUANG_CONFIG_DIR=str(tmp_path / "config"),
               YICHUANG_LOG_DIR=str(tmp_path / "log"), YICHUANG_DATA_DIR=str(tmp_path / "data"))
    return env


def test_frozen_app_shows_the_clerk_window(app_exe: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(app_exe), "--demo", "--data-dir", str(tmp_path / "demo"), "--demo-login", "S001", "--exit-after-show"],
        env=_env(tmp_path), capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "shown clerk" in result.stdout


def test_frozen_print_samples_have_chinese_text(app_exe: Path, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "samples"
    result = subprocess.run([str(app_exe), "print-samples", str(out)], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) >= 6
    for pdf in pdfs:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{pdf.name} has no Chinese text"


def test_frozen_server_runs_its_cli(app_exe: Path, tmp_path: Path) -> None:
    server = app_exe.with_name("yichuang-server" + app_exe.suffix)
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    result = subprocess.run([str(server), "add-hall", "--database-url", url, "--code", "330106001", "--name", "西湖区市民之家"],
                            env=_env(tmp_path), capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout
    assert (tmp_path / "server.sqlite3").exists()  # Alembic migrations ran from the bundle


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_frozen_server_serves_health(app_exe: Path, tmp_path: Path) -> None:
    import time
    import urllib.request

    server = app_exe.with_name("yichuang-server" + app_exe.suffix)
    port = _free_port()
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    process = subprocess.Popen([str(server), "serve", "--port", str(port), "--database-url", url], env=_env(tmp_path),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        body = ""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as response:
                    body = response.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        assert process.poll() is None, process.communicate()[0]
        assert '"status":"ok"' in body.replace(" ", "")
    finally:
        process.terminate()
        process.wait(timeout=30)
