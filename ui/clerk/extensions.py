"""The pages and panels of the clerk window, installed in this order.

Each feature owns the lines under its own marker and nothing else in this file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.clerk.window import ClerkWindow


def install(window: ClerkWindow) -> None:
    # -- queue (issue 3): the queue panel docked on the left --
    from ui.clerk.queue_panel import install_queue_panel

    window.queue_panel = install_queue_panel(window)  # type: ignore[attr-defined]
    # -- intake (issue 4): the intake workspace and the case list --
    from ui.intake.install import install_intake

    install_intake(window)
    # -- ratings (issue 5): the pad hook and the follow-up list --
    from ui.ratings import clerk_hook

    clerk_hook.install(window)
    # -- sync (issue 6): the network state and quarantined records --
    from ui.sync_status import install_sync

    install_sync(window)
    # -- figures (issue 9): hall figures and window planning --
    from ui.figures import clerk_hook as figures_hook

    figures_hook.install(window)
    return None
