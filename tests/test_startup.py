"""The start-up every window process shares (kiosk/ui/startup.py), in this process.

The same paths run in real window processes in test_window_signals_e2e.py.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QLabel

from kiosk.ui.startup import FIRST_FRAME_ENV, FIRST_FRAME_EXIT_ENV, WindowProcess


@contextmanager
def window_process(qapp) -> Iterator[WindowProcess]:  # noqa: ANN001
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with WindowProcess("control", None) as process:
            # A test that hangs fails instead: the loop gives up after 5 s with status 1.
            give_up = QTimer(singleShot=True, interval=5000)
            give_up.timeout.connect(lambda: qapp.exit(1))
            give_up.start()
            yield process
            give_up.stop()
    finally:
        gc.unfreeze()
    assert {sig: signal.getsignal(sig) for sig in before} == before  # given back on leaving


def test_a_signal_while_the_windows_are_built_ends_the_process_before_its_loop(qapp) -> None:
    with window_process(qapp) as process:
        os.kill(os.getpid(), signal.SIGTERM)
        started = time.monotonic()
        assert process.exec() == 0
        assert time.monotonic() - started < 1


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_wakes_the_waiting_loop_and_ends_it(qapp, sig: signal.Signals) -> None:
    """No Python runs while Qt's loop waits: the signal itself must wake it."""
    with window_process(qapp) as process:
        sender = threading.Timer(0.2, os.kill, (os.getpid(), sig))
        sender.start()
        started = time.monotonic()
        assert process.exec() == 0
        assert time.monotonic() - started < 2
        sender.join()


def test_on_leaving_what_was_taken_is_given_back_last_first(qapp, db_path) -> None:
    done = []
    with window_process(qapp) as process:
        db = process.open_event(db_path)
        process.on_exit(lambda: done.append(db.execute("SELECT name FROM event").fetchone()[0]))
        QTimer.singleShot(0, process.stop)
        assert process.exec() == 0
    assert done == ["Test Gala"]  # the callback still had its event file open
    with pytest.raises(Exception, match="closed"):
        db.execute("SELECT 1")


def test_the_first_frame_of_a_widget_is_reported_in_unix_time(qapp, monkeypatch, capsys) -> None:
    monkeypatch.setenv(FIRST_FRAME_EXIT_ENV, "1")
    with window_process(qapp) as process:
        label = QLabel("first")
        process.watch_first_frame(label)
        label.show()
        before = time.time()
        assert process.exec() == 0  # it quits after the report
        label.close()
    word, stamp = capsys.readouterr().out.split()
    assert word == "first-frame" and before <= float(stamp) <= time.time()


def test_the_first_frame_of_a_quick_window_is_reported_in_ms(qapp, monkeypatch, capsys) -> None:
    monkeypatch.setenv(FIRST_FRAME_ENV, "exit")
    with window_process(qapp) as process:
        window = QQuickWindow()
        window.resize(320, 200)
        process.watch_first_frame(window)
        window.show()
        assert process.exec() == 0
        window.close()
    word, ms, unit = capsys.readouterr().out.split()
    assert (word, unit) == ("first-frame", "ms") and 0 < float(ms) < 5000


def test_then_runs_after_the_first_frame(qapp) -> None:
    with window_process(qapp) as process:
        label = QLabel("then")
        process.watch_first_frame(label, then=process.stop)
        label.show()
        assert process.exec() == 0
        label.close()
