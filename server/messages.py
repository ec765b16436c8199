"""Refusals a station shows to its clerk or citizen, in the station's language.

The server words a refusal in Chinese (``detail``, as before, for any client) and also
sends the marked template and its values, so a station whose interface is in English
shows it in English (app/i18n.py)::

    {"detail": "A012 已被 5 号窗口叫走", "template": "{ticket_no} 已被 {window_no} 号窗口叫走",
     "values": {"ticket_no": "A012", "window_no": "5"}}

Values are plain JSON (text and numbers); dates go as text.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from app.i18n import Text


class Refusal(HTTPException):
    """An HTTP refusal worded from a marked template (``Refusal(409, N_("…{x}…"), x=...)``)."""

    def __init__(self, status_code: int, message: str | Text, /, *, headers: dict[str, str] | None = None,
                 **values: str | int) -> None:
        self.text = message if isinstance(message, Text) else Text(message, **values)
        super().__init__(status_code=status_code, detail=self.text.chinese(), headers=headers)


def body(text: Text) -> dict[str, object]:
    return {"detail": text.chinese(), "template": text.template, "values": dict(text.values)}


async def _refusal(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Refusal)
    return JSONResponse(body(exc.text), status_code=exc.status_code, headers=exc.headers)


def install(application: FastAPI) -> None:
    application.add_exception_handler(Refusal, _refusal)
