#!/usr/bin/env python3
"""Generates the kiosk's sound effects into resources/sounds/ (standard library only).

    python tools/make_sounds.py [OUT_DIR]

Every file is 16-bit PCM, mono, 44.1 kHz, with short fades at both ends so
nothing clicks, normalised to a -3 dBFS peak. The output is deterministic (the
noise comes from a seeded generator), so re-running it reproduces the committed
files byte for byte.

    admitted.wav   rising two-note marimba chime (E5 -> B5), ~250 ms: "welcome in"
    duplicate.wav  two flat mid beeps (740 Hz), ~300 ms: "already checked in"
    refused.wav    low detuned buzzer (~110 Hz), 400 ms: cuts through a noisy hall
    attention.wav  three-note bell motif (G5 -> D6 -> B5 -> sustain), ~0.9 s: VIP/security
    reveal.wav     rising filtered-noise swell into a warm brass-like chord with a low
                   thump, ~1.5 s: the winner reveal sting
    tick.wav       very short soft click, ~20 ms: UI feedback
"""

from __future__ import annotations

import math
import random
import struct
import sys
import wave
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -3.0
TAU = 2.0 * math.pi


def silence(seconds: float) -> list[float]:
    return [0.0] * int(round(seconds * RATE))


def mix_into(buf: list[float], sound: list[float], at: float, gain: float = 1.0) -> None:
    start = int(round(at * RATE))
    need = start + len(sound)
    if need > len(buf):
        buf.extend([0.0] * (need - len(buf)))
    for i, v in enumerate(sound):
        buf[start + i] += v * gain


def tone(
    freq: float, seconds: float, partials=((1.0, 1.0),), decay: float = 0.0, attack: float = 0.004
) -> list[float]:
    """A sum of sine partials (ratio, amplitude) with a linear attack and an exponential
    decay (decay = time constant in seconds; 0 means sustained). Partials above
    16 kHz are left out so nothing aliases."""
    n = int(round(seconds * RATE))
    parts = [(freq * r, a) for r, a in partials if freq * r < 16_000]
    out = []
    for i in range(n):
        t = i / RATE
        v = sum(a * math.sin(TAU * f * t) for f, a in parts)
        env = min(1.0, t / attack) if attack > 0 else 1.0
        if decay > 0:
            env *= math.exp(-t / decay)
        out.append(v * env)
    return out


def band_limited_saw(
    freq: float, seconds: float, top: float = 5_000.0, vibrato: float = 0.0
) -> list[float]:
    """Sawtooth made of its harmonics up to `top` Hz (no aliasing)."""
    n = int(round(seconds * RATE))
    k_max = max(1, int(top // freq))
    out = []
    phase = 0.0
    for i in range(n):
        t = i / RATE
        f = freq * (1.0 + vibrato * math.sin(TAU * 5.0 * t))
        phase += TAU * f / RATE
        out.append(sum(math.sin(k * phase) / k for k in range(1, k_max + 1)))
    return out


def svf(signal: list[float], cutoff, q: float = 0.7, mode: str = "low") -> list[float]:
    """Zavalishin's topology-preserving state-variable filter; `cutoff` is a number or
    a function of the sample index, so sweeps are stable at any frequency."""
    ic1 = ic2 = 0.0
    k = 1.0 / q
    out = []
    for i, x in enumerate(signal):
        fc = cutoff(i) if callable(cutoff) else cutoff
        g = math.tan(math.pi * min(fc, 0.45 * RATE) / RATE)
        a1 = 1.0 / (1.0 + g * (g + k))
        a2 = g * a1
        a3 = g * a2
        v3 = x - ic2
        v1 = a1 * ic1 + a2 * v3
        v2 = ic2 + a2 * ic1 + a3 * v3
        ic1 = 2.0 * v1 - ic1
        ic2 = 2.0 * v2 - ic2
        out.append(v2 if mode == "low" else v1 if mode == "band" else x - k * v1 - v2)
    return out


def envelope(signal: list[float], points: list[tuple[float, float]]) -> list[float]:
    """Piecewise-linear gain over time: points are (seconds, gain), sorted."""
    out = []
    j = 0
    for i, v in enumerate(signal):
        t = i / RATE
        while j + 1 < len(points) and points[j + 1][0] <= t:
            j += 1
        if j + 1 < len(points):
            (t0, g0), (t1, g1) = points[j], points[j + 1]
            g = g0 + (g1 - g0) * (t - t0) / (t1 - t0) if t1 > t0 else g1
        else:
            g = points[-1][1]
        out.append(v * g)
    return out


def fades(signal: list[float], fade_in: float = 0.003, fade_out: float = 0.015) -> list[float]:
    """Raised-cosine fades at both ends: the file starts and ends at exactly zero."""
    n = len(signal)
    a = max(1, int(fade_in * RATE))
    b = max(1, int(fade_out * RATE))
    out = list(signal)
    for i in range(min(a, n)):
        out[i] *= 0.5 - 0.5 * math.cos(math.pi * i / a)
    for i in range(min(b, n)):
        out[n - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / b)
    return out


def normalise(signal: list[float], dbfs: float = PEAK_DBFS) -> list[float]:
    peak = max(abs(v) for v in signal) or 1.0
    gain = 10 ** (dbfs / 20.0) / peak
    return [v * gain for v in signal]


def write_wav(path: Path, signal: list[float]) -> None:
    frames = b"".join(
        struct.pack("<h", max(-32767, min(32767, int(round(v * 32767))))) for v in signal
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


# -- the sounds ------------------------------------------------------------------------

MARIMBA = ((1.0, 1.0), (4.0, 0.18), (10.0, 0.04))  # bar-like: strong fundamental, airy overtones
BELL = ((1.0, 1.0), (2.0, 0.45), (2.76, 0.25), (5.4, 0.12), (8.93, 0.05))  # struck bell


def admitted() -> list[float]:
    buf = silence(0.25)
    mix_into(buf, tone(659.25, 0.12, MARIMBA, decay=0.07, attack=0.003), 0.0, 0.8)
    mix_into(buf, tone(987.77, 0.17, MARIMBA, decay=0.08, attack=0.003), 0.08)
    return fades(buf[: int(0.25 * RATE)], 0.002, 0.03)


def duplicate() -> list[float]:
    # Flat, slightly reedy beeps: clearly a "hmm", neither a welcome nor an alarm.
    beep_partials = ((1.0, 1.0), (2.0, 0.25), (3.0, 0.18), (5.0, 0.05))
    beep = fades(tone(740.0, 0.095, beep_partials, attack=0.004), 0.004, 0.012)
    buf = silence(0.30)
    mix_into(buf, beep, 0.0)
    mix_into(buf, beep, 0.165)
    return fades(buf[: int(0.30 * RATE)], 0.002, 0.01)


def refused() -> list[float]:
    # Two detuned band-limited saws beat against each other: a harsh, unmistakable
    # buzzer whose 1-3 kHz harmonics carry over crowd noise.
    a = band_limited_saw(110.0, 0.40, top=4_500.0)
    b = band_limited_saw(116.5, 0.40, top=4_500.0)
    sub = tone(55.0, 0.40)
    buf = [0.55 * x + 0.45 * y + 0.25 * s for x, y, s in zip(a, b, sub, strict=True)]
    buf = svf(buf, 3_200.0, q=0.8)
    buf = envelope(buf, [(0.0, 1.0), (0.30, 1.0), (0.40, 0.55)])
    return fades(buf, 0.004, 0.04)


def attention() -> list[float]:
    buf = silence(0.90)
    notes = [(783.99, 0.0, 0.85), (1174.66, 0.14, 0.9), (987.77, 0.28, 1.0)]
    for freq, at, gain in notes:
        length = 0.90 - at
        decay = 0.12 if at < 0.28 else 0.28
        mix_into(buf, tone(freq, length, BELL, decay=decay, attack=0.002), at, gain)
    return fades(buf[: int(0.90 * RATE)], 0.002, 0.06)


def reveal() -> list[float]:
    total = 1.5
    hit = 0.62
    rng = random.Random(2017_11_24)

    # 1. Swell: white noise through a resonant band-pass whose centre rises
    #    exponentially from 300 Hz to 6 kHz, growing until the hit, then a short tail.
    noise = [rng.uniform(-1.0, 1.0) for _ in range(int(total * RATE))]
    n_hit = hit * RATE

    def centre(i: int) -> float:
        x = min(1.0, i / n_hit)
        return 300.0 * (20.0 ** (x**1.6))

    swell = svf(noise, centre, q=2.2, mode="band")
    swell = envelope(
        swell,
        [
            (0.0, 0.0),
            (0.15, 0.12),
            (hit - 0.02, 1.0),
            (hit + 0.05, 0.35),
            (hit + 0.5, 0.06),
            (total, 0.0),
        ],
    )

    # 2. Chord at the hit: D major with an added 9th, warm saw pads through a
    #    low-pass that opens on the hit and closes as it rings out.
    chord = silence(total - hit)
    for freq, gain in (
        (146.83, 0.9),
        (220.0, 0.7),
        (293.66, 0.8),
        (369.99, 0.55),
        (440.0, 0.5),
        (659.25, 0.25),
    ):
        pad = band_limited_saw(freq, total - hit, top=7_000.0, vibrato=0.0015)
        mix_into(chord, pad, 0.0, gain)
    n_chord = len(chord)
    chord = svf(
        chord, lambda i: 500.0 + 3_500.0 * math.exp(-i / (0.35 * RATE)) * (1 - i / n_chord), q=0.9
    )
    chord = envelope(chord, [(0.0, 0.0), (0.008, 1.0), (0.12, 0.75), (total - hit, 0.0)])
    chord = [v * math.exp(-(i / RATE) / 0.6) for i, v in enumerate(chord)]

    # 3. A low thump under the hit: a sine that falls from 90 Hz to 45 Hz.
    thump = []
    phase = 0.0
    for i in range(int(0.5 * RATE)):
        t = i / RATE
        phase += TAU * (45.0 + 45.0 * math.exp(-t / 0.06)) / RATE
        thump.append(math.sin(phase) * math.exp(-t / 0.15) * min(1.0, t / 0.003))

    buf = silence(total)
    mix_into(buf, swell, 0.0, 0.6)
    mix_into(buf, chord, hit, 0.14)
    mix_into(buf, thump, hit, 0.3)
    # Gentle saturation glues the layers and keeps the thump's peak from dictating
    # the level of everything else.
    buf = [math.tanh(1.2 * v) for v in buf[: int(total * RATE)]]
    return fades(buf, 0.01, 0.12)


def tick() -> list[float]:
    rng = random.Random(7)
    n = int(0.022 * RATE)
    click = tone(2_400.0, 0.022, ((1.0, 1.0), (1.5, 0.3)), decay=0.004, attack=0.0005)
    noise = svf([rng.uniform(-1, 1) for _ in range(n)], 5_000.0, q=0.7, mode="high")
    buf = [
        c + 0.35 * x * math.exp(-(i / RATE) / 0.0015)
        for i, (c, x) in enumerate(zip(click, noise, strict=True))
    ]
    return fades(buf, 0.0005, 0.008)


SOUNDS = {
    "admitted": admitted,
    "duplicate": duplicate,
    "refused": refused,
    "attention": attention,
    "reveal": reveal,
    "tick": tick,
}


def main(argv: list[str]) -> int:
    out = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parent.parent / "resources" / "sounds"
    )
    out.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        signal = normalise(make())
        path = out / f"{name}.wav"
        write_wav(path, signal)
        print(f"{path}  {len(signal) / RATE * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
