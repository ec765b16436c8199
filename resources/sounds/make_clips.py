"""Regenerate the announcement clips with espeak-ng (Mandarin voice ``cmn``).

    python resources/sounds/make_clips.py

One 11.025 kHz mono 16-bit WAV per token of app.queue.announce.CLIP_NAMES, silence trimmed.
"""

from __future__ import annotations

import array
import io
import subprocess
import sys
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATE = 11025
THRESHOLD = 300  # samples quieter than this at the ends are cut


def synthesize(text: str) -> tuple[array.array, int]:  # type: ignore[type-arg]
    raw = subprocess.run(["espeak-ng", "-v", "cmn", "-s", "150", "--stdout", text],
                         check=True, capture_output=True).stdout
    with wave.open(io.BytesIO(raw)) as w:
        rate = w.getframerate()
        samples = array.array("h", w.readframes(w.getnframes()))
    return samples, rate


def trim(samples: array.array) -> array.array:  # type: ignore[type-arg]
    loud = [i for i, s in enumerate(samples) if abs(s) > THRESHOLD]
    if not loud:
        return samples
    pad = 400
    return samples[max(0, loud[0] - pad): loud[-1] + pad]


def resample(samples: array.array, rate: int) -> array.array:  # type: ignore[type-arg]
    out = array.array("h")
    step = rate / RATE
    n = int(len(samples) / step)
    for i in range(n):
        pos = i * step
        j = int(pos)
        frac = pos - j
        nxt = samples[j + 1] if j + 1 < len(samples) else samples[j]
        out.append(int(samples[j] * (1 - frac) + nxt * frac))
    return out


def write(path: Path, samples: array.array) -> None:  # type: ignore[type-arg]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())


def main() -> int:
    sys.path.insert(0, str(HERE.parent.parent))
    from app.queue.announce import CLIP_NAMES, clip_file

    for name in CLIP_NAMES:
        samples, rate = synthesize(name)
        write(HERE / clip_file(name), resample(trim(samples), rate))
    print(f"{len(CLIP_NAMES)} clips written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
