"""The pages and panels of the clerk window, installed in this order.

Each feature owns the lines under its own marker and nothing else in this file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.clerk.window import ClerkWindow


def install(window: ClerkWindow) -> None:
    # -- queue (issue 3): the queue panel docked on the left --
    # -- intake (issue 4): the intake workspace and the case list --
    # -- ratings (issue 5): the pad hook and the follow-up list --
    # -- sync (issue 6): the network state and quarantined records --
    # -- figures (issue 9): hall figures and window planning --
    return None
