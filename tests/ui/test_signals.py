"""Our signals are emitted through ui.signals.emit, which keeps Python's True alive on PySide6
builds whose SignalInstance.emit() returns a borrowed reference (6.12.0 on Python 3.11)."""

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wulian_desk.ui.signals import emit

UI = Path(__file__).resolve().parents[2] / "wulian_desk" / "ui"


class Sender(QObject):
    changed = Signal(object)


def test_many_emits_leave_the_reference_counts_of_true_and_false_alone(qapp):
    sender = Sender()
    got = []
    sender.changed.connect(got.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(3000):  # more than enough to abort the interpreter without the fix
        emit(sender.changed, i)
    assert len(got) == 3000
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50


def test_the_ui_never_calls_emit_directly():
    offenders = [
        f"{path.relative_to(UI)}:{n}"
        for path in UI.rglob("*.py")
        if path.name != "signals.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert offenders == []
