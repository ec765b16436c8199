"""The board's spoken announcement: 「请 A012 号到 3 号窗口办理」, twice, never blocking.

QtTextToSpeech (engine from ``QT_SPEECH_ENGINE`` or Qt's default) when a Mandarin voice
exists, otherwise the recorded clips of ``resources/sounds/``; no audio device means
silence (ui/speech.py logs it once).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.queue.announce import clip_tokens, speech_text
from ui.speech import Speaker


class BoardAnnouncer(QObject):
    def __init__(self, speaker: Speaker | None = None, parent: QObject | None = None, *, repeat: int = 2) -> None:
        super().__init__(parent)
        self.speaker = speaker or Speaker(self)
        self.repeat = repeat
        self.spoken: list[str] = []  # what was announced, newest last (the board shows it too)

    def announce(self, ticket_no: str, window_no: str) -> str:
        text = speech_text(ticket_no, window_no)
        tokens = clip_tokens(ticket_no, window_no)
        route = ""
        for _ in range(self.repeat):
            route = self.speaker.speak(text, tokens)
        self.spoken.append(text)
        return route
