"""The hall queue (取号、叫号): ordering policy, window profiles, announcements, the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.queue.service import QueueService
    from app.station import Station


def queue_for(station: Station) -> QueueService:
    """The queue the UI uses: the server's shared hall queue (app/queue/hall.py) when a server
    is configured and ``shared_queue`` is on, else this station's own (app/queue/service.py)."""
    from app.queue.hall import queue_for as _queue_for

    return _queue_for(station)
