"""The parts every record's detail screen opens with: a bar (back, the record's title, its
actions) and a form of facts, one label per fact, named `fact_<key>` so tests can read them.
Captions come from the caller, translated in its own context."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton


def title_bar(back: QPushButton, actions: Iterable[QPushButton]) -> tuple[QHBoxLayout, QLabel]:
    title = QLabel()
    title.setObjectName("recordTitle")
    bar = QHBoxLayout()
    bar.addWidget(back)
    bar.addWidget(title, 1)
    for button in actions:
        bar.addWidget(button)
    return bar, title


def facts_form(rows: Iterable[tuple[str, str]], *, wrap: bool = True) -> tuple[QFormLayout, dict[str, QLabel]]:
    """`rows`: (key, caption) pairs, in order."""
    form = QFormLayout()
    facts: dict[str, QLabel] = {}
    for key, caption in rows:
        label = QLabel()
        label.setObjectName(f"fact_{key}")
        label.setWordWrap(wrap)
        facts[key] = label
        form.addRow(caption, label)
    return form, facts
