"""A progress line on standard error for long runs: a bar on a terminal, a line per 10% in logs."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts work items. `enabled`: True always shows, False never, None (auto) shows on a terminal when
    the total reaches `min_total`."""

    def __init__(
        self,
        total: int,
        label: str,
        *,
        enabled: bool | None = None,
        min_total: int = 200,
        stream: TextIO | None = None,
    ) -> None:
        self.total, self.label = total, label
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = self.stream.isatty() and total >= min_total
        self.enabled = enabled
        self.tty = self.enabled and self.stream.isatty()
        self.done = 0
        self.started = time.perf_counter()
        self._last_draw = 0.0
        self._last_decile = 0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if self.tty:
            if now - self._last_draw >= 0.2 or self.done >= self.total:
                self._last_draw = now
                self.stream.write("\r" + self._line(now, bar=True))
                self.stream.flush()
        else:
            decile = self.done * 10 // max(self.total, 1)
            if decile > self._last_decile:
                self._last_decile = decile
                self.stream.write(self._line(now, bar=False) + "\n")
                self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()

    def _line(self, now: float, *, bar: bool) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        share = self.done / max(self.total, 1)
        shown = f"[{'#' * int(share * 30):<30}] " if bar else ""
        return (
            f"{self.label}: {shown}{self.done}/{self.total} ({share:.0%}) "
            f"{rate:,.0f}/s, {elapsed:.0f} s elapsed, ~{left:.0f} s left"
        )


def stage(message: str, enabled: bool | None, *, stream: TextIO | None = None) -> None:
    """Announce a long step that has no count of its own (same rule as Progress for `enabled`)."""
    out = stream or sys.stderr
    if enabled or (enabled is None and out.isatty()):
        out.write(message + "\n")
        out.flush()
