"""Wedge scanners: bursts versus typing, and US-layout scanners on AZERTY and QWERTZ hosts."""

from __future__ import annotations

from kiosk.core.scanner import WedgeBuffer, readings, translate

# What a US-layout scanner's keystrokes produce on other hosts, character by character.
US_TO_AZERTY = {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "1": "&", "2": "é", "3": '"',
                "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à"}
US_TO_QWERTZ = {"Y": "Z", "Z": "Y"}


def as_typed(text: str, table: dict[str, str], caps_lock: bool = False) -> str:
    out = "".join(table.get(ch, ch) for ch in text)
    return out.swapcase() if caps_lock else out


PAYLOAD = "GT103B6AEA2DOZGG3T2QPKY75VQE3M437SFH2XXPTA7F7S5LJ3PZKUHFER35FWPW3C5SLQ7W2L2XILUQK"


def test_azerty_reading_recovers_the_payload() -> None:
    typed = as_typed(PAYLOAD, US_TO_AZERTY)
    assert typed != PAYLOAD and "&" in typed and "é" in typed
    assert translate(typed, "azerty") == PAYLOAD
    assert PAYLOAD in [r for _, r in readings(typed)]


def test_azerty_with_caps_lock() -> None:
    typed = as_typed(PAYLOAD, US_TO_AZERTY, caps_lock=True)
    assert translate(typed, "azerty") == PAYLOAD


def test_qwertz_reading_recovers_the_payload() -> None:
    typed = as_typed(PAYLOAD, US_TO_QWERTZ)
    assert typed != PAYLOAD
    assert ("qwertz", PAYLOAD) in readings(typed)


def test_plain_reading_comes_first_and_readings_are_distinct() -> None:
    found = readings("  " + PAYLOAD.lower() + "\r\n")
    assert found[0] == ("us", PAYLOAD)
    assert len({r for _, r in found}) == len(found)


def test_burst_is_a_scan_and_slow_typing_is_not() -> None:
    buffer = WedgeBuffer()
    t = 0.0
    for ch in PAYLOAD:
        assert buffer.key(ch, t) is None
        t += 4
    outcome = buffer.enter(t)
    assert outcome.kind == "scan" and outcome.text == PAYLOAD and outcome.enter

    slow = WedgeBuffer()
    t = 1000.0
    typed = []
    for ch in "stephane":
        flushed = slow.key(ch, t)
        if flushed:
            typed.append(flushed)
        t += 140
    last = slow.idle(t)
    assert last is not None
    typed.append(last)
    assert all(o.kind == "typed" for o in typed)
    assert "".join(o.text for o in typed) == "stephane"


def test_short_fast_runs_are_typing_and_silence_ends_a_burst() -> None:
    buffer = WedgeBuffer()
    buffer.key("a", 0)
    buffer.key("b", 5)
    assert buffer.enter(10).kind == "typed"
    for i, ch in enumerate(PAYLOAD):
        buffer.key(ch, 100 + i * 3)
    assert buffer.idle(100 + len(PAYLOAD) * 3 + 5) is None  # not silent long enough yet
    outcome = buffer.idle(100 + len(PAYLOAD) * 3 + 400)
    assert outcome is not None and outcome.kind == "scan"


def test_a_pause_inside_a_burst_does_not_cut_it() -> None:
    buffer = WedgeBuffer()
    t = 0.0
    for i, ch in enumerate(PAYLOAD):
        assert buffer.key(ch, t) is None
        t += 150 if i == 40 else 3  # the laptop was busy for 150 ms mid-scan
    outcome = buffer.enter(t)
    assert outcome.kind == "scan" and outcome.text == PAYLOAD


def test_huge_burst_is_capped_but_counted() -> None:
    buffer = WedgeBuffer(max_chars=512)
    for i in range(100_000):
        buffer.key("X", i * 0.01)
    outcome = buffer.enter(1001)
    assert outcome.kind == "scan" and len(outcome.text) == 512 and outcome.length == 100_000
