"""Writes the bench's three feedback sounds (16-bit mono WAV, 44.1 kHz).

    python resources/sounds/make_sounds.py

accepted: one short rising chirp; attention: two mid beeps; error: a low buzz, three pulses.
Distinct in pitch and rhythm, so they are told apart in a noisy hall without looking.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        x = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            x = 1.0 if x >= 0 else -1.0
            x *= 0.6
        fade = min(1.0, i / 220, (n - i) / 220)  # no clicks
        out.append(x * volume * fade)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    "accepted": tone(880, 0.07) + tone(1320, 0.09),
    "attention": tone(660, 0.12) + silence(0.08) + tone(660, 0.12),
    "error": (tone(220, 0.14, 0.45, True) + silence(0.05)) * 3,
}


def main() -> None:
    here = Path(__file__).resolve().parent
    for name, samples in SOUNDS.items():
        with wave.open(str(here / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    main()
