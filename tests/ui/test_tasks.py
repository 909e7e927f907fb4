"""The task runner: work in a worker thread, progress and results back on the GUI thread,
cancel through the core's Progress, known errors as messages and bugs to the crash handler."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QPushButton

from wulian_desk.core.errors import Cancelled, NotFoundError


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, runner, wait_tasks):
    gui = QThread.currentThread()
    seen = {}

    def work(progress):
        seen["worker"] = threading.current_thread().name
        for i in range(3):
            progress.step(i + 1, 3, f"第 {i + 1} 步")
        return 42

    task = runner.run(work, on_done=lambda result: seen.update(result=result, thread=QThread.currentThread()))
    steps = []
    task.progressed.connect(lambda done, total, text: steps.append((done, total, text)))
    wait_tasks()
    assert seen["result"] == 42
    assert seen["thread"] is gui
    assert seen["worker"] != threading.main_thread().name
    assert steps == [(1, 3, "第 1 步"), (2, 3, "第 2 步"), (3, 3, "第 3 步")]


def test_cancel_stops_the_work_at_its_next_step(qtbot, runner, wait_tasks):
    errors = []
    steps = []

    def work(progress):
        for i in range(1000):
            progress.step(i, 1000)
            steps.append(i)
            time.sleep(0.005)
        return "finished"

    done = []
    task = runner.run(work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: len(steps) >= 3)
    task.cancel()
    wait_tasks()
    assert done == []
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert len(steps) < 1000


def test_progress_dialog_shows_for_a_slow_labelled_task_and_its_cancel_button_works(qtbot, runner, wait_tasks):
    started = threading.Event()

    def work(progress):
        started.set()
        for i in range(2000):
            progress.step(i, 2000, "正在处理")
            time.sleep(0.005)

    errors = []
    task = runner.run(work, on_error=errors.append, label="正在导入数据…")
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    dialog: QProgressDialog = task.dialog
    assert "正在导入数据" in dialog.labelText()
    qtbot.waitUntil(lambda: dialog.value() > 0)
    dialog.findChild(QPushButton).click()
    wait_tasks()
    assert isinstance(errors[0], Cancelled)
    assert task.dialog is None


def test_a_quick_task_never_shows_a_dialog(qtbot, runner, wait_tasks):
    task = runner.run(lambda progress: 1, label="很快")
    wait_tasks()
    qtbot.wait(500)
    assert task.dialog is None


def test_known_error_without_handler_is_shown_as_a_message(qtbot, runner, wait_tasks, dialogs):
    def work(progress):
        raise NotFoundError("找不到该房间。")

    runner.run(work)
    wait_tasks()
    assert dialogs.warnings == ["找不到该房间。"]


def test_a_bug_goes_to_the_crash_handler(qtbot, runner, wait_tasks, monkeypatch):
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: caught.append((kind, exc, tb)))

    def work(progress):
        return 1 / 0

    runner.run(work, on_done=lambda result: pytest.fail("no result expected"))
    wait_tasks()
    assert len(caught) == 1
    kind, exc, tb = caught[0]
    assert kind is ZeroDivisionError and tb is not None  # the worker's traceback travels along


def test_writes_run_one_at_a_time_in_the_order_asked(qtbot, runner, wait_tasks):
    lock = threading.Lock()
    running, most, order = [0], [0], []

    def write(number):
        def work(progress):
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.03)
            order.append(number)
            with lock:
                running[0] -= 1
            return number

        return work

    delivered = []
    for number in range(5):
        runner.write(write(number), on_done=delivered.append)
    wait_tasks()
    assert order == delivered == [0, 1, 2, 3, 4]
    assert most[0] == 1  # never two writes at once


def test_reads_go_on_while_a_write_is_under_way(qtbot, runner, wait_tasks):
    started, release = threading.Event(), threading.Event()
    writer, reader = [], []

    def slow_write(progress):
        writer.append(threading.get_ident())
        started.set()
        assert release.wait(10)

    runner.write(slow_write)
    assert started.wait(5)
    runner.run(lambda progress: reader.append(threading.get_ident()) or "read", on_done=reader.append)
    qtbot.waitUntil(lambda: "read" in reader)  # not held up behind the write
    assert runner.busy
    release.set()
    wait_tasks()
    assert reader[0] != writer[0] and reader[0] != threading.get_ident()


def test_crash_dialog_offers_the_details_to_copy(qtbot, qapp):
    from wulian_desk.ui.crash_dialog import CrashDialog
    from wulian_desk.ui.errors import crash_details

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        details = crash_details(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    assert "RuntimeError: boom" in dialog.details.toPlainText()
    assert "Traceback" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "RuntimeError: boom" in qapp.clipboard().text()


def test_excepthook_shows_known_errors_plainly(qtbot, dialogs, monkeypatch):
    from wulian_desk.ui import crash_dialog, errors

    shown = []
    monkeypatch.setattr(crash_dialog, "CrashDialog", lambda *a, **k: shown.append(a))
    errors.handle_exception(NotFoundError, NotFoundError("找不到该资产。"), None)
    assert dialogs.warnings == ["找不到该资产。"] and shown == []
