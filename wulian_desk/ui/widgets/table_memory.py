"""What a list remembers between openings: the widths the user gave its columns and the column it
was sorted by, in an ini file in the user's config folder, under the list's stable name (the
model's translation context, or the table's object name)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from wulian_desk import paths

FILE_NAME = "tables.ini"


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def _read(key: str) -> object | None:
    text = _settings().value(key)
    if not isinstance(text, str) or not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None  # a hand-edited or damaged file: the list starts fresh


def _write(key: str, value: object) -> None:
    settings = _settings()
    settings.setValue(key, json.dumps(value))
    settings.sync()


def widths(name: str, columns: int) -> dict[int, int]:
    """The widths the user set, by column; none if the list has since gained or lost columns."""
    saved = _read(f"{name}/widths")
    if not isinstance(saved, dict) or saved.get("columns") != columns:
        return {}
    return {int(c): int(w) for c, w in saved.get("widths", {}).items()
            if str(c).isdigit() and 0 <= int(c) < columns and isinstance(w, int) and w > 0}


def save_widths(name: str, columns: int, chosen: dict[int, int]) -> None:
    _write(f"{name}/widths", {"columns": columns, "widths": {str(c): w for c, w in chosen.items()}})


def sort(name: str) -> tuple[int, bool] | None:
    """(column, descending) the list was last sorted by, if the user chose one."""
    saved = _read(f"{name}/sort")
    if isinstance(saved, list) and len(saved) == 2 and isinstance(saved[0], int) and isinstance(saved[1], bool):
        return saved[0], saved[1]
    return None


def save_sort(name: str, column: int, descending: bool) -> None:
    _write(f"{name}/sort", [column, descending])
