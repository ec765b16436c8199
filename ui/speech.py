"""Speaking aloud: the board's announcements and the kiosk's 朗读 button.

QtTextToSpeech is used when the PC has a voice for the text's language (engine from
``QT_SPEECH_ENGINE`` or Qt's default): Chinese text is read by a Mandarin voice, other text
(the English interface) by a voice of the interface language. Without one, a sentence
that comes with clip tokens is played from the recorded clips in ``resources/sounds/``;
free text stays silent. No audio device, no
engine, a broken plug-in: silence, logged once, never a dialog, never a wait.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QUrl

from app.paths import resource_path
from app.queue.announce import clip_file

log = logging.getLogger(__name__)

ClipSink = Callable[[list[Path]], None]
_MANDARIN_HINTS = ("chinese", "mandarin", "cmn", "zh", "普通话", "中文")  # i18n: data (matched against voice names)
_CJK = re.compile(r"[\u3400-\u9fff]")
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
        self._voices: dict[QLocale.Language, object | None] = {}
        self._player: ClipPlayer | None = None
        self._clip_sink = clip_sink
        self._clip_folder = clip_folder
        self.last_route = ""  # "tts", "clips" or "silent": what the last speak() did

    # -- text to speech ----------------------------------------------------------
    def _engine(self) -> object | None:
        """The text-to-speech engine, created once (None when the PC has none)."""
        if self._tts_checked:
            return self._tts
        self._tts_checked = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            tts = QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
            if tts.state() == QTextToSpeech.State.Error:
                _log_once("tts-error", "text-to-speech engine unavailable: %s", tts.errorString())
                return None
            self._tts = tts
        except Exception:
            log.exception("text-to-speech unavailable")
        return self._tts

    def _tts_for(self, language: QLocale.Language) -> object | None:
        """The engine with a voice of ``language`` selected, or None when it has no such voice."""
        tts = self._engine()
        if tts is None:
            return None
        if language not in self._voices:
            self._voices[language] = self._find_voice(tts, language)
            if self._voices[language] is None:
                _log_once(f"tts-no-{language.name}", "no %s voice in speech engine %r", language.name,
                          tts.engine())  # type: ignore[attr-defined]
        voice = self._voices[language]
        if voice is None:
            return None
        tts.setVoice(voice)  # type: ignore[attr-defined]
        return tts

    @staticmethod
    def _find_voice(tts: object, language: QLocale.Language) -> object | None:
        for loc in tts.availableLocales():  # type: ignore[attr-defined]
            if loc.language() == language:
                tts.setLocale(loc)  # type: ignore[attr-defined]
                voices: list[object] = tts.availableVoices()  # type: ignore[attr-defined]
                if voices:
                    return voices[0]
        if language == QLocale.Language.Chinese:  # engines that name their Mandarin voice but not its locale
            named: list[object] = tts.availableVoices()  # type: ignore[attr-defined]
            for voice in named:
                if any(h in voice.name().lower() for h in _MANDARIN_HINTS):  # type: ignore[attr-defined]
                    return voice
        return None

    @staticmethod
    def language_of(text: str) -> QLocale.Language:
        """Chinese text is read by a Mandarin voice; anything else in the interface language."""
        if _CJK.search(text):
            return QLocale.Language.Chinese
        return QLocale().language()

    def can_speak(self, text: str) -> bool:
        """True when ``text`` can be read aloud: a voice of its language exists."""
        return self._tts_for(self.language_of(text)) is not None

    # -- speaking ------------------------------------------------------------------
    def speak(self, text: str, tokens: Sequence[str] | None = None) -> str:
        tts = self._tts_for(self.language_of(text))
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
        _log_once("silent-text", "no voice for this text: free text is not spoken")
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
