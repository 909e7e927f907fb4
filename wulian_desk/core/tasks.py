"""Progress and cancel for slow work, as plain Python so the core and services stay free of Qt.

A slow function takes a `Progress` and calls `progress.step(done, total, text)` now and then (`text`
a `Text` from core/texts.py, shown in the window's language);
`step` raises `Cancelled` once the user has asked to stop, so work stops at a safe point (before
the commit) and nothing is half written. The UI's task runner turns steps into signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from wulian_desk.core.errors import Cancelled
from wulian_desk.core.texts import Text

Listener = Callable[[int, int, str], None]


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


NO_PROGRESS = Progress()
