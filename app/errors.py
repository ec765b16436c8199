"""The two kinds of error (STYLE.md item 4).

:class:`UserError` is trouble the user can act on: bad input, a missing printer, the
server unreachable. Its message says what to fix; the UI shows it and keeps what was
typed. Anything else is a bug and goes to the crash handler.

The message is a Chinese template marked for translation, with its values as keywords
(see :mod:`app.i18n`)::

    raise UserError("今天没有 {ticket_no} 号，请核对号码。", field="ticket_no", ticket_no=number)

``str(err)`` and ``err.message`` give it in the interface language.
"""

from __future__ import annotations

from app.i18n import Text


class UserError(Exception):
    """A problem the user can fix; ``err.message`` is the message to show."""

    def __init__(self, message: str | Text, /, *, field: str | None = None, **values: object) -> None:
        self.text = message if isinstance(message, Text) else Text(message, **values)
        super().__init__(self.text.chinese())
        self.field = field  # the input field at fault, when there is one

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return self.message


class PermissionDenied(UserError):
    """The logged-in user's role may not do this (checked in app/, not only in the UI)."""


class NotFound(UserError):
    pass
