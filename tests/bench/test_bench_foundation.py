"""Foundation benchmarks: the floors (durable commit, bare window) and what a clerk feels
(cold start to the clerk window, one keystroke's search on a 5,000-matter catalog)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.catalog.loader import default_catalog_path, load_catalog
from app.catalog.search import MatterIndex
from app.store.db import connect

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
w.resize(800, 600)
w.show()
print("shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _time_until_shown(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until it prints its 'shown' line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    assert line.startswith("shown"), line
    return elapsed


def test_bench_baseline_durable_commit(benchmark: Any, tmp_path: Path) -> None:
    conn = connect(tmp_path / "floor.sqlite3")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    counter = iter(range(10**9))

    def commit_one() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (f"row {next(counter)}",))
        conn.execute("COMMIT")

    benchmark(commit_one)
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone()[0] >= 1


def big_index(size: int = 5000) -> MatterIndex:
    sample = load_catalog(default_catalog_path())
    matters = []
    for i in range(size):
        base = sample.matters[i % len(sample.matters)]
        matters.append(replace(base, code=f"{base.code}-{i:05d}", name=base.name if i < len(sample.matters)
                               else f"{base.name}（第{i // len(sample.matters)}批）"))
    return MatterIndex(matters, {d.code: d.name for d in sample.departments})


def test_bench_catalog_search(benchmark: Any) -> None:
    index = big_index()
    assert len(index) == 5000
    queries = ["g", "gt", "gtg", "gtgs", "gtgsh", "个体", "公积金", "zfgjj", "330106-SCJG", "shenfenzheng"]
    cycle = iter(range(10**9))

    def keystroke() -> list[Any]:
        return index.search(queries[next(cycle) % len(queries)])

    result = benchmark(keystroke)
    assert isinstance(result, list)
    assert index.search("gtgsh")[0].name == "个体工商户设立登记"


def test_bench_baseline_bare_window(benchmark: Any) -> None:
    env = _env()
    benchmark.pedantic(_time_until_shown, args=([sys.executable, "-c", BARE_WINDOW], env), rounds=5, iterations=1)


@pytest.fixture(scope="module")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station created once, so the benchmark measures a cold process, not seeding."""
    directory = tmp_path_factory.mktemp("coldstart")
    cmd = [sys.executable, "-m", "app", "--demo", "--data-dir", str(directory), "--demo-login", "S001",
           "--exit-after-show"]
    env = _env()
    env["YICHUANG_LOG_DIR"] = str(directory / "log")
    _time_until_shown(cmd, env)
    return directory


def test_bench_cold_start(benchmark: Any, seeded_data_dir: Path) -> None:
    cmd = [sys.executable, "-m", "app", "--demo", "--data-dir", str(seeded_data_dir), "--demo-login", "S001",
           "--exit-after-show"]
    env = _env()
    env["YICHUANG_LOG_DIR"] = str(seeded_data_dir / "log")
    benchmark.pedantic(_time_until_shown, args=(cmd, env), rounds=5, iterations=1)
