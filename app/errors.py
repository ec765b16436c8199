"""The two kinds of error (STYLE.md item 4).

:class:`UserError` is trouble the user can act on: bad input, a missing printer, the
server unreachable. Its message is Chinese and says what to fix; the UI shows it and
keeps what was typed. Anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(err)`` is the Chinese message to show."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field  # the input field at fault, when there is one


class PermissionDenied(UserError):
    """The logged-in user's role may not do this (checked in app/, not only in the UI)."""


class NotFound(UserError):
    pass
