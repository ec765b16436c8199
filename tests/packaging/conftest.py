"""Packaging tests: the staged .deb tree (fast) and the frozen bundle (marked ``frozen``)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "frozen: runs the PyInstaller bundle named by YICHUANG_FROZEN_APP")
