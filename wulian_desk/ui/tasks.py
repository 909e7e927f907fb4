"""The one task runner: slow work runs in a worker thread with the core's `Progress`, and its
result or error comes back on the GUI thread. A progress dialog with Cancel appears only when a
labelled task lasts long enough to notice, so quick tasks (a login) never flash a dialog.

Reads (`run`) share a small pool; writes (`write`) go through one lane of one thread, in the
order they were asked for, so two saves never race and a refusal names the state the first one
left. The GUI thread never waits on the database to write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from wulian_desk.core.errors import Cancelled, WulianError
from wulian_desk.core.tasks import Progress
from wulian_desk.ui import errors
from wulian_desk.ui.signals import emit

SHOW_PROGRESS_AFTER_MS = 400


class Task(QObject):
    """One piece of work. Its signals are emitted from the worker and delivered queued, so the
    slots below always run on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[Progress], Any], *, on_done=None, on_error=None,
                 label: str | None = None, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.label = label
        self.parent_widget = parent_widget
        self.progress = Progress(self._emit_progress)
        self.dialog = None  # a QProgressDialog once the task has run long enough to show one
        self.last_step: tuple[int, int, str] | None = None
        self.done = False
        from PySide6.QtCore import Qt  # here, not at import: the login window shows before any task

        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_progress, queued)
        self.succeeded.connect(self._on_success, queued)
        self.failed.connect(self._on_failure, queued)

    # -- worker thread --------------------------------------------------------------------------

    def run_in_worker(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # every failure must reach the GUI thread, bugs included
            emit(self.failed, exc)
        else:
            emit(self.succeeded, result)

    def _emit_progress(self, done: int, total: int, text: str) -> None:
        emit(self.progressed, done, total, text)

    # -- GUI thread --------------------------------------------------------------------------------

    def cancel(self) -> None:
        self.progress.cancel()

    def show_dialog(self) -> None:
        if self.done or self.label is None or self.dialog is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog  # first needed here, not at startup

        dialog = QProgressDialog(self.label, self.tr("取消"), 0, 0, self.parent_widget)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        if self.last_step is not None:
            self._on_progress(*self.last_step)
        dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.last_step = (done, total, text)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(f"{self.label}\n{text}" if self.label else text)

    def _receiver_gone(self) -> bool:
        # The screen that asked (a page of a window since closed) may be gone by the time the
        # worker answers; then there is nobody to tell.
        return self.parent_widget is not None and not isValid(self.parent_widget)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self._close()
        try:
            if self.on_done is not None and not self._receiver_gone():
                self.on_done(result)
        finally:
            emit(self.finished)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self._close()
        try:
            if isinstance(exc, WulianError) and self._receiver_gone():
                pass
            elif isinstance(exc, WulianError):
                if self.on_error is not None:
                    self.on_error(exc)
                elif not isinstance(exc, Cancelled):  # the user asked for it: no message needed
                    errors.show_error(self.parent_widget, exc)
            else:
                errors.report_exception(exc)
        finally:
            emit(self.finished)

    def _close(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def lasting_pool(parent: QObject, threads: int) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(threads)
    # Keep the workers for the whole session: the database engine keeps one connection per
    # thread in a small pool, and fresh threads every 30 s would make it close old ones.
    pool.setExpiryTimeout(-1)
    return pool


class TaskRunner(QObject):
    """Runs reads on a small thread pool and writes one at a time on a lane of their own;
    `busy` tells whether anything is still running."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = lasting_pool(self, 2)  # reads: a login and a background load at once
        self.writer = lasting_pool(self, 1)  # writes: one lane, first asked first done
        self.active: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self.active)

    def run(self, fn: Callable[[Progress], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[WulianError], None] | None = None, label: str | None = None,
            parent: QWidget | None = None) -> Task:
        """Run `fn(progress)`, which only reads, in a worker. `on_done(result)` / `on_error(known_error)`
        run on the GUI thread; without `on_error` a known error is shown as a message; bugs go to
        the crash dialog."""
        return self._start(self.pool, fn, on_done=on_done, on_error=on_error, label=label, parent=parent)

    def write(self, fn: Callable[[Progress], Any], *, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[WulianError], None] | None = None, label: str | None = None,
              parent: QWidget | None = None) -> Task:
        """Run `fn(progress)`, which writes, on the write lane: after every write asked for before
        it has finished, and before any asked for after. Otherwise as `run`."""
        return self._start(self.writer, fn, on_done=on_done, on_error=on_error, label=label, parent=parent)

    def _start(self, pool: QThreadPool, fn: Callable[[Progress], Any], *, on_done, on_error, label, parent) -> Task:
        task = Task(fn, on_done=on_done, on_error=on_error, label=label, parent_widget=parent)
        self.active.add(task)
        task.finished.connect(lambda: self._forget(task))
        if label is not None:
            QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, task, task.show_dialog)
        pool.start(task.run_in_worker)
        return task

    def _forget(self, task: Task) -> None:
        # No deleteLater: the worker's bound method may still hold the task for a moment, and
        # Python frees it once neither side refers to it.
        self.active.discard(task)
        if not self.active:
            emit(self.idle)

    def cancel_all(self) -> None:
        """Ask every running task to stop at its next step (the application is quitting)."""
        for task in list(self.active):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are done (shutdown, tests); results are delivered on the next
        turn of the event loop. The writes first: a read still running may be what they wait on."""
        writes_done = self.writer.waitForDone(msecs)
        return self.pool.waitForDone(msecs) and writes_done


def runner_of(widget: QObject | None) -> TaskRunner:
    """The task runner of the window `widget` is in: its own `runner`, or the nearest parent's
    (every page and the main window keep theirs there)."""
    while widget is not None:
        found = getattr(widget, "runner", None)
        if isinstance(found, TaskRunner):
            return found
        widget = widget.parent()
    raise RuntimeError("no task runner above this widget: give it one, or a parent that has one")
