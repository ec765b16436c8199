"""Station change notifications: bound methods are held weakly, functions for good, and can be removed."""

from __future__ import annotations

import gc
from typing import Any


class Screen:
    def __init__(self) -> None:
        self.seen: list[frozenset[str]] = []

    def on_changes(self, changes: frozenset[str]) -> None:
        self.seen.append(changes)


def test_a_screen_that_is_gone_stops_listening(station: Any) -> None:
    screen = Screen()
    station.subscribe(screen.on_changes)
    station.notify("queue")
    assert screen.seen == [frozenset({"queue"})]
    before = len(station._listeners)
    del screen
    gc.collect()
    station.notify("queue")  # nothing left to call, nothing raised
    assert len(station._listeners) == before - 1


def test_functions_are_kept_and_unsubscribe_removes(station: Any) -> None:
    seen: list[frozenset[str]] = []

    def keep(changes: frozenset[str]) -> None:
        seen.append(changes)

    station.subscribe(keep)
    screen = Screen()
    station.subscribe(screen.on_changes)
    gc.collect()
    station.notify("cases")
    station.unsubscribe(keep)
    station.unsubscribe(screen.on_changes)
    station.notify("cases")
    assert seen == [frozenset({"cases"})] and screen.seen == [frozenset({"cases"})]
