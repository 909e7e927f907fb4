"""Copying from tables, remembered so a lock can wipe what we put on the clipboard and nothing else."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_last_copied: dict[str, str | None] = {"text": None}


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    _last_copied["text"] = text


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds text copied from one of our tables."""
    ours = _last_copied["text"]
    _last_copied["text"] = None
    clipboard = QGuiApplication.clipboard()
    if ours is not None and clipboard.text() == ours:
        clipboard.clear()
        return True
    return False
