"""What the board shows and says when a ticket is called.

Shown: 「请 A012 号到 3 号窗口办理」. Spoken: the ticket number read character by
character ("请 A 零一二 号到 三 号窗口办理") so it is never heard as "twelve", the window
number read as a number. :func:`clip_tokens` is the same sentence as the names of the
recorded clips in ``resources/sounds/`` for stations with no Mandarin voice.
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"
# Letters are spoken as themselves; the clips are named after them (A.wav …).


def display_text(ticket_no: str, window_no: str) -> str:
    return f"请 {ticket_no} 号到 {window_no} 号窗口办理"


def read_digits(text: str) -> str:
    """"A012" -> "A零一二"."""
    return "".join(DIGITS[int(ch)] if ch.isdigit() else ch.upper() for ch in text)


def read_number(text: str) -> str:
    """A window number as spoken: "3" -> "三", "12" -> "十二", "105" -> "一百零五"; other text digit by digit."""
    if not text.isdigit() or not 0 < int(text) < 1000:
        return read_digits(text)
    n = int(text)
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = ""
    if hundreds:
        out += DIGITS[hundreds] + "百"
    if tens:
        out += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += DIGITS[ones]
    return out


def speech_text(ticket_no: str, window_no: str) -> str:
    letters = ticket_no.rstrip("0123456789")
    digits = ticket_no[len(letters):]
    return f"请 {' '.join(read_digits(letters))} {read_digits(digits)} 号到 {read_number(window_no)} 号窗口办理".replace(
        "  ", " ")


def clip_tokens(ticket_no: str, window_no: str) -> list[str]:
    """Clip names, in order: 请 A 零 一 二 号 到 三 号 窗口办理."""
    return ["请", *read_digits(ticket_no), "号", "到", *read_number(window_no), "号", "窗口办理"]


CLIP_NAMES = ("请", "号", "到", "窗口办理", "十", "百", *DIGITS, *(chr(c) for c in range(ord("A"), ord("Z") + 1)))
# ASCII file names, so the clips survive every zip tool and file system.
CLIP_FILES: dict[str, str] = {
    "请": "qing", "号": "hao", "到": "dao", "窗口办理": "chuangkou-banli", "十": "shi", "百": "bai",
    **{d: f"digit-{i}" for i, d in enumerate(DIGITS)},
    **{chr(c): f"letter-{chr(c)}" for c in range(ord("A"), ord("Z") + 1)},
}


def clip_file(token: str) -> str:
    """The WAV file name of a token, e.g. "请" -> "qing.wav"."""
    return f"{CLIP_FILES[token]}.wav"
