"""A station in English hears the REAL server's refusals in English: the server sends the
marked template with its values (server/messages.py), the station words it (app/i18n.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import ServerProcess, logged_in_station

from app.errors import UserError
from app.queue import queue_for
from app.queue.hall import HallQueue

pytestmark = pytest.mark.usefixtures("any_hour")


def _queue(server: ServerProcess, tmp_path: Path, name: str, staff: int, window_no: str) -> HallQueue:
    queue = queue_for(logged_in_station(server, tmp_path / name, staff, window_no))
    assert isinstance(queue, HallQueue)
    return queue


def _refusal(queue: HallQueue, number: str) -> UserError:
    with pytest.raises(UserError) as caught:
        queue.call_ticket(number)
    return caught.value


def test_a_number_another_window_has_is_refused_in_the_interface_language(
        server: ServerProcess, tmp_path: Path, english: None) -> None:
    window_3 = _queue(server, tmp_path, "a", 1, "3")
    window_5 = _queue(server, tmp_path, "b", 2, "5")
    number = window_3.take_ticket("SSDJ").ticket.ticket_no
    window_3.call_ticket(number)

    err = _refusal(window_5, number)
    assert err.message == f"{number} has been called by window 3"
    assert err.args[0] == f"{number} 已被 3 号窗口叫走"  # the record keeps the server's Chinese
    missing = _refusal(window_5, "Z999")
    assert missing.message == "There is no number Z999 today. Please check the number."


def test_without_a_translation_the_station_shows_the_servers_chinese(server: ServerProcess, tmp_path: Path) -> None:
    window_3 = _queue(server, tmp_path, "a", 1, "3")
    window_5 = _queue(server, tmp_path, "b", 2, "5")
    number = window_3.take_ticket("SSDJ").ticket.ticket_no
    window_3.call_ticket(number)
    assert _refusal(window_5, number).message == f"{number} 已被 3 号窗口叫走"
