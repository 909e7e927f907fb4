"""Emitting our own Qt signals safely on every PySide6 build we run on.

PySide6 6.12.0 on Python 3.11 hands back a borrowed reference to True from `SignalInstance.emit()`:
each emit from Python code lowers True's reference count by one, and after a few hundred emits
the interpreter aborts ("Fatal Python error: bool_dealloc"). From Python 3.12 True is immortal and
the fault is harmless. `emit()` checks once whether this build has the fault and, if it does,
gives the reference back, so the window can run all day. Use it for every signal we emit.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_leaks_references() -> bool:
    if sys.version_info >= (3, 12):
        return False  # True and False are immortal: nothing can run out
    probe = _Probe()
    rounds = 64
    before = sys.getrefcount(True) + sys.getrefcount(False)
    results = [probe.ping.emit() for _ in range(rounds)]
    # Holding the results adds `rounds` references, unless emit() never took them. (Half as the
    # threshold: another thread may take or drop a few references to True meanwhile.)
    leaks = sys.getrefcount(True) + sys.getrefcount(False) - before < rounds // 2
    if leaks:
        for result in results:
            if isinstance(result, bool):
                _give_back(result)
    del results
    return leaks


def _give_back(value: bool) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


# Measured once, when the UI first loads (on the GUI thread, before any worker runs).
EMIT_LEAKS = _emit_leaks_references()


def emit(signal: SignalInstance, *args) -> None:
    result = signal.emit(*args)
    if EMIT_LEAKS and isinstance(result, bool):
        _give_back(result)
