"""Garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is a task-runner worker and the garbage holds Qt objects, their C++ halves are destroyed off
the GUI thread, which crashes Qt. So automatic collection is switched off and this timer runs the
same generational collection, with the same thresholds, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            gc.collect(0)
            if count1 > self.threshold[1]:
                gc.collect(1)
                if count2 > self.threshold[2]:
                    gc.collect(2)


def install(app: QObject) -> MainThreadCollector:
    """Once per application; the collector lives as long as the app."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
