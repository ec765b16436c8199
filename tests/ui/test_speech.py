"""Reading aloud picks a voice of the text's language, or falls back to clips, or stays silent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.queue.announce import clip_tokens, speech_text
from ui.speech import Speaker


@pytest.fixture
def english_ui() -> Iterator[None]:
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(QLocale("zh_CN"))


def test_chinese_text_needs_a_mandarin_voice(qapp) -> None:  # type: ignore[no-untyped-def]
    played: list[list[Path]] = []
    speaker = Speaker(engine="mock", clip_sink=played.append)  # Qt's mock engine has English voices only
    call = speech_text("A012", "3")
    assert not speaker.can_speak(call)
    assert speaker.speak(call, clip_tokens("A012", "3")) == "clips"
    assert played and played[0][0].name == "qing.wav" and all(p.exists() for p in played[0])
    assert speaker.speak("欢迎来到市民之家") == "silent"  # free Chinese text and no Mandarin voice


def test_english_interface_text_is_read_by_an_english_voice(qapp, english_ui) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker(engine="mock", clip_sink=lambda paths: None)
    assert speaker.language_of("Welcome. Please choose a service.") == QLocale.Language.English
    assert speaker.can_speak("Welcome. Please choose a service.")
    assert speaker.speak("Welcome. Please choose a service.") == "tts"
    assert speaker.speak(speech_text("A012", "3"), clip_tokens("A012", "3")) == "clips"  # a call stays Mandarin


@pytest.mark.qt_log_ignore("Text-to-speech plug-in .* is not supported")
def test_no_engine_is_silence(qapp, english_ui) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker(engine="no-such-engine", clip_sink=lambda paths: None)
    assert speaker.speak("Welcome") == "silent"
