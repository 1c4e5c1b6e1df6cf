"""Writing many tickets: PNG cards on worker processes (both cores), the PDF alongside."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.tickets_out.card import TicketCard, ensure_gui, render, render_batch

POOL_THRESHOLD = 120  # below this, starting worker processes costs more than it saves
BATCH = 50


@dataclass
class WriteResult:
    pngs: list[str] = field(default_factory=list)
    pdf: str | None = None
    pages: int = 0


def _workers() -> int:
    try:
        import os

        return max(1, min(2, len(os.sched_getaffinity(0))))
    except (AttributeError, OSError):
        return 2


def write_cards(cards: list[TicketCard], paths: list[Path], pdf: Path | None, title: str,
                progress: Callable[[str, int, int], None] | None = None) -> WriteResult:
    """Render every card to its PNG (in parallel when there are many) and, if asked, the PDF."""
    result = WriteResult(pngs=[str(p) for p in paths])
    total = len(cards)
    jobs = list(zip(cards, (str(p) for p in paths), strict=True)) if paths else []
    pool = None
    futures = []
    if paths and total >= POOL_THRESHOLD and _workers() > 1:
        # spawn: workers start a clean interpreter with their own Qt (Qt does not survive fork).
        pool = ProcessPoolExecutor(max_workers=_workers(),
                                   mp_context=multiprocessing.get_context("spawn"))
        futures = [pool.submit(render_batch, jobs[i:i + BATCH]) for i in range(0, len(jobs), BATCH)]
    ensure_gui()
    try:
        if pdf is not None:
            from kiosk.tickets_out.pdf import write_pdf

            def page_done(n: int) -> None:
                if progress and (n % 100 == 0 or n == total):
                    progress("pdf", n, total)

            result.pages = write_pdf(pdf, cards, title, page_done)
            result.pdf = str(pdf)
        if pool is None:
            for index, (card, path) in enumerate(jobs, start=1):
                render(card, Path(path))
                if progress and (index % 100 == 0 or index == total):
                    progress("png", index, total)
        else:
            done = 0
            for future in futures:
                done += future.result()
                if progress and (done % 100 < BATCH or done == total):
                    progress("png", done, total)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return result


def stderr_progress(stage: str, done: int, total: int) -> None:
    label = {"png": "ticket images", "pdf": "PDF pages"}.get(stage, stage)
    sys.stderr.write(f"\r{label}: {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
