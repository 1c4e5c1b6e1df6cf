"""Writing many tickets: PNG cards on worker processes (both cores), the PDF alongside."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kiosk.tickets_out import qr
from kiosk.tickets_out.card import TicketCard, ensure_gui, render, render_batch

POOL_THRESHOLD = 120  # below this, starting worker processes costs more than it saves
BATCH = 50
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass
class WriteResult:
    pngs: list[str] = field(default_factory=list)
    pdf: str | None = None
    pages: int = 0


def die_with_parent(parent: int) -> None:
    """Worker initializer: the kernel kills this worker when the ticket run ends, however it
    ends (``kill -9`` included), instead of leaving it writing tickets for nobody."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still applies
        pass
    if os.getppid() != parent:  # the run died before the line above took effect
        os._exit(1)


def _workers() -> int:
    try:
        return max(1, min(2, len(os.sched_getaffinity(0))))
    except (AttributeError, OSError):
        return 2


def write_cards(cards: list[TicketCard], paths: list[Path], pdf: Path | None, title: str,
                progress: Callable[[str, int, int], None] | None = None) -> WriteResult:
    """Encode and render every card to its PNG (on both cores when there are many) and the PDF.

    Each QR code is encoded once, by the process that renders its PNG; the PDF, written
    here as the batches come back, reuses those matrices.
    """
    result = WriteResult(pngs=[str(p) for p in paths])
    total = len(cards)
    jobs = list(zip(cards, (str(p) for p in paths), strict=True)) if paths else []
    pool = None
    if paths and total >= POOL_THRESHOLD and _workers() > 1:
        # spawn: workers start a clean interpreter with their own Qt (Qt does not survive fork).
        pool = ProcessPoolExecutor(max_workers=_workers(),
                                   mp_context=multiprocessing.get_context("spawn"),
                                   initializer=die_with_parent, initargs=(os.getpid(),))
    ensure_gui()
    try:
        codes = _encoded(jobs, pool, progress) if jobs else None
        if pdf is not None:
            from kiosk.tickets_out.pdf import write_pdf

            def page_done(n: int) -> None:
                if progress and (n % 100 == 0 or n == total):
                    progress("pdf", n, total)

            result.pages = write_pdf(pdf, cards, title, page_done, codes)
            result.pdf = str(pdf)
        for _ in codes or ():
            pass  # PNGs still being written when there is no PDF to pull them
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return result


def _encoded(jobs: list[tuple[TicketCard, str]], pool: ProcessPoolExecutor | None,
             progress: Callable[[str, int, int], None] | None) -> Iterator[np.ndarray]:
    """Render the PNGs, yielding each card's QR matrix in order as it is done."""
    total = len(jobs)
    if pool is None:
        for index, (card, path) in enumerate(jobs, start=1):
            modules = qr.matrix(card.payload)
            render(card, Path(path), modules)
            if progress and (index % 100 == 0 or index == total):
                progress("png", index, total)
            yield modules
        return
    futures = [pool.submit(render_batch, jobs[i:i + BATCH]) for i in range(0, total, BATCH)]
    done = 0
    for future in futures:
        packed = future.result()
        done += len(packed)
        if progress and (done % 100 < BATCH or done == total):
            progress("png", done, total)
        yield from (qr.unpack(p) for p in packed)


def stderr_progress(stage: str, done: int, total: int) -> None:
    label = {"png": "ticket images", "pdf": "PDF pages"}.get(stage, stage)
    sys.stderr.write(f"\r{label}: {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
