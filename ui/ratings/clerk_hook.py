"""The ratings lines of the clerk window: the 请评价（F8） button, and for supervisors the
follow-up list (差评整改) and the satisfaction figures (满意度统计).

The queue and intake features can tell F8 what the current service is by setting
``window.current_service_record`` to a callable returning a ServiceRecord (or None);
with none, F8 asks for a window-service rating with what is known (clerk, window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import UserError
from app.ratings.service import RatingRequest, RatingService, ServiceRecord
from ui.messages import show_user_error

if TYPE_CHECKING:
    from ui.clerk.window import ClerkWindow

RATE_SHORTCUT = "F8"
FOLLOWUP_SHORTCUT = "Ctrl+Shift+R"
FIGURES_SHORTCUT = "Ctrl+Shift+Y"


def current_record(window: ClerkWindow, service: RatingService) -> ServiceRecord:
    """The service the clerk is finishing, or a window service with what is known."""
    provider: Callable[[], ServiceRecord | None] | None = getattr(window, "current_service_record", None)
    record = provider() if provider is not None else None
    return record if record is not None else service.window_service_record()


def request_rating(window: ClerkWindow) -> RatingRequest | None:
    service = RatingService(window.station)
    try:
        request = service.request_rating(current_record(window, service))
    except UserError as err:
        show_user_error(window, err)
        return None
    window.status.showMessage(QCoreApplication.translate("RatingsClerkHook", "已请群众在评价器上评价本次服务。"), 5000)
    return request


def install(window: ClerkWindow) -> None:
    action = window.add_toolbar_action(
        "requestRating", QCoreApplication.translate("RatingsClerkHook", "请评价（F8）"), RATE_SHORTCUT,
        QCoreApplication.translate("RatingsClerkHook", "请群众在评价器上为本次服务评价"), lambda: request_rating(window))
    window.rating_action = action  # type: ignore[attr-defined]
    session = window.station.session
    if session is not None and session.can("rating.followup"):
        from ui.ratings.followup_page import FollowupPage

        window.add_page("rating_followup", FollowupPage(window.station),
                        QCoreApplication.translate("RatingsClerkHook", "差评整改"), FOLLOWUP_SHORTCUT)
    if session is not None and session.can("stats.view"):
        from ui.ratings.figures_page import FiguresPage

        window.add_page("rating_figures", FiguresPage(window.station),
                        QCoreApplication.translate("RatingsClerkHook", "满意度统计"), FIGURES_SHORTCUT)
