"""Progress and cancel for slow work, as plain Python so the core and services stay free of Qt.

A slow function takes a `Progress` and calls `progress.step(done, total, text)` now and then (`text`
a `Text` from core/texts.py, shown in the window's language);
`step` raises `Cancelled` once the user has asked to stop, so work stops at a safe point (before
the commit) and nothing is half written. The UI's task runner turns steps into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from wulian_desk.core.errors import Cancelled
from wulian_desk.core.texts import Text, translate

Listener = Callable[[int, int, str], None]
T = TypeVar("T")


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, text: Text | str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._listener is not None:
            self._listener(done, total, str(text))

    def part(self, index: int, parts: int, prefix: Text | str = "") -> Progress:
        """The progress of the `index`-th of `parts` equal pieces of this work (one bundle of
        several): its steps move this bar through that piece's share, its texts led by `prefix`,
        and cancelling this work stops the piece."""
        return _Part(self, index, parts, prefix)


class _Part(Progress):
    SCALE = 1000  # steps of a piece, in thousandths of its share

    def __init__(self, whole: Progress, index: int, parts: int, prefix: Text | str) -> None:
        super().__init__()
        self._whole, self._index, self._parts = whole, index, max(parts, 1)
        self._prefix = prefix

    def cancel(self) -> None:
        self._whole.cancel()

    @property
    def cancelled(self) -> bool:
        return self._whole.cancelled

    def step(self, done: int, total: int, text: Text | str = "") -> None:
        within = min(done, total) * self.SCALE // total if total > 0 else 0
        # Two texts side by side, each in the reader's language: nothing here to translate.
        self._whole.step(self._index * self.SCALE + within, self._parts * self.SCALE,
                         Text("", "{prefix}{text}", values={"prefix": self._prefix, "text": text}))


NO_PROGRESS = Progress()


BATCH = 1000  # items between progress steps: often enough to move a bar, rare enough to cost nothing


def reported(items: Sequence[T], progress: Progress, *, batch: int | None = None) -> Iterator[T]:
    """Yield `items`, with a progress step ("已写入 n / total 条") after each batch, so a long
    export's bar moves as it writes and Cancel stops it between batches."""
    batch = batch or BATCH
    total = len(items)
    for done, item in enumerate(items, start=1):
        yield item
        if done % batch == 0 or done == total:
            progress.step(done, total, translate("core.tasks", "已写入 {done} / {total} 条").format(done=done, total=total))
