"""Speaking aloud: the board's announcements and the kiosk's 朗读 button.

QtTextToSpeech is used when the PC has a Mandarin voice (engine from ``QT_SPEECH_ENGINE``
or Qt's default). Without one, a sentence that comes with clip tokens is played from the
recorded clips in ``resources/sounds/``; free text stays silent. No audio device, no
engine, a broken plug-in: silence, logged once, never a dialog, never a wait.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QUrl

from app.paths import resource_path
from app.queue.announce import clip_file

log = logging.getLogger(__name__)

ClipSink = Callable[[list[Path]], None]
_MANDARIN_HINTS = ("chinese", "mandarin", "cmn", "zh", "普通话", "中文")  # i18n: data (matched against voice names)
_logged: set[str] = set()


def _log_once(key: str, message: str, *args: object) -> None:
    if key not in _logged:
        _logged.add(key)
        log.info(message, *args)


def sounds_dir() -> Path:
    return resource_path("sounds")


def clip_paths(tokens: Sequence[str], folder: Path | None = None) -> list[Path]:
    folder = folder or sounds_dir()
    return [folder / clip_file(t) for t in tokens]


class ClipPlayer(QObject):
    """Plays WAV clips one after another with QSoundEffect; silent with no audio output."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[Path] = []
        self._effect: object | None = None
        self._usable: bool | None = None

    def _ready(self) -> bool:
        if self._usable is None:
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

                self._usable = bool(QMediaDevices.audioOutputs())
                if self._usable:
                    effect = QSoundEffect(self)
                    effect.playingChanged.connect(self._next)
                    self._effect = effect
            except Exception:  # a missing multimedia backend is an environment fact, not a bug
                log.exception("audio playback unavailable")
                self._usable = False
            if not self._usable:
                _log_once("no-audio", "no audio output device: announcements are silent")
        return bool(self._usable)

    def play(self, paths: list[Path]) -> None:
        if not self._ready():
            return
        missing = [p for p in paths if not p.exists()]
        if missing:
            _log_once("missing-clip", "announcement clip missing: %s", missing[0].name)
        self._queue.extend(p for p in paths if p.exists())
        effect = self._effect
        if effect is not None and not effect.isPlaying():  # type: ignore[attr-defined]
            self._next()

    def _next(self) -> None:
        effect = self._effect
        if effect is None or effect.isPlaying() or not self._queue:  # type: ignore[attr-defined]
            return
        effect.setSource(QUrl.fromLocalFile(str(self._queue.pop(0))))  # type: ignore[attr-defined]
        effect.play()  # type: ignore[attr-defined]


class Speaker(QObject):
    """``speak(text, tokens)``: Mandarin TTS if there is a voice, else clips, else silence."""

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None,
                 clip_sink: ClipSink | None = None, clip_folder: Path | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get("QT_SPEECH_ENGINE", "")
        self._tts: object | None = None
        self._tts_checked = False
        self._player: ClipPlayer | None = None
        self._clip_sink = clip_sink
        self._clip_folder = clip_folder
        self.last_route = ""  # "tts", "clips" or "silent": what the last speak() did

    # -- text to speech ----------------------------------------------------------
    def _mandarin_tts(self) -> object | None:
        if self._tts_checked:
            return self._tts
        self._tts_checked = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            tts = QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
            if tts.state() == QTextToSpeech.State.Error:
                _log_once("tts-error", "text-to-speech engine unavailable: %s", tts.errorString())
                return None
            if not self._choose_mandarin_voice(tts):
                _log_once("tts-no-zh", "no Mandarin voice in speech engine %r: using recorded clips", tts.engine())
                return None
            self._tts = tts
        except Exception:
            log.exception("text-to-speech unavailable")
        return self._tts

    @staticmethod
    def _choose_mandarin_voice(tts: object) -> bool:
        chinese = [loc for loc in tts.availableLocales()  # type: ignore[attr-defined]
                   if loc.language() == QLocale.Language.Chinese]
        for loc in chinese:
            tts.setLocale(loc)  # type: ignore[attr-defined]
            voices = tts.availableVoices()  # type: ignore[attr-defined]
            if voices:
                tts.setVoice(voices[0])  # type: ignore[attr-defined]
                return True
        for voice in tts.availableVoices():  # type: ignore[attr-defined]
            name = voice.name().lower()
            if voice.locale().language() == QLocale.Language.Chinese or any(h in name for h in _MANDARIN_HINTS):
                tts.setVoice(voice)  # type: ignore[attr-defined]
                return True
        return False

    @property
    def can_speak_text(self) -> bool:
        """True when free text (the kiosk's 朗读) can be spoken: a Mandarin voice exists."""
        return self._mandarin_tts() is not None

    # -- speaking ------------------------------------------------------------------
    def speak(self, text: str, tokens: Sequence[str] | None = None) -> str:
        tts = self._mandarin_tts()
        if tts is not None:
            try:
                tts.say(text)  # type: ignore[attr-defined]
                self.last_route = "tts"
                return self.last_route
            except Exception:
                log.exception("text-to-speech failed")
        if tokens:
            paths = clip_paths(tokens, self._clip_folder)
            if self._clip_sink is not None:
                self._clip_sink(paths)
            else:
                if self._player is None:
                    self._player = ClipPlayer(self)
                self._player.play(paths)
            self.last_route = "clips"
            return self.last_route
        _log_once("silent-text", "no Mandarin voice: free text is not spoken")
        self.last_route = "silent"
        return self.last_route

    def stop(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()  # type: ignore[attr-defined]
            except Exception:
                log.exception("text-to-speech stop failed")


_shared: Speaker | None = None


def shared_speaker() -> Speaker:
    """One speaker per process (kiosk, guide and board screens share it)."""
    global _shared
    if _shared is None:
        _shared = Speaker()
    return _shared


def speak(text: str, tokens: Sequence[str] | None = None) -> str:
    return shared_speaker().speak(text, tokens)
